"""A generated model prints the members that hold a value, not its UNSET ones."""

from __future__ import annotations

from decimal import Decimal

from daftra_client.models import Invoice, InvoiceItem
from daftra_client.types import UNSET


def test_a_model_repr_names_only_its_set_members_and_extras() -> None:
    invoice = Invoice.from_dict({"id": "7", "client_id": 3, "summary_total": "10.50", "foo": 1})
    assert repr(invoice) == (
        "Invoice(id='7', client_id=3, summary_total=Decimal('10.50'), "
        "additional_properties={'foo': 1})"
    )
    assert invoice.summary_total == Decimal("10.50")


def test_an_empty_model_repr_is_short_and_nested_models_use_the_same_form() -> None:
    assert repr(Invoice()) == "Invoice()"
    item = InvoiceItem.from_dict({"item": "Pen", "quantity": "2"})
    invoice = Invoice(id=1)
    invoice.additional_properties["InvoiceItem"] = [item]
    text = repr(invoice)
    assert "Unset object" not in text and "UNSET" not in text
    assert "InvoiceItem(item='Pen', quantity=Decimal('2'))" in text
    assert repr(UNSET) == "UNSET"
