from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.supplier import Supplier


T = TypeVar("T", bound="SupplierEditRequest")


@_attrs_define
class SupplierEditRequest:
    """The body that changes a supplier; nothing is required.

    Attributes:
        supplier (Supplier | Unset): A supplier, as sent when creating or changing one and as read back. Fields marked
            read-only are kept by Daftra and ignored when sent.
    """

    supplier: Supplier | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if supplier is not UNSET:
            field_dict["Supplier"] = supplier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.supplier import Supplier  # noqa: PLC0415

        d = dict(src_dict)
        _supplier = d.pop("Supplier", UNSET)
        supplier: Supplier | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = Supplier.from_dict(_supplier)

        supplier_edit_request = cls(
            supplier=supplier,
        )

        supplier_edit_request.additional_properties = d
        return supplier_edit_request

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


def _wire_supplier(data: Any) -> Any:
    from ..models.supplier import Supplier  # noqa: PLC0415

    _supplier = data
    supplier: Supplier | Unset
    if isinstance(_supplier, Unset):
        supplier = UNSET
    else:
        supplier = Supplier.from_dict(_supplier)

    return supplier


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("Supplier", "supplier", _wire_supplier, "Supplier"),
)
