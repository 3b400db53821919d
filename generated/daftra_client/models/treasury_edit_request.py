from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.treasury import Treasury


T = TypeVar("T", bound="TreasuryEditRequest")


@_attrs_define
class TreasuryEditRequest:
    """The body that changes a treasury; nothing is required.

    Attributes:
        treasury (Treasury | Unset): A treasury (cash box) or bank account, as sent when creating or changing one and as
            read back. Fields marked read-only are kept by Daftra and ignored when sent.
    """

    treasury: Treasury | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        treasury: dict[str, Any] | Unset = UNSET
        if not isinstance(self.treasury, Unset):
            treasury = self.treasury.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if treasury is not UNSET:
            field_dict["Treasury"] = treasury

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.treasury import Treasury  # noqa: PLC0415

        d = dict(src_dict)
        _treasury = d.pop("Treasury", UNSET)
        treasury: Treasury | Unset
        if isinstance(_treasury, Unset):
            treasury = UNSET
        else:
            treasury = Treasury.from_dict(_treasury)

        treasury_edit_request = cls(
            treasury=treasury,
        )

        treasury_edit_request.additional_properties = d
        return treasury_edit_request

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
    from ..models.treasury import Treasury  # noqa: PLC0415

    _treasury = data
    treasury: Treasury | Unset
    if isinstance(_treasury, Unset):
        treasury = UNSET
    else:
        treasury = Treasury.from_dict(_treasury)

    return treasury


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("Treasury", "treasury", _wire_treasury, "Treasury"),
)
