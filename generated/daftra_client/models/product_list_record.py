from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.product import Product
    from ..models.product_category import ProductCategory
    from ..models.product_image import ProductImage


T = TypeVar("T", bound="ProductListRecord")


@_attrs_define
class ProductListRecord:
    """One element of the product list. Images and categories may come inside `Product` (as documented) or beside it.

    Attributes:
        product (Product): A product, service or bundle, as sent when creating or changing one and as read
            back. Fields marked read-only are kept by Daftra and ignored when sent. Two field
            names are misspelt in Daftra itself (`low_stock_thershold`, `availabe_online`) and
            are kept that way on purpose: they are the names the service reads and writes.
        product_image (list[ProductImage] | Unset):
        product_category (list[ProductCategory] | Unset):
    """

    product: Product
    product_image: list[ProductImage] | Unset = UNSET
    product_category: list[ProductCategory] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        product = self.product.to_dict()

        product_image: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.product_image, Unset):
            product_image = []
            for product_image_item_data in self.product_image:
                product_image_item = product_image_item_data.to_dict()
                product_image.append(product_image_item)

        product_category: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.product_category, Unset):
            product_category = []
            for product_category_item_data in self.product_category:
                product_category_item = product_category_item_data.to_dict()
                product_category.append(product_category_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Product": product,
            }
        )
        if product_image is not UNSET:
            field_dict["ProductImage"] = product_image
        if product_category is not UNSET:
            field_dict["ProductCategory"] = product_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product import Product  # noqa: PLC0415
        from ..models.product_category import ProductCategory  # noqa: PLC0415
        from ..models.product_image import ProductImage  # noqa: PLC0415

        d = dict(src_dict)
        product = Product.from_dict(d.pop("Product"))

        _product_image = d.pop("ProductImage", UNSET)
        product_image: list[ProductImage] | Unset = UNSET
        if _product_image is not UNSET:
            product_image = []
            for product_image_item_data in _product_image:
                product_image_item = ProductImage.from_dict(product_image_item_data)

                product_image.append(product_image_item)

        _product_category = d.pop("ProductCategory", UNSET)
        product_category: list[ProductCategory] | Unset = UNSET
        if _product_category is not UNSET:
            product_category = []
            for product_category_item_data in _product_category:
                product_category_item = ProductCategory.from_dict(product_category_item_data)

                product_category.append(product_category_item)

        product_list_record = cls(
            product=product,
            product_image=product_image,
            product_category=product_category,
        )

        product_list_record.additional_properties = d
        return product_list_record

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


def _wire_product_image(data: Any) -> Any:
    from ..models.product_image import ProductImage  # noqa: PLC0415

    _product_image = data
    product_image: list[ProductImage] | Unset = UNSET
    if _product_image is not UNSET:
        product_image = []
        for product_image_item_data in _product_image:
            product_image_item = ProductImage.from_dict(product_image_item_data)

            product_image.append(product_image_item)

    return product_image


def _wire_product_category(data: Any) -> Any:
    from ..models.product_category import ProductCategory  # noqa: PLC0415

    _product_category = data
    product_category: list[ProductCategory] | Unset = UNSET
    if _product_category is not UNSET:
        product_category = []
        for product_category_item_data in _product_category:
            product_category_item = ProductCategory.from_dict(product_category_item_data)

            product_category.append(product_category_item)

    return product_category


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("Product", "product", _wire_product, "Product"),
    ("ProductImage", "product_image", _wire_product_image, "ProductImage"),
    ("ProductCategory", "product_category", _wire_product_category, "ProductCategory"),
)
