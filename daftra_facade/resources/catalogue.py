"""The resources every client has, declared once for both clients.

Each ``client.<name>`` is a :class:`ResourceAttribute` naming a resource's sync class,
its async twin and its spec; the attribute builds the right one for the client it is read
on, on first access, and the client keeps it.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, Self, TypeAlias, TypeVar, overload

from . import declarations as r
from .capabilities import (
    AppendOnlyResource,
    AsyncAppendOnlyResource,
    AsyncCrudResource,
    AsyncEntityResource,
    AsyncListCreateResource,
    AsyncListOnlyResource,
    AsyncNoEditResource,
    AsyncReadDeleteResource,
    AsyncReadOnlyResource,
    CrudResource,
    EntityResource,
    ListCreateResource,
    ListOnlyResource,
    NoEditResource,
    ReadDeleteResource,
    ReadOnlyResource,
    ResourceSpec,
    classes_for,
)
from .facts import BusinessKey, Reference, ResourceFacts, document_keys
from .specs import PAYLOAD_PAGES, V2_PAGES

if TYPE_CHECKING:
    # The typed models are named in the annotations below as ``m.<Model>``: declaring a
    # resource touches no import list.
    from daftra_client import models as m

S = TypeVar("S")
A = TypeVar("A")
ItemT = TypeVar("ItemT")
ViewT = TypeVar("ViewT")


class SyncFlavour:
    """Marks the blocking client: resource attributes read on it give the sync classes."""

    _transport: Any


class AsyncFlavour:
    """Marks the asyncio client: resource attributes read on it give the async twins."""

    _transport: Any


class ResourceAttribute(Generic[S, A]):
    """Declares ``client.<name>``: the resource is built on first access, then kept."""

    def __init__(
        self, sync_class: type[S], async_class: type[A], spec: ResourceSpec | None = None
    ) -> None:
        self.sync_class = sync_class
        self.async_class = async_class
        self.spec = spec
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, client: None, owner: type) -> Self: ...
    @overload
    def __get__(self, client: AsyncFlavour, owner: type) -> A: ...
    @overload
    def __get__(self, client: SyncFlavour, owner: type) -> S: ...
    def __get__(self, client: SyncFlavour | AsyncFlavour | None, owner: type) -> Self | S | A:
        if client is None:
            return self
        chosen: type[Any] = (
            self.async_class if isinstance(client, AsyncFlavour) else self.sync_class
        )
        arguments = (client._transport,) if self.spec is None else (client._transport, self.spec)
        resource = chosen(*arguments)
        client.__dict__[self._name] = resource  # later reads skip the descriptor
        return resource  # type: ignore[no-any-return]


def _declared(spec: ResourceSpec) -> ResourceAttribute[Any, Any]:
    """``client.<name>`` for a resource declared by its spec alone: the classes are the
    ones serving exactly the actions the spec names (see :func:`classes_for`); the
    attribute's annotation states them for type checkers, and a test holds the two equal."""
    sync_class, async_class = classes_for(spec)
    return ResourceAttribute(sync_class, async_class, spec)


# Facts shared by several declarations (each resource's own are written at its declaration).
# Documents other than invoices document no list filters: lookups page through everything.
_SALES_DOCUMENT = ResourceFacts(
    keys=document_keys(filtered=False),
    custom_fields=True,
    document=True,
    changes_through="invoice",
)
_PURCHASE_DOCUMENT = ResourceFacts(
    keys=document_keys(filtered=False), document=True, example_needs="a supplier"
)
# A new sandbox starts with a record 1 of it (and nothing else to say).
_SEEDED = ResourceFacts(seeded=True)


CrudAttribute: TypeAlias = (
    "ResourceAttribute[CrudResource[ItemT, ViewT], AsyncCrudResource[ItemT, ViewT]]"
)
ReadOnlyAttribute: TypeAlias = (
    "ResourceAttribute[ReadOnlyResource[ItemT, ViewT], AsyncReadOnlyResource[ItemT, ViewT]]"
)
EntityAttribute: TypeAlias = (
    "ResourceAttribute[EntityResource[ItemT, ViewT], AsyncEntityResource[ItemT, ViewT]]"
)
AppendOnlyAttribute: TypeAlias = (
    "ResourceAttribute[AppendOnlyResource[ItemT, ViewT], AsyncAppendOnlyResource[ItemT, ViewT]]"
)
NoEditAttribute: TypeAlias = (
    "ResourceAttribute[NoEditResource[ItemT, ViewT], AsyncNoEditResource[ItemT, ViewT]]"
)
ReadDeleteAttribute: TypeAlias = (
    "ResourceAttribute[ReadDeleteResource[ItemT, ViewT], AsyncReadDeleteResource[ItemT, ViewT]]"
)
ListCreateAttribute: TypeAlias = (
    "ResourceAttribute[ListCreateResource[ItemT], AsyncListCreateResource[ItemT]]"
)
ListOnlyAttribute: TypeAlias = (
    "ResourceAttribute[ListOnlyResource[ItemT], AsyncListOnlyResource[ItemT]]"
)


