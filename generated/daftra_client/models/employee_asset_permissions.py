from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="EmployeeAssetPermissions")


@_attrs_define
class EmployeeAssetPermissions:
    """What the caller may do with assets.

    Attributes:
        can_add (bool | Unset): May create assets.
        can_link (bool | Unset): May link assets to each other.
        can_delete_all (bool | Unset): May delete assets in bulk.
    """

    can_add: bool | Unset = UNSET
    can_link: bool | Unset = UNSET
    can_delete_all: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        can_add = self.can_add

        can_link = self.can_link

        can_delete_all = self.can_delete_all

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if can_add is not UNSET:
            field_dict["can_add"] = can_add
        if can_link is not UNSET:
            field_dict["can_link"] = can_link
        if can_delete_all is not UNSET:
            field_dict["can_delete_all"] = can_delete_all

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        can_add = d.pop("can_add", UNSET)

        can_link = d.pop("can_link", UNSET)

        can_delete_all = d.pop("can_delete_all", UNSET)

        employee_asset_permissions = cls(
            can_add=can_add,
            can_link=can_link,
            can_delete_all=can_delete_all,
        )

        employee_asset_permissions.additional_properties = d
        return employee_asset_permissions

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


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("can_add", "can_add", None, None),
    ("can_link", "can_link", None, None),
    ("can_delete_all", "can_delete_all", None, None),
)
