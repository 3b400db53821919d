from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.client import Client
    from ..models.invoice import Invoice
    from ..models.invoice_custom_field import InvoiceCustomField
    from ..models.invoice_item import InvoiceItem
    from ..models.invoice_payment import InvoicePayment


T = TypeVar("T", bound="InvoiceListRecord")


@_attrs_define
class InvoiceListRecord:
    """One element of the invoice list: the header, its client unless `recursive=-1`, and the related rows when
    `recursive=1`.

        Attributes:
            invoice (Invoice): An invoice header, as sent when creating or changing an invoice and as read back.
                Fields marked read-only are computed by Daftra and ignored when sent. Only
                `client_id` is needed to create an invoice (see `InvoiceInput`); many other fields
                are filled in by the service when left out.
            client (Client | Unset): A client, as embedded in invoice answers.
            invoice_item (list[InvoiceItem] | Unset):
            invoice_payment (list[InvoicePayment] | Unset):
            invoice_custom_field (InvoiceCustomField | Unset): Values of the account's custom invoice fields. Daftra's
                documentation leaves the shape of this object open.
    """

    invoice: Invoice
    client: Client | Unset = UNSET
    invoice_item: list[InvoiceItem] | Unset = UNSET
    invoice_payment: list[InvoicePayment] | Unset = UNSET
    invoice_custom_field: InvoiceCustomField | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        invoice = self.invoice.to_dict()

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        invoice_item: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoice_item, Unset):
            invoice_item = []
            for invoice_item_item_data in self.invoice_item:
                invoice_item_item = invoice_item_item_data.to_dict()
                invoice_item.append(invoice_item_item)

        invoice_payment: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoice_payment, Unset):
            invoice_payment = []
            for invoice_payment_item_data in self.invoice_payment:
                invoice_payment_item = invoice_payment_item_data.to_dict()
                invoice_payment.append(invoice_payment_item)

        invoice_custom_field: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_custom_field, Unset):
            invoice_custom_field = self.invoice_custom_field.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Invoice": invoice,
            }
        )
        if client is not UNSET:
            field_dict["Client"] = client
        if invoice_item is not UNSET:
            field_dict["InvoiceItem"] = invoice_item
        if invoice_payment is not UNSET:
            field_dict["InvoicePayment"] = invoice_payment
        if invoice_custom_field is not UNSET:
            field_dict["InvoiceCustomField"] = invoice_custom_field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client import Client  # noqa: PLC0415
        from ..models.invoice import Invoice  # noqa: PLC0415
        from ..models.invoice_custom_field import InvoiceCustomField  # noqa: PLC0415
        from ..models.invoice_item import InvoiceItem  # noqa: PLC0415
        from ..models.invoice_payment import InvoicePayment  # noqa: PLC0415

        d = dict(src_dict)
        invoice = Invoice.from_dict(d.pop("Invoice"))

        _client = d.pop("Client", UNSET)
        client: Client | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = Client.from_dict(_client)

        _invoice_item = d.pop("InvoiceItem", UNSET)
        invoice_item: list[InvoiceItem] | Unset = UNSET
        if _invoice_item is not UNSET:
            invoice_item = []
            for invoice_item_item_data in _invoice_item:
                invoice_item_item = InvoiceItem.from_dict(invoice_item_item_data)

                invoice_item.append(invoice_item_item)

        _invoice_payment = d.pop("InvoicePayment", UNSET)
        invoice_payment: list[InvoicePayment] | Unset = UNSET
        if _invoice_payment is not UNSET:
            invoice_payment = []
            for invoice_payment_item_data in _invoice_payment:
                invoice_payment_item = InvoicePayment.from_dict(invoice_payment_item_data)

                invoice_payment.append(invoice_payment_item)

        _invoice_custom_field = d.pop("InvoiceCustomField", UNSET)
        invoice_custom_field: InvoiceCustomField | Unset
        if isinstance(_invoice_custom_field, Unset):
            invoice_custom_field = UNSET
        else:
            invoice_custom_field = InvoiceCustomField.from_dict(_invoice_custom_field)

        invoice_list_record = cls(
            invoice=invoice,
            client=client,
            invoice_item=invoice_item,
            invoice_payment=invoice_payment,
            invoice_custom_field=invoice_custom_field,
        )

        invoice_list_record.additional_properties = d
        return invoice_list_record

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
    from ..models.invoice import Invoice  # noqa: PLC0415

    invoice = Invoice.from_dict(data)

    return invoice


def _wire_client(data: Any) -> Any:
    from ..models.client import Client  # noqa: PLC0415

    _client = data
    client: Client | Unset
    if isinstance(_client, Unset):
        client = UNSET
    else:
        client = Client.from_dict(_client)

    return client


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


def _wire_invoice_payment(data: Any) -> Any:
    from ..models.invoice_payment import InvoicePayment  # noqa: PLC0415

    _invoice_payment = data
    invoice_payment: list[InvoicePayment] | Unset = UNSET
    if _invoice_payment is not UNSET:
        invoice_payment = []
        for invoice_payment_item_data in _invoice_payment:
            invoice_payment_item = InvoicePayment.from_dict(invoice_payment_item_data)

            invoice_payment.append(invoice_payment_item)

    return invoice_payment


def _wire_invoice_custom_field(data: Any) -> Any:
    from ..models.invoice_custom_field import InvoiceCustomField  # noqa: PLC0415

    _invoice_custom_field = data
    invoice_custom_field: InvoiceCustomField | Unset
    if isinstance(_invoice_custom_field, Unset):
        invoice_custom_field = UNSET
    else:
        invoice_custom_field = InvoiceCustomField.from_dict(_invoice_custom_field)

    return invoice_custom_field


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("Invoice", "invoice", _wire_invoice, "Invoice"),
    ("Client", "client", _wire_client, "Client"),
    ("InvoiceItem", "invoice_item", _wire_invoice_item, "InvoiceItem"),
    ("InvoicePayment", "invoice_payment", _wire_invoice_payment, "InvoicePayment"),
    (
        "InvoiceCustomField",
        "invoice_custom_field",
        _wire_invoice_custom_field,
        "InvoiceCustomField",
    ),
)
