from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.client import Client
    from ..models.invoice import Invoice


T = TypeVar("T", bound="CreditNoteListRecord")


@_attrs_define
class CreditNoteListRecord:
    """One element of the credit note list: the header and its client.

    Attributes:
        credit_note (Invoice): An invoice header, as sent when creating or changing an invoice and as read back.
            Fields marked read-only are computed by Daftra and ignored when sent. Only
            `client_id` is needed to create an invoice (see `InvoiceInput`); many other fields
            are filled in by the service when left out.
        client (Client | Unset): A client, as embedded in invoice answers.
    """

    credit_note: Invoice
    client: Client | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        credit_note = self.credit_note.to_dict()

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CreditNote": credit_note,
            }
        )
        if client is not UNSET:
            field_dict["Client"] = client

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client import Client  # noqa: PLC0415
        from ..models.invoice import Invoice  # noqa: PLC0415

        d = dict(src_dict)
        credit_note = Invoice.from_dict(d.pop("CreditNote"))

        _client = d.pop("Client", UNSET)
        client: Client | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = Client.from_dict(_client)

        credit_note_list_record = cls(
            credit_note=credit_note,
            client=client,
        )

        credit_note_list_record.additional_properties = d
        return credit_note_list_record

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


def _wire_credit_note(data: Any) -> Any:
    from ..models.invoice import Invoice  # noqa: PLC0415

    credit_note = Invoice.from_dict(data)

    return credit_note


def _wire_client(data: Any) -> Any:
    from ..models.client import Client  # noqa: PLC0415

    _client = data
    client: Client | Unset
    if isinstance(_client, Unset):
        client = UNSET
    else:
        client = Client.from_dict(_client)

    return client


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("CreditNote", "credit_note", _wire_credit_note, "Invoice"),
    ("Client", "client", _wire_client, "Client"),
)