# The spec's groups (tags) that a method of the client serves instead of a resource
# attribute, by the method's name (``auth`` is the password grant the client signs in
# with). With the declared resources, this accounts for every group of the spec:
# ``tests/resources/test_resource_declarations.py`` fails naming any group left out.
CLIENT_METHOD_GROUPS = {
    "workflow_records": "workflow",
    "entities": "entity",
    "multi_entity": "multi_entity",
    "app_manager": "app_is_active",
    "auth": "__init__",
}


class Declaration(NamedTuple):
    """One ``client.<name>``: the classes each client builds for it and its spec (whose
    ``facts`` say what the finders, the database sync, the CLI and the sandbox need)."""

    sync_class: type[Any]
    async_class: type[Any]
    spec: ResourceSpec

    @property
    def facts(self) -> ResourceFacts:
        return self.spec.facts


@functools.cache
def _walked() -> Mapping[str, Declaration]:
    found: dict[str, Declaration] = {}
    for name, value in vars(Resources).items():
        if isinstance(value, ResourceAttribute):
            spec = value.spec if value.spec is not None else value.sync_class.spec
            found[name] = Declaration(value.sync_class, value.async_class, spec)
    return MappingProxyType(found)


def declared_resources() -> Mapping[str, Declaration]:
    """Every ``client.<name>`` with its classes and spec, in declaration order.

    The one place that enumerates the resources: the CLI, the database sync, the finders'
    callers, the sandbox's checks, the contract tests and the README all read them here
    (``tests/resources/test_one_home.py`` fails on a table of resource names elsewhere)."""
    return _walked()


def resources_with(capability: type) -> list[str]:
    """The names of the declared resources whose sync class has ``capability``."""
    return [
        name
        for name, declared in declared_resources().items()
        if issubclass(declared.sync_class, capability)
    ]


