from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="LeaveApplicationInput")


@_attrs_define
class LeaveApplicationInput:
    """The body that creates or changes a leave application. The documentation sends every field, the unused ones as empty
    strings; `id` is empty on create and the record's id on a change.

        Attributes:
            staff_id (int | str): The employee asking for leave (v1 staff); sent as a string in the documentation.
            days (Decimal | int | str): Number of days asked for; sent as a string in the documentation.
            date_from (str): First day of the leave (`YYYY-MM-DD`).
            date_to (str): Last day of the leave (`YYYY-MM-DD`).
            type_ (str): Kind of application; `leave` in the documentation. `late_time` and `early_time` suggest kinds for
                late arrival and early departure, which are not documented.
            leave_type_id (int | str): The leave type (annual, sick, ...) configured in the account.
            id (int | None | str | Unset): The application's id; the documentation sends it empty on create.
            late_time (None | str | Unset): Late-arrival time, for that kind of application; empty for a leave.
            early_time (None | str | Unset): Early-departure time, for that kind of application; empty for a leave.
            description (None | str | Unset): The employee's reason or notes.
            attachments (None | str | Unset): Attachments (how files are sent is not documented; the example sends an empty
                string).
    """

    staff_id: int | str
    days: Decimal | int | str
    date_from: str
    date_to: str
    type_: str
    leave_type_id: int | str
    id: int | None | str | Unset = UNSET
    late_time: None | str | Unset = UNSET
    early_time: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    attachments: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        staff_id: int | str
        staff_id = self.staff_id

        days = self.days

        date_from = self.date_from

        date_to = self.date_to

        type_ = self.type_

        leave_type_id: int | str
        leave_type_id = self.leave_type_id

        id: int | None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        late_time: None | str | Unset
        if isinstance(self.late_time, Unset):
            late_time = UNSET
        else:
            late_time = self.late_time

        early_time: None | str | Unset
        if isinstance(self.early_time, Unset):
            early_time = UNSET
        else:
            early_time = self.early_time

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        attachments: None | str | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        else:
            attachments = self.attachments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "staff_id": staff_id,
                "days": days,
                "date_from": date_from,
                "date_to": date_to,
                "type": type_,
                "leave_type_id": leave_type_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if late_time is not UNSET:
            field_dict["late_time"] = late_time
        if early_time is not UNSET:
            field_dict["early_time"] = early_time
        if description is not UNSET:
            field_dict["description"] = description
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_staff_id(data: object) -> int | str:
            return cast(int | str, data)

        staff_id = _parse_staff_id(d.pop("staff_id"))

        days = decimal_from_json(
            d.pop("days"),
            (
                "integer",
                "number",
                "string",
            ),
        )

        date_from = d.pop("date_from")

        date_to = d.pop("date_to")

        type_ = d.pop("type")

        def _parse_leave_type_id(data: object) -> int | str:
            return cast(int | str, data)

        leave_type_id = _parse_leave_type_id(d.pop("leave_type_id"))

        def _parse_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_late_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        late_time = _parse_late_time(d.pop("late_time", UNSET))

        def _parse_early_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        early_time = _parse_early_time(d.pop("early_time", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_attachments(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        attachments = _parse_attachments(d.pop("attachments", UNSET))

        leave_application_input = cls(
            staff_id=staff_id,
            days=days,
            date_from=date_from,
            date_to=date_to,
            type_=type_,
            leave_type_id=leave_type_id,
            id=id,
            late_time=late_time,
            early_time=early_time,
            description=description,
            attachments=attachments,
        )

        leave_application_input.additional_properties = d
        return leave_application_input

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


def _wire_days(data: Any) -> Any:
    return decimal_from_json(
        data,
        (
            "integer",
            "number",
            "string",
        ),
    )


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("staff_id", "staff_id", None, None),
    ("days", "days", _wire_days, None),
    ("date_from", "date_from", None, None),
    ("date_to", "date_to", None, None),
    ("type", "type_", None, None),
    ("leave_type_id", "leave_type_id", None, None),
    ("id", "id", None, None),
    ("late_time", "late_time", None, None),
    ("early_time", "early_time", None, None),
    ("description", "description", None, None),
    ("attachments", "attachments", None, None),
)
