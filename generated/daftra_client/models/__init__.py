"""Contains all the data models used in inputs/outputs"""

from .add_result import AddResult
from .client import Client
from .deposit import Deposit
from .document import Document
from .document_title import DocumentTitle
from .error_response import ErrorResponse
from .error_response_validation_errors import ErrorResponseValidationErrors
from .invoice import Invoice
from .invoice_add_request import InvoiceAddRequest
from .invoice_bulk_failure import InvoiceBulkFailure
from .invoice_bulk_failure_validation_errors import InvoiceBulkFailureValidationErrors
from .invoice_bulk_success import InvoiceBulkSuccess
from .invoice_custom_field import InvoiceCustomField
from .invoice_edit_request import InvoiceEditRequest
from .invoice_item import InvoiceItem
from .invoice_list_record import InvoiceListRecord
from .invoice_list_response import InvoiceListResponse
from .invoice_payment import InvoicePayment
from .invoice_reminder import InvoiceReminder
from .invoice_view import InvoiceView
from .invoice_view_response import InvoiceViewResponse
from .list_envelope import ListEnvelope
from .operation_result import OperationResult
from .pagination import Pagination
from .payment import Payment
from .site import Site
from .site_info_data import SiteInfoData
from .site_info_response import SiteInfoResponse
from .view_envelope import ViewEnvelope

__all__ = (
    "AddResult",
    "Client",
    "Deposit",
    "Document",
    "DocumentTitle",
    "ErrorResponse",
    "ErrorResponseValidationErrors",
    "Invoice",
    "InvoiceAddRequest",
    "InvoiceBulkFailure",
    "InvoiceBulkFailureValidationErrors",
    "InvoiceBulkSuccess",
    "InvoiceCustomField",
    "InvoiceEditRequest",
    "InvoiceItem",
    "InvoiceListRecord",
    "InvoiceListResponse",
    "InvoicePayment",
    "InvoiceReminder",
    "InvoiceView",
    "InvoiceViewResponse",
    "ListEnvelope",
    "OperationResult",
    "Pagination",
    "Payment",
    "Site",
    "SiteInfoData",
    "SiteInfoResponse",
    "ViewEnvelope",
)
