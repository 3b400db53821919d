from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.credit_usage_amount import CreditUsageAmount
    from ..models.v2_page_link import V2PageLink


T = TypeVar("T", bound="CreditUsageAmountPage")


@_attrs_define
class CreditUsageAmountPage:
    """One page of credit usage amounts (v2 paginator).

    Attributes:
        current_page (int): The page returned, counted from 1.
        last_page (int): The number of the last page.
        data (list[CreditUsageAmount]): The credit usage amounts on this page.
        per_page (int | str | Unset): Records per page.
        total (int | None | Unset): How many records match in all.
        from_ (int | None | Unset): Position of the first record on this page.
        to (int | None | Unset): Position of the last record on this page.
        path (None | str | Unset): The list's address without parameters.
        first_page_url (None | str | Unset): Address of the first page.
        last_page_url (None | str | Unset): Address of the last page.
        next_page_url (None | str | Unset): Address of the next page; null on the last.
        prev_page_url (None | str | Unset): Address of the previous page; null on the first.
        links (list[V2PageLink] | Unset): Navigation links, as a page selector would show them.
    """

    current_page: int
    last_page: int
    data: list[CreditUsageAmount]
    per_page: int | str | Unset = UNSET
    total: int | None | Unset = UNSET
    from_: int | None | Unset = UNSET
    to: int | None | Unset = UNSET
    path: None | str | Unset = UNSET
    first_page_url: None | str | Unset = UNSET
    last_page_url: None | str | Unset = UNSET
    next_page_url: None | str | Unset = UNSET
    prev_page_url: None | str | Unset = UNSET
    links: list[V2PageLink] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        current_page = self.current_page

        last_page = self.last_page

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

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

        from_: int | None | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        to: int | None | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        first_page_url: None | str | Unset
        if isinstance(self.first_page_url, Unset):
            first_page_url = UNSET
        else:
            first_page_url = self.first_page_url

        last_page_url: None | str | Unset
        if isinstance(self.last_page_url, Unset):
            last_page_url = UNSET
        else:
            last_page_url = self.last_page_url

        next_page_url: None | str | Unset
        if isinstance(self.next_page_url, Unset):
            next_page_url = UNSET
        else:
            next_page_url = self.next_page_url

        prev_page_url: None | str | Unset
        if isinstance(self.prev_page_url, Unset):
            prev_page_url = UNSET
        else:
            prev_page_url = self.prev_page_url

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current_page": current_page,
                "last_page": last_page,
                "data": data,
            }
        )
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if total is not UNSET:
            field_dict["total"] = total
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if path is not UNSET:
            field_dict["path"] = path
        if first_page_url is not UNSET:
            field_dict["first_page_url"] = first_page_url
        if last_page_url is not UNSET:
            field_dict["last_page_url"] = last_page_url
        if next_page_url is not UNSET:
            field_dict["next_page_url"] = next_page_url
        if prev_page_url is not UNSET:
            field_dict["prev_page_url"] = prev_page_url
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credit_usage_amount import CreditUsageAmount  # noqa: PLC0415
        from ..models.v2_page_link import V2PageLink  # noqa: PLC0415

        d = dict(src_dict)
        current_page = d.pop("current_page")

        last_page = d.pop("last_page")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = CreditUsageAmount.from_dict(data_item_data)

            data.append(data_item)

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

        def _parse_from_(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        from_ = _parse_from_(d.pop("from", UNSET))

        def _parse_to(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

        def _parse_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        path = _parse_path(d.pop("path", UNSET))

        def _parse_first_page_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_page_url = _parse_first_page_url(d.pop("first_page_url", UNSET))

        def _parse_last_page_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_page_url = _parse_last_page_url(d.pop("last_page_url", UNSET))

        def _parse_next_page_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_page_url = _parse_next_page_url(d.pop("next_page_url", UNSET))

        def _parse_prev_page_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prev_page_url = _parse_prev_page_url(d.pop("prev_page_url", UNSET))

        _links = d.pop("links", UNSET)
        links: list[V2PageLink] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = V2PageLink.from_dict(links_item_data)

                links.append(links_item)

        credit_usage_amount_page = cls(
            current_page=current_page,
            last_page=last_page,
            data=data,
            per_page=per_page,
            total=total,
            from_=from_,
            to=to,
            path=path,
            first_page_url=first_page_url,
            last_page_url=last_page_url,
            next_page_url=next_page_url,
            prev_page_url=prev_page_url,
            links=links,
        )

        credit_usage_amount_page.additional_properties = d
        return credit_usage_amount_page

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
    from ..models.credit_usage_amount import CreditUsageAmount  # noqa: PLC0415

    data = []
    _data = data
    for data_item_data in _data:
        data_item = CreditUsageAmount.from_dict(data_item_data)

        data.append(data_item)

    return data


def _wire_links(data: Any) -> Any:
    from ..models.v2_page_link import V2PageLink  # noqa: PLC0415

    _links = data
    links: list[V2PageLink] | Unset = UNSET
    if _links is not UNSET:
        links = []
        for links_item_data in _links:
            links_item = V2PageLink.from_dict(links_item_data)

            links.append(links_item)

    return links


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("current_page", "current_page", None, None),
    ("last_page", "last_page", None, None),
    ("data", "data", _wire_data, "CreditUsageAmount"),
    ("per_page", "per_page", None, None),
    ("total", "total", None, None),
    ("from", "from_", None, None),
    ("to", "to", None, None),
    ("path", "path", None, None),
    ("first_page_url", "first_page_url", None, None),
    ("last_page_url", "last_page_url", None, None),
    ("next_page_url", "next_page_url", None, None),
    ("prev_page_url", "prev_page_url", None, None),
    ("links", "links", _wire_links, "V2PageLink"),
)
