from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="CostCenterInput")


@_attrs_define
class CostCenterInput:
    """The body that creates or changes a cost centre.

    Attributes:
        name (str): The cost centre's name.
        code (int | str): A code, unique in the account (a string on create, a number on change in the documentation).
        is_primary (int | str): `1` for a primary (top-level) centre, `0` for a child (string or number).
        cost_center_id (int): The parent centre; `0` for a primary one.
        cost_center_ids (None | str): The parent again, as a string (`"0"` for a primary one); the documentation does
            not explain it further.
        branch_id (int | None): The branch it belongs to.
        id (int | Unset): The cost centre's id.
    """

    name: str
    code: int | str
    is_primary: int | str
    cost_center_id: int
    cost_center_ids: None | str
    branch_id: int | None
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        code: int | str
        code = self.code

        is_primary: int | str
        is_primary = self.is_primary

        cost_center_id = self.cost_center_id

        cost_center_ids: None | str
        cost_center_ids = self.cost_center_ids

        branch_id: int | None
        branch_id = self.branch_id

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "code": code,
                "is_primary": is_primary,
                "cost_center_id": cost_center_id,
                "cost_center_ids": cost_center_ids,
                "branch_id": branch_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_code(data: object) -> int | str:
            return cast(int | str, data)

        code = _parse_code(d.pop("code"))

        def _parse_is_primary(data: object) -> int | str:
            return cast(int | str, data)

        is_primary = _parse_is_primary(d.pop("is_primary"))

        cost_center_id = d.pop("cost_center_id")

        def _parse_cost_center_ids(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cost_center_ids = _parse_cost_center_ids(d.pop("cost_center_ids"))

        def _parse_branch_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        branch_id = _parse_branch_id(d.pop("branch_id"))

        id = d.pop("id", UNSET)

        cost_center_input = cls(
            name=name,
            code=code,
            is_primary=is_primary,
            cost_center_id=cost_center_id,
            cost_center_ids=cost_center_ids,
            branch_id=branch_id,
            id=id,
        )

        cost_center_input.additional_properties = d
        return cost_center_input

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


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("name", "name", None, None),
    ("code", "code", None, None),
    ("is_primary", "is_primary", None, None),
    ("cost_center_id", "cost_center_id", None, None),
    ("cost_center_ids", "cost_center_ids", None, None),
    ("branch_id", "branch_id", None, None),
    ("id", "id", None, None),
)
