from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="Site")


@_attrs_define
class Site:
    """The account's settings. Daftra sends several numeric settings as strings (and some string settings as numbers), so
    those fields accept both.

        Attributes:
            id (int | Unset): The account's id.
            business_name (str | Unset): The owner's business name.
            first_name (str | Unset): The owner's first name.
            last_name (str | Unset): The owner's last name.
            subdomain (str | Unset): The account's subdomain; some accounts report their full host name here.
            site_logo (None | str | Unset): File name of the account logo.
            invoice_logo (None | str | Unset): File name of the logo printed on invoices.
            address1 (None | str | Unset): The owner's address, first line.
            address2 (None | str | Unset): The owner's address, second line.
            city (None | str | Unset): The owner's city.
            state (None | str | Unset): The owner's state or region.
            postal_code (None | str | Unset): The owner's postal code.
            phone1 (None | str | Unset): The owner's phone number.
            phone2 (None | str | Unset): The owner's second (mobile) number.
            country_code (None | str | Unset): The owner's country as an ISO 3166 alpha-2 code.
            timezone (int | str | Unset): Id of the account's time zone (see the general listing `Timezone`).
            date_format (int | str | Unset): Id of the account's date format (see the general listing `dateFormats`).
            currency_code (str | Unset): The account's default currency (ISO 4217).
            language_code (int | str | Unset): The account's default language.
            email (None | str | Unset): The owner's email address.
            staff_id (int | Unset): The staff member the credentials act as; `-1` when an API key is used from outside the
                account's own domain.
            is_super_admin (bool | None | Unset): Present only when the calling staff member is a super administrator.
            currency_format (str | Unset): How amounts are printed, with `%s` standing for the number.
            number_format (list[int | str] | Unset): Three entries: the number of decimals, the decimal point and the
                thousands separator.
            site_hash (str | Unset): A hash identifying the account.
    """

    id: int | Unset = UNSET
    business_name: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    subdomain: str | Unset = UNSET
    site_logo: None | str | Unset = UNSET
    invoice_logo: None | str | Unset = UNSET
    address1: None | str | Unset = UNSET
    address2: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    phone1: None | str | Unset = UNSET
    phone2: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    timezone: int | str | Unset = UNSET
    date_format: int | str | Unset = UNSET
    currency_code: str | Unset = UNSET
    language_code: int | str | Unset = UNSET
    email: None | str | Unset = UNSET
    staff_id: int | Unset = UNSET
    is_super_admin: bool | None | Unset = UNSET
    currency_format: str | Unset = UNSET
    number_format: list[int | str] | Unset = UNSET
    site_hash: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        business_name = self.business_name

        first_name = self.first_name

        last_name = self.last_name

        subdomain = self.subdomain

        site_logo: None | str | Unset
        if isinstance(self.site_logo, Unset):
            site_logo = UNSET
        else:
            site_logo = self.site_logo

        invoice_logo: None | str | Unset
        if isinstance(self.invoice_logo, Unset):
            invoice_logo = UNSET
        else:
            invoice_logo = self.invoice_logo

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

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        timezone: int | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        date_format: int | str | Unset
        if isinstance(self.date_format, Unset):
            date_format = UNSET
        else:
            date_format = self.date_format

        currency_code = self.currency_code

        language_code: int | str | Unset
        if isinstance(self.language_code, Unset):
            language_code = UNSET
        else:
            language_code = self.language_code

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        staff_id = self.staff_id

        is_super_admin: bool | None | Unset
        if isinstance(self.is_super_admin, Unset):
            is_super_admin = UNSET
        else:
            is_super_admin = self.is_super_admin

        currency_format = self.currency_format

        number_format: list[int | str] | Unset = UNSET
        if not isinstance(self.number_format, Unset):
            number_format = []
            for number_format_item_data in self.number_format:
                number_format_item: int | str
                number_format_item = number_format_item_data
                number_format.append(number_format_item)

        site_hash = self.site_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if business_name is not UNSET:
            field_dict["business_name"] = business_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if subdomain is not UNSET:
            field_dict["subdomain"] = subdomain
        if site_logo is not UNSET:
            field_dict["site_logo"] = site_logo
        if invoice_logo is not UNSET:
            field_dict["invoice_logo"] = invoice_logo
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
        if phone1 is not UNSET:
            field_dict["phone1"] = phone1
        if phone2 is not UNSET:
            field_dict["phone2"] = phone2
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if date_format is not UNSET:
            field_dict["date_format"] = date_format
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if language_code is not UNSET:
            field_dict["language_code"] = language_code
        if email is not UNSET:
            field_dict["email"] = email
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if is_super_admin is not UNSET:
            field_dict["is_super_admin"] = is_super_admin
        if currency_format is not UNSET:
            field_dict["currencyFormat"] = currency_format
        if number_format is not UNSET:
            field_dict["numberFormat"] = number_format
        if site_hash is not UNSET:
            field_dict["SITE_HASH"] = site_hash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        business_name = d.pop("business_name", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        subdomain = d.pop("subdomain", UNSET)

        def _parse_site_logo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        site_logo = _parse_site_logo(d.pop("site_logo", UNSET))

        def _parse_invoice_logo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_logo = _parse_invoice_logo(d.pop("invoice_logo", UNSET))

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

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("country_code", UNSET))

        def _parse_timezone(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        def _parse_date_format(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        date_format = _parse_date_format(d.pop("date_format", UNSET))

        currency_code = d.pop("currency_code", UNSET)

        def _parse_language_code(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        language_code = _parse_language_code(d.pop("language_code", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        staff_id = d.pop("staff_id", UNSET)

        def _parse_is_super_admin(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_super_admin = _parse_is_super_admin(d.pop("is_super_admin", UNSET))

        currency_format = d.pop("currencyFormat", UNSET)

        _number_format = d.pop("numberFormat", UNSET)
        number_format: list[int | str] | Unset = UNSET
        if _number_format is not UNSET:
            number_format = []
            for number_format_item_data in _number_format:

                def _parse_number_format_item(data: object) -> int | str:
                    return cast(int | str, data)

                number_format_item = _parse_number_format_item(number_format_item_data)

                number_format.append(number_format_item)

        site_hash = d.pop("SITE_HASH", UNSET)

        site = cls(
            id=id,
            business_name=business_name,
            first_name=first_name,
            last_name=last_name,
            subdomain=subdomain,
            site_logo=site_logo,
            invoice_logo=invoice_logo,
            address1=address1,
            address2=address2,
            city=city,
            state=state,
            postal_code=postal_code,
            phone1=phone1,
            phone2=phone2,
            country_code=country_code,
            timezone=timezone,
            date_format=date_format,
            currency_code=currency_code,
            language_code=language_code,
            email=email,
            staff_id=staff_id,
            is_super_admin=is_super_admin,
            currency_format=currency_format,
            number_format=number_format,
            site_hash=site_hash,
        )

        site.additional_properties = d
        return site

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


def _wire_number_format(data: Any) -> Any:
    _number_format = data
    number_format: list[int | str] | Unset = UNSET
    if _number_format is not UNSET:
        number_format = []
        for number_format_item_data in _number_format:

            def _parse_number_format_item(data: object) -> int | str:
                return cast(int | str, data)

            number_format_item = _parse_number_format_item(number_format_item_data)

            number_format.append(number_format_item)

    return number_format


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("business_name", "business_name", None, None),
    ("first_name", "first_name", None, None),
    ("last_name", "last_name", None, None),
    ("subdomain", "subdomain", None, None),
    ("site_logo", "site_logo", None, None),
    ("invoice_logo", "invoice_logo", None, None),
    ("address1", "address1", None, None),
    ("address2", "address2", None, None),
    ("city", "city", None, None),
    ("state", "state", None, None),
    ("postal_code", "postal_code", None, None),
    ("phone1", "phone1", None, None),
    ("phone2", "phone2", None, None),
    ("country_code", "country_code", None, None),
    ("timezone", "timezone", None, None),
    ("date_format", "date_format", None, None),
    ("currency_code", "currency_code", None, None),
    ("language_code", "language_code", None, None),
    ("email", "email", None, None),
    ("staff_id", "staff_id", None, None),
    ("is_super_admin", "is_super_admin", None, None),
    ("currencyFormat", "currency_format", None, None),
    ("numberFormat", "number_format", _wire_number_format, None),
    ("SITE_HASH", "site_hash", None, None),
)
