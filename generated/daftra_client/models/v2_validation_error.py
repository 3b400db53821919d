from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.v2_validation_error_errors import V2ValidationErrorErrors


T = TypeVar("T", bound="V2ValidationError")


@_attrs_define
class V2ValidationError:
    """A v2 refusal with field errors.

    Attributes:
        message (str | Unset): What happened, in the account's language.
        errors (V2ValidationErrorErrors | Unset): Each field at fault with its messages.
    """

    message: str | Unset = UNSET
    errors: V2ValidationErrorErrors | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v2_validation_error_errors import V2ValidationErrorErrors  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: V2ValidationErrorErrors | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = V2ValidationErrorErrors.from_dict(_errors)

        v2_validation_error = cls(
            message=message,
            errors=errors,
        )

        v2_validation_error.additional_properties = d
        return v2_validation_error

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


def _wire_errors(data: Any) -> Any:
    from ..models.v2_validation_error_errors import V2ValidationErrorErrors  # noqa: PLC0415

    _errors = data
    errors: V2ValidationErrorErrors | Unset
    if isinstance(_errors, Unset):
        errors = UNSET
    else:
        errors = V2ValidationErrorErrors.from_dict(_errors)

    return errors


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("message", "message", None, None),
    ("errors", "errors", _wire_errors, "V2ValidationErrorErrors"),
)
