from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.general_listing import GeneralListing


T = TypeVar("T", bound="GeneralListingData")


@_attrs_define
class GeneralListingData:
    """
    Attributes:
        listing (GeneralListing): A lookup: every key is a record id (as text) and every value that record's title. The
            documentation shows only this object form; if the service ever returned a list whose ids are 0, 1, 2, ..., PHP
            would encode it as a JSON array instead.
    """

    listing: GeneralListing
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        listing = self.listing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Listing": listing,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.general_listing import GeneralListing  # noqa: PLC0415

        d = dict(src_dict)
        listing = GeneralListing.from_dict(d.pop("Listing"))

        general_listing_data = cls(
            listing=listing,
        )

        general_listing_data.additional_properties = d
        return general_listing_data

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


def _wire_listing(data: Any) -> Any:
    from ..models.general_listing import GeneralListing  # noqa: PLC0415

    listing = GeneralListing.from_dict(data)

    return listing


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("Listing", "listing", _wire_listing, "GeneralListing"),
)