class Resources:
    """``client.<resource>`` for every resource of the API (see :mod:`daftra_facade.resources`)."""

    site = ResourceAttribute(r.SiteInfo, r.AsyncSiteInfo)
    invoices = ResourceAttribute(r.Invoices, r.AsyncInvoices)
    # Listing includes payments made from client credit, which Daftra hides unless asked
    # (pass ``include_client_credit=0`` to leave them out).
    invoice_payments: CrudAttribute[m.InvoicePayment, m.InvoicePaymentView] = _declared(
        r.INVOICE_PAYMENTS
    )
    notes = ResourceAttribute(r.Notes, r.AsyncNotes)
    bookings = ResourceAttribute(r.Bookings, r.AsyncBookings)
    # Advance-payment invoices (type 19): created through v1, listed and read through v2.
    advance_payments: AppendOnlyAttribute[m.AdvancePaymentRecord, m.AdvancePaymentRecord] = (
        _declared(r.ADVANCE_PAYMENTS)
    )
    general_listing = ResourceAttribute(r.GeneralListing, r.AsyncGeneralListing)
    client_attendance_logs = _declared(
        ResourceSpec(
            tag="client_attendance_logs",
            model_key="ClientAttendance",
            create="addClientAttendanceLog",
        ),
    )
    product_bundles = _declared(
        ResourceSpec(tag="product_bundles", model_key="ProductBundle", create="addProductBundle"),
    )
    # v1: sales, parties, catalogue, stock, scheduling, money and accounting.
    estimates: CrudAttribute[m.Invoice, m.EstimateView] = _declared(
        r.v1_resource("estimates", "Estimate", facts=_SALES_DOCUMENT)
    )
    credit_notes: CrudAttribute[m.Invoice, m.CreditNoteView] = _declared(
        r.v1_resource("credit_notes", "CreditNote", facts=_SALES_DOCUMENT)
    )
    refund_receipts: CrudAttribute[m.Invoice, m.RefundReceiptView] = _declared(
        r.v1_resource("refund_receipts", "RefundReceipt", facts=_SALES_DOCUMENT)
    )
    clients: CrudAttribute[m.Client, m.ClientView] = _declared(
        r.v1_resource(
            "clients",
            "Client",
            facts=ResourceFacts(
                keys=(
                    BusinessKey("email", ("email",), v2_entity="client", fold_case=True),
                    # Either phone field may hold it, and one v2 filter cannot ask for both.
                    BusinessKey("phone", ("phone1", "phone2")),
                    BusinessKey("client_number", ("client_number",), v2_entity="client"),
                ),
                changes_through="client",
                reference=Reference("client_key", "client_id"),
                seeded=True,
            ),
        )
    )
    suppliers: CrudAttribute[m.Supplier, m.SupplierView] = _declared(
        r.v1_resource(
            "suppliers",
            "Supplier",
            facts=ResourceFacts(
                keys=(
                    BusinessKey("email", ("email",), fold_case=True),
                    BusinessKey("supplier_number", ("supplier_number",)),
                ),
                reference=Reference("supplier_key", "supplier_id"),
            ),
        )
    )
    work_orders: CrudAttribute[m.WorkOrder, m.WorkOrderView] = _declared(
        r.v1_resource("work_orders", "WorkOrder")
    )
    client_appointments: CrudAttribute[m.Appointment, m.ClientAppointmentView] = _declared(
        r.v1_resource("client_appointments", "ClientAppointment")
    )
    invoice_appointments: CrudAttribute[m.Appointment, m.InvoiceAppointmentView] = _declared(
        r.v1_resource("invoice_appointments", "InvoiceAppointment")
    )
    estimate_appointments: CrudAttribute[m.Appointment, m.EstimateAppointmentView] = _declared(
        r.v1_resource("estimate_appointments", "EstimateAppointment"),
    )
    work_order_appointments: CrudAttribute[m.Appointment, m.WorkOrderAppointmentView] = _declared(
        r.v1_resource("work_order_appointments", "WorkOrderAppointment"),
    )
    time_tracking: CrudAttribute[m.TimeTracking, m.TimeTrackingView] = _declared(
        r.v1_resource("time_tracking", "TimeTracking")
    )
    client_payments: CrudAttribute[m.ClientPayment, m.ClientPaymentView] = _declared(
        r.v1_resource("client_payments", "ClientPayment")
    )
    products: CrudAttribute[m.Product, m.ProductView] = _declared(
        r.v1_resource(
            "products",
            "Product",
            facts=ResourceFacts(
                keys=(
                    BusinessKey("product_code", ("product_code",), v2_entity="product"),
                    BusinessKey("barcode", ("barcode",), v2_entity="product"),
                ),
                changes_through="product",
                reference=Reference("product_key", "product_id", in_items=True),
                seeded=True,
            ),
        )
    )
    incomes: CrudAttribute[m.CashTransaction, m.IncomeView] = _declared(
        r.v1_resource("incomes", "Income")
    )
    expenses: CrudAttribute[m.CashTransaction, m.ExpenseView] = _declared(
        r.v1_resource("expenses", "Expense")
    )
    journals: CrudAttribute[m.Journal, m.JournalView] = _declared(
        r.v1_resource("journals", "Journal")
    )
    journal_accounts: CrudAttribute[m.JournalAccount, m.JournalAccountView] = _declared(
        r.v1_resource("journal_accounts", "JournalAccount")
    )
    journal_cats: CrudAttribute[m.JournalCat, m.JournalCatView] = _declared(
        r.v1_resource("journal_cats", "JournalCat")
    )
    purchase_invoices: CrudAttribute[m.PurchaseOrder, m.PurchaseOrderView] = _declared(
        r.v1_resource(
            "purchase_invoices",
            "PurchaseInvoice",
            model_key="PurchaseOrder",
            facts=_PURCHASE_DOCUMENT,
        ),
    )
    purchase_refunds: CrudAttribute[m.PurchaseOrder, m.PurchaseRefundView] = _declared(
        r.v1_resource("purchase_refunds", "PurchaseRefund", facts=_PURCHASE_DOCUMENT)
    )
    taxes: CrudAttribute[m.Tax, m.TaxView] = _declared(r.v1_resource("taxes", "Tax"))
    stock_transactions: CrudAttribute[m.StockTransaction, m.StockTransactionView] = _declared(
        r.v1_resource("stock_transactions", "StockTransaction")
    )
    stores: CrudAttribute[m.Store, m.StoreView] = _declared(
        r.v1_resource("stores", "Store", facts=_SEEDED)
    )
    requisitions: CrudAttribute[m.Requisition, m.RequisitionView] = _declared(
        r.v1_resource("requisitions", "Requisition")
    )
    treasuries: CrudAttribute[m.Treasury, m.TreasuryView] = _declared(
        r.v1_resource("treasuries", "Treasury")
    )
    product_categories: ReadOnlyAttribute[m.ProductCategory, m.ProductCategoryView] = _declared(
        r.v1_resource("product_categories", "ProductCategory"),
    )
    staff: ReadOnlyAttribute[m.Staff, m.StaffView] = _declared(
        r.v1_resource("staff", "Staff", facts=_SEEDED)
    )
    # v2 entities (and the v1 endpoints the documentation files beside them).
    leave_applications: EntityAttribute[m.LeaveApplication, m.LeaveApplication] = _declared(
        r.v2_entity("leave_applications", "LeaveApplication")
    )
    attendance_logs: AppendOnlyAttribute[m.AttendanceLog, m.AttendanceLog] = _declared(
        r.v2_entity("attendance_logs", "AttendanceLog", editable=False),
    )
    designations: EntityAttribute[m.Designation, m.Designation] = _declared(
        r.v2_entity("designations", "Designation", facts=_SEEDED)
    )
    departments: EntityAttribute[m.Department, m.Department] = _declared(
        r.v2_entity("departments", "Department", facts=_SEEDED)
    )
    employment_types: EntityAttribute[m.EmploymentType, m.EmploymentType] = _declared(
        r.v2_entity("employment_types", "EmploymentType", facts=_SEEDED)
    )
    asset_types: EntityAttribute[m.AssetType, m.AssetType] = _declared(
        r.v2_entity("asset_types", "AssetType")
    )
    asset_locations: EntityAttribute[m.AssetLocation, m.AssetLocation] = _declared(
        r.v2_entity("asset_locations", "AssetLocation")
    )
    asset_storages: EntityAttribute[m.AssetStorage, m.AssetStorage] = _declared(
        r.v2_entity("asset_storages", "AssetStorage")
    )
    employee_assets: EntityAttribute[m.EmployeeAsset, m.EmployeeAsset] = _declared(
        r.v2_entity(
            "employee_assets",
            "EmployeeAsset",
            pages=PAYLOAD_PAGES,
            view_member="payload.data",
            facts=ResourceFacts(example_needs="an asset type, location and storage"),
        ),
    )
    brands: EntityAttribute[m.Brand, m.Brand] = _declared(
        r.v2_entity("brands", "Brand", facts=_SEEDED)
    )
    unit_templates: EntityAttribute[m.UnitTemplate, m.UnitTemplate] = _declared(
        r.v2_entity("unit_templates", "UnitTemplate", facts=_SEEDED)
    )
    cost_centers: EntityAttribute[m.CostCenter, m.CostCenter] = _declared(
        r.v2_entity("cost_centers", "CostCenter", facts=_SEEDED)
    )
    payment_gateways: AppendOnlyAttribute[m.PaymentGateway, m.PaymentGateway] = _declared(
        r.v2_entity("payment_gateways", "PaymentGateway", editable=False, facts=_SEEDED),
    )
    credit_usages: EntityAttribute[m.CreditUsage, m.CreditUsage] = _declared(
        r.v2_entity("credit_usages", "CreditUsage", edit_by_post=True),
    )
    credit_usage_amounts: EntityAttribute[m.CreditUsageAmount, m.CreditUsageAmount] = _declared(
        r.v2_entity("credit_usage_amounts", "CreditUsageAmount", edit_by_post=True),
    )
    credit_types: EntityAttribute[m.CreditType, m.CreditType] = _declared(
        r.v2_entity("credit_types", "CreditType", edit_by_post=True),
    )
    credit_charges: EntityAttribute[m.CreditCharge, m.CreditCharge] = _declared(
        r.v2_entity("credit_charges", "CreditCharge", edit_by_post=True),
    )
    packages: EntityAttribute[m.Package, m.Package] = _declared(
        r.v2_entity("packages", "Package", edit_by_post=True)
    )
    package_credit_types: EntityAttribute[m.PackageCreditType, m.PackageCreditType] = _declared(
        r.v2_entity("package_credit_types", "PackageCreditType", edit_by_post=True),
    )
    follow_up_statuses: NoEditAttribute[m.FollowUpStatus, m.FollowUpStatusView] = _declared(
        ResourceSpec(
            tag="follow_up_statuses",
            model_key="FollowUpStatus",
            list="listFollowUpStatuses",
            get="getFollowUpStatus",
            create="addFollowUpStatus",
            delete="deleteFollowUpStatus",
            pages=V2_PAGES,
            level=1,
        ),
    )
    follow_up_actions: ReadDeleteAttribute[m.FollowUpAction, m.FollowUpActionView] = _declared(
        ResourceSpec(
            tag="follow_up_actions",
            model_key="FollowUpAction",
            list="listFollowUpActions",
            get="getFollowUpAction",
            delete="deleteFollowUpAction",
            # Listed per kind of record only: the database sync cannot list it alone.
            facts=ResourceFacts(needs_arguments=True),
        ),
    )
    purchase_debit_notes: ListCreateAttribute[m.PurchaseDebitNote] = _declared(
        ResourceSpec(
            tag="purchase_debit_notes",
            model_key="PurchaseDebitNote",
            list="listPurchaseDebitNotes",
            create="addPurchaseDebitNote",
            pages=V2_PAGES,
            level=1,
        ),
    )
    branches: ListOnlyAttribute[m.Branch] = _declared(
        ResourceSpec(tag="branches", model_key="Branch", list="listBranches"),
    )
