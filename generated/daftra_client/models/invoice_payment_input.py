from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag
from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="InvoicePaymentInput")


@_attrs_define
class InvoicePaymentInput:
    """An invoice payment as sent to record one, which requires `invoice_id`, `payment_method` and `amount`.

    Attributes:
        invoice_id (int): The invoice paid.
        payment_method (str): Key of the payment method used.
        amount (Decimal | str): The amount paid; live answers have sent it as a numeric string.
        id (int | Unset): The payment's id.
        currency_code (None | str | Unset): The currency of the payment (ISO 4217).
        date (None | str | Unset): When the payment was made (`YYYY-MM-DD HH:MM:SS` or `YYYY-MM-DD`).
        status (int | None | str | Unset): The payment's state: 0 failed, 1 completed, 2 pending, 3 not completed (the
            values of `PaymentRecordStatus`). Live answers have sent it as a numeric string (`"1"`), so it is read as given
            rather than as the enum.
        transaction_id (None | str | Unset): A reference of the payment outside Daftra.
        treasury_id (int | None | Unset): The treasury that received the money.
        staff_id (int | None | Unset): The staff member who recorded it; `0` is the owner.
        email (None | str | Unset): The payer's email address.
        notes (None | str | Unset): Notes on the payment.
        receipt_notes (None | str | Unset): Notes printed on the receipt.
        response_code (None | str | Unset): Result code from an online payment gateway.
        response_message (None | str | Unset): Result message from an online payment gateway.
        transaction_type (None | str | Unset): Kind of transaction (not explained by the documentation).
        processed (bool | Flag | None | Unset): Whether the payment has been processed (`0`/`1`).
        attachment (None | str | Unset): Link to an attached file.
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
        created (str | Unset): When the payment was recorded (`YYYY-MM-DD HH:MM:SS`).
        modified (str | Unset): When the payment last changed (`YYYY-MM-DD HH:MM:SS`).
    """

    invoice_id: int
    payment_method: str
    amount: Decimal | str
    id: int | Unset = UNSET
    currency_code: None | str | Unset = UNSET
    date: None | str | Unset = UNSET
    status: int | None | str | Unset = UNSET
    transaction_id: None | str | Unset = UNSET
    treasury_id: int | None | Unset = UNSET
    staff_id: int | None | Unset = UNSET
    email: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    receipt_notes: None | str | Unset = UNSET
    response_code: None | str | Unset = UNSET
    response_message: None | str | Unset = UNSET
    transaction_type: None | str | Unset = UNSET
    processed: bool | Flag | None | Unset = UNSET
    attachment: None | str | Unset = UNSET
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
    created: str | Unset = UNSET
    modified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        invoice_id = self.invoice_id

        payment_method = self.payment_method

        amount = self.amount

        id = self.id

        currency_code: None | str | Unset
        if isinstance(self.currency_code, Unset):
            currency_code = UNSET
        else:
            currency_code = self.currency_code

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        status: int | None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

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

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        receipt_notes: None | str | Unset
        if isinstance(self.receipt_notes, Unset):
            receipt_notes = UNSET
        else:
            receipt_notes = self.receipt_notes

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

        transaction_type: None | str | Unset
        if isinstance(self.transaction_type, Unset):
            transaction_type = UNSET
        else:
            transaction_type = self.transaction_type

        processed: bool | int | None | Unset
        if isinstance(self.processed, Unset):
            processed = UNSET
        elif isinstance(self.processed, Flag):
            processed = self.processed.value
        else:
            processed = self.processed

        attachment: None | str | Unset
        if isinstance(self.attachment, Unset):
            attachment = UNSET
        else:
            attachment = self.attachment

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

        created = self.created

        modified = self.modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoice_id": invoice_id,
                "payment_method": payment_method,
                "amount": amount,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if date is not UNSET:
            field_dict["date"] = date
        if status is not UNSET:
            field_dict["status"] = status
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if treasury_id is not UNSET:
            field_dict["treasury_id"] = treasury_id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if email is not UNSET:
            field_dict["email"] = email
        if notes is not UNSET:
            field_dict["notes"] = notes
        if receipt_notes is not UNSET:
            field_dict["receipt_notes"] = receipt_notes
        if response_code is not UNSET:
            field_dict["response_code"] = response_code
        if response_message is not UNSET:
            field_dict["response_message"] = response_message
        if transaction_type is not UNSET:
            field_dict["transaction_type"] = transaction_type
        if processed is not UNSET:
            field_dict["processed"] = processed
        if attachment is not UNSET:
            field_dict["attachment"] = attachment
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
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        invoice_id = d.pop("invoice_id")

        payment_method = d.pop("payment_method")

        amount = decimal_from_json(
            d.pop("amount"),
            (
                "number",
                "string",
            ),
        )

        id = d.pop("id", UNSET)

        def _parse_currency_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency_code = _parse_currency_code(d.pop("currency_code", UNSET))

        def _parse_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_status(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

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

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_receipt_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        receipt_notes = _parse_receipt_notes(d.pop("receipt_notes", UNSET))

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

        def _parse_transaction_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transaction_type = _parse_transaction_type(d.pop("transaction_type", UNSET))

        def _parse_processed(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                processed_type_1 = Flag(data)

                return processed_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        processed = _parse_processed(d.pop("processed", UNSET))

        def _parse_attachment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        attachment = _parse_attachment(d.pop("attachment", UNSET))

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

        created = d.pop("created", UNSET)

        modified = d.pop("modified", UNSET)

        invoice_payment_input = cls(
            invoice_id=invoice_id,
            payment_method=payment_method,
            amount=amount,
            id=id,
            currency_code=currency_code,
            date=date,
            status=status,
            transaction_id=transaction_id,
            treasury_id=treasury_id,
            staff_id=staff_id,
            email=email,
            notes=notes,
            receipt_notes=receipt_notes,
            response_code=response_code,
            response_message=response_message,
            transaction_type=transaction_type,
            processed=processed,
            attachment=attachment,
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
            created=created,
            modified=modified,
        )

        invoice_payment_input.additional_properties = d
        return invoice_payment_input

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
    return decimal_from_json(
        data,
        (
            "number",
            "string",
        ),
    )


def _wire_processed(data: Any) -> Any:
    def _parse_processed(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            processed_type_1 = Flag(data)

            return processed_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    processed = _parse_processed(data)

    return processed


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("invoice_id", "invoice_id", None, None),
    ("payment_method", "payment_method", None, None),
    ("amount", "amount", _wire_amount, None),
    ("id", "id", None, None),
    ("currency_code", "currency_code", None, None),
    ("date", "date", None, None),
    ("status", "status", None, None),
    ("transaction_id", "transaction_id", None, None),
    ("treasury_id", "treasury_id", None, None),
    ("staff_id", "staff_id", None, None),
    ("email", "email", None, None),
    ("notes", "notes", None, None),
    ("receipt_notes", "receipt_notes", None, None),
    ("response_code", "response_code", None, None),
    ("response_message", "response_message", None, None),
    ("transaction_type", "transaction_type", None, None),
    ("processed", "processed", _wire_processed, None),
    ("attachment", "attachment", None, None),
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
    ("created", "created", None, None),
    ("modified", "modified", None, None),
)
