"""Contains all the data models used in inputs/outputs"""

from .access_token import AccessToken
from .access_token_request import AccessTokenRequest
from .add_result import AddResult
from .advance_payment_add_request import AdvancePaymentAddRequest
from .advance_payment_branch import AdvancePaymentBranch
from .advance_payment_client import AdvancePaymentClient
from .advance_payment_input import AdvancePaymentInput
from .advance_payment_layout import AdvancePaymentLayout
from .advance_payment_line import AdvancePaymentLine
from .advance_payment_page import AdvancePaymentPage
from .advance_payment_payment import AdvancePaymentPayment
from .advance_payment_payment_row import AdvancePaymentPaymentRow
from .advance_payment_record import AdvancePaymentRecord
from .advance_payment_store import AdvancePaymentStore
from .advance_payment_type import AdvancePaymentType
from .app_status import AppStatus
from .appointment import Appointment
from .appointment_input import AppointmentInput
from .appointment_item_type import AppointmentItemType
from .appointment_partner_type import AppointmentPartnerType
from .appointment_status import AppointmentStatus
from .asset_location import AssetLocation
from .asset_location_input import AssetLocationInput
from .asset_location_page import AssetLocationPage
from .asset_storage import AssetStorage
from .asset_storage_input import AssetStorageInput
from .asset_storage_page import AssetStoragePage
from .asset_type import AssetType
from .asset_type_input import AssetTypeInput
from .asset_type_page import AssetTypePage
from .attendance_log import AttendanceLog
from .attendance_log_input import AttendanceLogInput
from .attendance_log_page import AttendanceLogPage
from .booking import Booking
from .booking_add_request import BookingAddRequest
from .booking_input import BookingInput
from .booking_invoice_result import BookingInvoiceResult
from .booking_item import BookingItem
from .booking_page import BookingPage
from .booking_record import BookingRecord
from .booking_result import BookingResult
from .booking_status import BookingStatus
from .branch import Branch
from .branch_list_record import BranchListRecord
from .branch_list_response import BranchListResponse
from .brand import Brand
from .brand_input import BrandInput
from .brand_page import BrandPage
from .cash_transaction import CashTransaction
from .client import Client
from .client_add_request import ClientAddRequest
from .client_appointment_add_request import ClientAppointmentAddRequest
from .client_appointment_edit_request import ClientAppointmentEditRequest
from .client_appointment_list_record import ClientAppointmentListRecord
from .client_appointment_list_response import ClientAppointmentListResponse
from .client_appointment_view import ClientAppointmentView
from .client_appointment_view_response import ClientAppointmentViewResponse
from .client_attendance import ClientAttendance
from .client_attendance_add_request import ClientAttendanceAddRequest
from .client_attendance_input import ClientAttendanceInput
from .client_edit_request import ClientEditRequest
from .client_list_record import ClientListRecord
from .client_list_response import ClientListResponse
from .client_payment import ClientPayment
from .client_payment_add_request import ClientPaymentAddRequest
from .client_payment_edit_request import ClientPaymentEditRequest
from .client_payment_list_record import ClientPaymentListRecord
from .client_payment_list_response import ClientPaymentListResponse
from .client_payment_view import ClientPaymentView
from .client_payment_view_response import ClientPaymentViewResponse
from .client_type import ClientType
from .client_view import ClientView
from .client_view_response import ClientViewResponse
from .cost_center import CostCenter
from .cost_center_input import CostCenterInput
from .cost_center_page import CostCenterPage
from .credit_charge import CreditCharge
from .credit_charge_input import CreditChargeInput
from .credit_charge_page import CreditChargePage
from .credit_note_add_request import CreditNoteAddRequest
from .credit_note_edit_request import CreditNoteEditRequest
from .credit_note_list_record import CreditNoteListRecord
from .credit_note_list_response import CreditNoteListResponse
from .credit_note_view import CreditNoteView
from .credit_note_view_response import CreditNoteViewResponse
from .credit_type import CreditType
from .credit_type_input import CreditTypeInput
from .credit_type_page import CreditTypePage
from .credit_usage import CreditUsage
from .credit_usage_amount import CreditUsageAmount
from .credit_usage_amount_input import CreditUsageAmountInput
from .credit_usage_amount_page import CreditUsageAmountPage
from .credit_usage_input import CreditUsageInput
from .credit_usage_page import CreditUsagePage
from .department import Department
from .department_input import DepartmentInput
from .department_manager import DepartmentManager
from .department_page import DepartmentPage
from .deposit import Deposit
from .deposit_type import DepositType
from .designation import Designation
from .designation_input import DesignationInput
from .designation_page import DesignationPage
from .discount_type import DiscountType
from .document import Document
from .document_line import DocumentLine
from .document_title import DocumentTitle
from .employee_asset import EmployeeAsset
from .employee_asset_asset_unit_type_0 import EmployeeAssetAssetUnitType0
from .employee_asset_attachments_type_0_item import EmployeeAssetAttachmentsType0Item
from .employee_asset_employee_type_0 import EmployeeAssetEmployeeType0
from .employee_asset_file import EmployeeAssetFile
from .employee_asset_input import EmployeeAssetInput
from .employee_asset_page import EmployeeAssetPage
from .employee_asset_page_payload import EmployeeAssetPagePayload
from .employee_asset_pagination import EmployeeAssetPagination
from .employee_asset_permissions import EmployeeAssetPermissions
from .employee_asset_storage_type_0 import EmployeeAssetStorageType0
from .employee_asset_used_by import EmployeeAssetUsedBy
from .employee_asset_view import EmployeeAssetView
from .employee_asset_view_payload import EmployeeAssetViewPayload
from .employment_type import EmploymentType
from .employment_type_input import EmploymentTypeInput
from .employment_type_page import EmploymentTypePage
from .entity_branch import EntityBranch
from .entity_named_ref import EntityNamedRef
from .entity_record import EntityRecord
from .entity_record_page import EntityRecordPage
from .entity_staff import EntityStaff
from .entity_staff_staff_custom_data import EntityStaffStaffCustomData
from .entity_staff_staff_info import EntityStaffStaffInfo
from .entity_staff_staff_job import EntityStaffStaffJob
from .error_response import ErrorResponse
from .estimate_add_request import EstimateAddRequest
from .estimate_appointment_add_request import EstimateAppointmentAddRequest
from .estimate_appointment_edit_request import EstimateAppointmentEditRequest
from .estimate_appointment_list_record import EstimateAppointmentListRecord
from .estimate_appointment_list_response import EstimateAppointmentListResponse
from .estimate_appointment_view import EstimateAppointmentView
from .estimate_appointment_view_response import EstimateAppointmentViewResponse
from .estimate_edit_request import EstimateEditRequest
from .estimate_list_record import EstimateListRecord
from .estimate_list_response import EstimateListResponse
from .estimate_view import EstimateView
from .estimate_view_response import EstimateViewResponse
from .expense_add_request import ExpenseAddRequest
from .expense_edit_request import ExpenseEditRequest
from .expense_list_record import ExpenseListRecord
from .expense_list_response import ExpenseListResponse
from .expense_view import ExpenseView
from .expense_view_response import ExpenseViewResponse
from .flag import Flag
from .follow_up_action import FollowUpAction
from .follow_up_action_list_record import FollowUpActionListRecord
from .follow_up_action_list_response import FollowUpActionListResponse
from .follow_up_action_view import FollowUpActionView
from .follow_up_action_view_response import FollowUpActionViewResponse
from .follow_up_status import FollowUpStatus
from .follow_up_status_input import FollowUpStatusInput
from .follow_up_status_item_type import FollowUpStatusItemType
from .follow_up_status_page import FollowUpStatusPage
from .follow_up_status_state import FollowUpStatusState
from .follow_up_status_view import FollowUpStatusView
from .follow_up_status_view_response import FollowUpStatusViewResponse
from .gender import Gender
from .general_listing import GeneralListing
from .general_listing_data import GeneralListingData
from .general_listing_response import GeneralListingResponse
from .income_add_request import IncomeAddRequest
from .income_edit_request import IncomeEditRequest
from .income_list_record import IncomeListRecord
from .income_list_response import IncomeListResponse
from .income_view import IncomeView
from .income_view_response import IncomeViewResponse
from .invoice import Invoice
from .invoice_add_request import InvoiceAddRequest
from .invoice_appointment_add_request import InvoiceAppointmentAddRequest
from .invoice_appointment_edit_request import InvoiceAppointmentEditRequest
from .invoice_appointment_list_record import InvoiceAppointmentListRecord
from .invoice_appointment_list_response import InvoiceAppointmentListResponse
from .invoice_appointment_view import InvoiceAppointmentView
from .invoice_appointment_view_response import InvoiceAppointmentViewResponse
from .invoice_bulk_failure import InvoiceBulkFailure
from .invoice_bulk_success import InvoiceBulkSuccess
from .invoice_custom_field import InvoiceCustomField
from .invoice_edit_request import InvoiceEditRequest
from .invoice_input import InvoiceInput
from .invoice_item import InvoiceItem
from .invoice_list_record import InvoiceListRecord
from .invoice_list_response import InvoiceListResponse
from .invoice_payment import InvoicePayment
from .invoice_payment_add_request import InvoicePaymentAddRequest
from .invoice_payment_edit_request import InvoicePaymentEditRequest
from .invoice_payment_input import InvoicePaymentInput
from .invoice_payment_list_record import InvoicePaymentListRecord
from .invoice_payment_list_response import InvoicePaymentListResponse
from .invoice_payment_view import InvoicePaymentView
from .invoice_payment_view_response import InvoicePaymentViewResponse
from .invoice_reminder import InvoiceReminder
from .invoice_tax import InvoiceTax
from .invoice_type import InvoiceType
from .invoice_view import InvoiceView
from .invoice_view_response import InvoiceViewResponse
from .journal import Journal
from .journal_account import JournalAccount
from .journal_account_add_request import JournalAccountAddRequest
from .journal_account_edit_request import JournalAccountEditRequest
from .journal_account_entity_type import JournalAccountEntityType
from .journal_account_input import JournalAccountInput
from .journal_account_list_record import JournalAccountListRecord
from .journal_account_list_response import JournalAccountListResponse
from .journal_account_type import JournalAccountType
from .journal_account_view import JournalAccountView
from .journal_account_view_response import JournalAccountViewResponse
from .journal_add_request import JournalAddRequest
from .journal_cat import JournalCat
from .journal_cat_add_request import JournalCatAddRequest
from .journal_cat_edit_request import JournalCatEditRequest
from .journal_cat_input import JournalCatInput
from .journal_cat_list_record import JournalCatListRecord
from .journal_cat_list_response import JournalCatListResponse
from .journal_cat_view import JournalCatView
from .journal_cat_view_response import JournalCatViewResponse
from .journal_edit_request import JournalEditRequest
from .journal_entity_type import JournalEntityType
from .journal_input import JournalInput
from .journal_list_record import JournalListRecord
from .journal_list_response import JournalListResponse
from .journal_transaction import JournalTransaction
from .journal_transaction_input import JournalTransactionInput
from .journal_view import JournalView
from .journal_view_response import JournalViewResponse
from .leave_application import LeaveApplication
from .leave_application_input import LeaveApplicationInput
from .leave_application_page import LeaveApplicationPage
from .list_envelope import ListEnvelope
from .multi_entity_action import MultiEntityAction
from .multi_entity_filters import MultiEntityFilters
from .multi_entity_query import MultiEntityQuery
from .multi_entity_response import MultiEntityResponse
from .multi_entity_response_additional_property import (
    MultiEntityResponseAdditionalProperty,
)
from .note import Note
from .note_add_request import NoteAddRequest
from .note_edit_request import NoteEditRequest
from .note_list_record import NoteListRecord
from .note_list_response import NoteListResponse
from .note_view import NoteView
from .note_view_response import NoteViewResponse
from .operation_result import OperationResult
from .package import Package
from .package_credit_type import PackageCreditType
from .package_credit_type_input import PackageCreditTypeInput
from .package_credit_type_page import PackageCreditTypePage
from .package_input import PackageInput
from .package_page import PackagePage
from .package_period_unit import PackagePeriodUnit
from .package_type import PackageType
from .pagination import Pagination
from .payment import Payment
from .payment_gateway import PaymentGateway
from .payment_gateway_input import PaymentGatewayInput
from .payment_gateway_input_settings_type_0 import PaymentGatewayInputSettingsType0
from .payment_gateway_page import PaymentGatewayPage
from .payment_gateway_settings_type_0 import PaymentGatewaySettingsType0
from .payment_record_status import PaymentRecordStatus
from .payment_status import PaymentStatus
from .payment_status_filter import PaymentStatusFilter
from .product import Product
from .product_add_request import ProductAddRequest
from .product_bundle import ProductBundle
from .product_bundle_input import ProductBundleInput
from .product_category import ProductCategory
from .product_category_list_record import ProductCategoryListRecord
from .product_category_list_response import ProductCategoryListResponse
from .product_category_type import ProductCategoryType
from .product_category_view import ProductCategoryView
from .product_category_view_response import ProductCategoryViewResponse
from .product_edit_request import ProductEditRequest
from .product_image import ProductImage
from .product_list_record import ProductListRecord
from .product_list_response import ProductListResponse
from .product_status import ProductStatus
from .product_type import ProductType
from .product_view import ProductView
from .product_view_response import ProductViewResponse
from .purchase_debit_note import PurchaseDebitNote
from .purchase_debit_note_custom_field import PurchaseDebitNoteCustomField
from .purchase_debit_note_input import PurchaseDebitNoteInput
from .purchase_debit_note_input_purchase_order_custom_field import (
    PurchaseDebitNoteInputPurchaseOrderCustomField,
)
from .purchase_debit_note_input_summary_total import PurchaseDebitNoteInputSummaryTotal
from .purchase_debit_note_item import PurchaseDebitNoteItem
from .purchase_debit_note_page import PurchaseDebitNotePage
from .purchase_debit_note_purchase_order_custom_field import (
    PurchaseDebitNotePurchaseOrderCustomField,
)
from .purchase_debit_note_summary_total import PurchaseDebitNoteSummaryTotal
from .purchase_order import PurchaseOrder
from .purchase_order_add_request import PurchaseOrderAddRequest
from .purchase_order_custom_field import PurchaseOrderCustomField
from .purchase_order_edit_request import PurchaseOrderEditRequest
from .purchase_order_item import PurchaseOrderItem
from .purchase_order_list_record import PurchaseOrderListRecord
from .purchase_order_list_response import PurchaseOrderListResponse
from .purchase_order_payment import PurchaseOrderPayment
from .purchase_order_supplier import PurchaseOrderSupplier
from .purchase_order_tax import PurchaseOrderTax
from .purchase_order_view import PurchaseOrderView
from .purchase_order_view_response import PurchaseOrderViewResponse
from .purchase_order_view_staff_type_0 import PurchaseOrderViewStaffType0
from .purchase_refund_add_request import PurchaseRefundAddRequest
from .purchase_refund_edit_request import PurchaseRefundEditRequest
from .purchase_refund_list_record import PurchaseRefundListRecord
from .purchase_refund_list_response import PurchaseRefundListResponse
from .purchase_refund_view import PurchaseRefundView
from .purchase_refund_view_response import PurchaseRefundViewResponse
from .recursion_level import RecursionLevel
from .refund_receipt_add_request import RefundReceiptAddRequest
from .refund_receipt_edit_request import RefundReceiptEditRequest
from .refund_receipt_list_record import RefundReceiptListRecord
from .refund_receipt_list_response import RefundReceiptListResponse
from .refund_receipt_view import RefundReceiptView
from .refund_receipt_view_response import RefundReceiptViewResponse
from .requisition import Requisition
from .requisition_add_request import RequisitionAddRequest
from .requisition_delivery_status import RequisitionDeliveryStatus
from .requisition_edit_request import RequisitionEditRequest
from .requisition_input import RequisitionInput
from .requisition_item import RequisitionItem
from .requisition_list_record import RequisitionListRecord
from .requisition_list_response import RequisitionListResponse
from .requisition_view import RequisitionView
from .requisition_view_response import RequisitionViewResponse
from .requisition_write import RequisitionWrite
from .shipping_display import ShippingDisplay
from .site import Site
from .site_info_data import SiteInfoData
from .site_info_response import SiteInfoResponse
from .sort_direction import SortDirection
from .staff import Staff
from .staff_list_record import StaffListRecord
from .staff_list_response import StaffListResponse
from .staff_view import StaffView
from .staff_view_response import StaffViewResponse
from .stock_transaction import StockTransaction
from .stock_transaction_add_request import StockTransactionAddRequest
from .stock_transaction_edit_request import StockTransactionEditRequest
from .stock_transaction_input import StockTransactionInput
from .stock_transaction_list_record import StockTransactionListRecord
from .stock_transaction_list_response import StockTransactionListResponse
from .stock_transaction_source_type import StockTransactionSourceType
from .stock_transaction_status import StockTransactionStatus
from .stock_transaction_type import StockTransactionType
from .stock_transaction_view import StockTransactionView
from .stock_transaction_view_response import StockTransactionViewResponse
from .store import Store
from .store_add_request import StoreAddRequest
from .store_edit_request import StoreEditRequest
from .store_input import StoreInput
from .store_list_record import StoreListRecord
from .store_list_response import StoreListResponse
from .store_view import StoreView
from .store_view_response import StoreViewResponse
from .supplier import Supplier
from .supplier_add_request import SupplierAddRequest
from .supplier_edit_request import SupplierEditRequest
from .supplier_list_record import SupplierListRecord
from .supplier_list_response import SupplierListResponse
from .supplier_view import SupplierView
from .supplier_view_response import SupplierViewResponse
from .tax import Tax
from .tax_add_request import TaxAddRequest
from .tax_edit_request import TaxEditRequest
from .tax_input import TaxInput
from .tax_list_record import TaxListRecord
from .tax_list_response import TaxListResponse
from .tax_view import TaxView
from .tax_view_response import TaxViewResponse
from .time_tracking import TimeTracking
from .time_tracking_add_request import TimeTrackingAddRequest
from .time_tracking_duration import TimeTrackingDuration
from .time_tracking_edit_request import TimeTrackingEditRequest
from .time_tracking_input import TimeTrackingInput
from .time_tracking_list_record import TimeTrackingListRecord
from .time_tracking_list_response import TimeTrackingListResponse
from .time_tracking_view import TimeTrackingView
from .time_tracking_view_response import TimeTrackingViewResponse
from .treasury import Treasury
from .treasury_add_request import TreasuryAddRequest
from .treasury_edit_request import TreasuryEditRequest
from .treasury_input import TreasuryInput
from .treasury_list_record import TreasuryListRecord
from .treasury_list_response import TreasuryListResponse
from .treasury_type import TreasuryType
from .treasury_view import TreasuryView
from .treasury_view_response import TreasuryViewResponse
from .unit_template import UnitTemplate
from .unit_template_factor import UnitTemplateFactor
from .unit_template_factor_input import UnitTemplateFactorInput
from .unit_template_input import UnitTemplateInput
from .unit_template_page import UnitTemplatePage
from .v2_message import V2Message
from .v2_page_frame import V2PageFrame
from .v2_page_link import V2PageLink
from .v2_save_result import V2SaveResult
from .v2_validation_error import V2ValidationError
from .v2_validation_error_errors import V2ValidationErrorErrors
from .validation_errors import ValidationErrors
from .view_envelope import ViewEnvelope
from .work_order import WorkOrder
from .work_order_add_request import WorkOrderAddRequest
from .work_order_appointment_add_request import WorkOrderAppointmentAddRequest
from .work_order_appointment_edit_request import WorkOrderAppointmentEditRequest
from .work_order_appointment_list_record import WorkOrderAppointmentListRecord
from .work_order_appointment_list_response import WorkOrderAppointmentListResponse
from .work_order_appointment_view import WorkOrderAppointmentView
from .work_order_appointment_view_response import WorkOrderAppointmentViewResponse
from .work_order_edit_request import WorkOrderEditRequest
from .work_order_input import WorkOrderInput
from .work_order_list_record import WorkOrderListRecord
from .work_order_list_response import WorkOrderListResponse
from .work_order_status import WorkOrderStatus
from .work_order_view import WorkOrderView
from .work_order_view_response import WorkOrderViewResponse
from .workflow_record import WorkflowRecord
from .workflow_record_budget import WorkflowRecordBudget
from .workflow_record_client_data_type_0 import WorkflowRecordClientDataType0
from .workflow_record_custom_data_type_0 import WorkflowRecordCustomDataType0
from .workflow_record_extra_details_type_0 import WorkflowRecordExtraDetailsType0
from .workflow_record_input import WorkflowRecordInput
from .workflow_record_link import WorkflowRecordLink
from .workflow_record_number import WorkflowRecordNumber
from .workflow_record_page import WorkflowRecordPage
from .workflow_record_type import WorkflowRecordType
from .workflow_record_type_app_related_data import WorkflowRecordTypeAppRelatedData

