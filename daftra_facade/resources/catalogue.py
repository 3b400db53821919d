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


def _attribute(
    sync_class: type[S], async_class: type[A], spec: ResourceSpec
) -> ResourceAttribute[S, A]:
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
    client_attendance_logs = _attribute(
        SubmitOnlyResource, AsyncSubmitOnlyResource, r.CLIENT_ATTENDANCE_LOGS
    )
    product_bundles = _attribute(SubmitOnlyResource, AsyncSubmitOnlyResource, r.PRODUCT_BUNDLES)
    # v1: sales, parties, catalogue, stock, scheduling, money and accounting.
    estimates: CrudAttribute[Invoice, EstimateView] = _attribute(
        CrudResource, AsyncCrudResource, r.ESTIMATES
    )
    credit_notes: CrudAttribute[Invoice, CreditNoteView] = _attribute(
        CrudResource, AsyncCrudResource, r.CREDIT_NOTES
    )
    refund_receipts: CrudAttribute[Invoice, RefundReceiptView] = _attribute(
        CrudResource, AsyncCrudResource, r.REFUND_RECEIPTS
    )
    clients: CrudAttribute[Client, ClientView] = _attribute(
        CrudResource, AsyncCrudResource, r.CLIENTS
    )
    suppliers: CrudAttribute[Supplier, SupplierView] = _attribute(
        CrudResource, AsyncCrudResource, r.SUPPLIERS
    )
    work_orders: CrudAttribute[WorkOrder, WorkOrderView] = _attribute(
        CrudResource, AsyncCrudResource, r.WORK_ORDERS
    )
    client_appointments: CrudAttribute[Appointment, ClientAppointmentView] = _attribute(
        CrudResource, AsyncCrudResource, r.CLIENT_APPOINTMENTS
    )
    invoice_appointments: CrudAttribute[Appointment, InvoiceAppointmentView] = _attribute(
        CrudResource, AsyncCrudResource, r.INVOICE_APPOINTMENTS
    )
    estimate_appointments: CrudAttribute[Appointment, EstimateAppointmentView] = _attribute(
        CrudResource, AsyncCrudResource, r.ESTIMATE_APPOINTMENTS
    )
    work_order_appointments: CrudAttribute[Appointment, WorkOrderAppointmentView] = _attribute(
        CrudResource, AsyncCrudResource, r.WORK_ORDER_APPOINTMENTS
    )
    time_tracking: CrudAttribute[TimeTracking, TimeTrackingView] = _attribute(
        CrudResource, AsyncCrudResource, r.TIME_TRACKING
    )
    client_payments: CrudAttribute[ClientPayment, ClientPaymentView] = _attribute(
        CrudResource, AsyncCrudResource, r.CLIENT_PAYMENTS
    )
    products: CrudAttribute[Product, ProductView] = _attribute(
        CrudResource, AsyncCrudResource, r.PRODUCTS
    )
    incomes: CrudAttribute[CashTransaction, IncomeView] = _attribute(
        CrudResource, AsyncCrudResource, r.INCOMES
    )
    expenses: CrudAttribute[CashTransaction, ExpenseView] = _attribute(
        CrudResource, AsyncCrudResource, r.EXPENSES
    )
    journals: CrudAttribute[Journal, JournalView] = _attribute(
        CrudResource, AsyncCrudResource, r.JOURNALS
    )
    journal_accounts: CrudAttribute[JournalAccount, JournalAccountView] = _attribute(
        CrudResource, AsyncCrudResource, r.JOURNAL_ACCOUNTS
    )
    journal_cats: CrudAttribute[JournalCat, JournalCatView] = _attribute(
        CrudResource, AsyncCrudResource, r.JOURNAL_CATS
    )
    purchase_invoices: CrudAttribute[PurchaseOrder, PurchaseOrderView] = _attribute(
        CrudResource, AsyncCrudResource, r.PURCHASE_INVOICES
    )
    purchase_refunds: CrudAttribute[PurchaseOrder, PurchaseRefundView] = _attribute(
        CrudResource, AsyncCrudResource, r.PURCHASE_REFUNDS
    )
    taxes: CrudAttribute[Tax, TaxView] = _attribute(CrudResource, AsyncCrudResource, r.TAXES)
    stock_transactions: CrudAttribute[StockTransaction, StockTransactionView] = _attribute(
        CrudResource, AsyncCrudResource, r.STOCK_TRANSACTIONS
    )
    stores: CrudAttribute[Store, StoreView] = _attribute(CrudResource, AsyncCrudResource, r.STORES)
    requisitions: CrudAttribute[Requisition, RequisitionView] = _attribute(
        CrudResource, AsyncCrudResource, r.REQUISITIONS
    )
    treasuries: CrudAttribute[Treasury, TreasuryView] = _attribute(
        CrudResource, AsyncCrudResource, r.TREASURIES
    )
    product_categories: ReadOnlyAttribute[ProductCategory, ProductCategoryView] = _attribute(
        ReadOnlyResource, AsyncReadOnlyResource, r.PRODUCT_CATEGORIES
    )
    staff: ReadOnlyAttribute[Staff, StaffView] = _attribute(
        ReadOnlyResource, AsyncReadOnlyResource, r.STAFF
    )
    # v2 entities (and the v1 endpoints the documentation files beside them).
    leave_applications: EntityAttribute[LeaveApplication, LeaveApplication] = _attribute(
        EntityResource, AsyncEntityResource, r.LEAVE_APPLICATIONS
    )
    attendance_logs: AppendOnlyAttribute[AttendanceLog, AttendanceLog] = _attribute(
        AppendOnlyResource, AsyncAppendOnlyResource, r.ATTENDANCE_LOGS
    )
    designations: EntityAttribute[Designation, Designation] = _attribute(
        EntityResource, AsyncEntityResource, r.DESIGNATIONS
    )
    departments: EntityAttribute[Department, Department] = _attribute(
        EntityResource, AsyncEntityResource, r.DEPARTMENTS
    )
    employment_types: EntityAttribute[EmploymentType, EmploymentType] = _attribute(
        EntityResource, AsyncEntityResource, r.EMPLOYMENT_TYPES
    )
    asset_types: EntityAttribute[AssetType, AssetType] = _attribute(
        EntityResource, AsyncEntityResource, r.ASSET_TYPES
    )
    asset_locations: EntityAttribute[AssetLocation, AssetLocation] = _attribute(
        EntityResource, AsyncEntityResource, r.ASSET_LOCATIONS
    )
    asset_storages: EntityAttribute[AssetStorage, AssetStorage] = _attribute(
        EntityResource, AsyncEntityResource, r.ASSET_STORAGES
    )
    employee_assets: EntityAttribute[EmployeeAsset, EmployeeAsset] = _attribute(
        EntityResource, AsyncEntityResource, r.EMPLOYEE_ASSETS
    )
    brands: EntityAttribute[Brand, Brand] = _attribute(
        EntityResource, AsyncEntityResource, r.BRANDS
    )
    unit_templates: EntityAttribute[UnitTemplate, UnitTemplate] = _attribute(
        EntityResource, AsyncEntityResource, r.UNIT_TEMPLATES
    )
    cost_centers: EntityAttribute[CostCenter, CostCenter] = _attribute(
        EntityResource, AsyncEntityResource, r.COST_CENTERS
    )
    payment_gateways: AppendOnlyAttribute[PaymentGateway, PaymentGateway] = _attribute(
        AppendOnlyResource, AsyncAppendOnlyResource, r.PAYMENT_GATEWAYS
    )
    credit_usages: EntityAttribute[CreditUsage, CreditUsage] = _attribute(
        EntityResource, AsyncEntityResource, r.CREDIT_USAGES
    )
    credit_usage_amounts: EntityAttribute[CreditUsageAmount, CreditUsageAmount] = _attribute(
        EntityResource, AsyncEntityResource, r.CREDIT_USAGE_AMOUNTS
    )
    credit_types: EntityAttribute[CreditType, CreditType] = _attribute(
        EntityResource, AsyncEntityResource, r.CREDIT_TYPES
    )
    credit_charges: EntityAttribute[CreditCharge, CreditCharge] = _attribute(
        EntityResource, AsyncEntityResource, r.CREDIT_CHARGES
    )
    packages: EntityAttribute[Package, Package] = _attribute(
        EntityResource, AsyncEntityResource, r.PACKAGES
    )
    package_credit_types: EntityAttribute[PackageCreditType, PackageCreditType] = _attribute(
        EntityResource, AsyncEntityResource, r.PACKAGE_CREDIT_TYPES
    )
    follow_up_statuses: NoEditAttribute[FollowUpStatus, FollowUpStatusView] = _attribute(
        NoEditResource, AsyncNoEditResource, r.FOLLOW_UP_STATUSES
    )
    follow_up_actions: ReadDeleteAttribute[FollowUpAction, FollowUpActionView] = _attribute(
        ReadDeleteResource, AsyncReadDeleteResource, r.FOLLOW_UP_ACTIONS
    )
    purchase_debit_notes: ListCreateAttribute[PurchaseDebitNote] = _attribute(
        ListCreateResource, AsyncListCreateResource, r.PURCHASE_DEBIT_NOTES
    )
    branches: ListOnlyAttribute[Branch] = _attribute(
        ListOnlyResource, AsyncListOnlyResource, r.BRANCHES
    )
