"""The clients: settings, one connection pool, and the resources on top."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, overload

import attrs

from . import resources as r
from ._config import V1_PREFIX, Settings, checked_retries, checked_timeout, resolve_settings
from ._errors import ConfigurationError
from ._flows import arun, run
from ._multi import EntityQuery, MultiEntityResult, app_status_flow, multi_entity_flow
from ._rate_limit import RateLimiter
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
    Resource,
    ResourceSpec,
    SubmitOnlyResource,
)
from ._retries import RetryPolicy
from .resources import AsyncInvoices, AsyncSiteInfo, Invoices, SiteInfo

if TYPE_CHECKING:
    from types import TracebackType

    from daftra_client import AuthenticatedClient
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
        EntityRecord,
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
        WorkflowRecord,
        WorkOrder,
        WorkOrderAppointmentView,
        WorkOrderView,
    )

    from ._transport import AsyncTransport, Transport

R = TypeVar("R")

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 3


class _ResourceSlot(Generic[R]):
    """Declares ``client.<name>``: the resource is built on first access, then kept."""

    def __init__(self, resource_class: type[R], spec: ResourceSpec | None = None) -> None:
        self.resource_class = resource_class
        self.spec = spec
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, client: None, owner: type) -> Self: ...
    @overload
    def __get__(self, client: _ClientBase, owner: type) -> R: ...
    def __get__(self, client: _ClientBase | None, owner: type) -> Self | R:
        if client is None:
            return self
        arguments = (client._transport,) if self.spec is None else (client._transport, self.spec)
        resource = self.resource_class(*arguments)
        client.__dict__[self._name] = resource  # later reads skip the descriptor
        return resource


_CLIENT_DOC = """A client for one Daftra account{flavour}.

Give one kind of credentials: ``api_key`` (sent as the ``apikey`` header), ``token`` (an
OAuth access token, sent as ``Authorization: Bearer``), or ``username``, ``password`` and
``client_secret`` (and ``client_id``, "1" by default), with which the client obtains
tokens itself and renews them when they expire. Daftra refuses a key and a token at
once. Missing arguments come from ``DAFTRA_SUBDOMAIN``/``DAFTRA_BASE_URL`` and
``DAFTRA_API_KEY``/``DAFTRA_TOKEN``/``DAFTRA_USERNAME``, ``DAFTRA_PASSWORD``,
``DAFTRA_CLIENT_ID``, ``DAFTRA_CLIENT_SECRET``. ``base_url`` serves custom domains, accounts on
daftara.com and the local sandbox; it must be https unless it is a loopback address.
Every request has a ``timeout`` (seconds). Failed requests are sent again, up to
``max_retries`` times with exponential backoff and jitter honouring ``Retry-After``,
only when repeating them cannot create a record twice: reads and edits after 5xx,
timeouts and broken connections; any request after a 429 or a refused connection.
``rate_limit`` (requests per second) and ``max_concurrency`` pace every request the
client sends, bulk runs included.
"""


class _ClientBase:
    _transport: Any

    def __init__(
        self,
        subdomain: str | None = None,
        *,
        api_key: str | None = None,
        token: str | None = None,
        username: str | None = None,
        password: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: float | None = None,
        max_concurrency: int | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        self._settings: Settings = resolve_settings(
            subdomain=subdomain,
            api_key=api_key,
            token=token,
            base_url=base_url,
            timeout=timeout,
            username=username,
            password=password,
            client_id=client_id,
            client_secret=client_secret,
        )
        retry = retry_policy or RetryPolicy(attempts=checked_retries(max_retries) + 1)
        limiter = RateLimiter(
            per_second=rate_limit,
            burst=max(1, int(rate_limit or 1)),
            max_concurrency=max_concurrency,
        )
        # httpx is imported by the transport, not at package import, so that
        # `import daftra_facade` stays fast.
        self._transport = self._connect(self._settings, retry, limiter)

    def _connect(self, settings: Settings, retry: RetryPolicy, limiter: RateLimiter) -> Any:
        raise NotImplementedError

    @property
    def base_url(self) -> str:
        """The account's site root; v1 endpoints live under ``base_url + "/api2"``."""
        return self._settings.site_root

    @cached_property
    def raw(self) -> AuthenticatedClient:
        """The generated low-level client (sync and async functions alike), configured
        with this client's account, credentials and timeout, for endpoints or options the
        facade does not cover. Its answers are not checked by the facade."""
        import httpx
        from daftra_client import AuthenticatedClient

        class RawClient(AuthenticatedClient):
            def __repr__(self) -> str:  # the generated repr would show the credential
                return f"RawClient(base_url={self._base_url!r}, token=<hidden>)"

        credentials = self._settings.credentials
        common: dict[str, Any] = {
            "base_url": self._settings.site_root + V1_PREFIX,
            "timeout": httpx.Timeout(self._settings.timeout),
            "raise_on_unexpected_status": True,
            "follow_redirects": False,
        }
        if credentials.api_key:
            return RawClient(
                token=credentials.api_key, prefix="", auth_header_name="apikey", **common
            )
        if credentials.token:
            return RawClient(token=credentials.token, **common)
        raise ConfigurationError(
            "raw needs a fixed credential (api_key or token); with a password grant, build "
            "the generated client yourself with a token from POST /v2/oauth/token"
        )

    def with_options(self, *, timeout: float | None = None, max_retries: int | None = None) -> Self:
        """This client with another timeout (seconds) or number of retries, for the calls
        made through it: ``client.with_options(timeout=120).invoices.bulk_create(...)``.
        It shares the connection pool and the pace of this client; close this one."""
        twin = copy.copy(self)
        # Resources are bound to a transport: the twin builds its own on first use.
        twin.__dict__ = {k: v for k, v in self.__dict__.items() if not isinstance(v, Resource)}
        retry = (
            None
            if max_retries is None
            else attrs.evolve(self._transport.retry, attempts=checked_retries(max_retries) + 1)
        )
        twin._transport = self._transport.derived(
            timeout=None if timeout is None else checked_timeout(timeout), retry=retry
        )
        return twin

    def __repr__(self) -> str:
        auth = self._settings.credentials.kind
        return f"{type(self).__name__}(base_url={self.base_url!r}, auth={auth})"


