from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.advance_payment_input import AdvancePaymentInput
    from ..models.advance_payment_payment import AdvancePaymentPayment
    from ..models.invoice_custom_field import InvoiceCustomField
    from ..models.invoice_item import InvoiceItem


T = TypeVar("T", bound="AdvancePaymentAddRequest")


@_attrs_define
class AdvancePaymentAddRequest:
    """The body that creates an advance payment: the Add New Invoice body with `Invoice.type`
    set to 19.

        Attributes:
            invoice (AdvancePaymentInput): The invoice header of an advance payment as sent to create one: `client_id` is
                needed,
                and `type` must be 19.
            invoice_item (list[InvoiceItem] | Unset): The lines; usually one naming what the advance is for.
            payment (AdvancePaymentPayment | list[AdvancePaymentPayment] | Unset): The money received. Daftra's example
                sends a single payment object; the list form of the
                invoice body is accepted as well.
            invoice_custom_field (InvoiceCustomField | list[Any] | Unset): Custom field values. Daftra's example sends an
                empty list; the object form of the
                invoice body is accepted as well.
    """

    invoice: AdvancePaymentInput
    invoice_item: list[InvoiceItem] | Unset = UNSET
    payment: AdvancePaymentPayment | list[AdvancePaymentPayment] | Unset = UNSET
    invoice_custom_field: InvoiceCustomField | list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.advance_payment_payment import AdvancePaymentPayment  # noqa: PLC0415
        from ..models.invoice_custom_field import InvoiceCustomField  # noqa: PLC0415

        invoice = self.invoice.to_dict()

        invoice_item: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoice_item, Unset):
            invoice_item = []
            for invoice_item_item_data in self.invoice_item:
                invoice_item_item = invoice_item_item_data.to_dict()
                invoice_item.append(invoice_item_item)

        payment: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.payment, Unset):
            payment = UNSET
        elif isinstance(self.payment, AdvancePaymentPayment):
            payment = self.payment.to_dict()
        else:
            payment = []
            for payment_type_1_item_data in self.payment:
                payment_type_1_item = payment_type_1_item_data.to_dict()
                payment.append(payment_type_1_item)

        invoice_custom_field: dict[str, Any] | list[Any] | Unset
        if isinstance(self.invoice_custom_field, Unset):
            invoice_custom_field = UNSET
        elif isinstance(self.invoice_custom_field, InvoiceCustomField):
            invoice_custom_field = self.invoice_custom_field.to_dict()
        else:
            invoice_custom_field = self.invoice_custom_field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Invoice": invoice,
            }
        )
        if invoice_item is not UNSET:
            field_dict["InvoiceItem"] = invoice_item
        if payment is not UNSET:
            field_dict["Payment"] = payment
        if invoice_custom_field is not UNSET:
            field_dict["InvoiceCustomField"] = invoice_custom_field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.advance_payment_input import AdvancePaymentInput  # noqa: PLC0415
        from ..models.advance_payment_payment import AdvancePaymentPayment  # noqa: PLC0415
        from ..models.invoice_custom_field import InvoiceCustomField  # noqa: PLC0415
        from ..models.invoice_item import InvoiceItem  # noqa: PLC0415

        d = dict(src_dict)
        invoice = AdvancePaymentInput.from_dict(d.pop("Invoice"))

        _invoice_item = d.pop("InvoiceItem", UNSET)
        invoice_item: list[InvoiceItem] | Unset = UNSET
        if _invoice_item is not UNSET:
            invoice_item = []
            for invoice_item_item_data in _invoice_item:
                invoice_item_item = InvoiceItem.from_dict(invoice_item_item_data)

                invoice_item.append(invoice_item_item)

        def _parse_payment(
            data: object,
        ) -> AdvancePaymentPayment | list[AdvancePaymentPayment] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_type_0 = AdvancePaymentPayment.from_dict(data)

                return payment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            payment_type_1 = []
            _payment_type_1 = data
            for payment_type_1_item_data in _payment_type_1:
                payment_type_1_item = AdvancePaymentPayment.from_dict(payment_type_1_item_data)

                payment_type_1.append(payment_type_1_item)

            return payment_type_1

        payment = _parse_payment(d.pop("Payment", UNSET))

        def _parse_invoice_custom_field(data: object) -> InvoiceCustomField | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invoice_custom_field_type_0 = InvoiceCustomField.from_dict(data)

                return invoice_custom_field_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            invoice_custom_field_type_1 = cast(list[Any], data)

            return invoice_custom_field_type_1

        invoice_custom_field = _parse_invoice_custom_field(d.pop("InvoiceCustomField", UNSET))

        advance_payment_add_request = cls(
            invoice=invoice,
            invoice_item=invoice_item,
            payment=payment,
            invoice_custom_field=invoice_custom_field,
        )

        advance_payment_add_request.additional_properties = d
        return advance_payment_add_request

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


def _wire_invoice(data: Any) -> Any:
    from ..models.advance_payment_input import AdvancePaymentInput  # noqa: PLC0415

    invoice = AdvancePaymentInput.from_dict(data)

    return invoice


def _wire_invoice_item(data: Any) -> Any:
    from ..models.invoice_item import InvoiceItem  # noqa: PLC0415

    _invoice_item = data
    invoice_item: list[InvoiceItem] | Unset = UNSET
    if _invoice_item is not UNSET:
        invoice_item = []
        for invoice_item_item_data in _invoice_item:
            invoice_item_item = InvoiceItem.from_dict(invoice_item_item_data)

            invoice_item.append(invoice_item_item)

    return invoice_item


def _wire_payment(data: Any) -> Any:
    from ..models.advance_payment_payment import AdvancePaymentPayment  # noqa: PLC0415

    def _parse_payment(data: object) -> AdvancePaymentPayment | list[AdvancePaymentPayment] | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            payment_type_0 = AdvancePaymentPayment.from_dict(data)

            return payment_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, list):
            raise TypeError()
        payment_type_1 = []
        _payment_type_1 = data
        for payment_type_1_item_data in _payment_type_1:
            payment_type_1_item = AdvancePaymentPayment.from_dict(payment_type_1_item_data)

            payment_type_1.append(payment_type_1_item)

        return payment_type_1

    payment = _parse_payment(data)

    return payment


def _wire_invoice_custom_field(data: Any) -> Any:
    from ..models.invoice_custom_field import InvoiceCustomField  # noqa: PLC0415

    def _parse_invoice_custom_field(data: object) -> InvoiceCustomField | list[Any] | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            invoice_custom_field_type_0 = InvoiceCustomField.from_dict(data)

            return invoice_custom_field_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, list):
            raise TypeError()
        invoice_custom_field_type_1 = cast(list[Any], data)

        return invoice_custom_field_type_1

    invoice_custom_field = _parse_invoice_custom_field(data)

    return invoice_custom_field


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("Invoice", "invoice", _wire_invoice, "AdvancePaymentInput"),
    ("InvoiceItem", "invoice_item", _wire_invoice_item, "InvoiceItem"),
    ("Payment", "payment", _wire_payment, None),
    ("InvoiceCustomField", "invoice_custom_field", _wire_invoice_custom_field, None),
)
