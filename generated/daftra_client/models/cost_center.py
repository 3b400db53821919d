from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="CostCenter")


@_attrs_define
class CostCenter:
    """A cost centre. Daftra documents no read answer for this entity, so the fields are those of the documented request
    bodies and the record is kept open.

        Attributes:
            id (int | Unset): The cost centre's id.
            name (str | Unset): The cost centre's name.
            code (int | str | Unset): A code, unique in the account (a string on create, a number on change in the
                documentation).
            is_primary (int | str | Unset): `1` for a primary (top-level) centre, `0` for a child (string or number).
            cost_center_id (int | Unset): The parent centre; `0` for a primary one.
            cost_center_ids (None | str | Unset): The parent again, as a string (`"0"` for a primary one); the documentation
                does not explain it further.
            branch_id (int | None | Unset): The branch it belongs to.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    code: int | str | Unset = UNSET
    is_primary: int | str | Unset = UNSET
    cost_center_id: int | Unset = UNSET
    cost_center_ids: None | str | Unset = UNSET
    branch_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        code: int | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        is_primary: int | str | Unset
        if isinstance(self.is_primary, Unset):
            is_primary = UNSET
        else:
            is_primary = self.is_primary

        cost_center_id = self.cost_center_id

        cost_center_ids: None | str | Unset
        if isinstance(self.cost_center_ids, Unset):
            cost_center_ids = UNSET
        else:
            cost_center_ids = self.cost_center_ids

        branch_id: int | None | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if code is not UNSET:
            field_dict["code"] = code
        if is_primary is not UNSET:
            field_dict["is_primary"] = is_primary
        if cost_center_id is not UNSET:
            field_dict["cost_center_id"] = cost_center_id
        if cost_center_ids is not UNSET:
            field_dict["cost_center_ids"] = cost_center_ids
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_code(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_is_primary(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        is_primary = _parse_is_primary(d.pop("is_primary", UNSET))

        cost_center_id = d.pop("cost_center_id", UNSET)

        def _parse_cost_center_ids(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cost_center_ids = _parse_cost_center_ids(d.pop("cost_center_ids", UNSET))

        def _parse_branch_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        cost_center = cls(
            id=id,
            name=name,
            code=code,
            is_primary=is_primary,
            cost_center_id=cost_center_id,
            cost_center_ids=cost_center_ids,
            branch_id=branch_id,
        )

        cost_center.additional_properties = d
        return cost_center

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
    ("id", "id", None, None),
    ("name", "name", None, None),
    ("code", "code", None, None),
    ("is_primary", "is_primary", None, None),
    ("cost_center_id", "cost_center_id", None, None),
    ("cost_center_ids", "cost_center_ids", None, None),
    ("branch_id", "branch_id", None, None),
)
