from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.entity_staff import EntityStaff


T = TypeVar("T", bound="DepartmentManager")


@_attrs_define
class DepartmentManager:
    """One manager of a department.

    Attributes:
        id (int | Unset): The row's id.
        manager_id (int | Unset): The managing staff member's id.
        department_id (int | Unset): The department managed.
        manager_department (EntityStaff | None | Unset): The managing staff member.
    """

    id: int | Unset = UNSET
    manager_id: int | Unset = UNSET
    department_id: int | Unset = UNSET
    manager_department: EntityStaff | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.entity_staff import EntityStaff  # noqa: PLC0415

        id = self.id

        manager_id = self.manager_id

        department_id = self.department_id

        manager_department: dict[str, Any] | None | Unset
        if isinstance(self.manager_department, Unset):
            manager_department = UNSET
        elif isinstance(self.manager_department, EntityStaff):
            manager_department = self.manager_department.to_dict()
        else:
            manager_department = self.manager_department

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if manager_id is not UNSET:
            field_dict["manager_id"] = manager_id
        if department_id is not UNSET:
            field_dict["department_id"] = department_id
        if manager_department is not UNSET:
            field_dict["manager_department"] = manager_department

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_staff import EntityStaff  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        manager_id = d.pop("manager_id", UNSET)

        department_id = d.pop("department_id", UNSET)

        def _parse_manager_department(data: object) -> EntityStaff | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                manager_department_type_0 = EntityStaff.from_dict(data)

                return manager_department_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityStaff | None | Unset, data)

        manager_department = _parse_manager_department(d.pop("manager_department", UNSET))

        department_manager = cls(
            id=id,
            manager_id=manager_id,
            department_id=department_id,
            manager_department=manager_department,
        )

        department_manager.additional_properties = d
        return department_manager

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


def _wire_manager_department(data: Any) -> Any:
    from ..models.entity_staff import EntityStaff  # noqa: PLC0415

    def _parse_manager_department(data: object) -> EntityStaff | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            manager_department_type_0 = EntityStaff.from_dict(data)

            return manager_department_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(EntityStaff | None | Unset, data)

    manager_department = _parse_manager_department(data)

    return manager_department


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("manager_id", "manager_id", None, None),
    ("department_id", "department_id", None, None),
    ("manager_department", "manager_department", _wire_manager_department, None),
)
