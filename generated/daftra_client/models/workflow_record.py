from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.client import Client
    from ..models.entity_branch import EntityBranch
    from ..models.entity_staff import EntityStaff
    from ..models.follow_up_status import FollowUpStatus
    from ..models.workflow_record_budget import WorkflowRecordBudget
    from ..models.workflow_record_client_data_type_0 import WorkflowRecordClientDataType0
    from ..models.workflow_record_custom_data_type_0 import WorkflowRecordCustomDataType0
    from ..models.workflow_record_extra_details_type_0 import (
        WorkflowRecordExtraDetailsType0,
    )
    from ..models.workflow_record_link import WorkflowRecordLink
    from ..models.workflow_record_number import WorkflowRecordNumber
    from ..models.workflow_record_type import WorkflowRecordType


T = TypeVar("T", bound="WorkflowRecord")


@_attrs_define
class WorkflowRecord:
    """A record of a workflow type, as read. Besides the fields below, the record carries the workflow type's custom fields
    in a member named after the entity, `le_workflow-type-entity-<workflow id>_custom_data` (an object with `id`,
    `reference_id` and one member per custom field); its name depends on the workflow, so it is left to the open part of
    the record. `number` and `budget` are read as plain values but written as objects (see `WorkflowRecordInput`).

        Attributes:
            id (int): The record's id.
            workflow_type_id (int | None | Unset): The workflow type (the `workflow_id` of the address).
            number (None | str | Unset | WorkflowRecordNumber): The record's number; answers may also return the object it
                was written as (`{code, generated}`).
            title (None | str | Unset): The record's title.
            client_id (int | None | str | Unset): The client the record is for.
            start_date (None | str | Unset): Start date (`YYYY-MM-DD` in answers).
            delivery_date (None | str | Unset): Delivery date (`YYYY-MM-DD` in answers).
            delivery_appointment_id (int | None | Unset): A delivery appointment, if any.
            description (None | str | Unset): A description.
            budget (Decimal | None | str | Unset | WorkflowRecordBudget): The budget amount; answers may also return the
                object it was written as (`{number, currency}`).
            budget_currency (None | str | Unset): Currency of the budget (ISO 4217).
            status (int | None | Unset): The record's state (open, closed, ...); the documentation does not list the values.
            follow_up_status_id (int | None | Unset): The record's follow-up status (see the follow-up statuses of this
                workflow's entity).
            staff_id (int | None | Unset): The staff member who added the record.
            branch_id (int | None | Unset): The branch it belongs to.
            client_data (None | Unset | WorkflowRecordClientDataType0): Extra client data (shape not documented; null in the
                examples).
            extra_details (None | Unset | WorkflowRecordExtraDetailsType0): Extra details (shape not documented; null in the
                examples).
            custom_data (None | Unset | WorkflowRecordCustomDataType0): Generic custom data (null in the examples; the
                type's own fields are in the entity-named member).
            attachments (list[Any] | None | Unset): Attached files (shape not documented).
            assigned_users (list[int | str] | list[WorkflowRecordLink] | None | Unset | WorkflowRecordLink): Staff
                assignments. The single read shows a list; the documentation's list schema shows one object. Both are accepted.
            tags (list[int | str] | list[WorkflowRecordLink] | None | Unset | WorkflowRecordLink): Tags. The single read
                shows a list; the list schema shows one object. Both are accepted.
            workflow_type (None | Unset | WorkflowRecordType): The workflow type, at level 1 and above.
            staff (EntityStaff | None | Unset): The staff member who added it, at level 1 and above.
            work_order_client (Client | None | Unset): The client, at level 1 and above (the client record of v1, flat).
            branch (EntityBranch | None | Unset): The branch, at level 1 and above.
            work_order_follow_up_status (FollowUpStatus | None | Unset): The follow-up status, when set.
    """

    id: int
    workflow_type_id: int | None | Unset = UNSET
    number: None | str | Unset | WorkflowRecordNumber = UNSET
    title: None | str | Unset = UNSET
    client_id: int | None | str | Unset = UNSET
    start_date: None | str | Unset = UNSET
    delivery_date: None | str | Unset = UNSET
    delivery_appointment_id: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    budget: Decimal | None | str | Unset | WorkflowRecordBudget = UNSET
    budget_currency: None | str | Unset = UNSET
    status: int | None | Unset = UNSET
    follow_up_status_id: int | None | Unset = UNSET
    staff_id: int | None | Unset = UNSET
    branch_id: int | None | Unset = UNSET
    client_data: None | Unset | WorkflowRecordClientDataType0 = UNSET
    extra_details: None | Unset | WorkflowRecordExtraDetailsType0 = UNSET
    custom_data: None | Unset | WorkflowRecordCustomDataType0 = UNSET
    attachments: list[Any] | None | Unset = UNSET
    assigned_users: (
        list[int | str] | list[WorkflowRecordLink] | None | Unset | WorkflowRecordLink
    ) = UNSET
    tags: list[int | str] | list[WorkflowRecordLink] | None | Unset | WorkflowRecordLink = UNSET
    workflow_type: None | Unset | WorkflowRecordType = UNSET
    staff: EntityStaff | None | Unset = UNSET
    work_order_client: Client | None | Unset = UNSET
    branch: EntityBranch | None | Unset = UNSET
    work_order_follow_up_status: FollowUpStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.client import Client  # noqa: PLC0415
        from ..models.entity_branch import EntityBranch  # noqa: PLC0415
        from ..models.entity_staff import EntityStaff  # noqa: PLC0415
        from ..models.follow_up_status import FollowUpStatus  # noqa: PLC0415
        from ..models.workflow_record_budget import WorkflowRecordBudget  # noqa: PLC0415
        from ..models.workflow_record_client_data_type_0 import (
            WorkflowRecordClientDataType0,  # noqa: PLC0415
        )
        from ..models.workflow_record_custom_data_type_0 import (
            WorkflowRecordCustomDataType0,  # noqa: PLC0415
        )
        from ..models.workflow_record_extra_details_type_0 import (
            WorkflowRecordExtraDetailsType0,  # noqa: PLC0415
        )
        from ..models.workflow_record_link import WorkflowRecordLink  # noqa: PLC0415
        from ..models.workflow_record_number import WorkflowRecordNumber  # noqa: PLC0415
        from ..models.workflow_record_type import WorkflowRecordType  # noqa: PLC0415

        id = self.id

        workflow_type_id: int | None | Unset
        if isinstance(self.workflow_type_id, Unset):
            workflow_type_id = UNSET
        else:
            workflow_type_id = self.workflow_type_id

        number: dict[str, Any] | None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        elif isinstance(self.number, WorkflowRecordNumber):
            number = self.number.to_dict()
        else:
            number = self.number

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        client_id: int | None | str | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        else:
            start_date = self.start_date

        delivery_date: None | str | Unset
        if isinstance(self.delivery_date, Unset):
            delivery_date = UNSET
        else:
            delivery_date = self.delivery_date

        delivery_appointment_id: int | None | Unset
        if isinstance(self.delivery_appointment_id, Unset):
            delivery_appointment_id = UNSET
        else:
            delivery_appointment_id = self.delivery_appointment_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        budget: dict[str, Any] | float | None | str | Unset
        if isinstance(self.budget, Unset):
            budget = UNSET
        elif isinstance(self.budget, WorkflowRecordBudget):
            budget = self.budget.to_dict()
        else:
            budget = self.budget

        budget_currency: None | str | Unset
        if isinstance(self.budget_currency, Unset):
            budget_currency = UNSET
        else:
            budget_currency = self.budget_currency

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        follow_up_status_id: int | None | Unset
        if isinstance(self.follow_up_status_id, Unset):
            follow_up_status_id = UNSET
        else:
            follow_up_status_id = self.follow_up_status_id

        staff_id: int | None | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

        branch_id: int | None | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        client_data: dict[str, Any] | None | Unset
        if isinstance(self.client_data, Unset):
            client_data = UNSET
        elif isinstance(self.client_data, WorkflowRecordClientDataType0):
            client_data = self.client_data.to_dict()
        else:
            client_data = self.client_data

        extra_details: dict[str, Any] | None | Unset
        if isinstance(self.extra_details, Unset):
            extra_details = UNSET
        elif isinstance(self.extra_details, WorkflowRecordExtraDetailsType0):
            extra_details = self.extra_details.to_dict()
        else:
            extra_details = self.extra_details

        custom_data: dict[str, Any] | None | Unset
        if isinstance(self.custom_data, Unset):
            custom_data = UNSET
        elif isinstance(self.custom_data, WorkflowRecordCustomDataType0):
            custom_data = self.custom_data.to_dict()
        else:
            custom_data = self.custom_data

        attachments: list[Any] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = self.attachments

        else:
            attachments = self.attachments

        assigned_users: dict[str, Any] | list[dict[str, Any]] | list[int | str] | None | Unset
        if isinstance(self.assigned_users, Unset):
            assigned_users = UNSET
        elif isinstance(self.assigned_users, list):
            assigned_users = []
            for assigned_users_type_0_item_data in self.assigned_users:
                assigned_users_type_0_item: int | str
                assigned_users_type_0_item = assigned_users_type_0_item_data
                assigned_users.append(assigned_users_type_0_item)

        elif isinstance(self.assigned_users, list):
            assigned_users = []
            for assigned_users_type_1_item_data in self.assigned_users:
                assigned_users_type_1_item = assigned_users_type_1_item_data.to_dict()
                assigned_users.append(assigned_users_type_1_item)

        elif isinstance(self.assigned_users, WorkflowRecordLink):
            assigned_users = self.assigned_users.to_dict()
        else:
            assigned_users = self.assigned_users

        tags: dict[str, Any] | list[dict[str, Any]] | list[int | str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item: int | str
                tags_type_0_item = tags_type_0_item_data
                tags.append(tags_type_0_item)

        elif isinstance(self.tags, list):
            tags = []
            for tags_type_1_item_data in self.tags:
                tags_type_1_item = tags_type_1_item_data.to_dict()
                tags.append(tags_type_1_item)

        elif isinstance(self.tags, WorkflowRecordLink):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        workflow_type: dict[str, Any] | None | Unset
        if isinstance(self.workflow_type, Unset):
            workflow_type = UNSET
        elif isinstance(self.workflow_type, WorkflowRecordType):
            workflow_type = self.workflow_type.to_dict()
        else:
            workflow_type = self.workflow_type

        staff: dict[str, Any] | None | Unset
        if isinstance(self.staff, Unset):
            staff = UNSET
        elif isinstance(self.staff, EntityStaff):
            staff = self.staff.to_dict()
        else:
            staff = self.staff

        work_order_client: dict[str, Any] | None | Unset
        if isinstance(self.work_order_client, Unset):
            work_order_client = UNSET
        elif isinstance(self.work_order_client, Client):
            work_order_client = self.work_order_client.to_dict()
        else:
            work_order_client = self.work_order_client

        branch: dict[str, Any] | None | Unset
        if isinstance(self.branch, Unset):
            branch = UNSET
        elif isinstance(self.branch, EntityBranch):
            branch = self.branch.to_dict()
        else:
            branch = self.branch

        work_order_follow_up_status: dict[str, Any] | None | Unset
        if isinstance(self.work_order_follow_up_status, Unset):
            work_order_follow_up_status = UNSET
        elif isinstance(self.work_order_follow_up_status, FollowUpStatus):
            work_order_follow_up_status = self.work_order_follow_up_status.to_dict()
        else:
            work_order_follow_up_status = self.work_order_follow_up_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if workflow_type_id is not UNSET:
            field_dict["workflow_type_id"] = workflow_type_id
        if number is not UNSET:
            field_dict["number"] = number
        if title is not UNSET:
            field_dict["title"] = title
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if delivery_date is not UNSET:
            field_dict["delivery_date"] = delivery_date
        if delivery_appointment_id is not UNSET:
            field_dict["delivery_appointment_id"] = delivery_appointment_id
        if description is not UNSET:
            field_dict["description"] = description
        if budget is not UNSET:
            field_dict["budget"] = budget
        if budget_currency is not UNSET:
            field_dict["budget_currency"] = budget_currency
        if status is not UNSET:
            field_dict["status"] = status
        if follow_up_status_id is not UNSET:
            field_dict["follow_up_status_id"] = follow_up_status_id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if client_data is not UNSET:
            field_dict["client_data"] = client_data
        if extra_details is not UNSET:
            field_dict["extra_details"] = extra_details
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if assigned_users is not UNSET:
            field_dict["assigned_users"] = assigned_users
        if tags is not UNSET:
            field_dict["tags"] = tags
        if workflow_type is not UNSET:
            field_dict["workflow_type"] = workflow_type
        if staff is not UNSET:
            field_dict["staff"] = staff
        if work_order_client is not UNSET:
            field_dict["work_order_client"] = work_order_client
        if branch is not UNSET:
            field_dict["branch"] = branch
        if work_order_follow_up_status is not UNSET:
            field_dict["work_order_follow_up_status"] = work_order_follow_up_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client import Client  # noqa: PLC0415
        from ..models.entity_branch import EntityBranch  # noqa: PLC0415
        from ..models.entity_staff import EntityStaff  # noqa: PLC0415
        from ..models.follow_up_status import FollowUpStatus  # noqa: PLC0415
        from ..models.workflow_record_budget import WorkflowRecordBudget  # noqa: PLC0415
        from ..models.workflow_record_client_data_type_0 import (
            WorkflowRecordClientDataType0,  # noqa: PLC0415
        )
        from ..models.workflow_record_custom_data_type_0 import (
            WorkflowRecordCustomDataType0,  # noqa: PLC0415
        )
        from ..models.workflow_record_extra_details_type_0 import (
            WorkflowRecordExtraDetailsType0,  # noqa: PLC0415
        )
        from ..models.workflow_record_link import WorkflowRecordLink  # noqa: PLC0415
        from ..models.workflow_record_number import WorkflowRecordNumber  # noqa: PLC0415
        from ..models.workflow_record_type import WorkflowRecordType  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_workflow_type_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        workflow_type_id = _parse_workflow_type_id(d.pop("workflow_type_id", UNSET))

        def _parse_number(data: object) -> None | str | Unset | WorkflowRecordNumber:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                number_type_1 = WorkflowRecordNumber.from_dict(data)

                return number_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | Unset | WorkflowRecordNumber, data)

        number = _parse_number(d.pop("number", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_client_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        client_id = _parse_client_id(d.pop("client_id", UNSET))

        def _parse_start_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_delivery_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delivery_date = _parse_delivery_date(d.pop("delivery_date", UNSET))

        def _parse_delivery_appointment_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        delivery_appointment_id = _parse_delivery_appointment_id(
            d.pop("delivery_appointment_id", UNSET)
        )

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_budget(data: object) -> float | None | str | Unset | WorkflowRecordBudget:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                budget_type_1 = WorkflowRecordBudget.from_dict(data)

                return budget_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | None | str | Unset | WorkflowRecordBudget, data)

        budget = _parse_budget(d.pop("budget", UNSET))

        if isinstance(budget, int | float | str):
            budget = decimal_from_json(
                budget,
                (
                    "number",
                    "string",
                ),
            )

        def _parse_budget_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        budget_currency = _parse_budget_currency(d.pop("budget_currency", UNSET))

        def _parse_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_follow_up_status_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        follow_up_status_id = _parse_follow_up_status_id(d.pop("follow_up_status_id", UNSET))

        def _parse_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        staff_id = _parse_staff_id(d.pop("staff_id", UNSET))

        def _parse_branch_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        def _parse_client_data(data: object) -> None | Unset | WorkflowRecordClientDataType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                client_data_type_0 = WorkflowRecordClientDataType0.from_dict(data)

                return client_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowRecordClientDataType0, data)

        client_data = _parse_client_data(d.pop("client_data", UNSET))

        def _parse_extra_details(data: object) -> None | Unset | WorkflowRecordExtraDetailsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                extra_details_type_0 = WorkflowRecordExtraDetailsType0.from_dict(data)

                return extra_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowRecordExtraDetailsType0, data)

        extra_details = _parse_extra_details(d.pop("extra_details", UNSET))

        def _parse_custom_data(data: object) -> None | Unset | WorkflowRecordCustomDataType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_data_type_0 = WorkflowRecordCustomDataType0.from_dict(data)

                return custom_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowRecordCustomDataType0, data)

        custom_data = _parse_custom_data(d.pop("custom_data", UNSET))

        def _parse_attachments(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attachments_type_0 = cast(list[Any], data)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        attachments = _parse_attachments(d.pop("attachments", UNSET))

        def _parse_assigned_users(
            data: object,
        ) -> list[int | str] | list[WorkflowRecordLink] | None | Unset | WorkflowRecordLink:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                assigned_users_type_0 = []
                _assigned_users_type_0 = data
                for assigned_users_type_0_item_data in _assigned_users_type_0:

                    def _parse_assigned_users_type_0_item(data: object) -> int | str:
                        return cast(int | str, data)

                    assigned_users_type_0_item = _parse_assigned_users_type_0_item(
                        assigned_users_type_0_item_data
                    )

                    assigned_users_type_0.append(assigned_users_type_0_item)

                return assigned_users_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                assigned_users_type_1 = []
                _assigned_users_type_1 = data
                for assigned_users_type_1_item_data in _assigned_users_type_1:
                    assigned_users_type_1_item = WorkflowRecordLink.from_dict(
                        assigned_users_type_1_item_data
                    )

                    assigned_users_type_1.append(assigned_users_type_1_item)

                return assigned_users_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assigned_users_type_2 = WorkflowRecordLink.from_dict(data)

                return assigned_users_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[int | str] | list[WorkflowRecordLink] | None | Unset | WorkflowRecordLink, data
            )

        assigned_users = _parse_assigned_users(d.pop("assigned_users", UNSET))

        def _parse_tags(
            data: object,
        ) -> list[int | str] | list[WorkflowRecordLink] | None | Unset | WorkflowRecordLink:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = []
                _tags_type_0 = data
                for tags_type_0_item_data in _tags_type_0:

                    def _parse_tags_type_0_item(data: object) -> int | str:
                        return cast(int | str, data)

                    tags_type_0_item = _parse_tags_type_0_item(tags_type_0_item_data)

                    tags_type_0.append(tags_type_0_item)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_1 = []
                _tags_type_1 = data
                for tags_type_1_item_data in _tags_type_1:
                    tags_type_1_item = WorkflowRecordLink.from_dict(tags_type_1_item_data)

                    tags_type_1.append(tags_type_1_item)

                return tags_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tags_type_2 = WorkflowRecordLink.from_dict(data)

                return tags_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[int | str] | list[WorkflowRecordLink] | None | Unset | WorkflowRecordLink, data
            )

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_workflow_type(data: object) -> None | Unset | WorkflowRecordType:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                workflow_type_type_0 = WorkflowRecordType.from_dict(data)

                return workflow_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowRecordType, data)

        workflow_type = _parse_workflow_type(d.pop("workflow_type", UNSET))

        def _parse_staff(data: object) -> EntityStaff | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                staff_type_0 = EntityStaff.from_dict(data)

                return staff_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityStaff | None | Unset, data)

        staff = _parse_staff(d.pop("staff", UNSET))

        def _parse_work_order_client(data: object) -> Client | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                work_order_client_type_0 = Client.from_dict(data)

                return work_order_client_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Client | None | Unset, data)

        work_order_client = _parse_work_order_client(d.pop("work_order_client", UNSET))

        def _parse_branch(data: object) -> EntityBranch | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                branch_type_0 = EntityBranch.from_dict(data)

                return branch_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityBranch | None | Unset, data)

        branch = _parse_branch(d.pop("branch", UNSET))

        def _parse_work_order_follow_up_status(data: object) -> FollowUpStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                work_order_follow_up_status_type_0 = FollowUpStatus.from_dict(data)

                return work_order_follow_up_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FollowUpStatus | None | Unset, data)

        work_order_follow_up_status = _parse_work_order_follow_up_status(
            d.pop("work_order_follow_up_status", UNSET)
        )

        workflow_record = cls(
            id=id,
            workflow_type_id=workflow_type_id,
            number=number,
            title=title,
            client_id=client_id,
            start_date=start_date,
            delivery_date=delivery_date,
            delivery_appointment_id=delivery_appointment_id,
            description=description,
            budget=budget,
            budget_currency=budget_currency,
            status=status,
            follow_up_status_id=follow_up_status_id,
            staff_id=staff_id,
            branch_id=branch_id,
            client_data=client_data,
            extra_details=extra_details,
            custom_data=custom_data,
            attachments=attachments,
            assigned_users=assigned_users,
            tags=tags,
            workflow_type=workflow_type,
            staff=staff,
            work_order_client=work_order_client,
            branch=branch,
            work_order_follow_up_status=work_order_follow_up_status,
        )

        workflow_record.additional_properties = d
        return workflow_record

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

    def _parse_number(data: object) -> None | str | Unset | WorkflowRecordNumber:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            number_type_1 = WorkflowRecordNumber.from_dict(data)

            return number_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | str | Unset | WorkflowRecordNumber, data)

    number = _parse_number(data)

    return number


