from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.client_payment import ClientPayment


T = TypeVar("T", bound="ClientPaymentEditRequest")


@_attrs_define
class ClientPaymentEditRequest:
    """The body that changes a client payment; nothing required.

    Attributes:
        client_payment (ClientPayment | Unset): A payment on a client's account, as sent and as read back. Daftra's
            documentation
            describes the request with the client payment fields and the answers with the
            invoice payment shape; both sets are here. Live answers send numbers (ids, amount,
            status) as numeric strings, so `amount` and `status` accept strings too.
    """

    client_payment: ClientPayment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        client_payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_payment, Unset):
            client_payment = self.client_payment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_payment is not UNSET:
            field_dict["ClientPayment"] = client_payment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_payment import ClientPayment  # noqa: PLC0415

        d = dict(src_dict)
        _client_payment = d.pop("ClientPayment", UNSET)
        client_payment: ClientPayment | Unset
        if isinstance(_client_payment, Unset):
            client_payment = UNSET
        else:
            client_payment = ClientPayment.from_dict(_client_payment)

        client_payment_edit_request = cls(
            client_payment=client_payment,
        )

        client_payment_edit_request.additional_properties = d
        return client_payment_edit_request

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


def _wire_client_payment(data: Any) -> Any:
    from ..models.client_payment import ClientPayment  # noqa: PLC0415

    _client_payment = data
    client_payment: ClientPayment | Unset
    if isinstance(_client_payment, Unset):
        client_payment = UNSET
    else:
        client_payment = ClientPayment.from_dict(_client_payment)

    return client_payment


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("ClientPayment", "client_payment", _wire_client_payment, "ClientPayment"),
)
