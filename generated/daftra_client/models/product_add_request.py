from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.product import Product


T = TypeVar("T", bound="ProductAddRequest")


@_attrs_define
class ProductAddRequest:
    """The body that creates a product. The documentation requires no field of `Product`.

    Attributes:
        product (Product): A product, service or bundle, as sent when creating or changing one and as read
            back. Fields marked read-only are kept by Daftra and ignored when sent. Two field
            names are misspelt in Daftra itself (`low_stock_thershold`, `availabe_online`) and
            are kept that way on purpose: they are the names the service reads and writes.
    """

    product: Product
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        product = self.product.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Product": product,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product import Product  # noqa: PLC0415

        d = dict(src_dict)
        product = Product.from_dict(d.pop("Product"))

        product_add_request = cls(
            product=product,
        )

        product_add_request.additional_properties = d
        return product_add_request

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


def _wire_product(data: Any) -> Any:
    from ..models.product import Product  # noqa: PLC0415

    product = Product.from_dict(data)

    return product


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("Product", "product", _wire_product, "Product"),
)
