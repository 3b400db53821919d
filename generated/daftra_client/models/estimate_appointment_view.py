from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.appointment import Appointment


T = TypeVar("T", bound="EstimateAppointmentView")


@_attrs_define
class EstimateAppointmentView:
    """One estimate appointment.

    Attributes:
        estimate_appointment (Appointment): An appointment (Daftra calls it a follow-up reminder), as sent and as read
            back. The
            same shape serves client, invoice, estimate and work order appointments; `item_id`
            names the record the appointment hangs on. Dates are written `YYYY-MM-DD HH:MM:SS`;
            Daftra's documentation gives no example of them.
    """

    estimate_appointment: Appointment
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        estimate_appointment = self.estimate_appointment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "EstimateAppointment": estimate_appointment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.appointment import Appointment  # noqa: PLC0415

        d = dict(src_dict)
        estimate_appointment = Appointment.from_dict(d.pop("EstimateAppointment"))

        estimate_appointment_view = cls(
            estimate_appointment=estimate_appointment,
        )

        estimate_appointment_view.additional_properties = d
        return estimate_appointment_view

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


def _wire_estimate_appointment(data: Any) -> Any:
    from ..models.appointment import Appointment  # noqa: PLC0415

    estimate_appointment = Appointment.from_dict(data)

    return estimate_appointment


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("EstimateAppointment", "estimate_appointment", _wire_estimate_appointment, "Appointment"),
)
