from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.tax import Tax


T = TypeVar("T", bound="TaxEditRequest")


@_attrs_define
class TaxEditRequest:
    """The body that changes a tax; nothing is required.

    Attributes:
        tax (Tax | Unset): A tax, as sent when creating or changing one and as read back. Fields marked read-only are
            kept by Daftra and ignored when sent.
    """

    tax: Tax | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax, Unset):
            tax = self.tax.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tax is not UNSET:
            field_dict["Tax"] = tax

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tax import Tax  # noqa: PLC0415

        d = dict(src_dict)
        _tax = d.pop("Tax", UNSET)
        tax: Tax | Unset
        if isinstance(_tax, Unset):
            tax = UNSET
        else:
            tax = Tax.from_dict(_tax)

        tax_edit_request = cls(
            tax=tax,
        )

        tax_edit_request.additional_properties = d
        return tax_edit_request

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


def _wire_tax(data: Any) -> Any:
    from ..models.tax import Tax  # noqa: PLC0415

    _tax = data
    tax: Tax | Unset
    if isinstance(_tax, Unset):
        tax = UNSET
    else:
        tax = Tax.from_dict(_tax)

    return tax


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (("Tax", "tax", _wire_tax, "Tax"),)
