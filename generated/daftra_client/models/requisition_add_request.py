from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.requisition_input import RequisitionInput
    from ..models.requisition_item import RequisitionItem


T = TypeVar("T", bound="RequisitionAddRequest")


@_attrs_define
class RequisitionAddRequest:
    """The body that creates a requisition; the documentation requires both members.

    Attributes:
        requisition (RequisitionInput): A requisition header as sent to create one. The documentation declares all
            eleven keys required while its own example leaves most of them empty, so the spec requires only what a
            requisition cannot do without: its type, store and date.
        requisition_item (list[RequisitionItem]): The requisition's lines.
    """

    requisition: RequisitionInput
    requisition_item: list[RequisitionItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        requisition = self.requisition.to_dict()

        requisition_item = []
        for requisition_item_item_data in self.requisition_item:
            requisition_item_item = requisition_item_item_data.to_dict()
            requisition_item.append(requisition_item_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Requisition": requisition,
                "RequisitionItem": requisition_item,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.requisition_input import RequisitionInput  # noqa: PLC0415
        from ..models.requisition_item import RequisitionItem  # noqa: PLC0415

        d = dict(src_dict)
        requisition = RequisitionInput.from_dict(d.pop("Requisition"))

        requisition_item = []
        _requisition_item = d.pop("RequisitionItem")
        for requisition_item_item_data in _requisition_item:
            requisition_item_item = RequisitionItem.from_dict(requisition_item_item_data)

            requisition_item.append(requisition_item_item)

        requisition_add_request = cls(
            requisition=requisition,
            requisition_item=requisition_item,
        )

        requisition_add_request.additional_properties = d
        return requisition_add_request

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


def _wire_requisition(data: Any) -> Any:
    from ..models.requisition_input import RequisitionInput  # noqa: PLC0415

    requisition = RequisitionInput.from_dict(data)

    return requisition


def _wire_requisition_item(data: Any) -> Any:
    from ..models.requisition_item import RequisitionItem  # noqa: PLC0415

    requisition_item = []
    _requisition_item = data
    for requisition_item_item_data in _requisition_item:
        requisition_item_item = RequisitionItem.from_dict(requisition_item_item_data)

        requisition_item.append(requisition_item_item)

    return requisition_item


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("Requisition", "requisition", _wire_requisition, "RequisitionInput"),
    ("RequisitionItem", "requisition_item", _wire_requisition_item, "RequisitionItem"),
)
