from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.appointment import Appointment


T = TypeVar("T", bound="ClientAppointmentEditRequest")


@_attrs_define
class ClientAppointmentEditRequest:
    """The body that changes a client appointment; nothing required. The record may be wrapped in `ClientAppointment` or in
    `FollowUpReminder` (see the add body).

        Attributes:
            client_appointment (Appointment | Unset): An appointment (Daftra calls it a follow-up reminder), as sent and as
                read back. The
                same shape serves client, invoice, estimate and work order appointments; `item_id`
                names the record the appointment hangs on. Dates are written `YYYY-MM-DD HH:MM:SS`;
                Daftra's documentation gives no example of them.
            follow_up_reminder (Appointment | Unset): An appointment (Daftra calls it a follow-up reminder), as sent and as
                read back. The
                same shape serves client, invoice, estimate and work order appointments; `item_id`
                names the record the appointment hangs on. Dates are written `YYYY-MM-DD HH:MM:SS`;
                Daftra's documentation gives no example of them.
    """

    client_appointment: Appointment | Unset = UNSET
    follow_up_reminder: Appointment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        client_appointment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_appointment, Unset):
            client_appointment = self.client_appointment.to_dict()

        follow_up_reminder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.follow_up_reminder, Unset):
            follow_up_reminder = self.follow_up_reminder.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_appointment is not UNSET:
            field_dict["ClientAppointment"] = client_appointment
        if follow_up_reminder is not UNSET:
            field_dict["FollowUpReminder"] = follow_up_reminder

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.appointment import Appointment  # noqa: PLC0415

        d = dict(src_dict)
        _client_appointment = d.pop("ClientAppointment", UNSET)
        client_appointment: Appointment | Unset
        if isinstance(_client_appointment, Unset):
            client_appointment = UNSET
        else:
            client_appointment = Appointment.from_dict(_client_appointment)

        _follow_up_reminder = d.pop("FollowUpReminder", UNSET)
        follow_up_reminder: Appointment | Unset
        if isinstance(_follow_up_reminder, Unset):
            follow_up_reminder = UNSET
        else:
            follow_up_reminder = Appointment.from_dict(_follow_up_reminder)

        client_appointment_edit_request = cls(
            client_appointment=client_appointment,
            follow_up_reminder=follow_up_reminder,
        )

        client_appointment_edit_request.additional_properties = d
        return client_appointment_edit_request

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


def _wire_client_appointment(data: Any) -> Any:
    from ..models.appointment import Appointment  # noqa: PLC0415

    _client_appointment = data
    client_appointment: Appointment | Unset
    if isinstance(_client_appointment, Unset):
        client_appointment = UNSET
    else:
        client_appointment = Appointment.from_dict(_client_appointment)

    return client_appointment


def _wire_follow_up_reminder(data: Any) -> Any:
    from ..models.appointment import Appointment  # noqa: PLC0415

    _follow_up_reminder = data
    follow_up_reminder: Appointment | Unset
    if isinstance(_follow_up_reminder, Unset):
        follow_up_reminder = UNSET
    else:
        follow_up_reminder = Appointment.from_dict(_follow_up_reminder)

    return follow_up_reminder


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("ClientAppointment", "client_appointment", _wire_client_appointment, "Appointment"),
    ("FollowUpReminder", "follow_up_reminder", _wire_follow_up_reminder, "Appointment"),
)
