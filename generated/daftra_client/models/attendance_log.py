from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="AttendanceLog")


@_attrs_define
class AttendanceLog:
    """One attendance punch (a sign-in or sign-out time of an employee), as written. Daftra documents no read answer for
    this entity, so the fields are those of the documented request body and the record is kept open.

        Attributes:
            id (int | Unset): The log's id.
            staff_id (int | Unset): The employee (v1 staff).
            time (str | Unset): When the employee signed (`YYYY-MM-DD HH:MM:SS`).
            status (str | Unset): The log's state; the documentation says to send `draft`, so that the log is calculated
                into an attendance sheet later.
            session_id (int | None | Unset): The attendance session the log belongs to.
            source_id (int | None | Unset): Id of the source that recorded the log (for a supervisor, the staff member).
            source_type (None | str | Unset): What recorded the log; `supervisor` in the documentation.
            source_name (None | str | Unset): Name of that source, as displayed.
            source_method (None | str | Unset): How the source recorded it; null in the documentation.
    """

    id: int | Unset = UNSET
    staff_id: int | Unset = UNSET
    time: str | Unset = UNSET
    status: str | Unset = UNSET
    session_id: int | None | Unset = UNSET
    source_id: int | None | Unset = UNSET
    source_type: None | str | Unset = UNSET
    source_name: None | str | Unset = UNSET
    source_method: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        staff_id = self.staff_id

        time = self.time

        status = self.status

        session_id: int | None | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        source_id: int | None | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        source_type: None | str | Unset
        if isinstance(self.source_type, Unset):
            source_type = UNSET
        else:
            source_type = self.source_type

        source_name: None | str | Unset
        if isinstance(self.source_name, Unset):
            source_name = UNSET
        else:
            source_name = self.source_name

        source_method: None | str | Unset
        if isinstance(self.source_method, Unset):
            source_method = UNSET
        else:
            source_method = self.source_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if time is not UNSET:
            field_dict["time"] = time
        if status is not UNSET:
            field_dict["status"] = status
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if source_name is not UNSET:
            field_dict["source_name"] = source_name
        if source_method is not UNSET:
            field_dict["source_method"] = source_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        staff_id = d.pop("staff_id", UNSET)

        time = d.pop("time", UNSET)

        status = d.pop("status", UNSET)

        def _parse_session_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        session_id = _parse_session_id(d.pop("session_id", UNSET))

        def _parse_source_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        source_id = _parse_source_id(d.pop("source_id", UNSET))

        def _parse_source_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_type = _parse_source_type(d.pop("source_type", UNSET))

        def _parse_source_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_name = _parse_source_name(d.pop("source_name", UNSET))

        def _parse_source_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_method = _parse_source_method(d.pop("source_method", UNSET))

        attendance_log = cls(
            id=id,
            staff_id=staff_id,
            time=time,
            status=status,
            session_id=session_id,
            source_id=source_id,
            source_type=source_type,
            source_name=source_name,
            source_method=source_method,
        )

        attendance_log.additional_properties = d
        return attendance_log

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
    ("id", "id", None, None),
    ("staff_id", "staff_id", None, None),
    ("time", "time", None, None),
    ("status", "status", None, None),
    ("session_id", "session_id", None, None),
    ("source_id", "source_id", None, None),
    ("source_type", "source_type", None, None),
    ("source_name", "source_name", None, None),
    ("source_method", "source_method", None, None),
)
