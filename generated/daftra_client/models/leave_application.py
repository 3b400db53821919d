from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="LeaveApplication")


@_attrs_define
class LeaveApplication:
    """A leave application, as written. Daftra documents no read answer for this entity, so the fields are those of the
    documented request bodies and the record is kept open.

        Attributes:
            id (int | None | str | Unset): The application's id; the documentation sends it empty on create.
            staff_id (int | str | Unset): The employee asking for leave (v1 staff); sent as a string in the documentation.
            days (Decimal | int | str | Unset): Number of days asked for; sent as a string in the documentation.
            date_from (str | Unset): First day of the leave (`YYYY-MM-DD`).
            date_to (str | Unset): Last day of the leave (`YYYY-MM-DD`).
            type_ (str | Unset): Kind of application; `leave` in the documentation. `late_time` and `early_time` suggest
                kinds for late arrival and early departure, which are not documented.
            leave_type_id (int | str | Unset): The leave type (annual, sick, ...) configured in the account.
            late_time (None | str | Unset): Late-arrival time, for that kind of application; empty for a leave.
            early_time (None | str | Unset): Early-departure time, for that kind of application; empty for a leave.
            description (None | str | Unset): The employee's reason or notes.
            attachments (None | str | Unset): Attachments (how files are sent is not documented; the example sends an empty
                string).
    """

    id: int | None | str | Unset = UNSET
    staff_id: int | str | Unset = UNSET
    days: Decimal | int | str | Unset = UNSET
    date_from: str | Unset = UNSET
    date_to: str | Unset = UNSET
    type_: str | Unset = UNSET
    leave_type_id: int | str | Unset = UNSET
    late_time: None | str | Unset = UNSET
    early_time: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    attachments: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        staff_id: int | str | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

        days = self.days

        date_from = self.date_from

        date_to = self.date_to

        type_ = self.type_

        leave_type_id: int | str | Unset
        if isinstance(self.leave_type_id, Unset):
            leave_type_id = UNSET
        else:
            leave_type_id = self.leave_type_id

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
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if days is not UNSET:
            field_dict["days"] = days
        if date_from is not UNSET:
            field_dict["date_from"] = date_from
        if date_to is not UNSET:
            field_dict["date_to"] = date_to
        if type_ is not UNSET:
            field_dict["type"] = type_
        if leave_type_id is not UNSET:
            field_dict["leave_type_id"] = leave_type_id
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

        def _parse_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_staff_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        staff_id = _parse_staff_id(d.pop("staff_id", UNSET))

        days = decimal_from_json(
            d.pop("days", UNSET),
            (
                "integer",
                "number",
                "string",
            ),
        )

        date_from = d.pop("date_from", UNSET)

        date_to = d.pop("date_to", UNSET)

        type_ = d.pop("type", UNSET)

        def _parse_leave_type_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        leave_type_id = _parse_leave_type_id(d.pop("leave_type_id", UNSET))

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

        leave_application = cls(
            id=id,
            staff_id=staff_id,
            days=days,
            date_from=date_from,
            date_to=date_to,
            type_=type_,
            leave_type_id=leave_type_id,
            late_time=late_time,
            early_time=early_time,
            description=description,
            attachments=attachments,
        )

        leave_application.additional_properties = d
        return leave_application

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
    ("id", "id", None, None),
    ("staff_id", "staff_id", None, None),
    ("days", "days", _wire_days, None),
    ("date_from", "date_from", None, None),
    ("date_to", "date_to", None, None),
    ("type", "type_", None, None),
    ("leave_type_id", "leave_type_id", None, None),
    ("late_time", "late_time", None, None),
    ("early_time", "early_time", None, None),
    ("description", "description", None, None),
    ("attachments", "attachments", None, None),
)
