from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Site")


@_attrs_define
class Site:
    """
    Attributes:
        id (int | Unset):
        business_name (str | Unset):
        subdomain (str | Unset):
        currency_code (str | Unset):
    """

    id: int | Unset = UNSET
    business_name: str | Unset = UNSET
    subdomain: str | Unset = UNSET
    currency_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        business_name = self.business_name

        subdomain = self.subdomain

        currency_code = self.currency_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if business_name is not UNSET:
            field_dict["business_name"] = business_name
        if subdomain is not UNSET:
            field_dict["subdomain"] = subdomain
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        business_name = d.pop("business_name", UNSET)

        subdomain = d.pop("subdomain", UNSET)

        currency_code = d.pop("currency_code", UNSET)

        site = cls(
            id=id,
            business_name=business_name,
            subdomain=subdomain,
            currency_code=currency_code,
        )

        site.additional_properties = d
        return site

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
