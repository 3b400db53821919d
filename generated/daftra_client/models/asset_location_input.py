from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag
from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="AssetLocationInput")


@_attrs_define
class AssetLocationInput:
    """The body that creates or changes an asset location.

    Attributes:
        name (str): The name; must be given and unique.
        id (int | Unset): The record's id; on a change, the same id as in the path.
        branch_id (int | Unset): The branch (see Get All Branches).
        is_active (bool | Flag | None | Unset): `1` in use, `0` not (the documentation gives `0` as the default).
        staff_id (int | Unset): The staff member adding it (see the v1 staff list).
        description (str | Unset): A description.
    """

    name: str
    id: int | Unset = UNSET
    branch_id: int | Unset = UNSET
    is_active: bool | Flag | None | Unset = UNSET
    staff_id: int | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        branch_id = self.branch_id

        is_active: bool | int | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        elif isinstance(self.is_active, Flag):
            is_active = self.is_active.value
        else:
            is_active = self.is_active

        staff_id = self.staff_id

        description = self.description

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
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        id = d.pop("id", UNSET)

        branch_id = d.pop("branch_id", UNSET)

        def _parse_is_active(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                is_active_type_1 = Flag(data)

                return is_active_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        is_active = _parse_is_active(d.pop("is_active", UNSET))

        staff_id = d.pop("staff_id", UNSET)

        description = d.pop("description", UNSET)

        asset_location_input = cls(
            name=name,
            id=id,
            branch_id=branch_id,
            is_active=is_active,
            staff_id=staff_id,
            description=description,
        )

        asset_location_input.additional_properties = d
        return asset_location_input

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


def _wire_is_active(data: Any) -> Any:
    def _parse_is_active(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            is_active_type_1 = Flag(data)

            return is_active_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    is_active = _parse_is_active(data)

    return is_active


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("name", "name", None, None),
    ("id", "id", None, None),
    ("branch_id", "branch_id", None, None),
    ("is_active", "is_active", _wire_is_active, None),
    ("staff_id", "staff_id", None, None),
    ("description", "description", None, None),
)
