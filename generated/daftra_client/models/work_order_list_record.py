from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.work_order import WorkOrder


T = TypeVar("T", bound="WorkOrderListRecord")


@_attrs_define
class WorkOrderListRecord:
    """One element of the work order list.

    Attributes:
        work_order (WorkOrder): A work order, as sent when creating or changing one and as read back. Fields marked
            read-only are set by Daftra and ignored when sent. Creating one needs `title` and
            `start_date` (see `WorkOrderInput`).
    """

    work_order: WorkOrder
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        work_order = self.work_order.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "WorkOrder": work_order,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.work_order import WorkOrder  # noqa: PLC0415

        d = dict(src_dict)
        work_order = WorkOrder.from_dict(d.pop("WorkOrder"))

        work_order_list_record = cls(
            work_order=work_order,
        )

        work_order_list_record.additional_properties = d
        return work_order_list_record

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


def _wire_work_order(data: Any) -> Any:
    from ..models.work_order import WorkOrder  # noqa: PLC0415

    work_order = WorkOrder.from_dict(data)

    return work_order


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("WorkOrder", "work_order", _wire_work_order, "WorkOrder"),
)
