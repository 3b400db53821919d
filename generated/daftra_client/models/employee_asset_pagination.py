from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="EmployeeAssetPagination")


@_attrs_define
class EmployeeAssetPagination:
    """Where an asset page stands.

    Attributes:
        total (int | Unset): How many assets match in all.
        current_page (int | Unset): The page returned, counted from 1.
        per_page (int | str | Unset): Assets per page.
        has_more_pages (bool | Unset): Whether later pages exist.
    """

    total: int | Unset = UNSET
    current_page: int | Unset = UNSET
    per_page: int | str | Unset = UNSET
    has_more_pages: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        current_page = self.current_page

        per_page: int | str | Unset
        if isinstance(self.per_page, Unset):
            per_page = UNSET
        else:
            per_page = self.per_page

        has_more_pages = self.has_more_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if has_more_pages is not UNSET:
            field_dict["has_more_pages"] = has_more_pages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total", UNSET)

        current_page = d.pop("current_page", UNSET)

        def _parse_per_page(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        per_page = _parse_per_page(d.pop("per_page", UNSET))

        has_more_pages = d.pop("has_more_pages", UNSET)

        employee_asset_pagination = cls(
            total=total,
            current_page=current_page,
            per_page=per_page,
            has_more_pages=has_more_pages,
        )

        employee_asset_pagination.additional_properties = d
        return employee_asset_pagination

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
    ("total", "total", None, None),
    ("current_page", "current_page", None, None),
    ("per_page", "per_page", None, None),
    ("has_more_pages", "has_more_pages", None, None),
)
