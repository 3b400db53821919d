from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.appointment_item_type import AppointmentItemType
from ..models.appointment_partner_type import AppointmentPartnerType
from ..models.appointment_status import AppointmentStatus
from ..models.flag import Flag
from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="AppointmentInput")


@_attrs_define
class AppointmentInput:
    """An appointment as sent to create one. Daftra's documentation requires `item_id`, `date`, `partner_type` and
    `partner_id`.

        Attributes:
            item_id (int): The record the appointment belongs to: the client, invoice, estimate or work order, depending on
                the resource.
            date (str): When the appointment starts (`YYYY-MM-DD HH:MM:SS`).
            partner_type (AppointmentPartnerType | int | None): The kind of partner the appointment is held with; only `1`
                (a client) is documented.
            partner_id (int | None): The partner's id; with `partner_type` `1`, a client id.
            id (int | Unset): The appointment's id.
            item_type (AppointmentItemType | int | None | Unset): The kind of record the appointment is attached to; set by
                the resource used (client appointments are `1`, invoice `2`, estimate `3`, work order `8`).
            staff_id (int | list[int] | None | Unset): Who the appointment is for. A single id names the staff member who
                created it (`0` is the account owner); a list of ids assigns it to those staff members, and the system is then
                recorded as its creator.
            end_date (None | str | Unset): When the appointment ends (`YYYY-MM-DD HH:MM:SS`); null when open-ended.
            body (None | str | Unset): What the appointment is about.
            action_id (int | None | Unset): The follow-up action to perform (call, meeting, ...), one of the account's
                follow-up actions for this kind of appointment.
            status (AppointmentStatus | int | None | Unset): Whether the appointment is still scheduled, done or dismissed;
                scheduled when left out.
            status_date (None | str | Unset): When the appointment reached its current status (`YYYY-MM-DD HH:MM:SS`).
            post_id (int | None | Unset): The note (see the notes resource) tied to the appointment; `0` when there is none.
            recurring (bool | Flag | None | Unset): `1` to make the appointment repeat, `0` (the default) for a one-off.
            recurring_appointment_id (int | None | Unset): The recurrence series this appointment belongs to.
            share_with_partner (bool | Flag | None | Unset): Whether the partner can see the appointment (`0`/`1`); not
                shared when left out.
            created (str | Unset): When the appointment was created (`YYYY-MM-DD HH:MM:SS`).
            modified (str | Unset): When the appointment last changed (`YYYY-MM-DD HH:MM:SS`).
    """

    item_id: int
    date: str
    partner_type: AppointmentPartnerType | int | None
    partner_id: int | None
    id: int | Unset = UNSET
    item_type: AppointmentItemType | int | None | Unset = UNSET
    staff_id: int | list[int] | None | Unset = UNSET
    end_date: None | str | Unset = UNSET
    body: None | str | Unset = UNSET
    action_id: int | None | Unset = UNSET
    status: AppointmentStatus | int | None | Unset = UNSET
    status_date: None | str | Unset = UNSET
    post_id: int | None | Unset = UNSET
    recurring: bool | Flag | None | Unset = UNSET
    recurring_appointment_id: int | None | Unset = UNSET
    share_with_partner: bool | Flag | None | Unset = UNSET
    created: str | Unset = UNSET
    modified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        date = self.date

        partner_type: int | None
        if isinstance(self.partner_type, AppointmentPartnerType):
            partner_type = self.partner_type.value
        else:
            partner_type = self.partner_type

        partner_id: int | None
        partner_id = self.partner_id

        id = self.id

        item_type: int | None | Unset
        if isinstance(self.item_type, Unset):
            item_type = UNSET
        elif isinstance(self.item_type, AppointmentItemType):
            item_type = self.item_type.value
        else:
            item_type = self.item_type

        staff_id: int | list[int] | None | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        elif isinstance(self.staff_id, list):
            staff_id = self.staff_id

        else:
            staff_id = self.staff_id

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        else:
            end_date = self.end_date

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

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, AppointmentStatus):
            status = self.status.value
        else:
            status = self.status

        status_date: None | str | Unset
        if isinstance(self.status_date, Unset):
            status_date = UNSET
        else:
            status_date = self.status_date

        post_id: int | None | Unset
        if isinstance(self.post_id, Unset):
            post_id = UNSET
        else:
            post_id = self.post_id

        recurring: bool | int | None | Unset
        if isinstance(self.recurring, Unset):
            recurring = UNSET
        elif isinstance(self.recurring, Flag):
            recurring = self.recurring.value
        else:
            recurring = self.recurring

        recurring_appointment_id: int | None | Unset
        if isinstance(self.recurring_appointment_id, Unset):
            recurring_appointment_id = UNSET
        else:
            recurring_appointment_id = self.recurring_appointment_id

        share_with_partner: bool | int | None | Unset
        if isinstance(self.share_with_partner, Unset):
            share_with_partner = UNSET
        elif isinstance(self.share_with_partner, Flag):
            share_with_partner = self.share_with_partner.value
        else:
            share_with_partner = self.share_with_partner

        created = self.created

        modified = self.modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_id": item_id,
                "date": date,
                "partner_type": partner_type,
                "partner_id": partner_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if body is not UNSET:
            field_dict["body"] = body
        if action_id is not UNSET:
            field_dict["action_id"] = action_id
        if status is not UNSET:
            field_dict["status"] = status
        if status_date is not UNSET:
            field_dict["status_date"] = status_date
        if post_id is not UNSET:
            field_dict["post_id"] = post_id
        if recurring is not UNSET:
            field_dict["recurring"] = recurring
        if recurring_appointment_id is not UNSET:
            field_dict["recurring_appointment_id"] = recurring_appointment_id
        if share_with_partner is not UNSET:
            field_dict["share_with_partner"] = share_with_partner
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item_id = d.pop("item_id")

        date = d.pop("date")

        def _parse_partner_type(data: object) -> AppointmentPartnerType | int | None:
            if data is None:
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                partner_type_type_0 = AppointmentPartnerType(data)

                return partner_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AppointmentPartnerType | int | None, data)

        partner_type = _parse_partner_type(d.pop("partner_type"))

        def _parse_partner_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        partner_id = _parse_partner_id(d.pop("partner_id"))

        id = d.pop("id", UNSET)

        def _parse_item_type(data: object) -> AppointmentItemType | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                item_type_type_0 = AppointmentItemType(data)

                return item_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AppointmentItemType | int | None | Unset, data)

        item_type = _parse_item_type(d.pop("item_type", UNSET))

        def _parse_staff_id(data: object) -> int | list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                staff_id_type_1 = cast(list[int], data)

                return staff_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | list[int] | None | Unset, data)

        staff_id = _parse_staff_id(d.pop("staff_id", UNSET))

        def _parse_end_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

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

        def _parse_status(data: object) -> AppointmentStatus | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                status_type_0 = AppointmentStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AppointmentStatus | int | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_status_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_date = _parse_status_date(d.pop("status_date", UNSET))

        def _parse_post_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        post_id = _parse_post_id(d.pop("post_id", UNSET))

        def _parse_recurring(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                recurring_type_1 = Flag(data)

                return recurring_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        recurring = _parse_recurring(d.pop("recurring", UNSET))

        def _parse_recurring_appointment_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        recurring_appointment_id = _parse_recurring_appointment_id(
            d.pop("recurring_appointment_id", UNSET)
        )

        def _parse_share_with_partner(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                share_with_partner_type_1 = Flag(data)

                return share_with_partner_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        share_with_partner = _parse_share_with_partner(d.pop("share_with_partner", UNSET))

        created = d.pop("created", UNSET)

        modified = d.pop("modified", UNSET)

        appointment_input = cls(
            item_id=item_id,
            date=date,
            partner_type=partner_type,
            partner_id=partner_id,
            id=id,
            item_type=item_type,
            staff_id=staff_id,
            end_date=end_date,
            body=body,
            action_id=action_id,
            status=status,
            status_date=status_date,
            post_id=post_id,
            recurring=recurring,
            recurring_appointment_id=recurring_appointment_id,
            share_with_partner=share_with_partner,
            created=created,
            modified=modified,
        )

        appointment_input.additional_properties = d
        return appointment_input

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


def _wire_partner_type(data: Any) -> Any:
    def _parse_partner_type(data: object) -> AppointmentPartnerType | int | None:
        if data is None:
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            partner_type_type_0 = AppointmentPartnerType(data)

            return partner_type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(AppointmentPartnerType | int | None, data)

    partner_type = _parse_partner_type(data)

    return partner_type


def _wire_item_type(data: Any) -> Any:
    def _parse_item_type(data: object) -> AppointmentItemType | int | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            item_type_type_0 = AppointmentItemType(data)

            return item_type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(AppointmentItemType | int | None | Unset, data)

    item_type = _parse_item_type(data)

    return item_type


def _wire_staff_id(data: Any) -> Any:
    def _parse_staff_id(data: object) -> int | list[int] | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, list):
                raise TypeError()
            staff_id_type_1 = cast(list[int], data)

            return staff_id_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(int | list[int] | None | Unset, data)

    staff_id = _parse_staff_id(data)

    return staff_id


def _wire_status(data: Any) -> Any:
    def _parse_status(data: object) -> AppointmentStatus | int | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            status_type_0 = AppointmentStatus(data)

            return status_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(AppointmentStatus | int | None | Unset, data)

    status = _parse_status(data)

    return status


def _wire_recurring(data: Any) -> Any:
    def _parse_recurring(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            recurring_type_1 = Flag(data)

            return recurring_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    recurring = _parse_recurring(data)

    return recurring


def _wire_share_with_partner(data: Any) -> Any:
    def _parse_share_with_partner(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            share_with_partner_type_1 = Flag(data)

            return share_with_partner_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    share_with_partner = _parse_share_with_partner(data)

    return share_with_partner


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("item_id", "item_id", None, None),
    ("date", "date", None, None),
    ("partner_type", "partner_type", _wire_partner_type, None),
    ("partner_id", "partner_id", None, None),
    ("id", "id", None, None),
    ("item_type", "item_type", _wire_item_type, None),
    ("staff_id", "staff_id", _wire_staff_id, None),
    ("end_date", "end_date", None, None),
    ("body", "body", None, None),
    ("action_id", "action_id", None, None),
    ("status", "status", _wire_status, None),
    ("status_date", "status_date", None, None),
    ("post_id", "post_id", None, None),
    ("recurring", "recurring", _wire_recurring, None),
    ("recurring_appointment_id", "recurring_appointment_id", None, None),
    ("share_with_partner", "share_with_partner", _wire_share_with_partner, None),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
)
