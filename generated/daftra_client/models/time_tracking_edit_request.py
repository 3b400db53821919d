from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.time_tracking import TimeTracking


T = TypeVar("T", bound="TimeTrackingEditRequest")


@_attrs_define
class TimeTrackingEditRequest:
    """The body that changes a time entry; nothing required.

    Attributes:
        time_tracking (TimeTracking | Unset): A time entry, as sent and as read back. Fields marked read-only are filled
            in by
            Daftra. Creating one needs `staff_id`, `project_id`, `activity_id` and `time` (see
            `TimeTrackingInput`).
    """

    time_tracking: TimeTracking | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        time_tracking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_tracking, Unset):
            time_tracking = self.time_tracking.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time_tracking is not UNSET:
            field_dict["TimeTracking"] = time_tracking

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.time_tracking import TimeTracking  # noqa: PLC0415

        d = dict(src_dict)
        _time_tracking = d.pop("TimeTracking", UNSET)
        time_tracking: TimeTracking | Unset
        if isinstance(_time_tracking, Unset):
            time_tracking = UNSET
        else:
            time_tracking = TimeTracking.from_dict(_time_tracking)

        time_tracking_edit_request = cls(
            time_tracking=time_tracking,
        )

        time_tracking_edit_request.additional_properties = d
        return time_tracking_edit_request

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


def _wire_time_tracking(data: Any) -> Any:
    from ..models.time_tracking import TimeTracking  # noqa: PLC0415

    _time_tracking = data
    time_tracking: TimeTracking | Unset
    if isinstance(_time_tracking, Unset):
        time_tracking = UNSET
    else:
        time_tracking = TimeTracking.from_dict(_time_tracking)

    return time_tracking


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("TimeTracking", "time_tracking", _wire_time_tracking, "TimeTracking"),
)
