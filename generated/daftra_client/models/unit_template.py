from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag
from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.entity_branch import EntityBranch
    from ..models.entity_staff import EntityStaff
    from ..models.unit_template_factor import UnitTemplateFactor


T = TypeVar("T", bound="UnitTemplate")


@_attrs_define
class UnitTemplate:
    """A unit template: a base unit and the larger units defined as multiples of it, as read and written. At level 1 the
    record embeds its branch and the staff member who added it; the single read adds the larger units
    (`unit_templates_unit_factors`).

        Attributes:
            id (int): The template's id.
            template_name (str | Unset): The template's name.
            active (bool | Flag | None | Unset): Whether the template is in use (`1`) or not (`0`).
            main_unit_name (str | Unset): Name of the base unit, for example gram.
            unit_small_name (None | str | Unset): Short name of the base unit, for example g.
            branch_id (int | None | Unset): The branch it belongs to.
            staff_id (int | None | Unset): The staff member who added it.
            created (None | str | Unset): When the template was added (`YYYY-MM-DD HH:MM:SS`); may be null.
            modified (None | str | Unset): When the template last changed (`YYYY-MM-DD HH:MM:SS`); may be null.
            branch (EntityBranch | None | Unset): The branch, at level 1 and above.
            staff (EntityStaff | None | Unset): The staff member who added it, at level 1 and above.
            unit_templates_unit_factors (list[UnitTemplateFactor] | Unset): The larger units of the template.
    """

    id: int
    template_name: str | Unset = UNSET
    active: bool | Flag | None | Unset = UNSET
    main_unit_name: str | Unset = UNSET
    unit_small_name: None | str | Unset = UNSET
    branch_id: int | None | Unset = UNSET
    staff_id: int | None | Unset = UNSET
    created: None | str | Unset = UNSET
    modified: None | str | Unset = UNSET
    branch: EntityBranch | None | Unset = UNSET
    staff: EntityStaff | None | Unset = UNSET
    unit_templates_unit_factors: list[UnitTemplateFactor] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.entity_branch import EntityBranch  # noqa: PLC0415
        from ..models.entity_staff import EntityStaff  # noqa: PLC0415

        id = self.id

        template_name = self.template_name

        active: bool | int | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        elif isinstance(self.active, Flag):
            active = self.active.value
        else:
            active = self.active

        main_unit_name = self.main_unit_name

        unit_small_name: None | str | Unset
        if isinstance(self.unit_small_name, Unset):
            unit_small_name = UNSET
        else:
            unit_small_name = self.unit_small_name

        branch_id: int | None | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        staff_id: int | None | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

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

        branch: dict[str, Any] | None | Unset
        if isinstance(self.branch, Unset):
            branch = UNSET
        elif isinstance(self.branch, EntityBranch):
            branch = self.branch.to_dict()
        else:
            branch = self.branch

        staff: dict[str, Any] | None | Unset
        if isinstance(self.staff, Unset):
            staff = UNSET
        elif isinstance(self.staff, EntityStaff):
            staff = self.staff.to_dict()
        else:
            staff = self.staff

        unit_templates_unit_factors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.unit_templates_unit_factors, Unset):
            unit_templates_unit_factors = []
            for unit_templates_unit_factors_item_data in self.unit_templates_unit_factors:
                unit_templates_unit_factors_item = unit_templates_unit_factors_item_data.to_dict()
                unit_templates_unit_factors.append(unit_templates_unit_factors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if template_name is not UNSET:
            field_dict["template_name"] = template_name
        if active is not UNSET:
            field_dict["active"] = active
        if main_unit_name is not UNSET:
            field_dict["main_unit_name"] = main_unit_name
        if unit_small_name is not UNSET:
            field_dict["unit_small_name"] = unit_small_name
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified
        if branch is not UNSET:
            field_dict["branch"] = branch
        if staff is not UNSET:
            field_dict["staff"] = staff
        if unit_templates_unit_factors is not UNSET:
            field_dict["unit_templates_unit_factors"] = unit_templates_unit_factors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_branch import EntityBranch  # noqa: PLC0415
        from ..models.entity_staff import EntityStaff  # noqa: PLC0415
        from ..models.unit_template_factor import UnitTemplateFactor  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        template_name = d.pop("template_name", UNSET)

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

        main_unit_name = d.pop("main_unit_name", UNSET)

        def _parse_unit_small_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit_small_name = _parse_unit_small_name(d.pop("unit_small_name", UNSET))

        def _parse_branch_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        def _parse_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        staff_id = _parse_staff_id(d.pop("staff_id", UNSET))

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

        def _parse_branch(data: object) -> EntityBranch | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                branch_type_0 = EntityBranch.from_dict(data)

                return branch_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityBranch | None | Unset, data)

        branch = _parse_branch(d.pop("branch", UNSET))

        def _parse_staff(data: object) -> EntityStaff | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                staff_type_0 = EntityStaff.from_dict(data)

                return staff_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityStaff | None | Unset, data)

        staff = _parse_staff(d.pop("staff", UNSET))

        _unit_templates_unit_factors = d.pop("unit_templates_unit_factors", UNSET)
        unit_templates_unit_factors: list[UnitTemplateFactor] | Unset = UNSET
        if _unit_templates_unit_factors is not UNSET:
            unit_templates_unit_factors = []
            for unit_templates_unit_factors_item_data in _unit_templates_unit_factors:
                unit_templates_unit_factors_item = UnitTemplateFactor.from_dict(
                    unit_templates_unit_factors_item_data
                )

                unit_templates_unit_factors.append(unit_templates_unit_factors_item)

        unit_template = cls(
            id=id,
            template_name=template_name,
            active=active,
            main_unit_name=main_unit_name,
            unit_small_name=unit_small_name,
            branch_id=branch_id,
            staff_id=staff_id,
            created=created,
            modified=modified,
            branch=branch,
            staff=staff,
            unit_templates_unit_factors=unit_templates_unit_factors,
        )

        unit_template.additional_properties = d
        return unit_template

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


