from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="CreditUsageAmountInput")


@_attrs_define
class CreditUsageAmountInput:
    """The body that records a usage amount, or changes one when `id` is given.

    Attributes:
        credit_charge_id (int | str): The credit charge (a string in the documentation).
        credit_usage_id (int | str): The credit usage (a string in the documentation).
        amount (Decimal): The amount taken.
        id (int | Unset): Leave out to create; give a row's id to change that row instead.
    """

    credit_charge_id: int | str
    credit_usage_id: int | str
    amount: Decimal
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        credit_charge_id: int | str
        credit_charge_id = self.credit_charge_id

        credit_usage_id: int | str
        credit_usage_id = self.credit_usage_id

        amount = self.amount

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credit_charge_id": credit_charge_id,
                "credit_usage_id": credit_usage_id,
                "amount": amount,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_credit_charge_id(data: object) -> int | str:
            return cast(int | str, data)

        credit_charge_id = _parse_credit_charge_id(d.pop("credit_charge_id"))

        def _parse_credit_usage_id(data: object) -> int | str:
            return cast(int | str, data)

        credit_usage_id = _parse_credit_usage_id(d.pop("credit_usage_id"))

        amount = decimal_from_json(d.pop("amount"), ("number",))

        id = d.pop("id", UNSET)

        credit_usage_amount_input = cls(
            credit_charge_id=credit_charge_id,
            credit_usage_id=credit_usage_id,
            amount=amount,
            id=id,
        )

        credit_usage_amount_input.additional_properties = d
        return credit_usage_amount_input

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
    return decimal_from_json(data, ("number",))


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("credit_charge_id", "credit_charge_id", None, None),
    ("credit_usage_id", "credit_usage_id", None, None),
    ("amount", "amount", _wire_amount, None),
    ("id", "id", None, None),
)
