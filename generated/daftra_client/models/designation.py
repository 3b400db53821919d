from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag
from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="Designation")


@_attrs_define
class Designation:
    """A job title (designation) of the HR module, as read and written.

    Attributes:
        id (int): The designation's id.
        name (str | Unset): The job title.
        description (None | str | Unset): A description of the job.
        active (bool | Flag | None | Unset): Whether the designation is in use (`1`) or not (`0`).
        role_id (int | None | Unset): The staff role linked to the designation; `0` when none.
        department_id (int | None | Unset): The department the designation belongs to (v2 entity `department`).
        branch_id (int | None | Unset): The branch the designation belongs to; sent when creating, not read back in the
            documented answers.
        employment_type_id (int | None | Unset): Default employment type (v2 entity `employment_type`).
        employment_level_id (int | None | Unset): Default employment level.
        salary_structure_id (int | None | Unset): Default salary structure.
        payroll_frequency (None | str | Unset): Default payroll frequency; the documentation only shows null.
        currency_code (None | str | Unset): Salary currency (ISO 4217).
        created (None | str | Unset): When the designation was added (`YYYY-MM-DD HH:MM:SS`).
        modified (None | str | Unset): When the designation last changed (`YYYY-MM-DD HH:MM:SS`).
    """

    id: int
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    active: bool | Flag | None | Unset = UNSET
    role_id: int | None | Unset = UNSET
    department_id: int | None | Unset = UNSET
    branch_id: int | None | Unset = UNSET
    employment_type_id: int | None | Unset = UNSET
    employment_level_id: int | None | Unset = UNSET
    salary_structure_id: int | None | Unset = UNSET
    payroll_frequency: None | str | Unset = UNSET
    currency_code: None | str | Unset = UNSET
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

        role_id: int | None | Unset
        if isinstance(self.role_id, Unset):
            role_id = UNSET
        else:
            role_id = self.role_id

        department_id: int | None | Unset
        if isinstance(self.department_id, Unset):
            department_id = UNSET
        else:
            department_id = self.department_id

        branch_id: int | None | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        employment_type_id: int | None | Unset
        if isinstance(self.employment_type_id, Unset):
            employment_type_id = UNSET
        else:
            employment_type_id = self.employment_type_id

        employment_level_id: int | None | Unset
        if isinstance(self.employment_level_id, Unset):
            employment_level_id = UNSET
        else:
            employment_level_id = self.employment_level_id

        salary_structure_id: int | None | Unset
        if isinstance(self.salary_structure_id, Unset):
            salary_structure_id = UNSET
        else:
            salary_structure_id = self.salary_structure_id

        payroll_frequency: None | str | Unset
        if isinstance(self.payroll_frequency, Unset):
            payroll_frequency = UNSET
        else:
            payroll_frequency = self.payroll_frequency

        currency_code: None | str | Unset
        if isinstance(self.currency_code, Unset):
            currency_code = UNSET
        else:
            currency_code = self.currency_code

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
        if role_id is not UNSET:
            field_dict["role_id"] = role_id
        if department_id is not UNSET:
            field_dict["department_id"] = department_id
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if employment_type_id is not UNSET:
            field_dict["employment_type_id"] = employment_type_id
        if employment_level_id is not UNSET:
            field_dict["employment_level_id"] = employment_level_id
        if salary_structure_id is not UNSET:
            field_dict["salary_structure_id"] = salary_structure_id
        if payroll_frequency is not UNSET:
            field_dict["payroll_frequency"] = payroll_frequency
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        def _parse_role_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        role_id = _parse_role_id(d.pop("role_id", UNSET))

        def _parse_department_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        department_id = _parse_department_id(d.pop("department_id", UNSET))

        def _parse_branch_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        def _parse_employment_type_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        employment_type_id = _parse_employment_type_id(d.pop("employment_type_id", UNSET))

        def _parse_employment_level_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        employment_level_id = _parse_employment_level_id(d.pop("employment_level_id", UNSET))

        def _parse_salary_structure_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        salary_structure_id = _parse_salary_structure_id(d.pop("salary_structure_id", UNSET))

        def _parse_payroll_frequency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payroll_frequency = _parse_payroll_frequency(d.pop("payroll_frequency", UNSET))

        def _parse_currency_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency_code = _parse_currency_code(d.pop("currency_code", UNSET))

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

        designation = cls(
            id=id,
            name=name,
            description=description,
            active=active,
            role_id=role_id,
            department_id=department_id,
            branch_id=branch_id,
            employment_type_id=employment_type_id,
            employment_level_id=employment_level_id,
            salary_structure_id=salary_structure_id,
            payroll_frequency=payroll_frequency,
            currency_code=currency_code,
            created=created,
            modified=modified,
        )

        designation.additional_properties = d
        return designation

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


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("name", "name", None, None),
    ("description", "description", None, None),
    ("active", "active", _wire_active, None),
    ("role_id", "role_id", None, None),
    ("department_id", "department_id", None, None),
    ("branch_id", "branch_id", None, None),
    ("employment_type_id", "employment_type_id", None, None),
    ("employment_level_id", "employment_level_id", None, None),
    ("salary_structure_id", "salary_structure_id", None, None),
    ("payroll_frequency", "payroll_frequency", None, None),
    ("currency_code", "currency_code", None, None),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
)
