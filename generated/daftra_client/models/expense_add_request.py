from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.cash_transaction import CashTransaction


T = TypeVar("T", bound="ExpenseAddRequest")


@_attrs_define
class ExpenseAddRequest:
    """The body that records an expense.

    Attributes:
        expense (CashTransaction): The shape shared by expenses and incomes, as sent and as read back; Daftra's
            documentation marks no field as required.
    """

    expense: CashTransaction
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        expense = self.expense.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Expense": expense,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cash_transaction import CashTransaction  # noqa: PLC0415

        d = dict(src_dict)
        expense = CashTransaction.from_dict(d.pop("Expense"))

        expense_add_request = cls(
            expense=expense,
        )

        expense_add_request.additional_properties = d
        return expense_add_request

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


def _wire_expense(data: Any) -> Any:
    from ..models.cash_transaction import CashTransaction  # noqa: PLC0415

    expense = CashTransaction.from_dict(data)

    return expense


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("Expense", "expense", _wire_expense, "CashTransaction"),
)
