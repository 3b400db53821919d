from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice import Invoice
    from ..models.invoice_item import InvoiceItem


T = TypeVar("T", bound="InvoiceEditRequest")


@_attrs_define
class InvoiceEditRequest:
    """
    Attributes:
        invoice (Invoice | Unset):
        invoice_item (list[InvoiceItem] | Unset):
    """

    invoice: Invoice | Unset = UNSET
    invoice_item: list[InvoiceItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice, Unset):
            invoice = self.invoice.to_dict()

        invoice_item: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoice_item, Unset):
            invoice_item = []
            for invoice_item_item_data in self.invoice_item:
                invoice_item_item = invoice_item_item_data.to_dict()
                invoice_item.append(invoice_item_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice is not UNSET:
            field_dict["Invoice"] = invoice
        if invoice_item is not UNSET:
            field_dict["InvoiceItem"] = invoice_item

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice import Invoice  # noqa: PLC0415
        from ..models.invoice_item import InvoiceItem  # noqa: PLC0415

        d = dict(src_dict)
        _invoice = d.pop("Invoice", UNSET)
        invoice: Invoice | Unset
        if isinstance(_invoice, Unset):
            invoice = UNSET
        else:
            invoice = Invoice.from_dict(_invoice)

        _invoice_item = d.pop("InvoiceItem", UNSET)
        invoice_item: list[InvoiceItem] | Unset = UNSET
        if _invoice_item is not UNSET:
            invoice_item = []
            for invoice_item_item_data in _invoice_item:
                invoice_item_item = InvoiceItem.from_dict(invoice_item_item_data)

                invoice_item.append(invoice_item_item)

        invoice_edit_request = cls(
            invoice=invoice,
            invoice_item=invoice_item,
        )

        invoice_edit_request.additional_properties = d
        return invoice_edit_request

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
