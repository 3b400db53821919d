from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.employee_asset import EmployeeAsset
    from ..models.employee_asset_pagination import EmployeeAssetPagination
    from ..models.employee_asset_permissions import EmployeeAssetPermissions


T = TypeVar("T", bound="EmployeeAssetPagePayload")


@_attrs_define
class EmployeeAssetPagePayload:
    """The records, the paging state and the caller's permissions.

    Attributes:
        data (list[EmployeeAsset]): The assets on this page.
        pagination (EmployeeAssetPagination | Unset): Where an asset page stands.
        permissions (EmployeeAssetPermissions | Unset): What the caller may do with assets.
    """

    data: list[EmployeeAsset]
    pagination: EmployeeAssetPagination | Unset = UNSET
    permissions: EmployeeAssetPermissions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.employee_asset import EmployeeAsset  # noqa: PLC0415
        from ..models.employee_asset_pagination import EmployeeAssetPagination  # noqa: PLC0415
        from ..models.employee_asset_permissions import EmployeeAssetPermissions  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = EmployeeAsset.from_dict(data_item_data)

            data.append(data_item)

        _pagination = d.pop("pagination", UNSET)
        pagination: EmployeeAssetPagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = EmployeeAssetPagination.from_dict(_pagination)

        _permissions = d.pop("permissions", UNSET)
        permissions: EmployeeAssetPermissions | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = EmployeeAssetPermissions.from_dict(_permissions)

        employee_asset_page_payload = cls(
            data=data,
            pagination=pagination,
            permissions=permissions,
        )

        employee_asset_page_payload.additional_properties = d
        return employee_asset_page_payload

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


def _wire_data(data: Any) -> Any:
    from ..models.employee_asset import EmployeeAsset  # noqa: PLC0415

    data = []
    _data = data
    for data_item_data in _data:
        data_item = EmployeeAsset.from_dict(data_item_data)

        data.append(data_item)

    return data


def _wire_pagination(data: Any) -> Any:
    from ..models.employee_asset_pagination import EmployeeAssetPagination  # noqa: PLC0415

    _pagination = data
    pagination: EmployeeAssetPagination | Unset
    if isinstance(_pagination, Unset):
        pagination = UNSET
    else:
        pagination = EmployeeAssetPagination.from_dict(_pagination)

    return pagination


def _wire_permissions(data: Any) -> Any:
    from ..models.employee_asset_permissions import EmployeeAssetPermissions  # noqa: PLC0415

    _permissions = data
    permissions: EmployeeAssetPermissions | Unset
    if isinstance(_permissions, Unset):
        permissions = UNSET
    else:
        permissions = EmployeeAssetPermissions.from_dict(_permissions)

    return permissions


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("data", "data", _wire_data, "EmployeeAsset"),
    ("pagination", "pagination", _wire_pagination, "EmployeeAssetPagination"),
    ("permissions", "permissions", _wire_permissions, "EmployeeAssetPermissions"),
)
