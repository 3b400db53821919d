from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_type import DiscountType
from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="PurchaseDebitNoteItem")


@_attrs_define
class PurchaseDebitNoteItem:
    """One line of a purchase debit note.

    Attributes:
        product_id (int | None | Unset): The product, if the line is one.
        item (None | str | Unset): The line's label.
        description (None | str | Unset): A longer description.
        col_3 (None | str | Unset): Extra column shown by some layouts.
        col_4 (None | str | Unset): Extra column shown by some layouts.
        col_5 (None | str | Unset): Extra column shown by some layouts.
        unit_price (Decimal | None | str | Unset): Price of one unit.
        quantity (Decimal | None | str | Unset): How many units.
        discount (Decimal | None | str | Unset): The line discount, read according to `discount_type`.
        discount_type (DiscountType | int | None | Unset): Whether `discount` is a percentage or an amount.
        tax1 (int | None | Unset): Id of the first tax.
        tax2 (int | None | Unset): Id of a second tax.
    """

    product_id: int | None | Unset = UNSET
    item: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    col_3: None | str | Unset = UNSET
    col_4: None | str | Unset = UNSET
    col_5: None | str | Unset = UNSET
    unit_price: Decimal | None | str | Unset = UNSET
    quantity: Decimal | None | str | Unset = UNSET
    discount: Decimal | None | str | Unset = UNSET
    discount_type: DiscountType | int | None | Unset = UNSET
    tax1: int | None | Unset = UNSET
    tax2: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        product_id: int | None | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

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

        unit_price = self.unit_price

        quantity = self.quantity

        discount = self.discount

        discount_type: int | None | Unset
        if isinstance(self.discount_type, Unset):
            discount_type = UNSET
        elif isinstance(self.discount_type, DiscountType):
            discount_type = self.discount_type.value
        else:
            discount_type = self.discount_type

        tax1: int | None | Unset
        if isinstance(self.tax1, Unset):
            tax1 = UNSET
        else:
            tax1 = self.tax1

        tax2: int | None | Unset
        if isinstance(self.tax2, Unset):
            tax2 = UNSET
        else:
            tax2 = self.tax2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if item is not UNSET:
            field_dict["item"] = item
        if description is not UNSET:
            field_dict["description"] = description
        if col_3 is not UNSET:
            field_dict["col_3"] = col_3
        if col_4 is not UNSET:
            field_dict["col_4"] = col_4
        if col_5 is not UNSET:
            field_dict["col_5"] = col_5
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if discount is not UNSET:
            field_dict["discount"] = discount
        if discount_type is not UNSET:
            field_dict["discount_type"] = discount_type
        if tax1 is not UNSET:
            field_dict["tax1"] = tax1
        if tax2 is not UNSET:
            field_dict["tax2"] = tax2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_product_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        product_id = _parse_product_id(d.pop("product_id", UNSET))

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

        unit_price = decimal_from_json(
            d.pop("unit_price", UNSET),
            (
                "number",
                "string",
            ),
        )

        quantity = decimal_from_json(
            d.pop("quantity", UNSET),
            (
                "number",
                "string",
            ),
        )

        discount = decimal_from_json(
            d.pop("discount", UNSET),
            (
                "number",
                "string",
            ),
        )

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

        def _parse_tax1(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tax1 = _parse_tax1(d.pop("tax1", UNSET))

        def _parse_tax2(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tax2 = _parse_tax2(d.pop("tax2", UNSET))

        purchase_debit_note_item = cls(
            product_id=product_id,
            item=item,
            description=description,
            col_3=col_3,
            col_4=col_4,
            col_5=col_5,
            unit_price=unit_price,
            quantity=quantity,
            discount=discount,
            discount_type=discount_type,
            tax1=tax1,
            tax2=tax2,
        )

        purchase_debit_note_item.additional_properties = d
        return purchase_debit_note_item

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
    return decimal_from_json(
        data,
        (
            "number",
            "string",
        ),
    )


def _wire_quantity(data: Any) -> Any:
    return decimal_from_json(
        data,
        (
            "number",
            "string",
        ),
    )


def _wire_discount(data: Any) -> Any:
    return decimal_from_json(
        data,
        (
            "number",
            "string",
        ),
    )


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


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("product_id", "product_id", None, None),
    ("item", "item", None, None),
    ("description", "description", None, None),
    ("col_3", "col_3", None, None),
    ("col_4", "col_4", None, None),
    ("col_5", "col_5", None, None),
    ("unit_price", "unit_price", _wire_unit_price, None),
    ("quantity", "quantity", _wire_quantity, None),
    ("discount", "discount", _wire_discount, None),
    ("discount_type", "discount_type", _wire_discount_type, None),
    ("tax1", "tax1", None, None),
    ("tax2", "tax2", None, None),
)
