"""The resources every client has, declared once for both clients.

Each ``client.<name>`` is a :class:`ResourceAttribute` naming a resource's sync class,
its async twin and its spec; the attribute builds the right one for the client it is read
on, on first access, and the client keeps it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, Self, TypeAlias, TypeVar, overload

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
from .specs import PAYLOAD_PAGES, V2_PAGES

if TYPE_CHECKING:
    from daftra_client.models import (
        Appointment,
        AssetLocation,
        AssetStorage,
        AssetType,
        AttendanceLog,
        Branch,
        Brand,
        CashTransaction,
        Client,
        ClientAppointmentView,
        ClientPayment,
        ClientPaymentView,
        ClientView,
        CostCenter,
        CreditCharge,
        CreditNoteView,
        CreditType,
        CreditUsage,
        CreditUsageAmount,
        Department,
        Designation,
        EmployeeAsset,
        EmploymentType,
        EstimateAppointmentView,
        EstimateView,
        ExpenseView,
        FollowUpAction,
        FollowUpActionView,
        FollowUpStatus,
        FollowUpStatusView,
        IncomeView,
        Invoice,
        InvoiceAppointmentView,
        Journal,
        JournalAccount,
        JournalAccountView,
        JournalCat,
        JournalCatView,
        JournalView,
        LeaveApplication,
        Package,
        PackageCreditType,
        PaymentGateway,
        Product,
        ProductCategory,
        ProductCategoryView,
        ProductView,
        PurchaseDebitNote,
        PurchaseOrder,
        PurchaseOrderView,
        PurchaseRefundView,
        RefundReceiptView,
        Requisition,
        RequisitionView,
        Staff,
        StaffView,
        StockTransaction,
        StockTransactionView,
        Store,
        StoreView,
        Supplier,
        SupplierView,
        Tax,
        TaxView,
        TimeTracking,
        TimeTrackingView,
        Treasury,
        TreasuryView,
        UnitTemplate,
        WorkOrder,
        WorkOrderAppointmentView,
        WorkOrderView,
    )

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


def declared_resources() -> dict[str, tuple[type[Any], type[Any], ResourceSpec]]:
    """Every ``client.<name>`` with its sync class, async class and spec, in declaration
    order: the one list the sandbox, the contract tests and the README are checked against."""
    found: dict[str, tuple[type[Any], type[Any], ResourceSpec]] = {}
    for name, value in vars(Resources).items():
        if isinstance(value, ResourceAttribute):
            spec = value.spec if value.spec is not None else value.sync_class.spec
            found[name] = (value.sync_class, value.async_class, spec)
    return found


class Resources:
    """``client.<resource>`` for every resource of the API (see :mod:`daftra_facade.resources`)."""

    site = ResourceAttribute(r.SiteInfo, r.AsyncSiteInfo)
    invoices = ResourceAttribute(r.Invoices, r.AsyncInvoices)
    invoice_payments = ResourceAttribute(r.InvoicePayments, r.AsyncInvoicePayments)
    notes = ResourceAttribute(r.Notes, r.AsyncNotes)
    bookings = ResourceAttribute(r.Bookings, r.AsyncBookings)
    advance_payments = ResourceAttribute(r.AdvancePayments, r.AsyncAdvancePayments)
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
    estimates: CrudAttribute[Invoice, EstimateView] = _declared(
        r.v1_resource("estimates", "Estimate")
    )
    credit_notes: CrudAttribute[Invoice, CreditNoteView] = _declared(
        r.v1_resource("credit_notes", "CreditNote")
    )
    refund_receipts: CrudAttribute[Invoice, RefundReceiptView] = _declared(
        r.v1_resource("refund_receipts", "RefundReceipt")
    )
    clients: CrudAttribute[Client, ClientView] = _declared(r.v1_resource("clients", "Client"))
    suppliers: CrudAttribute[Supplier, SupplierView] = _declared(
        r.v1_resource("suppliers", "Supplier")
    )
    work_orders: CrudAttribute[WorkOrder, WorkOrderView] = _declared(
        r.v1_resource("work_orders", "WorkOrder")
    )
    client_appointments: CrudAttribute[Appointment, ClientAppointmentView] = _declared(
        r.v1_resource("client_appointments", "ClientAppointment")
    )
    invoice_appointments: CrudAttribute[Appointment, InvoiceAppointmentView] = _declared(
        r.v1_resource("invoice_appointments", "InvoiceAppointment")
    )
    estimate_appointments: CrudAttribute[Appointment, EstimateAppointmentView] = _declared(
        r.v1_resource("estimate_appointments", "EstimateAppointment"),
    )
    work_order_appointments: CrudAttribute[Appointment, WorkOrderAppointmentView] = _declared(
        r.v1_resource("work_order_appointments", "WorkOrderAppointment"),
    )
    time_tracking: CrudAttribute[TimeTracking, TimeTrackingView] = _declared(
        r.v1_resource("time_tracking", "TimeTracking")
    )
    client_payments: CrudAttribute[ClientPayment, ClientPaymentView] = _declared(
        r.v1_resource("client_payments", "ClientPayment")
    )
    products: CrudAttribute[Product, ProductView] = _declared(r.v1_resource("products", "Product"))
    incomes: CrudAttribute[CashTransaction, IncomeView] = _declared(
        r.v1_resource("incomes", "Income")
    )
    expenses: CrudAttribute[CashTransaction, ExpenseView] = _declared(
        r.v1_resource("expenses", "Expense")
    )
    journals: CrudAttribute[Journal, JournalView] = _declared(r.v1_resource("journals", "Journal"))
    journal_accounts: CrudAttribute[JournalAccount, JournalAccountView] = _declared(
        r.v1_resource("journal_accounts", "JournalAccount")
    )
    journal_cats: CrudAttribute[JournalCat, JournalCatView] = _declared(
        r.v1_resource("journal_cats", "JournalCat")
    )
    purchase_invoices: CrudAttribute[PurchaseOrder, PurchaseOrderView] = _declared(
        r.v1_resource("purchase_invoices", "PurchaseInvoice", model_key="PurchaseOrder"),
    )
    purchase_refunds: CrudAttribute[PurchaseOrder, PurchaseRefundView] = _declared(
        r.v1_resource("purchase_refunds", "PurchaseRefund")
    )
    taxes: CrudAttribute[Tax, TaxView] = _declared(r.v1_resource("taxes", "Tax"))
    stock_transactions: CrudAttribute[StockTransaction, StockTransactionView] = _declared(
        r.v1_resource("stock_transactions", "StockTransaction")
    )
    stores: CrudAttribute[Store, StoreView] = _declared(r.v1_resource("stores", "Store"))
    requisitions: CrudAttribute[Requisition, RequisitionView] = _declared(
        r.v1_resource("requisitions", "Requisition")
    )
    treasuries: CrudAttribute[Treasury, TreasuryView] = _declared(
        r.v1_resource("treasuries", "Treasury")
    )
    product_categories: ReadOnlyAttribute[ProductCategory, ProductCategoryView] = _declared(
        r.v1_resource("product_categories", "ProductCategory"),
    )
    staff: ReadOnlyAttribute[Staff, StaffView] = _declared(r.v1_resource("staff", "Staff"))
    # v2 entities (and the v1 endpoints the documentation files beside them).
    leave_applications: EntityAttribute[LeaveApplication, LeaveApplication] = _declared(
        r.v2_entity("leave_applications", "LeaveApplication")
    )
    attendance_logs: AppendOnlyAttribute[AttendanceLog, AttendanceLog] = _declared(
        r.v2_entity("attendance_logs", "AttendanceLog", editable=False),
    )
    designations: EntityAttribute[Designation, Designation] = _declared(
        r.v2_entity("designations", "Designation")
    )
    departments: EntityAttribute[Department, Department] = _declared(
        r.v2_entity("departments", "Department")
    )
    employment_types: EntityAttribute[EmploymentType, EmploymentType] = _declared(
        r.v2_entity("employment_types", "EmploymentType")
    )
    asset_types: EntityAttribute[AssetType, AssetType] = _declared(
        r.v2_entity("asset_types", "AssetType")
    )
    asset_locations: EntityAttribute[AssetLocation, AssetLocation] = _declared(
        r.v2_entity("asset_locations", "AssetLocation")
    )
    asset_storages: EntityAttribute[AssetStorage, AssetStorage] = _declared(
        r.v2_entity("asset_storages", "AssetStorage")
    )
    employee_assets: EntityAttribute[EmployeeAsset, EmployeeAsset] = _declared(
        r.v2_entity(
            "employee_assets", "EmployeeAsset", pages=PAYLOAD_PAGES, view_member="payload.data"
        ),
    )
    brands: EntityAttribute[Brand, Brand] = _declared(r.v2_entity("brands", "Brand"))
    unit_templates: EntityAttribute[UnitTemplate, UnitTemplate] = _declared(
        r.v2_entity("unit_templates", "UnitTemplate")
    )
    cost_centers: EntityAttribute[CostCenter, CostCenter] = _declared(
        r.v2_entity("cost_centers", "CostCenter")
    )
    payment_gateways: AppendOnlyAttribute[PaymentGateway, PaymentGateway] = _declared(
        r.v2_entity("payment_gateways", "PaymentGateway", editable=False),
    )
    credit_usages: EntityAttribute[CreditUsage, CreditUsage] = _declared(
        r.v2_entity("credit_usages", "CreditUsage", edit_by_post=True),
    )
    credit_usage_amounts: EntityAttribute[CreditUsageAmount, CreditUsageAmount] = _declared(
        r.v2_entity("credit_usage_amounts", "CreditUsageAmount", edit_by_post=True),
    )
    credit_types: EntityAttribute[CreditType, CreditType] = _declared(
        r.v2_entity("credit_types", "CreditType", edit_by_post=True),
    )
    credit_charges: EntityAttribute[CreditCharge, CreditCharge] = _declared(
        r.v2_entity("credit_charges", "CreditCharge", edit_by_post=True),
    )
    packages: EntityAttribute[Package, Package] = _declared(
        r.v2_entity("packages", "Package", edit_by_post=True)
    )
    package_credit_types: EntityAttribute[PackageCreditType, PackageCreditType] = _declared(
        r.v2_entity("package_credit_types", "PackageCreditType", edit_by_post=True),
    )
    follow_up_statuses: NoEditAttribute[FollowUpStatus, FollowUpStatusView] = _declared(
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
    follow_up_actions: ReadDeleteAttribute[FollowUpAction, FollowUpActionView] = _declared(
        ResourceSpec(
            tag="follow_up_actions",
            model_key="FollowUpAction",
            list="listFollowUpActions",
            get="getFollowUpAction",
            delete="deleteFollowUpAction",
        ),
    )
    purchase_debit_notes: ListCreateAttribute[PurchaseDebitNote] = _declared(
        ResourceSpec(
            tag="purchase_debit_notes",
            model_key="PurchaseDebitNote",
            list="listPurchaseDebitNotes",
            create="addPurchaseDebitNote",
            pages=V2_PAGES,
            level=1,
        ),
    )
    branches: ListOnlyAttribute[Branch] = _declared(
        ResourceSpec(tag="branches", model_key="Branch", list="listBranches"),
    )
