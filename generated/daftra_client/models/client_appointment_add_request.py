from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.appointment_input import AppointmentInput


T = TypeVar("T", bound="ClientAppointmentAddRequest")


@_attrs_define
class ClientAppointmentAddRequest:
    """The body that creates a client appointment. Answers wrap the record in `ClientAppointment`, but the documented
    request schema wraps it in `FollowUpReminder`; both keys are accepted here and one of them must be sent.

        Attributes:
            client_appointment (AppointmentInput | Unset): An appointment as sent to create one. Daftra's documentation
                requires `item_id`, `date`, `partner_type` and `partner_id`.
            follow_up_reminder (AppointmentInput | Unset): An appointment as sent to create one. Daftra's documentation
                requires `item_id`, `date`, `partner_type` and `partner_id`.
    """

    client_appointment: AppointmentInput | Unset = UNSET
    follow_up_reminder: AppointmentInput | Unset = UNSET
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
        from ..models.appointment_input import AppointmentInput  # noqa: PLC0415

        d = dict(src_dict)
        _client_appointment = d.pop("ClientAppointment", UNSET)
        client_appointment: AppointmentInput | Unset
        if isinstance(_client_appointment, Unset):
            client_appointment = UNSET
        else:
            client_appointment = AppointmentInput.from_dict(_client_appointment)

        _follow_up_reminder = d.pop("FollowUpReminder", UNSET)
        follow_up_reminder: AppointmentInput | Unset
        if isinstance(_follow_up_reminder, Unset):
            follow_up_reminder = UNSET
        else:
            follow_up_reminder = AppointmentInput.from_dict(_follow_up_reminder)

        client_appointment_add_request = cls(
            client_appointment=client_appointment,
            follow_up_reminder=follow_up_reminder,
        )

        client_appointment_add_request.additional_properties = d
        return client_appointment_add_request

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
    from ..models.appointment_input import AppointmentInput  # noqa: PLC0415

    _client_appointment = data
    client_appointment: AppointmentInput | Unset
    if isinstance(_client_appointment, Unset):
        client_appointment = UNSET
    else:
        client_appointment = AppointmentInput.from_dict(_client_appointment)

    return client_appointment


def _wire_follow_up_reminder(data: Any) -> Any:
    from ..models.appointment_input import AppointmentInput  # noqa: PLC0415

    _follow_up_reminder = data
    follow_up_reminder: AppointmentInput | Unset
    if isinstance(_follow_up_reminder, Unset):
        follow_up_reminder = UNSET
    else:
        follow_up_reminder = AppointmentInput.from_dict(_follow_up_reminder)

    return follow_up_reminder


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("ClientAppointment", "client_appointment", _wire_client_appointment, "AppointmentInput"),
    ("FollowUpReminder", "follow_up_reminder", _wire_follow_up_reminder, "AppointmentInput"),
)
