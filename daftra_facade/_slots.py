"""The resources every client has, declared once for both clients.

Each ``client.<name>`` is a :class:`_ResourceSlot` naming a resource's sync class, its
async twin and its spec; the slot builds the right one for the client it is read on, on
first access, and the client keeps it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, Self, TypeAlias, TypeVar, overload

from . import resources as r
from ._resources import (
    AppendOnlyResource,
    AsyncAppendOnlyResource,
    AsyncCrudResource,
    AsyncEntityResource,
    AsyncListCreateResource,
    AsyncListOnlyResource,
    AsyncNoEditResource,
    AsyncReadDeleteResource,
    AsyncReadOnlyResource,
    AsyncSubmitOnlyResource,
    CrudResource,
    EntityResource,
    ListCreateResource,
    ListOnlyResource,
    NoEditResource,
    ReadDeleteResource,
    ReadOnlyResource,
    ResourceSpec,
    SubmitOnlyResource,
)

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
    """Marks the blocking client: slots read on it give the sync classes."""

    _transport: Any


class AsyncFlavour:
    """Marks the asyncio client: slots read on it give the async twins."""

    _transport: Any


class _ResourceSlot(Generic[S, A]):
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


def _slot(sync_class: type[S], async_class: type[A], spec: ResourceSpec) -> _ResourceSlot[S, A]:
    return _ResourceSlot(sync_class, async_class, spec)


CrudSlot: TypeAlias = "_ResourceSlot[CrudResource[ItemT, ViewT], AsyncCrudResource[ItemT, ViewT]]"
ReadOnlySlot: TypeAlias = (
    "_ResourceSlot[ReadOnlyResource[ItemT, ViewT], AsyncReadOnlyResource[ItemT, ViewT]]"
)
EntitySlot: TypeAlias = (
    "_ResourceSlot[EntityResource[ItemT, ViewT], AsyncEntityResource[ItemT, ViewT]]"
)
AppendOnlySlot: TypeAlias = (
    "_ResourceSlot[AppendOnlyResource[ItemT, ViewT], AsyncAppendOnlyResource[ItemT, ViewT]]"
)
NoEditSlot: TypeAlias = (
    "_ResourceSlot[NoEditResource[ItemT, ViewT], AsyncNoEditResource[ItemT, ViewT]]"
)
ReadDeleteSlot: TypeAlias = (
    "_ResourceSlot[ReadDeleteResource[ItemT, ViewT], AsyncReadDeleteResource[ItemT, ViewT]]"
)
ListCreateSlot: TypeAlias = (
    "_ResourceSlot[ListCreateResource[ItemT], AsyncListCreateResource[ItemT]]"
)
ListOnlySlot: TypeAlias = "_ResourceSlot[ListOnlyResource[ItemT], AsyncListOnlyResource[ItemT]]"


def declared_resources() -> dict[str, tuple[type[Any], type[Any], ResourceSpec]]:
    """Every ``client.<name>`` with its sync class, async class and spec, in declaration
    order: the one list the sandbox, the contract tests and the README are checked against."""
    found: dict[str, tuple[type[Any], type[Any], ResourceSpec]] = {}
    for name, value in vars(Resources).items():
        if isinstance(value, _ResourceSlot):
            spec = value.spec if value.spec is not None else value.sync_class.spec
            found[name] = (value.sync_class, value.async_class, spec)
    return found


class Resources:
    """``client.<resource>`` for every resource of the API (see :mod:`.resources`)."""

    site = _ResourceSlot(r.SiteInfo, r.AsyncSiteInfo)
    invoices = _ResourceSlot(r.Invoices, r.AsyncInvoices)
    invoice_payments = _ResourceSlot(r.InvoicePayments, r.AsyncInvoicePayments)
    notes = _ResourceSlot(r.Notes, r.AsyncNotes)
    bookings = _ResourceSlot(r.Bookings, r.AsyncBookings)
    advance_payments = _ResourceSlot(r.AdvancePayments, r.AsyncAdvancePayments)
    general_listing = _ResourceSlot(r.GeneralListing, r.AsyncGeneralListing)
    client_attendance_logs = _slot(
        SubmitOnlyResource, AsyncSubmitOnlyResource, r.CLIENT_ATTENDANCE_LOGS
    )
    product_bundles = _slot(SubmitOnlyResource, AsyncSubmitOnlyResource, r.PRODUCT_BUNDLES)
    # v1: sales, parties, catalogue, stock, scheduling, money and accounting.
    estimates: CrudSlot[Invoice, EstimateView] = _slot(CrudResource, AsyncCrudResource, r.ESTIMATES)
    credit_notes: CrudSlot[Invoice, CreditNoteView] = _slot(
        CrudResource, AsyncCrudResource, r.CREDIT_NOTES
    )
    refund_receipts: CrudSlot[Invoice, RefundReceiptView] = _slot(
        CrudResource, AsyncCrudResource, r.REFUND_RECEIPTS
    )
    clients: CrudSlot[Client, ClientView] = _slot(CrudResource, AsyncCrudResource, r.CLIENTS)
    suppliers: CrudSlot[Supplier, SupplierView] = _slot(
        CrudResource, AsyncCrudResource, r.SUPPLIERS
    )
    work_orders: CrudSlot[WorkOrder, WorkOrderView] = _slot(
        CrudResource, AsyncCrudResource, r.WORK_ORDERS
    )
    client_appointments: CrudSlot[Appointment, ClientAppointmentView] = _slot(
        CrudResource, AsyncCrudResource, r.CLIENT_APPOINTMENTS
    )
    invoice_appointments: CrudSlot[Appointment, InvoiceAppointmentView] = _slot(
        CrudResource, AsyncCrudResource, r.INVOICE_APPOINTMENTS
    )
    estimate_appointments: CrudSlot[Appointment, EstimateAppointmentView] = _slot(
        CrudResource, AsyncCrudResource, r.ESTIMATE_APPOINTMENTS
    )
    work_order_appointments: CrudSlot[Appointment, WorkOrderAppointmentView] = _slot(
        CrudResource, AsyncCrudResource, r.WORK_ORDER_APPOINTMENTS
    )
    time_tracking: CrudSlot[TimeTracking, TimeTrackingView] = _slot(
        CrudResource, AsyncCrudResource, r.TIME_TRACKING
    )
    client_payments: CrudSlot[ClientPayment, ClientPaymentView] = _slot(
        CrudResource, AsyncCrudResource, r.CLIENT_PAYMENTS
    )
    products: CrudSlot[Product, ProductView] = _slot(CrudResource, AsyncCrudResource, r.PRODUCTS)
    incomes: CrudSlot[CashTransaction, IncomeView] = _slot(
        CrudResource, AsyncCrudResource, r.INCOMES
    )
    expenses: CrudSlot[CashTransaction, ExpenseView] = _slot(
        CrudResource, AsyncCrudResource, r.EXPENSES
    )
    journals: CrudSlot[Journal, JournalView] = _slot(CrudResource, AsyncCrudResource, r.JOURNALS)
    journal_accounts: CrudSlot[JournalAccount, JournalAccountView] = _slot(
        CrudResource, AsyncCrudResource, r.JOURNAL_ACCOUNTS
    )
    journal_cats: CrudSlot[JournalCat, JournalCatView] = _slot(
        CrudResource, AsyncCrudResource, r.JOURNAL_CATS
    )
    purchase_invoices: CrudSlot[PurchaseOrder, PurchaseOrderView] = _slot(
        CrudResource, AsyncCrudResource, r.PURCHASE_INVOICES
    )
    purchase_refunds: CrudSlot[PurchaseOrder, PurchaseRefundView] = _slot(
        CrudResource, AsyncCrudResource, r.PURCHASE_REFUNDS
    )
    taxes: CrudSlot[Tax, TaxView] = _slot(CrudResource, AsyncCrudResource, r.TAXES)
    stock_transactions: CrudSlot[StockTransaction, StockTransactionView] = _slot(
        CrudResource, AsyncCrudResource, r.STOCK_TRANSACTIONS
    )
    stores: CrudSlot[Store, StoreView] = _slot(CrudResource, AsyncCrudResource, r.STORES)
    requisitions: CrudSlot[Requisition, RequisitionView] = _slot(
        CrudResource, AsyncCrudResource, r.REQUISITIONS
    )
    treasuries: CrudSlot[Treasury, TreasuryView] = _slot(
        CrudResource, AsyncCrudResource, r.TREASURIES
    )
    product_categories: ReadOnlySlot[ProductCategory, ProductCategoryView] = _slot(
        ReadOnlyResource, AsyncReadOnlyResource, r.PRODUCT_CATEGORIES
    )
    staff: ReadOnlySlot[Staff, StaffView] = _slot(ReadOnlyResource, AsyncReadOnlyResource, r.STAFF)
    # v2 entities (and the v1 endpoints the documentation files beside them).
    leave_applications: EntitySlot[LeaveApplication, LeaveApplication] = _slot(
        EntityResource, AsyncEntityResource, r.LEAVE_APPLICATIONS
    )
    attendance_logs: AppendOnlySlot[AttendanceLog, AttendanceLog] = _slot(
        AppendOnlyResource, AsyncAppendOnlyResource, r.ATTENDANCE_LOGS
    )
    designations: EntitySlot[Designation, Designation] = _slot(
        EntityResource, AsyncEntityResource, r.DESIGNATIONS
    )
    departments: EntitySlot[Department, Department] = _slot(
        EntityResource, AsyncEntityResource, r.DEPARTMENTS
    )
    employment_types: EntitySlot[EmploymentType, EmploymentType] = _slot(
        EntityResource, AsyncEntityResource, r.EMPLOYMENT_TYPES
    )
    asset_types: EntitySlot[AssetType, AssetType] = _slot(
        EntityResource, AsyncEntityResource, r.ASSET_TYPES
    )
    asset_locations: EntitySlot[AssetLocation, AssetLocation] = _slot(
        EntityResource, AsyncEntityResource, r.ASSET_LOCATIONS
    )
    asset_storages: EntitySlot[AssetStorage, AssetStorage] = _slot(
        EntityResource, AsyncEntityResource, r.ASSET_STORAGES
    )
    employee_assets: EntitySlot[EmployeeAsset, EmployeeAsset] = _slot(
        EntityResource, AsyncEntityResource, r.EMPLOYEE_ASSETS
    )
    brands: EntitySlot[Brand, Brand] = _slot(EntityResource, AsyncEntityResource, r.BRANDS)
    unit_templates: EntitySlot[UnitTemplate, UnitTemplate] = _slot(
        EntityResource, AsyncEntityResource, r.UNIT_TEMPLATES
    )
    cost_centers: EntitySlot[CostCenter, CostCenter] = _slot(
        EntityResource, AsyncEntityResource, r.COST_CENTERS
    )
    payment_gateways: AppendOnlySlot[PaymentGateway, PaymentGateway] = _slot(
        AppendOnlyResource, AsyncAppendOnlyResource, r.PAYMENT_GATEWAYS
    )
    credit_usages: EntitySlot[CreditUsage, CreditUsage] = _slot(
        EntityResource, AsyncEntityResource, r.CREDIT_USAGES
    )
    credit_usage_amounts: EntitySlot[CreditUsageAmount, CreditUsageAmount] = _slot(
        EntityResource, AsyncEntityResource, r.CREDIT_USAGE_AMOUNTS
    )
    credit_types: EntitySlot[CreditType, CreditType] = _slot(
        EntityResource, AsyncEntityResource, r.CREDIT_TYPES
    )
    credit_charges: EntitySlot[CreditCharge, CreditCharge] = _slot(
        EntityResource, AsyncEntityResource, r.CREDIT_CHARGES
    )
    packages: EntitySlot[Package, Package] = _slot(EntityResource, AsyncEntityResource, r.PACKAGES)
    package_credit_types: EntitySlot[PackageCreditType, PackageCreditType] = _slot(
        EntityResource, AsyncEntityResource, r.PACKAGE_CREDIT_TYPES
    )
    follow_up_statuses: NoEditSlot[FollowUpStatus, FollowUpStatusView] = _slot(
        NoEditResource, AsyncNoEditResource, r.FOLLOW_UP_STATUSES
    )
    follow_up_actions: ReadDeleteSlot[FollowUpAction, FollowUpActionView] = _slot(
        ReadDeleteResource, AsyncReadDeleteResource, r.FOLLOW_UP_ACTIONS
    )
    purchase_debit_notes: ListCreateSlot[PurchaseDebitNote] = _slot(
        ListCreateResource, AsyncListCreateResource, r.PURCHASE_DEBIT_NOTES
    )
    branches: ListOnlySlot[Branch] = _slot(ListOnlyResource, AsyncListOnlyResource, r.BRANCHES)