def _wire_branch(data: Any) -> Any:
    from ..models.entity_branch import EntityBranch  # noqa: PLC0415

    def _parse_branch(data: object) -> EntityBranch | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            branch_type_0 = EntityBranch.from_dict(data)

            return branch_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(EntityBranch | None | Unset, data)

    branch = _parse_branch(data)

    return branch


def _wire_staff(data: Any) -> Any:
    from ..models.entity_staff import EntityStaff  # noqa: PLC0415

    def _parse_staff(data: object) -> EntityStaff | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            staff_type_0 = EntityStaff.from_dict(data)

            return staff_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(EntityStaff | None | Unset, data)

    staff = _parse_staff(data)

    return staff


def _wire_unit_templates_unit_factors(data: Any) -> Any:
    from ..models.unit_template_factor import UnitTemplateFactor  # noqa: PLC0415

    _unit_templates_unit_factors = data
    unit_templates_unit_factors: list[UnitTemplateFactor] | Unset = UNSET
    if _unit_templates_unit_factors is not UNSET:
        unit_templates_unit_factors = []
        for unit_templates_unit_factors_item_data in _unit_templates_unit_factors:
            unit_templates_unit_factors_item = UnitTemplateFactor.from_dict(
                unit_templates_unit_factors_item_data
            )

            unit_templates_unit_factors.append(unit_templates_unit_factors_item)

    return unit_templates_unit_factors


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("template_name", "template_name", None, None),
    ("active", "active", _wire_active, None),
    ("main_unit_name", "main_unit_name", None, None),
    ("unit_small_name", "unit_small_name", None, None),
    ("branch_id", "branch_id", None, None),
    ("staff_id", "staff_id", None, None),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
    ("branch", "branch", _wire_branch, None),
    ("staff", "staff", _wire_staff, None),
    (
        "unit_templates_unit_factors",
        "unit_templates_unit_factors",
        _wire_unit_templates_unit_factors,
        "UnitTemplateFactor",
    ),
)