def _wire_budget(data: Any) -> Any:
    from ..models.workflow_record_budget import WorkflowRecordBudget  # noqa: PLC0415

    def _parse_budget(data: object) -> float | None | str | Unset | WorkflowRecordBudget:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            budget_type_1 = WorkflowRecordBudget.from_dict(data)

            return budget_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(float | None | str | Unset | WorkflowRecordBudget, data)

    budget = _parse_budget(data)

    if isinstance(budget, int | float | str):
        budget = decimal_from_json(
            budget,
            (
                "number",
                "string",
            ),
        )
    return budget


def _wire_client_data(data: Any) -> Any:
    from ..models.workflow_record_client_data_type_0 import (
        WorkflowRecordClientDataType0,  # noqa: PLC0415
    )

    def _parse_client_data(data: object) -> None | Unset | WorkflowRecordClientDataType0:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            client_data_type_0 = WorkflowRecordClientDataType0.from_dict(data)

            return client_data_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | Unset | WorkflowRecordClientDataType0, data)

    client_data = _parse_client_data(data)

    return client_data


def _wire_extra_details(data: Any) -> Any:
    from ..models.workflow_record_extra_details_type_0 import (
        WorkflowRecordExtraDetailsType0,  # noqa: PLC0415
    )

    def _parse_extra_details(data: object) -> None | Unset | WorkflowRecordExtraDetailsType0:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            extra_details_type_0 = WorkflowRecordExtraDetailsType0.from_dict(data)

            return extra_details_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | Unset | WorkflowRecordExtraDetailsType0, data)

    extra_details = _parse_extra_details(data)

    return extra_details


