from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deposit_type import DepositType
from ..models.flag import Flag
from ..models.invoice_type import InvoiceType
from ..models.payment_status import PaymentStatus
from ..models.requisition_delivery_status import RequisitionDeliveryStatus
from ..models.shipping_display import ShippingDisplay
from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="AdvancePaymentInput")


@_attrs_define
class AdvancePaymentInput:
    """The invoice header of an advance payment as sent to create one: `client_id` is needed,
    and `type` must be 19.

        Attributes:
            type_ (int | InvoiceType | None): Always 19, the document type of advance payments.
            client_id (int): The client billed. The one field needed to create an invoice.
            id (int | Unset): The invoice's id.
            staff_id (int | None | Unset): The staff member who created the invoice; `0` is the account owner.
            subscription_id (int | None | str | Unset): The parent invoice this one follows, for example the invoice a
                refund belongs to; null when there is none. The documentation types it as text (its advance payment example
                sends `""`).
            store_id (int | None | Unset): The warehouse stock is taken from; the primary store when left out. Single lines
                can name their own store.
            no (None | str | Unset): The invoice number; generated when left out.
            po_number (int | None | str | Unset): The client's purchase-order number (the advance payment example sends a
                number).
            name (None | str | Unset): A name, used only by templates and subscriptions.
            branch_id (int | None | Unset): The branch the invoice belongs to; it must be an active branch.
            is_offline (bool | Flag | None | Unset): Whether the client is an offline client (`0`/`1`).
            currency_code (str | Unset): The invoice currency (ISO 4217); the account currency when left out.
            client_currency_code (None | str | Unset): The client's own currency, when it differs.
            client_business_name (None | str | Unset): The client's business name as printed on this invoice.
            client_first_name (None | str | Unset): The client's first name as printed on this invoice.
            client_last_name (None | str | Unset): The client's last name as printed on this invoice.
            client_email (None | str | Unset): The client's email address. Needed when the client receives invoices by
                email; otherwise it must still be a valid address when given.
            client_address1 (None | str | Unset): The client's address, first line.
            client_address2 (None | str | Unset): The client's address, second line.
            client_postal_code (None | str | Unset): The client's postal code.
            client_city (None | str | Unset): The client's city.
            client_state (None | str | Unset): The client's state or region.
            client_country_code (None | str | Unset): The client's country as an ISO 3166 alpha-2 code.
            client_active_secondary_address (bool | Flag | None | Unset): Whether the client's secondary address is in use
                (`0`/`1`).
            client_secondary_name (None | str | Unset): Contact name at the secondary address.
            client_secondary_address1 (None | str | Unset): Secondary address, first line.
            client_secondary_address2 (None | str | Unset): Secondary address, second line.
            client_secondary_city (None | str | Unset): Secondary address, city.
            client_secondary_state (None | str | Unset): Secondary address, state or region.
            client_secondary_postal_code (None | str | Unset): Secondary address, postal code.
            client_secondary_country_code (None | str | Unset): Secondary address, ISO 3166 alpha-2 country code.
            date (datetime.date | Unset): The invoice date (`YYYY-MM-DD`). It has to lie in an open financial period.
            issue_date (None | str | Unset): The issue date as `YYYY-MM-DD`, when it differs from `date`. Kept as text
                because Daftra may send it empty.
            due_after (int | None | Unset): Days from the invoice date until payment is due (0 or more).
            payment_status (int | None | PaymentStatus | Unset): How far the invoice is paid; Daftra derives it from the
                payments.
            draft (bool | Flag | None | Unset): `1` (or `true`) for a draft, `0` (or `false`) for a final invoice.
            discount (Decimal | None | Unset): A discount in percent (0 to 100) on the whole invoice. Use either this or
                `discount_amount` and set the other to 0; neither may exceed the largest discount the account or staff member
                allows.
            discount_amount (Decimal | None | Unset): A fixed discount on the whole invoice. Use either this or `discount`
                and set the other to 0.
            deposit (Decimal | None | Unset): The deposit amount.
            deposit_type (DepositType | int | None | Unset): Whether the deposit is paid.
            summary_subtotal (Decimal | Unset): Total before taxes.
            summary_discount (Decimal | Unset): Total of all discounts.
            summary_total (Decimal | Unset): Total including taxes.
            summary_paid (Decimal | Unset): Amount paid so far.
            summary_unpaid (Decimal | Unset): Amount still owed.
            summary_deposit (Decimal | None | Unset): Amount paid as deposit.
            summary_refund (Decimal | None | Unset): Amount refunded.
            notes (None | str | Unset): Notes printed for the client.
            html_notes (None | str | Unset): Notes in HTML, used by templates.
            terms (None | str | Unset): Terms and conditions text.
            invoice_layout_id (int | None | Unset): The print layout (general listing `InvoiceLayout`); the default layout
                when left out.
            estimate_id (int | None | Unset): The estimate this invoice was made from.
            shipping_options (int | None | ShippingDisplay | str | Unset): Which shipping details the invoice shows. The
                documentation types it as text (its advance payment example sends `""`).
            shipping_amount (Decimal | None | Unset): The shipping charge.
            shipping_option_id (int | None | Unset): The shipping option (carrier) used.
            follow_up_status (int | None | Unset): The follow-up status id.
            work_order_id (int | None | Unset): The work order the invoice is linked to.
            requisition_delivery_status (int | None | RequisitionDeliveryStatus | Unset): Delivery state of the requisition
                behind the invoice.
            pos_shift_id (int | None | Unset): The point-of-sale shift; when given, the store is taken from that shift.
            terminal_id (None | str | Unset): The point-of-sale terminal; ties the invoice to a POS shift.
            order_source_id (int | None | Unset): Where the order came from; needed only when the account makes order
                sources mandatory.
            language_id (int | None | Unset): The invoice language; the account language when left out.
            date_format (int | None | str | Unset): The date format printed; the account's format when left out.
            cost_center_id (int | None | Unset): The cost centre the invoice's journal entries go to.
            sales_person_id (int | None | Unset): The sales person credited; `-2` means several sales persons.
            unique_id (None | str | Unset): A reference chosen by the caller; when present, Daftra recomputes offers and
                discounts on the lines. It does not prevent duplicate invoices.
            source_type (int | InvoiceType | None | Unset): The kind of document this invoice was generated from (same codes
                as `type`); null when it has no source.
            source_id (int | None | Unset): The id of the document named by `source_type`.
            qr_code_url (None | str | Unset): Address of the invoice's QR code image (Saudi electronic invoices only).
            invoice_html_url (None | str | Unset): Address that returns the invoice rendered as HTML.
            invoice_pdf_url (None | str | Unset): Address that downloads the invoice as PDF.
            created (str | Unset): When the invoice was created (`YYYY-MM-DD HH:MM:SS`, account time).
            modified (str | Unset): When the invoice last changed (`YYYY-MM-DD HH:MM:SS`, account time).
    """

    type_: int | InvoiceType | None
    client_id: int
    id: int | Unset = UNSET
    staff_id: int | None | Unset = UNSET
    subscription_id: int | None | str | Unset = UNSET
    store_id: int | None | Unset = UNSET
    no: None | str | Unset = UNSET
    po_number: int | None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    branch_id: int | None | Unset = UNSET
    is_offline: bool | Flag | None | Unset = UNSET
    currency_code: str | Unset = UNSET
    client_currency_code: None | str | Unset = UNSET
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
    client_active_secondary_address: bool | Flag | None | Unset = UNSET
    client_secondary_name: None | str | Unset = UNSET
    client_secondary_address1: None | str | Unset = UNSET
    client_secondary_address2: None | str | Unset = UNSET
    client_secondary_city: None | str | Unset = UNSET
    client_secondary_state: None | str | Unset = UNSET
    client_secondary_postal_code: None | str | Unset = UNSET
    client_secondary_country_code: None | str | Unset = UNSET
    date: datetime.date | Unset = UNSET
    issue_date: None | str | Unset = UNSET
    due_after: int | None | Unset = UNSET
    payment_status: int | None | PaymentStatus | Unset = UNSET
    draft: bool | Flag | None | Unset = UNSET
    discount: Decimal | None | Unset = UNSET
    discount_amount: Decimal | None | Unset = UNSET
    deposit: Decimal | None | Unset = UNSET
    deposit_type: DepositType | int | None | Unset = UNSET
    summary_subtotal: Decimal | Unset = UNSET
    summary_discount: Decimal | Unset = UNSET
    summary_total: Decimal | Unset = UNSET
    summary_paid: Decimal | Unset = UNSET
    summary_unpaid: Decimal | Unset = UNSET
    summary_deposit: Decimal | None | Unset = UNSET
    summary_refund: Decimal | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    html_notes: None | str | Unset = UNSET
    terms: None | str | Unset = UNSET
    invoice_layout_id: int | None | Unset = UNSET
    estimate_id: int | None | Unset = UNSET
    shipping_options: int | None | ShippingDisplay | str | Unset = UNSET
    shipping_amount: Decimal | None | Unset = UNSET
    shipping_option_id: int | None | Unset = UNSET
    follow_up_status: int | None | Unset = UNSET
    work_order_id: int | None | Unset = UNSET
    requisition_delivery_status: int | None | RequisitionDeliveryStatus | Unset = UNSET
    pos_shift_id: int | None | Unset = UNSET
    terminal_id: None | str | Unset = UNSET
    order_source_id: int | None | Unset = UNSET
    language_id: int | None | Unset = UNSET
    date_format: int | None | str | Unset = UNSET
    cost_center_id: int | None | Unset = UNSET
    sales_person_id: int | None | Unset = UNSET
    unique_id: None | str | Unset = UNSET
    source_type: int | InvoiceType | None | Unset = UNSET
    source_id: int | None | Unset = UNSET
    qr_code_url: None | str | Unset = UNSET
    invoice_html_url: None | str | Unset = UNSET
    invoice_pdf_url: None | str | Unset = UNSET
    created: str | Unset = UNSET
    modified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_: int | None
        if isinstance(self.type_, InvoiceType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        client_id = self.client_id

        id = self.id

        staff_id: int | None | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

        subscription_id: int | None | str | Unset
        if isinstance(self.subscription_id, Unset):
            subscription_id = UNSET
        else:
            subscription_id = self.subscription_id

        store_id: int | None | Unset
        if isinstance(self.store_id, Unset):
            store_id = UNSET
        else:
            store_id = self.store_id

        no: None | str | Unset
        if isinstance(self.no, Unset):
            no = UNSET
        else:
            no = self.no

        po_number: int | None | str | Unset
        if isinstance(self.po_number, Unset):
            po_number = UNSET
        else:
            po_number = self.po_number

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        branch_id: int | None | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        is_offline: bool | int | None | Unset
        if isinstance(self.is_offline, Unset):
            is_offline = UNSET
        elif isinstance(self.is_offline, Flag):
            is_offline = self.is_offline.value
        else:
            is_offline = self.is_offline

        currency_code = self.currency_code

        client_currency_code: None | str | Unset
        if isinstance(self.client_currency_code, Unset):
            client_currency_code = UNSET
        else:
            client_currency_code = self.client_currency_code

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

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        issue_date: None | str | Unset
        if isinstance(self.issue_date, Unset):
            issue_date = UNSET
        else:
            issue_date = self.issue_date

        due_after: int | None | Unset
        if isinstance(self.due_after, Unset):
            due_after = UNSET
        else:
            due_after = self.due_after

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

        discount_amount = self.discount_amount

        deposit = self.deposit

        deposit_type: int | None | Unset
        if isinstance(self.deposit_type, Unset):
            deposit_type = UNSET
        elif isinstance(self.deposit_type, DepositType):
            deposit_type = self.deposit_type.value
        else:
            deposit_type = self.deposit_type

        summary_subtotal = self.summary_subtotal

        summary_discount = self.summary_discount

        summary_total = self.summary_total

        summary_paid = self.summary_paid

        summary_unpaid = self.summary_unpaid

        summary_deposit = self.summary_deposit

        summary_refund = self.summary_refund

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        html_notes: None | str | Unset
        if isinstance(self.html_notes, Unset):
            html_notes = UNSET
        else:
            html_notes = self.html_notes

        terms: None | str | Unset
        if isinstance(self.terms, Unset):
            terms = UNSET
        else:
            terms = self.terms

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

        shipping_options: int | None | str | Unset
        if isinstance(self.shipping_options, Unset):
            shipping_options = UNSET
        elif isinstance(self.shipping_options, ShippingDisplay):
            shipping_options = self.shipping_options.value
        else:
            shipping_options = self.shipping_options

        shipping_amount = self.shipping_amount

        shipping_option_id: int | None | Unset
        if isinstance(self.shipping_option_id, Unset):
            shipping_option_id = UNSET
        else:
            shipping_option_id = self.shipping_option_id

        follow_up_status: int | None | Unset
        if isinstance(self.follow_up_status, Unset):
            follow_up_status = UNSET
        else:
            follow_up_status = self.follow_up_status

        work_order_id: int | None | Unset
        if isinstance(self.work_order_id, Unset):
            work_order_id = UNSET
        else:
            work_order_id = self.work_order_id

        requisition_delivery_status: int | None | Unset
        if isinstance(self.requisition_delivery_status, Unset):
            requisition_delivery_status = UNSET
        elif isinstance(self.requisition_delivery_status, RequisitionDeliveryStatus):
            requisition_delivery_status = self.requisition_delivery_status.value
        else:
            requisition_delivery_status = self.requisition_delivery_status

        pos_shift_id: int | None | Unset
        if isinstance(self.pos_shift_id, Unset):
            pos_shift_id = UNSET
        else:
            pos_shift_id = self.pos_shift_id

        terminal_id: None | str | Unset
        if isinstance(self.terminal_id, Unset):
            terminal_id = UNSET
        else:
            terminal_id = self.terminal_id

        order_source_id: int | None | Unset
        if isinstance(self.order_source_id, Unset):
            order_source_id = UNSET
        else:
            order_source_id = self.order_source_id

        language_id: int | None | Unset
        if isinstance(self.language_id, Unset):
            language_id = UNSET
        else:
            language_id = self.language_id

        date_format: int | None | str | Unset
        if isinstance(self.date_format, Unset):
            date_format = UNSET
        else:
            date_format = self.date_format

        cost_center_id: int | None | Unset
        if isinstance(self.cost_center_id, Unset):
            cost_center_id = UNSET
        else:
            cost_center_id = self.cost_center_id

        sales_person_id: int | None | Unset
        if isinstance(self.sales_person_id, Unset):
            sales_person_id = UNSET
        else:
            sales_person_id = self.sales_person_id

        unique_id: None | str | Unset
        if isinstance(self.unique_id, Unset):
            unique_id = UNSET
        else:
            unique_id = self.unique_id

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

        qr_code_url: None | str | Unset
        if isinstance(self.qr_code_url, Unset):
            qr_code_url = UNSET
        else:
            qr_code_url = self.qr_code_url

        invoice_html_url: None | str | Unset
        if isinstance(self.invoice_html_url, Unset):
            invoice_html_url = UNSET
        else:
            invoice_html_url = self.invoice_html_url

        invoice_pdf_url: None | str | Unset
        if isinstance(self.invoice_pdf_url, Unset):
            invoice_pdf_url = UNSET
        else:
            invoice_pdf_url = self.invoice_pdf_url

        created = self.created

        modified = self.modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "client_id": client_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if store_id is not UNSET:
            field_dict["store_id"] = store_id
        if no is not UNSET:
            field_dict["no"] = no
        if po_number is not UNSET:
            field_dict["po_number"] = po_number
        if name is not UNSET:
            field_dict["name"] = name
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if is_offline is not UNSET:
            field_dict["is_offline"] = is_offline
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if client_currency_code is not UNSET:
            field_dict["client_currency_code"] = client_currency_code
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
        if date is not UNSET:
            field_dict["date"] = date
        if issue_date is not UNSET:
            field_dict["issue_date"] = issue_date
        if due_after is not UNSET:
            field_dict["due_after"] = due_after
        if payment_status is not UNSET:
            field_dict["payment_status"] = payment_status
        if draft is not UNSET:
            field_dict["draft"] = draft
        if discount is not UNSET:
            field_dict["discount"] = discount
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if deposit is not UNSET:
            field_dict["deposit"] = deposit
        if deposit_type is not UNSET:
            field_dict["deposit_type"] = deposit_type
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
        if summary_deposit is not UNSET:
            field_dict["summary_deposit"] = summary_deposit
        if summary_refund is not UNSET:
            field_dict["summary_refund"] = summary_refund
        if notes is not UNSET:
            field_dict["notes"] = notes
        if html_notes is not UNSET:
            field_dict["html_notes"] = html_notes
        if terms is not UNSET:
            field_dict["terms"] = terms
        if invoice_layout_id is not UNSET:
            field_dict["invoice_layout_id"] = invoice_layout_id
        if estimate_id is not UNSET:
            field_dict["estimate_id"] = estimate_id
        if shipping_options is not UNSET:
            field_dict["shipping_options"] = shipping_options
        if shipping_amount is not UNSET:
            field_dict["shipping_amount"] = shipping_amount
        if shipping_option_id is not UNSET:
            field_dict["shipping_option_id"] = shipping_option_id
        if follow_up_status is not UNSET:
            field_dict["follow_up_status"] = follow_up_status
        if work_order_id is not UNSET:
            field_dict["work_order_id"] = work_order_id
        if requisition_delivery_status is not UNSET:
            field_dict["requisition_delivery_status"] = requisition_delivery_status
        if pos_shift_id is not UNSET:
            field_dict["pos_shift_id"] = pos_shift_id
        if terminal_id is not UNSET:
            field_dict["terminal_id"] = terminal_id
        if order_source_id is not UNSET:
            field_dict["order_source_id"] = order_source_id
        if language_id is not UNSET:
            field_dict["language_id"] = language_id
        if date_format is not UNSET:
            field_dict["date_format"] = date_format
        if cost_center_id is not UNSET:
            field_dict["cost_center_id"] = cost_center_id
        if sales_person_id is not UNSET:
            field_dict["sales_person_id"] = sales_person_id
        if unique_id is not UNSET:
            field_dict["unique_id"] = unique_id
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if qr_code_url is not UNSET:
            field_dict["qr_code_url"] = qr_code_url
        if invoice_html_url is not UNSET:
            field_dict["invoice_html_url"] = invoice_html_url
        if invoice_pdf_url is not UNSET:
            field_dict["invoice_pdf_url"] = invoice_pdf_url
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_type_(data: object) -> int | InvoiceType | None:
            if data is None:
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                type_type_0 = InvoiceType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | InvoiceType | None, data)

        type_ = _parse_type_(d.pop("type"))

        client_id = d.pop("client_id")

        id = d.pop("id", UNSET)

        def _parse_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        staff_id = _parse_staff_id(d.pop("staff_id", UNSET))

        def _parse_subscription_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        subscription_id = _parse_subscription_id(d.pop("subscription_id", UNSET))

        def _parse_store_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        store_id = _parse_store_id(d.pop("store_id", UNSET))

        def _parse_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        no = _parse_no(d.pop("no", UNSET))

        def _parse_po_number(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        po_number = _parse_po_number(d.pop("po_number", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_branch_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

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

        currency_code = d.pop("currency_code", UNSET)

        def _parse_client_currency_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_currency_code = _parse_client_currency_code(d.pop("client_currency_code", UNSET))

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

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        def _parse_issue_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issue_date = _parse_issue_date(d.pop("issue_date", UNSET))

        def _parse_due_after(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        due_after = _parse_due_after(d.pop("due_after", UNSET))

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

        discount_amount = decimal_from_json(d.pop("discount_amount", UNSET), ("number",))

        deposit = decimal_from_json(d.pop("deposit", UNSET), ("number",))

        def _parse_deposit_type(data: object) -> DepositType | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                deposit_type_type_0 = DepositType(data)

                return deposit_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DepositType | int | None | Unset, data)

        deposit_type = _parse_deposit_type(d.pop("deposit_type", UNSET))

        summary_subtotal = decimal_from_json(d.pop("summary_subtotal", UNSET), ("number",))

        summary_discount = decimal_from_json(d.pop("summary_discount", UNSET), ("number",))

        summary_total = decimal_from_json(d.pop("summary_total", UNSET), ("number",))

        summary_paid = decimal_from_json(d.pop("summary_paid", UNSET), ("number",))

        summary_unpaid = decimal_from_json(d.pop("summary_unpaid", UNSET), ("number",))

        summary_deposit = decimal_from_json(d.pop("summary_deposit", UNSET), ("number",))

        summary_refund = decimal_from_json(d.pop("summary_refund", UNSET), ("number",))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_html_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        html_notes = _parse_html_notes(d.pop("html_notes", UNSET))

        def _parse_terms(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        terms = _parse_terms(d.pop("terms", UNSET))

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

        def _parse_shipping_options(data: object) -> int | None | ShippingDisplay | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                shipping_options_type_0 = ShippingDisplay(data)

                return shipping_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | ShippingDisplay | str | Unset, data)

        shipping_options = _parse_shipping_options(d.pop("shipping_options", UNSET))

        shipping_amount = decimal_from_json(d.pop("shipping_amount", UNSET), ("number",))

        def _parse_shipping_option_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        shipping_option_id = _parse_shipping_option_id(d.pop("shipping_option_id", UNSET))

        def _parse_follow_up_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        follow_up_status = _parse_follow_up_status(d.pop("follow_up_status", UNSET))

        def _parse_work_order_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        work_order_id = _parse_work_order_id(d.pop("work_order_id", UNSET))

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

        def _parse_pos_shift_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pos_shift_id = _parse_pos_shift_id(d.pop("pos_shift_id", UNSET))

        def _parse_terminal_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        terminal_id = _parse_terminal_id(d.pop("terminal_id", UNSET))

        def _parse_order_source_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order_source_id = _parse_order_source_id(d.pop("order_source_id", UNSET))

        def _parse_language_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        language_id = _parse_language_id(d.pop("language_id", UNSET))

        def _parse_date_format(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        date_format = _parse_date_format(d.pop("date_format", UNSET))

        def _parse_cost_center_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cost_center_id = _parse_cost_center_id(d.pop("cost_center_id", UNSET))

        def _parse_sales_person_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sales_person_id = _parse_sales_person_id(d.pop("sales_person_id", UNSET))

        def _parse_unique_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unique_id = _parse_unique_id(d.pop("unique_id", UNSET))

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

        def _parse_qr_code_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        qr_code_url = _parse_qr_code_url(d.pop("qr_code_url", UNSET))

        def _parse_invoice_html_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_html_url = _parse_invoice_html_url(d.pop("invoice_html_url", UNSET))

        def _parse_invoice_pdf_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_pdf_url = _parse_invoice_pdf_url(d.pop("invoice_pdf_url", UNSET))

        created = d.pop("created", UNSET)

        modified = d.pop("modified", UNSET)

        advance_payment_input = cls(
            type_=type_,
            client_id=client_id,
            id=id,
            staff_id=staff_id,
            subscription_id=subscription_id,
            store_id=store_id,
            no=no,
            po_number=po_number,
            name=name,
            branch_id=branch_id,
            is_offline=is_offline,
            currency_code=currency_code,
            client_currency_code=client_currency_code,
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
            client_active_secondary_address=client_active_secondary_address,
            client_secondary_name=client_secondary_name,
            client_secondary_address1=client_secondary_address1,
            client_secondary_address2=client_secondary_address2,
            client_secondary_city=client_secondary_city,
            client_secondary_state=client_secondary_state,
            client_secondary_postal_code=client_secondary_postal_code,
            client_secondary_country_code=client_secondary_country_code,
            date=date,
            issue_date=issue_date,
            due_after=due_after,
            payment_status=payment_status,
            draft=draft,
            discount=discount,
            discount_amount=discount_amount,
            deposit=deposit,
            deposit_type=deposit_type,
            summary_subtotal=summary_subtotal,
            summary_discount=summary_discount,
            summary_total=summary_total,
            summary_paid=summary_paid,
            summary_unpaid=summary_unpaid,
            summary_deposit=summary_deposit,
            summary_refund=summary_refund,
            notes=notes,
            html_notes=html_notes,
            terms=terms,
            invoice_layout_id=invoice_layout_id,
            estimate_id=estimate_id,
            shipping_options=shipping_options,
            shipping_amount=shipping_amount,
            shipping_option_id=shipping_option_id,
            follow_up_status=follow_up_status,
            work_order_id=work_order_id,
            requisition_delivery_status=requisition_delivery_status,
            pos_shift_id=pos_shift_id,
            terminal_id=terminal_id,
            order_source_id=order_source_id,
            language_id=language_id,
            date_format=date_format,
            cost_center_id=cost_center_id,
            sales_person_id=sales_person_id,
            unique_id=unique_id,
            source_type=source_type,
            source_id=source_id,
            qr_code_url=qr_code_url,
            invoice_html_url=invoice_html_url,
            invoice_pdf_url=invoice_pdf_url,
            created=created,
            modified=modified,
        )

        advance_payment_input.additional_properties = d
        return advance_payment_input

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


def _wire_type_(data: Any) -> Any:
    def _parse_type_(data: object) -> int | InvoiceType | None:
        if data is None:
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            type_type_0 = InvoiceType(data)

            return type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(int | InvoiceType | None, data)

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


def _wire_date(data: Any) -> Any:
    _date = data
    date: datetime.date | Unset
    if isinstance(_date, Unset):
        date = UNSET
    else:
        date = datetime.date.fromisoformat(_date)

    return date


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


def _wire_discount_amount(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_deposit(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_deposit_type(data: Any) -> Any:
    def _parse_deposit_type(data: object) -> DepositType | int | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            deposit_type_type_0 = DepositType(data)

            return deposit_type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(DepositType | int | None | Unset, data)

    deposit_type = _parse_deposit_type(data)

    return deposit_type


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


def _wire_summary_deposit(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_summary_refund(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_shipping_options(data: Any) -> Any:
    def _parse_shipping_options(data: object) -> int | None | ShippingDisplay | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            shipping_options_type_0 = ShippingDisplay(data)

            return shipping_options_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(int | None | ShippingDisplay | str | Unset, data)

    shipping_options = _parse_shipping_options(data)

    return shipping_options


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


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("type", "type_", _wire_type_, None),
    ("client_id", "client_id", None, None),
    ("id", "id", None, None),
    ("staff_id", "staff_id", None, None),
    ("subscription_id", "subscription_id", None, None),
    ("store_id", "store_id", None, None),
    ("no", "no", None, None),
    ("po_number", "po_number", None, None),
    ("name", "name", None, None),
    ("branch_id", "branch_id", None, None),
    ("is_offline", "is_offline", _wire_is_offline, None),
    ("currency_code", "currency_code", None, None),
    ("client_currency_code", "client_currency_code", None, None),
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
    ("date", "date", _wire_date, None),
    ("issue_date", "issue_date", None, None),
    ("due_after", "due_after", None, None),
    ("payment_status", "payment_status", _wire_payment_status, None),
    ("draft", "draft", _wire_draft, None),
    ("discount", "discount", _wire_discount, None),
    ("discount_amount", "discount_amount", _wire_discount_amount, None),
    ("deposit", "deposit", _wire_deposit, None),
    ("deposit_type", "deposit_type", _wire_deposit_type, None),
    ("summary_subtotal", "summary_subtotal", _wire_summary_subtotal, None),
    ("summary_discount", "summary_discount", _wire_summary_discount, None),
    ("summary_total", "summary_total", _wire_summary_total, None),
    ("summary_paid", "summary_paid", _wire_summary_paid, None),
    ("summary_unpaid", "summary_unpaid", _wire_summary_unpaid, None),
    ("summary_deposit", "summary_deposit", _wire_summary_deposit, None),
    ("summary_refund", "summary_refund", _wire_summary_refund, None),
    ("notes", "notes", None, None),
    ("html_notes", "html_notes", None, None),
    ("terms", "terms", None, None),
    ("invoice_layout_id", "invoice_layout_id", None, None),
    ("estimate_id", "estimate_id", None, None),
    ("shipping_options", "shipping_options", _wire_shipping_options, None),
    ("shipping_amount", "shipping_amount", _wire_shipping_amount, None),
    ("shipping_option_id", "shipping_option_id", None, None),
    ("follow_up_status", "follow_up_status", None, None),
    ("work_order_id", "work_order_id", None, None),
    (
        "requisition_delivery_status",
        "requisition_delivery_status",
        _wire_requisition_delivery_status,
        None,
    ),
    ("pos_shift_id", "pos_shift_id", None, None),
    ("terminal_id", "terminal_id", None, None),
    ("order_source_id", "order_source_id", None, None),
    ("language_id", "language_id", None, None),
    ("date_format", "date_format", None, None),
    ("cost_center_id", "cost_center_id", None, None),
    ("sales_person_id", "sales_person_id", None, None),
    ("unique_id", "unique_id", None, None),
    ("source_type", "source_type", _wire_source_type, None),
    ("source_id", "source_id", None, None),
    ("qr_code_url", "qr_code_url", None, None),
    ("invoice_html_url", "invoice_html_url", None, None),
    ("invoice_pdf_url", "invoice_pdf_url", None, None),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
)
