"""Request bodies are checked against the spec before sending, fast and with field paths."""

from __future__ import annotations

from typing import Any

import fastjsonschema
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from daftra_facade.wire.specification import request_schema_pointer
from daftra_facade.wire.validation import (
    UnlistedValueWarning,
    _passes_strictly,
    _quick_check,
    _validator,
    _walked,
    body_errors,
    body_problems,
    unlisted_values,
)

from ..conftest import invoice_body, load_data

ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 30),
    st.floats(allow_nan=False, width=32),
    st.sampled_from(["", "7", "-2", "2.5", "abc", " 5", "2026-02-30", "2026-06-17", "1"]),
    st.just([]),
    st.just({}),
    st.just([{"x": 1}]),
)
FIELDS = [
    ("Invoice", "client_id"),
    ("Invoice", "date"),
    ("Invoice", "draft"),
    ("Invoice", "type"),
    ("Invoice", "discount"),
    ("Invoice", "store_id"),
    ("Invoice", "notes"),
    ("InvoiceItem", "quantity"),
    ("InvoiceItem", "unit_price"),
    ("InvoiceItem", "discount_type"),
    ("InvoiceItem", "tax1"),
    ("InvoiceItem", "lot"),
    ("Payment", "amount"),
    ("Payment", "payment_method"),
]


def mutated(changes: list[tuple[tuple[str, str], Any]]) -> dict[str, Any]:
    body: dict[str, Any] = load_data("seed_bulk_request.json")[0]
    for (member, field), value in changes:
        target = body[member][0] if isinstance(body[member], list) else body[member]
        target[field] = value
    return body


@settings(max_examples=300, deadline=None)
# A flag sent as text ("1"): the fast check once refused what the full validator accepts.
@example(changes=[(("Invoice", "draft"), "1")])
@given(st.lists(st.tuples(st.sampled_from(FIELDS), ODD_VALUES), max_size=4))
def test_the_fast_check_agrees_with_the_full_validator(
    changes: list[tuple[tuple[str, str], Any]],
) -> None:
    body = mutated(changes)
    pointer = request_schema_pointer("addInvoicesBulk", element=True)
    assert pointer is not None
    try:
        _quick_check(pointer)(body)
        quick_valid = True
    except fastjsonschema.JsonSchemaException:
        quick_valid = False
    full_valid = not any(True for _ in _validator(pointer).iter_errors(body))
    assert quick_valid == full_valid
    assert (body_errors("addInvoicesBulk", body, element=True) == {}) == full_valid


UNDOCUMENTED = [("Invoice", "quantty"), ("InvoiceItem", "serial"), ("Invoice", "Client")]


@settings(max_examples=300, deadline=None)
@example(changes=[(("Invoice", "type"), 42)])  # an unlisted value: a warning to give
@example(changes=[(("InvoiceItem", "serial"), "S-1")])  # a typo to refuse
@given(st.lists(st.tuples(st.sampled_from(FIELDS + UNDOCUMENTED), ODD_VALUES), max_size=4))
def test_a_body_passed_by_the_strict_check_has_nothing_to_report(
    changes: list[tuple[tuple[str, str], Any]],
) -> None:
    """The strict check lets the walk and the schema check be skipped: whatever it
    passes, they would have found no problem and no unlisted value in."""
    body = mutated(changes)
    if _passes_strictly("addInvoicesBulk", body, element=True):
        assert _walked("addInvoicesBulk", body, True, ()) == ({}, {})
        assert body_errors("addInvoicesBulk", body, element=True) == {}


def test_a_usual_body_is_judged_by_the_strict_check_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    body = load_data("seed_bulk_request.json")[0]
    assert _passes_strictly("addInvoicesBulk", body, element=True)
    monkeypatch.setattr("daftra_facade.wire.validation._walked", None)  # never reached
    assert body_problems("addInvoicesBulk", body, element=True) == {}


def test_a_strict_check_that_breaks_leaves_the_judgement_to_the_full_checks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(_payload: object) -> None:
        raise AttributeError("'int' object has no attribute 'keys'")  # as fastjsonschema 2.22

    monkeypatch.setattr("daftra_facade.wire.validation._strict_check_of", lambda *_: broken)
    good = load_data("seed_bulk_request.json")[0]
    assert body_problems("addInvoicesBulk", good, element=True) == {}
    bad = mutated([(("InvoiceItem", "quantity"), "abc")])
    assert "InvoiceItem.0.quantity" in body_problems("addInvoicesBulk", bad, element=True)


def test_numeric_strings_pass_as_php_accepts_them() -> None:
    body = invoice_body(1, quantity="2.5", unit_price="10")  # type: ignore[arg-type]
    body["Invoice"]["client_id"] = "7"
    assert body_errors("addInvoicesBulk", body, element=True) == {}


