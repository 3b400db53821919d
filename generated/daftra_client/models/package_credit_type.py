from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="PackageCreditType")


@_attrs_define
class PackageCreditType:
    """The amount of one credit type that a package gives, as read and written.

    Attributes:
        id (int): The row's id.
        credit_type_id (int | Unset): The credit type (v2 entity `credit_type`).
        package_id (int | Unset): The package (v2 entity `package`).
        amount (Decimal | str | Unset): How much of that credit the package gives.
    """

    id: int
    credit_type_id: int | Unset = UNSET
    package_id: int | Unset = UNSET
    amount: Decimal | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        credit_type_id = self.credit_type_id

        package_id = self.package_id

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if credit_type_id is not UNSET:
            field_dict["credit_type_id"] = credit_type_id
        if package_id is not UNSET:
            field_dict["package_id"] = package_id
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        credit_type_id = d.pop("credit_type_id", UNSET)

        package_id = d.pop("package_id", UNSET)

        amount = decimal_from_json(
            d.pop("amount", UNSET),
            (
                "number",
                "string",
            ),
        )

        package_credit_type = cls(
            id=id,
            credit_type_id=credit_type_id,
            package_id=package_id,
            amount=amount,
        )

        package_credit_type.additional_properties = d
        return package_credit_type

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
    ("credit_type_id", "credit_type_id", None, None),
    ("package_id", "package_id", None, None),
    ("amount", "amount", _wire_amount, None),
)
