from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag
from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="Staff")


@_attrs_define
class Staff:
    """A staff member, as read back. The v1 API only reads staff, so every field here is informational.

    Attributes:
        id (int | Unset): The staff member's id.
        added_by (int | None | Unset): The staff member who added this one; `0` is the owner.
        role_id (int | None | Unset): The staff member's role (general listing `Role`).
        name (None | str | Unset): The staff member's name.
        home_phone (None | str | Unset): Home phone number.
        business_phone (None | str | Unset): Work phone number. The capital `P` is the field's real name.
        mobile (None | str | Unset): Mobile number.
        fax (None | str | Unset): Fax number.
        country_code (None | str | Unset): Country as an ISO 3166 alpha-2 code.
        address1 (None | str | Unset): Address, first line.
        address2 (None | str | Unset): Address, second line.
        city (None | str | Unset): City.
        state (None | str | Unset): State or region.
        postal_code (None | str | Unset): Postal code.
        notes (None | str | Unset): Notes about the staff member.
        email_address (None | str | Unset): The staff member's email address (their login).
        password (str | Unset): Listed by the documentation for completeness; never returned, and staff cannot be
            written through this API.
        last_login (None | str | Unset): Last login (`YYYY-MM-DD HH:MM:SS`).
        active (bool | Flag | None | Unset): Whether the staff member's account is active (`0`/`1`).
        deleted (bool | Flag | None | Unset): Whether the staff member has been deleted (`0`/`1`).
        created (str | Unset): When the staff member was added (`YYYY-MM-DD HH:MM:SS`).
        follow_up_status (int | None | Unset): The follow-up status id.
        hourly_rate (Decimal | None | Unset): The staff member's hourly rate.
        hourly_rate_currency_code (None | str | Unset): Currency of `hourly_rate` (ISO 4217).
        default_store_id (int | None | Unset): The warehouse used by default for this staff member's documents.
        default_treasury_id (int | None | Unset): The treasury used by default for this staff member's payments.
        language_code (int | None | str | Unset): The staff member's language (general listing `languageCodes`, as the
            documentation names it).
        maximum_general_discount (Decimal | None | str | Unset): The largest discount this staff member may give; null
            means no limit. Documented as text.
    """

    id: int | Unset = UNSET
    added_by: int | None | Unset = UNSET
    role_id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    home_phone: None | str | Unset = UNSET
    business_phone: None | str | Unset = UNSET
    mobile: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    address1: None | str | Unset = UNSET
    address2: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    email_address: None | str | Unset = UNSET
    password: str | Unset = UNSET
    last_login: None | str | Unset = UNSET
    active: bool | Flag | None | Unset = UNSET
    deleted: bool | Flag | None | Unset = UNSET
    created: str | Unset = UNSET
    follow_up_status: int | None | Unset = UNSET
    hourly_rate: Decimal | None | Unset = UNSET
    hourly_rate_currency_code: None | str | Unset = UNSET
    default_store_id: int | None | Unset = UNSET
    default_treasury_id: int | None | Unset = UNSET
    language_code: int | None | str | Unset = UNSET
    maximum_general_discount: Decimal | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        added_by: int | None | Unset
        if isinstance(self.added_by, Unset):
            added_by = UNSET
        else:
            added_by = self.added_by

        role_id: int | None | Unset
        if isinstance(self.role_id, Unset):
            role_id = UNSET
        else:
            role_id = self.role_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        home_phone: None | str | Unset
        if isinstance(self.home_phone, Unset):
            home_phone = UNSET
        else:
            home_phone = self.home_phone

        business_phone: None | str | Unset
        if isinstance(self.business_phone, Unset):
            business_phone = UNSET
        else:
            business_phone = self.business_phone

        mobile: None | str | Unset
        if isinstance(self.mobile, Unset):
            mobile = UNSET
        else:
            mobile = self.mobile

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

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

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        email_address: None | str | Unset
        if isinstance(self.email_address, Unset):
            email_address = UNSET
        else:
            email_address = self.email_address

        password = self.password

        last_login: None | str | Unset
        if isinstance(self.last_login, Unset):
            last_login = UNSET
        else:
            last_login = self.last_login

        active: bool | int | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        elif isinstance(self.active, Flag):
            active = self.active.value
        else:
            active = self.active

        deleted: bool | int | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        elif isinstance(self.deleted, Flag):
            deleted = self.deleted.value
        else:
            deleted = self.deleted

        created = self.created

        follow_up_status: int | None | Unset
        if isinstance(self.follow_up_status, Unset):
            follow_up_status = UNSET
        else:
            follow_up_status = self.follow_up_status

        hourly_rate = self.hourly_rate

        hourly_rate_currency_code: None | str | Unset
        if isinstance(self.hourly_rate_currency_code, Unset):
            hourly_rate_currency_code = UNSET
        else:
            hourly_rate_currency_code = self.hourly_rate_currency_code

        default_store_id: int | None | Unset
        if isinstance(self.default_store_id, Unset):
            default_store_id = UNSET
        else:
            default_store_id = self.default_store_id

        default_treasury_id: int | None | Unset
        if isinstance(self.default_treasury_id, Unset):
            default_treasury_id = UNSET
        else:
            default_treasury_id = self.default_treasury_id

        language_code: int | None | str | Unset
        if isinstance(self.language_code, Unset):
            language_code = UNSET
        else:
            language_code = self.language_code

        maximum_general_discount = self.maximum_general_discount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if added_by is not UNSET:
            field_dict["added_by"] = added_by
        if role_id is not UNSET:
            field_dict["role_id"] = role_id
        if name is not UNSET:
            field_dict["name"] = name
        if home_phone is not UNSET:
            field_dict["home_phone"] = home_phone
        if business_phone is not UNSET:
            field_dict["business_Phone"] = business_phone
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if fax is not UNSET:
            field_dict["fax"] = fax
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
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
        if notes is not UNSET:
            field_dict["notes"] = notes
        if email_address is not UNSET:
            field_dict["email_address"] = email_address
        if password is not UNSET:
            field_dict["password"] = password
        if last_login is not UNSET:
            field_dict["last_login"] = last_login
        if active is not UNSET:
            field_dict["active"] = active
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if created is not UNSET:
            field_dict["created"] = created
        if follow_up_status is not UNSET:
            field_dict["follow_up_status"] = follow_up_status
        if hourly_rate is not UNSET:
            field_dict["hourly_rate"] = hourly_rate
        if hourly_rate_currency_code is not UNSET:
            field_dict["hourly_rate_currency_code"] = hourly_rate_currency_code
        if default_store_id is not UNSET:
            field_dict["default_store_id"] = default_store_id
        if default_treasury_id is not UNSET:
            field_dict["default_treasury_id"] = default_treasury_id
        if language_code is not UNSET:
            field_dict["language_code"] = language_code
        if maximum_general_discount is not UNSET:
            field_dict["maximum_general_discount"] = maximum_general_discount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_added_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        added_by = _parse_added_by(d.pop("added_by", UNSET))

        def _parse_role_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        role_id = _parse_role_id(d.pop("role_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_home_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        home_phone = _parse_home_phone(d.pop("home_phone", UNSET))

        def _parse_business_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_phone = _parse_business_phone(d.pop("business_Phone", UNSET))

        def _parse_mobile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobile = _parse_mobile(d.pop("mobile", UNSET))

        def _parse_fax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fax = _parse_fax(d.pop("fax", UNSET))

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("country_code", UNSET))

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

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_email_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_address = _parse_email_address(d.pop("email_address", UNSET))

        password = d.pop("password", UNSET)

        def _parse_last_login(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_login = _parse_last_login(d.pop("last_login", UNSET))

        def _parse_active(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                active_type_1 = Flag(data)

                return active_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_deleted(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                deleted_type_1 = Flag(data)

                return deleted_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        deleted = _parse_deleted(d.pop("deleted", UNSET))

        created = d.pop("created", UNSET)

        def _parse_follow_up_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        follow_up_status = _parse_follow_up_status(d.pop("follow_up_status", UNSET))

        hourly_rate = decimal_from_json(d.pop("hourly_rate", UNSET), ("number",))

        def _parse_hourly_rate_currency_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hourly_rate_currency_code = _parse_hourly_rate_currency_code(
            d.pop("hourly_rate_currency_code", UNSET)
        )

        def _parse_default_store_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_store_id = _parse_default_store_id(d.pop("default_store_id", UNSET))

        def _parse_default_treasury_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_treasury_id = _parse_default_treasury_id(d.pop("default_treasury_id", UNSET))

        def _parse_language_code(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        language_code = _parse_language_code(d.pop("language_code", UNSET))

        maximum_general_discount = decimal_from_json(
            d.pop("maximum_general_discount", UNSET),
            (
                "string",
                "number",
            ),
        )

        staff = cls(
            id=id,
            added_by=added_by,
            role_id=role_id,
            name=name,
            home_phone=home_phone,
            business_phone=business_phone,
            mobile=mobile,
            fax=fax,
            country_code=country_code,
            address1=address1,
            address2=address2,
            city=city,
            state=state,
            postal_code=postal_code,
            notes=notes,
            email_address=email_address,
            password=password,
            last_login=last_login,
            active=active,
            deleted=deleted,
            created=created,
            follow_up_status=follow_up_status,
            hourly_rate=hourly_rate,
            hourly_rate_currency_code=hourly_rate_currency_code,
            default_store_id=default_store_id,
            default_treasury_id=default_treasury_id,
            language_code=language_code,
            maximum_general_discount=maximum_general_discount,
        )

        staff.additional_properties = d
        return staff

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


def _wire_active(data: Any) -> Any:
    def _parse_active(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            active_type_1 = Flag(data)

            return active_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    active = _parse_active(data)

    return active


def _wire_deleted(data: Any) -> Any:
    def _parse_deleted(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            deleted_type_1 = Flag(data)

            return deleted_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    deleted = _parse_deleted(data)

    return deleted


def _wire_hourly_rate(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_maximum_general_discount(data: Any) -> Any:
    return decimal_from_json(
        data,
        (
            "string",
            "number",
        ),
    )


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("added_by", "added_by", None, None),
    ("role_id", "role_id", None, None),
    ("name", "name", None, None),
    ("home_phone", "home_phone", None, None),
    ("business_Phone", "business_phone", None, None),
    ("mobile", "mobile", None, None),
    ("fax", "fax", None, None),
    ("country_code", "country_code", None, None),
    ("address1", "address1", None, None),
    ("address2", "address2", None, None),
    ("city", "city", None, None),
    ("state", "state", None, None),
    ("postal_code", "postal_code", None, None),
    ("notes", "notes", None, None),
    ("email_address", "email_address", None, None),
    ("password", "password", None, None),
    ("last_login", "last_login", None, None),
    ("active", "active", _wire_active, None),
    ("deleted", "deleted", _wire_deleted, None),
    ("created", "created", None, None),
    ("follow_up_status", "follow_up_status", None, None),
    ("hourly_rate", "hourly_rate", _wire_hourly_rate, None),
    ("hourly_rate_currency_code", "hourly_rate_currency_code", None, None),
    ("default_store_id", "default_store_id", None, None),
    ("default_treasury_id", "default_treasury_id", None, None),
    ("language_code", "language_code", None, None),
    ("maximum_general_discount", "maximum_general_discount", _wire_maximum_general_discount, None),
)
