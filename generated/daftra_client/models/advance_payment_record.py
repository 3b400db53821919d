from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag
from ..models.invoice_type import InvoiceType
from ..models.payment_status import PaymentStatus
from ..models.requisition_delivery_status import RequisitionDeliveryStatus
from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.advance_payment_branch import AdvancePaymentBranch
    from ..models.advance_payment_client import AdvancePaymentClient
    from ..models.advance_payment_layout import AdvancePaymentLayout
    from ..models.advance_payment_line import AdvancePaymentLine
    from ..models.advance_payment_payment_row import AdvancePaymentPaymentRow
    from ..models.advance_payment_store import AdvancePaymentStore


T = TypeVar("T", bound="AdvancePaymentRecord")


@_attrs_define
class AdvancePaymentRecord:
    """An advance payment as the v2 entity API returns it: one flat invoice row in snake_case
    (type 19), with the relations loaded at the requested level (`store`, `clients`,
    `branch`, `payment`, `invoice_item`, `invoice_layout`, ...) as nested objects and
    arrays. Daftra's documentation shows a single example of this row; fields it shows only
    as null are kept loosely typed, and anything else the service sends is kept as it comes.

        Attributes:
            id (int): The advance payment invoice's id.
            no (None | str | Unset): The document number.
            date (datetime.date | None | Unset): The document date (`YYYY-MM-DD`; live answers may write `25/09/2026`).
            staff_id (int | None | Unset): The staff member who created it; `0` is the account owner.
            subscription_id (int | None | Unset): The parent invoice, if any.
            store_id (int | None | Unset): The warehouse of the document.
            type_ (int | InvoiceType | None | Unset): The kind of document; `19` for an advance payment.
            po_number (None | str | Unset): The client's purchase-order number.
            client_id (int | None | Unset): The client who paid in advance.
            is_offline (bool | Flag | None | Unset): Whether the client is an offline client (`0`/`1`).
            currency_code (None | str | Unset): The document currency (ISO 4217).
            client_business_name (None | str | Unset): The client's business name as printed.
            client_first_name (None | str | Unset): The client's first name as printed.
            client_last_name (None | str | Unset): The client's last name as printed.
            client_email (None | str | Unset): The client's email address as printed.
            client_address1 (None | str | Unset): The client's address, first line.
            client_address2 (None | str | Unset): The client's address, second line.
            client_postal_code (None | str | Unset): The client's postal code.
            client_city (None | str | Unset): The client's city.
            client_state (None | str | Unset): The client's state or region.
            client_country_code (None | str | Unset): The client's country code.
            payment_status (int | None | PaymentStatus | Unset): How far the document is paid.
            draft (bool | Flag | None | Unset): Whether the document is a draft (`0`/`1`).
            discount (Decimal | None | Unset): Discount in percent on the whole document.
            due_after (int | None | Unset): Days until payment is due.
            issue_date (None | str | Unset): The issue date (`YYYY-MM-DD`); may be empty.
            summary_subtotal (Decimal | None | Unset): Total before taxes.
            summary_discount (Decimal | None | Unset): Total of all discounts.
            summary_total (Decimal | None | Unset): Total including taxes.
            summary_paid (Decimal | None | Unset): Amount paid so far.
            summary_unpaid (Decimal | None | Unset): Amount still owed.
            terms_id (int | None | Unset): The terms-and-conditions text used, if any.
            html_notes (None | str | Unset): Notes in HTML.
            created (None | str | Unset): When the document was created (`YYYY-MM-DD HH:MM:SS`).
            modified (None | str | Unset): When the document last changed (`YYYY-MM-DD HH:MM:SS`).
            required_terms_file (bool | Flag | None | Unset): Whether the client must accept a terms file (`0`/`1`).
            last_sent (None | str | Unset): When the document was last sent to the client; null if never.
            invoice_layout_id (int | None | Unset): The print layout used.
            estimate_id (int | None | Unset): The estimate it was made from; `0` or null when none.
            shipping_option_id (int | None | Unset): The shipping option used.
            summary_refund (Decimal | None | Unset): Amount refunded.
            client_active_secondary_address (bool | Flag | None | Unset): Whether the client's secondary address is used
                (`0`/`1`).
            client_secondary_name (None | str | Unset): Contact name at the client's secondary address.
            client_secondary_address1 (None | str | Unset): Secondary address, first line.
            client_secondary_address2 (None | str | Unset): Secondary address, second line.
            client_secondary_city (None | str | Unset): Secondary address, city.
            client_secondary_state (None | str | Unset): Secondary address, state or region.
            client_secondary_postal_code (None | str | Unset): Secondary address, postal code.
            client_secondary_country_code (None | str | Unset): Secondary address, country code.
            follow_up_status (int | None | str | Unset): The follow-up status id (a number, possibly sent as text).
            source_type (int | InvoiceType | None | Unset): The kind of document it was generated from; null when none.
            source_id (int | None | Unset): The id of the document named by `source_type`.
            sales_person_id (int | None | Unset): The sales person credited.
            extra_details (None | str | Unset): Extra details stored by Daftra, as JSON text.
            discount_amount (Decimal | None | Unset): Fixed discount on the whole document.
            shipping_amount (Decimal | None | Unset): The shipping charge.
            work_order_id (int | None | Unset): The linked work order.
            item_columns (None | str | Unset): Settings of the line columns shown, as JSON text.
            branch_id (int | None | Unset): The branch of the document.
            requisition_delivery_status (int | None | RequisitionDeliveryStatus | Unset): Delivery state of the requisition
                behind it.
            item_discount_amount (Decimal | None | Unset): Total of the line discounts.
            pos_shift_id (int | None | Unset): The point-of-sale shift, if any.
            requisitions (list[Any] | Unset): Requisitions; empty in the documentation's example, so the element shape is
                not known.
            adjustment_label (None | str | Unset): Label of a manual total adjustment, if any.
            adjustment_value (Decimal | None | Unset): Amount of a manual total adjustment, if any.
            order_source_id (int | None | Unset): Where the order came from.
            store (AdvancePaymentStore | None | Unset): The warehouse.
            clients (AdvancePaymentClient | None | Unset): The client (the relation is named in the plural but holds one
                client).
            branch (AdvancePaymentBranch | None | Unset): The branch.
            payment (list[AdvancePaymentPaymentRow] | Unset): Payments of the document.
            invoice_item (list[AdvancePaymentLine] | Unset): The document's lines.
            invoice_documents (list[Any] | Unset): Invoice documents; empty in the documentation's example, so the element
                shape is not
                known.
            invoice_custom_fields (list[Any] | Unset): Invoice custom fields; empty in the documentation's example, so the
                element shape is not
                known.
            invoice_client (AdvancePaymentClient | None | Unset): The client again, through the invoice-client relation.
            invoice_layout (AdvancePaymentLayout | None | Unset): The print layout.
            invoice_installment_agreements (list[Any] | Unset): Invoice installment agreements; empty in the documentation's
                example, so the element
                shape is not known.
            invoice_requisitions (list[Any] | Unset): Invoice requisitions; empty in the documentation's example, so the
                element shape is not
                known.
            journal_account_route (list[Any] | Unset): Journal account route; empty in the documentation's example, so the
                element shape is not
                known.
            invoice_appointments (list[Any] | Unset): Invoice appointments; empty in the documentation's example, so the
                element shape is not
                known.
            staff (Any | Unset): The staff member, when loaded. Null in the documentation's example; shape not
                documented.
            work_orders (Any | Unset): The linked work order, when loaded. Null in the documentation's example; shape not
                documented.
            pos_shifts (Any | Unset): The POS shift, when loaded. Null in the documentation's example; shape not documented.
            invoice_source_order (Any | Unset): The order the document came from, when loaded. Null in the documentation's
                example;
                shape not documented.
            custom_data (Any | Unset): Custom field values, when loaded. Null in the documentation's example; shape not
                documented.
    """

    id: int
    no: None | str | Unset = UNSET
    date: datetime.date | None | Unset = UNSET
    staff_id: int | None | Unset = UNSET
    subscription_id: int | None | Unset = UNSET
    store_id: int | None | Unset = UNSET
    type_: int | InvoiceType | None | Unset = UNSET
    po_number: None | str | Unset = UNSET
    client_id: int | None | Unset = UNSET
    is_offline: bool | Flag | None | Unset = UNSET
    currency_code: None | str | Unset = UNSET
    client_business_name: None | str | Unset = UNSET
    client_first_name: None | str | Unset = UNSET
    client_last_name: None | str | Unset = UNSET
    client_email: None | str | Unset = UNSET
    client_address1: None | str | Unset = UNSET
    client_address2: None | str | Unset = UNSET
    client_postal_code: None | str | Unset = UNSET
    client_city: None | str | Unset = UNSET
    client_state: None | str | Unset = UNSET
    client_country_code: None | str | Unset = UNSET
    payment_status: int | None | PaymentStatus | Unset = UNSET
    draft: bool | Flag | None | Unset = UNSET
    discount: Decimal | None | Unset = UNSET
    due_after: int | None | Unset = UNSET
    issue_date: None | str | Unset = UNSET
    summary_subtotal: Decimal | None | Unset = UNSET
    summary_discount: Decimal | None | Unset = UNSET
    summary_total: Decimal | None | Unset = UNSET
    summary_paid: Decimal | None | Unset = UNSET
    summary_unpaid: Decimal | None | Unset = UNSET
    terms_id: int | None | Unset = UNSET
    html_notes: None | str | Unset = UNSET
    created: None | str | Unset = UNSET
    modified: None | str | Unset = UNSET
    required_terms_file: bool | Flag | None | Unset = UNSET
    last_sent: None | str | Unset = UNSET
    invoice_layout_id: int | None | Unset = UNSET
    estimate_id: int | None | Unset = UNSET
    shipping_option_id: int | None | Unset = UNSET
    summary_refund: Decimal | None | Unset = UNSET
    client_active_secondary_address: bool | Flag | None | Unset = UNSET
    client_secondary_name: None | str | Unset = UNSET
    client_secondary_address1: None | str | Unset = UNSET
    client_secondary_address2: None | str | Unset = UNSET
    client_secondary_city: None | str | Unset = UNSET
    client_secondary_state: None | str | Unset = UNSET
    client_secondary_postal_code: None | str | Unset = UNSET
    client_secondary_country_code: None | str | Unset = UNSET
    follow_up_status: int | None | str | Unset = UNSET
    source_type: int | InvoiceType | None | Unset = UNSET
    source_id: int | None | Unset = UNSET
    sales_person_id: int | None | Unset = UNSET
    extra_details: None | str | Unset = UNSET
    discount_amount: Decimal | None | Unset = UNSET
    shipping_amount: Decimal | None | Unset = UNSET
    work_order_id: int | None | Unset = UNSET
    item_columns: None | str | Unset = UNSET
    branch_id: int | None | Unset = UNSET
    requisition_delivery_status: int | None | RequisitionDeliveryStatus | Unset = UNSET
    item_discount_amount: Decimal | None | Unset = UNSET
    pos_shift_id: int | None | Unset = UNSET
    requisitions: list[Any] | Unset = UNSET
    adjustment_label: None | str | Unset = UNSET
    adjustment_value: Decimal | None | Unset = UNSET
    order_source_id: int | None | Unset = UNSET
    store: AdvancePaymentStore | None | Unset = UNSET
    clients: AdvancePaymentClient | None | Unset = UNSET
    branch: AdvancePaymentBranch | None | Unset = UNSET
    payment: list[AdvancePaymentPaymentRow] | Unset = UNSET
    invoice_item: list[AdvancePaymentLine] | Unset = UNSET
    invoice_documents: list[Any] | Unset = UNSET
    invoice_custom_fields: list[Any] | Unset = UNSET
    invoice_client: AdvancePaymentClient | None | Unset = UNSET
    invoice_layout: AdvancePaymentLayout | None | Unset = UNSET
    invoice_installment_agreements: list[Any] | Unset = UNSET
    invoice_requisitions: list[Any] | Unset = UNSET
    journal_account_route: list[Any] | Unset = UNSET
    invoice_appointments: list[Any] | Unset = UNSET
    staff: Any | Unset = UNSET
    work_orders: Any | Unset = UNSET
    pos_shifts: Any | Unset = UNSET
    invoice_source_order: Any | Unset = UNSET
    custom_data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.advance_payment_branch import AdvancePaymentBranch  # noqa: PLC0415
        from ..models.advance_payment_client import AdvancePaymentClient  # noqa: PLC0415
        from ..models.advance_payment_layout import AdvancePaymentLayout  # noqa: PLC0415
        from ..models.advance_payment_store import AdvancePaymentStore  # noqa: PLC0415

        id = self.id

        no: None | str | Unset
        if isinstance(self.no, Unset):
            no = UNSET
        else:
            no = self.no

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        staff_id: int | None | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

        subscription_id: int | None | Unset
        if isinstance(self.subscription_id, Unset):
            subscription_id = UNSET
        else:
            subscription_id = self.subscription_id

        store_id: int | None | Unset
        if isinstance(self.store_id, Unset):
            store_id = UNSET
        else:
            store_id = self.store_id

        type_: int | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, InvoiceType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        po_number: None | str | Unset
        if isinstance(self.po_number, Unset):
            po_number = UNSET
        else:
            po_number = self.po_number

        client_id: int | None | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        is_offline: bool | int | None | Unset
        if isinstance(self.is_offline, Unset):
            is_offline = UNSET
        elif isinstance(self.is_offline, Flag):
            is_offline = self.is_offline.value
        else:
            is_offline = self.is_offline

        currency_code: None | str | Unset
        if isinstance(self.currency_code, Unset):
            currency_code = UNSET
        else:
            currency_code = self.currency_code

        client_business_name: None | str | Unset
        if isinstance(self.client_business_name, Unset):
            client_business_name = UNSET
        else:
            client_business_name = self.client_business_name

        client_first_name: None | str | Unset
        if isinstance(self.client_first_name, Unset):
            client_first_name = UNSET
        else:
            client_first_name = self.client_first_name

        client_last_name: None | str | Unset
        if isinstance(self.client_last_name, Unset):
            client_last_name = UNSET
        else:
            client_last_name = self.client_last_name

        client_email: None | str | Unset
        if isinstance(self.client_email, Unset):
            client_email = UNSET
        else:
            client_email = self.client_email

        client_address1: None | str | Unset
        if isinstance(self.client_address1, Unset):
            client_address1 = UNSET
        else:
            client_address1 = self.client_address1

        client_address2: None | str | Unset
        if isinstance(self.client_address2, Unset):
            client_address2 = UNSET
        else:
            client_address2 = self.client_address2

        client_postal_code: None | str | Unset
        if isinstance(self.client_postal_code, Unset):
            client_postal_code = UNSET
        else:
            client_postal_code = self.client_postal_code

        client_city: None | str | Unset
        if isinstance(self.client_city, Unset):
            client_city = UNSET
        else:
            client_city = self.client_city

        client_state: None | str | Unset
        if isinstance(self.client_state, Unset):
            client_state = UNSET
        else:
            client_state = self.client_state

        client_country_code: None | str | Unset
        if isinstance(self.client_country_code, Unset):
            client_country_code = UNSET
        else:
            client_country_code = self.client_country_code

        payment_status: int | None | Unset
        if isinstance(self.payment_status, Unset):
            payment_status = UNSET
        elif isinstance(self.payment_status, PaymentStatus):
            payment_status = self.payment_status.value
        else:
            payment_status = self.payment_status

        draft: bool | int | None | Unset
        if isinstance(self.draft, Unset):
            draft = UNSET
        elif isinstance(self.draft, Flag):
            draft = self.draft.value
        else:
            draft = self.draft

        discount = self.discount

        due_after: int | None | Unset
        if isinstance(self.due_after, Unset):
            due_after = UNSET
        else:
            due_after = self.due_after

        issue_date: None | str | Unset
        if isinstance(self.issue_date, Unset):
            issue_date = UNSET
        else:
            issue_date = self.issue_date

        summary_subtotal = self.summary_subtotal

        summary_discount = self.summary_discount

        summary_total = self.summary_total

        summary_paid = self.summary_paid

        summary_unpaid = self.summary_unpaid

        terms_id: int | None | Unset
        if isinstance(self.terms_id, Unset):
            terms_id = UNSET
        else:
            terms_id = self.terms_id

        html_notes: None | str | Unset
        if isinstance(self.html_notes, Unset):
            html_notes = UNSET
        else:
            html_notes = self.html_notes

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        modified: None | str | Unset
        if isinstance(self.modified, Unset):
            modified = UNSET
        else:
            modified = self.modified

        required_terms_file: bool | int | None | Unset
        if isinstance(self.required_terms_file, Unset):
            required_terms_file = UNSET
        elif isinstance(self.required_terms_file, Flag):
            required_terms_file = self.required_terms_file.value
        else:
            required_terms_file = self.required_terms_file

        last_sent: None | str | Unset
        if isinstance(self.last_sent, Unset):
            last_sent = UNSET
        else:
            last_sent = self.last_sent

        invoice_layout_id: int | None | Unset
        if isinstance(self.invoice_layout_id, Unset):
            invoice_layout_id = UNSET
        else:
            invoice_layout_id = self.invoice_layout_id

        estimate_id: int | None | Unset
        if isinstance(self.estimate_id, Unset):
            estimate_id = UNSET
        else:
            estimate_id = self.estimate_id

        shipping_option_id: int | None | Unset
        if isinstance(self.shipping_option_id, Unset):
            shipping_option_id = UNSET
        else:
            shipping_option_id = self.shipping_option_id

        summary_refund = self.summary_refund

        client_active_secondary_address: bool | int | None | Unset
        if isinstance(self.client_active_secondary_address, Unset):
            client_active_secondary_address = UNSET
        elif isinstance(self.client_active_secondary_address, Flag):
            client_active_secondary_address = self.client_active_secondary_address.value
        else:
            client_active_secondary_address = self.client_active_secondary_address

        client_secondary_name: None | str | Unset
        if isinstance(self.client_secondary_name, Unset):
            client_secondary_name = UNSET
        else:
            client_secondary_name = self.client_secondary_name

        client_secondary_address1: None | str | Unset
        if isinstance(self.client_secondary_address1, Unset):
            client_secondary_address1 = UNSET
        else:
            client_secondary_address1 = self.client_secondary_address1

        client_secondary_address2: None | str | Unset
        if isinstance(self.client_secondary_address2, Unset):
            client_secondary_address2 = UNSET
        else:
            client_secondary_address2 = self.client_secondary_address2

        client_secondary_city: None | str | Unset
        if isinstance(self.client_secondary_city, Unset):
            client_secondary_city = UNSET
        else:
            client_secondary_city = self.client_secondary_city

        client_secondary_state: None | str | Unset
        if isinstance(self.client_secondary_state, Unset):
            client_secondary_state = UNSET
        else:
            client_secondary_state = self.client_secondary_state

        client_secondary_postal_code: None | str | Unset
        if isinstance(self.client_secondary_postal_code, Unset):
            client_secondary_postal_code = UNSET
        else:
            client_secondary_postal_code = self.client_secondary_postal_code

        client_secondary_country_code: None | str | Unset
        if isinstance(self.client_secondary_country_code, Unset):
            client_secondary_country_code = UNSET
        else:
            client_secondary_country_code = self.client_secondary_country_code

        follow_up_status: int | None | str | Unset
        if isinstance(self.follow_up_status, Unset):
            follow_up_status = UNSET
        else:
            follow_up_status = self.follow_up_status

        source_type: int | None | Unset
        if isinstance(self.source_type, Unset):
            source_type = UNSET
        elif isinstance(self.source_type, InvoiceType):
            source_type = self.source_type.value
        else:
            source_type = self.source_type

        source_id: int | None | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        sales_person_id: int | None | Unset
        if isinstance(self.sales_person_id, Unset):
            sales_person_id = UNSET
        else:
            sales_person_id = self.sales_person_id

        extra_details: None | str | Unset
        if isinstance(self.extra_details, Unset):
            extra_details = UNSET
        else:
            extra_details = self.extra_details

        discount_amount = self.discount_amount

        shipping_amount = self.shipping_amount

        work_order_id: int | None | Unset
        if isinstance(self.work_order_id, Unset):
            work_order_id = UNSET
        else:
            work_order_id = self.work_order_id

        item_columns: None | str | Unset
        if isinstance(self.item_columns, Unset):
            item_columns = UNSET
        else:
            item_columns = self.item_columns

        branch_id: int | None | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        requisition_delivery_status: int | None | Unset
        if isinstance(self.requisition_delivery_status, Unset):
            requisition_delivery_status = UNSET
        elif isinstance(self.requisition_delivery_status, RequisitionDeliveryStatus):
            requisition_delivery_status = self.requisition_delivery_status.value
        else:
            requisition_delivery_status = self.requisition_delivery_status

        item_discount_amount = self.item_discount_amount

        pos_shift_id: int | None | Unset
        if isinstance(self.pos_shift_id, Unset):
            pos_shift_id = UNSET
        else:
            pos_shift_id = self.pos_shift_id

        requisitions: list[Any] | Unset = UNSET
        if not isinstance(self.requisitions, Unset):
            requisitions = self.requisitions

        adjustment_label: None | str | Unset
        if isinstance(self.adjustment_label, Unset):
            adjustment_label = UNSET
        else:
            adjustment_label = self.adjustment_label

        adjustment_value = self.adjustment_value

        order_source_id: int | None | Unset
        if isinstance(self.order_source_id, Unset):
            order_source_id = UNSET
        else:
            order_source_id = self.order_source_id

        store: dict[str, Any] | None | Unset
        if isinstance(self.store, Unset):
            store = UNSET
        elif isinstance(self.store, AdvancePaymentStore):
            store = self.store.to_dict()
        else:
            store = self.store

        clients: dict[str, Any] | None | Unset
        if isinstance(self.clients, Unset):
            clients = UNSET
        elif isinstance(self.clients, AdvancePaymentClient):
            clients = self.clients.to_dict()
        else:
            clients = self.clients

        branch: dict[str, Any] | None | Unset
        if isinstance(self.branch, Unset):
            branch = UNSET
        elif isinstance(self.branch, AdvancePaymentBranch):
            branch = self.branch.to_dict()
        else:
            branch = self.branch

        payment: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = []
            for payment_item_data in self.payment:
                payment_item = payment_item_data.to_dict()
                payment.append(payment_item)

        invoice_item: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoice_item, Unset):
            invoice_item = []
            for invoice_item_item_data in self.invoice_item:
                invoice_item_item = invoice_item_item_data.to_dict()
                invoice_item.append(invoice_item_item)

        invoice_documents: list[Any] | Unset = UNSET
        if not isinstance(self.invoice_documents, Unset):
            invoice_documents = self.invoice_documents

        invoice_custom_fields: list[Any] | Unset = UNSET
        if not isinstance(self.invoice_custom_fields, Unset):
            invoice_custom_fields = self.invoice_custom_fields

        invoice_client: dict[str, Any] | None | Unset
        if isinstance(self.invoice_client, Unset):
            invoice_client = UNSET
        elif isinstance(self.invoice_client, AdvancePaymentClient):
            invoice_client = self.invoice_client.to_dict()
        else:
            invoice_client = self.invoice_client

        invoice_layout: dict[str, Any] | None | Unset
        if isinstance(self.invoice_layout, Unset):
            invoice_layout = UNSET
        elif isinstance(self.invoice_layout, AdvancePaymentLayout):
            invoice_layout = self.invoice_layout.to_dict()
        else:
            invoice_layout = self.invoice_layout

        invoice_installment_agreements: list[Any] | Unset = UNSET
        if not isinstance(self.invoice_installment_agreements, Unset):
            invoice_installment_agreements = self.invoice_installment_agreements

        invoice_requisitions: list[Any] | Unset = UNSET
        if not isinstance(self.invoice_requisitions, Unset):
            invoice_requisitions = self.invoice_requisitions

        journal_account_route: list[Any] | Unset = UNSET
        if not isinstance(self.journal_account_route, Unset):
            journal_account_route = self.journal_account_route

        invoice_appointments: list[Any] | Unset = UNSET
        if not isinstance(self.invoice_appointments, Unset):
            invoice_appointments = self.invoice_appointments

        staff = self.staff

        work_orders = self.work_orders

        pos_shifts = self.pos_shifts

        invoice_source_order = self.invoice_source_order

        custom_data = self.custom_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if no is not UNSET:
            field_dict["no"] = no
        if date is not UNSET:
            field_dict["date"] = date
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if store_id is not UNSET:
            field_dict["store_id"] = store_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if po_number is not UNSET:
            field_dict["po_number"] = po_number
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if is_offline is not UNSET:
            field_dict["is_offline"] = is_offline
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if client_business_name is not UNSET:
            field_dict["client_business_name"] = client_business_name
        if client_first_name is not UNSET:
            field_dict["client_first_name"] = client_first_name
        if client_last_name is not UNSET:
            field_dict["client_last_name"] = client_last_name
        if client_email is not UNSET:
            field_dict["client_email"] = client_email
        if client_address1 is not UNSET:
            field_dict["client_address1"] = client_address1
        if client_address2 is not UNSET:
            field_dict["client_address2"] = client_address2
        if client_postal_code is not UNSET:
            field_dict["client_postal_code"] = client_postal_code
        if client_city is not UNSET:
            field_dict["client_city"] = client_city
        if client_state is not UNSET:
            field_dict["client_state"] = client_state
        if client_country_code is not UNSET:
            field_dict["client_country_code"] = client_country_code
        if payment_status is not UNSET:
            field_dict["payment_status"] = payment_status
        if draft is not UNSET:
            field_dict["draft"] = draft
        if discount is not UNSET:
            field_dict["discount"] = discount
        if due_after is not UNSET:
            field_dict["due_after"] = due_after
        if issue_date is not UNSET:
            field_dict["issue_date"] = issue_date
        if summary_subtotal is not UNSET:
            field_dict["summary_subtotal"] = summary_subtotal
        if summary_discount is not UNSET:
            field_dict["summary_discount"] = summary_discount
        if summary_total is not UNSET:
            field_dict["summary_total"] = summary_total
        if summary_paid is not UNSET:
            field_dict["summary_paid"] = summary_paid
        if summary_unpaid is not UNSET:
            field_dict["summary_unpaid"] = summary_unpaid
        if terms_id is not UNSET:
            field_dict["terms_id"] = terms_id
        if html_notes is not UNSET:
            field_dict["html_notes"] = html_notes
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified
        if required_terms_file is not UNSET:
            field_dict["required_terms_file"] = required_terms_file
        if last_sent is not UNSET:
            field_dict["last_sent"] = last_sent
        if invoice_layout_id is not UNSET:
            field_dict["invoice_layout_id"] = invoice_layout_id
        if estimate_id is not UNSET:
            field_dict["estimate_id"] = estimate_id
        if shipping_option_id is not UNSET:
            field_dict["shipping_option_id"] = shipping_option_id
        if summary_refund is not UNSET:
            field_dict["summary_refund"] = summary_refund
        if client_active_secondary_address is not UNSET:
            field_dict["client_active_secondary_address"] = client_active_secondary_address
        if client_secondary_name is not UNSET:
            field_dict["client_secondary_name"] = client_secondary_name
        if client_secondary_address1 is not UNSET:
            field_dict["client_secondary_address1"] = client_secondary_address1
        if client_secondary_address2 is not UNSET:
            field_dict["client_secondary_address2"] = client_secondary_address2
        if client_secondary_city is not UNSET:
            field_dict["client_secondary_city"] = client_secondary_city
        if client_secondary_state is not UNSET:
            field_dict["client_secondary_state"] = client_secondary_state
        if client_secondary_postal_code is not UNSET:
            field_dict["client_secondary_postal_code"] = client_secondary_postal_code
        if client_secondary_country_code is not UNSET:
            field_dict["client_secondary_country_code"] = client_secondary_country_code
        if follow_up_status is not UNSET:
            field_dict["follow_up_status"] = follow_up_status
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if sales_person_id is not UNSET:
            field_dict["sales_person_id"] = sales_person_id
        if extra_details is not UNSET:
            field_dict["extra_details"] = extra_details
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if shipping_amount is not UNSET:
            field_dict["shipping_amount"] = shipping_amount
        if work_order_id is not UNSET:
            field_dict["work_order_id"] = work_order_id
        if item_columns is not UNSET:
            field_dict["item_columns"] = item_columns
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if requisition_delivery_status is not UNSET:
            field_dict["requisition_delivery_status"] = requisition_delivery_status
        if item_discount_amount is not UNSET:
            field_dict["item_discount_amount"] = item_discount_amount
        if pos_shift_id is not UNSET:
            field_dict["pos_shift_id"] = pos_shift_id
        if requisitions is not UNSET:
            field_dict["requisitions"] = requisitions
        if adjustment_label is not UNSET:
            field_dict["adjustment_label"] = adjustment_label
        if adjustment_value is not UNSET:
            field_dict["adjustment_value"] = adjustment_value
        if order_source_id is not UNSET:
            field_dict["order_source_id"] = order_source_id
        if store is not UNSET:
            field_dict["store"] = store
        if clients is not UNSET:
            field_dict["clients"] = clients
        if branch is not UNSET:
            field_dict["branch"] = branch
        if payment is not UNSET:
            field_dict["payment"] = payment
        if invoice_item is not UNSET:
            field_dict["invoice_item"] = invoice_item
        if invoice_documents is not UNSET:
            field_dict["invoice_documents"] = invoice_documents
        if invoice_custom_fields is not UNSET:
            field_dict["invoice_custom_fields"] = invoice_custom_fields
        if invoice_client is not UNSET:
            field_dict["invoice_client"] = invoice_client
        if invoice_layout is not UNSET:
            field_dict["invoice_layout"] = invoice_layout
        if invoice_installment_agreements is not UNSET:
            field_dict["invoice_installment_agreements"] = invoice_installment_agreements
        if invoice_requisitions is not UNSET:
            field_dict["invoice_requisitions"] = invoice_requisitions
        if journal_account_route is not UNSET:
            field_dict["journal_account_route"] = journal_account_route
        if invoice_appointments is not UNSET:
            field_dict["invoice_appointments"] = invoice_appointments
        if staff is not UNSET:
            field_dict["staff"] = staff
        if work_orders is not UNSET:
            field_dict["work_orders"] = work_orders
        if pos_shifts is not UNSET:
            field_dict["pos_shifts"] = pos_shifts
        if invoice_source_order is not UNSET:
            field_dict["invoice_source_order"] = invoice_source_order
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.advance_payment_branch import AdvancePaymentBranch  # noqa: PLC0415
        from ..models.advance_payment_client import AdvancePaymentClient  # noqa: PLC0415
        from ..models.advance_payment_layout import AdvancePaymentLayout  # noqa: PLC0415
        from ..models.advance_payment_line import AdvancePaymentLine  # noqa: PLC0415
        from ..models.advance_payment_payment_row import AdvancePaymentPaymentRow  # noqa: PLC0415
        from ..models.advance_payment_store import AdvancePaymentStore  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        no = _parse_no(d.pop("no", UNSET))

        def _parse_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        staff_id = _parse_staff_id(d.pop("staff_id", UNSET))

        def _parse_subscription_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subscription_id = _parse_subscription_id(d.pop("subscription_id", UNSET))

        def _parse_store_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        store_id = _parse_store_id(d.pop("store_id", UNSET))

        def _parse_type_(data: object) -> int | InvoiceType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                type_type_0 = InvoiceType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | InvoiceType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_po_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        po_number = _parse_po_number(d.pop("po_number", UNSET))

        def _parse_client_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        client_id = _parse_client_id(d.pop("client_id", UNSET))

        def _parse_is_offline(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                is_offline_type_1 = Flag(data)

                return is_offline_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        is_offline = _parse_is_offline(d.pop("is_offline", UNSET))

        def _parse_currency_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency_code = _parse_currency_code(d.pop("currency_code", UNSET))

        def _parse_client_business_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_business_name = _parse_client_business_name(d.pop("client_business_name", UNSET))

        def _parse_client_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_first_name = _parse_client_first_name(d.pop("client_first_name", UNSET))

        def _parse_client_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_last_name = _parse_client_last_name(d.pop("client_last_name", UNSET))

        def _parse_client_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_email = _parse_client_email(d.pop("client_email", UNSET))

        def _parse_client_address1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_address1 = _parse_client_address1(d.pop("client_address1", UNSET))

        def _parse_client_address2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_address2 = _parse_client_address2(d.pop("client_address2", UNSET))

        def _parse_client_postal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_postal_code = _parse_client_postal_code(d.pop("client_postal_code", UNSET))

        def _parse_client_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_city = _parse_client_city(d.pop("client_city", UNSET))

        def _parse_client_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_state = _parse_client_state(d.pop("client_state", UNSET))

        def _parse_client_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_country_code = _parse_client_country_code(d.pop("client_country_code", UNSET))

        def _parse_payment_status(data: object) -> int | None | PaymentStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                payment_status_type_0 = PaymentStatus(data)

                return payment_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | PaymentStatus | Unset, data)

        payment_status = _parse_payment_status(d.pop("payment_status", UNSET))

        def _parse_draft(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                draft_type_1 = Flag(data)

                return draft_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        draft = _parse_draft(d.pop("draft", UNSET))

        discount = decimal_from_json(d.pop("discount", UNSET), ("number",))

        def _parse_due_after(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        due_after = _parse_due_after(d.pop("due_after", UNSET))

        def _parse_issue_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issue_date = _parse_issue_date(d.pop("issue_date", UNSET))

        summary_subtotal = decimal_from_json(d.pop("summary_subtotal", UNSET), ("number",))

        summary_discount = decimal_from_json(d.pop("summary_discount", UNSET), ("number",))

        summary_total = decimal_from_json(d.pop("summary_total", UNSET), ("number",))

        summary_paid = decimal_from_json(d.pop("summary_paid", UNSET), ("number",))

        summary_unpaid = decimal_from_json(d.pop("summary_unpaid", UNSET), ("number",))

        def _parse_terms_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        terms_id = _parse_terms_id(d.pop("terms_id", UNSET))

        def _parse_html_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        html_notes = _parse_html_notes(d.pop("html_notes", UNSET))

        def _parse_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_modified(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        modified = _parse_modified(d.pop("modified", UNSET))

        def _parse_required_terms_file(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                required_terms_file_type_1 = Flag(data)

                return required_terms_file_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        required_terms_file = _parse_required_terms_file(d.pop("required_terms_file", UNSET))

        def _parse_last_sent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_sent = _parse_last_sent(d.pop("last_sent", UNSET))

        def _parse_invoice_layout_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        invoice_layout_id = _parse_invoice_layout_id(d.pop("invoice_layout_id", UNSET))

        def _parse_estimate_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        estimate_id = _parse_estimate_id(d.pop("estimate_id", UNSET))

        def _parse_shipping_option_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        shipping_option_id = _parse_shipping_option_id(d.pop("shipping_option_id", UNSET))

        summary_refund = decimal_from_json(d.pop("summary_refund", UNSET), ("number",))

        def _parse_client_active_secondary_address(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                client_active_secondary_address_type_1 = Flag(data)

                return client_active_secondary_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        client_active_secondary_address = _parse_client_active_secondary_address(
            d.pop("client_active_secondary_address", UNSET)
        )

        def _parse_client_secondary_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_secondary_name = _parse_client_secondary_name(d.pop("client_secondary_name", UNSET))

        def _parse_client_secondary_address1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_secondary_address1 = _parse_client_secondary_address1(
            d.pop("client_secondary_address1", UNSET)
        )

        def _parse_client_secondary_address2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_secondary_address2 = _parse_client_secondary_address2(
            d.pop("client_secondary_address2", UNSET)
        )

        def _parse_client_secondary_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_secondary_city = _parse_client_secondary_city(d.pop("client_secondary_city", UNSET))

        def _parse_client_secondary_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_secondary_state = _parse_client_secondary_state(
            d.pop("client_secondary_state", UNSET)
        )

        def _parse_client_secondary_postal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_secondary_postal_code = _parse_client_secondary_postal_code(
            d.pop("client_secondary_postal_code", UNSET)
        )

        def _parse_client_secondary_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_secondary_country_code = _parse_client_secondary_country_code(
            d.pop("client_secondary_country_code", UNSET)
        )

        def _parse_follow_up_status(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        follow_up_status = _parse_follow_up_status(d.pop("follow_up_status", UNSET))

        def _parse_source_type(data: object) -> int | InvoiceType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                source_type_type_0 = InvoiceType(data)

                return source_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | InvoiceType | None | Unset, data)

        source_type = _parse_source_type(d.pop("source_type", UNSET))

        def _parse_source_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        source_id = _parse_source_id(d.pop("source_id", UNSET))

        def _parse_sales_person_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sales_person_id = _parse_sales_person_id(d.pop("sales_person_id", UNSET))

        def _parse_extra_details(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        extra_details = _parse_extra_details(d.pop("extra_details", UNSET))

        discount_amount = decimal_from_json(d.pop("discount_amount", UNSET), ("number",))

        shipping_amount = decimal_from_json(d.pop("shipping_amount", UNSET), ("number",))

        def _parse_work_order_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        work_order_id = _parse_work_order_id(d.pop("work_order_id", UNSET))

        def _parse_item_columns(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        item_columns = _parse_item_columns(d.pop("item_columns", UNSET))

        def _parse_branch_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        def _parse_requisition_delivery_status(
            data: object,
        ) -> int | None | RequisitionDeliveryStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                requisition_delivery_status_type_0 = RequisitionDeliveryStatus(data)

                return requisition_delivery_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | RequisitionDeliveryStatus | Unset, data)

        requisition_delivery_status = _parse_requisition_delivery_status(
            d.pop("requisition_delivery_status", UNSET)
        )

        item_discount_amount = decimal_from_json(d.pop("item_discount_amount", UNSET), ("number",))

        def _parse_pos_shift_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pos_shift_id = _parse_pos_shift_id(d.pop("pos_shift_id", UNSET))

        requisitions = cast(list[Any], d.pop("requisitions", UNSET))

        def _parse_adjustment_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        adjustment_label = _parse_adjustment_label(d.pop("adjustment_label", UNSET))

        adjustment_value = decimal_from_json(d.pop("adjustment_value", UNSET), ("number",))

        def _parse_order_source_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order_source_id = _parse_order_source_id(d.pop("order_source_id", UNSET))

        def _parse_store(data: object) -> AdvancePaymentStore | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                store_type_0 = AdvancePaymentStore.from_dict(data)

                return store_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdvancePaymentStore | None | Unset, data)

        store = _parse_store(d.pop("store", UNSET))

        def _parse_clients(data: object) -> AdvancePaymentClient | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                clients_type_0 = AdvancePaymentClient.from_dict(data)

                return clients_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdvancePaymentClient | None | Unset, data)

        clients = _parse_clients(d.pop("clients", UNSET))

        def _parse_branch(data: object) -> AdvancePaymentBranch | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                branch_type_0 = AdvancePaymentBranch.from_dict(data)

                return branch_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdvancePaymentBranch | None | Unset, data)

        branch = _parse_branch(d.pop("branch", UNSET))

        _payment = d.pop("payment", UNSET)
        payment: list[AdvancePaymentPaymentRow] | Unset = UNSET
        if _payment is not UNSET:
            payment = []
            for payment_item_data in _payment:
                payment_item = AdvancePaymentPaymentRow.from_dict(payment_item_data)

                payment.append(payment_item)

        _invoice_item = d.pop("invoice_item", UNSET)
        invoice_item: list[AdvancePaymentLine] | Unset = UNSET
        if _invoice_item is not UNSET:
            invoice_item = []
            for invoice_item_item_data in _invoice_item:
                invoice_item_item = AdvancePaymentLine.from_dict(invoice_item_item_data)

                invoice_item.append(invoice_item_item)

        invoice_documents = cast(list[Any], d.pop("invoice_documents", UNSET))

        invoice_custom_fields = cast(list[Any], d.pop("invoice_custom_fields", UNSET))

        def _parse_invoice_client(data: object) -> AdvancePaymentClient | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invoice_client_type_0 = AdvancePaymentClient.from_dict(data)

                return invoice_client_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdvancePaymentClient | None | Unset, data)

        invoice_client = _parse_invoice_client(d.pop("invoice_client", UNSET))

        def _parse_invoice_layout(data: object) -> AdvancePaymentLayout | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invoice_layout_type_0 = AdvancePaymentLayout.from_dict(data)

                return invoice_layout_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdvancePaymentLayout | None | Unset, data)

        invoice_layout = _parse_invoice_layout(d.pop("invoice_layout", UNSET))

        invoice_installment_agreements = cast(
            list[Any], d.pop("invoice_installment_agreements", UNSET)
        )

        invoice_requisitions = cast(list[Any], d.pop("invoice_requisitions", UNSET))

        journal_account_route = cast(list[Any], d.pop("journal_account_route", UNSET))

        invoice_appointments = cast(list[Any], d.pop("invoice_appointments", UNSET))

        staff = d.pop("staff", UNSET)

        work_orders = d.pop("work_orders", UNSET)

        pos_shifts = d.pop("pos_shifts", UNSET)

        invoice_source_order = d.pop("invoice_source_order", UNSET)

        custom_data = d.pop("custom_data", UNSET)

        advance_payment_record = cls(
            id=id,
            no=no,
            date=date,
            staff_id=staff_id,
            subscription_id=subscription_id,
            store_id=store_id,
            type_=type_,
            po_number=po_number,
            client_id=client_id,
            is_offline=is_offline,
            currency_code=currency_code,
            client_business_name=client_business_name,
            client_first_name=client_first_name,
            client_last_name=client_last_name,
            client_email=client_email,
            client_address1=client_address1,
            client_address2=client_address2,
            client_postal_code=client_postal_code,
            client_city=client_city,
            client_state=client_state,
            client_country_code=client_country_code,
            payment_status=payment_status,
            draft=draft,
            discount=discount,
            due_after=due_after,
            issue_date=issue_date,
            summary_subtotal=summary_subtotal,
            summary_discount=summary_discount,
            summary_total=summary_total,
            summary_paid=summary_paid,
            summary_unpaid=summary_unpaid,
            terms_id=terms_id,
            html_notes=html_notes,
            created=created,
            modified=modified,
            required_terms_file=required_terms_file,
            last_sent=last_sent,
            invoice_layout_id=invoice_layout_id,
            estimate_id=estimate_id,
            shipping_option_id=shipping_option_id,
            summary_refund=summary_refund,
            client_active_secondary_address=client_active_secondary_address,
            client_secondary_name=client_secondary_name,
            client_secondary_address1=client_secondary_address1,
            client_secondary_address2=client_secondary_address2,
            client_secondary_city=client_secondary_city,
            client_secondary_state=client_secondary_state,
            client_secondary_postal_code=client_secondary_postal_code,
            client_secondary_country_code=client_secondary_country_code,
            follow_up_status=follow_up_status,
            source_type=source_type,
            source_id=source_id,
            sales_person_id=sales_person_id,
            extra_details=extra_details,
            discount_amount=discount_amount,
            shipping_amount=shipping_amount,
            work_order_id=work_order_id,
            item_columns=item_columns,
            branch_id=branch_id,
            requisition_delivery_status=requisition_delivery_status,
            item_discount_amount=item_discount_amount,
            pos_shift_id=pos_shift_id,
            requisitions=requisitions,
            adjustment_label=adjustment_label,
            adjustment_value=adjustment_value,
            order_source_id=order_source_id,
            store=store,
            clients=clients,
            branch=branch,
            payment=payment,
            invoice_item=invoice_item,
            invoice_documents=invoice_documents,
            invoice_custom_fields=invoice_custom_fields,
            invoice_client=invoice_client,
            invoice_layout=invoice_layout,
            invoice_installment_agreements=invoice_installment_agreements,
            invoice_requisitions=invoice_requisitions,
            journal_account_route=journal_account_route,
            invoice_appointments=invoice_appointments,
            staff=staff,
            work_orders=work_orders,
            pos_shifts=pos_shifts,
            invoice_source_order=invoice_source_order,
            custom_data=custom_data,
        )

        advance_payment_record.additional_properties = d
        return advance_payment_record

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _wire_date(data: Any) -> Any:
    def _parse_date(data: object) -> datetime.date | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            date_type_0 = datetime.date.fromisoformat(data)

            return date_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.date | None | Unset, data)

    date = _parse_date(data)

    return date


