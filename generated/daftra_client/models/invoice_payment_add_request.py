from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.invoice_payment_input import InvoicePaymentInput


T = TypeVar("T", bound="InvoicePaymentAddRequest")


@_attrs_define
class InvoicePaymentAddRequest:
    """The body that records an invoice payment.

    Attributes:
        invoice_payment (InvoicePaymentInput): An invoice payment as sent to record one, which requires `invoice_id`,
            `payment_method` and `amount`.
    """

    invoice_payment: InvoicePaymentInput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        invoice_payment = self.invoice_payment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "InvoicePayment": invoice_payment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_payment_input import InvoicePaymentInput  # noqa: PLC0415

        d = dict(src_dict)
        invoice_payment = InvoicePaymentInput.from_dict(d.pop("InvoicePayment"))

        invoice_payment_add_request = cls(
            invoice_payment=invoice_payment,
        )

        invoice_payment_add_request.additional_properties = d
        return invoice_payment_add_request

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
    from ..models.invoice_payment_input import InvoicePaymentInput  # noqa: PLC0415

    invoice_payment = InvoicePaymentInput.from_dict(data)

    return invoice_payment


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("InvoicePayment", "invoice_payment", _wire_invoice_payment, "InvoicePaymentInput"),
)
