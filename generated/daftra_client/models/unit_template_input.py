from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag
from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.unit_template_factor_input import UnitTemplateFactorInput


T = TypeVar("T", bound="UnitTemplateInput")


@_attrs_define
class UnitTemplateInput:
    """The body that creates or changes a unit template, with its larger units.

    Attributes:
        template_name (str): The template's name.
        active (bool | Flag | None): `1` in use, `0` not.
        main_unit_name (str): Name of the base unit.
        unit_small_name (str): Short name of the base unit.
        branch_id (int): The branch.
        staff_id (int): The staff member adding it.
        unit_templates_unit_factors (list[UnitTemplateFactorInput]): The larger units. On a change, units sent with
            their `id` are updated; what happens to units left out is not documented.
        id (int | Unset): The record's id; on a change, the same id as in the path.
    """

    template_name: str
    active: bool | Flag | None
    main_unit_name: str
    unit_small_name: str
    branch_id: int
    staff_id: int
    unit_templates_unit_factors: list[UnitTemplateFactorInput]
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        template_name = self.template_name

        active: bool | int | None
        if isinstance(self.active, Flag):
            active = self.active.value
        else:
            active = self.active

        main_unit_name = self.main_unit_name

        unit_small_name = self.unit_small_name

        branch_id = self.branch_id

        staff_id = self.staff_id

        unit_templates_unit_factors = []
        for unit_templates_unit_factors_item_data in self.unit_templates_unit_factors:
            unit_templates_unit_factors_item = unit_templates_unit_factors_item_data.to_dict()
            unit_templates_unit_factors.append(unit_templates_unit_factors_item)

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "template_name": template_name,
                "active": active,
                "main_unit_name": main_unit_name,
                "unit_small_name": unit_small_name,
                "branch_id": branch_id,
                "staff_id": staff_id,
                "unit_templates_unit_factors": unit_templates_unit_factors,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unit_template_factor_input import UnitTemplateFactorInput  # noqa: PLC0415

        d = dict(src_dict)
        template_name = d.pop("template_name")

        def _parse_active(data: object) -> bool | Flag | None:
            if data is None:
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                active_type_1 = Flag(data)

                return active_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None, data)

        active = _parse_active(d.pop("active"))

        main_unit_name = d.pop("main_unit_name")

        unit_small_name = d.pop("unit_small_name")

        branch_id = d.pop("branch_id")

        staff_id = d.pop("staff_id")

        unit_templates_unit_factors = []
        _unit_templates_unit_factors = d.pop("unit_templates_unit_factors")
        for unit_templates_unit_factors_item_data in _unit_templates_unit_factors:
            unit_templates_unit_factors_item = UnitTemplateFactorInput.from_dict(
                unit_templates_unit_factors_item_data
            )

            unit_templates_unit_factors.append(unit_templates_unit_factors_item)

        id = d.pop("id", UNSET)

        unit_template_input = cls(
            template_name=template_name,
            active=active,
            main_unit_name=main_unit_name,
            unit_small_name=unit_small_name,
            branch_id=branch_id,
            staff_id=staff_id,
            unit_templates_unit_factors=unit_templates_unit_factors,
            id=id,
        )

        unit_template_input.additional_properties = d
        return unit_template_input

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
    def _parse_active(data: object) -> bool | Flag | None:
        if data is None:
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            active_type_1 = Flag(data)

            return active_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None, data)

    active = _parse_active(data)

    return active


def _wire_unit_templates_unit_factors(data: Any) -> Any:
    from ..models.unit_template_factor_input import UnitTemplateFactorInput  # noqa: PLC0415

    unit_templates_unit_factors = []
    _unit_templates_unit_factors = data
    for unit_templates_unit_factors_item_data in _unit_templates_unit_factors:
        unit_templates_unit_factors_item = UnitTemplateFactorInput.from_dict(
            unit_templates_unit_factors_item_data
        )

        unit_templates_unit_factors.append(unit_templates_unit_factors_item)

    return unit_templates_unit_factors


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("template_name", "template_name", None, None),
    ("active", "active", _wire_active, None),
    ("main_unit_name", "main_unit_name", None, None),
    ("unit_small_name", "unit_small_name", None, None),
    ("branch_id", "branch_id", None, None),
    ("staff_id", "staff_id", None, None),
    (
        "unit_templates_unit_factors",
        "unit_templates_unit_factors",
        _wire_unit_templates_unit_factors,
        "UnitTemplateFactorInput",
    ),
    ("id", "id", None, None),
)
