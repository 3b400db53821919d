from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.multi_entity_action import MultiEntityAction
from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.multi_entity_filters import MultiEntityFilters


T = TypeVar("T", bound="MultiEntityQuery")


@_attrs_define
class MultiEntityQuery:
    """One query of a multi-entity request.

    Attributes:
        key (str): The entity's name as the v2 API spells it (`invoice`, `client`, `requisition`, ...).
        action (MultiEntityAction | None): `show` one record or `list` records.
        options (int | MultiEntityFilters | str): For `show`, the record's id (the documentation sends it as a string);
            for `list`, an object of plain `field: value` filters.
        data_level (int | Unset): How many related records to embed, as the level of single calls.
        alias (str | Unset): The name of this query's member in the answer; the entity name when left out.
    """

    key: str
    action: MultiEntityAction | None
    options: int | MultiEntityFilters | str
    data_level: int | Unset = UNSET
    alias: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.multi_entity_filters import MultiEntityFilters  # noqa: PLC0415

        key = self.key

        action: None | str
        if isinstance(self.action, MultiEntityAction):
            action = self.action.value
        else:
            action = self.action

        options: dict[str, Any] | int | str
        if isinstance(self.options, MultiEntityFilters):
            options = self.options.to_dict()
        else:
            options = self.options

        data_level = self.data_level

        alias = self.alias

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "action": action,
                "options": options,
            }
        )
        if data_level is not UNSET:
            field_dict["data_level"] = data_level
        if alias is not UNSET:
            field_dict["alias"] = alias

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.multi_entity_filters import MultiEntityFilters  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key")

        def _parse_action(data: object) -> MultiEntityAction | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                action_type_0 = MultiEntityAction(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MultiEntityAction | None, data)

        action = _parse_action(d.pop("action"))

        def _parse_options(data: object) -> int | MultiEntityFilters | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                options_type_2 = MultiEntityFilters.from_dict(data)

                return options_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | MultiEntityFilters | str, data)

        options = _parse_options(d.pop("options"))

        data_level = d.pop("data_level", UNSET)

        alias = d.pop("alias", UNSET)

        multi_entity_query = cls(
            key=key,
            action=action,
            options=options,
            data_level=data_level,
            alias=alias,
        )

        multi_entity_query.additional_properties = d
        return multi_entity_query

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


def _wire_action(data: Any) -> Any:
    def _parse_action(data: object) -> MultiEntityAction | None:
        if data is None:
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            action_type_0 = MultiEntityAction(data)

            return action_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(MultiEntityAction | None, data)

    action = _parse_action(data)

    return action


def _wire_options(data: Any) -> Any:
    from ..models.multi_entity_filters import MultiEntityFilters  # noqa: PLC0415

    def _parse_options(data: object) -> int | MultiEntityFilters | str:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            options_type_2 = MultiEntityFilters.from_dict(data)

            return options_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(int | MultiEntityFilters | str, data)

    options = _parse_options(data)

    return options


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("key", "key", None, None),
    ("action", "action", _wire_action, None),
    ("options", "options", _wire_options, None),
    ("data_level", "data_level", None, None),
    ("alias", "alias", None, None),
)
