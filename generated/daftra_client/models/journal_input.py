from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag
from ..models.journal_entity_type import JournalEntityType
from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.journal_transaction import JournalTransaction


T = TypeVar("T", bound="JournalInput")


@_attrs_define
class JournalInput:
    """A journal entry header as sent to create one. Daftra's documentation requires `entity_type`, `entity_id`,
    `total_debit`, `total_credit`, `currency_code` and `description`.

        Attributes:
            entity_type (JournalEntityType | None | str): The kind of document the entry belongs to.
            entity_id (int | None | str): The id of that document. The documentation types it as a string; numbers are
                accepted too.
            description (None | str): What the entry records.
            total_debit (Decimal | None): Sum of the lines' debits; must equal `total_credit`.
            total_credit (Decimal | None): Sum of the lines' credits; must equal `total_debit`.
            currency_code (None | str): The entry's currency (ISO 4217).
            id (int | Unset): The entry's id.
            number (None | str | Unset): The entry's number; generated when left out.
            staff_id (int | None | Unset): The staff member who made the entry; `0` is the account owner.
            date (None | str | Unset): The entry's date. The documentation calls it a date but shows a date and time (`YYYY-
                MM-DD HH:MM:SS`) and marks it read-only; accept both forms.
            name (None | str | Unset): A name for the entry.
            is_automatic (bool | Flag | None | Unset): Whether Daftra wrote the entry itself for a document (`0`/`1`).
            currency_debit (Decimal | None | Unset): Total debit converted to the account's local currency.
            currency_credit (Decimal | None | Unset): Total credit converted to the account's local currency.
            alter_description (None | str | Unset): A second description, for example in another language.
            journal_transaction (list[JournalTransaction] | Unset): The entry's lines, where the documented answers place
                them.
            created (str | Unset): When the entry was created (`YYYY-MM-DD HH:MM:SS`).
            modified (str | Unset): When the entry last changed (`YYYY-MM-DD HH:MM:SS`).
    """

    entity_type: JournalEntityType | None | str
    entity_id: int | None | str
    description: None | str
    total_debit: Decimal | None
    total_credit: Decimal | None
    currency_code: None | str
    id: int | Unset = UNSET
    number: None | str | Unset = UNSET
    staff_id: int | None | Unset = UNSET
    date: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    is_automatic: bool | Flag | None | Unset = UNSET
    currency_debit: Decimal | None | Unset = UNSET
    currency_credit: Decimal | None | Unset = UNSET
    alter_description: None | str | Unset = UNSET
    journal_transaction: list[JournalTransaction] | Unset = UNSET
    created: str | Unset = UNSET
    modified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        entity_type: None | str
        if isinstance(self.entity_type, JournalEntityType):
            entity_type = self.entity_type.value
        else:
            entity_type = self.entity_type

        entity_id: int | None | str
        entity_id = self.entity_id

        description: None | str
        description = self.description

        total_debit = self.total_debit

        total_credit = self.total_credit

        currency_code: None | str
        currency_code = self.currency_code

        id = self.id

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        staff_id: int | None | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        is_automatic: bool | int | None | Unset
        if isinstance(self.is_automatic, Unset):
            is_automatic = UNSET
        elif isinstance(self.is_automatic, Flag):
            is_automatic = self.is_automatic.value
        else:
            is_automatic = self.is_automatic

        currency_debit = self.currency_debit

        currency_credit = self.currency_credit

        alter_description: None | str | Unset
        if isinstance(self.alter_description, Unset):
            alter_description = UNSET
        else:
            alter_description = self.alter_description

        journal_transaction: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.journal_transaction, Unset):
            journal_transaction = []
            for journal_transaction_item_data in self.journal_transaction:
                journal_transaction_item = journal_transaction_item_data.to_dict()
                journal_transaction.append(journal_transaction_item)

        created = self.created

        modified = self.modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity_type": entity_type,
                "entity_id": entity_id,
                "description": description,
                "total_debit": total_debit,
                "total_credit": total_credit,
                "currency_code": currency_code,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if date is not UNSET:
            field_dict["date"] = date
        if name is not UNSET:
            field_dict["name"] = name
        if is_automatic is not UNSET:
            field_dict["is_automatic"] = is_automatic
        if currency_debit is not UNSET:
            field_dict["currency_debit"] = currency_debit
        if currency_credit is not UNSET:
            field_dict["currency_credit"] = currency_credit
        if alter_description is not UNSET:
            field_dict["alter_description"] = alter_description
        if journal_transaction is not UNSET:
            field_dict["JournalTransaction"] = journal_transaction
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.journal_transaction import JournalTransaction  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_entity_type(data: object) -> JournalEntityType | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                entity_type_type_0 = JournalEntityType(data)

                return entity_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JournalEntityType | None | str, data)

        entity_type = _parse_entity_type(d.pop("entity_type"))

        def _parse_entity_id(data: object) -> int | None | str:
            if data is None:
                return data
            return cast(int | None | str, data)

        entity_id = _parse_entity_id(d.pop("entity_id"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        total_debit = decimal_from_json(d.pop("total_debit"), ("number",))

        total_credit = decimal_from_json(d.pop("total_credit"), ("number",))

        def _parse_currency_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        currency_code = _parse_currency_code(d.pop("currency_code"))

        id = d.pop("id", UNSET)

        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        def _parse_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        staff_id = _parse_staff_id(d.pop("staff_id", UNSET))

        def _parse_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_is_automatic(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                is_automatic_type_1 = Flag(data)

                return is_automatic_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        is_automatic = _parse_is_automatic(d.pop("is_automatic", UNSET))

        currency_debit = decimal_from_json(d.pop("currency_debit", UNSET), ("number",))

        currency_credit = decimal_from_json(d.pop("currency_credit", UNSET), ("number",))

        def _parse_alter_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alter_description = _parse_alter_description(d.pop("alter_description", UNSET))

        _journal_transaction = d.pop("JournalTransaction", UNSET)
        journal_transaction: list[JournalTransaction] | Unset = UNSET
        if _journal_transaction is not UNSET:
            journal_transaction = []
            for journal_transaction_item_data in _journal_transaction:
                journal_transaction_item = JournalTransaction.from_dict(
                    journal_transaction_item_data
                )

                journal_transaction.append(journal_transaction_item)

        created = d.pop("created", UNSET)

        modified = d.pop("modified", UNSET)

        journal_input = cls(
            entity_type=entity_type,
            entity_id=entity_id,
            description=description,
            total_debit=total_debit,
            total_credit=total_credit,
            currency_code=currency_code,
            id=id,
            number=number,
            staff_id=staff_id,
            date=date,
            name=name,
            is_automatic=is_automatic,
            currency_debit=currency_debit,
            currency_credit=currency_credit,
            alter_description=alter_description,
            journal_transaction=journal_transaction,
            created=created,
            modified=modified,
        )

        journal_input.additional_properties = d
        return journal_input

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


def _wire_entity_type(data: Any) -> Any:
    def _parse_entity_type(data: object) -> JournalEntityType | None | str:
        if data is None:
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            entity_type_type_0 = JournalEntityType(data)

            return entity_type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(JournalEntityType | None | str, data)

    entity_type = _parse_entity_type(data)

    return entity_type


def _wire_total_debit(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_total_credit(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_is_automatic(data: Any) -> Any:
    def _parse_is_automatic(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            is_automatic_type_1 = Flag(data)

            return is_automatic_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    is_automatic = _parse_is_automatic(data)

    return is_automatic


def _wire_currency_debit(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_currency_credit(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_journal_transaction(data: Any) -> Any:
    from ..models.journal_transaction import JournalTransaction  # noqa: PLC0415

    _journal_transaction = data
    journal_transaction: list[JournalTransaction] | Unset = UNSET
    if _journal_transaction is not UNSET:
        journal_transaction = []
        for journal_transaction_item_data in _journal_transaction:
            journal_transaction_item = JournalTransaction.from_dict(journal_transaction_item_data)

            journal_transaction.append(journal_transaction_item)

    return journal_transaction


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("entity_type", "entity_type", _wire_entity_type, None),
    ("entity_id", "entity_id", None, None),
    ("description", "description", None, None),
    ("total_debit", "total_debit", _wire_total_debit, None),
    ("total_credit", "total_credit", _wire_total_credit, None),
    ("currency_code", "currency_code", None, None),
    ("id", "id", None, None),
    ("number", "number", None, None),
    ("staff_id", "staff_id", None, None),
    ("date", "date", None, None),
    ("name", "name", None, None),
    ("is_automatic", "is_automatic", _wire_is_automatic, None),
    ("currency_debit", "currency_debit", _wire_currency_debit, None),
    ("currency_credit", "currency_credit", _wire_currency_credit, None),
    ("alter_description", "alter_description", None, None),
    ("JournalTransaction", "journal_transaction", _wire_journal_transaction, "JournalTransaction"),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
)
