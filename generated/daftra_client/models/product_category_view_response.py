from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.product_category_view import ProductCategoryView


T = TypeVar("T", bound="ProductCategoryViewResponse")


@_attrs_define
class ProductCategoryViewResponse:
    """
    Attributes:
        code (int): The HTTP status again (200).
        result (str): `successful` on success.
        data (ProductCategoryView): One category.
    """

    code: int
    result: str
    data: ProductCategoryView
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        result = self.result

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "result": result,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_category_view import ProductCategoryView  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        result = d.pop("result")

        data = ProductCategoryView.from_dict(d.pop("data"))

        product_category_view_response = cls(
            code=code,
            result=result,
            data=data,
        )

        product_category_view_response.additional_properties = d
        return product_category_view_response

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


def _wire_data(data: Any) -> Any:
    from ..models.product_category_view import ProductCategoryView  # noqa: PLC0415

    data = ProductCategoryView.from_dict(data)

    return data


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("code", "code", None, None),
    ("result", "result", None, None),
    ("data", "data", _wire_data, "ProductCategoryView"),
)
