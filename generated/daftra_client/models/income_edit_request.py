from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.cash_transaction import CashTransaction


T = TypeVar("T", bound="IncomeEditRequest")


@_attrs_define
class IncomeEditRequest:
    """The body that changes an income; nothing required.

    Attributes:
        income (CashTransaction | Unset): The shape shared by expenses and incomes, as sent and as read back; Daftra's
            documentation marks no field as required.
    """

    income: CashTransaction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        income: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income, Unset):
            income = self.income.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if income is not UNSET:
            field_dict["Income"] = income

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cash_transaction import CashTransaction  # noqa: PLC0415

        d = dict(src_dict)
        _income = d.pop("Income", UNSET)
        income: CashTransaction | Unset
        if isinstance(_income, Unset):
            income = UNSET
        else:
            income = CashTransaction.from_dict(_income)

        income_edit_request = cls(
            income=income,
        )

        income_edit_request.additional_properties = d
        return income_edit_request

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


def _wire_income(data: Any) -> Any:
    from ..models.cash_transaction import CashTransaction  # noqa: PLC0415

    _income = data
    income: CashTransaction | Unset
    if isinstance(_income, Unset):
        income = UNSET
    else:
        income = CashTransaction.from_dict(_income)

    return income


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("Income", "income", _wire_income, "CashTransaction"),
)
