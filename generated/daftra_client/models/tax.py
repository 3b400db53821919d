from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag
from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="Tax")


@_attrs_define
class Tax:
    """A tax, as sent when creating or changing one and as read back. Fields marked read-only are kept by Daftra and
    ignored when sent.

        Attributes:
            id (int | Unset): The tax's id, the value lines and products put in `tax1`/`tax2`. (The documentation's schema
                is shared with the taxes recorded on documents and calls this a line id there.)
            tax_id (int | None | Unset): The tax a document's tax row refers to. Listed by the documentation's shared
                schema; it is not expected on records of this resource.
            name (str | Unset): The tax's name as printed.
            value (Decimal | Unset): The rate in percent, e.g. `14` for 14 %.
            description (None | str | Unset): A description of the tax.
            included (bool | Flag | None | Unset): `1` when prices already include the tax (inclusive); `0` or null when it
                is added on top (exclusive, the default).
            created (str | Unset): When the tax was added (`YYYY-MM-DD HH:MM:SS`).
            modified (str | Unset): When the tax last changed (`YYYY-MM-DD HH:MM:SS`).
    """

    id: int | Unset = UNSET
    tax_id: int | None | Unset = UNSET
    name: str | Unset = UNSET
    value: Decimal | Unset = UNSET
    description: None | str | Unset = UNSET
    included: bool | Flag | None | Unset = UNSET
    created: str | Unset = UNSET
    modified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tax_id: int | None | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        name = self.name

        value = self.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        included: bool | int | None | Unset
        if isinstance(self.included, Unset):
            included = UNSET
        elif isinstance(self.included, Flag):
            included = self.included.value
        else:
            included = self.included

        created = self.created

        modified = self.modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value
        if description is not UNSET:
            field_dict["description"] = description
        if included is not UNSET:
            field_dict["included"] = included
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_tax_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tax_id = _parse_tax_id(d.pop("tax_id", UNSET))

        name = d.pop("name", UNSET)

        value = decimal_from_json(d.pop("value", UNSET), ("number",))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_included(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                included_type_1 = Flag(data)

                return included_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        included = _parse_included(d.pop("included", UNSET))

        created = d.pop("created", UNSET)

        modified = d.pop("modified", UNSET)

        tax = cls(
            id=id,
            tax_id=tax_id,
            name=name,
            value=value,
            description=description,
            included=included,
            created=created,
            modified=modified,
        )

        tax.additional_properties = d
        return tax

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


def _wire_value(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_included(data: Any) -> Any:
    def _parse_included(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            included_type_1 = Flag(data)

            return included_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    included = _parse_included(data)

    return included


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("tax_id", "tax_id", None, None),
    ("name", "name", None, None),
    ("value", "value", _wire_value, None),
    ("description", "description", None, None),
    ("included", "included", _wire_included, None),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
)
