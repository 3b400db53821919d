from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="Note")


@_attrs_define
class Note:
    """A note on a record, as sent and as read back. When adding one, the record it is
    attached to comes from the path; `item_type` and `item_id` say the same in answers.

        Attributes:
            id (int | Unset): The note's id.
            item_type (int | None | Unset): The kind of record the note is attached to; the documentation only mentions `1`
                (a client). The numbers of `AppointmentItemType` are the likely set.
            item_id (int | None | Unset): The record the note is attached to (a client id when `item_type` is `1`).
            date (None | str | Unset): When the note was taken (`YYYY-MM-DD HH:MM:SS`).
            staff_id (int | None | Unset): The staff member who wrote the note; `0` is the account owner.
            body (None | str | Unset): The note's text; HTML is allowed.
            action_id (int | None | Unset): The follow-up action the note records (call, meeting, ...).
            status_id (int | None | Unset): The follow-up status set by the note.
    """

    id: int | Unset = UNSET
    item_type: int | None | Unset = UNSET
    item_id: int | None | Unset = UNSET
    date: None | str | Unset = UNSET
    staff_id: int | None | Unset = UNSET
    body: None | str | Unset = UNSET
    action_id: int | None | Unset = UNSET
    status_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        item_type: int | None | Unset
        if isinstance(self.item_type, Unset):
            item_type = UNSET
        else:
            item_type = self.item_type

        item_id: int | None | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        else:
            item_id = self.item_id

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        staff_id: int | None | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        action_id: int | None | Unset
        if isinstance(self.action_id, Unset):
            action_id = UNSET
        else:
            action_id = self.action_id

        status_id: int | None | Unset
        if isinstance(self.status_id, Unset):
            status_id = UNSET
        else:
            status_id = self.status_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if date is not UNSET:
            field_dict["date"] = date
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if body is not UNSET:
            field_dict["body"] = body
        if action_id is not UNSET:
            field_dict["action_id"] = action_id
        if status_id is not UNSET:
            field_dict["status_id"] = status_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_item_type(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        item_type = _parse_item_type(d.pop("item_type", UNSET))

        def _parse_item_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        item_id = _parse_item_id(d.pop("item_id", UNSET))

        def _parse_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        staff_id = _parse_staff_id(d.pop("staff_id", UNSET))

        def _parse_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body = _parse_body(d.pop("body", UNSET))

        def _parse_action_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        action_id = _parse_action_id(d.pop("action_id", UNSET))

        def _parse_status_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status_id = _parse_status_id(d.pop("status_id", UNSET))

        note = cls(
            id=id,
            item_type=item_type,
            item_id=item_id,
            date=date,
            staff_id=staff_id,
            body=body,
            action_id=action_id,
            status_id=status_id,
        )

        note.additional_properties = d
        return note

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
    ("item_type", "item_type", None, None),
    ("item_id", "item_id", None, None),
    ("date", "date", None, None),
    ("staff_id", "staff_id", None, None),
    ("body", "body", None, None),
    ("action_id", "action_id", None, None),
    ("status_id", "status_id", None, None),
)