def _wire_type_(data: Any) -> Any:
    def _parse_type_(data: object) -> int | InvoiceType | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            type_type_0 = InvoiceType(data)

            return type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(int | InvoiceType | None | Unset, data)

    type_ = _parse_type_(data)

    return type_


def _wire_is_offline(data: Any) -> Any:
    def _parse_is_offline(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            is_offline_type_1 = Flag(data)

            return is_offline_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    is_offline = _parse_is_offline(data)

    return is_offline


def _wire_payment_status(data: Any) -> Any:
    def _parse_payment_status(data: object) -> int | None | PaymentStatus | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            payment_status_type_0 = PaymentStatus(data)

            return payment_status_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(int | None | PaymentStatus | Unset, data)

    payment_status = _parse_payment_status(data)

    return payment_status


def _wire_draft(data: Any) -> Any:
    def _parse_draft(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            draft_type_1 = Flag(data)

            return draft_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    draft = _parse_draft(data)

    return draft


def _wire_discount(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_summary_subtotal(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_summary_discount(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_summary_total(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_summary_paid(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_summary_unpaid(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_required_terms_file(data: Any) -> Any:
    def _parse_required_terms_file(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            required_terms_file_type_1 = Flag(data)

            return required_terms_file_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    required_terms_file = _parse_required_terms_file(data)

    return required_terms_file


def _wire_summary_refund(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_client_active_secondary_address(data: Any) -> Any:
    def _parse_client_active_secondary_address(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            client_active_secondary_address_type_1 = Flag(data)

            return client_active_secondary_address_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    client_active_secondary_address = _parse_client_active_secondary_address(data)

    return client_active_secondary_address


def _wire_source_type(data: Any) -> Any:
    def _parse_source_type(data: object) -> int | InvoiceType | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            source_type_type_0 = InvoiceType(data)

            return source_type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(int | InvoiceType | None | Unset, data)

    source_type = _parse_source_type(data)

    return source_type


def _wire_discount_amount(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_shipping_amount(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_requisition_delivery_status(data: Any) -> Any:
    def _parse_requisition_delivery_status(
        data: object,
    ) -> int | None | RequisitionDeliveryStatus | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            requisition_delivery_status_type_0 = RequisitionDeliveryStatus(data)

            return requisition_delivery_status_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(int | None | RequisitionDeliveryStatus | Unset, data)

    requisition_delivery_status = _parse_requisition_delivery_status(data)

    return requisition_delivery_status


def _wire_item_discount_amount(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_requisitions(data: Any) -> Any:
    requisitions = cast(list[Any], data)

    return requisitions


def _wire_adjustment_value(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_store(data: Any) -> Any:
    from ..models.advance_payment_store import AdvancePaymentStore  # noqa: PLC0415

    def _parse_store(data: object) -> AdvancePaymentStore | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            store_type_0 = AdvancePaymentStore.from_dict(data)

            return store_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(AdvancePaymentStore | None | Unset, data)

    store = _parse_store(data)

    return store


def _wire_clients(data: Any) -> Any:
    from ..models.advance_payment_client import AdvancePaymentClient  # noqa: PLC0415

    def _parse_clients(data: object) -> AdvancePaymentClient | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            clients_type_0 = AdvancePaymentClient.from_dict(data)

            return clients_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(AdvancePaymentClient | None | Unset, data)

    clients = _parse_clients(data)

    return clients


def _wire_branch(data: Any) -> Any:
    from ..models.advance_payment_branch import AdvancePaymentBranch  # noqa: PLC0415

    def _parse_branch(data: object) -> AdvancePaymentBranch | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            branch_type_0 = AdvancePaymentBranch.from_dict(data)

            return branch_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(AdvancePaymentBranch | None | Unset, data)

    branch = _parse_branch(data)

    return branch


def _wire_payment(data: Any) -> Any:
    from ..models.advance_payment_payment_row import AdvancePaymentPaymentRow  # noqa: PLC0415

    _payment = data
    payment: list[AdvancePaymentPaymentRow] | Unset = UNSET
    if _payment is not UNSET:
        payment = []
        for payment_item_data in _payment:
            payment_item = AdvancePaymentPaymentRow.from_dict(payment_item_data)

            payment.append(payment_item)

    return payment


def _wire_invoice_item(data: Any) -> Any:
    from ..models.advance_payment_line import AdvancePaymentLine  # noqa: PLC0415

    _invoice_item = data
    invoice_item: list[AdvancePaymentLine] | Unset = UNSET
    if _invoice_item is not UNSET:
        invoice_item = []
        for invoice_item_item_data in _invoice_item:
            invoice_item_item = AdvancePaymentLine.from_dict(invoice_item_item_data)

            invoice_item.append(invoice_item_item)

    return invoice_item


def _wire_invoice_documents(data: Any) -> Any:
    invoice_documents = cast(list[Any], data)

    return invoice_documents


def _wire_invoice_custom_fields(data: Any) -> Any:
    invoice_custom_fields = cast(list[Any], data)

    return invoice_custom_fields


def _wire_invoice_client(data: Any) -> Any:
    from ..models.advance_payment_client import AdvancePaymentClient  # noqa: PLC0415

    def _parse_invoice_client(data: object) -> AdvancePaymentClient | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            invoice_client_type_0 = AdvancePaymentClient.from_dict(data)

            return invoice_client_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(AdvancePaymentClient | None | Unset, data)

    invoice_client = _parse_invoice_client(data)

    return invoice_client


def _wire_invoice_layout(data: Any) -> Any:
    from ..models.advance_payment_layout import AdvancePaymentLayout  # noqa: PLC0415

    def _parse_invoice_layout(data: object) -> AdvancePaymentLayout | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            invoice_layout_type_0 = AdvancePaymentLayout.from_dict(data)

            return invoice_layout_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(AdvancePaymentLayout | None | Unset, data)

    invoice_layout = _parse_invoice_layout(data)

    return invoice_layout


def _wire_invoice_installment_agreements(data: Any) -> Any:
    invoice_installment_agreements = cast(list[Any], data)

    return invoice_installment_agreements


def _wire_invoice_requisitions(data: Any) -> Any:
    invoice_requisitions = cast(list[Any], data)

    return invoice_requisitions


def _wire_journal_account_route(data: Any) -> Any:
    journal_account_route = cast(list[Any], data)

    return journal_account_route


def _wire_invoice_appointments(data: Any) -> Any:
    invoice_appointments = cast(list[Any], data)

    return invoice_appointments


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("no", "no", None, None),
    ("date", "date", _wire_date, None),
    ("staff_id", "staff_id", None, None),
    ("subscription_id", "subscription_id", None, None),
    ("store_id", "store_id", None, None),
    ("type", "type_", _wire_type_, None),
    ("po_number", "po_number", None, None),
    ("client_id", "client_id", None, None),
    ("is_offline", "is_offline", _wire_is_offline, None),
    ("currency_code", "currency_code", None, None),
    ("client_business_name", "client_business_name", None, None),
    ("client_first_name", "client_first_name", None, None),
    ("client_last_name", "client_last_name", None, None),
    ("client_email", "client_email", None, None),
    ("client_address1", "client_address1", None, None),
    ("client_address2", "client_address2", None, None),
    ("client_postal_code", "client_postal_code", None, None),
    ("client_city", "client_city", None, None),
    ("client_state", "client_state", None, None),
    ("client_country_code", "client_country_code", None, None),
    ("payment_status", "payment_status", _wire_payment_status, None),
    ("draft", "draft", _wire_draft, None),
    ("discount", "discount", _wire_discount, None),
    ("due_after", "due_after", None, None),
    ("issue_date", "issue_date", None, None),
    ("summary_subtotal", "summary_subtotal", _wire_summary_subtotal, None),
    ("summary_discount", "summary_discount", _wire_summary_discount, None),
    ("summary_total", "summary_total", _wire_summary_total, None),
    ("summary_paid", "summary_paid", _wire_summary_paid, None),
    ("summary_unpaid", "summary_unpaid", _wire_summary_unpaid, None),
    ("terms_id", "terms_id", None, None),
    ("html_notes", "html_notes", None, None),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
    ("required_terms_file", "required_terms_file", _wire_required_terms_file, None),
    ("last_sent", "last_sent", None, None),
    ("invoice_layout_id", "invoice_layout_id", None, None),
    ("estimate_id", "estimate_id", None, None),
    ("shipping_option_id", "shipping_option_id", None, None),
    ("summary_refund", "summary_refund", _wire_summary_refund, None),
    (
        "client_active_secondary_address",
        "client_active_secondary_address",
        _wire_client_active_secondary_address,
        None,
    ),
    ("client_secondary_name", "client_secondary_name", None, None),
    ("client_secondary_address1", "client_secondary_address1", None, None),
    ("client_secondary_address2", "client_secondary_address2", None, None),
    ("client_secondary_city", "client_secondary_city", None, None),
    ("client_secondary_state", "client_secondary_state", None, None),
    ("client_secondary_postal_code", "client_secondary_postal_code", None, None),
    ("client_secondary_country_code", "client_secondary_country_code", None, None),
    ("follow_up_status", "follow_up_status", None, None),
    ("source_type", "source_type", _wire_source_type, None),
    ("source_id", "source_id", None, None),
    ("sales_person_id", "sales_person_id", None, None),
    ("extra_details", "extra_details", None, None),
    ("discount_amount", "discount_amount", _wire_discount_amount, None),
    ("shipping_amount", "shipping_amount", _wire_shipping_amount, None),
    ("work_order_id", "work_order_id", None, None),
    ("item_columns", "item_columns", None, None),
    ("branch_id", "branch_id", None, None),
    (
        "requisition_delivery_status",
        "requisition_delivery_status",
        _wire_requisition_delivery_status,
        None,
    ),
    ("item_discount_amount", "item_discount_amount", _wire_item_discount_amount, None),
    ("pos_shift_id", "pos_shift_id", None, None),
    ("requisitions", "requisitions", _wire_requisitions, None),
    ("adjustment_label", "adjustment_label", None, None),
    ("adjustment_value", "adjustment_value", _wire_adjustment_value, None),
    ("order_source_id", "order_source_id", None, None),
    ("store", "store", _wire_store, None),
    ("clients", "clients", _wire_clients, None),
    ("branch", "branch", _wire_branch, None),
    ("payment", "payment", _wire_payment, "AdvancePaymentPaymentRow"),
    ("invoice_item", "invoice_item", _wire_invoice_item, "AdvancePaymentLine"),
    ("invoice_documents", "invoice_documents", _wire_invoice_documents, None),
    ("invoice_custom_fields", "invoice_custom_fields", _wire_invoice_custom_fields, None),
    ("invoice_client", "invoice_client", _wire_invoice_client, None),
    ("invoice_layout", "invoice_layout", _wire_invoice_layout, None),
    (
        "invoice_installment_agreements",
        "invoice_installment_agreements",
        _wire_invoice_installment_agreements,
        None,
    ),
    ("invoice_requisitions", "invoice_requisitions", _wire_invoice_requisitions, None),
    ("journal_account_route", "journal_account_route", _wire_journal_account_route, None),
    ("invoice_appointments", "invoice_appointments", _wire_invoice_appointments, None),
    ("staff", "staff", None, None),
    ("work_orders", "work_orders", None, None),
    ("pos_shifts", "pos_shifts", None, None),
    ("invoice_source_order", "invoice_source_order", None, None),
    ("custom_data", "custom_data", None, None),
)
