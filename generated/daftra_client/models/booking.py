from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="Booking")


@_attrs_define
class Booking:
    """A booking as sent to create one (under the `Invoice` key of the body). Daftra's
    documentation types the ids as strings and its example sends them so; numbers are
    accepted too.

        Attributes:
            staff_id (int | str | Unset): The staff member who serves the booking.
            client_id (int | str | Unset): The client booked.
            branch_id (int | None | Unset): The branch the booking belongs to.
            date (str | Unset): The day of the booking. The documentation's example writes it `DD/MM/YYYY`; the account's
                date format probably decides.
            start_time (str | Unset): When the booking starts, `HH:MM`.
            end_time (str | Unset): When the booking ends, `HH:MM`.
            description (None | str | Unset): Notes on the booking; may be empty.
            converted (int | None | Unset): Documented as a required integer without explanation (its example sends `1`);
                going by the name, whether the booking has been turned into an invoice.
    """

    staff_id: int | str | Unset = UNSET
    client_id: int | str | Unset = UNSET
    branch_id: int | None | Unset = UNSET
    date: str | Unset = UNSET
    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    description: None | str | Unset = UNSET
    converted: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        staff_id: int | str | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

        client_id: int | str | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        branch_id: int | None | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        date = self.date

        start_time = self.start_time

        end_time = self.end_time

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        converted: int | None | Unset
        if isinstance(self.converted, Unset):
            converted = UNSET
        else:
            converted = self.converted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if date is not UNSET:
            field_dict["date"] = date
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if description is not UNSET:
            field_dict["description"] = description
        if converted is not UNSET:
            field_dict["converted"] = converted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_staff_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        staff_id = _parse_staff_id(d.pop("staff_id", UNSET))

        def _parse_client_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        client_id = _parse_client_id(d.pop("client_id", UNSET))

        def _parse_branch_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        date = d.pop("date", UNSET)

        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_converted(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        converted = _parse_converted(d.pop("converted", UNSET))

        booking = cls(
            staff_id=staff_id,
            client_id=client_id,
            branch_id=branch_id,
            date=date,
            start_time=start_time,
            end_time=end_time,
            description=description,
            converted=converted,
        )

        booking.additional_properties = d
        return booking

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


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("staff_id", "staff_id", None, None),
    ("client_id", "client_id", None, None),
    ("branch_id", "branch_id", None, None),
    ("date", "date", None, None),
    ("start_time", "start_time", None, None),
    ("end_time", "end_time", None, None),
    ("description", "description", None, None),
    ("converted", "converted", None, None),
)
