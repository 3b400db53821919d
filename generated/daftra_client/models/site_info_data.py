from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.site import Site


T = TypeVar("T", bound="SiteInfoData")


@_attrs_define
class SiteInfoData:
    """
    Attributes:
        site (Site): The account's settings. Daftra sends several numeric settings as strings (and some string settings
            as numbers), so those fields accept both.
    """

    site: Site
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        site = self.site.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Site": site,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.site import Site  # noqa: PLC0415

        d = dict(src_dict)
        site = Site.from_dict(d.pop("Site"))

        site_info_data = cls(
            site=site,
        )

        site_info_data.additional_properties = d
        return site_info_data

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


def _wire_site(data: Any) -> Any:
    from ..models.site import Site  # noqa: PLC0415

    site = Site.from_dict(data)

    return site


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (("Site", "site", _wire_site, "Site"),)
