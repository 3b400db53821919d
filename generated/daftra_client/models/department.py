from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag
from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.department_manager import DepartmentManager


T = TypeVar("T", bound="Department")


@_attrs_define
class Department:
    """A department of the HR module, as read and written. `managers` is what a create or change sends; reads return the
    managers as `department_managers` rows.

        Attributes:
            id (int): The department's id.
            name (str | Unset): The department's name; unique in the account.
            description (None | str | Unset): A description of the department.
            active (bool | Flag | None | Unset): Whether the department is in use (`1`) or not (`0`).
            abbr (None | str | Unset): A short code for the department; unique in the account.
            branch_id (int | None | Unset): The branch; sent when creating, not read back in the documented answers.
            managers (list[int | str] | Unset): Ids of the staff members who manage the department.
            department_managers (list[DepartmentManager] | None | Unset): The department's managers, one row per manager.
            created (None | str | Unset): When the department was added (`YYYY-MM-DD HH:MM:SS`).
            modified (None | str | Unset): When the department last changed (`YYYY-MM-DD HH:MM:SS`).
    """

    id: int
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    active: bool | Flag | None | Unset = UNSET
    abbr: None | str | Unset = UNSET
    branch_id: int | None | Unset = UNSET
    managers: list[int | str] | Unset = UNSET
    department_managers: list[DepartmentManager] | None | Unset = UNSET
    created: None | str | Unset = UNSET
    modified: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        active: bool | int | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        elif isinstance(self.active, Flag):
            active = self.active.value
        else:
            active = self.active

        abbr: None | str | Unset
        if isinstance(self.abbr, Unset):
            abbr = UNSET
        else:
            abbr = self.abbr

        branch_id: int | None | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        managers: list[int | str] | Unset = UNSET
        if not isinstance(self.managers, Unset):
            managers = []
            for managers_item_data in self.managers:
                managers_item: int | str
                managers_item = managers_item_data
                managers.append(managers_item)

        department_managers: list[dict[str, Any]] | None | Unset
        if isinstance(self.department_managers, Unset):
            department_managers = UNSET
        elif isinstance(self.department_managers, list):
            department_managers = []
            for department_managers_type_0_item_data in self.department_managers:
                department_managers_type_0_item = department_managers_type_0_item_data.to_dict()
                department_managers.append(department_managers_type_0_item)

        else:
            department_managers = self.department_managers

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        modified: None | str | Unset
        if isinstance(self.modified, Unset):
            modified = UNSET
        else:
            modified = self.modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if active is not UNSET:
            field_dict["active"] = active
        if abbr is not UNSET:
            field_dict["abbr"] = abbr
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if managers is not UNSET:
            field_dict["managers"] = managers
        if department_managers is not UNSET:
            field_dict["department_managers"] = department_managers
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.department_manager import DepartmentManager  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_active(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                active_type_1 = Flag(data)

                return active_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_abbr(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        abbr = _parse_abbr(d.pop("abbr", UNSET))

        def _parse_branch_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        _managers = d.pop("managers", UNSET)
        managers: list[int | str] | Unset = UNSET
        if _managers is not UNSET:
            managers = []
            for managers_item_data in _managers:

                def _parse_managers_item(data: object) -> int | str:
                    return cast(int | str, data)

                managers_item = _parse_managers_item(managers_item_data)

                managers.append(managers_item)

        def _parse_department_managers(data: object) -> list[DepartmentManager] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                department_managers_type_0 = []
                _department_managers_type_0 = data
                for department_managers_type_0_item_data in _department_managers_type_0:
                    department_managers_type_0_item = DepartmentManager.from_dict(
                        department_managers_type_0_item_data
                    )

                    department_managers_type_0.append(department_managers_type_0_item)

                return department_managers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DepartmentManager] | None | Unset, data)

        department_managers = _parse_department_managers(d.pop("department_managers", UNSET))

        def _parse_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_modified(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        modified = _parse_modified(d.pop("modified", UNSET))

        department = cls(
            id=id,
            name=name,
            description=description,
            active=active,
            abbr=abbr,
            branch_id=branch_id,
            managers=managers,
            department_managers=department_managers,
            created=created,
            modified=modified,
        )

        department.additional_properties = d
        return department

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


def _wire_active(data: Any) -> Any:
    def _parse_active(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            active_type_1 = Flag(data)

            return active_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    active = _parse_active(data)

    return active


def _wire_managers(data: Any) -> Any:
    _managers = data
    managers: list[int | str] | Unset = UNSET
    if _managers is not UNSET:
        managers = []
        for managers_item_data in _managers:

            def _parse_managers_item(data: object) -> int | str:
                return cast(int | str, data)

            managers_item = _parse_managers_item(managers_item_data)

            managers.append(managers_item)

    return managers


def _wire_department_managers(data: Any) -> Any:
    from ..models.department_manager import DepartmentManager  # noqa: PLC0415

    def _parse_department_managers(data: object) -> list[DepartmentManager] | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, list):
                raise TypeError()
            department_managers_type_0 = []
            _department_managers_type_0 = data
            for department_managers_type_0_item_data in _department_managers_type_0:
                department_managers_type_0_item = DepartmentManager.from_dict(
                    department_managers_type_0_item_data
                )

                department_managers_type_0.append(department_managers_type_0_item)

            return department_managers_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(list[DepartmentManager] | None | Unset, data)

    department_managers = _parse_department_managers(data)

    return department_managers


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("name", "name", None, None),
    ("description", "description", None, None),
    ("active", "active", _wire_active, None),
    ("abbr", "abbr", None, None),
    ("branch_id", "branch_id", None, None),
    ("managers", "managers", _wire_managers, None),
    ("department_managers", "department_managers", _wire_department_managers, None),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
)
