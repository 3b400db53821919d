from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag
from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="CreditTypeInput")


@_attrs_define
class CreditTypeInput:
    """The body that creates a credit type, or changes one when `id` is given.

    Attributes:
        name (str): The name.
        status (int): `1` active, `0` inactive.
        unit (str): The unit.
        description (str): A description.
        allow_decimal (bool | Flag | None): `1` allows decimal amounts.
        id (int | Unset): Leave out to create; give a credit type's id to change it instead.
    """

    name: str
    status: int
    unit: str
    description: str
    allow_decimal: bool | Flag | None
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status = self.status

        unit = self.unit

        description = self.description

        allow_decimal: bool | int | None
        if isinstance(self.allow_decimal, Flag):
            allow_decimal = self.allow_decimal.value
        else:
            allow_decimal = self.allow_decimal

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "status": status,
                "unit": unit,
                "description": description,
                "allow_decimal": allow_decimal,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        status = d.pop("status")

        unit = d.pop("unit")

        description = d.pop("description")

        def _parse_allow_decimal(data: object) -> bool | Flag | None:
            if data is None:
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                allow_decimal_type_1 = Flag(data)

                return allow_decimal_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None, data)

        allow_decimal = _parse_allow_decimal(d.pop("allow_decimal"))

        id = d.pop("id", UNSET)

        credit_type_input = cls(
            name=name,
            status=status,
            unit=unit,
            description=description,
            allow_decimal=allow_decimal,
            id=id,
        )

        credit_type_input.additional_properties = d
        return credit_type_input

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


def _wire_allow_decimal(data: Any) -> Any:
    def _parse_allow_decimal(data: object) -> bool | Flag | None:
        if data is None:
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            allow_decimal_type_1 = Flag(data)

            return allow_decimal_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None, data)

    allow_decimal = _parse_allow_decimal(data)

    return allow_decimal


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("name", "name", None, None),
    ("status", "status", None, None),
    ("unit", "unit", None, None),
    ("description", "description", None, None),
    ("allow_decimal", "allow_decimal", _wire_allow_decimal, None),
    ("id", "id", None, None),
)
