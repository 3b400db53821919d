from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.staff import Staff


T = TypeVar("T", bound="StaffView")


@_attrs_define
class StaffView:
    """One staff member.

    Attributes:
        staff (Staff): A staff member, as read back. The v1 API only reads staff, so every field here is informational.
    """

    staff: Staff
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        staff = self.staff.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Staff": staff,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.staff import Staff  # noqa: PLC0415

        d = dict(src_dict)
        staff = Staff.from_dict(d.pop("Staff"))

        staff_view = cls(
            staff=staff,
        )

        staff_view.additional_properties = d
        return staff_view

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


def _wire_staff(data: Any) -> Any:
    from ..models.staff import Staff  # noqa: PLC0415

    staff = Staff.from_dict(data)

    return staff


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("Staff", "staff", _wire_staff, "Staff"),
)