class Daftra(_ClientBase):
    __doc__ = (
        _CLIENT_DOC.format(flavour="")
        + """
    >>> with Daftra("acme", api_key="...") as client:
    ...     for invoice in client.invoices.iter():
    ...         print(invoice.id)
    """
    )

    site = _ResourceSlot(SiteInfo)
    invoices = _ResourceSlot(Invoices)
    estimates: _ResourceSlot[CrudResource[Invoice, EstimateView]] = _ResourceSlot(
        CrudResource, r.ESTIMATES
    )
    credit_notes: _ResourceSlot[CrudResource[Invoice, CreditNoteView]] = _ResourceSlot(
        CrudResource, r.CREDIT_NOTES
    )
    refund_receipts: _ResourceSlot[CrudResource[Invoice, RefundReceiptView]] = _ResourceSlot(
        CrudResource, r.REFUND_RECEIPTS
    )
    clients: _ResourceSlot[CrudResource[Client, ClientView]] = _ResourceSlot(
        CrudResource, r.CLIENTS
    )
    suppliers: _ResourceSlot[CrudResource[Supplier, SupplierView]] = _ResourceSlot(
        CrudResource, r.SUPPLIERS
    )
    work_orders: _ResourceSlot[CrudResource[WorkOrder, WorkOrderView]] = _ResourceSlot(
        CrudResource, r.WORK_ORDERS
    )
    client_appointments: _ResourceSlot[CrudResource[Appointment, ClientAppointmentView]] = (
        _ResourceSlot(CrudResource, r.CLIENT_APPOINTMENTS)
    )
    invoice_appointments: _ResourceSlot[CrudResource[Appointment, InvoiceAppointmentView]] = (
        _ResourceSlot(CrudResource, r.INVOICE_APPOINTMENTS)
    )
    estimate_appointments: _ResourceSlot[CrudResource[Appointment, EstimateAppointmentView]] = (
        _ResourceSlot(CrudResource, r.ESTIMATE_APPOINTMENTS)
    )
    work_order_appointments: _ResourceSlot[CrudResource[Appointment, WorkOrderAppointmentView]] = (
        _ResourceSlot(CrudResource, r.WORK_ORDER_APPOINTMENTS)
    )
    time_tracking: _ResourceSlot[CrudResource[TimeTracking, TimeTrackingView]] = _ResourceSlot(
        CrudResource, r.TIME_TRACKING
    )
    client_payments: _ResourceSlot[CrudResource[ClientPayment, ClientPaymentView]] = _ResourceSlot(
        CrudResource, r.CLIENT_PAYMENTS
    )
    products: _ResourceSlot[CrudResource[Product, ProductView]] = _ResourceSlot(
        CrudResource, r.PRODUCTS
    )
    incomes: _ResourceSlot[CrudResource[CashTransaction, IncomeView]] = _ResourceSlot(
        CrudResource, r.INCOMES
    )
    expenses: _ResourceSlot[CrudResource[CashTransaction, ExpenseView]] = _ResourceSlot(
        CrudResource, r.EXPENSES
    )
    journals: _ResourceSlot[CrudResource[Journal, JournalView]] = _ResourceSlot(
        CrudResource, r.JOURNALS
    )
    journal_accounts: _ResourceSlot[CrudResource[JournalAccount, JournalAccountView]] = (
        _ResourceSlot(CrudResource, r.JOURNAL_ACCOUNTS)
    )
    journal_cats: _ResourceSlot[CrudResource[JournalCat, JournalCatView]] = _ResourceSlot(
        CrudResource, r.JOURNAL_CATS
    )
    purchase_invoices: _ResourceSlot[CrudResource[PurchaseOrder, PurchaseOrderView]] = (
        _ResourceSlot(CrudResource, r.PURCHASE_INVOICES)
    )
    purchase_refunds: _ResourceSlot[CrudResource[PurchaseOrder, PurchaseRefundView]] = (
        _ResourceSlot(CrudResource, r.PURCHASE_REFUNDS)
    )
    taxes: _ResourceSlot[CrudResource[Tax, TaxView]] = _ResourceSlot(CrudResource, r.TAXES)
    stock_transactions: _ResourceSlot[CrudResource[StockTransaction, StockTransactionView]] = (
        _ResourceSlot(CrudResource, r.STOCK_TRANSACTIONS)
    )
    stores: _ResourceSlot[CrudResource[Store, StoreView]] = _ResourceSlot(CrudResource, r.STORES)
    requisitions: _ResourceSlot[CrudResource[Requisition, RequisitionView]] = _ResourceSlot(
        CrudResource, r.REQUISITIONS
    )
    treasuries: _ResourceSlot[CrudResource[Treasury, TreasuryView]] = _ResourceSlot(
        CrudResource, r.TREASURIES
    )
    product_categories: _ResourceSlot[ReadOnlyResource[ProductCategory, ProductCategoryView]] = (
        _ResourceSlot(ReadOnlyResource, r.PRODUCT_CATEGORIES)
    )
    staff: _ResourceSlot[ReadOnlyResource[Staff, StaffView]] = _ResourceSlot(
        ReadOnlyResource, r.STAFF
    )
    notes = _ResourceSlot(r.Notes)
    invoice_payments = _ResourceSlot(r.InvoicePayments)
    bookings = _ResourceSlot(r.Bookings)
    advance_payments = _ResourceSlot(r.AdvancePayments)
    general_listing = _ResourceSlot(r.GeneralListing)
    client_attendance_logs = _ResourceSlot(SubmitOnlyResource, r.CLIENT_ATTENDANCE_LOGS)
    leave_applications: _ResourceSlot[EntityResource[LeaveApplication, LeaveApplication]] = (
        _ResourceSlot(EntityResource, r.LEAVE_APPLICATIONS)
    )
    attendance_logs: _ResourceSlot[AppendOnlyResource[AttendanceLog, AttendanceLog]] = (
        _ResourceSlot(AppendOnlyResource, r.ATTENDANCE_LOGS)
    )
    designations: _ResourceSlot[EntityResource[Designation, Designation]] = _ResourceSlot(
        EntityResource, r.DESIGNATIONS
    )
    departments: _ResourceSlot[EntityResource[Department, Department]] = _ResourceSlot(
        EntityResource, r.DEPARTMENTS
    )
    employment_types: _ResourceSlot[EntityResource[EmploymentType, EmploymentType]] = _ResourceSlot(
        EntityResource, r.EMPLOYMENT_TYPES
    )
    asset_types: _ResourceSlot[EntityResource[AssetType, AssetType]] = _ResourceSlot(
        EntityResource, r.ASSET_TYPES
    )
    asset_locations: _ResourceSlot[EntityResource[AssetLocation, AssetLocation]] = _ResourceSlot(
        EntityResource, r.ASSET_LOCATIONS
    )
    asset_storages: _ResourceSlot[EntityResource[AssetStorage, AssetStorage]] = _ResourceSlot(
        EntityResource, r.ASSET_STORAGES
    )
    employee_assets: _ResourceSlot[EntityResource[EmployeeAsset, EmployeeAsset]] = _ResourceSlot(
        EntityResource, r.EMPLOYEE_ASSETS
    )
    brands: _ResourceSlot[EntityResource[Brand, Brand]] = _ResourceSlot(EntityResource, r.BRANDS)
    unit_templates: _ResourceSlot[EntityResource[UnitTemplate, UnitTemplate]] = _ResourceSlot(
        EntityResource, r.UNIT_TEMPLATES
    )
    cost_centers: _ResourceSlot[EntityResource[CostCenter, CostCenter]] = _ResourceSlot(
        EntityResource, r.COST_CENTERS
    )
    payment_gateways: _ResourceSlot[AppendOnlyResource[PaymentGateway, PaymentGateway]] = (
        _ResourceSlot(AppendOnlyResource, r.PAYMENT_GATEWAYS)
    )
    credit_usages: _ResourceSlot[EntityResource[CreditUsage, CreditUsage]] = _ResourceSlot(
        EntityResource, r.CREDIT_USAGES
    )
    credit_usage_amounts: _ResourceSlot[EntityResource[CreditUsageAmount, CreditUsageAmount]] = (
        _ResourceSlot(EntityResource, r.CREDIT_USAGE_AMOUNTS)
    )
    credit_types: _ResourceSlot[EntityResource[CreditType, CreditType]] = _ResourceSlot(
        EntityResource, r.CREDIT_TYPES
    )
    credit_charges: _ResourceSlot[EntityResource[CreditCharge, CreditCharge]] = _ResourceSlot(
        EntityResource, r.CREDIT_CHARGES
    )
    packages: _ResourceSlot[EntityResource[Package, Package]] = _ResourceSlot(
        EntityResource, r.PACKAGES
    )
    package_credit_types: _ResourceSlot[EntityResource[PackageCreditType, PackageCreditType]] = (
        _ResourceSlot(EntityResource, r.PACKAGE_CREDIT_TYPES)
    )
    follow_up_statuses: _ResourceSlot[NoEditResource[FollowUpStatus, FollowUpStatusView]] = (
        _ResourceSlot(NoEditResource, r.FOLLOW_UP_STATUSES)
    )
    follow_up_actions: _ResourceSlot[ReadDeleteResource[FollowUpAction, FollowUpActionView]] = (
        _ResourceSlot(ReadDeleteResource, r.FOLLOW_UP_ACTIONS)
    )
    purchase_debit_notes: _ResourceSlot[ListCreateResource[PurchaseDebitNote]] = _ResourceSlot(
        ListCreateResource, r.PURCHASE_DEBIT_NOTES
    )
    branches: _ResourceSlot[ListOnlyResource[Branch]] = _ResourceSlot(ListOnlyResource, r.BRANCHES)
    product_bundles = _ResourceSlot(SubmitOnlyResource, r.PRODUCT_BUNDLES)

    _transport: Transport

    def _connect(self, settings: Settings, retry: RetryPolicy, limiter: RateLimiter) -> Transport:
        from ._transport import Transport

        return Transport(settings, retry, limiter)

    def workflow(self, workflow_id: int) -> EntityResource[WorkflowRecord, WorkflowRecord]:
        """The records of one workflow type (Daftra's ``le_workflow-type-entity-<id>``)."""
        return EntityResource(self._transport, r.workflow_records(workflow_id))

    def entity(self, name: str) -> ListOnlyResource[EntityRecord]:
        """Any v2 entity by name, to list with filters: ``client.entity("invoice").iter(
        query=where(field("type").in_([0, 5])))``."""
        return ListOnlyResource(self._transport, r.entity_records(name))

    def multi_entity(self, queries: Sequence[EntityQuery]) -> MultiEntityResult:
        """Several v2 reads in one request; each query's outcome by its alias."""
        return run(multi_entity_flow(queries), self._transport)

    def app_is_active(self, app_id: int) -> bool:
        """Whether a Developer Portal app is active on this account."""
        return run(app_status_flow(app_id), self._transport)

    def close(self) -> None:
        """Close the connection pools."""
        self._transport.close()
        raw = self.__dict__.get("raw")
        if raw is not None:
            raw.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncDaftra(_ClientBase):
    __doc__ = (
        _CLIENT_DOC.format(flavour=", for asyncio")
        + """
    >>> async with AsyncDaftra("acme", api_key="...") as client:
    ...     async for invoice in client.invoices.iter():
    ...         print(invoice.id)
    """
    )

    site = _ResourceSlot(AsyncSiteInfo)
    invoices = _ResourceSlot(AsyncInvoices)
    estimates: _ResourceSlot[AsyncCrudResource[Invoice, EstimateView]] = _ResourceSlot(
        AsyncCrudResource, r.ESTIMATES
    )
    credit_notes: _ResourceSlot[AsyncCrudResource[Invoice, CreditNoteView]] = _ResourceSlot(
        AsyncCrudResource, r.CREDIT_NOTES
    )
    refund_receipts: _ResourceSlot[AsyncCrudResource[Invoice, RefundReceiptView]] = _ResourceSlot(
        AsyncCrudResource, r.REFUND_RECEIPTS
    )
    clients: _ResourceSlot[AsyncCrudResource[Client, ClientView]] = _ResourceSlot(
        AsyncCrudResource, r.CLIENTS
    )
    suppliers: _ResourceSlot[AsyncCrudResource[Supplier, SupplierView]] = _ResourceSlot(
        AsyncCrudResource, r.SUPPLIERS
    )
    work_orders: _ResourceSlot[AsyncCrudResource[WorkOrder, WorkOrderView]] = _ResourceSlot(
        AsyncCrudResource, r.WORK_ORDERS
    )
    client_appointments: _ResourceSlot[AsyncCrudResource[Appointment, ClientAppointmentView]] = (
        _ResourceSlot(AsyncCrudResource, r.CLIENT_APPOINTMENTS)
    )
    invoice_appointments: _ResourceSlot[AsyncCrudResource[Appointment, InvoiceAppointmentView]] = (
        _ResourceSlot(AsyncCrudResource, r.INVOICE_APPOINTMENTS)
    )
    estimate_appointments: _ResourceSlot[
        AsyncCrudResource[Appointment, EstimateAppointmentView]
    ] = _ResourceSlot(AsyncCrudResource, r.ESTIMATE_APPOINTMENTS)
    work_order_appointments: _ResourceSlot[
        AsyncCrudResource[Appointment, WorkOrderAppointmentView]
    ] = _ResourceSlot(AsyncCrudResource, r.WORK_ORDER_APPOINTMENTS)
    time_tracking: _ResourceSlot[AsyncCrudResource[TimeTracking, TimeTrackingView]] = _ResourceSlot(
        AsyncCrudResource, r.TIME_TRACKING
    )
    client_payments: _ResourceSlot[AsyncCrudResource[ClientPayment, ClientPaymentView]] = (
        _ResourceSlot(AsyncCrudResource, r.CLIENT_PAYMENTS)
    )
    products: _ResourceSlot[AsyncCrudResource[Product, ProductView]] = _ResourceSlot(
        AsyncCrudResource, r.PRODUCTS
    )
    incomes: _ResourceSlot[AsyncCrudResource[CashTransaction, IncomeView]] = _ResourceSlot(
        AsyncCrudResource, r.INCOMES
    )
    expenses: _ResourceSlot[AsyncCrudResource[CashTransaction, ExpenseView]] = _ResourceSlot(
        AsyncCrudResource, r.EXPENSES
    )
    journals: _ResourceSlot[AsyncCrudResource[Journal, JournalView]] = _ResourceSlot(
        AsyncCrudResource, r.JOURNALS
    )
    journal_accounts: _ResourceSlot[AsyncCrudResource[JournalAccount, JournalAccountView]] = (
        _ResourceSlot(AsyncCrudResource, r.JOURNAL_ACCOUNTS)
    )
    journal_cats: _ResourceSlot[AsyncCrudResource[JournalCat, JournalCatView]] = _ResourceSlot(
        AsyncCrudResource, r.JOURNAL_CATS
    )
    purchase_invoices: _ResourceSlot[AsyncCrudResource[PurchaseOrder, PurchaseOrderView]] = (
        _ResourceSlot(AsyncCrudResource, r.PURCHASE_INVOICES)
    )
    purchase_refunds: _ResourceSlot[AsyncCrudResource[PurchaseOrder, PurchaseRefundView]] = (
        _ResourceSlot(AsyncCrudResource, r.PURCHASE_REFUNDS)
    )
    taxes: _ResourceSlot[AsyncCrudResource[Tax, TaxView]] = _ResourceSlot(
        AsyncCrudResource, r.TAXES
    )
    stock_transactions: _ResourceSlot[AsyncCrudResource[StockTransaction, StockTransactionView]] = (
        _ResourceSlot(AsyncCrudResource, r.STOCK_TRANSACTIONS)
    )
    stores: _ResourceSlot[AsyncCrudResource[Store, StoreView]] = _ResourceSlot(
        AsyncCrudResource, r.STORES
    )
    requisitions: _ResourceSlot[AsyncCrudResource[Requisition, RequisitionView]] = _ResourceSlot(
        AsyncCrudResource, r.REQUISITIONS
    )
    treasuries: _ResourceSlot[AsyncCrudResource[Treasury, TreasuryView]] = _ResourceSlot(
        AsyncCrudResource, r.TREASURIES
    )
    product_categories: _ResourceSlot[
        AsyncReadOnlyResource[ProductCategory, ProductCategoryView]
    ] = _ResourceSlot(AsyncReadOnlyResource, r.PRODUCT_CATEGORIES)
    staff: _ResourceSlot[AsyncReadOnlyResource[Staff, StaffView]] = _ResourceSlot(
        AsyncReadOnlyResource, r.STAFF
    )
    notes = _ResourceSlot(r.AsyncNotes)
    invoice_payments = _ResourceSlot(r.AsyncInvoicePayments)
    bookings = _ResourceSlot(r.AsyncBookings)
    advance_payments = _ResourceSlot(r.AsyncAdvancePayments)
    general_listing = _ResourceSlot(r.AsyncGeneralListing)
    client_attendance_logs = _ResourceSlot(AsyncSubmitOnlyResource, r.CLIENT_ATTENDANCE_LOGS)
    leave_applications: _ResourceSlot[AsyncEntityResource[LeaveApplication, LeaveApplication]] = (
        _ResourceSlot(AsyncEntityResource, r.LEAVE_APPLICATIONS)
    )
    attendance_logs: _ResourceSlot[AsyncAppendOnlyResource[AttendanceLog, AttendanceLog]] = (
        _ResourceSlot(AsyncAppendOnlyResource, r.ATTENDANCE_LOGS)
    )
    designations: _ResourceSlot[AsyncEntityResource[Designation, Designation]] = _ResourceSlot(
        AsyncEntityResource, r.DESIGNATIONS
    )
    departments: _ResourceSlot[AsyncEntityResource[Department, Department]] = _ResourceSlot(
        AsyncEntityResource, r.DEPARTMENTS
    )
    employment_types: _ResourceSlot[AsyncEntityResource[EmploymentType, EmploymentType]] = (
        _ResourceSlot(AsyncEntityResource, r.EMPLOYMENT_TYPES)
    )
    asset_types: _ResourceSlot[AsyncEntityResource[AssetType, AssetType]] = _ResourceSlot(
        AsyncEntityResource, r.ASSET_TYPES
    )
    asset_locations: _ResourceSlot[AsyncEntityResource[AssetLocation, AssetLocation]] = (
        _ResourceSlot(AsyncEntityResource, r.ASSET_LOCATIONS)
    )
    asset_storages: _ResourceSlot[AsyncEntityResource[AssetStorage, AssetStorage]] = _ResourceSlot(
        AsyncEntityResource, r.ASSET_STORAGES
    )
    employee_assets: _ResourceSlot[AsyncEntityResource[EmployeeAsset, EmployeeAsset]] = (
        _ResourceSlot(AsyncEntityResource, r.EMPLOYEE_ASSETS)
    )
    brands: _ResourceSlot[AsyncEntityResource[Brand, Brand]] = _ResourceSlot(
        AsyncEntityResource, r.BRANDS
    )
    unit_templates: _ResourceSlot[AsyncEntityResource[UnitTemplate, UnitTemplate]] = _ResourceSlot(
        AsyncEntityResource, r.UNIT_TEMPLATES
    )
    cost_centers: _ResourceSlot[AsyncEntityResource[CostCenter, CostCenter]] = _ResourceSlot(
        AsyncEntityResource, r.COST_CENTERS
    )
    payment_gateways: _ResourceSlot[AsyncAppendOnlyResource[PaymentGateway, PaymentGateway]] = (
        _ResourceSlot(AsyncAppendOnlyResource, r.PAYMENT_GATEWAYS)
    )
    credit_usages: _ResourceSlot[AsyncEntityResource[CreditUsage, CreditUsage]] = _ResourceSlot(
        AsyncEntityResource, r.CREDIT_USAGES
    )
    credit_usage_amounts: _ResourceSlot[
        AsyncEntityResource[CreditUsageAmount, CreditUsageAmount]
    ] = _ResourceSlot(AsyncEntityResource, r.CREDIT_USAGE_AMOUNTS)
    credit_types: _ResourceSlot[AsyncEntityResource[CreditType, CreditType]] = _ResourceSlot(
        AsyncEntityResource, r.CREDIT_TYPES
    )
    credit_charges: _ResourceSlot[AsyncEntityResource[CreditCharge, CreditCharge]] = _ResourceSlot(
        AsyncEntityResource, r.CREDIT_CHARGES
    )
    packages: _ResourceSlot[AsyncEntityResource[Package, Package]] = _ResourceSlot(
        AsyncEntityResource, r.PACKAGES
    )
    package_credit_types: _ResourceSlot[
        AsyncEntityResource[PackageCreditType, PackageCreditType]
    ] = _ResourceSlot(AsyncEntityResource, r.PACKAGE_CREDIT_TYPES)
    follow_up_statuses: _ResourceSlot[AsyncNoEditResource[FollowUpStatus, FollowUpStatusView]] = (
        _ResourceSlot(AsyncNoEditResource, r.FOLLOW_UP_STATUSES)
    )
    follow_up_actions: _ResourceSlot[
        AsyncReadDeleteResource[FollowUpAction, FollowUpActionView]
    ] = _ResourceSlot(AsyncReadDeleteResource, r.FOLLOW_UP_ACTIONS)
    purchase_debit_notes: _ResourceSlot[AsyncListCreateResource[PurchaseDebitNote]] = _ResourceSlot(
        AsyncListCreateResource, r.PURCHASE_DEBIT_NOTES
    )
    branches: _ResourceSlot[AsyncListOnlyResource[Branch]] = _ResourceSlot(
        AsyncListOnlyResource, r.BRANCHES
    )
    product_bundles = _ResourceSlot(AsyncSubmitOnlyResource, r.PRODUCT_BUNDLES)

    _transport: AsyncTransport

    def _connect(
        self, settings: Settings, retry: RetryPolicy, limiter: RateLimiter
    ) -> AsyncTransport:
        from ._transport import AsyncTransport

        return AsyncTransport(settings, retry, limiter)

    def workflow(self, workflow_id: int) -> AsyncEntityResource[WorkflowRecord, WorkflowRecord]:
        """The records of one workflow type (Daftra's ``le_workflow-type-entity-<id>``)."""
        return AsyncEntityResource(self._transport, r.workflow_records(workflow_id))

    def entity(self, name: str) -> AsyncListOnlyResource[EntityRecord]:
        """Any v2 entity by name, to list with filters."""
        return AsyncListOnlyResource(self._transport, r.entity_records(name))

    async def multi_entity(self, queries: Sequence[EntityQuery]) -> MultiEntityResult:
        """Several v2 reads in one request; each query's outcome by its alias."""
        return await arun(multi_entity_flow(queries), self._transport)

    async def app_is_active(self, app_id: int) -> bool:
        """Whether a Developer Portal app is active on this account."""
        return await arun(app_status_flow(app_id), self._transport)

    async def aclose(self) -> None:
        """Close the connection pools."""
        await self._transport.close()
        raw = self.__dict__.get("raw")
        if raw is not None:
            await raw.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()
