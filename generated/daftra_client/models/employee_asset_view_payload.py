from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.employee_asset import EmployeeAsset


T = TypeVar("T", bound="EmployeeAssetViewPayload")


@_attrs_define
class EmployeeAssetViewPayload:
    """The record.

    Attributes:
        data (EmployeeAsset): An asset of the Employee Asset module, as read. Reads give a presentation-oriented view
            (related records reduced to id and name, permission flags); writes use the ids in `EmployeeAssetInput`.
    """

    data: EmployeeAsset
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.employee_asset import EmployeeAsset  # noqa: PLC0415

        d = dict(src_dict)
        data = EmployeeAsset.from_dict(d.pop("data"))

        employee_asset_view_payload = cls(
            data=data,
        )

        employee_asset_view_payload.additional_properties = d
        return employee_asset_view_payload

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


def _wire_data(data: Any) -> Any:
    from ..models.employee_asset import EmployeeAsset  # noqa: PLC0415

    data = EmployeeAsset.from_dict(data)

    return data


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("data", "data", _wire_data, "EmployeeAsset"),
)
