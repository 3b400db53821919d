from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag
from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="ProductImage")


@_attrs_define
class ProductImage:
    """One image of a product.

    Attributes:
        id (int | Unset): The image's id.
        product_id (int | None | Unset): The product the image belongs to.
        default (bool | Flag | None | Unset): Whether this is the product's main image (`0`/`1`).
        file (None | str | Unset): The image's file name.
        file_full_path (None | str | Unset): Address of the image file.
        created (str | Unset): When the image was added (`YYYY-MM-DD HH:MM:SS`).
        modified (str | Unset): When the image last changed (`YYYY-MM-DD HH:MM:SS`).
    """

    id: int | Unset = UNSET
    product_id: int | None | Unset = UNSET
    default: bool | Flag | None | Unset = UNSET
    file: None | str | Unset = UNSET
    file_full_path: None | str | Unset = UNSET
    created: str | Unset = UNSET
    modified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        product_id: int | None | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        default: bool | int | None | Unset
        if isinstance(self.default, Unset):
            default = UNSET
        elif isinstance(self.default, Flag):
            default = self.default.value
        else:
            default = self.default

        file: None | str | Unset
        if isinstance(self.file, Unset):
            file = UNSET
        else:
            file = self.file

        file_full_path: None | str | Unset
        if isinstance(self.file_full_path, Unset):
            file_full_path = UNSET
        else:
            file_full_path = self.file_full_path

        created = self.created

        modified = self.modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if default is not UNSET:
            field_dict["default"] = default
        if file is not UNSET:
            field_dict["file"] = file
        if file_full_path is not UNSET:
            field_dict["file_full_path"] = file_full_path
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_product_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        product_id = _parse_product_id(d.pop("product_id", UNSET))

        def _parse_default(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                default_type_1 = Flag(data)

                return default_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        default = _parse_default(d.pop("default", UNSET))

        def _parse_file(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file = _parse_file(d.pop("file", UNSET))

        def _parse_file_full_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_full_path = _parse_file_full_path(d.pop("file_full_path", UNSET))

        created = d.pop("created", UNSET)

        modified = d.pop("modified", UNSET)

        product_image = cls(
            id=id,
            product_id=product_id,
            default=default,
            file=file,
            file_full_path=file_full_path,
            created=created,
            modified=modified,
        )

        product_image.additional_properties = d
        return product_image

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


def _wire_default(data: Any) -> Any:
    def _parse_default(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            default_type_1 = Flag(data)

            return default_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    default = _parse_default(data)

    return default


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("product_id", "product_id", None, None),
    ("default", "default", _wire_default, None),
    ("file", "file", None, None),
    ("file_full_path", "file_full_path", None, None),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
)
