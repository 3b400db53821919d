from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.purchase_debit_note_input_purchase_order_custom_field import (
        PurchaseDebitNoteInputPurchaseOrderCustomField,
    )
    from ..models.purchase_debit_note_input_summary_total import (
        PurchaseDebitNoteInputSummaryTotal,
    )
    from ..models.purchase_debit_note_item import PurchaseDebitNoteItem


T = TypeVar("T", bound="PurchaseDebitNoteInput")


@_attrs_define
class PurchaseDebitNoteInput:
    """The body that creates a purchase debit note. The documentation's schema marks every field of its example as required
    (including ones the example sends as null, and a line list under a name the example does not use); only the supplier
    and the date are required here.

        Attributes:
            supplier_id (int): The supplier.
            date (None | str): The document date; the documentation's example writes `DD/MM/YYYY`.
            type_ (int | None | str | Unset): The purchase document kind; the documentation sends `"14"` without explaining
                it.
            invoice_layout_id (int | None | Unset): The print layout.
            currency_code (None | str | Unset): Currency (ISO 4217).
            language_id (int | None | Unset): The document language.
            store_id (int | None | Unset): The warehouse concerned.
            work_order_id (int | None | Unset): A linked work order.
            show_item_stores (int | None | str | Unset): Whether lines show their warehouse (`0`/`1`, sent as a string).
            draft (int | None | str | Unset): `1` keeps the note as a draft (sent as a string in the documentation).
            discount (Decimal | None | str | Unset): Document discount (percentage).
            discount_amount (Decimal | None | str | Unset): Document discount (amount).
            shipping_amount (Decimal | None | str | Unset): Shipping amount.
            shipping_tax_id (int | None | Unset): Tax applied to shipping.
            adjustment_label (None | str | Unset): Label of a manual adjustment line.
            adjustment_value (Decimal | None | str | Unset): Value of that adjustment.
            html_notes (None | str | Unset): Notes, as HTML.
            summary_total (PurchaseDebitNoteInputSummaryTotal | Unset): Sent by the documentation as an object naming only
                the currency.
            purchase_debit_notes_items (list[PurchaseDebitNoteItem] | Unset): The lines, as the documentation's example
                names them.
            purchase_order_item (list[PurchaseDebitNoteItem] | Unset): The lines, as the documentation's schema names them
                (see the operation).
            purchase_order_custom_field (PurchaseDebitNoteInputPurchaseOrderCustomField | Unset): Custom field values keyed
                `"0"`, `"1"`, ...; each a label and a value.
            supplier_supplier_number (None | str | Unset): Copy of the supplier's `supplier_number` printed on the note.
            supplier_business_name (None | str | Unset): Copy of the supplier's `business_name` printed on the note.
            supplier_first_name (None | str | Unset): Copy of the supplier's `first_name` printed on the note.
            supplier_last_name (None | str | Unset): Copy of the supplier's `last_name` printed on the note.
            supplier_address1 (None | str | Unset): Copy of the supplier's `address1` printed on the note.
            supplier_address2 (None | str | Unset): Copy of the supplier's `address2` printed on the note.
            supplier_city (None | str | Unset): Copy of the supplier's `city` printed on the note.
            supplier_state (None | str | Unset): Copy of the supplier's `state` printed on the note.
            supplier_postal_code (None | str | Unset): Copy of the supplier's `postal_code` printed on the note.
            supplier_phone1 (None | str | Unset): Copy of the supplier's `phone1` printed on the note.
            supplier_phone2 (None | str | Unset): Copy of the supplier's `phone2` printed on the note.
            supplier_country_code (None | str | Unset): Copy of the supplier's `country_code` printed on the note.
            supplier_bn1_label (None | str | Unset): Copy of the supplier's `bn1_label` printed on the note.
            supplier_bn2_label (None | str | Unset): Copy of the supplier's `bn2_label` printed on the note.
            supplier_default_currency_code (None | str | Unset): Copy of the supplier's `default_currency_code` printed on
                the note.
    """

    supplier_id: int
    date: None | str
    type_: int | None | str | Unset = UNSET
    invoice_layout_id: int | None | Unset = UNSET
    currency_code: None | str | Unset = UNSET
    language_id: int | None | Unset = UNSET
    store_id: int | None | Unset = UNSET
    work_order_id: int | None | Unset = UNSET
    show_item_stores: int | None | str | Unset = UNSET
    draft: int | None | str | Unset = UNSET
    discount: Decimal | None | str | Unset = UNSET
    discount_amount: Decimal | None | str | Unset = UNSET
    shipping_amount: Decimal | None | str | Unset = UNSET
    shipping_tax_id: int | None | Unset = UNSET
    adjustment_label: None | str | Unset = UNSET
    adjustment_value: Decimal | None | str | Unset = UNSET
    html_notes: None | str | Unset = UNSET
    summary_total: PurchaseDebitNoteInputSummaryTotal | Unset = UNSET
    purchase_debit_notes_items: list[PurchaseDebitNoteItem] | Unset = UNSET
    purchase_order_item: list[PurchaseDebitNoteItem] | Unset = UNSET
    purchase_order_custom_field: PurchaseDebitNoteInputPurchaseOrderCustomField | Unset = UNSET
    supplier_supplier_number: None | str | Unset = UNSET
    supplier_business_name: None | str | Unset = UNSET
    supplier_first_name: None | str | Unset = UNSET
    supplier_last_name: None | str | Unset = UNSET
    supplier_address1: None | str | Unset = UNSET
    supplier_address2: None | str | Unset = UNSET
    supplier_city: None | str | Unset = UNSET
    supplier_state: None | str | Unset = UNSET
    supplier_postal_code: None | str | Unset = UNSET
    supplier_phone1: None | str | Unset = UNSET
    supplier_phone2: None | str | Unset = UNSET
    supplier_country_code: None | str | Unset = UNSET
    supplier_bn1_label: None | str | Unset = UNSET
    supplier_bn2_label: None | str | Unset = UNSET
    supplier_default_currency_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        supplier_id = self.supplier_id

        date: None | str
        date = self.date

        type_: int | None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        invoice_layout_id: int | None | Unset
        if isinstance(self.invoice_layout_id, Unset):
            invoice_layout_id = UNSET
        else:
            invoice_layout_id = self.invoice_layout_id

        currency_code: None | str | Unset
        if isinstance(self.currency_code, Unset):
            currency_code = UNSET
        else:
            currency_code = self.currency_code

        language_id: int | None | Unset
        if isinstance(self.language_id, Unset):
            language_id = UNSET
        else:
            language_id = self.language_id

        store_id: int | None | Unset
        if isinstance(self.store_id, Unset):
            store_id = UNSET
        else:
            store_id = self.store_id

        work_order_id: int | None | Unset
        if isinstance(self.work_order_id, Unset):
            work_order_id = UNSET
        else:
            work_order_id = self.work_order_id

        show_item_stores: int | None | str | Unset
        if isinstance(self.show_item_stores, Unset):
            show_item_stores = UNSET
        else:
            show_item_stores = self.show_item_stores

        draft: int | None | str | Unset
        if isinstance(self.draft, Unset):
            draft = UNSET
        else:
            draft = self.draft

        discount = self.discount

        discount_amount = self.discount_amount

        shipping_amount = self.shipping_amount

        shipping_tax_id: int | None | Unset
        if isinstance(self.shipping_tax_id, Unset):
            shipping_tax_id = UNSET
        else:
            shipping_tax_id = self.shipping_tax_id

        adjustment_label: None | str | Unset
        if isinstance(self.adjustment_label, Unset):
            adjustment_label = UNSET
        else:
            adjustment_label = self.adjustment_label

        adjustment_value = self.adjustment_value

        html_notes: None | str | Unset
        if isinstance(self.html_notes, Unset):
            html_notes = UNSET
        else:
            html_notes = self.html_notes

        summary_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary_total, Unset):
            summary_total = self.summary_total.to_dict()

        purchase_debit_notes_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.purchase_debit_notes_items, Unset):
            purchase_debit_notes_items = []
            for purchase_debit_notes_items_item_data in self.purchase_debit_notes_items:
                purchase_debit_notes_items_item = purchase_debit_notes_items_item_data.to_dict()
                purchase_debit_notes_items.append(purchase_debit_notes_items_item)

        purchase_order_item: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.purchase_order_item, Unset):
            purchase_order_item = []
            for purchase_order_item_item_data in self.purchase_order_item:
                purchase_order_item_item = purchase_order_item_item_data.to_dict()
                purchase_order_item.append(purchase_order_item_item)

        purchase_order_custom_field: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purchase_order_custom_field, Unset):
            purchase_order_custom_field = self.purchase_order_custom_field.to_dict()

        supplier_supplier_number: None | str | Unset
        if isinstance(self.supplier_supplier_number, Unset):
            supplier_supplier_number = UNSET
        else:
            supplier_supplier_number = self.supplier_supplier_number

        supplier_business_name: None | str | Unset
        if isinstance(self.supplier_business_name, Unset):
            supplier_business_name = UNSET
        else:
            supplier_business_name = self.supplier_business_name

        supplier_first_name: None | str | Unset
        if isinstance(self.supplier_first_name, Unset):
            supplier_first_name = UNSET
        else:
            supplier_first_name = self.supplier_first_name

        supplier_last_name: None | str | Unset
        if isinstance(self.supplier_last_name, Unset):
            supplier_last_name = UNSET
        else:
            supplier_last_name = self.supplier_last_name

        supplier_address1: None | str | Unset
        if isinstance(self.supplier_address1, Unset):
            supplier_address1 = UNSET
        else:
            supplier_address1 = self.supplier_address1

        supplier_address2: None | str | Unset
        if isinstance(self.supplier_address2, Unset):
            supplier_address2 = UNSET
        else:
            supplier_address2 = self.supplier_address2

        supplier_city: None | str | Unset
        if isinstance(self.supplier_city, Unset):
            supplier_city = UNSET
        else:
            supplier_city = self.supplier_city

        supplier_state: None | str | Unset
        if isinstance(self.supplier_state, Unset):
            supplier_state = UNSET
        else:
            supplier_state = self.supplier_state

        supplier_postal_code: None | str | Unset
        if isinstance(self.supplier_postal_code, Unset):
            supplier_postal_code = UNSET
        else:
            supplier_postal_code = self.supplier_postal_code

        supplier_phone1: None | str | Unset
        if isinstance(self.supplier_phone1, Unset):
            supplier_phone1 = UNSET
        else:
            supplier_phone1 = self.supplier_phone1

        supplier_phone2: None | str | Unset
        if isinstance(self.supplier_phone2, Unset):
            supplier_phone2 = UNSET
        else:
            supplier_phone2 = self.supplier_phone2

        supplier_country_code: None | str | Unset
        if isinstance(self.supplier_country_code, Unset):
            supplier_country_code = UNSET
        else:
            supplier_country_code = self.supplier_country_code

        supplier_bn1_label: None | str | Unset
        if isinstance(self.supplier_bn1_label, Unset):
            supplier_bn1_label = UNSET
        else:
            supplier_bn1_label = self.supplier_bn1_label

        supplier_bn2_label: None | str | Unset
        if isinstance(self.supplier_bn2_label, Unset):
            supplier_bn2_label = UNSET
        else:
            supplier_bn2_label = self.supplier_bn2_label

        supplier_default_currency_code: None | str | Unset
        if isinstance(self.supplier_default_currency_code, Unset):
            supplier_default_currency_code = UNSET
        else:
            supplier_default_currency_code = self.supplier_default_currency_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "supplier_id": supplier_id,
                "date": date,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if invoice_layout_id is not UNSET:
            field_dict["invoice_layout_id"] = invoice_layout_id
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if language_id is not UNSET:
            field_dict["language_id"] = language_id
        if store_id is not UNSET:
            field_dict["store_id"] = store_id
        if work_order_id is not UNSET:
            field_dict["work_order_id"] = work_order_id
        if show_item_stores is not UNSET:
            field_dict["show_item_stores"] = show_item_stores
        if draft is not UNSET:
            field_dict["draft"] = draft
        if discount is not UNSET:
            field_dict["discount"] = discount
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if shipping_amount is not UNSET:
            field_dict["shipping_amount"] = shipping_amount
        if shipping_tax_id is not UNSET:
            field_dict["shipping_tax_id"] = shipping_tax_id
        if adjustment_label is not UNSET:
            field_dict["adjustment_label"] = adjustment_label
        if adjustment_value is not UNSET:
            field_dict["adjustment_value"] = adjustment_value
        if html_notes is not UNSET:
            field_dict["html_notes"] = html_notes
        if summary_total is not UNSET:
            field_dict["summary_total"] = summary_total
        if purchase_debit_notes_items is not UNSET:
            field_dict["purchase_debit_notes_items"] = purchase_debit_notes_items
        if purchase_order_item is not UNSET:
            field_dict["purchase_order_item"] = purchase_order_item
        if purchase_order_custom_field is not UNSET:
            field_dict["PurchaseOrderCustomField"] = purchase_order_custom_field
        if supplier_supplier_number is not UNSET:
            field_dict["supplier_supplier_number"] = supplier_supplier_number
        if supplier_business_name is not UNSET:
            field_dict["supplier_business_name"] = supplier_business_name
        if supplier_first_name is not UNSET:
            field_dict["supplier_first_name"] = supplier_first_name
        if supplier_last_name is not UNSET:
            field_dict["supplier_last_name"] = supplier_last_name
        if supplier_address1 is not UNSET:
            field_dict["supplier_address1"] = supplier_address1
        if supplier_address2 is not UNSET:
            field_dict["supplier_address2"] = supplier_address2
        if supplier_city is not UNSET:
            field_dict["supplier_city"] = supplier_city
        if supplier_state is not UNSET:
            field_dict["supplier_state"] = supplier_state
        if supplier_postal_code is not UNSET:
            field_dict["supplier_postal_code"] = supplier_postal_code
        if supplier_phone1 is not UNSET:
            field_dict["supplier_phone1"] = supplier_phone1
        if supplier_phone2 is not UNSET:
            field_dict["supplier_phone2"] = supplier_phone2
        if supplier_country_code is not UNSET:
            field_dict["supplier_country_code"] = supplier_country_code
        if supplier_bn1_label is not UNSET:
            field_dict["supplier_bn1_label"] = supplier_bn1_label
        if supplier_bn2_label is not UNSET:
            field_dict["supplier_bn2_label"] = supplier_bn2_label
        if supplier_default_currency_code is not UNSET:
            field_dict["supplier_default_currency_code"] = supplier_default_currency_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase_debit_note_input_purchase_order_custom_field import (
            PurchaseDebitNoteInputPurchaseOrderCustomField,  # noqa: PLC0415
        )
        from ..models.purchase_debit_note_input_summary_total import (
            PurchaseDebitNoteInputSummaryTotal,  # noqa: PLC0415
        )
        from ..models.purchase_debit_note_item import PurchaseDebitNoteItem  # noqa: PLC0415

        d = dict(src_dict)
        supplier_id = d.pop("supplier_id")

        def _parse_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        date = _parse_date(d.pop("date"))

        def _parse_type_(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_invoice_layout_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        invoice_layout_id = _parse_invoice_layout_id(d.pop("invoice_layout_id", UNSET))

        def _parse_currency_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency_code = _parse_currency_code(d.pop("currency_code", UNSET))

        def _parse_language_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        language_id = _parse_language_id(d.pop("language_id", UNSET))

        def _parse_store_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        store_id = _parse_store_id(d.pop("store_id", UNSET))

        def _parse_work_order_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        work_order_id = _parse_work_order_id(d.pop("work_order_id", UNSET))

        def _parse_show_item_stores(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        show_item_stores = _parse_show_item_stores(d.pop("show_item_stores", UNSET))

        def _parse_draft(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        draft = _parse_draft(d.pop("draft", UNSET))

        discount = decimal_from_json(
            d.pop("discount", UNSET),
            (
                "number",
                "string",
            ),
        )

        discount_amount = decimal_from_json(
            d.pop("discount_amount", UNSET),
            (
                "number",
                "string",
            ),
        )

        shipping_amount = decimal_from_json(
            d.pop("shipping_amount", UNSET),
            (
                "number",
                "string",
            ),
        )

        def _parse_shipping_tax_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        shipping_tax_id = _parse_shipping_tax_id(d.pop("shipping_tax_id", UNSET))

        def _parse_adjustment_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        adjustment_label = _parse_adjustment_label(d.pop("adjustment_label", UNSET))

        adjustment_value = decimal_from_json(
            d.pop("adjustment_value", UNSET),
            (
                "number",
                "string",
            ),
        )

        def _parse_html_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        html_notes = _parse_html_notes(d.pop("html_notes", UNSET))

        _summary_total = d.pop("summary_total", UNSET)
        summary_total: PurchaseDebitNoteInputSummaryTotal | Unset
        if isinstance(_summary_total, Unset):
            summary_total = UNSET
        else:
            summary_total = PurchaseDebitNoteInputSummaryTotal.from_dict(_summary_total)

        _purchase_debit_notes_items = d.pop("purchase_debit_notes_items", UNSET)
        purchase_debit_notes_items: list[PurchaseDebitNoteItem] | Unset = UNSET
        if _purchase_debit_notes_items is not UNSET:
            purchase_debit_notes_items = []
            for purchase_debit_notes_items_item_data in _purchase_debit_notes_items:
                purchase_debit_notes_items_item = PurchaseDebitNoteItem.from_dict(
                    purchase_debit_notes_items_item_data
                )

                purchase_debit_notes_items.append(purchase_debit_notes_items_item)

        _purchase_order_item = d.pop("purchase_order_item", UNSET)
        purchase_order_item: list[PurchaseDebitNoteItem] | Unset = UNSET
        if _purchase_order_item is not UNSET:
            purchase_order_item = []
            for purchase_order_item_item_data in _purchase_order_item:
                purchase_order_item_item = PurchaseDebitNoteItem.from_dict(
                    purchase_order_item_item_data
                )

                purchase_order_item.append(purchase_order_item_item)

        _purchase_order_custom_field = d.pop("PurchaseOrderCustomField", UNSET)
        purchase_order_custom_field: PurchaseDebitNoteInputPurchaseOrderCustomField | Unset
        if isinstance(_purchase_order_custom_field, Unset):
            purchase_order_custom_field = UNSET
        else:
            purchase_order_custom_field = PurchaseDebitNoteInputPurchaseOrderCustomField.from_dict(
                _purchase_order_custom_field
            )

        def _parse_supplier_supplier_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_supplier_number = _parse_supplier_supplier_number(
            d.pop("supplier_supplier_number", UNSET)
        )

        def _parse_supplier_business_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_business_name = _parse_supplier_business_name(
            d.pop("supplier_business_name", UNSET)
        )

        def _parse_supplier_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_first_name = _parse_supplier_first_name(d.pop("supplier_first_name", UNSET))

        def _parse_supplier_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_last_name = _parse_supplier_last_name(d.pop("supplier_last_name", UNSET))

        def _parse_supplier_address1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_address1 = _parse_supplier_address1(d.pop("supplier_address1", UNSET))

        def _parse_supplier_address2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_address2 = _parse_supplier_address2(d.pop("supplier_address2", UNSET))

        def _parse_supplier_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_city = _parse_supplier_city(d.pop("supplier_city", UNSET))

        def _parse_supplier_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_state = _parse_supplier_state(d.pop("supplier_state", UNSET))

        def _parse_supplier_postal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_postal_code = _parse_supplier_postal_code(d.pop("supplier_postal_code", UNSET))

        def _parse_supplier_phone1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_phone1 = _parse_supplier_phone1(d.pop("supplier_phone1", UNSET))

        def _parse_supplier_phone2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_phone2 = _parse_supplier_phone2(d.pop("supplier_phone2", UNSET))

        def _parse_supplier_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_country_code = _parse_supplier_country_code(d.pop("supplier_country_code", UNSET))

        def _parse_supplier_bn1_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_bn1_label = _parse_supplier_bn1_label(d.pop("supplier_bn1_label", UNSET))

        def _parse_supplier_bn2_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_bn2_label = _parse_supplier_bn2_label(d.pop("supplier_bn2_label", UNSET))

        def _parse_supplier_default_currency_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_default_currency_code = _parse_supplier_default_currency_code(
            d.pop("supplier_default_currency_code", UNSET)
        )

        purchase_debit_note_input = cls(
            supplier_id=supplier_id,
            date=date,
            type_=type_,
            invoice_layout_id=invoice_layout_id,
            currency_code=currency_code,
            language_id=language_id,
            store_id=store_id,
            work_order_id=work_order_id,
            show_item_stores=show_item_stores,
            draft=draft,
            discount=discount,
            discount_amount=discount_amount,
            shipping_amount=shipping_amount,
            shipping_tax_id=shipping_tax_id,
            adjustment_label=adjustment_label,
            adjustment_value=adjustment_value,
            html_notes=html_notes,
            summary_total=summary_total,
            purchase_debit_notes_items=purchase_debit_notes_items,
            purchase_order_item=purchase_order_item,
            purchase_order_custom_field=purchase_order_custom_field,
            supplier_supplier_number=supplier_supplier_number,
            supplier_business_name=supplier_business_name,
            supplier_first_name=supplier_first_name,
            supplier_last_name=supplier_last_name,
            supplier_address1=supplier_address1,
            supplier_address2=supplier_address2,
            supplier_city=supplier_city,
            supplier_state=supplier_state,
            supplier_postal_code=supplier_postal_code,
            supplier_phone1=supplier_phone1,
            supplier_phone2=supplier_phone2,
            supplier_country_code=supplier_country_code,
            supplier_bn1_label=supplier_bn1_label,
            supplier_bn2_label=supplier_bn2_label,
            supplier_default_currency_code=supplier_default_currency_code,
        )

        purchase_debit_note_input.additional_properties = d
        return purchase_debit_note_input

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


def _wire_discount(data: Any) -> Any:
    return decimal_from_json(
        data,
        (
            "number",
            "string",
        ),
    )


def _wire_discount_amount(data: Any) -> Any:
    return decimal_from_json(
        data,
        (
            "number",
            "string",
        ),
    )


def _wire_shipping_amount(data: Any) -> Any:
    return decimal_from_json(
        data,
        (
            "number",
            "string",
        ),
    )


def _wire_adjustment_value(data: Any) -> Any:
    return decimal_from_json(
        data,
        (
            "number",
            "string",
        ),
    )


def _wire_summary_total(data: Any) -> Any:
    from ..models.purchase_debit_note_input_summary_total import (
        PurchaseDebitNoteInputSummaryTotal,  # noqa: PLC0415
    )

    _summary_total = data
    summary_total: PurchaseDebitNoteInputSummaryTotal | Unset
    if isinstance(_summary_total, Unset):
        summary_total = UNSET
    else:
        summary_total = PurchaseDebitNoteInputSummaryTotal.from_dict(_summary_total)

    return summary_total


def _wire_purchase_debit_notes_items(data: Any) -> Any:
    from ..models.purchase_debit_note_item import PurchaseDebitNoteItem  # noqa: PLC0415

    _purchase_debit_notes_items = data
    purchase_debit_notes_items: list[PurchaseDebitNoteItem] | Unset = UNSET
    if _purchase_debit_notes_items is not UNSET:
        purchase_debit_notes_items = []
        for purchase_debit_notes_items_item_data in _purchase_debit_notes_items:
            purchase_debit_notes_items_item = PurchaseDebitNoteItem.from_dict(
                purchase_debit_notes_items_item_data
            )

            purchase_debit_notes_items.append(purchase_debit_notes_items_item)

    return purchase_debit_notes_items


def _wire_purchase_order_item(data: Any) -> Any:
    from ..models.purchase_debit_note_item import PurchaseDebitNoteItem  # noqa: PLC0415

    _purchase_order_item = data
    purchase_order_item: list[PurchaseDebitNoteItem] | Unset = UNSET
    if _purchase_order_item is not UNSET:
        purchase_order_item = []
        for purchase_order_item_item_data in _purchase_order_item:
            purchase_order_item_item = PurchaseDebitNoteItem.from_dict(
                purchase_order_item_item_data
            )

            purchase_order_item.append(purchase_order_item_item)

    return purchase_order_item


def _wire_purchase_order_custom_field(data: Any) -> Any:
    from ..models.purchase_debit_note_input_purchase_order_custom_field import (
        PurchaseDebitNoteInputPurchaseOrderCustomField,  # noqa: PLC0415
    )

    _purchase_order_custom_field = data
    purchase_order_custom_field: PurchaseDebitNoteInputPurchaseOrderCustomField | Unset
    if isinstance(_purchase_order_custom_field, Unset):
        purchase_order_custom_field = UNSET
    else:
        purchase_order_custom_field = PurchaseDebitNoteInputPurchaseOrderCustomField.from_dict(
            _purchase_order_custom_field
        )

    return purchase_order_custom_field


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("supplier_id", "supplier_id", None, None),
    ("date", "date", None, None),
    ("type", "type_", None, None),
    ("invoice_layout_id", "invoice_layout_id", None, None),
    ("currency_code", "currency_code", None, None),
    ("language_id", "language_id", None, None),
    ("store_id", "store_id", None, None),
    ("work_order_id", "work_order_id", None, None),
    ("show_item_stores", "show_item_stores", None, None),
    ("draft", "draft", None, None),
    ("discount", "discount", _wire_discount, None),
    ("discount_amount", "discount_amount", _wire_discount_amount, None),
    ("shipping_amount", "shipping_amount", _wire_shipping_amount, None),
    ("shipping_tax_id", "shipping_tax_id", None, None),
    ("adjustment_label", "adjustment_label", None, None),
    ("adjustment_value", "adjustment_value", _wire_adjustment_value, None),
    ("html_notes", "html_notes", None, None),
    ("summary_total", "summary_total", _wire_summary_total, "PurchaseDebitNoteInputSummaryTotal"),
    (
        "purchase_debit_notes_items",
        "purchase_debit_notes_items",
        _wire_purchase_debit_notes_items,
        "PurchaseDebitNoteItem",
    ),
    (
        "purchase_order_item",
        "purchase_order_item",
        _wire_purchase_order_item,
        "PurchaseDebitNoteItem",
    ),
    (
        "PurchaseOrderCustomField",
        "purchase_order_custom_field",
        _wire_purchase_order_custom_field,
        "PurchaseDebitNoteInputPurchaseOrderCustomField",
    ),
    ("supplier_supplier_number", "supplier_supplier_number", None, None),
    ("supplier_business_name", "supplier_business_name", None, None),
    ("supplier_first_name", "supplier_first_name", None, None),
    ("supplier_last_name", "supplier_last_name", None, None),
    ("supplier_address1", "supplier_address1", None, None),
    ("supplier_address2", "supplier_address2", None, None),
    ("supplier_city", "supplier_city", None, None),
    ("supplier_state", "supplier_state", None, None),
    ("supplier_postal_code", "supplier_postal_code", None, None),
    ("supplier_phone1", "supplier_phone1", None, None),
    ("supplier_phone2", "supplier_phone2", None, None),
    ("supplier_country_code", "supplier_country_code", None, None),
    ("supplier_bn1_label", "supplier_bn1_label", None, None),
    ("supplier_bn2_label", "supplier_bn2_label", None, None),
    ("supplier_default_currency_code", "supplier_default_currency_code", None, None),
)
