from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.purchase_order import PurchaseOrder


T = TypeVar("T", bound="PurchaseRefundListRecord")


@_attrs_define
class PurchaseRefundListRecord:
    """One element of the purchase refund list.

    Attributes:
        purchase_refund (PurchaseOrder): A purchase document header (purchase invoice, and also purchase refund), as
            sent and
            as read back. Daftra's documentation marks no field as required. Its schema leaves
            out the totals and several other columns the service stores; whatever else comes
            back is kept as it comes.
    """

    purchase_refund: PurchaseOrder
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        purchase_refund = self.purchase_refund.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "PurchaseRefund": purchase_refund,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase_order import PurchaseOrder  # noqa: PLC0415

        d = dict(src_dict)
        purchase_refund = PurchaseOrder.from_dict(d.pop("PurchaseRefund"))

        purchase_refund_list_record = cls(
            purchase_refund=purchase_refund,
        )

        purchase_refund_list_record.additional_properties = d
        return purchase_refund_list_record

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

    purchase_refund = PurchaseOrder.from_dict(data)

    return purchase_refund


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("PurchaseRefund", "purchase_refund", _wire_purchase_refund, "PurchaseOrder"),
)