def _wire_custom_data(data: Any) -> Any:
    from ..models.workflow_record_custom_data_type_0 import (
        WorkflowRecordCustomDataType0,  # noqa: PLC0415
    )

    def _parse_custom_data(data: object) -> None | Unset | WorkflowRecordCustomDataType0:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            custom_data_type_0 = WorkflowRecordCustomDataType0.from_dict(data)

            return custom_data_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | Unset | WorkflowRecordCustomDataType0, data)

    custom_data = _parse_custom_data(data)

    return custom_data


def _wire_attachments(data: Any) -> Any:
    def _parse_attachments(data: object) -> list[Any] | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, list):
                raise TypeError()
            attachments_type_0 = cast(list[Any], data)

            return attachments_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(list[Any] | None | Unset, data)

    attachments = _parse_attachments(data)

    return attachments


def _wire_assigned_users(data: Any) -> Any:
    from ..models.workflow_record_link import WorkflowRecordLink  # noqa: PLC0415

    def _parse_assigned_users(
        data: object,
    ) -> list[int | str] | list[WorkflowRecordLink] | None | Unset | WorkflowRecordLink:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, list):
                raise TypeError()
            assigned_users_type_0 = []
            _assigned_users_type_0 = data
            for assigned_users_type_0_item_data in _assigned_users_type_0:

                def _parse_assigned_users_type_0_item(data: object) -> int | str:
                    return cast(int | str, data)

                assigned_users_type_0_item = _parse_assigned_users_type_0_item(
                    assigned_users_type_0_item_data
                )

                assigned_users_type_0.append(assigned_users_type_0_item)

            return assigned_users_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, list):
                raise TypeError()
            assigned_users_type_1 = []
            _assigned_users_type_1 = data
            for assigned_users_type_1_item_data in _assigned_users_type_1:
                assigned_users_type_1_item = WorkflowRecordLink.from_dict(
                    assigned_users_type_1_item_data
                )

                assigned_users_type_1.append(assigned_users_type_1_item)

            return assigned_users_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            assigned_users_type_2 = WorkflowRecordLink.from_dict(data)

            return assigned_users_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(
            list[int | str] | list[WorkflowRecordLink] | None | Unset | WorkflowRecordLink, data
        )

    assigned_users = _parse_assigned_users(data)

    return assigned_users


