from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.booking_input import BookingInput
    from ..models.booking_item import BookingItem


T = TypeVar("T", bound="BookingAddRequest")


@_attrs_define
class BookingAddRequest:
    """The body that creates a booking, shaped like an invoice body: the booking under `Invoice` and the booked services
    under `InvoiceItem`.

        Attributes:
            invoice (BookingInput): A booking as sent to create one; the documentation requires every field.
            invoice_item (list[BookingItem]): The booked services.
    """

    invoice: BookingInput
    invoice_item: list[BookingItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        invoice = self.invoice.to_dict()

        invoice_item = []
        for invoice_item_item_data in self.invoice_item:
            invoice_item_item = invoice_item_item_data.to_dict()
            invoice_item.append(invoice_item_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Invoice": invoice,
                "InvoiceItem": invoice_item,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.booking_input import BookingInput  # noqa: PLC0415
        from ..models.booking_item import BookingItem  # noqa: PLC0415

        d = dict(src_dict)
        invoice = BookingInput.from_dict(d.pop("Invoice"))

        invoice_item = []
        _invoice_item = d.pop("InvoiceItem")
        for invoice_item_item_data in _invoice_item:
            invoice_item_item = BookingItem.from_dict(invoice_item_item_data)

            invoice_item.append(invoice_item_item)

        booking_add_request = cls(
            invoice=invoice,
            invoice_item=invoice_item,
        )

        booking_add_request.additional_properties = d
        return booking_add_request

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
    from ..models.booking_input import BookingInput  # noqa: PLC0415

    invoice = BookingInput.from_dict(data)

    return invoice


def _wire_invoice_item(data: Any) -> Any:
    from ..models.booking_item import BookingItem  # noqa: PLC0415

    invoice_item = []
    _invoice_item = data
    for invoice_item_item_data in _invoice_item:
        invoice_item_item = BookingItem.from_dict(invoice_item_item_data)

        invoice_item.append(invoice_item_item)

    return invoice_item


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("Invoice", "invoice", _wire_invoice, "BookingInput"),
    ("InvoiceItem", "invoice_item", _wire_invoice_item, "BookingItem"),
)
