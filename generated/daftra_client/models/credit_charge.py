from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="CreditCharge")


@_attrs_define
class CreditCharge:
    """A top-up of a client's credit of one type, as read and written.

    Attributes:
        id (int): The charge's id.
        client_id (int | str | Unset): The client credited.
        credit_type_id (int | str | Unset): The credit type (v2 entity `credit_type`).
        staff_id (int | None | str | Unset): The staff member who recorded it.
        status (None | str | Unset): The charge's state as a string; the documentation does not list the values.
        start_date (None | str | Unset): First day the credit can be used (`YYYY-MM-DD` in answers).
        expiry_date (None | str | Unset): Last day the credit can be used; null when it does not expire.
        amount (Decimal | str | Unset): The credit given.
        description (None | str | Unset): A description.
        renewal_id (int | None | Unset): The membership renewal that produced the charge, if any.
        is_suspended (None | str | Unset): Sent as `on` to record a suspended charge; not read back.
        created (None | str | Unset): When the charge was recorded (`YYYY-MM-DD HH:MM:SS`).
        modified (None | str | Unset): When the charge last changed (`YYYY-MM-DD HH:MM:SS`).
        deleted_at (None | str | Unset): When the record was deleted; null for live records (deleted ones are not
            listed).
    """

    id: int
    client_id: int | str | Unset = UNSET
    credit_type_id: int | str | Unset = UNSET
    staff_id: int | None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    start_date: None | str | Unset = UNSET
    expiry_date: None | str | Unset = UNSET
    amount: Decimal | str | Unset = UNSET
    description: None | str | Unset = UNSET
    renewal_id: int | None | Unset = UNSET
    is_suspended: None | str | Unset = UNSET
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

        staff_id: int | None | str | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        else:
            start_date = self.start_date

        expiry_date: None | str | Unset
        if isinstance(self.expiry_date, Unset):
            expiry_date = UNSET
        else:
            expiry_date = self.expiry_date

        amount = self.amount

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        renewal_id: int | None | Unset
        if isinstance(self.renewal_id, Unset):
            renewal_id = UNSET
        else:
            renewal_id = self.renewal_id

        is_suspended: None | str | Unset
        if isinstance(self.is_suspended, Unset):
            is_suspended = UNSET
        else:
            is_suspended = self.is_suspended

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
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if status is not UNSET:
            field_dict["status"] = status
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if amount is not UNSET:
            field_dict["amount"] = amount
        if description is not UNSET:
            field_dict["description"] = description
        if renewal_id is not UNSET:
            field_dict["renewal_id"] = renewal_id
        if is_suspended is not UNSET:
            field_dict["is_suspended"] = is_suspended
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

        def _parse_staff_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        staff_id = _parse_staff_id(d.pop("staff_id", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_start_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_expiry_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expiry_date = _parse_expiry_date(d.pop("expiry_date", UNSET))

        amount = decimal_from_json(
            d.pop("amount", UNSET),
            (
                "number",
                "string",
            ),
        )

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_renewal_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        renewal_id = _parse_renewal_id(d.pop("renewal_id", UNSET))

        def _parse_is_suspended(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        is_suspended = _parse_is_suspended(d.pop("is_suspended", UNSET))

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

        credit_charge = cls(
            id=id,
            client_id=client_id,
            credit_type_id=credit_type_id,
            staff_id=staff_id,
            status=status,
            start_date=start_date,
            expiry_date=expiry_date,
            amount=amount,
            description=description,
            renewal_id=renewal_id,
            is_suspended=is_suspended,
            created=created,
            modified=modified,
            deleted_at=deleted_at,
        )

        credit_charge.additional_properties = d
        return credit_charge

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
    ("staff_id", "staff_id", None, None),
    ("status", "status", None, None),
    ("start_date", "start_date", None, None),
    ("expiry_date", "expiry_date", None, None),
    ("amount", "amount", _wire_amount, None),
    ("description", "description", None, None),
    ("renewal_id", "renewal_id", None, None),
    ("is_suspended", "is_suspended", None, None),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
    ("deleted_at", "deleted_at", None, None),
)
