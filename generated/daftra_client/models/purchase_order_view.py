from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
    from ..models.purchase_order_view_staff_type_0 import PurchaseOrderViewStaffType0


T = TypeVar("T", bound="PurchaseOrderView")


@_attrs_define
class PurchaseOrderView:
    """One purchase invoice with everything attached to it.

    Attributes:
        purchase_order (PurchaseOrder): A purchase document header (purchase invoice, and also purchase refund), as sent
            and
            as read back. Daftra's documentation marks no field as required. Its schema leaves
            out the totals and several other columns the service stores; whatever else comes
            back is kept as it comes.
        supplier (PurchaseOrderSupplier | Unset): The supplier of a purchase document, as embedded in its single read
            (Daftra's `Supplier` record).
        staff (None | PurchaseOrderViewStaffType0 | Unset): The staff member behind the document. Daftra's documentation
            names this key in lower case and leaves its shape open.
        purchase_order_item (list[PurchaseOrderItem] | Unset): The document's lines.
        purchase_order_tax (list[PurchaseOrderTax] | Unset): The taxes applied on the document.
        purchase_order_custom_field (PurchaseOrderCustomField | Unset): Values of the account's custom fields for
            purchase documents. Daftra's documentation leaves the shape of this object open.
        purchase_order_payment (list[PurchaseOrderPayment] | Unset): Payments made against the document.
    """

    purchase_order: PurchaseOrder
    supplier: PurchaseOrderSupplier | Unset = UNSET
    staff: None | PurchaseOrderViewStaffType0 | Unset = UNSET
    purchase_order_item: list[PurchaseOrderItem] | Unset = UNSET
    purchase_order_tax: list[PurchaseOrderTax] | Unset = UNSET
    purchase_order_custom_field: PurchaseOrderCustomField | Unset = UNSET
    purchase_order_payment: list[PurchaseOrderPayment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.purchase_order_view_staff_type_0 import (
            PurchaseOrderViewStaffType0,  # noqa: PLC0415
        )

        purchase_order = self.purchase_order.to_dict()

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        staff: dict[str, Any] | None | Unset
        if isinstance(self.staff, Unset):
            staff = UNSET
        elif isinstance(self.staff, PurchaseOrderViewStaffType0):
            staff = self.staff.to_dict()
        else:
            staff = self.staff

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
                "PurchaseOrder": purchase_order,
            }
        )
        if supplier is not UNSET:
            field_dict["Supplier"] = supplier
        if staff is not UNSET:
            field_dict["staff"] = staff
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
        from ..models.purchase_order_view_staff_type_0 import (
            PurchaseOrderViewStaffType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        purchase_order = PurchaseOrder.from_dict(d.pop("PurchaseOrder"))

        _supplier = d.pop("Supplier", UNSET)
        supplier: PurchaseOrderSupplier | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = PurchaseOrderSupplier.from_dict(_supplier)

        def _parse_staff(data: object) -> None | PurchaseOrderViewStaffType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                staff_type_0 = PurchaseOrderViewStaffType0.from_dict(data)

                return staff_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PurchaseOrderViewStaffType0 | Unset, data)

        staff = _parse_staff(d.pop("staff", UNSET))

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

        purchase_order_view = cls(
            purchase_order=purchase_order,
            supplier=supplier,
            staff=staff,
            purchase_order_item=purchase_order_item,
            purchase_order_tax=purchase_order_tax,
            purchase_order_custom_field=purchase_order_custom_field,
            purchase_order_payment=purchase_order_payment,
        )

        purchase_order_view.additional_properties = d
        return purchase_order_view

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


def _wire_supplier(data: Any) -> Any:
    from ..models.purchase_order_supplier import PurchaseOrderSupplier  # noqa: PLC0415

    _supplier = data
    supplier: PurchaseOrderSupplier | Unset
    if isinstance(_supplier, Unset):
        supplier = UNSET
    else:
        supplier = PurchaseOrderSupplier.from_dict(_supplier)

    return supplier


def _wire_staff(data: Any) -> Any:
    from ..models.purchase_order_view_staff_type_0 import PurchaseOrderViewStaffType0  # noqa: PLC0415

    def _parse_staff(data: object) -> None | PurchaseOrderViewStaffType0 | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            staff_type_0 = PurchaseOrderViewStaffType0.from_dict(data)

            return staff_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | PurchaseOrderViewStaffType0 | Unset, data)

    staff = _parse_staff(data)

    return staff


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
    ("PurchaseOrder", "purchase_order", _wire_purchase_order, "PurchaseOrder"),
    ("Supplier", "supplier", _wire_supplier, "PurchaseOrderSupplier"),
    ("staff", "staff", _wire_staff, None),
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
