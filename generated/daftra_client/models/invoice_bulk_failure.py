from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.validation_errors import ValidationErrors


T = TypeVar("T", bound="InvoiceBulkFailure")


@_attrs_define
class InvoiceBulkFailure:
    """The result for a bulk element that was refused; nothing was created for it.

    Attributes:
        result (Literal['failed']): Always `failed` here.
        code (int | str | Unset): An HTTP-like status for this element, usually 400.
        message (str | Unset): What went wrong.
        validation_errors (ValidationErrors | Unset): Field errors keyed by the field (or model) at fault. v1 answers
            usually give one message per field; a list of messages is accepted too.
    """

    result: Literal["failed"]
    code: int | str | Unset = UNSET
    message: str | Unset = UNSET
    validation_errors: ValidationErrors | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        result = self.result

        code: int | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        message = self.message

        validation_errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation_errors, Unset):
            validation_errors = self.validation_errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if validation_errors is not UNSET:
            field_dict["validation_errors"] = validation_errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validation_errors import ValidationErrors  # noqa: PLC0415

        d = dict(src_dict)
        result = cast(Literal["failed"], d.pop("result"))
        if result != "failed":
            raise ValueError(f"result must match const 'failed', got '{result}'")

        def _parse_code(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        message = d.pop("message", UNSET)

        _validation_errors = d.pop("validation_errors", UNSET)
        validation_errors: ValidationErrors | Unset
        if isinstance(_validation_errors, Unset):
            validation_errors = UNSET
        else:
            validation_errors = ValidationErrors.from_dict(_validation_errors)

        invoice_bulk_failure = cls(
            result=result,
            code=code,
            message=message,
            validation_errors=validation_errors,
        )

        invoice_bulk_failure.additional_properties = d
        return invoice_bulk_failure

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
    result = cast(Literal["failed"], data)
    if result != "failed":
        raise ValueError(f"result must match const 'failed', got '{result}'")
    return result


def _wire_validation_errors(data: Any) -> Any:
    from ..models.validation_errors import ValidationErrors  # noqa: PLC0415

    _validation_errors = data
    validation_errors: ValidationErrors | Unset
    if isinstance(_validation_errors, Unset):
        validation_errors = UNSET
    else:
        validation_errors = ValidationErrors.from_dict(_validation_errors)

    return validation_errors


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("result", "result", _wire_result, None),
    ("code", "code", None, None),
    ("message", "message", None, None),
    ("validation_errors", "validation_errors", _wire_validation_errors, "ValidationErrors"),
)
