from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.validation_errors import ValidationErrors


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """The answer when a request is refused or fails.

    Attributes:
        result (str | Unset): `failed`.
        code (int | Unset): The HTTP status again.
        message (str | Unset): What went wrong, in the account's language.
        validation_errors (ValidationErrors | Unset): Field errors keyed by the field (or model) at fault. v1 answers
            usually give one message per field; a list of messages is accepted too.
    """

    result: str | Unset = UNSET
    code: int | Unset = UNSET
    message: str | Unset = UNSET
    validation_errors: ValidationErrors | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        result = self.result

        code = self.code

        message = self.message

        validation_errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation_errors, Unset):
            validation_errors = self.validation_errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result is not UNSET:
            field_dict["result"] = result
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
        result = d.pop("result", UNSET)

        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        _validation_errors = d.pop("validation_errors", UNSET)
        validation_errors: ValidationErrors | Unset
        if isinstance(_validation_errors, Unset):
            validation_errors = UNSET
        else:
            validation_errors = ValidationErrors.from_dict(_validation_errors)

        error_response = cls(
            result=result,
            code=code,
            message=message,
            validation_errors=validation_errors,
        )

        error_response.additional_properties = d
        return error_response

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
    ("result", "result", None, None),
    ("code", "code", None, None),
    ("message", "message", None, None),
    ("validation_errors", "validation_errors", _wire_validation_errors, "ValidationErrors"),
)
