from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.journal_account_entity_type import JournalAccountEntityType
from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="JournalTransaction")


@_attrs_define
class JournalTransaction:
    """One line of a journal entry: an amount debited or credited to one account. The
    documentation also lists `journal_id` as required, but it is read-only and set by
    Daftra, so it is not asked for here.

        Attributes:
            id (int | Unset): The line's id.
            journal_id (int | None | str | Unset): The entry the line belongs to (documented as a string).
            journal_account_id (int | None | str | Unset): The account debited or credited (documented as a string).
            debit (Decimal | None | Unset): Amount debited to the account; `0` on a credit line.
            credit (Decimal | None | Unset): Amount credited to the account; `0` on a debit line.
            currency_debit (Decimal | None | Unset): The debit converted to the account's local currency.
            currency_credit (Decimal | None | Unset): The credit converted to the account's local currency.
            currency_code (None | str | Unset): The line's currency (ISO 4217).
            currency_rate (Decimal | None | Unset): The exchange rate used for the conversion.
            subkey (JournalAccountEntityType | None | str | Unset): The kind of record the line's account stands for.
            description (None | str | Unset): What the line records.
            alter_description (None | str | Unset): A second description, for example in another language.
            created (str | Unset): When the line was created (`YYYY-MM-DD HH:MM:SS`).
            modified (str | Unset): When the line last changed (`YYYY-MM-DD HH:MM:SS`).
    """

    id: int | Unset = UNSET
    journal_id: int | None | str | Unset = UNSET
    journal_account_id: int | None | str | Unset = UNSET
    debit: Decimal | None | Unset = UNSET
    credit: Decimal | None | Unset = UNSET
    currency_debit: Decimal | None | Unset = UNSET
    currency_credit: Decimal | None | Unset = UNSET
    currency_code: None | str | Unset = UNSET
    currency_rate: Decimal | None | Unset = UNSET
    subkey: JournalAccountEntityType | None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    alter_description: None | str | Unset = UNSET
    created: str | Unset = UNSET
    modified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        journal_id: int | None | str | Unset
        if isinstance(self.journal_id, Unset):
            journal_id = UNSET
        else:
            journal_id = self.journal_id

        journal_account_id: int | None | str | Unset
        if isinstance(self.journal_account_id, Unset):
            journal_account_id = UNSET
        else:
            journal_account_id = self.journal_account_id

        debit = self.debit

        credit = self.credit

        currency_debit = self.currency_debit

        currency_credit = self.currency_credit

        currency_code: None | str | Unset
        if isinstance(self.currency_code, Unset):
            currency_code = UNSET
        else:
            currency_code = self.currency_code

        currency_rate = self.currency_rate

        subkey: None | str | Unset
        if isinstance(self.subkey, Unset):
            subkey = UNSET
        elif isinstance(self.subkey, JournalAccountEntityType):
            subkey = self.subkey.value
        else:
            subkey = self.subkey

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        alter_description: None | str | Unset
        if isinstance(self.alter_description, Unset):
            alter_description = UNSET
        else:
            alter_description = self.alter_description

        created = self.created

        modified = self.modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if journal_id is not UNSET:
            field_dict["journal_id"] = journal_id
        if journal_account_id is not UNSET:
            field_dict["journal_account_id"] = journal_account_id
        if debit is not UNSET:
            field_dict["debit"] = debit
        if credit is not UNSET:
            field_dict["credit"] = credit
        if currency_debit is not UNSET:
            field_dict["currency_debit"] = currency_debit
        if currency_credit is not UNSET:
            field_dict["currency_credit"] = currency_credit
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if currency_rate is not UNSET:
            field_dict["currency_rate"] = currency_rate
        if subkey is not UNSET:
            field_dict["subkey"] = subkey
        if description is not UNSET:
            field_dict["description"] = description
        if alter_description is not UNSET:
            field_dict["alter_description"] = alter_description
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_journal_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        journal_id = _parse_journal_id(d.pop("journal_id", UNSET))

        def _parse_journal_account_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        journal_account_id = _parse_journal_account_id(d.pop("journal_account_id", UNSET))

        debit = decimal_from_json(d.pop("debit", UNSET), ("number",))

        credit = decimal_from_json(d.pop("credit", UNSET), ("number",))

        currency_debit = decimal_from_json(d.pop("currency_debit", UNSET), ("number",))

        currency_credit = decimal_from_json(d.pop("currency_credit", UNSET), ("number",))

        def _parse_currency_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency_code = _parse_currency_code(d.pop("currency_code", UNSET))

        currency_rate = decimal_from_json(d.pop("currency_rate", UNSET), ("number",))

        def _parse_subkey(data: object) -> JournalAccountEntityType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                subkey_type_0 = JournalAccountEntityType(data)

                return subkey_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JournalAccountEntityType | None | str | Unset, data)

        subkey = _parse_subkey(d.pop("subkey", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_alter_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alter_description = _parse_alter_description(d.pop("alter_description", UNSET))

        created = d.pop("created", UNSET)

        modified = d.pop("modified", UNSET)

        journal_transaction = cls(
            id=id,
            journal_id=journal_id,
            journal_account_id=journal_account_id,
            debit=debit,
            credit=credit,
            currency_debit=currency_debit,
            currency_credit=currency_credit,
            currency_code=currency_code,
            currency_rate=currency_rate,
            subkey=subkey,
            description=description,
            alter_description=alter_description,
            created=created,
            modified=modified,
        )

        journal_transaction.additional_properties = d
        return journal_transaction

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


def _wire_debit(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_credit(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_currency_debit(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_currency_credit(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_currency_rate(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_subkey(data: Any) -> Any:
    def _parse_subkey(data: object) -> JournalAccountEntityType | None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            subkey_type_0 = JournalAccountEntityType(data)

            return subkey_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(JournalAccountEntityType | None | str | Unset, data)

    subkey = _parse_subkey(data)

    return subkey


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("journal_id", "journal_id", None, None),
    ("journal_account_id", "journal_account_id", None, None),
    ("debit", "debit", _wire_debit, None),
    ("credit", "credit", _wire_credit, None),
    ("currency_debit", "currency_debit", _wire_currency_debit, None),
    ("currency_credit", "currency_credit", _wire_currency_credit, None),
    ("currency_code", "currency_code", None, None),
    ("currency_rate", "currency_rate", _wire_currency_rate, None),
    ("subkey", "subkey", _wire_subkey, None),
    ("description", "description", None, None),
    ("alter_description", "alter_description", None, None),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
)
