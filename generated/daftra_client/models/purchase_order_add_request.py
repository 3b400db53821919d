from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.purchase_order import PurchaseOrder
    from ..models.purchase_order_item import PurchaseOrderItem


T = TypeVar("T", bound="PurchaseOrderAddRequest")


@_attrs_define
class PurchaseOrderAddRequest:
    """The body that creates a purchase invoice, with the header and its lines.

    Attributes:
        purchase_order (PurchaseOrder): A purchase document header (purchase invoice, and also purchase refund), as sent
            and
            as read back. Daftra's documentation marks no field as required. Its schema leaves
            out the totals and several other columns the service stores; whatever else comes
            back is kept as it comes.
        purchase_order_item (list[PurchaseOrderItem] | Unset): The document's lines.
    """

    purchase_order: PurchaseOrder
    purchase_order_item: list[PurchaseOrderItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        purchase_order = self.purchase_order.to_dict()

        purchase_order_item: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.purchase_order_item, Unset):
            purchase_order_item = []
            for purchase_order_item_item_data in self.purchase_order_item:
                purchase_order_item_item = purchase_order_item_item_data.to_dict()
                purchase_order_item.append(purchase_order_item_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "PurchaseOrder": purchase_order,
            }
        )
        if purchase_order_item is not UNSET:
            field_dict["PurchaseOrderItem"] = purchase_order_item

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase_order import PurchaseOrder  # noqa: PLC0415
        from ..models.purchase_order_item import PurchaseOrderItem  # noqa: PLC0415

        d = dict(src_dict)
        purchase_order = PurchaseOrder.from_dict(d.pop("PurchaseOrder"))

        _purchase_order_item = d.pop("PurchaseOrderItem", UNSET)
        purchase_order_item: list[PurchaseOrderItem] | Unset = UNSET
        if _purchase_order_item is not UNSET:
            purchase_order_item = []
            for purchase_order_item_item_data in _purchase_order_item:
                purchase_order_item_item = PurchaseOrderItem.from_dict(
                    purchase_order_item_item_data
                )

                purchase_order_item.append(purchase_order_item_item)

        purchase_order_add_request = cls(
            purchase_order=purchase_order,
            purchase_order_item=purchase_order_item,
        )

        purchase_order_add_request.additional_properties = d
        return purchase_order_add_request

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


def _wire_purchase_order_item(data: Any) -> Any:
    from ..models.purchase_order_item import PurchaseOrderItem  # noqa: PLC0415

    _purchase_order_item = data
    purchase_order_item: list[PurchaseOrderItem] | Unset = UNSET
    if _purchase_order_item is not UNSET:
        purchase_order_item = []
        for purchase_order_item_item_data in _purchase_order_item:
            purchase_order_item_item = PurchaseOrderItem.from_dict(purchase_order_item_item_data)

            purchase_order_item.append(purchase_order_item_item)

    return purchase_order_item


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("PurchaseOrder", "purchase_order", _wire_purchase_order, "PurchaseOrder"),
    ("PurchaseOrderItem", "purchase_order_item", _wire_purchase_order_item, "PurchaseOrderItem"),
)
