from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.pagination import Pagination
    from ..models.stock_transaction_list_record import StockTransactionListRecord


T = TypeVar("T", bound="StockTransactionListResponse")


@_attrs_define
class StockTransactionListResponse:
    """
    Attributes:
        code (int): The HTTP status again (200).
        result (str): `successful` on success.
        pagination (Pagination): Where a list page stands among all pages.
        data (list[StockTransactionListRecord]):
    """

    code: int
    result: str
    pagination: Pagination
    data: list[StockTransactionListRecord]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        result = self.result

        pagination = self.pagination.to_dict()

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "result": result,
                "pagination": pagination,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pagination import Pagination  # noqa: PLC0415
        from ..models.stock_transaction_list_record import StockTransactionListRecord  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        result = d.pop("result")

        pagination = Pagination.from_dict(d.pop("pagination"))

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = StockTransactionListRecord.from_dict(data_item_data)

            data.append(data_item)

        stock_transaction_list_response = cls(
            code=code,
            result=result,
            pagination=pagination,
            data=data,
        )

        stock_transaction_list_response.additional_properties = d
        return stock_transaction_list_response

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


def _wire_pagination(data: Any) -> Any:
    from ..models.pagination import Pagination  # noqa: PLC0415

    pagination = Pagination.from_dict(data)

    return pagination


def _wire_data(data: Any) -> Any:
    from ..models.stock_transaction_list_record import StockTransactionListRecord  # noqa: PLC0415

    data = []
    _data = data
    for data_item_data in _data:
        data_item = StockTransactionListRecord.from_dict(data_item_data)

        data.append(data_item)

    return data


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("code", "code", None, None),
    ("result", "result", None, None),
    ("pagination", "pagination", _wire_pagination, "Pagination"),
    ("data", "data", _wire_data, "StockTransactionListRecord"),
)
