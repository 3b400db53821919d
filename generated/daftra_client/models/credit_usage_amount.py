from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="CreditUsageAmount")


@_attrs_define
class CreditUsageAmount:
    """The amount of one credit usage taken from one credit charge, as read and written.

    Attributes:
        id (int): The row's id.
        credit_charge_id (int | str | Unset): The credit charge the amount is taken from (v2 entity `credit_charge`).
        credit_usage_id (int | str | Unset): The credit usage it belongs to (v2 entity `credit_usage`).
        amount (Decimal | str | Unset): The amount taken.
    """

    id: int
    credit_charge_id: int | str | Unset = UNSET
    credit_usage_id: int | str | Unset = UNSET
    amount: Decimal | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        credit_charge_id: int | str | Unset
        if isinstance(self.credit_charge_id, Unset):
            credit_charge_id = UNSET
        else:
            credit_charge_id = self.credit_charge_id

        credit_usage_id: int | str | Unset
        if isinstance(self.credit_usage_id, Unset):
            credit_usage_id = UNSET
        else:
            credit_usage_id = self.credit_usage_id

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if credit_charge_id is not UNSET:
            field_dict["credit_charge_id"] = credit_charge_id
        if credit_usage_id is not UNSET:
            field_dict["credit_usage_id"] = credit_usage_id
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_credit_charge_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        credit_charge_id = _parse_credit_charge_id(d.pop("credit_charge_id", UNSET))

        def _parse_credit_usage_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        credit_usage_id = _parse_credit_usage_id(d.pop("credit_usage_id", UNSET))

        amount = decimal_from_json(
            d.pop("amount", UNSET),
            (
                "number",
                "string",
            ),
        )

        credit_usage_amount = cls(
            id=id,
            credit_charge_id=credit_charge_id,
            credit_usage_id=credit_usage_id,
            amount=amount,
        )

        credit_usage_amount.additional_properties = d
        return credit_usage_amount

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


def _wire_amount(data: Any) -> Any:
    return decimal_from_json(
        data,
        (
            "number",
            "string",
        ),
    )


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("credit_charge_id", "credit_charge_id", None, None),
    ("credit_usage_id", "credit_usage_id", None, None),
    ("amount", "amount", _wire_amount, None),
)
