from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.supplier import Supplier


T = TypeVar("T", bound="SupplierListRecord")


@_attrs_define
class SupplierListRecord:
    """One element of the supplier list.

    Attributes:
        supplier (Supplier): A supplier, as sent when creating or changing one and as read back. Fields marked
            read-only are kept by Daftra and ignored when sent.
    """

    supplier: Supplier
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        supplier = self.supplier.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Supplier": supplier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.supplier import Supplier  # noqa: PLC0415

        d = dict(src_dict)
        supplier = Supplier.from_dict(d.pop("Supplier"))

        supplier_list_record = cls(
            supplier=supplier,
        )

        supplier_list_record.additional_properties = d
        return supplier_list_record

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

    supplier = Supplier.from_dict(data)

    return supplier


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("Supplier", "supplier", _wire_supplier, "Supplier"),
)
