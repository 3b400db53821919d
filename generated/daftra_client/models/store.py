from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag
from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="Store")


@_attrs_define
class Store:
    """A warehouse, as sent when creating or changing one and as read back. Fields marked read-only are kept by Daftra and
    ignored when sent.

        Attributes:
            id (int | Unset): The warehouse's id.
            name (str | Unset): The warehouse's name.
            shipping_address (None | str | Unset): The warehouse's shipping address.
            primary (bool | Flag | None | Unset): Whether this is the primary warehouse (`0`/`1`).
            active (bool | Flag | None | Unset): Whether the warehouse is in use (`0`/`1`).
            branch_id (int | None | Unset): The branch the warehouse belongs to (general listing `Branch`).
            created (str | Unset): When the warehouse was added (`YYYY-MM-DD HH:MM:SS`).
            modified (str | Unset): When the warehouse last changed (`YYYY-MM-DD HH:MM:SS`).
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    shipping_address: None | str | Unset = UNSET
    primary: bool | Flag | None | Unset = UNSET
    active: bool | Flag | None | Unset = UNSET
    branch_id: int | None | Unset = UNSET
    created: str | Unset = UNSET
    modified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        shipping_address: None | str | Unset
        if isinstance(self.shipping_address, Unset):
            shipping_address = UNSET
        else:
            shipping_address = self.shipping_address

        primary: bool | int | None | Unset
        if isinstance(self.primary, Unset):
            primary = UNSET
        elif isinstance(self.primary, Flag):
            primary = self.primary.value
        else:
            primary = self.primary

        active: bool | int | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        elif isinstance(self.active, Flag):
            active = self.active.value
        else:
            active = self.active

        branch_id: int | None | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        created = self.created

        modified = self.modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if primary is not UNSET:
            field_dict["primary"] = primary
        if active is not UNSET:
            field_dict["active"] = active
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_shipping_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shipping_address = _parse_shipping_address(d.pop("shipping_address", UNSET))

        def _parse_primary(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                primary_type_1 = Flag(data)

                return primary_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        primary = _parse_primary(d.pop("primary", UNSET))

        def _parse_active(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                active_type_1 = Flag(data)

                return active_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_branch_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        created = d.pop("created", UNSET)

        modified = d.pop("modified", UNSET)

        store = cls(
            id=id,
            name=name,
            shipping_address=shipping_address,
            primary=primary,
            active=active,
            branch_id=branch_id,
            created=created,
            modified=modified,
        )

        store.additional_properties = d
        return store

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


def _wire_primary(data: Any) -> Any:
    def _parse_primary(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            primary_type_1 = Flag(data)

            return primary_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    primary = _parse_primary(data)

    return primary


def _wire_active(data: Any) -> Any:
    def _parse_active(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            active_type_1 = Flag(data)

            return active_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    active = _parse_active(data)

    return active


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("name", "name", None, None),
    ("shipping_address", "shipping_address", None, None),
    ("primary", "primary", _wire_primary, None),
    ("active", "active", _wire_active, None),
    ("branch_id", "branch_id", None, None),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
)
