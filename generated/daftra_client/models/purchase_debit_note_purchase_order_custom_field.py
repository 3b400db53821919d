from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.purchase_debit_note_custom_field import PurchaseDebitNoteCustomField


T = TypeVar("T", bound="PurchaseDebitNotePurchaseOrderCustomField")


@_attrs_define
class PurchaseDebitNotePurchaseOrderCustomField:
    """Custom field values keyed `"0"`, `"1"`, ...; each a label and a value."""

    additional_properties: dict[str, PurchaseDebitNoteCustomField] = _attrs_field(
        init=False, factory=dict
    )

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase_debit_note_custom_field import (
            PurchaseDebitNoteCustomField,  # noqa: PLC0415
        )

        d = dict(src_dict)
        purchase_debit_note_purchase_order_custom_field = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = PurchaseDebitNoteCustomField.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        purchase_debit_note_purchase_order_custom_field.additional_properties = (
            additional_properties
        )
        return purchase_debit_note_purchase_order_custom_field

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> PurchaseDebitNoteCustomField:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: PurchaseDebitNoteCustomField) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = ()
