from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.purchase_order import PurchaseOrder


T = TypeVar("T", bound="PurchaseOrderListRecord")


@_attrs_define
class PurchaseOrderListRecord:
    """One element of the purchase invoice list.

    Attributes:
        purchase_order (PurchaseOrder): A purchase document header (purchase invoice, and also purchase refund), as sent
            and
            as read back. Daftra's documentation marks no field as required. Its schema leaves
            out the totals and several other columns the service stores; whatever else comes
            back is kept as it comes.
    """

    purchase_order: PurchaseOrder
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        purchase_order = self.purchase_order.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "PurchaseOrder": purchase_order,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase_order import PurchaseOrder  # noqa: PLC0415

        d = dict(src_dict)
        purchase_order = PurchaseOrder.from_dict(d.pop("PurchaseOrder"))

        purchase_order_list_record = cls(
            purchase_order=purchase_order,
        )

        purchase_order_list_record.additional_properties = d
        return purchase_order_list_record

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


def _wire_purchase_order(data: Any) -> Any:
    from ..models.purchase_order import PurchaseOrder  # noqa: PLC0415

    purchase_order = PurchaseOrder.from_dict(data)

    return purchase_order


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("PurchaseOrder", "purchase_order", _wire_purchase_order, "PurchaseOrder"),
)
