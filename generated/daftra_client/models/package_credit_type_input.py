from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="PackageCreditTypeInput")


@_attrs_define
class PackageCreditTypeInput:
    """The body that links a credit type to a package, or changes a link when `id` is given.

    Attributes:
        credit_type_id (int): The credit type.
        package_id (int): The package.
        amount (Decimal): How much credit the package gives.
        id (int | Unset): Leave out to create; give a row's id to change it instead.
    """

    credit_type_id: int
    package_id: int
    amount: Decimal
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        credit_type_id = self.credit_type_id

        package_id = self.package_id

        amount = self.amount

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credit_type_id": credit_type_id,
                "package_id": package_id,
                "amount": amount,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credit_type_id = d.pop("credit_type_id")

        package_id = d.pop("package_id")

        amount = decimal_from_json(d.pop("amount"), ("number",))

        id = d.pop("id", UNSET)

        package_credit_type_input = cls(
            credit_type_id=credit_type_id,
            package_id=package_id,
            amount=amount,
            id=id,
        )

        package_credit_type_input.additional_properties = d
        return package_credit_type_input

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
    ("credit_type_id", "credit_type_id", None, None),
    ("package_id", "package_id", None, None),
    ("amount", "amount", _wire_amount, None),
    ("id", "id", None, None),
)
