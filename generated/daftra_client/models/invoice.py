from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """
    Attributes:
        id (int | Unset):
        client_id (int | Unset):
        false_ (str | Unset):
        date (str | Unset):
        currency_code (str | Unset):
        summary_total (float | Unset):
    """

    id: int | Unset = UNSET
    client_id: int | Unset = UNSET
    false_: str | Unset = UNSET
    date: str | Unset = UNSET
    currency_code: str | Unset = UNSET
    summary_total: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id = self.client_id

        false_ = self.false_

        date = self.date

        currency_code = self.currency_code

        summary_total = self.summary_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if false_ is not UNSET:
            field_dict["false"] = false_
        if date is not UNSET:
            field_dict["date"] = date
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if summary_total is not UNSET:
            field_dict["summary_total"] = summary_total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        client_id = d.pop("client_id", UNSET)

        false_ = d.pop("false", UNSET)

        date = d.pop("date", UNSET)

        currency_code = d.pop("currency_code", UNSET)

        summary_total = d.pop("summary_total", UNSET)

        invoice = cls(
            id=id,
            client_id=client_id,
            false_=false_,
            date=date,
            currency_code=currency_code,
            summary_total=summary_total,
        )

        invoice.additional_properties = d
        return invoice

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
