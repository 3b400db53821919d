from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.purchase_order import PurchaseOrder
    from ..models.purchase_order_item import PurchaseOrderItem


T = TypeVar("T", bound="PurchaseRefundEditRequest")


@_attrs_define
class PurchaseRefundEditRequest:
    """The body that changes a purchase refund; nothing is required.

    Attributes:
        purchase_refund (PurchaseOrder | Unset): A purchase document header (purchase invoice, and also purchase
            refund), as sent and
            as read back. Daftra's documentation marks no field as required. Its schema leaves
            out the totals and several other columns the service stores; whatever else comes
            back is kept as it comes.
        purchase_order_item (list[PurchaseOrderItem] | Unset): The complete new list of refunded lines.
    """

    purchase_refund: PurchaseOrder | Unset = UNSET
    purchase_order_item: list[PurchaseOrderItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        purchase_refund: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purchase_refund, Unset):
            purchase_refund = self.purchase_refund.to_dict()

        purchase_order_item: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.purchase_order_item, Unset):
            purchase_order_item = []
            for purchase_order_item_item_data in self.purchase_order_item:
                purchase_order_item_item = purchase_order_item_item_data.to_dict()
                purchase_order_item.append(purchase_order_item_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if purchase_refund is not UNSET:
            field_dict["PurchaseRefund"] = purchase_refund
        if purchase_order_item is not UNSET:
            field_dict["PurchaseOrderItem"] = purchase_order_item

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase_order import PurchaseOrder  # noqa: PLC0415
        from ..models.purchase_order_item import PurchaseOrderItem  # noqa: PLC0415

        d = dict(src_dict)
        _purchase_refund = d.pop("PurchaseRefund", UNSET)
        purchase_refund: PurchaseOrder | Unset
        if isinstance(_purchase_refund, Unset):
            purchase_refund = UNSET
        else:
            purchase_refund = PurchaseOrder.from_dict(_purchase_refund)

        _purchase_order_item = d.pop("PurchaseOrderItem", UNSET)
        purchase_order_item: list[PurchaseOrderItem] | Unset = UNSET
        if _purchase_order_item is not UNSET:
            purchase_order_item = []
            for purchase_order_item_item_data in _purchase_order_item:
                purchase_order_item_item = PurchaseOrderItem.from_dict(
                    purchase_order_item_item_data
                )

                purchase_order_item.append(purchase_order_item_item)

        purchase_refund_edit_request = cls(
            purchase_refund=purchase_refund,
            purchase_order_item=purchase_order_item,
        )

        purchase_refund_edit_request.additional_properties = d
        return purchase_refund_edit_request

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


def _wire_purchase_refund(data: Any) -> Any:
    from ..models.purchase_order import PurchaseOrder  # noqa: PLC0415

    _purchase_refund = data
    purchase_refund: PurchaseOrder | Unset
    if isinstance(_purchase_refund, Unset):
        purchase_refund = UNSET
    else:
        purchase_refund = PurchaseOrder.from_dict(_purchase_refund)

    return purchase_refund


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
    ("PurchaseRefund", "purchase_refund", _wire_purchase_refund, "PurchaseOrder"),
    ("PurchaseOrderItem", "purchase_order_item", _wire_purchase_order_item, "PurchaseOrderItem"),
)
