from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="InvoiceBulkSuccess")


@_attrs_define
class InvoiceBulkSuccess:
    """The result for a bulk element that became an invoice.

    Attributes:
        result (Literal['successful']): Always `successful` here.
        id (int | str): The new invoice's id; Daftra may send it as a numeric string.
        code (int | str | Unset): 202 for a created invoice.
        invoice_number (str | Unset): The number the new invoice received.
        invoice_pos_html (None | str | Unset): The point-of-sale receipt as HTML; only for POS sales.
    """

    result: Literal["successful"]
    id: int | str
    code: int | str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    invoice_pos_html: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        result = self.result

        id: int | str
        id = self.id

        code: int | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        invoice_number = self.invoice_number

        invoice_pos_html: None | str | Unset
        if isinstance(self.invoice_pos_html, Unset):
            invoice_pos_html = UNSET
        else:
            invoice_pos_html = self.invoice_pos_html

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
                "id": id,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if invoice_pos_html is not UNSET:
            field_dict["invoice_pos_html"] = invoice_pos_html

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        result = cast(Literal["successful"], d.pop("result"))
        if result != "successful":
            raise ValueError(f"result must match const 'successful', got '{result}'")

        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(d.pop("id"))

        def _parse_code(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        invoice_number = d.pop("invoice_number", UNSET)

        def _parse_invoice_pos_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_pos_html = _parse_invoice_pos_html(d.pop("invoice_pos_html", UNSET))

        invoice_bulk_success = cls(
            result=result,
            id=id,
            code=code,
            invoice_number=invoice_number,
            invoice_pos_html=invoice_pos_html,
        )

        invoice_bulk_success.additional_properties = d
        return invoice_bulk_success

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


def _wire_result(data: Any) -> Any:
    result = cast(Literal["successful"], data)
    if result != "successful":
        raise ValueError(f"result must match const 'successful', got '{result}'")
    return result


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("result", "result", _wire_result, None),
    ("id", "id", None, None),
    ("code", "code", None, None),
    ("invoice_number", "invoice_number", None, None),
    ("invoice_pos_html", "invoice_pos_html", None, None),
)
