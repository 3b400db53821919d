from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.appointment import Appointment


T = TypeVar("T", bound="WorkOrderAppointmentView")


@_attrs_define
class WorkOrderAppointmentView:
    """One work order appointment.

    Attributes:
        work_order_appointment (Appointment): An appointment (Daftra calls it a follow-up reminder), as sent and as read
            back. The
            same shape serves client, invoice, estimate and work order appointments; `item_id`
            names the record the appointment hangs on. Dates are written `YYYY-MM-DD HH:MM:SS`;
            Daftra's documentation gives no example of them.
    """

    work_order_appointment: Appointment
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        work_order_appointment = self.work_order_appointment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "WorkOrderAppointment": work_order_appointment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.appointment import Appointment  # noqa: PLC0415

        d = dict(src_dict)
        work_order_appointment = Appointment.from_dict(d.pop("WorkOrderAppointment"))

        work_order_appointment_view = cls(
            work_order_appointment=work_order_appointment,
        )

        work_order_appointment_view.additional_properties = d
        return work_order_appointment_view

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


def _wire_work_order_appointment(data: Any) -> Any:
    from ..models.appointment import Appointment  # noqa: PLC0415

    work_order_appointment = Appointment.from_dict(data)

    return work_order_appointment


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("WorkOrderAppointment", "work_order_appointment", _wire_work_order_appointment, "Appointment"),
)