def test_each_problem_is_named_by_its_field_path() -> None:
    body = invoice_body(1, date="2026-02-30")
    body["InvoiceItem"][0].update(quantity="lots", discount_type="percent")
    body["Invoice"]["client_id"] = "x"

    errors = body_errors("addInvoicesBulk", body, element=True)

    assert set(errors) == {
        "Invoice.date",
        "Invoice.client_id",
        "InvoiceItem.0.quantity",
        "InvoiceItem.0.discount_type",
    }
    assert "'percent'" in errors["InvoiceItem.0.discount_type"][0]
    assert "not a 'date'" in errors["Invoice.date"][0]


def test_a_missing_required_member_is_named() -> None:
    errors = body_errors("addInvoice", {"InvoiceItem": []})
    assert "'Invoice' is a required property" in errors["<body>"]


def test_an_unlisted_value_is_sent_with_a_warning_and_a_field_typo_is_refused() -> None:
    body = invoice_body(1, type=42)
    with pytest.warns(UnlistedValueWarning, match=r"Invoice.type: 42 is not one of"):
        assert body_problems("addInvoice", body) == {}
    assert unlisted_values("addInvoice", invoice_body(1, type="3")) == {}  # "3" is 3
    body = {"JournalAccount": {"name": "x", "type": "0", "entity_typ": "sales"}}
    assert "JournalAccount.entity_typ" in body_problems("addJournalAccount", body)


# Bodies from Daftra's documentation pages, as written there (abridged to what matters).
DOCUMENTED_ADVANCE_PAYMENT = {
    "Invoice": {
        "subscription_id": "",
        "store_id": 1,
        "type": 19,
        "po_number": 26,
        "client_id": 46,
        "client_email": "",
        "draft": "0",
        "follow_up_status": None,
        "staff_id": 0,
        "is_offline": 1,
        "currency_code": "SAR",
        "date": "2026-04-07",
        "discount": 0,
        "deposit_type": 0,
        "shipping_options": "",
        "shipping_amount": None,
        "requisition_delivery_status": None,
        "pos_shift_id": None,
        "branch_id": 1,
    },
    "Payment": {
        "payment_method": "cash",
        "amount": 100,
        "date": "2026-04-07 00:00:00",
        "status": 1,
        "treasury_id": 1,
        "is_paid": 1,
    },
    "InvoiceItem": [
        {"item": "Deposit", "unit_price": 100, "quantity": 1, "tax1": 1, "product_id": 3}
    ],
}
DOCUMENTED_REQUISITION_EDIT = {
    "Requisition": {
        "type": 1,
        "currency_code": "",
        "Status": "",
        "Order_type": "",
        "work_order_id": "",
        "date": "08/08/2022 14:32",
        "store_id": "1",
        "To_store_id": "",
        "journal_account_id": "",
        "number": "",
        "notes": "",
    },
    "RequisitionItem": [
        {
            "item": "",
            "product_id": "",
            "org_name": "",
            "unit_price": "",
            "quantity": "",
            "lot": [586865858],
            "expiry_date": ["2024-09-29"],
            "serials": [],
        }
    ],
}


@pytest.mark.parametrize(
    ("operation_id", "body"),
    [
        ("addAdvancePayment", DOCUMENTED_ADVANCE_PAYMENT),
        ("editRequisition", DOCUMENTED_REQUISITION_EDIT),
        ("addRequisition", DOCUMENTED_REQUISITION_EDIT),
    ],
)
def test_the_documentations_own_bodies_pass_the_checks(operation_id: str, body: Any) -> None:
    """The spec is never stricter than the documentation: what its pages send passes."""
    assert body_problems(operation_id, body) == {}


def test_purchase_line_taxes_are_numbers_as_documented_and_sales_ones_ids() -> None:
    purchase = {
        "PurchaseOrder": {"supplier_id": 1},
        "PurchaseOrderItem": [
            {"item": "Paper", "unit_price": 5, "quantity": 1, "tax1": 14.5, "tax2": 1}
        ],
    }
    assert body_problems("addPurchaseInvoice", purchase) == {}
    sales = invoice_body(1)
    sales["InvoiceItem"][0]["tax1"] = 14.5
    assert set(body_problems("addInvoice", sales)) == {"InvoiceItem.0.tax1"}


@pytest.mark.parametrize("flag", ["0", "1", 0, 1, True])
def test_flags_and_listed_numbers_may_be_sent_as_text_as_php_reads_them(flag: Any) -> None:
    assert body_problems("addInvoice", invoice_body(1, draft=flag)) == {}
    assert "Invoice.draft" in body_errors("addInvoice", invoice_body(1, draft="2"))


def test_list_filters_travel_under_their_documented_names() -> None:
    """``tags``, ``staff_id``, ``external_source``: the documentation's names, not ``[]`` ones."""
    from daftra_facade.wire.operations import Operation

    request = Operation("invoices", "listInvoices").build_request(
        tags=[1, 2], staff_id=[3], external_source=["api"]
    )
    assert request["params"] == {"tags": [1, 2], "staff_id": [3], "external_source": ["api"]}