__all__ = (
    "AccessToken",
    "AccessTokenRequest",
    "AddResult",
    "AdvancePaymentAddRequest",
    "AdvancePaymentBranch",
    "AdvancePaymentClient",
    "AdvancePaymentInput",
    "AdvancePaymentLayout",
    "AdvancePaymentLine",
    "AdvancePaymentPage",
    "AdvancePaymentPayment",
    "AdvancePaymentPaymentRow",
    "AdvancePaymentRecord",
    "AdvancePaymentStore",
    "AdvancePaymentType",
    "Appointment",
    "AppointmentInput",
    "AppointmentItemType",
    "AppointmentPartnerType",
    "AppointmentStatus",
    "AppStatus",
    "AssetLocation",
    "AssetLocationInput",
    "AssetLocationPage",
    "AssetStorage",
    "AssetStorageInput",
    "AssetStoragePage",
    "AssetType",
    "AssetTypeInput",
    "AssetTypePage",
    "AttendanceLog",
    "AttendanceLogInput",
    "AttendanceLogPage",
    "Booking",
    "BookingAddRequest",
    "BookingInput",
    "BookingInvoiceResult",
    "BookingItem",
    "BookingPage",
    "BookingRecord",
    "BookingResult",
    "BookingStatus",
    "Branch",
    "BranchListRecord",
    "BranchListResponse",
    "Brand",
    "BrandInput",
    "BrandPage",
    "CashTransaction",
    "Client",
    "ClientAddRequest",
    "ClientAppointmentAddRequest",
    "ClientAppointmentEditRequest",
    "ClientAppointmentListRecord",
    "ClientAppointmentListResponse",
    "ClientAppointmentView",
    "ClientAppointmentViewResponse",
    "ClientAttendance",
    "ClientAttendanceAddRequest",
    "ClientAttendanceInput",
    "ClientEditRequest",
    "ClientListRecord",
    "ClientListResponse",
    "ClientPayment",
    "ClientPaymentAddRequest",
    "ClientPaymentEditRequest",
    "ClientPaymentListRecord",
    "ClientPaymentListResponse",
    "ClientPaymentView",
    "ClientPaymentViewResponse",
    "ClientType",
    "ClientView",
    "ClientViewResponse",
    "CostCenter",
    "CostCenterInput",
    "CostCenterPage",
    "CreditCharge",
    "CreditChargeInput",
    "CreditChargePage",
    "CreditNoteAddRequest",
    "CreditNoteEditRequest",
    "CreditNoteListRecord",
    "CreditNoteListResponse",
    "CreditNoteView",
    "CreditNoteViewResponse",
    "CreditType",
    "CreditTypeInput",
    "CreditTypePage",
    "CreditUsage",
    "CreditUsageAmount",
    "CreditUsageAmountInput",
    "CreditUsageAmountPage",
    "CreditUsageInput",
    "CreditUsagePage",
    "Department",
    "DepartmentInput",
    "DepartmentManager",
    "DepartmentPage",
    "Deposit",
    "DepositType",
    "Designation",
    "DesignationInput",
    "DesignationPage",
    "DiscountType",
    "Document",
    "DocumentLine",
    "DocumentTitle",
    "EmployeeAsset",
    "EmployeeAssetAssetUnitType0",
    "EmployeeAssetAttachmentsType0Item",
    "EmployeeAssetEmployeeType0",
    "EmployeeAssetFile",
    "EmployeeAssetInput",
    "EmployeeAssetPage",
    "EmployeeAssetPagePayload",
    "EmployeeAssetPagination",
    "EmployeeAssetPermissions",
    "EmployeeAssetStorageType0",
    "EmployeeAssetUsedBy",
    "EmployeeAssetView",
    "EmployeeAssetViewPayload",
    "EmploymentType",
    "EmploymentTypeInput",
    "EmploymentTypePage",
    "EntityBranch",
    "EntityNamedRef",
    "EntityRecord",
    "EntityRecordPage",
    "EntityStaff",
    "EntityStaffStaffCustomData",
    "EntityStaffStaffInfo",
    "EntityStaffStaffJob",
    "ErrorResponse",
    "EstimateAddRequest",
    "EstimateAppointmentAddRequest",
    "EstimateAppointmentEditRequest",
    "EstimateAppointmentListRecord",
    "EstimateAppointmentListResponse",
    "EstimateAppointmentView",
    "EstimateAppointmentViewResponse",
    "EstimateEditRequest",
    "EstimateListRecord",
    "EstimateListResponse",
    "EstimateView",
    "EstimateViewResponse",
    "ExpenseAddRequest",
    "ExpenseEditRequest",
    "ExpenseListRecord",
    "ExpenseListResponse",
    "ExpenseView",
    "ExpenseViewResponse",
    "Flag",
    "FollowUpAction",
    "FollowUpActionListRecord",
    "FollowUpActionListResponse",
    "FollowUpActionView",
    "FollowUpActionViewResponse",
    "FollowUpStatus",
    "FollowUpStatusInput",
    "FollowUpStatusItemType",
    "FollowUpStatusPage",
    "FollowUpStatusState",
    "FollowUpStatusView",
    "FollowUpStatusViewResponse",
    "Gender",
    "GeneralListing",
    "GeneralListingData",
    "GeneralListingResponse",
    "IncomeAddRequest",
    "IncomeEditRequest",
    "IncomeListRecord",
    "IncomeListResponse",
    "IncomeView",
    "IncomeViewResponse",
    "Invoice",
    "InvoiceAddRequest",
    "InvoiceAppointmentAddRequest",
    "InvoiceAppointmentEditRequest",
    "InvoiceAppointmentListRecord",
    "InvoiceAppointmentListResponse",
    "InvoiceAppointmentView",
    "InvoiceAppointmentViewResponse",
    "InvoiceBulkFailure",
    "InvoiceBulkSuccess",
    "InvoiceCustomField",
    "InvoiceEditRequest",
    "InvoiceInput",
    "InvoiceItem",
    "InvoiceListRecord",
    "InvoiceListResponse",
    "InvoicePayment",
    "InvoicePaymentAddRequest",
    "InvoicePaymentEditRequest",
    "InvoicePaymentInput",
    "InvoicePaymentListRecord",
    "InvoicePaymentListResponse",
    "InvoicePaymentView",
    "InvoicePaymentViewResponse",
    "InvoiceReminder",
    "InvoiceTax",
    "InvoiceType",
    "InvoiceView",
    "InvoiceViewResponse",
    "Journal",
    "JournalAccount",
    "JournalAccountAddRequest",
    "JournalAccountEditRequest",
    "JournalAccountEntityType",
    "JournalAccountInput",
    "JournalAccountListRecord",
    "JournalAccountListResponse",
    "JournalAccountType",
    "JournalAccountView",
    "JournalAccountViewResponse",
    "JournalAddRequest",
    "JournalCat",
    "JournalCatAddRequest",
    "JournalCatEditRequest",
    "JournalCatInput",
    "JournalCatListRecord",
    "JournalCatListResponse",
    "JournalCatView",
    "JournalCatViewResponse",
    "JournalEditRequest",
    "JournalEntityType",
    "JournalInput",
    "JournalListRecord",
    "JournalListResponse",
    "JournalTransaction",
    "JournalTransactionInput",
    "JournalView",
    "JournalViewResponse",
    "LeaveApplication",
    "LeaveApplicationInput",
    "LeaveApplicationPage",
    "ListEnvelope",
    "MultiEntityAction",
    "MultiEntityFilters",
    "MultiEntityQuery",
    "MultiEntityResponse",
    "MultiEntityResponseAdditionalProperty",
    "Note",
    "NoteAddRequest",
    "NoteEditRequest",
    "NoteListRecord",
    "NoteListResponse",
    "NoteView",
    "NoteViewResponse",
    "OperationResult",
    "Package",
    "PackageCreditType",
    "PackageCreditTypeInput",
    "PackageCreditTypePage",
    "PackageInput",
    "PackagePage",
    "PackagePeriodUnit",
    "PackageType",
    "Pagination",
    "Payment",
    "PaymentGateway",
    "PaymentGatewayInput",
    "PaymentGatewayInputSettingsType0",
    "PaymentGatewayPage",
    "PaymentGatewaySettingsType0",
    "PaymentRecordStatus",
    "PaymentStatus",
    "PaymentStatusFilter",
    "Product",
    "ProductAddRequest",
    "ProductBundle",
    "ProductBundleInput",
    "ProductCategory",
    "ProductCategoryListRecord",
    "ProductCategoryListResponse",
    "ProductCategoryType",
    "ProductCategoryView",
    "ProductCategoryViewResponse",
    "ProductEditRequest",
    "ProductImage",
    "ProductListRecord",
    "ProductListResponse",
    "ProductStatus",
    "ProductType",
    "ProductView",
    "ProductViewResponse",
    "PurchaseDebitNote",
    "PurchaseDebitNoteCustomField",
    "PurchaseDebitNoteInput",
    "PurchaseDebitNoteInputPurchaseOrderCustomField",
    "PurchaseDebitNoteInputSummaryTotal",
    "PurchaseDebitNoteItem",
    "PurchaseDebitNotePage",
    "PurchaseDebitNotePurchaseOrderCustomField",
    "PurchaseDebitNoteSummaryTotal",
    "PurchaseOrder",
    "PurchaseOrderAddRequest",
    "PurchaseOrderCustomField",
    "PurchaseOrderEditRequest",
    "PurchaseOrderItem",
    "PurchaseOrderListRecord",
    "PurchaseOrderListResponse",
    "PurchaseOrderPayment",
    "PurchaseOrderSupplier",
    "PurchaseOrderTax",
    "PurchaseOrderView",
    "PurchaseOrderViewResponse",
    "PurchaseOrderViewStaffType0",
    "PurchaseRefundAddRequest",
    "PurchaseRefundEditRequest",
    "PurchaseRefundListRecord",
    "PurchaseRefundListResponse",
    "PurchaseRefundView",
    "PurchaseRefundViewResponse",
    "RecursionLevel",
    "RefundReceiptAddRequest",
    "RefundReceiptEditRequest",
    "RefundReceiptListRecord",
    "RefundReceiptListResponse",
    "RefundReceiptView",
    "RefundReceiptViewResponse",
    "Requisition",
    "RequisitionAddRequest",
    "RequisitionDeliveryStatus",
    "RequisitionEditRequest",
    "RequisitionInput",
    "RequisitionItem",
    "RequisitionListRecord",
    "RequisitionListResponse",
    "RequisitionView",
    "RequisitionViewResponse",
    "RequisitionWrite",
    "ShippingDisplay",
    "Site",
    "SiteInfoData",
    "SiteInfoResponse",
    "SortDirection",
    "Staff",
    "StaffListRecord",
    "StaffListResponse",
    "StaffView",
    "StaffViewResponse",
    "StockTransaction",
    "StockTransactionAddRequest",
    "StockTransactionEditRequest",
    "StockTransactionInput",
    "StockTransactionListRecord",
    "StockTransactionListResponse",
    "StockTransactionSourceType",
    "StockTransactionStatus",
    "StockTransactionType",
    "StockTransactionView",
    "StockTransactionViewResponse",
    "Store",
    "StoreAddRequest",
    "StoreEditRequest",
    "StoreInput",
    "StoreListRecord",
    "StoreListResponse",
    "StoreView",
    "StoreViewResponse",
    "Supplier",
    "SupplierAddRequest",
    "SupplierEditRequest",
    "SupplierListRecord",
    "SupplierListResponse",
    "SupplierView",
    "SupplierViewResponse",
    "Tax",
    "TaxAddRequest",
    "TaxEditRequest",
    "TaxInput",
    "TaxListRecord",
    "TaxListResponse",
    "TaxView",
    "TaxViewResponse",
    "TimeTracking",
    "TimeTrackingAddRequest",
    "TimeTrackingDuration",
    "TimeTrackingEditRequest",
    "TimeTrackingInput",
    "TimeTrackingListRecord",
    "TimeTrackingListResponse",
    "TimeTrackingView",
    "TimeTrackingViewResponse",
    "Treasury",
    "TreasuryAddRequest",
    "TreasuryEditRequest",
    "TreasuryInput",
    "TreasuryListRecord",
    "TreasuryListResponse",
    "TreasuryType",
    "TreasuryView",
    "TreasuryViewResponse",
    "UnitTemplate",
    "UnitTemplateFactor",
    "UnitTemplateFactorInput",
    "UnitTemplateInput",
    "UnitTemplatePage",
    "V2Message",
    "V2PageFrame",
    "V2PageLink",
    "V2SaveResult",
    "V2ValidationError",
    "V2ValidationErrorErrors",
    "ValidationErrors",
    "ViewEnvelope",
    "WorkflowRecord",
    "WorkflowRecordBudget",
    "WorkflowRecordClientDataType0",
    "WorkflowRecordCustomDataType0",
    "WorkflowRecordExtraDetailsType0",
    "WorkflowRecordInput",
    "WorkflowRecordLink",
    "WorkflowRecordNumber",
    "WorkflowRecordPage",
    "WorkflowRecordType",
    "WorkflowRecordTypeAppRelatedData",
    "WorkOrder",
    "WorkOrderAddRequest",
    "WorkOrderAppointmentAddRequest",
    "WorkOrderAppointmentEditRequest",
    "WorkOrderAppointmentListRecord",
    "WorkOrderAppointmentListResponse",
    "WorkOrderAppointmentView",
    "WorkOrderAppointmentViewResponse",
    "WorkOrderEditRequest",
    "WorkOrderInput",
    "WorkOrderListRecord",
    "WorkOrderListResponse",
    "WorkOrderStatus",
    "WorkOrderView",
    "WorkOrderViewResponse",
)
