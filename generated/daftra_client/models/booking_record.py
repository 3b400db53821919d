from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="BookingRecord")


@_attrs_define
class BookingRecord:
    """A booking as the v2 entity API returns it: one flat row in snake_case, with related
    records embedded according to the requested level. Daftra's documentation shows no
    example; bookings are sales documents (type `8`), so the row is expected to carry the
    invoice columns. Only a few are named here; every other member is kept.

        Attributes:
            id (int): The booking's id.
            no (None | str | Unset): The booking's number.
            type_ (int | None | Unset): The sales document kind; `8` for a booking.
            client_id (int | None | Unset): The client booked.
            staff_id (int | None | Unset): The staff member concerned.
            branch_id (int | None | Unset): The branch the booking belongs to.
            date (None | str | Unset): The day of the booking (`YYYY-MM-DD`).
            currency_code (None | str | Unset): The currency (ISO 4217).
            summary_total (Decimal | None | str | Unset): The booking's total.
            created (None | str | Unset): When the booking was created.
            modified (None | str | Unset): When the booking last changed.
    """

    id: int
    no: None | str | Unset = UNSET
    type_: int | None | Unset = UNSET
    client_id: int | None | Unset = UNSET
    staff_id: int | None | Unset = UNSET
    branch_id: int | None | Unset = UNSET
    date: None | str | Unset = UNSET
    currency_code: None | str | Unset = UNSET
    summary_total: Decimal | None | str | Unset = UNSET
    created: None | str | Unset = UNSET
    modified: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        no: None | str | Unset
        if isinstance(self.no, Unset):
            no = UNSET
        else:
            no = self.no

        type_: int | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        client_id: int | None | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        staff_id: int | None | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

        branch_id: int | None | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        currency_code: None | str | Unset
        if isinstance(self.currency_code, Unset):
            currency_code = UNSET
        else:
            currency_code = self.currency_code

        summary_total = self.summary_total

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if no is not UNSET:
            field_dict["no"] = no
        if type_ is not UNSET:
            field_dict["type"] = type_
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if date is not UNSET:
            field_dict["date"] = date
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if summary_total is not UNSET:
            field_dict["summary_total"] = summary_total
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        no = _parse_no(d.pop("no", UNSET))

        def _parse_type_(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_client_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        client_id = _parse_client_id(d.pop("client_id", UNSET))

        def _parse_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        staff_id = _parse_staff_id(d.pop("staff_id", UNSET))

        def _parse_branch_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        def _parse_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_currency_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency_code = _parse_currency_code(d.pop("currency_code", UNSET))

        summary_total = decimal_from_json(
            d.pop("summary_total", UNSET),
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

        booking_record = cls(
            id=id,
            no=no,
            type_=type_,
            client_id=client_id,
            staff_id=staff_id,
            branch_id=branch_id,
            date=date,
            currency_code=currency_code,
            summary_total=summary_total,
            created=created,
            modified=modified,
        )

        booking_record.additional_properties = d
        return booking_record

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


def _wire_summary_total(data: Any) -> Any:
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
    ("no", "no", None, None),
    ("type", "type_", None, None),
    ("client_id", "client_id", None, None),
    ("staff_id", "staff_id", None, None),
    ("branch_id", "branch_id", None, None),
    ("date", "date", None, None),
    ("currency_code", "currency_code", None, None),
    ("summary_total", "summary_total", _wire_summary_total, None),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
)
