from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.requisition_item import RequisitionItem
    from ..models.requisition_write import RequisitionWrite


T = TypeVar("T", bound="RequisitionEditRequest")


@_attrs_define
class RequisitionEditRequest:
    """The body that changes a requisition; nothing is required.

    Attributes:
        requisition (RequisitionWrite | Unset): A requisition header as sent to create or change one. The key names are
            the
            documented ones: `Status`, `Order_type` and `To_store_id` begin with a capital
            letter here, unlike the lowercase names reads return; the documentation does not
            say whether lowercase is accepted too. Several ids may be sent as empty strings when
            they do not apply, as the documentation's example does.
        requisition_item (list[RequisitionItem] | Unset): The requisition's lines.
    """

    requisition: RequisitionWrite | Unset = UNSET
    requisition_item: list[RequisitionItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        requisition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requisition, Unset):
            requisition = self.requisition.to_dict()

        requisition_item: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.requisition_item, Unset):
            requisition_item = []
            for requisition_item_item_data in self.requisition_item:
                requisition_item_item = requisition_item_item_data.to_dict()
                requisition_item.append(requisition_item_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if requisition is not UNSET:
            field_dict["Requisition"] = requisition
        if requisition_item is not UNSET:
            field_dict["RequisitionItem"] = requisition_item

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.requisition_item import RequisitionItem  # noqa: PLC0415
        from ..models.requisition_write import RequisitionWrite  # noqa: PLC0415

        d = dict(src_dict)
        _requisition = d.pop("Requisition", UNSET)
        requisition: RequisitionWrite | Unset
        if isinstance(_requisition, Unset):
            requisition = UNSET
        else:
            requisition = RequisitionWrite.from_dict(_requisition)

        _requisition_item = d.pop("RequisitionItem", UNSET)
        requisition_item: list[RequisitionItem] | Unset = UNSET
        if _requisition_item is not UNSET:
            requisition_item = []
            for requisition_item_item_data in _requisition_item:
                requisition_item_item = RequisitionItem.from_dict(requisition_item_item_data)

                requisition_item.append(requisition_item_item)

        requisition_edit_request = cls(
            requisition=requisition,
            requisition_item=requisition_item,
        )

        requisition_edit_request.additional_properties = d
        return requisition_edit_request

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
    from ..models.requisition_write import RequisitionWrite  # noqa: PLC0415

    _requisition = data
    requisition: RequisitionWrite | Unset
    if isinstance(_requisition, Unset):
        requisition = UNSET
    else:
        requisition = RequisitionWrite.from_dict(_requisition)

    return requisition


def _wire_requisition_item(data: Any) -> Any:
    from ..models.requisition_item import RequisitionItem  # noqa: PLC0415

    _requisition_item = data
    requisition_item: list[RequisitionItem] | Unset = UNSET
    if _requisition_item is not UNSET:
        requisition_item = []
        for requisition_item_item_data in _requisition_item:
            requisition_item_item = RequisitionItem.from_dict(requisition_item_item_data)

            requisition_item.append(requisition_item_item)

    return requisition_item


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("Requisition", "requisition", _wire_requisition, "RequisitionWrite"),
    ("RequisitionItem", "requisition_item", _wire_requisition_item, "RequisitionItem"),
)
