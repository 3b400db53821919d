from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag
from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="DepartmentInput")


@_attrs_define
class DepartmentInput:
    """The body that creates or changes a department.

    Attributes:
        name (str): The department's name; must be given and unique.
        id (int | Unset): The record's id; on a change, the same id as in the path.
        branch_id (int | Unset): The branch (see Get All Branches).
        active (bool | Flag | None | Unset): `1` in use, `0` not.
        description (str | Unset): A description of the department.
        abbr (str | Unset): A short code; must be unique.
        managers (list[int | str] | Unset): Ids of the staff members who manage it (sent as strings in the
            documentation).
    """

    name: str
    id: int | Unset = UNSET
    branch_id: int | Unset = UNSET
    active: bool | Flag | None | Unset = UNSET
    description: str | Unset = UNSET
    abbr: str | Unset = UNSET
    managers: list[int | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        branch_id = self.branch_id

        active: bool | int | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        elif isinstance(self.active, Flag):
            active = self.active.value
        else:
            active = self.active

        description = self.description

        abbr = self.abbr

        managers: list[int | str] | Unset = UNSET
        if not isinstance(self.managers, Unset):
            managers = []
            for managers_item_data in self.managers:
                managers_item: int | str
                managers_item = managers_item_data
                managers.append(managers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if active is not UNSET:
            field_dict["active"] = active
        if description is not UNSET:
            field_dict["description"] = description
        if abbr is not UNSET:
            field_dict["abbr"] = abbr
        if managers is not UNSET:
            field_dict["managers"] = managers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        id = d.pop("id", UNSET)

        branch_id = d.pop("branch_id", UNSET)

        def _parse_active(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                active_type_1 = Flag(data)

                return active_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        description = d.pop("description", UNSET)

        abbr = d.pop("abbr", UNSET)

        _managers = d.pop("managers", UNSET)
        managers: list[int | str] | Unset = UNSET
        if _managers is not UNSET:
            managers = []
            for managers_item_data in _managers:

                def _parse_managers_item(data: object) -> int | str:
                    return cast(int | str, data)

                managers_item = _parse_managers_item(managers_item_data)

                managers.append(managers_item)

        department_input = cls(
            name=name,
            id=id,
            branch_id=branch_id,
            active=active,
            description=description,
            abbr=abbr,
            managers=managers,
        )

        department_input.additional_properties = d
        return department_input

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


def _wire_active(data: Any) -> Any:
    def _parse_active(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            active_type_1 = Flag(data)

            return active_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    active = _parse_active(data)

    return active


def _wire_managers(data: Any) -> Any:
    _managers = data
    managers: list[int | str] | Unset = UNSET
    if _managers is not UNSET:
        managers = []
        for managers_item_data in _managers:

            def _parse_managers_item(data: object) -> int | str:
                return cast(int | str, data)

            managers_item = _parse_managers_item(managers_item_data)

            managers.append(managers_item)

    return managers


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("name", "name", None, None),
    ("id", "id", None, None),
    ("branch_id", "branch_id", None, None),
    ("active", "active", _wire_active, None),
    ("description", "description", None, None),
    ("abbr", "abbr", None, None),
    ("managers", "managers", _wire_managers, None),
)
