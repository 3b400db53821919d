from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.follow_up_status_item_type import FollowUpStatusItemType
from ..models.follow_up_status_state import FollowUpStatusState
from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="FollowUpStatusInput")


@_attrs_define
class FollowUpStatusInput:
    """The body that creates a follow-up status.

    Attributes:
        name (str): The status's name.
        status (FollowUpStatusState | int | None): `1` open, `2` closed.
        staff_id (int): The staff member adding it.
        item_type (FollowUpStatusItemType | int | None | Unset): The kind of record the status applies to; `0` when left
            out.
        entity_key (None | str | Unset): With `item_type` 0 and the kinds tied to an entity: that entity's key (see
            `FollowUpStatus.entity_key`).
        color (None | str | Unset): Display colour; white when left out.
        display_order (int | None | Unset): Position among the statuses of the same kind.
    """

    name: str
    status: FollowUpStatusState | int | None
    staff_id: int
    item_type: FollowUpStatusItemType | int | None | Unset = UNSET
    entity_key: None | str | Unset = UNSET
    color: None | str | Unset = UNSET
    display_order: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status: int | None
        if isinstance(self.status, FollowUpStatusState):
            status = self.status.value
        else:
            status = self.status

        staff_id = self.staff_id

        item_type: int | None | Unset
        if isinstance(self.item_type, Unset):
            item_type = UNSET
        elif isinstance(self.item_type, FollowUpStatusItemType):
            item_type = self.item_type.value
        else:
            item_type = self.item_type

        entity_key: None | str | Unset
        if isinstance(self.entity_key, Unset):
            entity_key = UNSET
        else:
            entity_key = self.entity_key

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        display_order: int | None | Unset
        if isinstance(self.display_order, Unset):
            display_order = UNSET
        else:
            display_order = self.display_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "status": status,
                "staff_id": staff_id,
            }
        )
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        if entity_key is not UNSET:
            field_dict["entity_key"] = entity_key
        if color is not UNSET:
            field_dict["color"] = color
        if display_order is not UNSET:
            field_dict["display_order"] = display_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_status(data: object) -> FollowUpStatusState | int | None:
            if data is None:
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                status_type_0 = FollowUpStatusState(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FollowUpStatusState | int | None, data)

        status = _parse_status(d.pop("status"))

        staff_id = d.pop("staff_id")

        def _parse_item_type(data: object) -> FollowUpStatusItemType | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                item_type_type_0 = FollowUpStatusItemType(data)

                return item_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FollowUpStatusItemType | int | None | Unset, data)

        item_type = _parse_item_type(d.pop("item_type", UNSET))

        def _parse_entity_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entity_key = _parse_entity_key(d.pop("entity_key", UNSET))

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        def _parse_display_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        display_order = _parse_display_order(d.pop("display_order", UNSET))

        follow_up_status_input = cls(
            name=name,
            status=status,
            staff_id=staff_id,
            item_type=item_type,
            entity_key=entity_key,
            color=color,
            display_order=display_order,
        )

        follow_up_status_input.additional_properties = d
        return follow_up_status_input

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


def _wire_status(data: Any) -> Any:
    def _parse_status(data: object) -> FollowUpStatusState | int | None:
        if data is None:
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            status_type_0 = FollowUpStatusState(data)

            return status_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(FollowUpStatusState | int | None, data)

    status = _parse_status(data)

    return status


def _wire_item_type(data: Any) -> Any:
    def _parse_item_type(data: object) -> FollowUpStatusItemType | int | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            item_type_type_0 = FollowUpStatusItemType(data)

            return item_type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(FollowUpStatusItemType | int | None | Unset, data)

    item_type = _parse_item_type(data)

    return item_type


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("name", "name", None, None),
    ("status", "status", _wire_status, None),
    ("staff_id", "staff_id", None, None),
    ("item_type", "item_type", _wire_item_type, None),
    ("entity_key", "entity_key", None, None),
    ("color", "color", None, None),
    ("display_order", "display_order", None, None),
)
