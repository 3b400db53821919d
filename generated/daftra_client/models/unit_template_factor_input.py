from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="UnitTemplateFactorInput")


@_attrs_define
class UnitTemplateFactorInput:
    """A larger unit as sent.

    Attributes:
        factor_name (str): Name of the unit.
        factor (Decimal): How many base units it holds.
        small_name (str): Short name of the unit.
        id (int | Unset): On a change: the id of an existing unit to keep and update.
    """

    factor_name: str
    factor: Decimal
    small_name: str
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        factor_name = self.factor_name

        factor = self.factor

        small_name = self.small_name

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "factor_name": factor_name,
                "factor": factor,
                "small_name": small_name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        factor_name = d.pop("factor_name")

        factor = decimal_from_json(d.pop("factor"), ("number",))

        small_name = d.pop("small_name")

        id = d.pop("id", UNSET)

        unit_template_factor_input = cls(
            factor_name=factor_name,
            factor=factor,
            small_name=small_name,
            id=id,
        )

        unit_template_factor_input.additional_properties = d
        return unit_template_factor_input

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


def _wire_factor(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("factor_name", "factor_name", None, None),
    ("factor", "factor", _wire_factor, None),
    ("small_name", "small_name", None, None),
    ("id", "id", None, None),
)
