from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="WorkflowRecordLink")


@_attrs_define
class WorkflowRecordLink:
    """A staff assignment or a tag of a workflow record.

    Attributes:
        id (int | Unset): The row's id.
        item_id (int | None | Unset): The record it belongs to.
        item_type (int | None | Unset): Kind of record, as a number.
        entity_key (None | str | Unset): The record's entity.
        entity_field_key (None | str | Unset): The field it fills.
        staff_id (int | None | Unset): The assigned staff member (assignments).
        group_id (int | None | Unset): The assigned group (assignments).
        assigned_by (int | None | Unset): Who assigned it (assignments).
        tag_id (int | None | Unset): The tag (tags).
        branch_id (int | None | Unset): The branch (tags).
        created (None | str | Unset): When it was added.
        modified (None | str | Unset): When it last changed.
    """

    id: int | Unset = UNSET
    item_id: int | None | Unset = UNSET
    item_type: int | None | Unset = UNSET
    entity_key: None | str | Unset = UNSET
    entity_field_key: None | str | Unset = UNSET
    staff_id: int | None | Unset = UNSET
    group_id: int | None | Unset = UNSET
    assigned_by: int | None | Unset = UNSET
    tag_id: int | None | Unset = UNSET
    branch_id: int | None | Unset = UNSET
    created: None | str | Unset = UNSET
    modified: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        item_id: int | None | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        else:
            item_id = self.item_id

        item_type: int | None | Unset
        if isinstance(self.item_type, Unset):
            item_type = UNSET
        else:
            item_type = self.item_type

        entity_key: None | str | Unset
        if isinstance(self.entity_key, Unset):
            entity_key = UNSET
        else:
            entity_key = self.entity_key

        entity_field_key: None | str | Unset
        if isinstance(self.entity_field_key, Unset):
            entity_field_key = UNSET
        else:
            entity_field_key = self.entity_field_key

        staff_id: int | None | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

        group_id: int | None | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        assigned_by: int | None | Unset
        if isinstance(self.assigned_by, Unset):
            assigned_by = UNSET
        else:
            assigned_by = self.assigned_by

        tag_id: int | None | Unset
        if isinstance(self.tag_id, Unset):
            tag_id = UNSET
        else:
            tag_id = self.tag_id

        branch_id: int | None | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

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
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        if entity_key is not UNSET:
            field_dict["entity_key"] = entity_key
        if entity_field_key is not UNSET:
            field_dict["entity_field_key"] = entity_field_key
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if assigned_by is not UNSET:
            field_dict["assigned_by"] = assigned_by
        if tag_id is not UNSET:
            field_dict["tag_id"] = tag_id
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_item_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        item_id = _parse_item_id(d.pop("item_id", UNSET))

        def _parse_item_type(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        item_type = _parse_item_type(d.pop("item_type", UNSET))

        def _parse_entity_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entity_key = _parse_entity_key(d.pop("entity_key", UNSET))

        def _parse_entity_field_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entity_field_key = _parse_entity_field_key(d.pop("entity_field_key", UNSET))

        def _parse_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        staff_id = _parse_staff_id(d.pop("staff_id", UNSET))

        def _parse_group_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        group_id = _parse_group_id(d.pop("group_id", UNSET))

        def _parse_assigned_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        assigned_by = _parse_assigned_by(d.pop("assigned_by", UNSET))

        def _parse_tag_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tag_id = _parse_tag_id(d.pop("tag_id", UNSET))

        def _parse_branch_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

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

        workflow_record_link = cls(
            id=id,
            item_id=item_id,
            item_type=item_type,
            entity_key=entity_key,
            entity_field_key=entity_field_key,
            staff_id=staff_id,
            group_id=group_id,
            assigned_by=assigned_by,
            tag_id=tag_id,
            branch_id=branch_id,
            created=created,
            modified=modified,
        )

        workflow_record_link.additional_properties = d
        return workflow_record_link

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
    ("item_id", "item_id", None, None),
    ("item_type", "item_type", None, None),
    ("entity_key", "entity_key", None, None),
    ("entity_field_key", "entity_field_key", None, None),
    ("staff_id", "staff_id", None, None),
    ("group_id", "group_id", None, None),
    ("assigned_by", "assigned_by", None, None),
    ("tag_id", "tag_id", None, None),
    ("branch_id", "branch_id", None, None),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
)
