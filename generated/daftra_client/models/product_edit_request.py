from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.product import Product


T = TypeVar("T", bound="ProductEditRequest")


@_attrs_define
class ProductEditRequest:
    """The body that changes a product; nothing is required.

    Attributes:
        product (Product | Unset): A product, service or bundle, as sent when creating or changing one and as read
            back. Fields marked read-only are kept by Daftra and ignored when sent. Two field
            names are misspelt in Daftra itself (`low_stock_thershold`, `availabe_online`) and
            are kept that way on purpose: they are the names the service reads and writes.
    """

    product: Product | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product is not UNSET:
            field_dict["Product"] = product

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product import Product  # noqa: PLC0415

        d = dict(src_dict)
        _product = d.pop("Product", UNSET)
        product: Product | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = Product.from_dict(_product)

        product_edit_request = cls(
            product=product,
        )

        product_edit_request.additional_properties = d
        return product_edit_request

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

    _product = data
    product: Product | Unset
    if isinstance(_product, Unset):
        product = UNSET
    else:
        product = Product.from_dict(_product)

    return product


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("Product", "product", _wire_product, "Product"),
)
