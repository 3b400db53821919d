from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.package_period_unit import PackagePeriodUnit
from ..models.package_type import PackageType
from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="PackageInput")


@_attrs_define
class PackageInput:
    """The body that creates a package, or changes one when `id` is given.

    Attributes:
        name (str): The name.
        status (int): `1` active, `0` inactive.
        type_ (None | PackageType | str): What the package sells.
        price (Decimal): The price.
        period_value (int): Length of the period.
        period_unit (None | PackagePeriodUnit | str): Unit of the period.
        description (str): A description.
        id (int | Unset): Leave out to create; give a package's id to change it instead.
        branch_id (int | Unset): The branch; sent on create (the change example leaves it out).
    """

    name: str
    status: int
    type_: None | PackageType | str
    price: Decimal
    period_value: int
    period_unit: None | PackagePeriodUnit | str
    description: str
    id: int | Unset = UNSET
    branch_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status = self.status

        type_: None | str
        if isinstance(self.type_, PackageType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        price = self.price

        period_value = self.period_value

        period_unit: None | str
        if isinstance(self.period_unit, PackagePeriodUnit):
            period_unit = self.period_unit.value
        else:
            period_unit = self.period_unit

        description = self.description

        id = self.id

        branch_id = self.branch_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "status": status,
                "type": type_,
                "price": price,
                "period_value": period_value,
                "period_unit": period_unit,
                "description": description,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        status = d.pop("status")

        def _parse_type_(data: object) -> None | PackageType | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = PackageType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PackageType | str, data)

        type_ = _parse_type_(d.pop("type"))

        price = decimal_from_json(d.pop("price"), ("number",))

        period_value = d.pop("period_value")

        def _parse_period_unit(data: object) -> None | PackagePeriodUnit | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_unit_type_0 = PackagePeriodUnit(data)

                return period_unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PackagePeriodUnit | str, data)

        period_unit = _parse_period_unit(d.pop("period_unit"))

        description = d.pop("description")

        id = d.pop("id", UNSET)

        branch_id = d.pop("branch_id", UNSET)

        package_input = cls(
            name=name,
            status=status,
            type_=type_,
            price=price,
            period_value=period_value,
            period_unit=period_unit,
            description=description,
            id=id,
            branch_id=branch_id,
        )

        package_input.additional_properties = d
        return package_input

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
    def _parse_type_(data: object) -> None | PackageType | str:
        if data is None:
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            type_type_0 = PackageType(data)

            return type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | PackageType | str, data)

    type_ = _parse_type_(data)

    return type_


def _wire_price(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_period_unit(data: Any) -> Any:
    def _parse_period_unit(data: object) -> None | PackagePeriodUnit | str:
        if data is None:
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            period_unit_type_0 = PackagePeriodUnit(data)

            return period_unit_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | PackagePeriodUnit | str, data)

    period_unit = _parse_period_unit(data)

    return period_unit


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("name", "name", None, None),
    ("status", "status", None, None),
    ("type", "type_", _wire_type_, None),
    ("price", "price", _wire_price, None),
    ("period_value", "period_value", None, None),
    ("period_unit", "period_unit", _wire_period_unit, None),
    ("description", "description", None, None),
    ("id", "id", None, None),
    ("branch_id", "branch_id", None, None),
)
