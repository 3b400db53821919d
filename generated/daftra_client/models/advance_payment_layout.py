from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="AdvancePaymentLayout")


@_attrs_define
class AdvancePaymentLayout:
    """The print layout of a v2 invoice row, with its captions and settings.

    Attributes:
        id (int | Unset): The layout's id.
        field1 (None | str | Unset): Layout text field 1.
        field2 (None | str | Unset): Layout text field 2.
        field3 (None | str | Unset): Layout text field 3.
        field4 (None | str | Unset): Layout text field 4.
        field5 (None | str | Unset): Layout text field 5.
        image (Any | Unset): Image used by the layout. Null in the documentation's example; its type is not
            documented.
        staff_id (int | None | Unset): The staff member who made it.
        html (None | str | Unset): The layout template as HTML.
        invoice_title (None | str | Unset): Title printed on invoice documents.
        estimate_title (None | str | Unset): Title printed on estimate documents.
        creditnote_title (None | str | Unset): Title printed on creditnote documents.
        business_info (None | str | Unset): Business details block.
        logo (None | str | Unset): Logo placement or file.
        client_info (None | str | Unset): Client details block.
        label_invoice_no (None | str | Unset): Caption printed for invoice no.
        label_date (None | str | Unset): Caption printed for date.
        label_po_no (None | str | Unset): Caption printed for po no.
        label_total (None | str | Unset): Caption printed for total.
        label_status (None | str | Unset): Caption printed for status.
        label_due_days (None | str | Unset): Caption printed for due days.
        label_due_date (None | str | Unset): Caption printed for due date.
        label_deposit (None | str | Unset): Caption printed for deposit.
        label_paid_amount (None | str | Unset): Caption printed for paid amount.
        label_unpaid_amount (None | str | Unset): Caption printed for unpaid amount.
        label_subtotal (None | str | Unset): Caption printed for subtotal.
        label_description (None | str | Unset): Caption printed for description.
        label_item (None | str | Unset): Caption printed for item.
        label_tax1 (None | str | Unset): Caption printed for tax1.
        label_tax2 (None | str | Unset): Caption printed for tax2.
        label_quantity (None | str | Unset): Caption printed for quantity.
        label_unit_price (None | str | Unset): Caption printed for unit price.
        label_item_total (None | str | Unset): Caption printed for item total.
        label_from_date (None | str | Unset): Caption printed for from date.
        label_to_date (None | str | Unset): Caption printed for to date.
        label_discount (None | str | Unset): Caption printed for discount.
        items_list (None | str | Unset): Line list block.
        custom_fields (None | str | Unset): Custom fields block.
        template_id (int | None | Unset): The template the layout is based on.
        footer (None | str | Unset): Footer text.
        created (None | str | Unset): When the layout was created.
        default (int | None | Unset): Whether this is the default layout (`0`/`1`).
        default_estimate (int | None | Unset): Whether this is the default layout for estimate (`0`/`1`).
        default_creditnote (int | None | Unset): Whether this is the default layout for creditnote (`0`/`1`).
        default_refundreceipt (int | None | Unset): Whether this is the default layout for refundreceipt (`0`/`1`).
        simple_item_currency (int | None | Unset): Whether line amounts show the currency (`0`/`1`).
        show_balance_due (int | None | Unset): Whether the balance due is shown (`0`/`1`).
        show_ship (int | None | Unset): Whether shipping details are shown (`0`/`1`).
        label_ship (None | str | Unset): Caption printed for ship.
        ship_info (None | str | Unset): Shipping details block.
        language_id (int | None | Unset): The layout language.
        label_shipping (None | str | Unset): Caption printed for shipping.
        item_columns (None | str | Unset): Line column settings, as JSON text.
        footer_html (None | str | Unset): Footer as HTML.
        css_style (None | str | Unset): Extra CSS.
        view_style (None | str | Unset): Display style.
        label_creditnote_no (None | str | Unset): Caption printed for creditnote no.
        label_creditnote_to (None | str | Unset): Caption printed for creditnote to.
        label_creditnote_date (None | str | Unset): Caption printed for creditnote date.
        label_estimate_no (None | str | Unset): Caption printed for estimate no.
        label_estimate_date (None | str | Unset): Caption printed for estimate date.
        refundreceipt_title (None | str | Unset): Title printed on refundreceipt documents.
        quantity_price (None | str | Unset): How quantity and price are labelled.
        label_refundreceipt_no (None | str | Unset): Caption printed for refundreceipt no.
        label_refundreceipt_date (None | str | Unset): Caption printed for refundreceipt date.
        label_to (None | str | Unset): Caption printed for to.
        label_refunded (None | str | Unset): Caption printed for refunded.
        alt_template (int | None | Unset): Alternative template number.
        layout_type (int | None | Unset): Kind of layout.
        sticky_footer (None | str | Unset): Footer repeated on every page.
        sticky_header (None | str | Unset): Header repeated on every page.
        default_purchase_refund (int | None | Unset): Whether this is the default layout for purchase refund (`0`/`1`).
        default_purchase_order (int | None | Unset): Whether this is the default layout for purchase order (`0`/`1`).
        branch_id (int | None | Unset): The branch of the layout.
        purchase_order_title (None | str | Unset): Title printed on purchase order documents.
        default_width (int | None | Unset): Whether this is the default layout for width (`0`/`1`).
        default_height (int | None | Unset): Whether this is the default layout for height (`0`/`1`).
        min_width (int | None | Unset): Smallest page width.
        min_height (int | None | Unset): Smallest page height.
        max_width (int | None | Unset): Largest page width.
        max_height (int | None | Unset): Largest page height.
        name (None | str | Unset): The layout's name.
    """

    id: int | Unset = UNSET
    field1: None | str | Unset = UNSET
    field2: None | str | Unset = UNSET
    field3: None | str | Unset = UNSET
    field4: None | str | Unset = UNSET
    field5: None | str | Unset = UNSET
    image: Any | Unset = UNSET
    staff_id: int | None | Unset = UNSET
    html: None | str | Unset = UNSET
    invoice_title: None | str | Unset = UNSET
    estimate_title: None | str | Unset = UNSET
    creditnote_title: None | str | Unset = UNSET
    business_info: None | str | Unset = UNSET
    logo: None | str | Unset = UNSET
    client_info: None | str | Unset = UNSET
    label_invoice_no: None | str | Unset = UNSET
    label_date: None | str | Unset = UNSET
    label_po_no: None | str | Unset = UNSET
    label_total: None | str | Unset = UNSET
    label_status: None | str | Unset = UNSET
    label_due_days: None | str | Unset = UNSET
    label_due_date: None | str | Unset = UNSET
    label_deposit: None | str | Unset = UNSET
    label_paid_amount: None | str | Unset = UNSET
    label_unpaid_amount: None | str | Unset = UNSET
    label_subtotal: None | str | Unset = UNSET
    label_description: None | str | Unset = UNSET
    label_item: None | str | Unset = UNSET
    label_tax1: None | str | Unset = UNSET
    label_tax2: None | str | Unset = UNSET
    label_quantity: None | str | Unset = UNSET
    label_unit_price: None | str | Unset = UNSET
    label_item_total: None | str | Unset = UNSET
    label_from_date: None | str | Unset = UNSET
    label_to_date: None | str | Unset = UNSET
    label_discount: None | str | Unset = UNSET
    items_list: None | str | Unset = UNSET
    custom_fields: None | str | Unset = UNSET
    template_id: int | None | Unset = UNSET
    footer: None | str | Unset = UNSET
    created: None | str | Unset = UNSET
    default: int | None | Unset = UNSET
    default_estimate: int | None | Unset = UNSET
    default_creditnote: int | None | Unset = UNSET
    default_refundreceipt: int | None | Unset = UNSET
    simple_item_currency: int | None | Unset = UNSET
    show_balance_due: int | None | Unset = UNSET
    show_ship: int | None | Unset = UNSET
    label_ship: None | str | Unset = UNSET
    ship_info: None | str | Unset = UNSET
    language_id: int | None | Unset = UNSET
    label_shipping: None | str | Unset = UNSET
    item_columns: None | str | Unset = UNSET
    footer_html: None | str | Unset = UNSET
    css_style: None | str | Unset = UNSET
    view_style: None | str | Unset = UNSET
    label_creditnote_no: None | str | Unset = UNSET
    label_creditnote_to: None | str | Unset = UNSET
    label_creditnote_date: None | str | Unset = UNSET
    label_estimate_no: None | str | Unset = UNSET
    label_estimate_date: None | str | Unset = UNSET
    refundreceipt_title: None | str | Unset = UNSET
    quantity_price: None | str | Unset = UNSET
    label_refundreceipt_no: None | str | Unset = UNSET
    label_refundreceipt_date: None | str | Unset = UNSET
    label_to: None | str | Unset = UNSET
    label_refunded: None | str | Unset = UNSET
    alt_template: int | None | Unset = UNSET
    layout_type: int | None | Unset = UNSET
    sticky_footer: None | str | Unset = UNSET
    sticky_header: None | str | Unset = UNSET
    default_purchase_refund: int | None | Unset = UNSET
    default_purchase_order: int | None | Unset = UNSET
    branch_id: int | None | Unset = UNSET
    purchase_order_title: None | str | Unset = UNSET
    default_width: int | None | Unset = UNSET
    default_height: int | None | Unset = UNSET
    min_width: int | None | Unset = UNSET
    min_height: int | None | Unset = UNSET
    max_width: int | None | Unset = UNSET
    max_height: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field1: None | str | Unset
        if isinstance(self.field1, Unset):
            field1 = UNSET
        else:
            field1 = self.field1

        field2: None | str | Unset
        if isinstance(self.field2, Unset):
            field2 = UNSET
        else:
            field2 = self.field2

        field3: None | str | Unset
        if isinstance(self.field3, Unset):
            field3 = UNSET
        else:
            field3 = self.field3

        field4: None | str | Unset
        if isinstance(self.field4, Unset):
            field4 = UNSET
        else:
            field4 = self.field4

        field5: None | str | Unset
        if isinstance(self.field5, Unset):
            field5 = UNSET
        else:
            field5 = self.field5

        image = self.image

        staff_id: int | None | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

        html: None | str | Unset
        if isinstance(self.html, Unset):
            html = UNSET
        else:
            html = self.html

        invoice_title: None | str | Unset
        if isinstance(self.invoice_title, Unset):
            invoice_title = UNSET
        else:
            invoice_title = self.invoice_title

        estimate_title: None | str | Unset
        if isinstance(self.estimate_title, Unset):
            estimate_title = UNSET
        else:
            estimate_title = self.estimate_title

        creditnote_title: None | str | Unset
        if isinstance(self.creditnote_title, Unset):
            creditnote_title = UNSET
        else:
            creditnote_title = self.creditnote_title

        business_info: None | str | Unset
        if isinstance(self.business_info, Unset):
            business_info = UNSET
        else:
            business_info = self.business_info

        logo: None | str | Unset
        if isinstance(self.logo, Unset):
            logo = UNSET
        else:
            logo = self.logo

        client_info: None | str | Unset
        if isinstance(self.client_info, Unset):
            client_info = UNSET
        else:
            client_info = self.client_info

        label_invoice_no: None | str | Unset
        if isinstance(self.label_invoice_no, Unset):
            label_invoice_no = UNSET
        else:
            label_invoice_no = self.label_invoice_no

        label_date: None | str | Unset
        if isinstance(self.label_date, Unset):
            label_date = UNSET
        else:
            label_date = self.label_date

        label_po_no: None | str | Unset
        if isinstance(self.label_po_no, Unset):
            label_po_no = UNSET
        else:
            label_po_no = self.label_po_no

        label_total: None | str | Unset
        if isinstance(self.label_total, Unset):
            label_total = UNSET
        else:
            label_total = self.label_total

        label_status: None | str | Unset
        if isinstance(self.label_status, Unset):
            label_status = UNSET
        else:
            label_status = self.label_status

        label_due_days: None | str | Unset
        if isinstance(self.label_due_days, Unset):
            label_due_days = UNSET
        else:
            label_due_days = self.label_due_days

        label_due_date: None | str | Unset
        if isinstance(self.label_due_date, Unset):
            label_due_date = UNSET
        else:
            label_due_date = self.label_due_date

        label_deposit: None | str | Unset
        if isinstance(self.label_deposit, Unset):
            label_deposit = UNSET
        else:
            label_deposit = self.label_deposit

        label_paid_amount: None | str | Unset
        if isinstance(self.label_paid_amount, Unset):
            label_paid_amount = UNSET
        else:
            label_paid_amount = self.label_paid_amount

        label_unpaid_amount: None | str | Unset
        if isinstance(self.label_unpaid_amount, Unset):
            label_unpaid_amount = UNSET
        else:
            label_unpaid_amount = self.label_unpaid_amount

        label_subtotal: None | str | Unset
        if isinstance(self.label_subtotal, Unset):
            label_subtotal = UNSET
        else:
            label_subtotal = self.label_subtotal

        label_description: None | str | Unset
        if isinstance(self.label_description, Unset):
            label_description = UNSET
        else:
            label_description = self.label_description

        label_item: None | str | Unset
        if isinstance(self.label_item, Unset):
            label_item = UNSET
        else:
            label_item = self.label_item

        label_tax1: None | str | Unset
        if isinstance(self.label_tax1, Unset):
            label_tax1 = UNSET
        else:
            label_tax1 = self.label_tax1

        label_tax2: None | str | Unset
        if isinstance(self.label_tax2, Unset):
            label_tax2 = UNSET
        else:
            label_tax2 = self.label_tax2

        label_quantity: None | str | Unset
        if isinstance(self.label_quantity, Unset):
            label_quantity = UNSET
        else:
            label_quantity = self.label_quantity

        label_unit_price: None | str | Unset
        if isinstance(self.label_unit_price, Unset):
            label_unit_price = UNSET
        else:
            label_unit_price = self.label_unit_price

        label_item_total: None | str | Unset
        if isinstance(self.label_item_total, Unset):
            label_item_total = UNSET
        else:
            label_item_total = self.label_item_total

        label_from_date: None | str | Unset
        if isinstance(self.label_from_date, Unset):
            label_from_date = UNSET
        else:
            label_from_date = self.label_from_date

        label_to_date: None | str | Unset
        if isinstance(self.label_to_date, Unset):
            label_to_date = UNSET
        else:
            label_to_date = self.label_to_date

        label_discount: None | str | Unset
        if isinstance(self.label_discount, Unset):
            label_discount = UNSET
        else:
            label_discount = self.label_discount

        items_list: None | str | Unset
        if isinstance(self.items_list, Unset):
            items_list = UNSET
        else:
            items_list = self.items_list

        custom_fields: None | str | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = self.custom_fields

        template_id: int | None | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        footer: None | str | Unset
        if isinstance(self.footer, Unset):
            footer = UNSET
        else:
            footer = self.footer

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        default: int | None | Unset
        if isinstance(self.default, Unset):
            default = UNSET
        else:
            default = self.default

        default_estimate: int | None | Unset
        if isinstance(self.default_estimate, Unset):
            default_estimate = UNSET
        else:
            default_estimate = self.default_estimate

        default_creditnote: int | None | Unset
        if isinstance(self.default_creditnote, Unset):
            default_creditnote = UNSET
        else:
            default_creditnote = self.default_creditnote

        default_refundreceipt: int | None | Unset
        if isinstance(self.default_refundreceipt, Unset):
            default_refundreceipt = UNSET
        else:
            default_refundreceipt = self.default_refundreceipt

        simple_item_currency: int | None | Unset
        if isinstance(self.simple_item_currency, Unset):
            simple_item_currency = UNSET
        else:
            simple_item_currency = self.simple_item_currency

        show_balance_due: int | None | Unset
        if isinstance(self.show_balance_due, Unset):
            show_balance_due = UNSET
        else:
            show_balance_due = self.show_balance_due

        show_ship: int | None | Unset
        if isinstance(self.show_ship, Unset):
            show_ship = UNSET
        else:
            show_ship = self.show_ship

        label_ship: None | str | Unset
        if isinstance(self.label_ship, Unset):
            label_ship = UNSET
        else:
            label_ship = self.label_ship

        ship_info: None | str | Unset
        if isinstance(self.ship_info, Unset):
            ship_info = UNSET
        else:
            ship_info = self.ship_info

        language_id: int | None | Unset
        if isinstance(self.language_id, Unset):
            language_id = UNSET
        else:
            language_id = self.language_id

        label_shipping: None | str | Unset
        if isinstance(self.label_shipping, Unset):
            label_shipping = UNSET
        else:
            label_shipping = self.label_shipping

        item_columns: None | str | Unset
        if isinstance(self.item_columns, Unset):
            item_columns = UNSET
        else:
            item_columns = self.item_columns

        footer_html: None | str | Unset
        if isinstance(self.footer_html, Unset):
            footer_html = UNSET
        else:
            footer_html = self.footer_html

        css_style: None | str | Unset
        if isinstance(self.css_style, Unset):
            css_style = UNSET
        else:
            css_style = self.css_style

        view_style: None | str | Unset
        if isinstance(self.view_style, Unset):
            view_style = UNSET
        else:
            view_style = self.view_style

        label_creditnote_no: None | str | Unset
        if isinstance(self.label_creditnote_no, Unset):
            label_creditnote_no = UNSET
        else:
            label_creditnote_no = self.label_creditnote_no

        label_creditnote_to: None | str | Unset
        if isinstance(self.label_creditnote_to, Unset):
            label_creditnote_to = UNSET
        else:
            label_creditnote_to = self.label_creditnote_to

        label_creditnote_date: None | str | Unset
        if isinstance(self.label_creditnote_date, Unset):
            label_creditnote_date = UNSET
        else:
            label_creditnote_date = self.label_creditnote_date

        label_estimate_no: None | str | Unset
        if isinstance(self.label_estimate_no, Unset):
            label_estimate_no = UNSET
        else:
            label_estimate_no = self.label_estimate_no

        label_estimate_date: None | str | Unset
        if isinstance(self.label_estimate_date, Unset):
            label_estimate_date = UNSET
        else:
            label_estimate_date = self.label_estimate_date

        refundreceipt_title: None | str | Unset
        if isinstance(self.refundreceipt_title, Unset):
            refundreceipt_title = UNSET
        else:
            refundreceipt_title = self.refundreceipt_title

        quantity_price: None | str | Unset
        if isinstance(self.quantity_price, Unset):
            quantity_price = UNSET
        else:
            quantity_price = self.quantity_price

        label_refundreceipt_no: None | str | Unset
        if isinstance(self.label_refundreceipt_no, Unset):
            label_refundreceipt_no = UNSET
        else:
            label_refundreceipt_no = self.label_refundreceipt_no

        label_refundreceipt_date: None | str | Unset
        if isinstance(self.label_refundreceipt_date, Unset):
            label_refundreceipt_date = UNSET
        else:
            label_refundreceipt_date = self.label_refundreceipt_date

        label_to: None | str | Unset
        if isinstance(self.label_to, Unset):
            label_to = UNSET
        else:
            label_to = self.label_to

        label_refunded: None | str | Unset
        if isinstance(self.label_refunded, Unset):
            label_refunded = UNSET
        else:
            label_refunded = self.label_refunded

        alt_template: int | None | Unset
        if isinstance(self.alt_template, Unset):
            alt_template = UNSET
        else:
            alt_template = self.alt_template

        layout_type: int | None | Unset
        if isinstance(self.layout_type, Unset):
            layout_type = UNSET
        else:
            layout_type = self.layout_type

        sticky_footer: None | str | Unset
        if isinstance(self.sticky_footer, Unset):
            sticky_footer = UNSET
        else:
            sticky_footer = self.sticky_footer

        sticky_header: None | str | Unset
        if isinstance(self.sticky_header, Unset):
            sticky_header = UNSET
        else:
            sticky_header = self.sticky_header

        default_purchase_refund: int | None | Unset
        if isinstance(self.default_purchase_refund, Unset):
            default_purchase_refund = UNSET
        else:
            default_purchase_refund = self.default_purchase_refund

        default_purchase_order: int | None | Unset
        if isinstance(self.default_purchase_order, Unset):
            default_purchase_order = UNSET
        else:
            default_purchase_order = self.default_purchase_order

        branch_id: int | None | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        purchase_order_title: None | str | Unset
        if isinstance(self.purchase_order_title, Unset):
            purchase_order_title = UNSET
        else:
            purchase_order_title = self.purchase_order_title

        default_width: int | None | Unset
        if isinstance(self.default_width, Unset):
            default_width = UNSET
        else:
            default_width = self.default_width

        default_height: int | None | Unset
        if isinstance(self.default_height, Unset):
            default_height = UNSET
        else:
            default_height = self.default_height

        min_width: int | None | Unset
        if isinstance(self.min_width, Unset):
            min_width = UNSET
        else:
            min_width = self.min_width

        min_height: int | None | Unset
        if isinstance(self.min_height, Unset):
            min_height = UNSET
        else:
            min_height = self.min_height

        max_width: int | None | Unset
        if isinstance(self.max_width, Unset):
            max_width = UNSET
        else:
            max_width = self.max_width

        max_height: int | None | Unset
        if isinstance(self.max_height, Unset):
            max_height = UNSET
        else:
            max_height = self.max_height

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if field1 is not UNSET:
            field_dict["field1"] = field1
        if field2 is not UNSET:
            field_dict["field2"] = field2
        if field3 is not UNSET:
            field_dict["field3"] = field3
        if field4 is not UNSET:
            field_dict["field4"] = field4
        if field5 is not UNSET:
            field_dict["field5"] = field5
        if image is not UNSET:
            field_dict["image"] = image
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if html is not UNSET:
            field_dict["html"] = html
        if invoice_title is not UNSET:
            field_dict["invoice_title"] = invoice_title
        if estimate_title is not UNSET:
            field_dict["estimate_title"] = estimate_title
        if creditnote_title is not UNSET:
            field_dict["creditnote_title"] = creditnote_title
        if business_info is not UNSET:
            field_dict["business_info"] = business_info
        if logo is not UNSET:
            field_dict["logo"] = logo
        if client_info is not UNSET:
            field_dict["client_info"] = client_info
        if label_invoice_no is not UNSET:
            field_dict["label_invoice_no"] = label_invoice_no
        if label_date is not UNSET:
            field_dict["label_date"] = label_date
        if label_po_no is not UNSET:
            field_dict["label_po_no"] = label_po_no
        if label_total is not UNSET:
            field_dict["label_total"] = label_total
        if label_status is not UNSET:
            field_dict["label_status"] = label_status
        if label_due_days is not UNSET:
            field_dict["label_due_days"] = label_due_days
        if label_due_date is not UNSET:
            field_dict["label_due_date"] = label_due_date
        if label_deposit is not UNSET:
            field_dict["label_deposit"] = label_deposit
        if label_paid_amount is not UNSET:
            field_dict["label_paid_amount"] = label_paid_amount
        if label_unpaid_amount is not UNSET:
            field_dict["label_unpaid_amount"] = label_unpaid_amount
        if label_subtotal is not UNSET:
            field_dict["label_subtotal"] = label_subtotal
        if label_description is not UNSET:
            field_dict["label_description"] = label_description
        if label_item is not UNSET:
            field_dict["label_item"] = label_item
        if label_tax1 is not UNSET:
            field_dict["label_tax1"] = label_tax1
        if label_tax2 is not UNSET:
            field_dict["label_tax2"] = label_tax2
        if label_quantity is not UNSET:
            field_dict["label_quantity"] = label_quantity
        if label_unit_price is not UNSET:
            field_dict["label_unit_price"] = label_unit_price
        if label_item_total is not UNSET:
            field_dict["label_item_total"] = label_item_total
        if label_from_date is not UNSET:
            field_dict["label_from_date"] = label_from_date
        if label_to_date is not UNSET:
            field_dict["label_to_date"] = label_to_date
        if label_discount is not UNSET:
            field_dict["label_discount"] = label_discount
        if items_list is not UNSET:
            field_dict["items_list"] = items_list
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if footer is not UNSET:
            field_dict["footer"] = footer
        if created is not UNSET:
            field_dict["created"] = created
        if default is not UNSET:
            field_dict["default"] = default
        if default_estimate is not UNSET:
            field_dict["default_estimate"] = default_estimate
        if default_creditnote is not UNSET:
            field_dict["default_creditnote"] = default_creditnote
        if default_refundreceipt is not UNSET:
            field_dict["default_refundreceipt"] = default_refundreceipt
        if simple_item_currency is not UNSET:
            field_dict["simple_item_currency"] = simple_item_currency
        if show_balance_due is not UNSET:
            field_dict["show_balance_due"] = show_balance_due
        if show_ship is not UNSET:
            field_dict["show_ship"] = show_ship
        if label_ship is not UNSET:
            field_dict["label_ship"] = label_ship
        if ship_info is not UNSET:
            field_dict["ship_info"] = ship_info
        if language_id is not UNSET:
            field_dict["language_id"] = language_id
        if label_shipping is not UNSET:
            field_dict["label_shipping"] = label_shipping
        if item_columns is not UNSET:
            field_dict["item_columns"] = item_columns
        if footer_html is not UNSET:
            field_dict["footer_html"] = footer_html
        if css_style is not UNSET:
            field_dict["css_style"] = css_style
        if view_style is not UNSET:
            field_dict["view_style"] = view_style
        if label_creditnote_no is not UNSET:
            field_dict["label_creditnote_no"] = label_creditnote_no
        if label_creditnote_to is not UNSET:
            field_dict["label_creditnote_to"] = label_creditnote_to
        if label_creditnote_date is not UNSET:
            field_dict["label_creditnote_date"] = label_creditnote_date
        if label_estimate_no is not UNSET:
            field_dict["label_estimate_no"] = label_estimate_no
        if label_estimate_date is not UNSET:
            field_dict["label_estimate_date"] = label_estimate_date
        if refundreceipt_title is not UNSET:
            field_dict["refundreceipt_title"] = refundreceipt_title
        if quantity_price is not UNSET:
            field_dict["quantity_price"] = quantity_price
        if label_refundreceipt_no is not UNSET:
            field_dict["label_refundreceipt_no"] = label_refundreceipt_no
        if label_refundreceipt_date is not UNSET:
            field_dict["label_refundreceipt_date"] = label_refundreceipt_date
        if label_to is not UNSET:
            field_dict["label_to"] = label_to
        if label_refunded is not UNSET:
            field_dict["label_refunded"] = label_refunded
        if alt_template is not UNSET:
            field_dict["alt_template"] = alt_template
        if layout_type is not UNSET:
            field_dict["layout_type"] = layout_type
        if sticky_footer is not UNSET:
            field_dict["sticky_footer"] = sticky_footer
        if sticky_header is not UNSET:
            field_dict["sticky_header"] = sticky_header
        if default_purchase_refund is not UNSET:
            field_dict["default_purchase_refund"] = default_purchase_refund
        if default_purchase_order is not UNSET:
            field_dict["default_purchase_order"] = default_purchase_order
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if purchase_order_title is not UNSET:
            field_dict["purchase_order_title"] = purchase_order_title
        if default_width is not UNSET:
            field_dict["default_width"] = default_width
        if default_height is not UNSET:
            field_dict["default_height"] = default_height
        if min_width is not UNSET:
            field_dict["min_width"] = min_width
        if min_height is not UNSET:
            field_dict["min_height"] = min_height
        if max_width is not UNSET:
            field_dict["max_width"] = max_width
        if max_height is not UNSET:
            field_dict["max_height"] = max_height
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_field1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field1 = _parse_field1(d.pop("field1", UNSET))

        def _parse_field2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field2 = _parse_field2(d.pop("field2", UNSET))

        def _parse_field3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field3 = _parse_field3(d.pop("field3", UNSET))

        def _parse_field4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field4 = _parse_field4(d.pop("field4", UNSET))

        def _parse_field5(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field5 = _parse_field5(d.pop("field5", UNSET))

        image = d.pop("image", UNSET)

        def _parse_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        staff_id = _parse_staff_id(d.pop("staff_id", UNSET))

        def _parse_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        html = _parse_html(d.pop("html", UNSET))

        def _parse_invoice_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_title = _parse_invoice_title(d.pop("invoice_title", UNSET))

        def _parse_estimate_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        estimate_title = _parse_estimate_title(d.pop("estimate_title", UNSET))

        def _parse_creditnote_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        creditnote_title = _parse_creditnote_title(d.pop("creditnote_title", UNSET))

        def _parse_business_info(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_info = _parse_business_info(d.pop("business_info", UNSET))

        def _parse_logo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo = _parse_logo(d.pop("logo", UNSET))

        def _parse_client_info(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_info = _parse_client_info(d.pop("client_info", UNSET))

        def _parse_label_invoice_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_invoice_no = _parse_label_invoice_no(d.pop("label_invoice_no", UNSET))

        def _parse_label_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_date = _parse_label_date(d.pop("label_date", UNSET))

        def _parse_label_po_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_po_no = _parse_label_po_no(d.pop("label_po_no", UNSET))

        def _parse_label_total(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_total = _parse_label_total(d.pop("label_total", UNSET))

        def _parse_label_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_status = _parse_label_status(d.pop("label_status", UNSET))

        def _parse_label_due_days(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_due_days = _parse_label_due_days(d.pop("label_due_days", UNSET))

        def _parse_label_due_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_due_date = _parse_label_due_date(d.pop("label_due_date", UNSET))

        def _parse_label_deposit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_deposit = _parse_label_deposit(d.pop("label_deposit", UNSET))

        def _parse_label_paid_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_paid_amount = _parse_label_paid_amount(d.pop("label_paid_amount", UNSET))

        def _parse_label_unpaid_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_unpaid_amount = _parse_label_unpaid_amount(d.pop("label_unpaid_amount", UNSET))

        def _parse_label_subtotal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_subtotal = _parse_label_subtotal(d.pop("label_subtotal", UNSET))

        def _parse_label_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_description = _parse_label_description(d.pop("label_description", UNSET))

        def _parse_label_item(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_item = _parse_label_item(d.pop("label_item", UNSET))

        def _parse_label_tax1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_tax1 = _parse_label_tax1(d.pop("label_tax1", UNSET))

        def _parse_label_tax2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_tax2 = _parse_label_tax2(d.pop("label_tax2", UNSET))

        def _parse_label_quantity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_quantity = _parse_label_quantity(d.pop("label_quantity", UNSET))

        def _parse_label_unit_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_unit_price = _parse_label_unit_price(d.pop("label_unit_price", UNSET))

        def _parse_label_item_total(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_item_total = _parse_label_item_total(d.pop("label_item_total", UNSET))

        def _parse_label_from_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_from_date = _parse_label_from_date(d.pop("label_from_date", UNSET))

        def _parse_label_to_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_to_date = _parse_label_to_date(d.pop("label_to_date", UNSET))

        def _parse_label_discount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_discount = _parse_label_discount(d.pop("label_discount", UNSET))

        def _parse_items_list(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        items_list = _parse_items_list(d.pop("items_list", UNSET))

        def _parse_custom_fields(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("custom_fields", UNSET))

        def _parse_template_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        template_id = _parse_template_id(d.pop("template_id", UNSET))

        def _parse_footer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        footer = _parse_footer(d.pop("footer", UNSET))

        def _parse_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_default(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default = _parse_default(d.pop("default", UNSET))

        def _parse_default_estimate(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_estimate = _parse_default_estimate(d.pop("default_estimate", UNSET))

        def _parse_default_creditnote(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_creditnote = _parse_default_creditnote(d.pop("default_creditnote", UNSET))

        def _parse_default_refundreceipt(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_refundreceipt = _parse_default_refundreceipt(d.pop("default_refundreceipt", UNSET))

        def _parse_simple_item_currency(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        simple_item_currency = _parse_simple_item_currency(d.pop("simple_item_currency", UNSET))

        def _parse_show_balance_due(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        show_balance_due = _parse_show_balance_due(d.pop("show_balance_due", UNSET))

        def _parse_show_ship(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        show_ship = _parse_show_ship(d.pop("show_ship", UNSET))

        def _parse_label_ship(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_ship = _parse_label_ship(d.pop("label_ship", UNSET))

        def _parse_ship_info(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ship_info = _parse_ship_info(d.pop("ship_info", UNSET))

        def _parse_language_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        language_id = _parse_language_id(d.pop("language_id", UNSET))

        def _parse_label_shipping(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_shipping = _parse_label_shipping(d.pop("label_shipping", UNSET))

        def _parse_item_columns(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        item_columns = _parse_item_columns(d.pop("item_columns", UNSET))

        def _parse_footer_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        footer_html = _parse_footer_html(d.pop("footer_html", UNSET))

        def _parse_css_style(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        css_style = _parse_css_style(d.pop("css_style", UNSET))

        def _parse_view_style(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        view_style = _parse_view_style(d.pop("view_style", UNSET))

        def _parse_label_creditnote_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_creditnote_no = _parse_label_creditnote_no(d.pop("label_creditnote_no", UNSET))

        def _parse_label_creditnote_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_creditnote_to = _parse_label_creditnote_to(d.pop("label_creditnote_to", UNSET))

        def _parse_label_creditnote_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_creditnote_date = _parse_label_creditnote_date(d.pop("label_creditnote_date", UNSET))

        def _parse_label_estimate_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_estimate_no = _parse_label_estimate_no(d.pop("label_estimate_no", UNSET))

        def _parse_label_estimate_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_estimate_date = _parse_label_estimate_date(d.pop("label_estimate_date", UNSET))

        def _parse_refundreceipt_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refundreceipt_title = _parse_refundreceipt_title(d.pop("refundreceipt_title", UNSET))

        def _parse_quantity_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quantity_price = _parse_quantity_price(d.pop("quantity_price", UNSET))

        def _parse_label_refundreceipt_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_refundreceipt_no = _parse_label_refundreceipt_no(
            d.pop("label_refundreceipt_no", UNSET)
        )

        def _parse_label_refundreceipt_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_refundreceipt_date = _parse_label_refundreceipt_date(
            d.pop("label_refundreceipt_date", UNSET)
        )

        def _parse_label_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_to = _parse_label_to(d.pop("label_to", UNSET))

        def _parse_label_refunded(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_refunded = _parse_label_refunded(d.pop("label_refunded", UNSET))

        def _parse_alt_template(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        alt_template = _parse_alt_template(d.pop("alt_template", UNSET))

        def _parse_layout_type(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        layout_type = _parse_layout_type(d.pop("layout_type", UNSET))

        def _parse_sticky_footer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sticky_footer = _parse_sticky_footer(d.pop("sticky_footer", UNSET))

        def _parse_sticky_header(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sticky_header = _parse_sticky_header(d.pop("sticky_header", UNSET))

        def _parse_default_purchase_refund(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_purchase_refund = _parse_default_purchase_refund(
            d.pop("default_purchase_refund", UNSET)
        )

        def _parse_default_purchase_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_purchase_order = _parse_default_purchase_order(
            d.pop("default_purchase_order", UNSET)
        )

        def _parse_branch_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        def _parse_purchase_order_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purchase_order_title = _parse_purchase_order_title(d.pop("purchase_order_title", UNSET))

        def _parse_default_width(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_width = _parse_default_width(d.pop("default_width", UNSET))

        def _parse_default_height(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_height = _parse_default_height(d.pop("default_height", UNSET))

        def _parse_min_width(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_width = _parse_min_width(d.pop("min_width", UNSET))

        def _parse_min_height(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_height = _parse_min_height(d.pop("min_height", UNSET))

        def _parse_max_width(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_width = _parse_max_width(d.pop("max_width", UNSET))

        def _parse_max_height(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_height = _parse_max_height(d.pop("max_height", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        advance_payment_layout = cls(
            id=id,
            field1=field1,
            field2=field2,
            field3=field3,
            field4=field4,
            field5=field5,
            image=image,
            staff_id=staff_id,
            html=html,
            invoice_title=invoice_title,
            estimate_title=estimate_title,
            creditnote_title=creditnote_title,
            business_info=business_info,
            logo=logo,
            client_info=client_info,
            label_invoice_no=label_invoice_no,
            label_date=label_date,
            label_po_no=label_po_no,
            label_total=label_total,
            label_status=label_status,
            label_due_days=label_due_days,
            label_due_date=label_due_date,
            label_deposit=label_deposit,
            label_paid_amount=label_paid_amount,
            label_unpaid_amount=label_unpaid_amount,
            label_subtotal=label_subtotal,
            label_description=label_description,
            label_item=label_item,
            label_tax1=label_tax1,
            label_tax2=label_tax2,
            label_quantity=label_quantity,
            label_unit_price=label_unit_price,
            label_item_total=label_item_total,
            label_from_date=label_from_date,
            label_to_date=label_to_date,
            label_discount=label_discount,
            items_list=items_list,
            custom_fields=custom_fields,
            template_id=template_id,
            footer=footer,
            created=created,
            default=default,
            default_estimate=default_estimate,
            default_creditnote=default_creditnote,
            default_refundreceipt=default_refundreceipt,
            simple_item_currency=simple_item_currency,
            show_balance_due=show_balance_due,
            show_ship=show_ship,
            label_ship=label_ship,
            ship_info=ship_info,
            language_id=language_id,
            label_shipping=label_shipping,
            item_columns=item_columns,
            footer_html=footer_html,
            css_style=css_style,
            view_style=view_style,
            label_creditnote_no=label_creditnote_no,
            label_creditnote_to=label_creditnote_to,
            label_creditnote_date=label_creditnote_date,
            label_estimate_no=label_estimate_no,
            label_estimate_date=label_estimate_date,
            refundreceipt_title=refundreceipt_title,
            quantity_price=quantity_price,
            label_refundreceipt_no=label_refundreceipt_no,
            label_refundreceipt_date=label_refundreceipt_date,
            label_to=label_to,
            label_refunded=label_refunded,
            alt_template=alt_template,
            layout_type=layout_type,
            sticky_footer=sticky_footer,
            sticky_header=sticky_header,
            default_purchase_refund=default_purchase_refund,
            default_purchase_order=default_purchase_order,
            branch_id=branch_id,
            purchase_order_title=purchase_order_title,
            default_width=default_width,
            default_height=default_height,
            min_width=min_width,
            min_height=min_height,
            max_width=max_width,
            max_height=max_height,
            name=name,
        )

        advance_payment_layout.additional_properties = d
        return advance_payment_layout

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


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("field1", "field1", None, None),
    ("field2", "field2", None, None),
    ("field3", "field3", None, None),
    ("field4", "field4", None, None),
    ("field5", "field5", None, None),
    ("image", "image", None, None),
    ("staff_id", "staff_id", None, None),
    ("html", "html", None, None),
    ("invoice_title", "invoice_title", None, None),
    ("estimate_title", "estimate_title", None, None),
    ("creditnote_title", "creditnote_title", None, None),
    ("business_info", "business_info", None, None),
    ("logo", "logo", None, None),
    ("client_info", "client_info", None, None),
    ("label_invoice_no", "label_invoice_no", None, None),
    ("label_date", "label_date", None, None),
    ("label_po_no", "label_po_no", None, None),
    ("label_total", "label_total", None, None),
    ("label_status", "label_status", None, None),
    ("label_due_days", "label_due_days", None, None),
    ("label_due_date", "label_due_date", None, None),
    ("label_deposit", "label_deposit", None, None),
    ("label_paid_amount", "label_paid_amount", None, None),
    ("label_unpaid_amount", "label_unpaid_amount", None, None),
    ("label_subtotal", "label_subtotal", None, None),
    ("label_description", "label_description", None, None),
    ("label_item", "label_item", None, None),
    ("label_tax1", "label_tax1", None, None),
    ("label_tax2", "label_tax2", None, None),
    ("label_quantity", "label_quantity", None, None),
    ("label_unit_price", "label_unit_price", None, None),
    ("label_item_total", "label_item_total", None, None),
    ("label_from_date", "label_from_date", None, None),
    ("label_to_date", "label_to_date", None, None),
    ("label_discount", "label_discount", None, None),
    ("items_list", "items_list", None, None),
    ("custom_fields", "custom_fields", None, None),
    ("template_id", "template_id", None, None),
    ("footer", "footer", None, None),
    ("created", "created", None, None),
    ("default", "default", None, None),
    ("default_estimate", "default_estimate", None, None),
    ("default_creditnote", "default_creditnote", None, None),
    ("default_refundreceipt", "default_refundreceipt", None, None),
    ("simple_item_currency", "simple_item_currency", None, None),
    ("show_balance_due", "show_balance_due", None, None),
    ("show_ship", "show_ship", None, None),
    ("label_ship", "label_ship", None, None),
    ("ship_info", "ship_info", None, None),
    ("language_id", "language_id", None, None),
    ("label_shipping", "label_shipping", None, None),
    ("item_columns", "item_columns", None, None),
    ("footer_html", "footer_html", None, None),
    ("css_style", "css_style", None, None),
    ("view_style", "view_style", None, None),
    ("label_creditnote_no", "label_creditnote_no", None, None),
    ("label_creditnote_to", "label_creditnote_to", None, None),
    ("label_creditnote_date", "label_creditnote_date", None, None),
    ("label_estimate_no", "label_estimate_no", None, None),
    ("label_estimate_date", "label_estimate_date", None, None),
    ("refundreceipt_title", "refundreceipt_title", None, None),
    ("quantity_price", "quantity_price", None, None),
    ("label_refundreceipt_no", "label_refundreceipt_no", None, None),
    ("label_refundreceipt_date", "label_refundreceipt_date", None, None),
    ("label_to", "label_to", None, None),
    ("label_refunded", "label_refunded", None, None),
    ("alt_template", "alt_template", None, None),
    ("layout_type", "layout_type", None, None),
    ("sticky_footer", "sticky_footer", None, None),
    ("sticky_header", "sticky_header", None, None),
    ("default_purchase_refund", "default_purchase_refund", None, None),
    ("default_purchase_order", "default_purchase_order", None, None),
    ("branch_id", "branch_id", None, None),
    ("purchase_order_title", "purchase_order_title", None, None),
    ("default_width", "default_width", None, None),
    ("default_height", "default_height", None, None),
    ("min_width", "min_width", None, None),
    ("min_height", "min_height", None, None),
    ("max_width", "max_width", None, None),
    ("max_height", "max_height", None, None),
    ("name", "name", None, None),
)
