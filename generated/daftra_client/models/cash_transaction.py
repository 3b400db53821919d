from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag
from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="CashTransaction")


@_attrs_define
class CashTransaction:
    """The shape shared by expenses and incomes, as sent and as read back; Daftra's
    documentation marks no field as required.

        Attributes:
            id (int | Unset): The record's id.
            amount (Decimal | None | Unset): The amount paid or received.
            currency_code (None | str | Unset): The currency (ISO 4217).
            vendor (None | str | Unset): Who was paid (or who paid); optional.
            category (None | str | Unset): The category, by name.
            date (None | str | Unset): The day of the payment, as `YYYY-MM-DD`.
            file (None | str | Unset): Link to an uploaded file.
            note (None | str | Unset): Notes on the record.
            client_id (int | None | Unset): A client the record concerns.
            tax1_id (int | None | Unset): The first tax applied, by id.
            tax1_name (None | str | Unset): The first tax's name.
            tax1_value (Decimal | None | Unset): The first tax's rate.
            tax1_amount (Decimal | None | Unset): The amount of the first tax.
            tax1_included (bool | Flag | None | Unset): Whether `amount` already contains the first tax (`0`/`1`).
            tax2_id (int | None | Unset): The second tax applied, by id.
            tax2_name (None | str | Unset): The second tax's name.
            tax2_value (Decimal | None | Unset): The second tax's rate.
            tax2_amount (Decimal | None | Unset): The amount of the second tax.
            tax2_included (bool | Flag | None | Unset): Whether `amount` already contains the second tax (`0`/`1`).
            is_income (bool | Flag | None | Unset): `1` for an income, `0` for an expense.
            attachments (list[str] | None | Unset): Links to the attached files (signed, short-lived addresses).
    """

    id: int | Unset = UNSET
    amount: Decimal | None | Unset = UNSET
    currency_code: None | str | Unset = UNSET
    vendor: None | str | Unset = UNSET
    category: None | str | Unset = UNSET
    date: None | str | Unset = UNSET
    file: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    client_id: int | None | Unset = UNSET
    tax1_id: int | None | Unset = UNSET
    tax1_name: None | str | Unset = UNSET
    tax1_value: Decimal | None | Unset = UNSET
    tax1_amount: Decimal | None | Unset = UNSET
    tax1_included: bool | Flag | None | Unset = UNSET
    tax2_id: int | None | Unset = UNSET
    tax2_name: None | str | Unset = UNSET
    tax2_value: Decimal | None | Unset = UNSET
    tax2_amount: Decimal | None | Unset = UNSET
    tax2_included: bool | Flag | None | Unset = UNSET
    is_income: bool | Flag | None | Unset = UNSET
    attachments: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        currency_code: None | str | Unset
        if isinstance(self.currency_code, Unset):
            currency_code = UNSET
        else:
            currency_code = self.currency_code

        vendor: None | str | Unset
        if isinstance(self.vendor, Unset):
            vendor = UNSET
        else:
            vendor = self.vendor

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        file: None | str | Unset
        if isinstance(self.file, Unset):
            file = UNSET
        else:
            file = self.file

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        client_id: int | None | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        tax1_id: int | None | Unset
        if isinstance(self.tax1_id, Unset):
            tax1_id = UNSET
        else:
            tax1_id = self.tax1_id

        tax1_name: None | str | Unset
        if isinstance(self.tax1_name, Unset):
            tax1_name = UNSET
        else:
            tax1_name = self.tax1_name

        tax1_value = self.tax1_value

        tax1_amount = self.tax1_amount

        tax1_included: bool | int | None | Unset
        if isinstance(self.tax1_included, Unset):
            tax1_included = UNSET
        elif isinstance(self.tax1_included, Flag):
            tax1_included = self.tax1_included.value
        else:
            tax1_included = self.tax1_included

        tax2_id: int | None | Unset
        if isinstance(self.tax2_id, Unset):
            tax2_id = UNSET
        else:
            tax2_id = self.tax2_id

        tax2_name: None | str | Unset
        if isinstance(self.tax2_name, Unset):
            tax2_name = UNSET
        else:
            tax2_name = self.tax2_name

        tax2_value = self.tax2_value

        tax2_amount = self.tax2_amount

        tax2_included: bool | int | None | Unset
        if isinstance(self.tax2_included, Unset):
            tax2_included = UNSET
        elif isinstance(self.tax2_included, Flag):
            tax2_included = self.tax2_included.value
        else:
            tax2_included = self.tax2_included

        is_income: bool | int | None | Unset
        if isinstance(self.is_income, Unset):
            is_income = UNSET
        elif isinstance(self.is_income, Flag):
            is_income = self.is_income.value
        else:
            is_income = self.is_income

        attachments: list[str] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = self.attachments

        else:
            attachments = self.attachments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if vendor is not UNSET:
            field_dict["vendor"] = vendor
        if category is not UNSET:
            field_dict["category"] = category
        if date is not UNSET:
            field_dict["date"] = date
        if file is not UNSET:
            field_dict["file"] = file
        if note is not UNSET:
            field_dict["note"] = note
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if tax1_id is not UNSET:
            field_dict["tax1_id"] = tax1_id
        if tax1_name is not UNSET:
            field_dict["tax1_name"] = tax1_name
        if tax1_value is not UNSET:
            field_dict["tax1_value"] = tax1_value
        if tax1_amount is not UNSET:
            field_dict["tax1_amount"] = tax1_amount
        if tax1_included is not UNSET:
            field_dict["tax1_included"] = tax1_included
        if tax2_id is not UNSET:
            field_dict["tax2_id"] = tax2_id
        if tax2_name is not UNSET:
            field_dict["tax2_name"] = tax2_name
        if tax2_value is not UNSET:
            field_dict["tax2_value"] = tax2_value
        if tax2_amount is not UNSET:
            field_dict["tax2_amount"] = tax2_amount
        if tax2_included is not UNSET:
            field_dict["tax2_included"] = tax2_included
        if is_income is not UNSET:
            field_dict["is_income"] = is_income
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        amount = decimal_from_json(d.pop("amount", UNSET), ("number",))

        def _parse_currency_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency_code = _parse_currency_code(d.pop("currency_code", UNSET))

        def _parse_vendor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vendor = _parse_vendor(d.pop("vendor", UNSET))

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_file(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file = _parse_file(d.pop("file", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_client_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        client_id = _parse_client_id(d.pop("client_id", UNSET))

        def _parse_tax1_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tax1_id = _parse_tax1_id(d.pop("tax1_id", UNSET))

        def _parse_tax1_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax1_name = _parse_tax1_name(d.pop("tax1_name", UNSET))

        tax1_value = decimal_from_json(d.pop("tax1_value", UNSET), ("number",))

        tax1_amount = decimal_from_json(d.pop("tax1_amount", UNSET), ("number",))

        def _parse_tax1_included(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                tax1_included_type_1 = Flag(data)

                return tax1_included_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        tax1_included = _parse_tax1_included(d.pop("tax1_included", UNSET))

        def _parse_tax2_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tax2_id = _parse_tax2_id(d.pop("tax2_id", UNSET))

        def _parse_tax2_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax2_name = _parse_tax2_name(d.pop("tax2_name", UNSET))

        tax2_value = decimal_from_json(d.pop("tax2_value", UNSET), ("number",))

        tax2_amount = decimal_from_json(d.pop("tax2_amount", UNSET), ("number",))

        def _parse_tax2_included(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                tax2_included_type_1 = Flag(data)

                return tax2_included_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        tax2_included = _parse_tax2_included(d.pop("tax2_included", UNSET))

        def _parse_is_income(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                is_income_type_1 = Flag(data)

                return is_income_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        is_income = _parse_is_income(d.pop("is_income", UNSET))

        def _parse_attachments(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attachments_type_0 = cast(list[str], data)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        attachments = _parse_attachments(d.pop("attachments", UNSET))

        cash_transaction = cls(
            id=id,
            amount=amount,
            currency_code=currency_code,
            vendor=vendor,
            category=category,
            date=date,
            file=file,
            note=note,
            client_id=client_id,
            tax1_id=tax1_id,
            tax1_name=tax1_name,
            tax1_value=tax1_value,
            tax1_amount=tax1_amount,
            tax1_included=tax1_included,
            tax2_id=tax2_id,
            tax2_name=tax2_name,
            tax2_value=tax2_value,
            tax2_amount=tax2_amount,
            tax2_included=tax2_included,
            is_income=is_income,
            attachments=attachments,
        )

        cash_transaction.additional_properties = d
        return cash_transaction

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


def _wire_amount(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_tax1_value(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_tax1_amount(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_tax1_included(data: Any) -> Any:
    def _parse_tax1_included(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            tax1_included_type_1 = Flag(data)

            return tax1_included_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    tax1_included = _parse_tax1_included(data)

    return tax1_included


def _wire_tax2_value(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_tax2_amount(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_tax2_included(data: Any) -> Any:
    def _parse_tax2_included(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            tax2_included_type_1 = Flag(data)

            return tax2_included_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    tax2_included = _parse_tax2_included(data)

    return tax2_included


def _wire_is_income(data: Any) -> Any:
    def _parse_is_income(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            is_income_type_1 = Flag(data)

            return is_income_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    is_income = _parse_is_income(data)

    return is_income


def _wire_attachments(data: Any) -> Any:
    def _parse_attachments(data: object) -> list[str] | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, list):
                raise TypeError()
            attachments_type_0 = cast(list[str], data)

            return attachments_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(list[str] | None | Unset, data)

    attachments = _parse_attachments(data)

    return attachments


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("amount", "amount", _wire_amount, None),
    ("currency_code", "currency_code", None, None),
    ("vendor", "vendor", None, None),
    ("category", "category", None, None),
    ("date", "date", None, None),
    ("file", "file", None, None),
    ("note", "note", None, None),
    ("client_id", "client_id", None, None),
    ("tax1_id", "tax1_id", None, None),
    ("tax1_name", "tax1_name", None, None),
    ("tax1_value", "tax1_value", _wire_tax1_value, None),
    ("tax1_amount", "tax1_amount", _wire_tax1_amount, None),
    ("tax1_included", "tax1_included", _wire_tax1_included, None),
    ("tax2_id", "tax2_id", None, None),
    ("tax2_name", "tax2_name", None, None),
    ("tax2_value", "tax2_value", _wire_tax2_value, None),
    ("tax2_amount", "tax2_amount", _wire_tax2_amount, None),
    ("tax2_included", "tax2_included", _wire_tax2_included, None),
    ("is_income", "is_income", _wire_is_income, None),
    ("attachments", "attachments", _wire_attachments, None),
)