def _wire_tags(data: Any) -> Any:
    from ..models.workflow_record_link import WorkflowRecordLink  # noqa: PLC0415

    def _parse_tags(
        data: object,
    ) -> list[int | str] | list[WorkflowRecordLink] | None | Unset | WorkflowRecordLink:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, list):
                raise TypeError()
            tags_type_0 = []
            _tags_type_0 = data
            for tags_type_0_item_data in _tags_type_0:

                def _parse_tags_type_0_item(data: object) -> int | str:
                    return cast(int | str, data)

                tags_type_0_item = _parse_tags_type_0_item(tags_type_0_item_data)

                tags_type_0.append(tags_type_0_item)

            return tags_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, list):
                raise TypeError()
            tags_type_1 = []
            _tags_type_1 = data
            for tags_type_1_item_data in _tags_type_1:
                tags_type_1_item = WorkflowRecordLink.from_dict(tags_type_1_item_data)

                tags_type_1.append(tags_type_1_item)

            return tags_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            tags_type_2 = WorkflowRecordLink.from_dict(data)

            return tags_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(
            list[int | str] | list[WorkflowRecordLink] | None | Unset | WorkflowRecordLink, data
        )

    tags = _parse_tags(data)

    return tags


def _wire_workflow_type(data: Any) -> Any:
    from ..models.workflow_record_type import WorkflowRecordType  # noqa: PLC0415

    def _parse_workflow_type(data: object) -> None | Unset | WorkflowRecordType:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            workflow_type_type_0 = WorkflowRecordType.from_dict(data)

            return workflow_type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | Unset | WorkflowRecordType, data)

    workflow_type = _parse_workflow_type(data)

    return workflow_type


