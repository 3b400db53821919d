from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.follow_up_status import FollowUpStatus
    from ..models.pagination import Pagination


T = TypeVar("T", bound="FollowUpStatusPage")


@_attrs_define
class FollowUpStatusPage:
    """One page of follow-up statuses. The documentation shows this v2 list in the v1 envelope (`code`, `result`, `data`,
    `pagination`) with each record under a `FollowUpStatus` key, while every other v2 list is a flat paginator; both
    frames are accepted here and only `data` is required. A record that arrives wrapped keeps its fields under the
    `FollowUpStatus` key.

        Attributes:
            data (list[FollowUpStatus]): The statuses on this page.
            code (int | Unset): v1 envelope: the HTTP status again.
            result (str | Unset): v1 envelope: `successful`.
            pagination (Pagination | Unset): Where a list page stands among all pages.
            current_page (int | Unset): Paginator: the page returned.
            last_page (int | Unset): Paginator: the last page.
            per_page (int | str | Unset): Paginator: records per page.
            total (int | None | Unset): Paginator: how many records match.
            next_page_url (None | str | Unset): Paginator: address of the next page; null on the last.
    """

    data: list[FollowUpStatus]
    code: int | Unset = UNSET
    result: str | Unset = UNSET
    pagination: Pagination | Unset = UNSET
    current_page: int | Unset = UNSET
    last_page: int | Unset = UNSET
    per_page: int | str | Unset = UNSET
    total: int | None | Unset = UNSET
    next_page_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        code = self.code

        result = self.result

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        current_page = self.current_page

        last_page = self.last_page

        per_page: int | str | Unset
        if isinstance(self.per_page, Unset):
            per_page = UNSET
        else:
            per_page = self.per_page

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        next_page_url: None | str | Unset
        if isinstance(self.next_page_url, Unset):
            next_page_url = UNSET
        else:
            next_page_url = self.next_page_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if result is not UNSET:
            field_dict["result"] = result
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        if last_page is not UNSET:
            field_dict["last_page"] = last_page
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if total is not UNSET:
            field_dict["total"] = total
        if next_page_url is not UNSET:
            field_dict["next_page_url"] = next_page_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.follow_up_status import FollowUpStatus  # noqa: PLC0415
        from ..models.pagination import Pagination  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = FollowUpStatus.from_dict(data_item_data)

            data.append(data_item)

        code = d.pop("code", UNSET)

        result = d.pop("result", UNSET)

        _pagination = d.pop("pagination", UNSET)
        pagination: Pagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = Pagination.from_dict(_pagination)

        current_page = d.pop("current_page", UNSET)

        last_page = d.pop("last_page", UNSET)

        def _parse_per_page(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        per_page = _parse_per_page(d.pop("per_page", UNSET))

        def _parse_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        def _parse_next_page_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_page_url = _parse_next_page_url(d.pop("next_page_url", UNSET))

        follow_up_status_page = cls(
            data=data,
            code=code,
            result=result,
            pagination=pagination,
            current_page=current_page,
            last_page=last_page,
            per_page=per_page,
            total=total,
            next_page_url=next_page_url,
        )

        follow_up_status_page.additional_properties = d
        return follow_up_status_page

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
    from ..models.follow_up_status import FollowUpStatus  # noqa: PLC0415

    data = []
    _data = data
    for data_item_data in _data:
        data_item = FollowUpStatus.from_dict(data_item_data)

        data.append(data_item)

    return data


def _wire_pagination(data: Any) -> Any:
    from ..models.pagination import Pagination  # noqa: PLC0415

    _pagination = data
    pagination: Pagination | Unset
    if isinstance(_pagination, Unset):
        pagination = UNSET
    else:
        pagination = Pagination.from_dict(_pagination)

    return pagination


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("data", "data", _wire_data, "FollowUpStatus"),
    ("code", "code", None, None),
    ("result", "result", None, None),
    ("pagination", "pagination", _wire_pagination, "Pagination"),
    ("current_page", "current_page", None, None),
    ("last_page", "last_page", None, None),
    ("per_page", "per_page", None, None),
    ("total", "total", None, None),
    ("next_page_url", "next_page_url", None, None),
)
