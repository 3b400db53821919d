from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.employee_asset_page_payload import EmployeeAssetPagePayload


T = TypeVar("T", bound="EmployeeAssetPage")


@_attrs_define
class EmployeeAssetPage:
    """One page of employee assets, in this entity's own envelope (not the v2 paginator).

    Attributes:
        payload (EmployeeAssetPagePayload): The records, the paging state and the caller's permissions.
        version (None | str | Unset): The API version that answered (`v2`).
        message (None | str | Unset): A message; null on success.
    """

    payload: EmployeeAssetPagePayload
    version: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        payload = self.payload.to_dict()

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payload": payload,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.employee_asset_page_payload import EmployeeAssetPagePayload  # noqa: PLC0415

        d = dict(src_dict)
        payload = EmployeeAssetPagePayload.from_dict(d.pop("payload"))

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        employee_asset_page = cls(
            payload=payload,
            version=version,
            message=message,
        )

        employee_asset_page.additional_properties = d
        return employee_asset_page

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


def _wire_payload(data: Any) -> Any:
    from ..models.employee_asset_page_payload import EmployeeAssetPagePayload  # noqa: PLC0415

    payload = EmployeeAssetPagePayload.from_dict(data)

    return payload


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("payload", "payload", _wire_payload, "EmployeeAssetPagePayload"),
    ("version", "version", None, None),
    ("message", "message", None, None),
)
