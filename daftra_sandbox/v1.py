"""Every v1 resource of the sandbox: the generic collections, declared here from the
documentation (never from the client's own declarations, so a wrong declaration in the
client is not served back as right) and checked against the spec, plus the resources
whose actions change other records (payments, stock, bookings) and the irregular
endpoints."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from daftra_facade.spec import bundled_spec

from .crud import Collection, Errors, now_text, ok, schema_properties, write_only_fields
from .document_kinds import INVOICE, PURCHASE_DOCUMENTS, SALES_DOCUMENTS, identifier, number
from .documents import Documents
from .routing import Answer, Handler, Request, Router, failed
from .state import Record, SandboxState
from .v2_entities import v2_table

# Which rows keep a record from being deleted ("Remove its transactions first").
_DEPENDENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "Client": (("Invoice", "client_id"), ("ClientPayment", "client_id")),
    "Supplier": (("PurchaseOrder", "supplier_id"),),
    "Product": (("InvoiceItem", "product_id"), ("StockTransaction", "product_id")),
    "Store": (("StockTransaction", "store_id"),),
    "Treasury": (("InvoicePayment", "treasury_id"), ("ClientPayment", "treasury_id")),
    "Tax": (("InvoiceItem", "tax1"), ("InvoiceItem", "tax2")),
    "JournalAccount": (("JournalTransaction", "journal_account_id"),),
}


@attrs.frozen
class V1Table:
    """A v1 resource served generically: its tag, the model its bodies and rows are keyed
    by, and the operationId of each action it has (None where Daftra has none)."""

    tag: str
    model: str
    list: str | None
    get: str | None
    create: str | None
    update: str | None
    delete: str | None


def _usual(
    tag: str, singular: str, *, model: str | None = None, read_only: bool = False
) -> V1Table:
    # The documentation names nearly every v1 operation list<Tag>, get/add/edit/delete<One>.
    plural = "".join(part.capitalize() for part in tag.split("_"))
    writable = not read_only
    return V1Table(
        tag=tag,
        model=model or singular,
        list=f"list{plural}",
        get=f"get{singular}",
        create=f"add{singular}" if writable else None,
        update=f"edit{singular}" if writable else None,
        delete=f"delete{singular}" if writable else None,
    )


# The v1 resources that follow the usual five actions (or the first two), in the order
# the documentation lists them.
V1_TABLES: tuple[V1Table, ...] = (
    _usual("estimates", "Estimate"),
    _usual("credit_notes", "CreditNote"),
    _usual("refund_receipts", "RefundReceipt"),
    _usual("clients", "Client"),
    _usual("suppliers", "Supplier"),
    _usual("work_orders", "WorkOrder"),
    _usual("client_appointments", "ClientAppointment"),
    _usual("invoice_appointments", "InvoiceAppointment"),
    _usual("estimate_appointments", "EstimateAppointment"),
    _usual("work_order_appointments", "WorkOrderAppointment"),
    _usual("time_tracking", "TimeTracking"),
    _usual("invoice_payments", "InvoicePayment"),
    _usual("client_payments", "ClientPayment"),
    _usual("products", "Product"),
    _usual("product_categories", "ProductCategory", read_only=True),
    _usual("incomes", "Income"),
    _usual("expenses", "Expense"),
    _usual("journals", "Journal"),
    _usual("journal_accounts", "JournalAccount"),
    _usual("journal_cats", "JournalCat"),
    _usual("purchase_refunds", "PurchaseRefund"),
    _usual("taxes", "Tax"),
    _usual("purchase_invoices", "PurchaseInvoice", model="PurchaseOrder"),
    _usual("stock_transactions", "StockTransaction"),
    _usual("stores", "Store"),
    _usual("requisitions", "Requisition"),
    _usual("treasuries", "Treasury"),
    _usual("staff", "Staff", read_only=True),
    _usual("notes", "Note"),
)
_ACTIONS = (
    ("list", "list"),
    ("get", "get"),
    ("create", "add"),
    ("update", "edit"),
    ("delete", "delete"),
)
# Built-in general listings; the account's branches come from its table.
_LISTINGS: dict[str, dict[str, str]] = {
    "Timezone": {"1": "(GMT+00:00) UTC", "13": "(GMT+02:00) Cairo", "18": "(GMT+03:00) Riyadh"},
    "dateFormats": {"0": "d/m/Y", "1": "m/d/Y", "2": "Y-m-d", "3": "d.m.Y"},
    "InvoiceLayout": {"1": "Default layout"},
    "GroupPrice": {"1": "Retail", "2": "Wholesale"},
}


class SpecCollection(Collection):
    """A v1 resource whose bodies are checked against the spec, as the facade checks
    them, whose answers leave out what the spec marks write-only, and whose records are
    otherwise stored as sent."""

    def __init__(
        self, state: SandboxState, *, create: str | None, update: str | None, **options: Any
    ) -> None:
        super().__init__(state, **options)
        self.operations = {True: create, False: update}
        self.hidden = write_only_fields(self.model)
        self.lines = _line_members(create, self.model)

    def create(self, body: Mapping[str, Any]) -> Record:
        record = super().create(body)
        self._store_lines(record, body)
        return record

    def change(self, record: Record, body: Mapping[str, Any]) -> None:
        super().change(record, body)
        self._store_lines(record, body)

    def _store_lines(self, record: Record, body: Mapping[str, Any]) -> None:
        """Lines sent beside the record (a journal's ``JournalTransaction``, a
        requisition's ``RequisitionItem``), kept inside it, where reads document them. An
        edit that sends none keeps them, unless edits replace (live): then they are gone,
        as every field the edit left out."""
        for key in self.lines:
            lines = body.get(key)
            if isinstance(lines, list):
                record[key] = [
                    {**line, "id": self.state.new_id(key)}
                    for line in lines
                    if isinstance(line, Mapping)
                ]

    def row(self, record: Record, depth: int = 0) -> dict[str, Any]:
        return {self.model: {k: v for k, v in record.items() if k not in self.hidden}}

    def view(self, record: Record) -> dict[str, Any]:
        return self.row(record)

    # Fields naming another record that must exist: (field, the table it is in).
    references: ClassVar[tuple[tuple[str, str], ...]] = ()

    def check(self, body: Mapping[str, Any], *, creating: bool) -> Errors:
        errors = super().check(body, creating=creating) or self.spec_errors(body, creating=creating)
        member = body.get(self.model)
        if errors or not isinstance(member, Mapping):
            return errors
        for field, table in self.references:
            if creating or field in member:
                record_id = identifier(member.get(field))
                if not record_id or not self.state.exists(table, record_id):
                    errors[f"{self.model}.{field}"] = f"{table} not found"
        return errors


def _line_members(create: str | None, model: str) -> tuple[str, ...]:
    """The lists a create body carries beside ``model`` (its lines), from the spec."""
    for item in bundled_spec()["paths"].values():
        for operation in item.values():
            if isinstance(operation, Mapping) and operation.get("operationId") == create:
                content = (operation.get("requestBody") or {}).get("content") or {}
                schema = (content.get("application/json") or {}).get("schema") or {}
                body = str(schema.get("$ref", "")).rsplit("/", 1)[-1]
                return tuple(
                    name
                    for name, field in schema_properties(body).items()
                    if name != model and field.get("type") == "array"
                )
    return ()


class InvoicePayments(SpecCollection):
    """Payments against invoices: each one changes the invoice's paid amounts and status.
    Listing hides payments made from client credit unless ``include_client_credit=1``."""

    def __init__(self, state: SandboxState, invoices: Documents, **options: Any) -> None:
        super().__init__(state, **options)
        self.invoices = invoices
        self.filters = {
            "status": lambda record, value: str(record.get("status")) == value,
            "invoice_id": lambda record, value: str(record.get("invoice_id")) == value,
        }

    def listed(self, record: Record, request: Request) -> bool:
        return (
            request.param("include_client_credit") == "1"
            or record.get("payment_method") != "client_credit"
        )

    references = (("invoice_id", "Invoice"),)

    def check(self, body: Mapping[str, Any], *, creating: bool) -> Errors:
        errors = super().check(body, creating=creating)
        payment = body[self.model] if not errors else {}  # an object once checked
        if "amount" in payment and (number(payment["amount"]) or 0) <= 0:
            errors[f"{self.model}.amount"] = "Amount must be more than zero"
        return errors

    def create(self, body: Mapping[str, Any]) -> Record:
        record = super().create(body)
        record.setdefault("status", 1)
        record["amount"] = number(record.get("amount")) or 0.0
        self._settle(record)
        return record

    def change(self, record: Record, body: Mapping[str, Any]) -> None:
        before = record.get("invoice_id")
        super().change(record, body)
        self._settle(record, before)

    def remove(self, record: Record) -> None:
        super().remove(record)
        self._settle(record)

    def _settle(self, record: Record, *also: object) -> None:
        for invoice_id in {record.get("invoice_id"), *also}:
            invoice = self.state.live("Invoice", identifier(invoice_id) or 0)
            if invoice is not None:
                self.invoices.recompute(invoice)


class StockTransactions(SpecCollection):
    """Stock movements: each one moves its product's stock balance, and deleting it moves
    the balance back."""

    references = (("product_id", "Product"),)

    def check(self, body: Mapping[str, Any], *, creating: bool) -> Errors:
        errors = super().check(body, creating=creating)
        movement = body[self.model] if not errors else {}  # an object once checked
        if "quantity" in movement and number(movement["quantity"]) is None:
            errors[f"{self.model}.quantity"] = "Quantity must be a number"
        return errors

    def create(self, body: Mapping[str, Any]) -> Record:
        record = super().create(body)
        self._move(record, +1)
        return record

    def change(self, record: Record, body: Mapping[str, Any]) -> None:
        self._move(record, -1)
        super().change(record, body)
        self._move(record, +1)

    def remove(self, record: Record) -> None:
        self._move(record, -1)
        super().remove(record)

    def _move(self, record: Record, direction: int) -> None:
        product = self.state.live("Product", identifier(record.get("product_id")) or 0)
        if product is None:
            return
        quantity = (number(record.get("quantity")) or 0.0) * _stock_sign(record)
        balance = number(product.get("stock_balance")) or 0.0
        product["stock_balance"] = round(balance + direction * quantity, 4)


def _stock_sign(record: Record) -> int:
    """+1 for stock coming in, -1 for stock going out. Daftra marks outgoing movements
    with ``transaction_type`` 2 (and negative quantities count as outgoing too)."""
    return -1 if identifier(record.get("transaction_type")) == 2 else 1


class Bookings(Collection):
    """Bookings: added (an invoice-shaped body: the booking under ``Invoice``, the booked
    services under ``InvoiceItem``), moved between statuses, converted into invoices,
    deleted. The v2 API lists and shows them from the same table."""

    def __init__(self, state: SandboxState, invoices: Documents) -> None:
        super().__init__(
            state, model="Booking", path="/v2/api/entity/booking/list/1", label="Booking"
        )
        self.invoices = invoices

    def check(self, body: Mapping[str, Any], *, creating: bool) -> Errors:
        booking = body.get("Invoice")
        if not isinstance(booking, Mapping):
            return {"Invoice": "The booking is required and must be an object"}
        client_id = identifier(booking.get("client_id"))
        if not client_id or not self.state.exists("Client", client_id):
            return {"Invoice.client_id": "Client not found"}
        for position, item in enumerate(body.get("InvoiceItem") or []):
            product_id = identifier(item.get("product_id")) if isinstance(item, Mapping) else None
            if not product_id or not self.state.exists("Product", product_id):
                return {f"InvoiceItem.{position}.product_id": "Product not found"}
        return {}

    def create(self, body: Mapping[str, Any]) -> Record:
        booking = {**body["Invoice"], "client_id": identifier(body["Invoice"]["client_id"])}
        return self.state.insert(
            self.table,
            {
                **booking,
                "id": None,
                "type": 8,
                "status": 0,
                "invoice_id": None,
                "items": [dict(item) for item in body.get("InvoiceItem") or []],
                "created": now_text(),
                "modified": now_text(),
            },
        )

    def add_answer(self, record: Record) -> Answer:
        return ok(id=record["id"])  # documented as a plain 200

    def change_status(self, request: Request) -> Answer:
        status = identifier(request.path_params.get("status"))
        with self.state.lock:
            record = self._find(request)
            if record is None:
                return self.not_found()
            if status not in (1, 3, 4):
                return failed(400, "Unknown booking status")
            record.update(status=status, modified=now_text())
            return ok(id=record["id"])

    def convert_to_invoice(self, request: Request) -> Answer:
        with self.state.lock:
            record = self._find(request)
            if record is None:
                return self.not_found()
            if record.get("invoice_id"):
                return failed(400, "The booking is already converted to an invoice")
            items = [self._line(item) for item in record.get("items") or []] or [
                {"item": f"Booking #{record['id']}", "unit_price": 0, "quantity": 1}
            ]
            body = {"Invoice": {"client_id": record["client_id"]}, "InvoiceItem": items}
            errors = self.invoices.check(body, creating=True)
            if errors:
                return failed(400, "The booking cannot become an invoice", errors)
            invoice = self.invoices.create(body)
            record.update(invoice_id=invoice["id"], converted=1, modified=now_text())
            return ok(id=invoice["id"])

    def _line(self, item: Mapping[str, Any]) -> dict[str, Any]:
        product = self.state.live("Product", identifier(item.get("product_id")) or 0) or {}
        return {
            "product_id": product.get("id"),
            "item": product.get("name"),
            "unit_price": product.get("unit_price") or 0,
            "quantity": 1,
        }


def general_listing(state: SandboxState, request: Request) -> Answer:
    model = request.path_params.get("model", "")
    if model == "Branch":
        listing = {str(row["id"]): str(row.get("name")) for row in state.all("Branch")}
    elif model in _LISTINGS:
        listing = _LISTINGS[model]
    else:
        return failed(404, "Invalid Model")
    return ok({"Listing": listing})


# The record kinds notes attach to, by the number Daftra stores (see AppointmentItemType).
_NOTE_KINDS = {
    "client": 1,
    "invoice": 2,
    "estimate": 3,
    "purchase_order": 4,
    "staff": 5,
    "supplier": 6,
    "product": 7,
    "work_order": 8,
    "appointment": 9,
    "shift": 10,
    "booking": 11,
}


def add_note(notes: Collection, request: Request) -> Answer:
    """Notes are added to a record named by the path: ``/notes/{item_type}/{item_id}``."""
    body = request.json()
    if not isinstance(body, Mapping) or not isinstance(body.get("Note"), Mapping):
        return failed(400, "The request body must be an object with a Note")
    item_id = identifier(request.path_params.get("item_id"))
    kind_text = request.path_params.get("item_type", "")
    kind = identifier(kind_text) or _NOTE_KINDS.get(kind_text.lower())
    if not item_id or kind is None:
        return failed(404, "Item not found")
    with notes.state.lock:
        record = notes.create({"Note": {**body["Note"], "item_type": kind, "item_id": item_id}})
    return notes.add_answer(record)


def v1_handlers(state: SandboxState, router: Router) -> tuple[Documents, dict[str, Handler]]:
    """The invoices collection and every v1 operation's handler, by operationId."""
    invoices = Documents(state, INVOICE)
    invoices.operations = {True: "addInvoice", False: "editInvoice"}
    handlers: dict[str, Handler] = {
        "listInvoices": invoices.list,
        "getInvoice": invoices.get,
        "addInvoice": invoices.add,
        "addInvoicesBulk": invoices.add_bulk,
        "editInvoice": invoices.edit,
        "deleteInvoice": invoices.delete,
    }
    # Advance payments are invoices too, but their documented body differs.
    advance_payments = Documents(state, INVOICE)
    advance_payments.operations = {True: "addAdvancePayment", False: None}
    handlers["addAdvancePayment"] = advance_payments.add
    documents = {
        kind.model: Documents(state, kind) for kind in (*SALES_DOCUMENTS, *PURCHASE_DOCUMENTS)
    }
    special: dict[str, type[SpecCollection]] = {
        "StockTransaction": StockTransactions,
    }
    collections: dict[str, Collection] = {}
    for spec in V1_TABLES:
        collection: Collection | None = documents.get(spec.model)
        if collection is not None:
            collection.operations = {True: spec.create, False: spec.update}
        else:
            options: dict[str, Any] = {
                "model": spec.model,
                "path": router.address_of(spec.list) if spec.list else "",
                "label": spec.model,
                "dependents": _DEPENDENTS.get(spec.model, ()),
                "create": spec.create,
                "update": spec.update,
            }
            if spec.model == "InvoicePayment":
                collection = InvoicePayments(state, invoices, **options)
            else:
                collection = special.get(spec.model, SpecCollection)(state, **options)
        collections[spec.tag] = collection
        for action, method in _ACTIONS:
            operation_id = getattr(spec, action)
            if operation_id:
                handlers[operation_id] = getattr(collection, method)
    # Endpoints filed under v2 in the documentation but served by v1, over the same tables.
    branches = SpecCollection(
        state, model="Branch", path="/api2/branches", label="Branch", create=None, update=None
    )
    statuses = SpecCollection(
        state,
        model="FollowUpStatus",
        path="",
        label="Follow-up status",
        table=v2_table("follow_up_status"),
        create=None,
        update=None,
    )
    actions = SpecCollection(
        state,
        model="FollowUpAction",
        path="/api2/follow_up_actions.json",
        label="Follow-up action",
        create=None,
        update=None,
    )
    actions.filters = {"type": lambda record, value: str(record.get("item_type")) == value}
    handlers.update(
        listBranches=branches.list,
        getFollowUpStatus=statuses.get,
        deleteFollowUpStatus=statuses.delete,
        listFollowUpActions=actions.list,
        getFollowUpAction=actions.get,
        deleteFollowUpAction=actions.delete,
    )
    notes = collections["notes"]
    bookings = Bookings(state, invoices)
    attendance = Collection(state, model="ClientAttendance", path="", label="Attendance")
    handlers.update(
        addBooking=bookings.add,
        deleteBooking=bookings.delete,
        changeBookingStatus=bookings.change_status,
        convertBookingToInvoice=bookings.convert_to_invoice,
        getGeneralListing=lambda request: general_listing(state, request),
        addClientAttendanceLog=attendance.add,
        addNote=lambda request: add_note(notes, request),
    )
    return invoices, handlers
