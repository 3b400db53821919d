from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.follow_up_status_item_type import FollowUpStatusItemType
from ..models.follow_up_status_state import FollowUpStatusState
from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="FollowUpStatus")


@_attrs_define
class FollowUpStatus:
    """A follow-up status, as read and written (flat in v2, under `FollowUpStatus` in v1).

    Attributes:
        id (int | str | Unset): The status's id.
        item_type (FollowUpStatusItemType | int | None | Unset): The kind of record the status applies to.
        entity_key (None | str | Unset): For workflow-type, rental, manufacturing, production-plan and lease statuses:
            the entity the status belongs to, for example `le_workflow-type-entity-48`, `rental_reservation_order`,
            `manufacturing_order`, `production_plan` or `lease_contract`.
        name (str | Unset): The status's name.
        color (None | str | Unset): Display colour, a CSS colour name or `#rrggbb` (white when left out).
        status (FollowUpStatusState | int | None | Unset): Whether records in this status count as open or closed.
        staff_id (int | None | str | Unset): The staff member who added it.
        display_order (int | None | Unset): Position among the statuses of the same kind.
        deleted (bool | int | None | Unset): Deletion mark; null for live statuses.
        created (None | str | Unset): When the status was added (`YYYY-MM-DD HH:MM:SS`).
        modified (None | str | Unset): When the status last changed (`YYYY-MM-DD HH:MM:SS`).
    """

    id: int | str | Unset = UNSET
    item_type: FollowUpStatusItemType | int | None | Unset = UNSET
    entity_key: None | str | Unset = UNSET
    name: str | Unset = UNSET
    color: None | str | Unset = UNSET
    status: FollowUpStatusState | int | None | Unset = UNSET
    staff_id: int | None | str | Unset = UNSET
    display_order: int | None | Unset = UNSET
    deleted: bool | int | None | Unset = UNSET
    created: None | str | Unset = UNSET
    modified: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

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

        name = self.name

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, FollowUpStatusState):
            status = self.status.value
        else:
            status = self.status

        staff_id: int | None | str | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

        display_order: int | None | Unset
        if isinstance(self.display_order, Unset):
            display_order = UNSET
        else:
            display_order = self.display_order

        deleted: bool | int | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        modified: None | str | Unset
        if isinstance(self.modified, Unset):
            modified = UNSET
        else:
            modified = self.modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        if entity_key is not UNSET:
            field_dict["entity_key"] = entity_key
        if name is not UNSET:
            field_dict["name"] = name
        if color is not UNSET:
            field_dict["color"] = color
        if status is not UNSET:
            field_dict["status"] = status
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if display_order is not UNSET:
            field_dict["display_order"] = display_order
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

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

        name = d.pop("name", UNSET)

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        def _parse_status(data: object) -> FollowUpStatusState | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                status_type_0 = FollowUpStatusState(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FollowUpStatusState | int | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_staff_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        staff_id = _parse_staff_id(d.pop("staff_id", UNSET))

        def _parse_display_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        display_order = _parse_display_order(d.pop("display_order", UNSET))

        def _parse_deleted(data: object) -> bool | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | int | None | Unset, data)

        deleted = _parse_deleted(d.pop("deleted", UNSET))

        def _parse_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_modified(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        modified = _parse_modified(d.pop("modified", UNSET))

        follow_up_status = cls(
            id=id,
            item_type=item_type,
            entity_key=entity_key,
            name=name,
            color=color,
            status=status,
            staff_id=staff_id,
            display_order=display_order,
            deleted=deleted,
            created=created,
            modified=modified,
        )

        follow_up_status.additional_properties = d
        return follow_up_status

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


def _wire_status(data: Any) -> Any:
    def _parse_status(data: object) -> FollowUpStatusState | int | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            status_type_0 = FollowUpStatusState(data)

            return status_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(FollowUpStatusState | int | None | Unset, data)

    status = _parse_status(data)

    return status


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("item_type", "item_type", _wire_item_type, None),
    ("entity_key", "entity_key", None, None),
    ("name", "name", None, None),
    ("color", "color", None, None),
    ("status", "status", _wire_status, None),
    ("staff_id", "staff_id", None, None),
    ("display_order", "display_order", None, None),
    ("deleted", "deleted", None, None),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
)
