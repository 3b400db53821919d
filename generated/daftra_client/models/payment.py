from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_record_status import PaymentRecordStatus
from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="Payment")


@_attrs_define
class Payment:
    """A payment recorded together with a new invoice.

    Attributes:
        payment_method (str): Key of one of the account's active payment methods, for example `cash`, `cheque` or
            `bank`.
        amount (Decimal | None | Unset): The amount paid.
        transaction_id (None | str | Unset): A reference of the payment outside Daftra.
        treasury_id (int | None | Unset): The treasury receiving the money; Daftra picks a default when left out.
        date (None | str | Unset): When the payment was made (`YYYY-MM-DD`, or with a time as `YYYY-MM-DD HH:MM:SS`);
            today when left out.
        staff_id (int | None | Unset): The staff member recording the payment; `0` (the owner) when left out.
        email (None | str | Unset): The payer's email address; needed for `paypal` and `stripe` payments.
        status (int | None | PaymentRecordStatus | Unset): The payment's state.
    """

    payment_method: str
    amount: Decimal | None | Unset = UNSET
    transaction_id: None | str | Unset = UNSET
    treasury_id: int | None | Unset = UNSET
    date: None | str | Unset = UNSET
    staff_id: int | None | Unset = UNSET
    email: None | str | Unset = UNSET
    status: int | None | PaymentRecordStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        payment_method = self.payment_method

        amount = self.amount

        transaction_id: None | str | Unset
        if isinstance(self.transaction_id, Unset):
            transaction_id = UNSET
        else:
            transaction_id = self.transaction_id

        treasury_id: int | None | Unset
        if isinstance(self.treasury_id, Unset):
            treasury_id = UNSET
        else:
            treasury_id = self.treasury_id

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        staff_id: int | None | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, PaymentRecordStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payment_method": payment_method,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if treasury_id is not UNSET:
            field_dict["treasury_id"] = treasury_id
        if date is not UNSET:
            field_dict["date"] = date
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if email is not UNSET:
            field_dict["email"] = email
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payment_method = d.pop("payment_method")

        amount = decimal_from_json(d.pop("amount", UNSET), ("number",))

        def _parse_transaction_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transaction_id = _parse_transaction_id(d.pop("transaction_id", UNSET))

        def _parse_treasury_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        treasury_id = _parse_treasury_id(d.pop("treasury_id", UNSET))

        def _parse_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        staff_id = _parse_staff_id(d.pop("staff_id", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_status(data: object) -> int | None | PaymentRecordStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                status_type_0 = PaymentRecordStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | PaymentRecordStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        payment = cls(
            payment_method=payment_method,
            amount=amount,
            transaction_id=transaction_id,
            treasury_id=treasury_id,
            date=date,
            staff_id=staff_id,
            email=email,
            status=status,
        )

        payment.additional_properties = d
        return payment

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


def _wire_status(data: Any) -> Any:
    def _parse_status(data: object) -> int | None | PaymentRecordStatus | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            status_type_0 = PaymentRecordStatus(data)

            return status_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(int | None | PaymentRecordStatus | Unset, data)

    status = _parse_status(data)

    return status


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("payment_method", "payment_method", None, None),
    ("amount", "amount", _wire_amount, None),
    ("transaction_id", "transaction_id", None, None),
    ("treasury_id", "treasury_id", None, None),
    ("date", "date", None, None),
    ("staff_id", "staff_id", None, None),
    ("email", "email", None, None),
    ("status", "status", _wire_status, None),
)
