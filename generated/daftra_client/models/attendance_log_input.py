from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

T = TypeVar("T", bound="AttendanceLogInput")


@_attrs_define
class AttendanceLogInput:
    """The body that records an attendance log.

    Attributes:
        staff_id (int): The employee (v1 staff).
        time (str): When the employee signed (`YYYY-MM-DD HH:MM:SS`).
        status (str): The log's state; the documentation says to send `draft`, so that the log is calculated into an
            attendance sheet later.
        session_id (int | None): The attendance session the log belongs to.
        source_id (int | None): Id of the source that recorded the log (for a supervisor, the staff member).
        source_type (None | str): What recorded the log; `supervisor` in the documentation.
        source_name (None | str): Name of that source, as displayed.
        source_method (None | str): How the source recorded it; null in the documentation.
    """

    staff_id: int
    time: str
    status: str
    session_id: int | None
    source_id: int | None
    source_type: None | str
    source_name: None | str
    source_method: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        staff_id = self.staff_id

        time = self.time

        status = self.status

        session_id: int | None
        session_id = self.session_id

        source_id: int | None
        source_id = self.source_id

        source_type: None | str
        source_type = self.source_type

        source_name: None | str
        source_name = self.source_name

        source_method: None | str
        source_method = self.source_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "staff_id": staff_id,
                "time": time,
                "status": status,
                "session_id": session_id,
                "source_id": source_id,
                "source_type": source_type,
                "source_name": source_name,
                "source_method": source_method,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        staff_id = d.pop("staff_id")

        time = d.pop("time")

        status = d.pop("status")

        def _parse_session_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        session_id = _parse_session_id(d.pop("session_id"))

        def _parse_source_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        source_id = _parse_source_id(d.pop("source_id"))

        def _parse_source_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_type = _parse_source_type(d.pop("source_type"))

        def _parse_source_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_name = _parse_source_name(d.pop("source_name"))

        def _parse_source_method(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_method = _parse_source_method(d.pop("source_method"))

        attendance_log_input = cls(
            staff_id=staff_id,
            time=time,
            status=status,
            session_id=session_id,
            source_id=source_id,
            source_type=source_type,
            source_name=source_name,
            source_method=source_method,
        )

        attendance_log_input.additional_properties = d
        return attendance_log_input

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
    ("time", "time", None, None),
    ("status", "status", None, None),
    ("session_id", "session_id", None, None),
    ("source_id", "source_id", None, None),
    ("source_type", "source_type", None, None),
    ("source_name", "source_name", None, None),
    ("source_method", "source_method", None, None),
)
