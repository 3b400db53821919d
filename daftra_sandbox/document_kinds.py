"""The kinds of sales and purchase documents (their wire names, tables and ``type``
codes), the shape of one document's answer, and how a document's values are read:
numbers, ids, flags, money, dates and custom fields."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date
from typing import Any

import attrs

from .state import Record

REFERENCED = {"staff_id": "Staff", "branch_id": "Branch", "store_id": "Store"}
# The party's details a document keeps a copy of, after the party prefix (client_/supplier_).
COPIED_FROM_PARTY = (
    "business_name",
    "first_name",
    "last_name",
    "email",
    "address1",
    "city",
    "country_code",
)
TEXT_FIELDS = (
    "no",
    "po_number",
    "name",
    "notes",
    "html_notes",
    "terms",
    "terminal_id",
    "client_currency_code",
    "issue_date",
    "unique_id",
)
ID_FIELDS = (
    "subscription_id",
    "invoice_layout_id",
    "estimate_id",
    "shipping_option_id",
    "follow_up_status",
    "work_order_id",
    "pos_shift_id",
    "order_source_id",
    "language_id",
    "cost_center_id",
    "sales_person_id",
    "source_id",
    "due_after",
)


def number(value: object) -> float | None:
    """A number as PHP reads one: ints, floats and numeric strings, not booleans; None
    for anything else, and for what no float holds (a huge integer, ``"1e400"``, NaN),
    which a body checked by :func:`~daftra_sandbox.crud.out_of_range` never brings."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        amount = float(value.strip() if isinstance(value, str) else value)
    except (ValueError, OverflowError):
        return None
    return amount if math.isfinite(amount) else None


def identifier(value: object) -> int | None:
    amount = number(value)
    return int(amount) if amount is not None and amount.is_integer() else None


def flag(value: object) -> int:
    return 1 if value in (True, 1, "1", "true") else 0


def money(value: float) -> float:
    return round(value + 0.0, 2)


def custom_fields(value: object) -> dict[str, Any]:
    """Custom field values as stored: an object of values, or the ``[{label, value}]`` list
    some integrations send, read into one (anything else is ignored, as PHP would)."""
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, list):
        return {
            str(entry.get("label")): entry.get("value")
            for entry in value
            if isinstance(entry, Mapping) and entry.get("label") is not None
        }
    return {}


def is_date(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


@attrs.frozen
class DocumentKind:
    """One kind of document: its wire names, its table, and the ``type`` codes it sees."""

    model: str  # the key records travel under, e.g. "Estimate"
    path: str  # the list's address, for pagination links
    types: tuple[int, ...] = (0,)  # what this resource lists; the first is the default
    table: str = "Invoice"
    item_key: str = "InvoiceItem"
    item_table: str = "InvoiceItem"
    payment_key: str = "Payment"
    payment_table: str = "InvoicePayment"
    link: str = "invoice_id"  # the field tying items and payments to the document
    party_field: str = "client_id"
    party_model: str = "Client"
    party_prefix: str = "client_"


INVOICE = DocumentKind("Invoice", "/api2/invoices.json", types=(0, 16, 19))
# Unlike invoices, these take their payments under "InvoicePayment".
SALES_DOCUMENTS = (
    DocumentKind("Estimate", "/api2/estimates.json", types=(3,), payment_key="InvoicePayment"),
    DocumentKind("CreditNote", "/api2/credit_notes.json", types=(5,), payment_key="InvoicePayment"),
    DocumentKind(
        "RefundReceipt", "/api2/refund_receipts.json", types=(6,), payment_key="InvoicePayment"
    ),
)
_PURCHASE = {
    "table": "PurchaseOrder",
    "item_key": "PurchaseOrderItem",
    "item_table": "PurchaseOrderItem",
    "payment_key": "PurchaseOrderPayment",
    "payment_table": "PurchaseOrderPayment",
    "link": "purchase_order_id",
    "party_field": "supplier_id",
    "party_model": "Supplier",
    "party_prefix": "supplier_",
}
PURCHASE_DOCUMENTS = (
    DocumentKind("PurchaseOrder", "/api2/purchase_invoices.json", types=(0,), **_PURCHASE),
    DocumentKind("PurchaseRefund", "/api2/purchase_refunds.json", types=(1,), **_PURCHASE),
)


class DocumentView(dict[str, Any]):
    """One document's answer as the documentation shows it: the header first, its
    related records beside it. The live dialect knows it by this type and nests the
    party, lines, payments and taxes inside the header, as the live service does.

    ``nested`` names the members it moves inside; ``line_key`` the lines, and
    ``line_products`` each line's product (None: the line names none).
    """

    def __init__(
        self,
        members: Mapping[str, Any],
        *,
        nested: tuple[str, ...],
        line_key: str,
        line_products: list[Record | None],
    ) -> None:
        super().__init__(members)
        self.nested = nested
        self.line_key = line_key
        self.line_products = line_products
