from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client import Client
    from ..models.invoice import Invoice


T = TypeVar("T", bound="InvoiceListRecord")


@_attrs_define
class InvoiceListRecord:
    """
    Attributes:
        invoice (Invoice):
        client (Client | Unset):
    """

    invoice: Invoice
    client: Client | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice = self.invoice.to_dict()

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Invoice": invoice,
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
        invoice = Invoice.from_dict(d.pop("Invoice"))

        _client = d.pop("Client", UNSET)
        client: Client | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = Client.from_dict(_client)

        invoice_list_record = cls(
            invoice=invoice,
            client=client,
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
