from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.follow_up_action import FollowUpAction


T = TypeVar("T", bound="FollowUpActionListRecord")


@_attrs_define
class FollowUpActionListRecord:
    """One element of the follow-up action list.

    Attributes:
        follow_up_action (FollowUpAction): A follow-up action. Daftra's documentation leaves its fields open; only the
            id is certain.
    """

    follow_up_action: FollowUpAction
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        follow_up_action = self.follow_up_action.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "FollowUpAction": follow_up_action,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.follow_up_action import FollowUpAction  # noqa: PLC0415

        d = dict(src_dict)
        follow_up_action = FollowUpAction.from_dict(d.pop("FollowUpAction"))

        follow_up_action_list_record = cls(
            follow_up_action=follow_up_action,
        )

        follow_up_action_list_record.additional_properties = d
        return follow_up_action_list_record

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


def _wire_follow_up_action(data: Any) -> Any:
    from ..models.follow_up_action import FollowUpAction  # noqa: PLC0415

    follow_up_action = FollowUpAction.from_dict(data)

    return follow_up_action


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("FollowUpAction", "follow_up_action", _wire_follow_up_action, "FollowUpAction"),
)
