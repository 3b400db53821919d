from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.stock_transaction import StockTransaction


T = TypeVar("T", bound="StockTransactionView")


@_attrs_define
class StockTransactionView:
    """One stock movement.

    Attributes:
        stock_transaction (StockTransaction): A movement of one product into or out of one warehouse, as sent when
            recording or
            changing one and as read back. Fields marked read-only are kept by Daftra and
            ignored when sent. The direction is given by `transaction_type`; the documentation
            gives no sign convention for `quantity`.
    """

    stock_transaction: StockTransaction
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        stock_transaction = self.stock_transaction.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "StockTransaction": stock_transaction,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stock_transaction import StockTransaction  # noqa: PLC0415

        d = dict(src_dict)
        stock_transaction = StockTransaction.from_dict(d.pop("StockTransaction"))

        stock_transaction_view = cls(
            stock_transaction=stock_transaction,
        )

        stock_transaction_view.additional_properties = d
        return stock_transaction_view

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


def _wire_stock_transaction(data: Any) -> Any:
    from ..models.stock_transaction import StockTransaction  # noqa: PLC0415

    stock_transaction = StockTransaction.from_dict(data)

    return stock_transaction


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("StockTransaction", "stock_transaction", _wire_stock_transaction, "StockTransaction"),
)
