from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.appointment_input import AppointmentInput


T = TypeVar("T", bound="EstimateAppointmentAddRequest")


@_attrs_define
class EstimateAppointmentAddRequest:
    """The body that creates an estimate appointment.

    Attributes:
        estimate_appointment (AppointmentInput): An appointment as sent to create one. Daftra's documentation requires
            `item_id`, `date`, `partner_type` and `partner_id`.
    """

    estimate_appointment: AppointmentInput
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
        from ..models.appointment_input import AppointmentInput  # noqa: PLC0415

        d = dict(src_dict)
        estimate_appointment = AppointmentInput.from_dict(d.pop("EstimateAppointment"))

        estimate_appointment_add_request = cls(
            estimate_appointment=estimate_appointment,
        )

        estimate_appointment_add_request.additional_properties = d
        return estimate_appointment_add_request

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
    from ..models.appointment_input import AppointmentInput  # noqa: PLC0415

    estimate_appointment = AppointmentInput.from_dict(data)

    return estimate_appointment


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("EstimateAppointment", "estimate_appointment", _wire_estimate_appointment, "AppointmentInput"),
)
