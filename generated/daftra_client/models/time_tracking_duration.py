from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="TimeTrackingDuration")


@_attrs_define
class TimeTrackingDuration:
    """The tracked time split into its parts, as answers carry it under `time_formatted`. The documentation's examples show
    the numbers as strings, so both are accepted.

        Attributes:
            hours (int | str | Unset): Whole hours.
            minutes (int | str | Unset): Minutes beyond the whole hours.
            seconds (int | str | Unset): Seconds beyond the whole minutes.
            string (str | Unset): The time as shown to people, `HH:MM`.
    """

    hours: int | str | Unset = UNSET
    minutes: int | str | Unset = UNSET
    seconds: int | str | Unset = UNSET
    string: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        hours: int | str | Unset
        if isinstance(self.hours, Unset):
            hours = UNSET
        else:
            hours = self.hours

        minutes: int | str | Unset
        if isinstance(self.minutes, Unset):
            minutes = UNSET
        else:
            minutes = self.minutes

        seconds: int | str | Unset
        if isinstance(self.seconds, Unset):
            seconds = UNSET
        else:
            seconds = self.seconds

        string = self.string

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hours is not UNSET:
            field_dict["hours"] = hours
        if minutes is not UNSET:
            field_dict["minutes"] = minutes
        if seconds is not UNSET:
            field_dict["seconds"] = seconds
        if string is not UNSET:
            field_dict["string"] = string

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_hours(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        hours = _parse_hours(d.pop("hours", UNSET))

        def _parse_minutes(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        minutes = _parse_minutes(d.pop("minutes", UNSET))

        def _parse_seconds(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        seconds = _parse_seconds(d.pop("seconds", UNSET))

        string = d.pop("string", UNSET)

        time_tracking_duration = cls(
            hours=hours,
            minutes=minutes,
            seconds=seconds,
            string=string,
        )

        time_tracking_duration.additional_properties = d
        return time_tracking_duration

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
    ("hours", "hours", None, None),
    ("minutes", "minutes", None, None),
    ("seconds", "seconds", None, None),
    ("string", "string", None, None),
)
