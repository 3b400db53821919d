from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.work_order_status import WorkOrderStatus
from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="WorkOrder")


@_attrs_define
class WorkOrder:
    """A work order, as sent when creating or changing one and as read back. Fields marked
    read-only are set by Daftra and ignored when sent. Creating one needs `title` and
    `start_date` (see `WorkOrderInput`).

        Attributes:
            id (int | Unset): The work order's id.
            client_id (int | None | Unset): The client the work is done for.
            number (None | str | Unset): The work order number shown to people; generated when left out.
            title (str | Unset): A short name for the work order.
            start_date (str | Unset): The day work starts, as `YYYY-MM-DD`.
            description (None | str | Unset): A longer description of the work.
            delivery_date (None | str | Unset): The day the work is due to be delivered, as `YYYY-MM-DD`; may be empty.
            delivery_appointment_id (int | None | Unset): The appointment booked for delivery, if any.
            follow_up_status_id (int | None | Unset): The follow-up status (one of the account's statuses for work orders);
                null when none is set.
            budget (Decimal | None | Unset): The amount budgeted for the work.
            budget_currency (None | str | Unset): Currency of `budget` (ISO 4217, for example `USD`).
            status (int | None | Unset | WorkOrderStatus): Whether the work order is open, closed, cancelled or a draft.
            staff_id (int | None | Unset): The staff member who created the work order; `0` is the account owner.
            created (str | Unset): When the work order was created (`YYYY-MM-DD HH:MM:SS`).
            modified (str | Unset): When the work order last changed (`YYYY-MM-DD HH:MM:SS`).
    """

    id: int | Unset = UNSET
    client_id: int | None | Unset = UNSET
    number: None | str | Unset = UNSET
    title: str | Unset = UNSET
    start_date: str | Unset = UNSET
    description: None | str | Unset = UNSET
    delivery_date: None | str | Unset = UNSET
    delivery_appointment_id: int | None | Unset = UNSET
    follow_up_status_id: int | None | Unset = UNSET
    budget: Decimal | None | Unset = UNSET
    budget_currency: None | str | Unset = UNSET
    status: int | None | Unset | WorkOrderStatus = UNSET
    staff_id: int | None | Unset = UNSET
    created: str | Unset = UNSET
    modified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id: int | None | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        title = self.title

        start_date = self.start_date

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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

        follow_up_status_id: int | None | Unset
        if isinstance(self.follow_up_status_id, Unset):
            follow_up_status_id = UNSET
        else:
            follow_up_status_id = self.follow_up_status_id

        budget = self.budget

        budget_currency: None | str | Unset
        if isinstance(self.budget_currency, Unset):
            budget_currency = UNSET
        else:
            budget_currency = self.budget_currency

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, WorkOrderStatus):
            status = self.status.value
        else:
            status = self.status

        staff_id: int | None | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

        created = self.created

        modified = self.modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if number is not UNSET:
            field_dict["number"] = number
        if title is not UNSET:
            field_dict["title"] = title
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if description is not UNSET:
            field_dict["description"] = description
        if delivery_date is not UNSET:
            field_dict["delivery_date"] = delivery_date
        if delivery_appointment_id is not UNSET:
            field_dict["delivery_appointment_id"] = delivery_appointment_id
        if follow_up_status_id is not UNSET:
            field_dict["follow_up_status_id"] = follow_up_status_id
        if budget is not UNSET:
            field_dict["budget"] = budget
        if budget_currency is not UNSET:
            field_dict["budget_currency"] = budget_currency
        if status is not UNSET:
            field_dict["status"] = status
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_client_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        client_id = _parse_client_id(d.pop("client_id", UNSET))

        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        title = d.pop("title", UNSET)

        start_date = d.pop("start_date", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

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

        def _parse_follow_up_status_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        follow_up_status_id = _parse_follow_up_status_id(d.pop("follow_up_status_id", UNSET))

        budget = decimal_from_json(d.pop("budget", UNSET), ("number",))

        def _parse_budget_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        budget_currency = _parse_budget_currency(d.pop("budget_currency", UNSET))

        def _parse_status(data: object) -> int | None | Unset | WorkOrderStatus:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                status_type_0 = WorkOrderStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | Unset | WorkOrderStatus, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        staff_id = _parse_staff_id(d.pop("staff_id", UNSET))

        created = d.pop("created", UNSET)

        modified = d.pop("modified", UNSET)

        work_order = cls(
            id=id,
            client_id=client_id,
            number=number,
            title=title,
            start_date=start_date,
            description=description,
            delivery_date=delivery_date,
            delivery_appointment_id=delivery_appointment_id,
            follow_up_status_id=follow_up_status_id,
            budget=budget,
            budget_currency=budget_currency,
            status=status,
            staff_id=staff_id,
            created=created,
            modified=modified,
        )

        work_order.additional_properties = d
        return work_order

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


def _wire_budget(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_status(data: Any) -> Any:
    def _parse_status(data: object) -> int | None | Unset | WorkOrderStatus:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            status_type_0 = WorkOrderStatus(data)

            return status_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(int | None | Unset | WorkOrderStatus, data)

    status = _parse_status(data)

    return status


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("client_id", "client_id", None, None),
    ("number", "number", None, None),
    ("title", "title", None, None),
    ("start_date", "start_date", None, None),
    ("description", "description", None, None),
    ("delivery_date", "delivery_date", None, None),
    ("delivery_appointment_id", "delivery_appointment_id", None, None),
    ("follow_up_status_id", "follow_up_status_id", None, None),
    ("budget", "budget", _wire_budget, None),
    ("budget_currency", "budget_currency", None, None),
    ("status", "status", _wire_status, None),
    ("staff_id", "staff_id", None, None),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
)
