from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_category_type import ProductCategoryType
from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="ProductCategory")


@_attrs_define
class ProductCategory:
    """A category, as read back (categories are read only in the v1 API).

    Attributes:
        id (int | Unset): The category's id.
        name (None | str | Unset): The category's name.
        description (None | str | Unset): A description of the category.
        category_type (int | None | ProductCategoryType | Unset): What the category groups.
        parent_id (int | None | Unset): The parent category; `0` or null for a top-level category.
        image (None | str | Unset): File name of the category's image.
        image_full_path (None | str | Unset): Address of the category's image.
        created (str | Unset): When the category was added (`YYYY-MM-DD HH:MM:SS`).
        modified (str | Unset): When the category last changed (`YYYY-MM-DD HH:MM:SS`).
    """

    id: int | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    category_type: int | None | ProductCategoryType | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    image: None | str | Unset = UNSET
    image_full_path: None | str | Unset = UNSET
    created: str | Unset = UNSET
    modified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        category_type: int | None | Unset
        if isinstance(self.category_type, Unset):
            category_type = UNSET
        elif isinstance(self.category_type, ProductCategoryType):
            category_type = self.category_type.value
        else:
            category_type = self.category_type

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        image_full_path: None | str | Unset
        if isinstance(self.image_full_path, Unset):
            image_full_path = UNSET
        else:
            image_full_path = self.image_full_path

        created = self.created

        modified = self.modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if category_type is not UNSET:
            field_dict["category_type"] = category_type
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if image is not UNSET:
            field_dict["image"] = image
        if image_full_path is not UNSET:
            field_dict["image_full_path"] = image_full_path
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_category_type(data: object) -> int | None | ProductCategoryType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                category_type_type_0 = ProductCategoryType(data)

                return category_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | ProductCategoryType | Unset, data)

        category_type = _parse_category_type(d.pop("category_type", UNSET))

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        def _parse_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image = _parse_image(d.pop("image", UNSET))

        def _parse_image_full_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_full_path = _parse_image_full_path(d.pop("image_full_path", UNSET))

        created = d.pop("created", UNSET)

        modified = d.pop("modified", UNSET)

        product_category = cls(
            id=id,
            name=name,
            description=description,
            category_type=category_type,
            parent_id=parent_id,
            image=image,
            image_full_path=image_full_path,
            created=created,
            modified=modified,
        )

        product_category.additional_properties = d
        return product_category

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


def _wire_category_type(data: Any) -> Any:
    def _parse_category_type(data: object) -> int | None | ProductCategoryType | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            category_type_type_0 = ProductCategoryType(data)

            return category_type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(int | None | ProductCategoryType | Unset, data)

    category_type = _parse_category_type(data)

    return category_type


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("name", "name", None, None),
    ("description", "description", None, None),
    ("category_type", "category_type", _wire_category_type, None),
    ("parent_id", "parent_id", None, None),
    ("image", "image", None, None),
    ("image_full_path", "image_full_path", None, None),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
)
