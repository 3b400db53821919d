"""Contains all the data models used in inputs/outputs"""

from .add_result import AddResult
from .client import Client
from .client_type import ClientType
from .deposit import Deposit
from .deposit_type import DepositType
from .discount_type import DiscountType
from .document import Document
from .document_title import DocumentTitle
from .error_response import ErrorResponse
from .flag import Flag
from .gender import Gender
from .invoice import Invoice
from .invoice_add_request import InvoiceAddRequest
from .invoice_bulk_failure import InvoiceBulkFailure
from .invoice_bulk_success import InvoiceBulkSuccess
from .invoice_custom_field import InvoiceCustomField
from .invoice_edit_request import InvoiceEditRequest
from .invoice_input import InvoiceInput
from .invoice_item import InvoiceItem
from .invoice_list_record import InvoiceListRecord
from .invoice_list_response import InvoiceListResponse
from .invoice_payment import InvoicePayment
from .invoice_reminder import InvoiceReminder
from .invoice_type import InvoiceType
from .invoice_view import InvoiceView
from .invoice_view_response import InvoiceViewResponse
from .list_envelope import ListEnvelope
from .operation_result import OperationResult
from .pagination import Pagination
from .payment import Payment
from .payment_record_status import PaymentRecordStatus
from .payment_status import PaymentStatus
from .payment_status_filter import PaymentStatusFilter
from .recursion_level import RecursionLevel
from .requisition_delivery_status import RequisitionDeliveryStatus
from .shipping_display import ShippingDisplay
from .site import Site
from .site_info_data import SiteInfoData
from .site_info_response import SiteInfoResponse
from .sort_direction import SortDirection
from .v2_message import V2Message
from .v2_page_frame import V2PageFrame
from .v2_page_link import V2PageLink
from .v2_save_result import V2SaveResult
from .v2_validation_error import V2ValidationError
from .v2_validation_error_errors import V2ValidationErrorErrors
from .validation_errors import ValidationErrors
from .view_envelope import ViewEnvelope

__all__ = (
    "AddResult",
    "Client",
    "ClientType",
    "Deposit",
    "DepositType",
    "DiscountType",
    "Document",
    "DocumentTitle",
    "ErrorResponse",
    "Flag",
    "Gender",
    "Invoice",
    "InvoiceAddRequest",
    "InvoiceBulkFailure",
    "InvoiceBulkSuccess",
    "InvoiceCustomField",
    "InvoiceEditRequest",
    "InvoiceInput",
    "InvoiceItem",
    "InvoiceListRecord",
    "InvoiceListResponse",
    "InvoicePayment",
    "InvoiceReminder",
    "InvoiceType",
    "InvoiceView",
    "InvoiceViewResponse",
    "ListEnvelope",
    "OperationResult",
    "Pagination",
    "Payment",
    "PaymentRecordStatus",
    "PaymentStatus",
    "PaymentStatusFilter",
    "RecursionLevel",
    "RequisitionDeliveryStatus",
    "ShippingDisplay",
    "Site",
    "SiteInfoData",
    "SiteInfoResponse",
    "SortDirection",
    "V2Message",
    "V2PageFrame",
    "V2PageLink",
    "V2SaveResult",
    "V2ValidationError",
    "V2ValidationErrorErrors",
    "ValidationErrors",
    "ViewEnvelope",
)
