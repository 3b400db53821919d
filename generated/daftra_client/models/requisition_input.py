from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="RequisitionInput")


@_attrs_define
class RequisitionInput:
    """A requisition header as sent to create one. The documentation declares all eleven keys required while its own
    example leaves most of them empty, so the spec requires only what a requisition cannot do without: its type, store
    and date.

        Attributes:
            type_ (int | None): Effect on stock: `1` inbound, `2` outbound, `3` manual transfer.
            date (None | str): The requisition's date and time; the documented example uses `DD/MM/YYYY HH:MM`, which
                suggests the account's date format rather than ISO.
            store_id (int | None | str): The source warehouse (documented as text; the example sends `"1"`).
            currency_code (None | str | Unset): Currency of the line prices (ISO 4217); may be empty.
            status (int | None | str | Unset): `1` under delivery, `3` accepted, `4` rejected; may be empty. Capital `S` as
                documented.
            order_type (int | None | str | Unset): What the requisition comes from (see `Requisition.order_type`); may be
                empty. Spelt as documented.
            work_order_id (int | None | str | Unset): The work order the requisition belongs to, or empty.
            to_store_id (int | None | str | Unset): The destination warehouse for transfers, or empty. Spelt as documented.
            journal_account_id (int | None | str | Unset): The journal account for the requisition's entries, or empty.
            number (None | str | Unset): The requisition's number; generated when empty.
            notes (None | str | Unset): Notes on the requisition.
    """

    type_: int | None
    date: None | str
    store_id: int | None | str
    currency_code: None | str | Unset = UNSET
    status: int | None | str | Unset = UNSET
    order_type: int | None | str | Unset = UNSET
    work_order_id: int | None | str | Unset = UNSET
    to_store_id: int | None | str | Unset = UNSET
    journal_account_id: int | None | str | Unset = UNSET
    number: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_: int | None
        type_ = self.type_

        date: None | str
        date = self.date

        store_id: int | None | str
        store_id = self.store_id

        currency_code: None | str | Unset
        if isinstance(self.currency_code, Unset):
            currency_code = UNSET
        else:
            currency_code = self.currency_code

        status: int | None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        order_type: int | None | str | Unset
        if isinstance(self.order_type, Unset):
            order_type = UNSET
        else:
            order_type = self.order_type

        work_order_id: int | None | str | Unset
        if isinstance(self.work_order_id, Unset):
            work_order_id = UNSET
        else:
            work_order_id = self.work_order_id

        to_store_id: int | None | str | Unset
        if isinstance(self.to_store_id, Unset):
            to_store_id = UNSET
        else:
            to_store_id = self.to_store_id

        journal_account_id: int | None | str | Unset
        if isinstance(self.journal_account_id, Unset):
            journal_account_id = UNSET
        else:
            journal_account_id = self.journal_account_id

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "date": date,
                "store_id": store_id,
            }
        )
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if status is not UNSET:
            field_dict["Status"] = status
        if order_type is not UNSET:
            field_dict["Order_type"] = order_type
        if work_order_id is not UNSET:
            field_dict["work_order_id"] = work_order_id
        if to_store_id is not UNSET:
            field_dict["To_store_id"] = to_store_id
        if journal_account_id is not UNSET:
            field_dict["journal_account_id"] = journal_account_id
        if number is not UNSET:
            field_dict["number"] = number
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_type_(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        type_ = _parse_type_(d.pop("type"))

        def _parse_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        date = _parse_date(d.pop("date"))

        def _parse_store_id(data: object) -> int | None | str:
            if data is None:
                return data
            return cast(int | None | str, data)

        store_id = _parse_store_id(d.pop("store_id"))

        def _parse_currency_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency_code = _parse_currency_code(d.pop("currency_code", UNSET))

        def _parse_status(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        status = _parse_status(d.pop("Status", UNSET))

        def _parse_order_type(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        order_type = _parse_order_type(d.pop("Order_type", UNSET))

        def _parse_work_order_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        work_order_id = _parse_work_order_id(d.pop("work_order_id", UNSET))

        def _parse_to_store_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        to_store_id = _parse_to_store_id(d.pop("To_store_id", UNSET))

        def _parse_journal_account_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        journal_account_id = _parse_journal_account_id(d.pop("journal_account_id", UNSET))

        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        requisition_input = cls(
            type_=type_,
            date=date,
            store_id=store_id,
            currency_code=currency_code,
            status=status,
            order_type=order_type,
            work_order_id=work_order_id,
            to_store_id=to_store_id,
            journal_account_id=journal_account_id,
            number=number,
            notes=notes,
        )

        requisition_input.additional_properties = d
        return requisition_input

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
    ("type", "type_", None, None),
    ("date", "date", None, None),
    ("store_id", "store_id", None, None),
    ("currency_code", "currency_code", None, None),
    ("Status", "status", None, None),
    ("Order_type", "order_type", None, None),
    ("work_order_id", "work_order_id", None, None),
    ("To_store_id", "to_store_id", None, None),
    ("journal_account_id", "journal_account_id", None, None),
    ("number", "number", None, None),
    ("notes", "notes", None, None),
)
