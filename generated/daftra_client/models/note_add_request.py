from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.appointment import Appointment
    from ..models.note import Note


T = TypeVar("T", bound="NoteAddRequest")


@_attrs_define
class NoteAddRequest:
    """The body that creates a note: the note, and optionally an appointment to schedule with it. Daftra's documentation
    leaves the appointment block open; the appointment fields are the natural content, as Daftra keeps appointments in
    that model.

        Attributes:
            note (Note): A note on a record, as sent and as read back. When adding one, the record it is
                attached to comes from the path; `item_type` and `item_id` say the same in answers.
            follow_up_reminder (Appointment | Unset): An appointment (Daftra calls it a follow-up reminder), as sent and as
                read back. The
                same shape serves client, invoice, estimate and work order appointments; `item_id`
                names the record the appointment hangs on. Dates are written `YYYY-MM-DD HH:MM:SS`;
                Daftra's documentation gives no example of them.
    """

    note: Note
    follow_up_reminder: Appointment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        note = self.note.to_dict()

        follow_up_reminder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.follow_up_reminder, Unset):
            follow_up_reminder = self.follow_up_reminder.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Note": note,
            }
        )
        if follow_up_reminder is not UNSET:
            field_dict["FollowUpReminder"] = follow_up_reminder

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.appointment import Appointment  # noqa: PLC0415
        from ..models.note import Note  # noqa: PLC0415

        d = dict(src_dict)
        note = Note.from_dict(d.pop("Note"))

        _follow_up_reminder = d.pop("FollowUpReminder", UNSET)
        follow_up_reminder: Appointment | Unset
        if isinstance(_follow_up_reminder, Unset):
            follow_up_reminder = UNSET
        else:
            follow_up_reminder = Appointment.from_dict(_follow_up_reminder)

        note_add_request = cls(
            note=note,
            follow_up_reminder=follow_up_reminder,
        )

        note_add_request.additional_properties = d
        return note_add_request

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


def _wire_note(data: Any) -> Any:
    from ..models.note import Note  # noqa: PLC0415

    note = Note.from_dict(data)

    return note


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
    ("Note", "note", _wire_note, "Note"),
    ("FollowUpReminder", "follow_up_reminder", _wire_follow_up_reminder, "Appointment"),
)
