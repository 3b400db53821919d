from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag
from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="CreditType")


@_attrs_define
class CreditType:
    """A kind of client credit, as read and written.

    Attributes:
        id (int): The credit type's id.
        name (str | Unset): The credit type's name.
        status (int | None | Unset): `1` active, `0` inactive.
        allow_decimal (bool | Flag | None | Unset): Whether amounts of this credit may have decimals (`0`/`1`).
        unit (None | str | Unset): The unit amounts are counted in, for example points.
        description (None | str | Unset): A description.
        created (None | str | Unset): When the credit type was added (`YYYY-MM-DD HH:MM:SS`).
        modified (None | str | Unset): When the credit type last changed (`YYYY-MM-DD HH:MM:SS`).
        deleted_at (None | str | Unset): When the record was deleted; null for live records (deleted ones are not
            listed).
    """

    id: int
    name: str | Unset = UNSET
    status: int | None | Unset = UNSET
    allow_decimal: bool | Flag | None | Unset = UNSET
    unit: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    created: None | str | Unset = UNSET
    modified: None | str | Unset = UNSET
    deleted_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        allow_decimal: bool | int | None | Unset
        if isinstance(self.allow_decimal, Unset):
            allow_decimal = UNSET
        elif isinstance(self.allow_decimal, Flag):
            allow_decimal = self.allow_decimal.value
        else:
            allow_decimal = self.allow_decimal

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        modified: None | str | Unset
        if isinstance(self.modified, Unset):
            modified = UNSET
        else:
            modified = self.modified

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if allow_decimal is not UNSET:
            field_dict["allow_decimal"] = allow_decimal
        if unit is not UNSET:
            field_dict["unit"] = unit
        if description is not UNSET:
            field_dict["description"] = description
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        def _parse_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_allow_decimal(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                allow_decimal_type_1 = Flag(data)

                return allow_decimal_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        allow_decimal = _parse_allow_decimal(d.pop("allow_decimal", UNSET))

        def _parse_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit = _parse_unit(d.pop("unit", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_modified(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        modified = _parse_modified(d.pop("modified", UNSET))

        def _parse_deleted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        credit_type = cls(
            id=id,
            name=name,
            status=status,
            allow_decimal=allow_decimal,
            unit=unit,
            description=description,
            created=created,
            modified=modified,
            deleted_at=deleted_at,
        )

        credit_type.additional_properties = d
        return credit_type

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


def _wire_allow_decimal(data: Any) -> Any:
    def _parse_allow_decimal(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            allow_decimal_type_1 = Flag(data)

            return allow_decimal_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    allow_decimal = _parse_allow_decimal(data)

    return allow_decimal


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("name", "name", None, None),
    ("status", "status", None, None),
    ("allow_decimal", "allow_decimal", _wire_allow_decimal, None),
    ("unit", "unit", None, None),
    ("description", "description", None, None),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
    ("deleted_at", "deleted_at", None, None),
)
