from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="RequisitionItem")


@_attrs_define
class RequisitionItem:
    """One requisition line, as sent (and, as far as documented, as read back).

    Attributes:
        item (None | str | Unset): The line's label, usually the product name.
        product_id (int | None | str | Unset): The product moved (the documented edit example sends `""`).
        org_name (None | str | Unset): The product's original name (not explained by the documentation).
        unit_price (Decimal | None | str | Unset): Price of one unit (text in the documented edit example).
        quantity (Decimal | None | str | Unset): How many units move (text in the documented edit example).
        lot (list[int | str] | Unset): Lot or batch numbers, for products tracked by lot.
        expiry_date (list[str] | Unset): Expiry dates (`YYYY-MM-DD`) matching `lot`, for products tracked by expiry.
        serials (list[str] | Unset): Serial numbers, for products tracked by serial.
    """

    item: None | str | Unset = UNSET
    product_id: int | None | str | Unset = UNSET
    org_name: None | str | Unset = UNSET
    unit_price: Decimal | None | str | Unset = UNSET
    quantity: Decimal | None | str | Unset = UNSET
    lot: list[int | str] | Unset = UNSET
    expiry_date: list[str] | Unset = UNSET
    serials: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        item: None | str | Unset
        if isinstance(self.item, Unset):
            item = UNSET
        else:
            item = self.item

        product_id: int | None | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        org_name: None | str | Unset
        if isinstance(self.org_name, Unset):
            org_name = UNSET
        else:
            org_name = self.org_name

        unit_price = self.unit_price

        quantity = self.quantity

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item is not UNSET:
            field_dict["item"] = item
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if org_name is not UNSET:
            field_dict["org_name"] = org_name
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if lot is not UNSET:
            field_dict["lot"] = lot
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if serials is not UNSET:
            field_dict["serials"] = serials

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_item(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        item = _parse_item(d.pop("item", UNSET))

        def _parse_product_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        product_id = _parse_product_id(d.pop("product_id", UNSET))

        def _parse_org_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_name = _parse_org_name(d.pop("org_name", UNSET))

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

        requisition_item = cls(
            item=item,
            product_id=product_id,
            org_name=org_name,
            unit_price=unit_price,
            quantity=quantity,
            lot=lot,
            expiry_date=expiry_date,
            serials=serials,
        )

        requisition_item.additional_properties = d
        return requisition_item

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


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("item", "item", None, None),
    ("product_id", "product_id", None, None),
    ("org_name", "org_name", None, None),
    ("unit_price", "unit_price", _wire_unit_price, None),
    ("quantity", "quantity", _wire_quantity, None),
    ("lot", "lot", _wire_lot, None),
    ("expiry_date", "expiry_date", _wire_expiry_date, None),
    ("serials", "serials", _wire_serials, None),
)
