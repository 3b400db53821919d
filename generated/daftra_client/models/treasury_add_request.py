from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.treasury_input import TreasuryInput


T = TypeVar("T", bound="TreasuryAddRequest")


@_attrs_define
class TreasuryAddRequest:
    """The body that creates a treasury.

    Attributes:
        treasury (TreasuryInput): A treasury as sent to create one, which requires `name` and `type`.
    """

    treasury: TreasuryInput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        treasury = self.treasury.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Treasury": treasury,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.treasury_input import TreasuryInput  # noqa: PLC0415

        d = dict(src_dict)
        treasury = TreasuryInput.from_dict(d.pop("Treasury"))

        treasury_add_request = cls(
            treasury=treasury,
        )

        treasury_add_request.additional_properties = d
        return treasury_add_request

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


def _wire_treasury(data: Any) -> Any:
    from ..models.treasury_input import TreasuryInput  # noqa: PLC0415

    treasury = TreasuryInput.from_dict(data)

    return treasury


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("Treasury", "treasury", _wire_treasury, "TreasuryInput"),
)
