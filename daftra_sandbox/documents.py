"""Sales and purchase documents: Daftra's checks, numbering, totals and payment status,
and the invoices' bulk add.

Estimates, credit notes, refund receipts and advance payments are invoices of another
``type`` in Daftra, so they share the ``Invoice`` table (one id space) and each resource
sees only its own kinds; purchase invoices and refunds share the ``PurchaseOrder`` table.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping
from datetime import date
from typing import Any

from .crud import Collection, Errors, now_text, ok, out_of_range, write_only_fields
from .document_kinds import (
    COPIED_FROM_PARTY,
    ID_FIELDS,
    INVOICE,
    REFERENCED,
    TEXT_FIELDS,
    DocumentKind,
    DocumentView,
    custom_fields,
    flag,
    identifier,
    is_date,
    money,
    number,
)
from .routing import Answer, Request, failed
from .state import Record, SandboxState

_STATUS_UNPAID, _STATUS_PARTIAL, _STATUS_PAID, _STATUS_OVERPAID, _STATUS_DRAFT = 0, 1, 2, 4, -1


class Documents(Collection):
    """Documents with items and payments, checked and computed the way Daftra does."""

    def __init__(self, state: SandboxState, kind: DocumentKind = INVOICE) -> None:
        super().__init__(
            state, model=kind.model, path=kind.path, label=kind.model, table=kind.table
        )
        self.kind = kind
        # Generated invoices' lines: (first generated id, the lines each one has).
        self._virtual_lines: tuple[int, list[Record]] | None = None
        state.index_by(kind.item_table, kind.link)
        state.index_by(kind.payment_table, kind.link)

        def equal(field: str) -> Any:
            return lambda record, value: str(record.get(field)) == value

        def at_least(field: str) -> Any:
            return lambda record, value: (number(record.get(field)) or 0) >= (number(value) or 0)

        def at_most(field: str) -> Any:
            return lambda record, value: (number(record.get(field)) or 0) <= (number(value) or 0)

        self.filters = {
            "client_id": equal("client_id"),
            "supplier_id": equal("supplier_id"),
            "type": equal("type"),
            "payment_status": equal("payment_status"),
            "draft": equal("draft"),
            "currency_code": equal("currency_code"),
            "po_number": equal("po_number"),
            # The value of any custom field (custom_field_label narrows it, as below).
            "custom_field": lambda record, value: (
                value in {str(v) for v in custom_fields(record.get("InvoiceCustomField")).values()}
            ),
            "custom_field_label": lambda record, value: (
                value in custom_fields(record.get("InvoiceCustomField"))
            ),
            "no": lambda record, value: value in str(record.get("no") or ""),
            "keywords": lambda record, value: (
                value.lower()
                in " ".join(
                    str(record.get(f) or "") for f in ("no", "po_number", "client_business_name")
                ).lower()
            ),
            "date_from": lambda record, value: str(record.get("date")) >= value,
            "date_to": lambda record, value: str(record.get("date")) <= value,
            "created_from": lambda record, value: str(record.get("created"))[:10] >= value,
            "created_to": lambda record, value: str(record.get("created"))[:10] <= value,
            "summary_total_from": at_least("summary_total"),
            "summary_total_to": at_most("summary_total"),
        }

    def visible(self, record: Record) -> bool:
        return record.get("type", 0) in self.kind.types

    # Checks.
    def check(self, body: Mapping[str, Any], *, creating: bool) -> Errors:
        errors: Errors = self.spec_errors(body, creating=creating)
        if errors:
            return errors
        kind = self.kind
        header = body.get(kind.model)
        if header is None and not creating:
            header = {}
        if not isinstance(header, Mapping):
            return {kind.model: "The document header is required and must be an object"}
        party = header.get(kind.party_field)
        where = f"{kind.model}.{kind.party_field}"
        if creating or kind.party_field in header:
            if party in (None, ""):
                errors[where] = "This field is required"
            elif (found := identifier(party)) is None or not self.state.exists(
                kind.party_model, found
            ):
                errors[where] = f"{kind.party_model} not found"
        if "date" in header and not is_date(header["date"]):
            errors[f"{kind.model}.date"] = "Enter a valid date (YYYY-MM-DD)"
        for field, model in REFERENCED.items():
            value = header.get(field)
            if value not in (None, "", 0, "0"):
                found = identifier(value)
                if found is None or not self.state.exists(model, found):
                    errors[f"{kind.model}.{field}"] = f"{model} not found"
        errors.update(self._check_items(body.get(kind.item_key), creating))
        errors.update(self._check_payments(body.get(kind.payment_key)))
        return errors

    def _check_items(self, items: object, creating: bool) -> Errors:
        errors: Errors = {}
        if items is None:
            return errors
        if not isinstance(items, list):
            return {self.kind.item_key: "Must be a list of items"}
        for position, item in enumerate(items):
            where = f"{self.kind.item_key}.{position}"
            if not isinstance(item, Mapping):
                errors[where] = "Must be an object"
                continue
            quantity = number(item.get("quantity", 1))
            if quantity is None or quantity < 0:
                errors[f"{where}.quantity"] = "Quantity must be a number of zero or more"
            if number(item.get("unit_price", 0)) is None:
                errors[f"{where}.unit_price"] = "Unit price must be a number"
            product = item.get("product_id")
            if product not in (None, "", 0, "0"):
                found = identifier(product)
                if found is None or not self.state.exists("Product", found):
                    errors[f"{where}.product_id"] = "Product not found"
            if item.get("discount_type") not in (None, "", 1, 2, "1", "2"):
                errors[f"{where}.discount_type"] = "Discount type must be 1 (%) or 2 (amount)"
        return errors

    def _check_payments(self, payments: object) -> Errors:
        if payments is None:
            return {}
        if isinstance(payments, Mapping):  # one payment may come as an object
            payments = [payments]
        if not isinstance(payments, list):
            return {self.kind.payment_key: "Must be a list of payments"}
        errors: Errors = {}
        for position, payment in enumerate(payments):
            where = f"{self.kind.payment_key}.{position}"
            if not isinstance(payment, Mapping):
                errors[where] = "Must be an object"
                continue
            method = payment.get("payment_method")
            if not isinstance(method, str) or not method.strip():
                errors[f"{where}.payment_method"] = "Payment method is required"
            if number(payment.get("amount")) is None:
                errors[f"{where}.amount"] = "Amount must be a number"
        return errors

    # Storage.
    def create(self, body: Mapping[str, Any]) -> Record:
        kind = self.kind
        header = body[kind.model]
        record: Record = {"id": self.state.new_id(kind.table)}
        self._apply_header(record, header, creating=True)
        self.state.insert(kind.table, record)
        self._replace_items(record, body.get(kind.item_key) or [])
        payments = body.get(kind.payment_key) or []
        for payment in [payments] if isinstance(payments, Mapping) else payments:
            self._add_payment(record, payment)
        record["InvoiceCustomField"] = custom_fields(body.get("InvoiceCustomField"))
        self.recompute(record)
        return record

    # Custom fields and items are separate rows, kept unless the edit sends new ones.
    kept_on_replace = frozenset({"id", "created", "InvoiceCustomField"})

    def change(self, record: Record, body: Mapping[str, Any]) -> None:
        self.forget_unsent(record)
        self._apply_header(record, body.get(self.kind.model) or {}, creating=False)
        if body.get(self.kind.item_key) is not None:
            self._replace_items(record, body[self.kind.item_key])
        if body.get("InvoiceCustomField") is not None:
            record["InvoiceCustomField"] = custom_fields(body["InvoiceCustomField"])
        self.recompute(record)

    def remove(self, record: Record) -> None:
        for model in (self.kind.item_table, self.kind.payment_table):
            for row in self._children(model, record["id"]):
                self.state.remove(model, row["id"])
        super().remove(record)

    def _apply_header(self, record: Record, header: Mapping[str, Any], *, creating: bool) -> None:
        stamp = now_text()
        if creating:
            record.update(
                {
                    "no": None,
                    "type": self.kind.types[0],
                    "draft": 0,
                    "currency_code": self.state.site["currency_code"],
                    "date": date.today().isoformat(),
                    "staff_id": 0,
                    "store_id": None,
                    "branch_id": None,
                    "discount": 0.0,
                    "discount_amount": 0.0,
                    "deposit": 0.0,
                    "created": stamp,
                }
            )
            record.update({field: None for field in (*TEXT_FIELDS[1:], *ID_FIELDS)})
        for field, value in header.items():
            if field in ("id", "created", "modified") or field.startswith("summary_"):
                continue
            if field in (
                self.kind.party_field,
                "staff_id",
                "store_id",
                "branch_id",
                "type",
                *ID_FIELDS,
            ):
                record[field] = identifier(value)
            elif field in ("draft", "is_offline"):
                record[field] = flag(value)
            elif field in ("discount", "discount_amount", "deposit", "shipping_amount"):
                record[field] = number(value) or 0.0
            elif isinstance(value, str | int | float | bool) or value is None:
                record[field] = value
        if not record.get("no"):
            record["no"] = f"{record['id']:06d}"
        if record.get("type") not in self.kind.types:
            record["type"] = self.kind.types[0]  # each resource makes its own kind only
        kind = self.kind
        party = self._party(record)
        if creating or kind.party_field in header:
            for source in COPIED_FROM_PARTY:
                record[kind.party_prefix + source] = party.get(source)
        record["modified"] = stamp

    def _replace_items(self, record: Record, items: list[Mapping[str, Any]]) -> None:
        invoice_id = record["id"]
        for row in self._children(self.kind.item_table, invoice_id):
            self.state.remove(self.kind.item_table, row["id"])
        for item in items:
            quantity = number(item.get("quantity", 1)) or 0.0
            price = number(item.get("unit_price", 0)) or 0.0
            discount = number(item.get("discount")) or 0.0
            discount_type = identifier(item.get("discount_type")) or 2
            gross = price * quantity
            taken = gross * discount / 100 if discount_type == 1 else discount
            self.state.insert(
                self.kind.item_table,
                {
                    "id": None,
                    self.kind.link: invoice_id,
                    "item": item.get("item"),
                    "description": item.get("description"),
                    "unit_price": price,
                    "quantity": quantity,
                    "tax1": identifier(item.get("tax1")),
                    "tax2": identifier(item.get("tax2")),
                    "product_id": identifier(item.get("product_id")),
                    "discount": discount,
                    "discount_type": discount_type,
                    "store_id": identifier(item.get("store_id")),
                    "lot": list(item.get("lot") or []),
                    "expiry_date": list(item.get("expiry_date") or []),
                    "serials": list(item.get("serials") or []),
                    "summary_tax1": 0.0,
                    "summary_tax2": 0.0,
                    "calculated_discount": money(taken),
                    "subtotal": money(gross - taken),
                    "created": record["modified"],
                    "modified": record["modified"],
                },
            )

    def _add_payment(self, record: Record, payment: Mapping[str, Any]) -> None:
        self.state.insert(
            self.kind.payment_table,
            {
                "id": None,
                self.kind.link: record["id"],
                "payment_method": payment.get("payment_method"),
                "amount": money(number(payment.get("amount")) or 0.0),
                "currency_code": record["currency_code"],
                "date": payment.get("date") or record["date"],
                "status": 1,
                "transaction_id": payment.get("transaction_id"),
                "treasury_id": identifier(payment.get("treasury_id")),
                "staff_id": identifier(payment.get("staff_id")),
                "created": record["modified"],
                "modified": record["modified"],
            },
        )

    def _children(self, model: str, invoice_id: int) -> list[Record]:
        virtual = self._virtual_lines
        if virtual is not None and model == self.kind.item_table and invoice_id >= virtual[0]:
            return [
                {**line, "id": invoice_id * 10 + n, self.kind.link: invoice_id}
                for n, line in enumerate(virtual[1])
            ]
        return self.state.children(model, self.kind.link, invoice_id)

    def recompute(self, record: Record) -> None:
        items = self._children(self.kind.item_table, record["id"])
        subtotal = sum(row["subtotal"] for row in items)
        if record.get("discount"):
            discount = subtotal * float(record["discount"]) / 100
        else:
            discount = float(record.get("discount_amount") or 0.0)
        total = money(subtotal - discount)
        payments = self._children(self.kind.payment_table, record["id"])
        paid = money(sum(number(row.get("amount")) or 0.0 for row in payments))
        if record.get("draft"):
            status = _STATUS_DRAFT
        elif paid <= 0 and total > 0:
            status = _STATUS_UNPAID
        elif paid < total:
            status = _STATUS_PARTIAL
        elif paid == total:
            status = _STATUS_PAID
        else:
            status = _STATUS_OVERPAID
        totals: dict[str, Any] = {
            "summary_subtotal": money(subtotal),
            "summary_discount": money(discount),
            "summary_total": total,
            "summary_paid": paid,
            "summary_unpaid": money(max(total - paid, 0.0)),
            "payment_status": status,
        }
        if any(record.get(name) != value for name, value in totals.items()):
            # Saving new totals stamps the document, as the service's ORM does: a payment
            # shows up in change listings filtered by ``modified``.
            totals["modified"] = now_text()
        record.update(totals)

    def add_virtual(self, count: int, lines: int = 0) -> None:
        """List ``count`` generated invoices (for benchmarks) without storing them, each
        with ``lines`` generated items (shown where stored invoices show theirs)."""
        with self.state.lock:
            template = self._header(
                self.create(
                    {
                        "Invoice": {"client_id": min(self.state.all_ids("Client"))},
                        "InvoiceItem": [{"item": "Widget", "unit_price": 10, "quantity": 1}],
                    }
                )
            )
            self.remove(template)
        first_id = 10_000_000
        if lines:
            line = {
                "item": "Widget",
                "product_id": 1,
                "unit_price": 10.0,
                "quantity": 1.0,
                "subtotal": 10.0,
                "discount": 0.0,
                "discount_type": 2,
            }
            self._virtual_lines = (first_id, [line] * lines)

        def make(position: int) -> Record:
            total = float(position % 997) + 0.5
            return {
                **template,
                "id": first_id + position,
                "no": f"V{position:08d}",
                "summary_subtotal": total,
                "summary_total": total,
                "summary_unpaid": total,
            }

        self.state.add_virtual(self.kind.table, count, make)

    def _party(self, record: Record) -> Record:
        """The client or supplier the document names; empty when it names none (a live
        edit that left the field out) or one that is gone."""
        party_id = identifier(record.get(self.kind.party_field))
        return (self.state.live(self.kind.party_model, party_id) if party_id else None) or {}

    # Shapes.
    def _header(self, record: Record) -> Record:
        return {k: v for k, v in record.items() if k != "InvoiceCustomField"}

    def _links(self, record: Record) -> dict[str, str]:
        """The document's preview addresses, as the documentation's rows show them."""
        site = self.state.site.get("subdomain", "sandbox")
        path = "invoices" if self.kind.table == "Invoice" else "purchase_invoices"
        token = format(zlib.crc32(f"{self.kind.model}|{record['id']}".encode()), "08x")
        address = f"https://{site}.daftra.com/{path}"
        return {
            "invoice_html_url": f"{address}/preview/{record['id']}?hash={token}",
            "invoice_pdf_url": f"{address}/view/{record['id']}.pdf?hash={token}",
        }

    def row(self, record: Record, depth: int = 0) -> dict[str, Any]:
        kind = self.kind
        party = self._party(record)
        # Never the party's portal password, whatever the embedding schema calls it.
        secret = write_only_fields(kind.party_model) | {"password"}
        row: dict[str, Any] = {
            kind.model: {**self._header(record), **self._links(record)},
            kind.party_model: {k: v for k, v in party.items() if k not in secret},
        }
        if depth >= 1:  # as documented: items, payments and custom fields too
            row.update(self._related(record))
        return row

    def _related(self, record: Record) -> dict[str, Any]:
        kind = self.kind
        payments = "InvoicePayment" if kind.table == "Invoice" else kind.payment_table
        return {
            kind.item_key: self._children(kind.item_table, record["id"]),
            payments: self._children(kind.payment_table, record["id"]),
            f"{kind.table}CustomField": record.get("InvoiceCustomField") or {},
        }

    def view(self, record: Record) -> dict[str, Any]:
        extra: dict[str, Any] = {
            "Deposit": {},
            "InvoiceReminder": {},
            "Document": {},
            "DocumentTitle": {},
        }
        return {
            **self.row(record),
            **self._related(record),
            **(extra if self.kind.table == "Invoice" else {}),
        }

    def get(self, request: Request) -> Answer:
        """One document, marked as one (:class:`DocumentView`) for the live dialect."""
        with self.state.lock:
            record = self._find(request)
            if record is None:
                return self.not_found()
            kind = self.kind
            members = self.view(record)
            taxes = f"{kind.table}Tax"
            members.setdefault(taxes, [])  # computed per tax; the sandbox keeps none
            payments = "InvoicePayment" if kind.table == "Invoice" else kind.payment_table
            lines = members.get(kind.item_key) or []
            products = [
                self.state.live("Product", found)
                if (found := identifier(line.get("product_id")))
                else None
                for line in lines
            ]
            view = DocumentView(
                members,
                nested=(kind.party_model, kind.item_key, payments, taxes),
                line_key=kind.item_key,
                line_products=[dict(p) if p is not None else None for p in products],
            )
            return ok(view)

    def add_bulk(self, request: Request) -> Answer:
        """Each element is judged and created on its own, as Daftra's bulk add does."""
        elements = request.json()
        if not isinstance(elements, list):
            return failed(400, "The request body must be a JSON array of invoices")
        results: list[dict[str, Any]] = []
        for element in elements:
            with self.state.lock:
                errors = (
                    out_of_range(element) or self.check(element, creating=True)
                    if isinstance(element, Mapping)
                    else {"<element>": "Each invoice must be a JSON object"}
                )
                if errors:
                    results.append(
                        {
                            "result": "failed",
                            "code": 400,
                            "message": "Validation failed",
                            "validation_errors": errors,
                        }
                    )
                    continue
                record = self.create(element)
                results.append(
                    {
                        "result": "successful",
                        "code": 202,
                        "id": record["id"],
                        "invoice_number": record["no"],
                    }
                )
        return Answer(200, results)
