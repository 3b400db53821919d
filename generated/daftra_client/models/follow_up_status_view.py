from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.follow_up_status import FollowUpStatus


T = TypeVar("T", bound="FollowUpStatusView")


@_attrs_define
class FollowUpStatusView:
    """One follow-up status in the v1 form.

    Attributes:
        follow_up_status (FollowUpStatus): A follow-up status, as read and written (flat in v2, under `FollowUpStatus`
            in v1).
    """

    follow_up_status: FollowUpStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        follow_up_status = self.follow_up_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "FollowUpStatus": follow_up_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.follow_up_status import FollowUpStatus  # noqa: PLC0415

        d = dict(src_dict)
        follow_up_status = FollowUpStatus.from_dict(d.pop("FollowUpStatus"))

        follow_up_status_view = cls(
            follow_up_status=follow_up_status,
        )

        follow_up_status_view.additional_properties = d
        return follow_up_status_view

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


def _wire_follow_up_status(data: Any) -> Any:
    from ..models.follow_up_status import FollowUpStatus  # noqa: PLC0415

    follow_up_status = FollowUpStatus.from_dict(data)

    return follow_up_status


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("FollowUpStatus", "follow_up_status", _wire_follow_up_status, "FollowUpStatus"),
)