def _wire_staff(data: Any) -> Any:
    from ..models.entity_staff import EntityStaff  # noqa: PLC0415

    def _parse_staff(data: object) -> EntityStaff | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            staff_type_0 = EntityStaff.from_dict(data)

            return staff_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(EntityStaff | None | Unset, data)

    staff = _parse_staff(data)

    return staff


def _wire_work_order_client(data: Any) -> Any:
    from ..models.client import Client  # noqa: PLC0415

    def _parse_work_order_client(data: object) -> Client | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            work_order_client_type_0 = Client.from_dict(data)

            return work_order_client_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(Client | None | Unset, data)

    work_order_client = _parse_work_order_client(data)

    return work_order_client


def _wire_branch(data: Any) -> Any:
    from ..models.entity_branch import EntityBranch  # noqa: PLC0415

    def _parse_branch(data: object) -> EntityBranch | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            branch_type_0 = EntityBranch.from_dict(data)

            return branch_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(EntityBranch | None | Unset, data)

    branch = _parse_branch(data)

    return branch


def _wire_work_order_follow_up_status(data: Any) -> Any:
    from ..models.follow_up_status import FollowUpStatus  # noqa: PLC0415

    def _parse_work_order_follow_up_status(data: object) -> FollowUpStatus | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            work_order_follow_up_status_type_0 = FollowUpStatus.from_dict(data)

            return work_order_follow_up_status_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(FollowUpStatus | None | Unset, data)

    work_order_follow_up_status = _parse_work_order_follow_up_status(data)

    return work_order_follow_up_status


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("workflow_type_id", "workflow_type_id", None, None),
    ("number", "number", _wire_number, None),
    ("title", "title", None, None),
    ("client_id", "client_id", None, None),
    ("start_date", "start_date", None, None),
    ("delivery_date", "delivery_date", None, None),
    ("delivery_appointment_id", "delivery_appointment_id", None, None),
    ("description", "description", None, None),
    ("budget", "budget", _wire_budget, None),
    ("budget_currency", "budget_currency", None, None),
    ("status", "status", None, None),
    ("follow_up_status_id", "follow_up_status_id", None, None),
    ("staff_id", "staff_id", None, None),
    ("branch_id", "branch_id", None, None),
    ("client_data", "client_data", _wire_client_data, None),
    ("extra_details", "extra_details", _wire_extra_details, None),
    ("custom_data", "custom_data", _wire_custom_data, None),
    ("attachments", "attachments", _wire_attachments, None),
    ("assigned_users", "assigned_users", _wire_assigned_users, None),
    ("tags", "tags", _wire_tags, None),
    ("workflow_type", "workflow_type", _wire_workflow_type, None),
    ("staff", "staff", _wire_staff, None),
    ("work_order_client", "work_order_client", _wire_work_order_client, None),
    ("branch", "branch", _wire_branch, None),
    (
        "work_order_follow_up_status",
        "work_order_follow_up_status",
        _wire_work_order_follow_up_status,
        None,
    ),
)
