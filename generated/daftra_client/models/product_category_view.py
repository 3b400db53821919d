from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.product_category import ProductCategory


T = TypeVar("T", bound="ProductCategoryView")


@_attrs_define
class ProductCategoryView:
    """One category.

    Attributes:
        product_category (ProductCategory): A category, as read back (categories are read only in the v1 API).
    """

    product_category: ProductCategory
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        product_category = self.product_category.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ProductCategory": product_category,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_category import ProductCategory  # noqa: PLC0415

        d = dict(src_dict)
        product_category = ProductCategory.from_dict(d.pop("ProductCategory"))

        product_category_view = cls(
            product_category=product_category,
        )

        product_category_view.additional_properties = d
        return product_category_view

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


def _wire_product_category(data: Any) -> Any:
    from ..models.product_category import ProductCategory  # noqa: PLC0415

    product_category = ProductCategory.from_dict(data)

    return product_category


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("ProductCategory", "product_category", _wire_product_category, "ProductCategory"),
)
