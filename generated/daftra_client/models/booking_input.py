from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

T = TypeVar("T", bound="BookingInput")


@_attrs_define
class BookingInput:
    """A booking as sent to create one; the documentation requires every field.

    Attributes:
        staff_id (int | str): The staff member who serves the booking.
        client_id (int | str): The client booked.
        branch_id (int | None): The branch the booking belongs to.
        date (str): The day of the booking. The documentation's example writes it `DD/MM/YYYY`; the account's date
            format probably decides.
        start_time (str): When the booking starts, `HH:MM`.
        end_time (str): When the booking ends, `HH:MM`.
        description (None | str): Notes on the booking; may be empty.
        converted (int | None): Documented as a required integer without explanation (its example sends `1`); going by
            the name, whether the booking has been turned into an invoice.
    """

    staff_id: int | str
    client_id: int | str
    branch_id: int | None
    date: str
    start_time: str
    end_time: str
    description: None | str
    converted: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        staff_id: int | str
        staff_id = self.staff_id

        client_id: int | str
        client_id = self.client_id

        branch_id: int | None
        branch_id = self.branch_id

        date = self.date

        start_time = self.start_time

        end_time = self.end_time

        description: None | str
        description = self.description

        converted: int | None
        converted = self.converted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "staff_id": staff_id,
                "client_id": client_id,
                "branch_id": branch_id,
                "date": date,
                "start_time": start_time,
                "end_time": end_time,
                "description": description,
                "converted": converted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_staff_id(data: object) -> int | str:
            return cast(int | str, data)

        staff_id = _parse_staff_id(d.pop("staff_id"))

        def _parse_client_id(data: object) -> int | str:
            return cast(int | str, data)

        client_id = _parse_client_id(d.pop("client_id"))

        def _parse_branch_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        branch_id = _parse_branch_id(d.pop("branch_id"))

        date = d.pop("date")

        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_converted(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        converted = _parse_converted(d.pop("converted"))

        booking_input = cls(
            staff_id=staff_id,
            client_id=client_id,
            branch_id=branch_id,
            date=date,
            start_time=start_time,
            end_time=end_time,
            description=description,
            converted=converted,
        )

        booking_input.additional_properties = d
        return booking_input

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
