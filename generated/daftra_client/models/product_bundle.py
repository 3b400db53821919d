from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="ProductBundle")


@_attrs_define
class ProductBundle:
    """One component of a bundle: which product goes into which bundle product, and how many. Daftra documents only the
    create call, with no schema and no answer, so the fields come from its example body and the record is kept open.

        Attributes:
            id (int | Unset): The component row's id.
            bundle_product_id (int | str | Unset): The bundle product (a v1 product of bundle kind) the component belongs
                to.
            product_id (int | str | Unset): The product put into the bundle.
            quantity (Decimal | str | Unset): How many units of `product_id` one bundle holds.
            unit_factor_id (int | None | Unset): The unit (from the product's unit template) the quantity is counted in;
                null for the base unit.
            unit_name (None | str | Unset): Name of that unit.
            unit_small_name (None | str | Unset): Short name of that unit.
            unit_factor (Decimal | None | str | Unset): How many base units that unit holds.
    """

    id: int | Unset = UNSET
    bundle_product_id: int | str | Unset = UNSET
    product_id: int | str | Unset = UNSET
    quantity: Decimal | str | Unset = UNSET
    unit_factor_id: int | None | Unset = UNSET
    unit_name: None | str | Unset = UNSET
    unit_small_name: None | str | Unset = UNSET
    unit_factor: Decimal | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        bundle_product_id: int | str | Unset
        if isinstance(self.bundle_product_id, Unset):
            bundle_product_id = UNSET
        else:
            bundle_product_id = self.bundle_product_id

        product_id: int | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        quantity = self.quantity

        unit_factor_id: int | None | Unset
        if isinstance(self.unit_factor_id, Unset):
            unit_factor_id = UNSET
        else:
            unit_factor_id = self.unit_factor_id

        unit_name: None | str | Unset
        if isinstance(self.unit_name, Unset):
            unit_name = UNSET
        else:
            unit_name = self.unit_name

        unit_small_name: None | str | Unset
        if isinstance(self.unit_small_name, Unset):
            unit_small_name = UNSET
        else:
            unit_small_name = self.unit_small_name

        unit_factor = self.unit_factor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if bundle_product_id is not UNSET:
            field_dict["bundle_product_id"] = bundle_product_id
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_factor_id is not UNSET:
            field_dict["unit_factor_id"] = unit_factor_id
        if unit_name is not UNSET:
            field_dict["unit_name"] = unit_name
        if unit_small_name is not UNSET:
            field_dict["unit_small_name"] = unit_small_name
        if unit_factor is not UNSET:
            field_dict["unit_factor"] = unit_factor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_bundle_product_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        bundle_product_id = _parse_bundle_product_id(d.pop("bundle_product_id", UNSET))

        def _parse_product_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        product_id = _parse_product_id(d.pop("product_id", UNSET))

        quantity = decimal_from_json(
            d.pop("quantity", UNSET),
            (
                "number",
                "string",
            ),
        )

        def _parse_unit_factor_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        unit_factor_id = _parse_unit_factor_id(d.pop("unit_factor_id", UNSET))

        def _parse_unit_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit_name = _parse_unit_name(d.pop("unit_name", UNSET))

        def _parse_unit_small_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit_small_name = _parse_unit_small_name(d.pop("unit_small_name", UNSET))

        unit_factor = decimal_from_json(
            d.pop("unit_factor", UNSET),
            (
                "number",
                "string",
            ),
        )

        product_bundle = cls(
            id=id,
            bundle_product_id=bundle_product_id,
            product_id=product_id,
            quantity=quantity,
            unit_factor_id=unit_factor_id,
            unit_name=unit_name,
            unit_small_name=unit_small_name,
            unit_factor=unit_factor,
        )

        product_bundle.additional_properties = d
        return product_bundle

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


def _wire_quantity(data: Any) -> Any:
    return decimal_from_json(
        data,
        (
            "number",
            "string",
        ),
    )


def _wire_unit_factor(data: Any) -> Any:
    return decimal_from_json(
        data,
        (
            "number",
            "string",
        ),
    )


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("bundle_product_id", "bundle_product_id", None, None),
    ("product_id", "product_id", None, None),
    ("quantity", "quantity", _wire_quantity, None),
    ("unit_factor_id", "unit_factor_id", None, None),
    ("unit_name", "unit_name", None, None),
    ("unit_small_name", "unit_small_name", None, None),
    ("unit_factor", "unit_factor", _wire_unit_factor, None),
)
