from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.time_tracking_duration import TimeTrackingDuration


T = TypeVar("T", bound="TimeTracking")


@_attrs_define
class TimeTracking:
    """A time entry, as sent and as read back. Fields marked read-only are filled in by
    Daftra. Creating one needs `staff_id`, `project_id`, `activity_id` and `time` (see
    `TimeTrackingInput`).

        Attributes:
            id (int | Unset): The entry's id.
            user_id (int | None | Unset): An older user reference; deprecated and not explained by the documentation.
            staff_id (int | Unset): The staff member whose time this is; `0` is the account owner.
            project_id (int | Unset): The project worked on (general listing `Product`, as the documentation says).
            activity_id (int | Unset): The activity performed (general listing `TimeActivity`).
            date (None | str | Unset): The day the time was spent, as `YYYY-MM-DD`; today when left out.
            time (str | Unset): The time spent as hours and minutes, `H:MM` (for example `8:17`).
            notes (None | str | Unset): Notes on the entry; empty when left out.
            cost (Decimal | None | Unset): What the time costs, from the staff member's hourly rate.
            currency (None | str | Unset): The currency of `cost` (ISO 4217); only in answers.
            work_order_id (int | None | Unset): The work order the time was spent on; null when none.
            time_formatted (TimeTrackingDuration | Unset): The tracked time split into its parts, as answers carry it under
                `time_formatted`. The documentation's examples show the numbers as strings, so both are accepted.
            created (str | Unset): When the entry was created (`YYYY-MM-DD HH:MM:SS`).
            modified (str | Unset): When the entry last changed (`YYYY-MM-DD HH:MM:SS`).
    """

    id: int | Unset = UNSET
    user_id: int | None | Unset = UNSET
    staff_id: int | Unset = UNSET
    project_id: int | Unset = UNSET
    activity_id: int | Unset = UNSET
    date: None | str | Unset = UNSET
    time: str | Unset = UNSET
    notes: None | str | Unset = UNSET
    cost: Decimal | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    work_order_id: int | None | Unset = UNSET
    time_formatted: TimeTrackingDuration | Unset = UNSET
    created: str | Unset = UNSET
    modified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        staff_id = self.staff_id

        project_id = self.project_id

        activity_id = self.activity_id

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        time = self.time

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        cost = self.cost

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        work_order_id: int | None | Unset
        if isinstance(self.work_order_id, Unset):
            work_order_id = UNSET
        else:
            work_order_id = self.work_order_id

        time_formatted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_formatted, Unset):
            time_formatted = self.time_formatted.to_dict()

        created = self.created

        modified = self.modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if date is not UNSET:
            field_dict["date"] = date
        if time is not UNSET:
            field_dict["time"] = time
        if notes is not UNSET:
            field_dict["notes"] = notes
        if cost is not UNSET:
            field_dict["cost"] = cost
        if currency is not UNSET:
            field_dict["currency"] = currency
        if work_order_id is not UNSET:
            field_dict["work_order_id"] = work_order_id
        if time_formatted is not UNSET:
            field_dict["time_formatted"] = time_formatted
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.time_tracking_duration import TimeTrackingDuration  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        staff_id = d.pop("staff_id", UNSET)

        project_id = d.pop("project_id", UNSET)

        activity_id = d.pop("activity_id", UNSET)

        def _parse_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        time = d.pop("time", UNSET)

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        cost = decimal_from_json(d.pop("cost", UNSET), ("number",))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_work_order_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        work_order_id = _parse_work_order_id(d.pop("work_order_id", UNSET))

        _time_formatted = d.pop("time_formatted", UNSET)
        time_formatted: TimeTrackingDuration | Unset
        if isinstance(_time_formatted, Unset):
            time_formatted = UNSET
        else:
            time_formatted = TimeTrackingDuration.from_dict(_time_formatted)

        created = d.pop("created", UNSET)

        modified = d.pop("modified", UNSET)

        time_tracking = cls(
            id=id,
            user_id=user_id,
            staff_id=staff_id,
            project_id=project_id,
            activity_id=activity_id,
            date=date,
            time=time,
            notes=notes,
            cost=cost,
            currency=currency,
            work_order_id=work_order_id,
            time_formatted=time_formatted,
            created=created,
            modified=modified,
        )

        time_tracking.additional_properties = d
        return time_tracking

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


def _wire_cost(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_time_formatted(data: Any) -> Any:
    from ..models.time_tracking_duration import TimeTrackingDuration  # noqa: PLC0415

    _time_formatted = data
    time_formatted: TimeTrackingDuration | Unset
    if isinstance(_time_formatted, Unset):
        time_formatted = UNSET
    else:
        time_formatted = TimeTrackingDuration.from_dict(_time_formatted)

    return time_formatted


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("user_id", "user_id", None, None),
    ("staff_id", "staff_id", None, None),
    ("project_id", "project_id", None, None),
    ("activity_id", "activity_id", None, None),
    ("date", "date", None, None),
    ("time", "time", None, None),
    ("notes", "notes", None, None),
    ("cost", "cost", _wire_cost, None),
    ("currency", "currency", None, None),
    ("work_order_id", "work_order_id", None, None),
    ("time_formatted", "time_formatted", _wire_time_formatted, "TimeTrackingDuration"),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
)
