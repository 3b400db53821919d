from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag
from ..models.journal_account_entity_type import JournalAccountEntityType
from ..models.journal_account_type import JournalAccountType
from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="JournalCat")


@_attrs_define
class JournalCat:
    """A category (account group) of the chart of accounts, as sent and as read back.
    Creating one needs `name` and `type` (see `JournalCatInput`).

        Attributes:
            id (int | Unset): The category's id.
            code (None | str | Unset): The category's code in the chart of accounts.
            name (None | str | Unset): The category's name.
            type_ (JournalAccountType | None | str | Unset): The category's type, `"0"` or `"1"` (meaning not documented).
            journal_cat_id (int | None | str | Unset): The parent category (documented as a string).
            parent_cat_ids (None | str | Unset): The ids of all categories above this one, comma-separated (`1,5`).
            staff_id (int | None | Unset): The staff member who created the category; `0` is the account owner.
            total_debit (Decimal | None | Unset): Everything debited to the category's accounts so far.
            total_credit (Decimal | None | Unset): Everything credited to the category's accounts so far.
            entity_type (JournalAccountEntityType | None | str | Unset): The kind of record the category stands for, when
                Daftra keeps it for one.
            entity_id (int | None | str | Unset): The id of that record (documented as a string).
            is_recalculated (bool | Flag | None | Unset): Whether the totals have been recalculated (`0`/`1`).
            last_transaction_update (None | str | Unset): When a line last touched the category (`YYYY-MM-DD HH:MM:SS`).
            disabled (bool | Flag | None | Unset): Whether the category is disabled (`0`/`1`).
            color (None | str | Unset): A display colour; deprecated.
            created (str | Unset): When the category was created (`YYYY-MM-DD HH:MM:SS`).
            modified (str | Unset): When the category last changed (`YYYY-MM-DD HH:MM:SS`).
    """

    id: int | Unset = UNSET
    code: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    type_: JournalAccountType | None | str | Unset = UNSET
    journal_cat_id: int | None | str | Unset = UNSET
    parent_cat_ids: None | str | Unset = UNSET
    staff_id: int | None | Unset = UNSET
    total_debit: Decimal | None | Unset = UNSET
    total_credit: Decimal | None | Unset = UNSET
    entity_type: JournalAccountEntityType | None | str | Unset = UNSET
    entity_id: int | None | str | Unset = UNSET
    is_recalculated: bool | Flag | None | Unset = UNSET
    last_transaction_update: None | str | Unset = UNSET
    disabled: bool | Flag | None | Unset = UNSET
    color: None | str | Unset = UNSET
    created: str | Unset = UNSET
    modified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, JournalAccountType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        journal_cat_id: int | None | str | Unset
        if isinstance(self.journal_cat_id, Unset):
            journal_cat_id = UNSET
        else:
            journal_cat_id = self.journal_cat_id

        parent_cat_ids: None | str | Unset
        if isinstance(self.parent_cat_ids, Unset):
            parent_cat_ids = UNSET
        else:
            parent_cat_ids = self.parent_cat_ids

        staff_id: int | None | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

        total_debit = self.total_debit

        total_credit = self.total_credit

        entity_type: None | str | Unset
        if isinstance(self.entity_type, Unset):
            entity_type = UNSET
        elif isinstance(self.entity_type, JournalAccountEntityType):
            entity_type = self.entity_type.value
        else:
            entity_type = self.entity_type

        entity_id: int | None | str | Unset
        if isinstance(self.entity_id, Unset):
            entity_id = UNSET
        else:
            entity_id = self.entity_id

        is_recalculated: bool | int | None | Unset
        if isinstance(self.is_recalculated, Unset):
            is_recalculated = UNSET
        elif isinstance(self.is_recalculated, Flag):
            is_recalculated = self.is_recalculated.value
        else:
            is_recalculated = self.is_recalculated

        last_transaction_update: None | str | Unset
        if isinstance(self.last_transaction_update, Unset):
            last_transaction_update = UNSET
        else:
            last_transaction_update = self.last_transaction_update

        disabled: bool | int | None | Unset
        if isinstance(self.disabled, Unset):
            disabled = UNSET
        elif isinstance(self.disabled, Flag):
            disabled = self.disabled.value
        else:
            disabled = self.disabled

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        created = self.created

        modified = self.modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if journal_cat_id is not UNSET:
            field_dict["journal_cat_id"] = journal_cat_id
        if parent_cat_ids is not UNSET:
            field_dict["parent_cat_ids"] = parent_cat_ids
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if total_debit is not UNSET:
            field_dict["total_debit"] = total_debit
        if total_credit is not UNSET:
            field_dict["total_credit"] = total_credit
        if entity_type is not UNSET:
            field_dict["entity_type"] = entity_type
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if is_recalculated is not UNSET:
            field_dict["is_recalculated"] = is_recalculated
        if last_transaction_update is not UNSET:
            field_dict["last_transaction_update"] = last_transaction_update
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if color is not UNSET:
            field_dict["color"] = color
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_type_(data: object) -> JournalAccountType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = JournalAccountType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JournalAccountType | None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_journal_cat_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        journal_cat_id = _parse_journal_cat_id(d.pop("journal_cat_id", UNSET))

        def _parse_parent_cat_ids(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_cat_ids = _parse_parent_cat_ids(d.pop("parent_cat_ids", UNSET))

        def _parse_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        staff_id = _parse_staff_id(d.pop("staff_id", UNSET))

        total_debit = decimal_from_json(d.pop("total_debit", UNSET), ("number",))

        total_credit = decimal_from_json(d.pop("total_credit", UNSET), ("number",))

        def _parse_entity_type(data: object) -> JournalAccountEntityType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                entity_type_type_0 = JournalAccountEntityType(data)

                return entity_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JournalAccountEntityType | None | str | Unset, data)

        entity_type = _parse_entity_type(d.pop("entity_type", UNSET))

        def _parse_entity_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        entity_id = _parse_entity_id(d.pop("entity_id", UNSET))

        def _parse_is_recalculated(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                is_recalculated_type_1 = Flag(data)

                return is_recalculated_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        is_recalculated = _parse_is_recalculated(d.pop("is_recalculated", UNSET))

        def _parse_last_transaction_update(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_transaction_update = _parse_last_transaction_update(
            d.pop("last_transaction_update", UNSET)
        )

        def _parse_disabled(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                disabled_type_1 = Flag(data)

                return disabled_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        disabled = _parse_disabled(d.pop("disabled", UNSET))

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        created = d.pop("created", UNSET)

        modified = d.pop("modified", UNSET)

        journal_cat = cls(
            id=id,
            code=code,
            name=name,
            type_=type_,
            journal_cat_id=journal_cat_id,
            parent_cat_ids=parent_cat_ids,
            staff_id=staff_id,
            total_debit=total_debit,
            total_credit=total_credit,
            entity_type=entity_type,
            entity_id=entity_id,
            is_recalculated=is_recalculated,
            last_transaction_update=last_transaction_update,
            disabled=disabled,
            color=color,
            created=created,
            modified=modified,
        )

        journal_cat.additional_properties = d
        return journal_cat

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


def _wire_type_(data: Any) -> Any:
    def _parse_type_(data: object) -> JournalAccountType | None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            type_type_0 = JournalAccountType(data)

            return type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(JournalAccountType | None | str | Unset, data)

    type_ = _parse_type_(data)

    return type_


def _wire_total_debit(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_total_credit(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_entity_type(data: Any) -> Any:
    def _parse_entity_type(data: object) -> JournalAccountEntityType | None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            entity_type_type_0 = JournalAccountEntityType(data)

            return entity_type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(JournalAccountEntityType | None | str | Unset, data)

    entity_type = _parse_entity_type(data)

    return entity_type


def _wire_is_recalculated(data: Any) -> Any:
    def _parse_is_recalculated(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            is_recalculated_type_1 = Flag(data)

            return is_recalculated_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    is_recalculated = _parse_is_recalculated(data)

    return is_recalculated


def _wire_disabled(data: Any) -> Any:
    def _parse_disabled(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            disabled_type_1 = Flag(data)

            return disabled_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    disabled = _parse_disabled(data)

    return disabled


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("code", "code", None, None),
    ("name", "name", None, None),
    ("type", "type_", _wire_type_, None),
    ("journal_cat_id", "journal_cat_id", None, None),
    ("parent_cat_ids", "parent_cat_ids", None, None),
    ("staff_id", "staff_id", None, None),
    ("total_debit", "total_debit", _wire_total_debit, None),
    ("total_credit", "total_credit", _wire_total_credit, None),
    ("entity_type", "entity_type", _wire_entity_type, None),
    ("entity_id", "entity_id", None, None),
    ("is_recalculated", "is_recalculated", _wire_is_recalculated, None),
    ("last_transaction_update", "last_transaction_update", None, None),
    ("disabled", "disabled", _wire_disabled, None),
    ("color", "color", None, None),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
)
