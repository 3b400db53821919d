from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="UnitTemplateFactor")


@_attrs_define
class UnitTemplateFactor:
    """A larger unit of a template: how many base units it holds.

    Attributes:
        id (int | Unset): The unit's id; give it on a change to keep the unit, leave it out to add one.
        factor_name (str | Unset): Name of the unit, for example kilo.
        factor (Decimal | Unset): How many base units one of this unit holds.
        small_name (None | str | Unset): Short name of the unit, for example kg.
        unit_template_id (int | None | Unset): The template it belongs to.
        branch_id (int | None | Unset): The branch; null in the documented example.
        staff_id (int | None | Unset): The staff member who added it.
        created (None | str | Unset): When it was added; may be null.
        modified (None | str | Unset): When it last changed; may be null.
    """

    id: int | Unset = UNSET
    factor_name: str | Unset = UNSET
    factor: Decimal | Unset = UNSET
    small_name: None | str | Unset = UNSET
    unit_template_id: int | None | Unset = UNSET
    branch_id: int | None | Unset = UNSET
    staff_id: int | None | Unset = UNSET
    created: None | str | Unset = UNSET
    modified: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        factor_name = self.factor_name

        factor = self.factor

        small_name: None | str | Unset
        if isinstance(self.small_name, Unset):
            small_name = UNSET
        else:
            small_name = self.small_name

        unit_template_id: int | None | Unset
        if isinstance(self.unit_template_id, Unset):
            unit_template_id = UNSET
        else:
            unit_template_id = self.unit_template_id

        branch_id: int | None | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        staff_id: int | None | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        modified: None | str | Unset
        if isinstance(self.modified, Unset):
            modified = UNSET
        else:
            modified = self.modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if factor_name is not UNSET:
            field_dict["factor_name"] = factor_name
        if factor is not UNSET:
            field_dict["factor"] = factor
        if small_name is not UNSET:
            field_dict["small_name"] = small_name
        if unit_template_id is not UNSET:
            field_dict["unit_template_id"] = unit_template_id
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        factor_name = d.pop("factor_name", UNSET)

        factor = decimal_from_json(d.pop("factor", UNSET), ("number",))

        def _parse_small_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        small_name = _parse_small_name(d.pop("small_name", UNSET))

        def _parse_unit_template_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        unit_template_id = _parse_unit_template_id(d.pop("unit_template_id", UNSET))

        def _parse_branch_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        def _parse_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        staff_id = _parse_staff_id(d.pop("staff_id", UNSET))

        def _parse_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_modified(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        modified = _parse_modified(d.pop("modified", UNSET))

        unit_template_factor = cls(
            id=id,
            factor_name=factor_name,
            factor=factor,
            small_name=small_name,
            unit_template_id=unit_template_id,
            branch_id=branch_id,
            staff_id=staff_id,
            created=created,
            modified=modified,
        )

        unit_template_factor.additional_properties = d
        return unit_template_factor

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
    ("id", "id", None, None),
    ("factor_name", "factor_name", None, None),
    ("factor", "factor", _wire_factor, None),
    ("small_name", "small_name", None, None),
    ("unit_template_id", "unit_template_id", None, None),
    ("branch_id", "branch_id", None, None),
    ("staff_id", "staff_id", None, None),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
)
