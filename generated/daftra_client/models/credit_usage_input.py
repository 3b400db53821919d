from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="CreditUsageInput")


@_attrs_define
class CreditUsageInput:
    """The body that records a credit usage, or changes one when `id` is given. The create call also takes `usage_date` and
    `added_by`.

        Attributes:
            client_id (int | str): The client (sent as a string on create, a number on change in the documentation).
            credit_type_id (int | str): The credit type.
            description (str): A description.
            id (int | Unset): Leave out to create; give a usage's id to change that usage instead.
            usage_date (str | Unset): When the credit was used; see the operation for the date format.
            added_by (int | str | Unset): The staff member recording it.
            amount (Decimal | str | Unset): An amount; listed by the change schema only.
    """

    client_id: int | str
    credit_type_id: int | str
    description: str
    id: int | Unset = UNSET
    usage_date: str | Unset = UNSET
    added_by: int | str | Unset = UNSET
    amount: Decimal | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        client_id: int | str
        client_id = self.client_id

        credit_type_id: int | str
        credit_type_id = self.credit_type_id

        description = self.description

        id = self.id

        usage_date = self.usage_date

        added_by: int | str | Unset
        if isinstance(self.added_by, Unset):
            added_by = UNSET
        else:
            added_by = self.added_by

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "credit_type_id": credit_type_id,
                "description": description,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if usage_date is not UNSET:
            field_dict["usage_date"] = usage_date
        if added_by is not UNSET:
            field_dict["added_by"] = added_by
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_client_id(data: object) -> int | str:
            return cast(int | str, data)

        client_id = _parse_client_id(d.pop("client_id"))

        def _parse_credit_type_id(data: object) -> int | str:
            return cast(int | str, data)

        credit_type_id = _parse_credit_type_id(d.pop("credit_type_id"))

        description = d.pop("description")

        id = d.pop("id", UNSET)

        usage_date = d.pop("usage_date", UNSET)

        def _parse_added_by(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        added_by = _parse_added_by(d.pop("added_by", UNSET))

        amount = decimal_from_json(
            d.pop("amount", UNSET),
            (
                "number",
                "string",
            ),
        )

        credit_usage_input = cls(
            client_id=client_id,
            credit_type_id=credit_type_id,
            description=description,
            id=id,
            usage_date=usage_date,
            added_by=added_by,
            amount=amount,
        )

        credit_usage_input.additional_properties = d
        return credit_usage_input

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
    ("client_id", "client_id", None, None),
    ("credit_type_id", "credit_type_id", None, None),
    ("description", "description", None, None),
    ("id", "id", None, None),
    ("usage_date", "usage_date", None, None),
    ("added_by", "added_by", None, None),
    ("amount", "amount", _wire_amount, None),
)
