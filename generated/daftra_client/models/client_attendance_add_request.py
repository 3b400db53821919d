from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.client_attendance_input import ClientAttendanceInput


T = TypeVar("T", bound="ClientAttendanceAddRequest")


@_attrs_define
class ClientAttendanceAddRequest:
    """The body that records a client's attendance.

    Attributes:
        client_attendance (ClientAttendanceInput): An attendance record as sent to create one, which requires `time`.
    """

    client_attendance: ClientAttendanceInput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        client_attendance = self.client_attendance.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ClientAttendance": client_attendance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_attendance_input import ClientAttendanceInput  # noqa: PLC0415

        d = dict(src_dict)
        client_attendance = ClientAttendanceInput.from_dict(d.pop("ClientAttendance"))

        client_attendance_add_request = cls(
            client_attendance=client_attendance,
        )

        client_attendance_add_request.additional_properties = d
        return client_attendance_add_request

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


def _wire_client_attendance(data: Any) -> Any:
    from ..models.client_attendance_input import ClientAttendanceInput  # noqa: PLC0415

    client_attendance = ClientAttendanceInput.from_dict(data)

    return client_attendance


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("ClientAttendance", "client_attendance", _wire_client_attendance, "ClientAttendanceInput"),
)
