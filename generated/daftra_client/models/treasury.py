from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag
from ..models.treasury_type import TreasuryType
from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="Treasury")


@_attrs_define
class Treasury:
    """A treasury (cash box) or bank account, as sent when creating or changing one and as read back. Fields marked read-
    only are kept by Daftra and ignored when sent.

        Attributes:
            id (int | Unset): The treasury's id.
            staff_id (int | None | Unset): The staff member who added it; `0` is the owner.
            name (str | Unset): The treasury's name.
            type_ (int | None | TreasuryType | Unset): Bank account or cash treasury.
            type_name (None | str | Unset): Name on the bank account (bank accounts only).
            type_account_number (None | str | Unset): The bank account number (bank accounts only).
            active (bool | Flag | None | Unset): Whether the treasury is in use (`0`/`1`).
            is_primary (bool | Flag | None | Unset): Whether this is the primary treasury (`0`/`1`).
            description (None | str | Unset): A description of the treasury.
            balance (Decimal | None | Unset): The current balance, computed from the treasury's transactions.
            created (str | Unset): When the treasury was added (`YYYY-MM-DD HH:MM:SS`).
            modified (str | Unset): When the treasury last changed (`YYYY-MM-DD HH:MM:SS`).
    """

    id: int | Unset = UNSET
    staff_id: int | None | Unset = UNSET
    name: str | Unset = UNSET
    type_: int | None | TreasuryType | Unset = UNSET
    type_name: None | str | Unset = UNSET
    type_account_number: None | str | Unset = UNSET
    active: bool | Flag | None | Unset = UNSET
    is_primary: bool | Flag | None | Unset = UNSET
    description: None | str | Unset = UNSET
    balance: Decimal | None | Unset = UNSET
    created: str | Unset = UNSET
    modified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        staff_id: int | None | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

        name = self.name

        type_: int | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, TreasuryType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        type_name: None | str | Unset
        if isinstance(self.type_name, Unset):
            type_name = UNSET
        else:
            type_name = self.type_name

        type_account_number: None | str | Unset
        if isinstance(self.type_account_number, Unset):
            type_account_number = UNSET
        else:
            type_account_number = self.type_account_number

        active: bool | int | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        elif isinstance(self.active, Flag):
            active = self.active.value
        else:
            active = self.active

        is_primary: bool | int | None | Unset
        if isinstance(self.is_primary, Unset):
            is_primary = UNSET
        elif isinstance(self.is_primary, Flag):
            is_primary = self.is_primary.value
        else:
            is_primary = self.is_primary

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        balance = self.balance

        created = self.created

        modified = self.modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if type_name is not UNSET:
            field_dict["type_name"] = type_name
        if type_account_number is not UNSET:
            field_dict["type_account_number"] = type_account_number
        if active is not UNSET:
            field_dict["active"] = active
        if is_primary is not UNSET:
            field_dict["is_primary"] = is_primary
        if description is not UNSET:
            field_dict["description"] = description
        if balance is not UNSET:
            field_dict["balance"] = balance
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        staff_id = _parse_staff_id(d.pop("staff_id", UNSET))

        name = d.pop("name", UNSET)

        def _parse_type_(data: object) -> int | None | TreasuryType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                type_type_0 = TreasuryType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | TreasuryType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_type_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_name = _parse_type_name(d.pop("type_name", UNSET))

        def _parse_type_account_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_account_number = _parse_type_account_number(d.pop("type_account_number", UNSET))

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

        def _parse_is_primary(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                is_primary_type_1 = Flag(data)

                return is_primary_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        is_primary = _parse_is_primary(d.pop("is_primary", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        balance = decimal_from_json(d.pop("balance", UNSET), ("number",))

        created = d.pop("created", UNSET)

        modified = d.pop("modified", UNSET)

        treasury = cls(
            id=id,
            staff_id=staff_id,
            name=name,
            type_=type_,
            type_name=type_name,
            type_account_number=type_account_number,
            active=active,
            is_primary=is_primary,
            description=description,
            balance=balance,
            created=created,
            modified=modified,
        )

        treasury.additional_properties = d
        return treasury

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


def _wire_type_(data: Any) -> Any:
    def _parse_type_(data: object) -> int | None | TreasuryType | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            type_type_0 = TreasuryType(data)

            return type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(int | None | TreasuryType | Unset, data)

    type_ = _parse_type_(data)

    return type_


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


def _wire_is_primary(data: Any) -> Any:
    def _parse_is_primary(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            is_primary_type_1 = Flag(data)

            return is_primary_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    is_primary = _parse_is_primary(data)

    return is_primary


def _wire_balance(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("staff_id", "staff_id", None, None),
    ("name", "name", None, None),
    ("type", "type_", _wire_type_, None),
    ("type_name", "type_name", None, None),
    ("type_account_number", "type_account_number", None, None),
    ("active", "active", _wire_active, None),
    ("is_primary", "is_primary", _wire_is_primary, None),
    ("description", "description", None, None),
    ("balance", "balance", _wire_balance, None),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
)
