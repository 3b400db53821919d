from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.invoice_payment import InvoicePayment


T = TypeVar("T", bound="InvoicePaymentEditRequest")


@_attrs_define
class InvoicePaymentEditRequest:
    """The body that changes an invoice payment; nothing required.

    Attributes:
        invoice_payment (InvoicePayment | Unset): A payment of an invoice, as read back.
    """

    invoice_payment: InvoicePayment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        invoice_payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_payment, Unset):
            invoice_payment = self.invoice_payment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice_payment is not UNSET:
            field_dict["InvoicePayment"] = invoice_payment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_payment import InvoicePayment  # noqa: PLC0415

        d = dict(src_dict)
        _invoice_payment = d.pop("InvoicePayment", UNSET)
        invoice_payment: InvoicePayment | Unset
        if isinstance(_invoice_payment, Unset):
            invoice_payment = UNSET
        else:
            invoice_payment = InvoicePayment.from_dict(_invoice_payment)

        invoice_payment_edit_request = cls(
            invoice_payment=invoice_payment,
        )

        invoice_payment_edit_request.additional_properties = d
        return invoice_payment_edit_request

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


def _wire_invoice_payment(data: Any) -> Any:
    from ..models.invoice_payment import InvoicePayment  # noqa: PLC0415

    _invoice_payment = data
    invoice_payment: InvoicePayment | Unset
    if isinstance(_invoice_payment, Unset):
        invoice_payment = UNSET
    else:
        invoice_payment = InvoicePayment.from_dict(_invoice_payment)

    return invoice_payment


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("InvoicePayment", "invoice_payment", _wire_invoice_payment, "InvoicePayment"),
)
