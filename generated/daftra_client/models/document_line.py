from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_type import DiscountType
from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="DocumentLine")


@_attrs_define
class DocumentLine:
    """What the lines of sales and purchase documents share (each adds its `tax1` and `tax2`, documented as tax ids on
    sales lines and as numbers on purchase lines).

        Attributes:
            id (int | Unset): The line's id.
            invoice_id (int | Unset): The invoice the line belongs to.
            item (None | str | Unset): The line's label, usually the product name.
            description (None | str | Unset): A longer description of the line.
            unit_price (Decimal | None | Unset): Price of one unit, a plain number without currency sign.
            quantity (Decimal | None | Unset): How many units; fractions are allowed.
            product_id (int | None | Unset): The product sold. With branches switched on, it must exist in the current
                branch.
            col_3 (None | str | Unset): Extra column shown by some invoice layouts.
            col_4 (None | str | Unset): Extra column shown by some invoice layouts.
            col_5 (None | str | Unset): Extra column shown by some invoice layouts.
            discount (Decimal | None | Unset): The line discount, read according to `discount_type`; it may not exceed the
                largest discount allowed.
            discount_type (DiscountType | int | None | Unset): Whether `discount` is a percentage or an amount.
            store_id (int | None | Unset): The warehouse this line's stock comes from; the invoice's store when left out.
            lot (list[int | str] | Unset): Lot or batch numbers, for products tracked by lot.
            expiry_date (list[str] | Unset): Expiry dates (`YYYY-MM-DD`) matching `lot`, for products tracked by expiry.
            serials (list[str] | Unset): Serial numbers, for products tracked by serial.
            summary_tax1 (Decimal | None | Unset): Amount of the first tax on this line.
            summary_tax2 (Decimal | None | Unset): Amount of the second tax on this line.
            subtotal (Decimal | None | Unset): Line total before taxes.
            calculated_discount (Decimal | None | Unset): The discount actually applied to the line.
            created (str | Unset): When the line was created (`YYYY-MM-DD HH:MM:SS`).
            modified (str | Unset): When the line last changed (`YYYY-MM-DD HH:MM:SS`).
    """

    id: int | Unset = UNSET
    invoice_id: int | Unset = UNSET
    item: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    unit_price: Decimal | None | Unset = UNSET
    quantity: Decimal | None | Unset = UNSET
    product_id: int | None | Unset = UNSET
    col_3: None | str | Unset = UNSET
    col_4: None | str | Unset = UNSET
    col_5: None | str | Unset = UNSET
    discount: Decimal | None | Unset = UNSET
    discount_type: DiscountType | int | None | Unset = UNSET
    store_id: int | None | Unset = UNSET
    lot: list[int | str] | Unset = UNSET
    expiry_date: list[str] | Unset = UNSET
    serials: list[str] | Unset = UNSET
    summary_tax1: Decimal | None | Unset = UNSET
    summary_tax2: Decimal | None | Unset = UNSET
    subtotal: Decimal | None | Unset = UNSET
    calculated_discount: Decimal | None | Unset = UNSET
    created: str | Unset = UNSET
    modified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        invoice_id = self.invoice_id

        item: None | str | Unset
        if isinstance(self.item, Unset):
            item = UNSET
        else:
            item = self.item

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        unit_price = self.unit_price

        quantity = self.quantity

        product_id: int | None | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        col_3: None | str | Unset
        if isinstance(self.col_3, Unset):
            col_3 = UNSET
        else:
            col_3 = self.col_3

        col_4: None | str | Unset
        if isinstance(self.col_4, Unset):
            col_4 = UNSET
        else:
            col_4 = self.col_4

        col_5: None | str | Unset
        if isinstance(self.col_5, Unset):
            col_5 = UNSET
        else:
            col_5 = self.col_5

        discount = self.discount

        discount_type: int | None | Unset
        if isinstance(self.discount_type, Unset):
            discount_type = UNSET
        elif isinstance(self.discount_type, DiscountType):
            discount_type = self.discount_type.value
        else:
            discount_type = self.discount_type

        store_id: int | None | Unset
        if isinstance(self.store_id, Unset):
            store_id = UNSET
        else:
            store_id = self.store_id

        lot: list[int | str] | Unset = UNSET
        if not isinstance(self.lot, Unset):
            lot = []
            for lot_item_data in self.lot:
                lot_item: int | str
                lot_item = lot_item_data
                lot.append(lot_item)

        expiry_date: list[str] | Unset = UNSET
        if not isinstance(self.expiry_date, Unset):
            expiry_date = self.expiry_date

        serials: list[str] | Unset = UNSET
        if not isinstance(self.serials, Unset):
            serials = self.serials

        summary_tax1 = self.summary_tax1

        summary_tax2 = self.summary_tax2

        subtotal = self.subtotal

        calculated_discount = self.calculated_discount

        created = self.created

        modified = self.modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if item is not UNSET:
            field_dict["item"] = item
        if description is not UNSET:
            field_dict["description"] = description
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if col_3 is not UNSET:
            field_dict["col_3"] = col_3
        if col_4 is not UNSET:
            field_dict["col_4"] = col_4
        if col_5 is not UNSET:
            field_dict["col_5"] = col_5
        if discount is not UNSET:
            field_dict["discount"] = discount
        if discount_type is not UNSET:
            field_dict["discount_type"] = discount_type
        if store_id is not UNSET:
            field_dict["store_id"] = store_id
        if lot is not UNSET:
            field_dict["lot"] = lot
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if serials is not UNSET:
            field_dict["serials"] = serials
        if summary_tax1 is not UNSET:
            field_dict["summary_tax1"] = summary_tax1
        if summary_tax2 is not UNSET:
            field_dict["summary_tax2"] = summary_tax2
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if calculated_discount is not UNSET:
            field_dict["calculated_discount"] = calculated_discount
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        invoice_id = d.pop("invoice_id", UNSET)

        def _parse_item(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        item = _parse_item(d.pop("item", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        unit_price = decimal_from_json(d.pop("unit_price", UNSET), ("number",))

        quantity = decimal_from_json(d.pop("quantity", UNSET), ("number",))

        def _parse_product_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        product_id = _parse_product_id(d.pop("product_id", UNSET))

        def _parse_col_3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        col_3 = _parse_col_3(d.pop("col_3", UNSET))

        def _parse_col_4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        col_4 = _parse_col_4(d.pop("col_4", UNSET))

        def _parse_col_5(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        col_5 = _parse_col_5(d.pop("col_5", UNSET))

        discount = decimal_from_json(d.pop("discount", UNSET), ("number",))

        def _parse_discount_type(data: object) -> DiscountType | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                discount_type_type_0 = DiscountType(data)

                return discount_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DiscountType | int | None | Unset, data)

        discount_type = _parse_discount_type(d.pop("discount_type", UNSET))

        def _parse_store_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        store_id = _parse_store_id(d.pop("store_id", UNSET))

        _lot = d.pop("lot", UNSET)
        lot: list[int | str] | Unset = UNSET
        if _lot is not UNSET:
            lot = []
            for lot_item_data in _lot:

                def _parse_lot_item(data: object) -> int | str:
                    return cast(int | str, data)

                lot_item = _parse_lot_item(lot_item_data)

                lot.append(lot_item)

        expiry_date = cast(list[str], d.pop("expiry_date", UNSET))

        serials = cast(list[str], d.pop("serials", UNSET))

        summary_tax1 = decimal_from_json(d.pop("summary_tax1", UNSET), ("number",))

        summary_tax2 = decimal_from_json(d.pop("summary_tax2", UNSET), ("number",))

        subtotal = decimal_from_json(d.pop("subtotal", UNSET), ("number",))

        calculated_discount = decimal_from_json(d.pop("calculated_discount", UNSET), ("number",))

        created = d.pop("created", UNSET)

        modified = d.pop("modified", UNSET)

        document_line = cls(
            id=id,
            invoice_id=invoice_id,
            item=item,
            description=description,
            unit_price=unit_price,
            quantity=quantity,
            product_id=product_id,
            col_3=col_3,
            col_4=col_4,
            col_5=col_5,
            discount=discount,
            discount_type=discount_type,
            store_id=store_id,
            lot=lot,
            expiry_date=expiry_date,
            serials=serials,
            summary_tax1=summary_tax1,
            summary_tax2=summary_tax2,
            subtotal=subtotal,
            calculated_discount=calculated_discount,
            created=created,
            modified=modified,
        )

        document_line.additional_properties = d
        return document_line

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


def _wire_unit_price(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_quantity(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_discount(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_discount_type(data: Any) -> Any:
    def _parse_discount_type(data: object) -> DiscountType | int | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            discount_type_type_0 = DiscountType(data)

            return discount_type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(DiscountType | int | None | Unset, data)

    discount_type = _parse_discount_type(data)

    return discount_type


def _wire_lot(data: Any) -> Any:
    _lot = data
    lot: list[int | str] | Unset = UNSET
    if _lot is not UNSET:
        lot = []
        for lot_item_data in _lot:

            def _parse_lot_item(data: object) -> int | str:
                return cast(int | str, data)

            lot_item = _parse_lot_item(lot_item_data)

            lot.append(lot_item)

    return lot


def _wire_expiry_date(data: Any) -> Any:
    expiry_date = cast(list[str], data)

    return expiry_date


def _wire_serials(data: Any) -> Any:
    serials = cast(list[str], data)

    return serials


def _wire_summary_tax1(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_summary_tax2(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_subtotal(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_calculated_discount(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("invoice_id", "invoice_id", None, None),
    ("item", "item", None, None),
    ("description", "description", None, None),
    ("unit_price", "unit_price", _wire_unit_price, None),
    ("quantity", "quantity", _wire_quantity, None),
    ("product_id", "product_id", None, None),
    ("col_3", "col_3", None, None),
    ("col_4", "col_4", None, None),
    ("col_5", "col_5", None, None),
    ("discount", "discount", _wire_discount, None),
    ("discount_type", "discount_type", _wire_discount_type, None),
    ("store_id", "store_id", None, None),
    ("lot", "lot", _wire_lot, None),
    ("expiry_date", "expiry_date", _wire_expiry_date, None),
    ("serials", "serials", _wire_serials, None),
    ("summary_tax1", "summary_tax1", _wire_summary_tax1, None),
    ("summary_tax2", "summary_tax2", _wire_summary_tax2, None),
    ("subtotal", "subtotal", _wire_subtotal, None),
    ("calculated_discount", "calculated_discount", _wire_calculated_discount, None),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
)
