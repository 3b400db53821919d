from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.workflow_record_type_app_related_data import (
        WorkflowRecordTypeAppRelatedData,
    )


T = TypeVar("T", bound="WorkflowRecordType")


@_attrs_define
class WorkflowRecordType:
    """A workflow type, as embedded in its records.

    Attributes:
        id (int | Unset): The workflow type's id.
        name (None | str | Unset): Its name (plural).
        singular_title (None | str | Unset): Its name for one record.
        entity_key (None | str | Unset): The entity of its records, `le_workflow-type-entity-<id>`.
        status (int | None | Unset): `1` when in use.
        icon (None | str | Unset): Icon, if any.
        created (None | str | Unset): When it was added.
        modified (None | str | Unset): When it last changed.
        app_related_data (WorkflowRecordTypeAppRelatedData | Unset): Data of the app that defines the type, if any.
    """

    id: int | Unset = UNSET
    name: None | str | Unset = UNSET
    singular_title: None | str | Unset = UNSET
    entity_key: None | str | Unset = UNSET
    status: int | None | Unset = UNSET
    icon: None | str | Unset = UNSET
    created: None | str | Unset = UNSET
    modified: None | str | Unset = UNSET
    app_related_data: WorkflowRecordTypeAppRelatedData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        singular_title: None | str | Unset
        if isinstance(self.singular_title, Unset):
            singular_title = UNSET
        else:
            singular_title = self.singular_title

        entity_key: None | str | Unset
        if isinstance(self.entity_key, Unset):
            entity_key = UNSET
        else:
            entity_key = self.entity_key

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

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

        app_related_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app_related_data, Unset):
            app_related_data = self.app_related_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if singular_title is not UNSET:
            field_dict["singular_title"] = singular_title
        if entity_key is not UNSET:
            field_dict["entity_key"] = entity_key
        if status is not UNSET:
            field_dict["status"] = status
        if icon is not UNSET:
            field_dict["icon"] = icon
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified
        if app_related_data is not UNSET:
            field_dict["app_related_data"] = app_related_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_record_type_app_related_data import (
            WorkflowRecordTypeAppRelatedData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_singular_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        singular_title = _parse_singular_title(d.pop("singular_title", UNSET))

        def _parse_entity_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entity_key = _parse_entity_key(d.pop("entity_key", UNSET))

        def _parse_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon = _parse_icon(d.pop("icon", UNSET))

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

        _app_related_data = d.pop("app_related_data", UNSET)
        app_related_data: WorkflowRecordTypeAppRelatedData | Unset
        if isinstance(_app_related_data, Unset):
            app_related_data = UNSET
        else:
            app_related_data = WorkflowRecordTypeAppRelatedData.from_dict(_app_related_data)

        workflow_record_type = cls(
            id=id,
            name=name,
            singular_title=singular_title,
            entity_key=entity_key,
            status=status,
            icon=icon,
            created=created,
            modified=modified,
            app_related_data=app_related_data,
        )

        workflow_record_type.additional_properties = d
        return workflow_record_type

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


def _wire_app_related_data(data: Any) -> Any:
    from ..models.workflow_record_type_app_related_data import (
        WorkflowRecordTypeAppRelatedData,  # noqa: PLC0415
    )

    _app_related_data = data
    app_related_data: WorkflowRecordTypeAppRelatedData | Unset
    if isinstance(_app_related_data, Unset):
        app_related_data = UNSET
    else:
        app_related_data = WorkflowRecordTypeAppRelatedData.from_dict(_app_related_data)

    return app_related_data


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("name", "name", None, None),
    ("singular_title", "singular_title", None, None),
    ("entity_key", "entity_key", None, None),
    ("status", "status", None, None),
    ("icon", "icon", None, None),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
    (
        "app_related_data",
        "app_related_data",
        _wire_app_related_data,
        "WorkflowRecordTypeAppRelatedData",
    ),
)
