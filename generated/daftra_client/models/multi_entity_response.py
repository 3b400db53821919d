from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.multi_entity_response_additional_property import (
        MultiEntityResponseAdditionalProperty,
    )


T = TypeVar("T", bound="MultiEntityResponse")


@_attrs_define
class MultiEntityResponse:
    """One member per query, keyed by the query's alias or entity name: a record for `show`, a paginator for `list`."""

    additional_properties: dict[str, MultiEntityResponseAdditionalProperty] = _attrs_field(
        init=False, factory=dict
    )

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.multi_entity_response_additional_property import (
            MultiEntityResponseAdditionalProperty,  # noqa: PLC0415
        )

        d = dict(src_dict)
        multi_entity_response = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = MultiEntityResponseAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        multi_entity_response.additional_properties = additional_properties
        return multi_entity_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> MultiEntityResponseAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: MultiEntityResponseAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = ()
