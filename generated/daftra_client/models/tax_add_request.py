from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.tax_input import TaxInput


T = TypeVar("T", bound="TaxAddRequest")


@_attrs_define
class TaxAddRequest:
    """The body that creates a tax.

    Attributes:
        tax (TaxInput): A tax as sent to create one, which requires `name` and `value`.
    """

    tax: TaxInput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        tax = self.tax.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Tax": tax,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tax_input import TaxInput  # noqa: PLC0415

        d = dict(src_dict)
        tax = TaxInput.from_dict(d.pop("Tax"))

        tax_add_request = cls(
            tax=tax,
        )

        tax_add_request.additional_properties = d
        return tax_add_request

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
    from ..models.tax_input import TaxInput  # noqa: PLC0415

    tax = TaxInput.from_dict(data)

    return tax


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("Tax", "tax", _wire_tax, "TaxInput"),
)
