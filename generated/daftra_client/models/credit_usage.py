from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="CreditUsage")


@_attrs_define
class CreditUsage:
    """One use of a client's credit of some type, as read and written.

    Attributes:
        id (int): The usage's id.
        client_id (int | str | Unset): The client whose credit is used.
        credit_type_id (int | str | Unset): The credit type used (v2 entity `credit_type`).
        usage_date (None | str | Unset): When the credit was used (`YYYY-MM-DD` in answers).
        description (None | str | Unset): A description.
        added_by (int | None | str | Unset): The staff member recording the usage; sent on create, not read back in the
            documented answers.
        amount (Decimal | None | str | Unset): An amount; listed by the documentation's change schema only, and left out
            of its example.
        created (None | str | Unset): When the usage was recorded (`YYYY-MM-DD HH:MM:SS`).
        modified (None | str | Unset): When the usage last changed (`YYYY-MM-DD HH:MM:SS`).
        deleted_at (None | str | Unset): When the record was deleted; null for live records (deleted ones are not
            listed).
    """

    id: int
    client_id: int | str | Unset = UNSET
    credit_type_id: int | str | Unset = UNSET
    usage_date: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    added_by: int | None | str | Unset = UNSET
    amount: Decimal | None | str | Unset = UNSET
    created: None | str | Unset = UNSET
    modified: None | str | Unset = UNSET
    deleted_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id: int | str | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        credit_type_id: int | str | Unset
        if isinstance(self.credit_type_id, Unset):
            credit_type_id = UNSET
        else:
            credit_type_id = self.credit_type_id

        usage_date: None | str | Unset
        if isinstance(self.usage_date, Unset):
            usage_date = UNSET
        else:
            usage_date = self.usage_date

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        added_by: int | None | str | Unset
        if isinstance(self.added_by, Unset):
            added_by = UNSET
        else:
            added_by = self.added_by

        amount = self.amount

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
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if credit_type_id is not UNSET:
            field_dict["credit_type_id"] = credit_type_id
        if usage_date is not UNSET:
            field_dict["usage_date"] = usage_date
        if description is not UNSET:
            field_dict["description"] = description
        if added_by is not UNSET:
            field_dict["added_by"] = added_by
        if amount is not UNSET:
            field_dict["amount"] = amount
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

        def _parse_client_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        client_id = _parse_client_id(d.pop("client_id", UNSET))

        def _parse_credit_type_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        credit_type_id = _parse_credit_type_id(d.pop("credit_type_id", UNSET))

        def _parse_usage_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        usage_date = _parse_usage_date(d.pop("usage_date", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_added_by(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        added_by = _parse_added_by(d.pop("added_by", UNSET))

        amount = decimal_from_json(
            d.pop("amount", UNSET),
            (
                "number",
                "string",
            ),
        )

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

        credit_usage = cls(
            id=id,
            client_id=client_id,
            credit_type_id=credit_type_id,
            usage_date=usage_date,
            description=description,
            added_by=added_by,
            amount=amount,
            created=created,
            modified=modified,
            deleted_at=deleted_at,
        )

        credit_usage.additional_properties = d
        return credit_usage

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


def _wire_amount(data: Any) -> Any:
    return decimal_from_json(
        data,
        (
            "number",
            "string",
        ),
    )


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("client_id", "client_id", None, None),
    ("credit_type_id", "credit_type_id", None, None),
    ("usage_date", "usage_date", None, None),
    ("description", "description", None, None),
    ("added_by", "added_by", None, None),
    ("amount", "amount", _wire_amount, None),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
    ("deleted_at", "deleted_at", None, None),
)
