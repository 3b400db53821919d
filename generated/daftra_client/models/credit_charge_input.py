from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="CreditChargeInput")


@_attrs_define
class CreditChargeInput:
    """The body that records a credit charge, or changes one when `id` is given.

    Attributes:
        client_id (int | str): The client credited.
        credit_type_id (int | str): The credit type.
        start_date (str): First day of validity; see the operation for the date format.
        expiry_date (str): Last day of validity; see the operation for the date format.
        amount (Decimal): The credit given.
        description (str): A description.
        staff_id (int | str): The staff member recording it.
        id (int | Unset): Leave out to create; give a charge's id to change it instead.
        is_suspended (str | Unset): `on` records the charge as suspended; leave the field out otherwise (any value
            counts as on).
    """

    client_id: int | str
    credit_type_id: int | str
    start_date: str
    expiry_date: str
    amount: Decimal
    description: str
    staff_id: int | str
    id: int | Unset = UNSET
    is_suspended: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        client_id: int | str
        client_id = self.client_id

        credit_type_id: int | str
        credit_type_id = self.credit_type_id

        start_date = self.start_date

        expiry_date = self.expiry_date

        amount = self.amount

        description = self.description

        staff_id: int | str
        staff_id = self.staff_id

        id = self.id

        is_suspended = self.is_suspended

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "credit_type_id": credit_type_id,
                "start_date": start_date,
                "expiry_date": expiry_date,
                "amount": amount,
                "description": description,
                "staff_id": staff_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if is_suspended is not UNSET:
            field_dict["is_suspended"] = is_suspended

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

        start_date = d.pop("start_date")

        expiry_date = d.pop("expiry_date")

        amount = decimal_from_json(d.pop("amount"), ("number",))

        description = d.pop("description")

        def _parse_staff_id(data: object) -> int | str:
            return cast(int | str, data)

        staff_id = _parse_staff_id(d.pop("staff_id"))

        id = d.pop("id", UNSET)

        is_suspended = d.pop("is_suspended", UNSET)

        credit_charge_input = cls(
            client_id=client_id,
            credit_type_id=credit_type_id,
            start_date=start_date,
            expiry_date=expiry_date,
            amount=amount,
            description=description,
            staff_id=staff_id,
            id=id,
            is_suspended=is_suspended,
        )

        credit_charge_input.additional_properties = d
        return credit_charge_input

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
    ("client_id", "client_id", None, None),
    ("credit_type_id", "credit_type_id", None, None),
    ("start_date", "start_date", None, None),
    ("expiry_date", "expiry_date", None, None),
    ("amount", "amount", _wire_amount, None),
    ("description", "description", None, None),
    ("staff_id", "staff_id", None, None),
    ("id", "id", None, None),
    ("is_suspended", "is_suspended", None, None),
)
