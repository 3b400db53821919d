from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.time_tracking import TimeTracking


T = TypeVar("T", bound="TimeTrackingListRecord")


@_attrs_define
class TimeTrackingListRecord:
    """One element of the time entry list.

    Attributes:
        time_tracking (TimeTracking): A time entry, as sent and as read back. Fields marked read-only are filled in by
            Daftra. Creating one needs `staff_id`, `project_id`, `activity_id` and `time` (see
            `TimeTrackingInput`).
    """

    time_tracking: TimeTracking
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        time_tracking = self.time_tracking.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "TimeTracking": time_tracking,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.time_tracking import TimeTracking  # noqa: PLC0415

        d = dict(src_dict)
        time_tracking = TimeTracking.from_dict(d.pop("TimeTracking"))

        time_tracking_list_record = cls(
            time_tracking=time_tracking,
        )

        time_tracking_list_record.additional_properties = d
        return time_tracking_list_record

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

    time_tracking = TimeTracking.from_dict(data)

    return time_tracking


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("TimeTracking", "time_tracking", _wire_time_tracking, "TimeTracking"),
)
