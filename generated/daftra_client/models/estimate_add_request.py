from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.deposit import Deposit
    from ..models.document import Document
    from ..models.document_title import DocumentTitle
    from ..models.invoice_custom_field import InvoiceCustomField
    from ..models.invoice_input import InvoiceInput
    from ..models.invoice_item import InvoiceItem
    from ..models.invoice_payment import InvoicePayment
    from ..models.invoice_reminder import InvoiceReminder


T = TypeVar("T", bound="EstimateAddRequest")


@_attrs_define
class EstimateAddRequest:
    """The body that creates an estimate: the header plus optional lines, payments and the
    other related blocks.

        Attributes:
            estimate (InvoiceInput): An invoice header as sent to create an invoice, which requires `client_id`.
            invoice_item (list[InvoiceItem] | Unset): The lines.
            invoice_payment (list[InvoicePayment] | Unset): Payments to record together with the document (Daftra documents
                this key here, not
                `Payment`).
            invoice_custom_field (InvoiceCustomField | Unset): Values of the account's custom invoice fields. Daftra's
                documentation leaves the shape of this object open.
            deposit (Deposit | Unset): Deposit details of an invoice. Daftra's documentation leaves the shape of this object
                open.
            invoice_reminder (InvoiceReminder | Unset): Reminder settings of an invoice. Daftra's documentation leaves the
                shape of this object open.
            document (Document | Unset): Files attached to an invoice. Daftra's documentation leaves the shape of this
                object open.
            document_title (DocumentTitle | Unset): Titles of the files attached to an invoice. Daftra's documentation
                leaves the shape of this object open.
    """

    estimate: InvoiceInput
    invoice_item: list[InvoiceItem] | Unset = UNSET
    invoice_payment: list[InvoicePayment] | Unset = UNSET
    invoice_custom_field: InvoiceCustomField | Unset = UNSET
    deposit: Deposit | Unset = UNSET
    invoice_reminder: InvoiceReminder | Unset = UNSET
    document: Document | Unset = UNSET
    document_title: DocumentTitle | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        estimate = self.estimate.to_dict()

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

        deposit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deposit, Unset):
            deposit = self.deposit.to_dict()

        invoice_reminder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_reminder, Unset):
            invoice_reminder = self.invoice_reminder.to_dict()

        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()

        document_title: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document_title, Unset):
            document_title = self.document_title.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Estimate": estimate,
            }
        )
        if invoice_item is not UNSET:
            field_dict["InvoiceItem"] = invoice_item
        if invoice_payment is not UNSET:
            field_dict["InvoicePayment"] = invoice_payment
        if invoice_custom_field is not UNSET:
            field_dict["InvoiceCustomField"] = invoice_custom_field
        if deposit is not UNSET:
            field_dict["Deposit"] = deposit
        if invoice_reminder is not UNSET:
            field_dict["InvoiceReminder"] = invoice_reminder
        if document is not UNSET:
            field_dict["Document"] = document
        if document_title is not UNSET:
            field_dict["DocumentTitle"] = document_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deposit import Deposit  # noqa: PLC0415
        from ..models.document import Document  # noqa: PLC0415
        from ..models.document_title import DocumentTitle  # noqa: PLC0415
        from ..models.invoice_custom_field import InvoiceCustomField  # noqa: PLC0415
        from ..models.invoice_input import InvoiceInput  # noqa: PLC0415
        from ..models.invoice_item import InvoiceItem  # noqa: PLC0415
        from ..models.invoice_payment import InvoicePayment  # noqa: PLC0415
        from ..models.invoice_reminder import InvoiceReminder  # noqa: PLC0415

        d = dict(src_dict)
        estimate = InvoiceInput.from_dict(d.pop("Estimate"))

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

        _deposit = d.pop("Deposit", UNSET)
        deposit: Deposit | Unset
        if isinstance(_deposit, Unset):
            deposit = UNSET
        else:
            deposit = Deposit.from_dict(_deposit)

        _invoice_reminder = d.pop("InvoiceReminder", UNSET)
        invoice_reminder: InvoiceReminder | Unset
        if isinstance(_invoice_reminder, Unset):
            invoice_reminder = UNSET
        else:
            invoice_reminder = InvoiceReminder.from_dict(_invoice_reminder)

        _document = d.pop("Document", UNSET)
        document: Document | Unset
        if isinstance(_document, Unset):
            document = UNSET
        else:
            document = Document.from_dict(_document)

        _document_title = d.pop("DocumentTitle", UNSET)
        document_title: DocumentTitle | Unset
        if isinstance(_document_title, Unset):
            document_title = UNSET
        else:
            document_title = DocumentTitle.from_dict(_document_title)

        estimate_add_request = cls(
            estimate=estimate,
            invoice_item=invoice_item,
            invoice_payment=invoice_payment,
            invoice_custom_field=invoice_custom_field,
            deposit=deposit,
            invoice_reminder=invoice_reminder,
            document=document,
            document_title=document_title,
        )

        estimate_add_request.additional_properties = d
        return estimate_add_request

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


def _wire_estimate(data: Any) -> Any:
    from ..models.invoice_input import InvoiceInput  # noqa: PLC0415

    estimate = InvoiceInput.from_dict(data)

    return estimate


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


def _wire_deposit(data: Any) -> Any:
    from ..models.deposit import Deposit  # noqa: PLC0415

    _deposit = data
    deposit: Deposit | Unset
    if isinstance(_deposit, Unset):
        deposit = UNSET
    else:
        deposit = Deposit.from_dict(_deposit)

    return deposit


def _wire_invoice_reminder(data: Any) -> Any:
    from ..models.invoice_reminder import InvoiceReminder  # noqa: PLC0415

    _invoice_reminder = data
    invoice_reminder: InvoiceReminder | Unset
    if isinstance(_invoice_reminder, Unset):
        invoice_reminder = UNSET
    else:
        invoice_reminder = InvoiceReminder.from_dict(_invoice_reminder)

    return invoice_reminder


def _wire_document(data: Any) -> Any:
    from ..models.document import Document  # noqa: PLC0415

    _document = data
    document: Document | Unset
    if isinstance(_document, Unset):
        document = UNSET
    else:
        document = Document.from_dict(_document)

    return document


def _wire_document_title(data: Any) -> Any:
    from ..models.document_title import DocumentTitle  # noqa: PLC0415

    _document_title = data
    document_title: DocumentTitle | Unset
    if isinstance(_document_title, Unset):
        document_title = UNSET
    else:
        document_title = DocumentTitle.from_dict(_document_title)

    return document_title


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("Estimate", "estimate", _wire_estimate, "InvoiceInput"),
    ("InvoiceItem", "invoice_item", _wire_invoice_item, "InvoiceItem"),
    ("InvoicePayment", "invoice_payment", _wire_invoice_payment, "InvoicePayment"),
    (
        "InvoiceCustomField",
        "invoice_custom_field",
        _wire_invoice_custom_field,
        "InvoiceCustomField",
    ),
    ("Deposit", "deposit", _wire_deposit, "Deposit"),
    ("InvoiceReminder", "invoice_reminder", _wire_invoice_reminder, "InvoiceReminder"),
    ("Document", "document", _wire_document, "Document"),
    ("DocumentTitle", "document_title", _wire_document_title, "DocumentTitle"),
)
