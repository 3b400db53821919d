from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.purchase_order import PurchaseOrder
    from ..models.purchase_order_custom_field import PurchaseOrderCustomField
    from ..models.purchase_order_item import PurchaseOrderItem
    from ..models.purchase_order_payment import PurchaseOrderPayment
    from ..models.purchase_order_supplier import PurchaseOrderSupplier
    from ..models.purchase_order_tax import PurchaseOrderTax


T = TypeVar("T", bound="PurchaseRefundView")


@_attrs_define
class PurchaseRefundView:
    """One purchase refund. Daftra documents only the header; a refund is stored as a purchase invoice of another type, and
    the service sends the same related records (beside the header or, on live accounts, inside it), so they are
    described as for purchase invoices. Anything else is kept as it comes.

        Attributes:
            purchase_refund (PurchaseOrder): A purchase document header (purchase invoice, and also purchase refund), as
                sent and
                as read back. Daftra's documentation marks no field as required. Its schema leaves
                out the totals and several other columns the service stores; whatever else comes
                back is kept as it comes.
            supplier (PurchaseOrderSupplier | Unset): The supplier of a purchase document, as embedded in its single read
                (Daftra's `Supplier` record).
            purchase_order_item (list[PurchaseOrderItem] | Unset): The refund's lines.
            purchase_order_tax (list[PurchaseOrderTax] | Unset): The taxes applied on the refund.
            purchase_order_custom_field (PurchaseOrderCustomField | Unset): Values of the account's custom fields for
                purchase documents. Daftra's documentation leaves the shape of this object open.
            purchase_order_payment (list[PurchaseOrderPayment] | Unset): Payments made against the refund.
    """

    purchase_refund: PurchaseOrder
    supplier: PurchaseOrderSupplier | Unset = UNSET
    purchase_order_item: list[PurchaseOrderItem] | Unset = UNSET
    purchase_order_tax: list[PurchaseOrderTax] | Unset = UNSET
    purchase_order_custom_field: PurchaseOrderCustomField | Unset = UNSET
    purchase_order_payment: list[PurchaseOrderPayment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        purchase_refund = self.purchase_refund.to_dict()

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        purchase_order_item: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.purchase_order_item, Unset):
            purchase_order_item = []
            for purchase_order_item_item_data in self.purchase_order_item:
                purchase_order_item_item = purchase_order_item_item_data.to_dict()
                purchase_order_item.append(purchase_order_item_item)

        purchase_order_tax: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.purchase_order_tax, Unset):
            purchase_order_tax = []
            for purchase_order_tax_item_data in self.purchase_order_tax:
                purchase_order_tax_item = purchase_order_tax_item_data.to_dict()
                purchase_order_tax.append(purchase_order_tax_item)

        purchase_order_custom_field: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purchase_order_custom_field, Unset):
            purchase_order_custom_field = self.purchase_order_custom_field.to_dict()

        purchase_order_payment: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.purchase_order_payment, Unset):
            purchase_order_payment = []
            for purchase_order_payment_item_data in self.purchase_order_payment:
                purchase_order_payment_item = purchase_order_payment_item_data.to_dict()
                purchase_order_payment.append(purchase_order_payment_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "PurchaseRefund": purchase_refund,
            }
        )
        if supplier is not UNSET:
            field_dict["Supplier"] = supplier
        if purchase_order_item is not UNSET:
            field_dict["PurchaseOrderItem"] = purchase_order_item
        if purchase_order_tax is not UNSET:
            field_dict["PurchaseOrderTax"] = purchase_order_tax
        if purchase_order_custom_field is not UNSET:
            field_dict["PurchaseOrderCustomField"] = purchase_order_custom_field
        if purchase_order_payment is not UNSET:
            field_dict["PurchaseOrderPayment"] = purchase_order_payment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase_order import PurchaseOrder  # noqa: PLC0415
        from ..models.purchase_order_custom_field import PurchaseOrderCustomField  # noqa: PLC0415
        from ..models.purchase_order_item import PurchaseOrderItem  # noqa: PLC0415
        from ..models.purchase_order_payment import PurchaseOrderPayment  # noqa: PLC0415
        from ..models.purchase_order_supplier import PurchaseOrderSupplier  # noqa: PLC0415
        from ..models.purchase_order_tax import PurchaseOrderTax  # noqa: PLC0415

        d = dict(src_dict)
        purchase_refund = PurchaseOrder.from_dict(d.pop("PurchaseRefund"))

        _supplier = d.pop("Supplier", UNSET)
        supplier: PurchaseOrderSupplier | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = PurchaseOrderSupplier.from_dict(_supplier)

        _purchase_order_item = d.pop("PurchaseOrderItem", UNSET)
        purchase_order_item: list[PurchaseOrderItem] | Unset = UNSET
        if _purchase_order_item is not UNSET:
            purchase_order_item = []
            for purchase_order_item_item_data in _purchase_order_item:
                purchase_order_item_item = PurchaseOrderItem.from_dict(
                    purchase_order_item_item_data
                )

                purchase_order_item.append(purchase_order_item_item)

        _purchase_order_tax = d.pop("PurchaseOrderTax", UNSET)
        purchase_order_tax: list[PurchaseOrderTax] | Unset = UNSET
        if _purchase_order_tax is not UNSET:
            purchase_order_tax = []
            for purchase_order_tax_item_data in _purchase_order_tax:
                purchase_order_tax_item = PurchaseOrderTax.from_dict(purchase_order_tax_item_data)

                purchase_order_tax.append(purchase_order_tax_item)

        _purchase_order_custom_field = d.pop("PurchaseOrderCustomField", UNSET)
        purchase_order_custom_field: PurchaseOrderCustomField | Unset
        if isinstance(_purchase_order_custom_field, Unset):
            purchase_order_custom_field = UNSET
        else:
            purchase_order_custom_field = PurchaseOrderCustomField.from_dict(
                _purchase_order_custom_field
            )

        _purchase_order_payment = d.pop("PurchaseOrderPayment", UNSET)
        purchase_order_payment: list[PurchaseOrderPayment] | Unset = UNSET
        if _purchase_order_payment is not UNSET:
            purchase_order_payment = []
            for purchase_order_payment_item_data in _purchase_order_payment:
                purchase_order_payment_item = PurchaseOrderPayment.from_dict(
                    purchase_order_payment_item_data
                )

                purchase_order_payment.append(purchase_order_payment_item)

        purchase_refund_view = cls(
            purchase_refund=purchase_refund,
            supplier=supplier,
            purchase_order_item=purchase_order_item,
            purchase_order_tax=purchase_order_tax,
            purchase_order_custom_field=purchase_order_custom_field,
            purchase_order_payment=purchase_order_payment,
        )

        purchase_refund_view.additional_properties = d
        return purchase_refund_view

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


