from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag
from ..models.payment_record_status import PaymentRecordStatus
from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="AdvancePaymentPayment")


@_attrs_define
class AdvancePaymentPayment:
    """The payment sent with an advance payment: the invoice payment fields plus the further
    columns Daftra's example body carries (most of them are filled in by the service and can
    be left out).

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
            client_id (int | None | Unset): The paying client; taken from the invoice when left out.
            notes (None | str | Unset): Notes on the payment.
            response_code (None | str | Unset): Result code from an online payment gateway.
            response_message (None | str | Unset): Result message from an online payment gateway.
            created (None | str | Unset): When the payment was recorded (`YYYY-MM-DD HH:MM:SS`).
            currency_code (None | str | Unset): The payment currency (ISO 4217).
            first_name (None | str | Unset): Payer's first name.
            last_name (None | str | Unset): Payer's last name.
            address1 (None | str | Unset): Payer's address, first line.
            address2 (None | str | Unset): Payer's address, second line.
            city (None | str | Unset): Payer's city.
            state (None | str | Unset): Payer's state or region.
            postal_code (None | str | Unset): Payer's postal code.
            country_code (None | str | Unset): Payer's country (ISO 3166 alpha-2).
            phone1 (None | str | Unset): Payer's phone number.
            phone2 (None | str | Unset): Payer's mobile number.
            attachment (Any | Unset): An attached file; null in Daftra's example, type not documented.
            payment_work_order_id (int | None | Unset): A work order the payment is tied to.
            pos_shift_id (int | None | Unset): The point-of-sale shift, if any.
            receipt_notes (None | str | Unset): Notes printed on the receipt.
            extra_details (Any | Unset): Extra details kept by Daftra; null in its example, type not documented.
            branch_id (int | None | Unset): The branch the payment belongs to.
            added_by (int | None | Unset): The user who entered the payment.
            is_paid (bool | Flag | None | Unset): Whether the money has actually been received (`0`/`1`).
    """

    payment_method: str
    amount: Decimal | None | Unset = UNSET
    transaction_id: None | str | Unset = UNSET
    treasury_id: int | None | Unset = UNSET
    date: None | str | Unset = UNSET
    staff_id: int | None | Unset = UNSET
    email: None | str | Unset = UNSET
    status: int | None | PaymentRecordStatus | Unset = UNSET
    client_id: int | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    response_code: None | str | Unset = UNSET
    response_message: None | str | Unset = UNSET
    created: None | str | Unset = UNSET
    currency_code: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    address1: None | str | Unset = UNSET
    address2: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    phone1: None | str | Unset = UNSET
    phone2: None | str | Unset = UNSET
    attachment: Any | Unset = UNSET
    payment_work_order_id: int | None | Unset = UNSET
    pos_shift_id: int | None | Unset = UNSET
    receipt_notes: None | str | Unset = UNSET
    extra_details: Any | Unset = UNSET
    branch_id: int | None | Unset = UNSET
    added_by: int | None | Unset = UNSET
    is_paid: bool | Flag | None | Unset = UNSET
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

        client_id: int | None | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        response_code: None | str | Unset
        if isinstance(self.response_code, Unset):
            response_code = UNSET
        else:
            response_code = self.response_code

        response_message: None | str | Unset
        if isinstance(self.response_message, Unset):
            response_message = UNSET
        else:
            response_message = self.response_message

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        currency_code: None | str | Unset
        if isinstance(self.currency_code, Unset):
            currency_code = UNSET
        else:
            currency_code = self.currency_code

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        address1: None | str | Unset
        if isinstance(self.address1, Unset):
            address1 = UNSET
        else:
            address1 = self.address1

        address2: None | str | Unset
        if isinstance(self.address2, Unset):
            address2 = UNSET
        else:
            address2 = self.address2

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        phone1: None | str | Unset
        if isinstance(self.phone1, Unset):
            phone1 = UNSET
        else:
            phone1 = self.phone1

        phone2: None | str | Unset
        if isinstance(self.phone2, Unset):
            phone2 = UNSET
        else:
            phone2 = self.phone2

        attachment = self.attachment

        payment_work_order_id: int | None | Unset
        if isinstance(self.payment_work_order_id, Unset):
            payment_work_order_id = UNSET
        else:
            payment_work_order_id = self.payment_work_order_id

        pos_shift_id: int | None | Unset
        if isinstance(self.pos_shift_id, Unset):
            pos_shift_id = UNSET
        else:
            pos_shift_id = self.pos_shift_id

        receipt_notes: None | str | Unset
        if isinstance(self.receipt_notes, Unset):
            receipt_notes = UNSET
        else:
            receipt_notes = self.receipt_notes

        extra_details = self.extra_details

        branch_id: int | None | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        added_by: int | None | Unset
        if isinstance(self.added_by, Unset):
            added_by = UNSET
        else:
            added_by = self.added_by

        is_paid: bool | int | None | Unset
        if isinstance(self.is_paid, Unset):
            is_paid = UNSET
        elif isinstance(self.is_paid, Flag):
            is_paid = self.is_paid.value
        else:
            is_paid = self.is_paid

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
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if notes is not UNSET:
            field_dict["notes"] = notes
        if response_code is not UNSET:
            field_dict["response_code"] = response_code
        if response_message is not UNSET:
            field_dict["response_message"] = response_message
        if created is not UNSET:
            field_dict["created"] = created
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if phone1 is not UNSET:
            field_dict["phone1"] = phone1
        if phone2 is not UNSET:
            field_dict["phone2"] = phone2
        if attachment is not UNSET:
            field_dict["attachment"] = attachment
        if payment_work_order_id is not UNSET:
            field_dict["payment_work_order_id"] = payment_work_order_id
        if pos_shift_id is not UNSET:
            field_dict["pos_shift_id"] = pos_shift_id
        if receipt_notes is not UNSET:
            field_dict["receipt_notes"] = receipt_notes
        if extra_details is not UNSET:
            field_dict["extra_details"] = extra_details
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if added_by is not UNSET:
            field_dict["added_by"] = added_by
        if is_paid is not UNSET:
            field_dict["is_paid"] = is_paid

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

        def _parse_client_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        client_id = _parse_client_id(d.pop("client_id", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_response_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        response_code = _parse_response_code(d.pop("response_code", UNSET))

        def _parse_response_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        response_message = _parse_response_message(d.pop("response_message", UNSET))

        def _parse_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_currency_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency_code = _parse_currency_code(d.pop("currency_code", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

        def _parse_address1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address1 = _parse_address1(d.pop("address1", UNSET))

        def _parse_address2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address2 = _parse_address2(d.pop("address2", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_postal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postal_code = _parse_postal_code(d.pop("postal_code", UNSET))

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("country_code", UNSET))

        def _parse_phone1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone1 = _parse_phone1(d.pop("phone1", UNSET))

        def _parse_phone2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone2 = _parse_phone2(d.pop("phone2", UNSET))

        attachment = d.pop("attachment", UNSET)

        def _parse_payment_work_order_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        payment_work_order_id = _parse_payment_work_order_id(d.pop("payment_work_order_id", UNSET))

        def _parse_pos_shift_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pos_shift_id = _parse_pos_shift_id(d.pop("pos_shift_id", UNSET))

        def _parse_receipt_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        receipt_notes = _parse_receipt_notes(d.pop("receipt_notes", UNSET))

        extra_details = d.pop("extra_details", UNSET)

        def _parse_branch_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        def _parse_added_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        added_by = _parse_added_by(d.pop("added_by", UNSET))

        def _parse_is_paid(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                is_paid_type_1 = Flag(data)

                return is_paid_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        is_paid = _parse_is_paid(d.pop("is_paid", UNSET))

        advance_payment_payment = cls(
            payment_method=payment_method,
            amount=amount,
            transaction_id=transaction_id,
            treasury_id=treasury_id,
            date=date,
            staff_id=staff_id,
            email=email,
            status=status,
            client_id=client_id,
            notes=notes,
            response_code=response_code,
            response_message=response_message,
            created=created,
            currency_code=currency_code,
            first_name=first_name,
            last_name=last_name,
            address1=address1,
            address2=address2,
            city=city,
            state=state,
            postal_code=postal_code,
            country_code=country_code,
            phone1=phone1,
            phone2=phone2,
            attachment=attachment,
            payment_work_order_id=payment_work_order_id,
            pos_shift_id=pos_shift_id,
            receipt_notes=receipt_notes,
            extra_details=extra_details,
            branch_id=branch_id,
            added_by=added_by,
            is_paid=is_paid,
        )

        advance_payment_payment.additional_properties = d
        return advance_payment_payment

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


def _wire_is_paid(data: Any) -> Any:
    def _parse_is_paid(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            is_paid_type_1 = Flag(data)

            return is_paid_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    is_paid = _parse_is_paid(data)

    return is_paid


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
    ("client_id", "client_id", None, None),
    ("notes", "notes", None, None),
    ("response_code", "response_code", None, None),
    ("response_message", "response_message", None, None),
    ("created", "created", None, None),
    ("currency_code", "currency_code", None, None),
    ("first_name", "first_name", None, None),
    ("last_name", "last_name", None, None),
    ("address1", "address1", None, None),
    ("address2", "address2", None, None),
    ("city", "city", None, None),
    ("state", "state", None, None),
    ("postal_code", "postal_code", None, None),
    ("country_code", "country_code", None, None),
    ("phone1", "phone1", None, None),
    ("phone2", "phone2", None, None),
    ("attachment", "attachment", None, None),
    ("payment_work_order_id", "payment_work_order_id", None, None),
    ("pos_shift_id", "pos_shift_id", None, None),
    ("receipt_notes", "receipt_notes", None, None),
    ("extra_details", "extra_details", None, None),
    ("branch_id", "branch_id", None, None),
    ("added_by", "added_by", None, None),
    ("is_paid", "is_paid", _wire_is_paid, None),
)
