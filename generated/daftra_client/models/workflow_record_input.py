from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.workflow_record_budget import WorkflowRecordBudget
    from ..models.workflow_record_number import WorkflowRecordNumber


T = TypeVar("T", bound="WorkflowRecordInput")


@_attrs_define
class WorkflowRecordInput:
    """The body that creates or changes a workflow record. Custom fields of the workflow type go in a member named
    `le_workflow-type-entity-<workflow id>_custom_data` (on a change, include that object's `id`), which the schema
    leaves to its open part because the name varies.

        Attributes:
            title (str): The record's title.
            number (WorkflowRecordNumber): The record number as written.
            id (int | Unset): The record's id; on a change, the same id as in the path.
            start_date (str | Unset): Start date; the documentation writes `DD/MM/YYYY` here.
            delivery_date (str | Unset): Delivery date; the documentation writes `DD/MM/YYYY` here.
            client_id (int | str | Unset): The client.
            assigned_users (list[int | str] | Unset): Ids of the staff members to assign.
            budget (WorkflowRecordBudget | Unset): The budget as written.
            tags (list[str] | Unset): Tags, as text.
            description (str | Unset): A description.
            attachments (list[Any] | Unset): Attachments (how files are sent is not documented; the examples send none).
            branch_id (int | Unset): The branch.
            staff_id (int | Unset): The staff member adding the record.
            follow_up_status_id (int | None | Unset): The follow-up status.
    """

    title: str
    number: WorkflowRecordNumber
    id: int | Unset = UNSET
    start_date: str | Unset = UNSET
    delivery_date: str | Unset = UNSET
    client_id: int | str | Unset = UNSET
    assigned_users: list[int | str] | Unset = UNSET
    budget: WorkflowRecordBudget | Unset = UNSET
    tags: list[str] | Unset = UNSET
    description: str | Unset = UNSET
    attachments: list[Any] | Unset = UNSET
    branch_id: int | Unset = UNSET
    staff_id: int | Unset = UNSET
    follow_up_status_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        number = self.number.to_dict()

        id = self.id

        start_date = self.start_date

        delivery_date = self.delivery_date

        client_id: int | str | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        assigned_users: list[int | str] | Unset = UNSET
        if not isinstance(self.assigned_users, Unset):
            assigned_users = []
            for assigned_users_item_data in self.assigned_users:
                assigned_users_item: int | str
                assigned_users_item = assigned_users_item_data
                assigned_users.append(assigned_users_item)

        budget: dict[str, Any] | Unset = UNSET
        if not isinstance(self.budget, Unset):
            budget = self.budget.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        description = self.description

        attachments: list[Any] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments

        branch_id = self.branch_id

        staff_id = self.staff_id

        follow_up_status_id: int | None | Unset
        if isinstance(self.follow_up_status_id, Unset):
            follow_up_status_id = UNSET
        else:
            follow_up_status_id = self.follow_up_status_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "number": number,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if delivery_date is not UNSET:
            field_dict["delivery_date"] = delivery_date
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if assigned_users is not UNSET:
            field_dict["assigned_users"] = assigned_users
        if budget is not UNSET:
            field_dict["budget"] = budget
        if tags is not UNSET:
            field_dict["tags"] = tags
        if description is not UNSET:
            field_dict["description"] = description
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if follow_up_status_id is not UNSET:
            field_dict["follow_up_status_id"] = follow_up_status_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_record_budget import WorkflowRecordBudget  # noqa: PLC0415
        from ..models.workflow_record_number import WorkflowRecordNumber  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        number = WorkflowRecordNumber.from_dict(d.pop("number"))

        id = d.pop("id", UNSET)

        start_date = d.pop("start_date", UNSET)

        delivery_date = d.pop("delivery_date", UNSET)

        def _parse_client_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        client_id = _parse_client_id(d.pop("client_id", UNSET))

        _assigned_users = d.pop("assigned_users", UNSET)
        assigned_users: list[int | str] | Unset = UNSET
        if _assigned_users is not UNSET:
            assigned_users = []
            for assigned_users_item_data in _assigned_users:

                def _parse_assigned_users_item(data: object) -> int | str:
                    return cast(int | str, data)

                assigned_users_item = _parse_assigned_users_item(assigned_users_item_data)

                assigned_users.append(assigned_users_item)

        _budget = d.pop("budget", UNSET)
        budget: WorkflowRecordBudget | Unset
        if isinstance(_budget, Unset):
            budget = UNSET
        else:
            budget = WorkflowRecordBudget.from_dict(_budget)

        tags = cast(list[str], d.pop("tags", UNSET))

        description = d.pop("description", UNSET)

        attachments = cast(list[Any], d.pop("attachments", UNSET))

        branch_id = d.pop("branch_id", UNSET)

        staff_id = d.pop("staff_id", UNSET)

        def _parse_follow_up_status_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        follow_up_status_id = _parse_follow_up_status_id(d.pop("follow_up_status_id", UNSET))

        workflow_record_input = cls(
            title=title,
            number=number,
            id=id,
            start_date=start_date,
            delivery_date=delivery_date,
            client_id=client_id,
            assigned_users=assigned_users,
            budget=budget,
            tags=tags,
            description=description,
            attachments=attachments,
            branch_id=branch_id,
            staff_id=staff_id,
            follow_up_status_id=follow_up_status_id,
        )

        workflow_record_input.additional_properties = d
        return workflow_record_input

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


def _wire_number(data: Any) -> Any:
    from ..models.workflow_record_number import WorkflowRecordNumber  # noqa: PLC0415

    number = WorkflowRecordNumber.from_dict(data)

    return number


def _wire_assigned_users(data: Any) -> Any:
    _assigned_users = data
    assigned_users: list[int | str] | Unset = UNSET
    if _assigned_users is not UNSET:
        assigned_users = []
        for assigned_users_item_data in _assigned_users:

            def _parse_assigned_users_item(data: object) -> int | str:
                return cast(int | str, data)

            assigned_users_item = _parse_assigned_users_item(assigned_users_item_data)

            assigned_users.append(assigned_users_item)

    return assigned_users


def _wire_budget(data: Any) -> Any:
    from ..models.workflow_record_budget import WorkflowRecordBudget  # noqa: PLC0415

    _budget = data
    budget: WorkflowRecordBudget | Unset
    if isinstance(_budget, Unset):
        budget = UNSET
    else:
        budget = WorkflowRecordBudget.from_dict(_budget)

    return budget


def _wire_tags(data: Any) -> Any:
    tags = cast(list[str], data)

    return tags


def _wire_attachments(data: Any) -> Any:
    attachments = cast(list[Any], data)

    return attachments


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("title", "title", None, None),
    ("number", "number", _wire_number, "WorkflowRecordNumber"),
    ("id", "id", None, None),
    ("start_date", "start_date", None, None),
    ("delivery_date", "delivery_date", None, None),
    ("client_id", "client_id", None, None),
    ("assigned_users", "assigned_users", _wire_assigned_users, None),
    ("budget", "budget", _wire_budget, "WorkflowRecordBudget"),
    ("tags", "tags", _wire_tags, None),
    ("description", "description", None, None),
    ("attachments", "attachments", _wire_attachments, None),
    ("branch_id", "branch_id", None, None),
    ("staff_id", "staff_id", None, None),
    ("follow_up_status_id", "follow_up_status_id", None, None),
)