def _wire_supplier(data: Any) -> Any:
    from ..models.purchase_order_supplier import PurchaseOrderSupplier  # noqa: PLC0415

    _supplier = data
    supplier: PurchaseOrderSupplier | Unset
    if isinstance(_supplier, Unset):
        supplier = UNSET
    else:
        supplier = PurchaseOrderSupplier.from_dict(_supplier)

    return supplier


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


def _wire_purchase_order_tax(data: Any) -> Any:
    from ..models.purchase_order_tax import PurchaseOrderTax  # noqa: PLC0415

    _purchase_order_tax = data
    purchase_order_tax: list[PurchaseOrderTax] | Unset = UNSET
    if _purchase_order_tax is not UNSET:
        purchase_order_tax = []
        for purchase_order_tax_item_data in _purchase_order_tax:
            purchase_order_tax_item = PurchaseOrderTax.from_dict(purchase_order_tax_item_data)

            purchase_order_tax.append(purchase_order_tax_item)

    return purchase_order_tax


def _wire_purchase_order_custom_field(data: Any) -> Any:
    from ..models.purchase_order_custom_field import PurchaseOrderCustomField  # noqa: PLC0415

    _purchase_order_custom_field = data
    purchase_order_custom_field: PurchaseOrderCustomField | Unset
    if isinstance(_purchase_order_custom_field, Unset):
        purchase_order_custom_field = UNSET
    else:
        purchase_order_custom_field = PurchaseOrderCustomField.from_dict(
            _purchase_order_custom_field
        )

    return purchase_order_custom_field


def _wire_purchase_order_payment(data: Any) -> Any:
    from ..models.purchase_order_payment import PurchaseOrderPayment  # noqa: PLC0415

    _purchase_order_payment = data
    purchase_order_payment: list[PurchaseOrderPayment] | Unset = UNSET
    if _purchase_order_payment is not UNSET:
        purchase_order_payment = []
        for purchase_order_payment_item_data in _purchase_order_payment:
            purchase_order_payment_item = PurchaseOrderPayment.from_dict(
                purchase_order_payment_item_data
            )

            purchase_order_payment.append(purchase_order_payment_item)

    return purchase_order_payment


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("PurchaseRefund", "purchase_refund", _wire_purchase_refund, "PurchaseOrder"),
    ("Supplier", "supplier", _wire_supplier, "PurchaseOrderSupplier"),
    ("PurchaseOrderItem", "purchase_order_item", _wire_purchase_order_item, "PurchaseOrderItem"),
    ("PurchaseOrderTax", "purchase_order_tax", _wire_purchase_order_tax, "PurchaseOrderTax"),
    (
        "PurchaseOrderCustomField",
        "purchase_order_custom_field",
        _wire_purchase_order_custom_field,
        "PurchaseOrderCustomField",
    ),
    (
        "PurchaseOrderPayment",
        "purchase_order_payment",
        _wire_purchase_order_payment,
        "PurchaseOrderPayment",
    ),
)
