from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.client_type import ClientType
from ..models.flag import Flag
from ..models.gender import Gender
from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="Client")


@_attrs_define
class Client:
    """A client, as embedded in invoice answers.

    Attributes:
        id (int | Unset): The client's id.
        client_number (None | str | Unset): The client's number as shown to people.
        type_ (ClientType | int | None | Unset): Individual or business.
        is_offline (bool | Flag | None | Unset): Whether the client is an offline client (`0`/`1`).
        staff_id (int | None | Unset): The staff member who added the client; `0` is the owner.
        business_name (None | str | Unset): The client's business name.
        first_name (None | str | Unset): The client's first name.
        last_name (None | str | Unset): The client's last name.
        email (None | str | Unset): The client's email address.
        password (str | Unset): Password for the client portal; only ever sent, never returned.
        address1 (None | str | Unset): Address, first line.
        address2 (None | str | Unset): Address, second line.
        city (None | str | Unset): City.
        state (None | str | Unset): State or region.
        postal_code (None | str | Unset): Postal code.
        phone1 (None | str | Unset): Phone number.
        phone2 (None | str | Unset): Mobile number.
        country_code (None | str | Unset): Country as an ISO 3166 alpha-2 code.
        notes (None | str | Unset): Notes about the client.
        active_secondary_address (bool | Flag | None | Unset): Whether the secondary address is in use (`0`/`1`).
        secondary_name (None | str | Unset): Contact name at the secondary address.
        secondary_address1 (None | str | Unset): Secondary address, first line.
        secondary_address2 (None | str | Unset): Secondary address, second line.
        secondary_city (None | str | Unset): Secondary address, city.
        secondary_state (None | str | Unset): Secondary address, state or region.
        secondary_postal_code (None | str | Unset): Secondary address, postal code.
        secondary_country_code (None | str | Unset): Secondary address, country code.
        default_currency_code (None | str | Unset): The client's usual currency (ISO 4217).
        follow_up_status (int | None | Unset): The follow-up status id.
        category (None | str | Unset): A free label grouping clients.
        group_price_id (int | None | Unset): The price group (general listing `GroupPrice`).
        timezone (int | None | str | Unset): Id of the client's time zone (general listing `Timezone`).
        bn1 (None | str | Unset): First registration number, for example a tax id.
        bn1_label (None | str | Unset): What `bn1` is; depends on the country.
        bn2 (None | str | Unset): Second registration number.
        bn2_label (None | str | Unset): What `bn2` is; depends on the country.
        starting_balance (Decimal | None | Unset): The client's opening balance.
        credit_limit (Decimal | None | str | Unset): The most the client may owe.
        credit_period (int | None | str | Unset): Days of credit given to the client.
        birth_date (None | str | Unset): Birth date as `YYYY-MM-DD`; may be empty.
        gender (Gender | int | None | Unset): The client's gender.
        map_location (None | str | Unset): Position on the map as `latitude,longitude,zoom`.
        branch_id (int | None | Unset): The branch the client belongs to.
        last_login (None | str | Unset): Last portal login (`YYYY-MM-DD HH:MM:SS`).
        last_ip (None | str | Unset): Address the client last logged in from.
        suspend (bool | Flag | None | Unset): Whether the client's portal account is suspended (`0`/`1`).
        created (str | Unset): When the client was added (`YYYY-MM-DD HH:MM:SS`).
        modified (str | Unset): When the client last changed (`YYYY-MM-DD HH:MM:SS`).
    """

    id: int | Unset = UNSET
    client_number: None | str | Unset = UNSET
    type_: ClientType | int | None | Unset = UNSET
    is_offline: bool | Flag | None | Unset = UNSET
    staff_id: int | None | Unset = UNSET
    business_name: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    password: str | Unset = UNSET
    address1: None | str | Unset = UNSET
    address2: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    phone1: None | str | Unset = UNSET
    phone2: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    active_secondary_address: bool | Flag | None | Unset = UNSET
    secondary_name: None | str | Unset = UNSET
    secondary_address1: None | str | Unset = UNSET
    secondary_address2: None | str | Unset = UNSET
    secondary_city: None | str | Unset = UNSET
    secondary_state: None | str | Unset = UNSET
    secondary_postal_code: None | str | Unset = UNSET
    secondary_country_code: None | str | Unset = UNSET
    default_currency_code: None | str | Unset = UNSET
    follow_up_status: int | None | Unset = UNSET
    category: None | str | Unset = UNSET
    group_price_id: int | None | Unset = UNSET
    timezone: int | None | str | Unset = UNSET
    bn1: None | str | Unset = UNSET
    bn1_label: None | str | Unset = UNSET
    bn2: None | str | Unset = UNSET
    bn2_label: None | str | Unset = UNSET
    starting_balance: Decimal | None | Unset = UNSET
    credit_limit: Decimal | None | str | Unset = UNSET
    credit_period: int | None | str | Unset = UNSET
    birth_date: None | str | Unset = UNSET
    gender: Gender | int | None | Unset = UNSET
    map_location: None | str | Unset = UNSET
    branch_id: int | None | Unset = UNSET
    last_login: None | str | Unset = UNSET
    last_ip: None | str | Unset = UNSET
    suspend: bool | Flag | None | Unset = UNSET
    created: str | Unset = UNSET
    modified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_number: None | str | Unset
        if isinstance(self.client_number, Unset):
            client_number = UNSET
        else:
            client_number = self.client_number

        type_: int | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ClientType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        is_offline: bool | int | None | Unset
        if isinstance(self.is_offline, Unset):
            is_offline = UNSET
        elif isinstance(self.is_offline, Flag):
            is_offline = self.is_offline.value
        else:
            is_offline = self.is_offline

        staff_id: int | None | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

        business_name: None | str | Unset
        if isinstance(self.business_name, Unset):
            business_name = UNSET
        else:
            business_name = self.business_name

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

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        password = self.password

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

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        active_secondary_address: bool | int | None | Unset
        if isinstance(self.active_secondary_address, Unset):
            active_secondary_address = UNSET
        elif isinstance(self.active_secondary_address, Flag):
            active_secondary_address = self.active_secondary_address.value
        else:
            active_secondary_address = self.active_secondary_address

        secondary_name: None | str | Unset
        if isinstance(self.secondary_name, Unset):
            secondary_name = UNSET
        else:
            secondary_name = self.secondary_name

        secondary_address1: None | str | Unset
        if isinstance(self.secondary_address1, Unset):
            secondary_address1 = UNSET
        else:
            secondary_address1 = self.secondary_address1

        secondary_address2: None | str | Unset
        if isinstance(self.secondary_address2, Unset):
            secondary_address2 = UNSET
        else:
            secondary_address2 = self.secondary_address2

        secondary_city: None | str | Unset
        if isinstance(self.secondary_city, Unset):
            secondary_city = UNSET
        else:
            secondary_city = self.secondary_city

        secondary_state: None | str | Unset
        if isinstance(self.secondary_state, Unset):
            secondary_state = UNSET
        else:
            secondary_state = self.secondary_state

        secondary_postal_code: None | str | Unset
        if isinstance(self.secondary_postal_code, Unset):
            secondary_postal_code = UNSET
        else:
            secondary_postal_code = self.secondary_postal_code

        secondary_country_code: None | str | Unset
        if isinstance(self.secondary_country_code, Unset):
            secondary_country_code = UNSET
        else:
            secondary_country_code = self.secondary_country_code

        default_currency_code: None | str | Unset
        if isinstance(self.default_currency_code, Unset):
            default_currency_code = UNSET
        else:
            default_currency_code = self.default_currency_code

        follow_up_status: int | None | Unset
        if isinstance(self.follow_up_status, Unset):
            follow_up_status = UNSET
        else:
            follow_up_status = self.follow_up_status

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        group_price_id: int | None | Unset
        if isinstance(self.group_price_id, Unset):
            group_price_id = UNSET
        else:
            group_price_id = self.group_price_id

        timezone: int | None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        bn1: None | str | Unset
        if isinstance(self.bn1, Unset):
            bn1 = UNSET
        else:
            bn1 = self.bn1

        bn1_label: None | str | Unset
        if isinstance(self.bn1_label, Unset):
            bn1_label = UNSET
        else:
            bn1_label = self.bn1_label

        bn2: None | str | Unset
        if isinstance(self.bn2, Unset):
            bn2 = UNSET
        else:
            bn2 = self.bn2

        bn2_label: None | str | Unset
        if isinstance(self.bn2_label, Unset):
            bn2_label = UNSET
        else:
            bn2_label = self.bn2_label

        starting_balance = self.starting_balance

        credit_limit = self.credit_limit

        credit_period: int | None | str | Unset
        if isinstance(self.credit_period, Unset):
            credit_period = UNSET
        else:
            credit_period = self.credit_period

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        else:
            birth_date = self.birth_date

        gender: int | None | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        elif isinstance(self.gender, Gender):
            gender = self.gender.value
        else:
            gender = self.gender

        map_location: None | str | Unset
        if isinstance(self.map_location, Unset):
            map_location = UNSET
        else:
            map_location = self.map_location

        branch_id: int | None | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        last_login: None | str | Unset
        if isinstance(self.last_login, Unset):
            last_login = UNSET
        else:
            last_login = self.last_login

        last_ip: None | str | Unset
        if isinstance(self.last_ip, Unset):
            last_ip = UNSET
        else:
            last_ip = self.last_ip

        suspend: bool | int | None | Unset
        if isinstance(self.suspend, Unset):
            suspend = UNSET
        elif isinstance(self.suspend, Flag):
            suspend = self.suspend.value
        else:
            suspend = self.suspend

        created = self.created

        modified = self.modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if client_number is not UNSET:
            field_dict["client_number"] = client_number
        if type_ is not UNSET:
            field_dict["type"] = type_
        if is_offline is not UNSET:
            field_dict["is_offline"] = is_offline
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if business_name is not UNSET:
            field_dict["business_name"] = business_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if password is not UNSET:
            field_dict["password"] = password
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
        if notes is not UNSET:
            field_dict["notes"] = notes
        if active_secondary_address is not UNSET:
            field_dict["active_secondary_address"] = active_secondary_address
        if secondary_name is not UNSET:
            field_dict["secondary_name"] = secondary_name
        if secondary_address1 is not UNSET:
            field_dict["secondary_address1"] = secondary_address1
        if secondary_address2 is not UNSET:
            field_dict["secondary_address2"] = secondary_address2
        if secondary_city is not UNSET:
            field_dict["secondary_city"] = secondary_city
        if secondary_state is not UNSET:
            field_dict["secondary_state"] = secondary_state
        if secondary_postal_code is not UNSET:
            field_dict["secondary_postal_code"] = secondary_postal_code
        if secondary_country_code is not UNSET:
            field_dict["secondary_country_code"] = secondary_country_code
        if default_currency_code is not UNSET:
            field_dict["default_currency_code"] = default_currency_code
        if follow_up_status is not UNSET:
            field_dict["follow_up_status"] = follow_up_status
        if category is not UNSET:
            field_dict["category"] = category
        if group_price_id is not UNSET:
            field_dict["group_price_id"] = group_price_id
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if bn1 is not UNSET:
            field_dict["bn1"] = bn1
        if bn1_label is not UNSET:
            field_dict["bn1_label"] = bn1_label
        if bn2 is not UNSET:
            field_dict["bn2"] = bn2
        if bn2_label is not UNSET:
            field_dict["bn2_label"] = bn2_label
        if starting_balance is not UNSET:
            field_dict["starting_balance"] = starting_balance
        if credit_limit is not UNSET:
            field_dict["credit_limit"] = credit_limit
        if credit_period is not UNSET:
            field_dict["credit_period"] = credit_period
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if gender is not UNSET:
            field_dict["gender"] = gender
        if map_location is not UNSET:
            field_dict["map_location"] = map_location
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if last_login is not UNSET:
            field_dict["last_login"] = last_login
        if last_ip is not UNSET:
            field_dict["last_ip"] = last_ip
        if suspend is not UNSET:
            field_dict["suspend"] = suspend
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_client_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_number = _parse_client_number(d.pop("client_number", UNSET))

        def _parse_type_(data: object) -> ClientType | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                type_type_0 = ClientType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClientType | int | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_is_offline(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                is_offline_type_1 = Flag(data)

                return is_offline_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        is_offline = _parse_is_offline(d.pop("is_offline", UNSET))

        def _parse_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        staff_id = _parse_staff_id(d.pop("staff_id", UNSET))

        def _parse_business_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_name = _parse_business_name(d.pop("business_name", UNSET))

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

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        password = d.pop("password", UNSET)

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

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_active_secondary_address(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                active_secondary_address_type_1 = Flag(data)

                return active_secondary_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        active_secondary_address = _parse_active_secondary_address(
            d.pop("active_secondary_address", UNSET)
        )

        def _parse_secondary_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secondary_name = _parse_secondary_name(d.pop("secondary_name", UNSET))

        def _parse_secondary_address1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secondary_address1 = _parse_secondary_address1(d.pop("secondary_address1", UNSET))

        def _parse_secondary_address2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secondary_address2 = _parse_secondary_address2(d.pop("secondary_address2", UNSET))

        def _parse_secondary_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secondary_city = _parse_secondary_city(d.pop("secondary_city", UNSET))

        def _parse_secondary_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secondary_state = _parse_secondary_state(d.pop("secondary_state", UNSET))

        def _parse_secondary_postal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secondary_postal_code = _parse_secondary_postal_code(d.pop("secondary_postal_code", UNSET))

        def _parse_secondary_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secondary_country_code = _parse_secondary_country_code(
            d.pop("secondary_country_code", UNSET)
        )

        def _parse_default_currency_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_currency_code = _parse_default_currency_code(d.pop("default_currency_code", UNSET))

        def _parse_follow_up_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        follow_up_status = _parse_follow_up_status(d.pop("follow_up_status", UNSET))

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_group_price_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        group_price_id = _parse_group_price_id(d.pop("group_price_id", UNSET))

        def _parse_timezone(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        def _parse_bn1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bn1 = _parse_bn1(d.pop("bn1", UNSET))

        def _parse_bn1_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bn1_label = _parse_bn1_label(d.pop("bn1_label", UNSET))

        def _parse_bn2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bn2 = _parse_bn2(d.pop("bn2", UNSET))

        def _parse_bn2_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bn2_label = _parse_bn2_label(d.pop("bn2_label", UNSET))

        starting_balance = decimal_from_json(d.pop("starting_balance", UNSET), ("number",))

        credit_limit = decimal_from_json(
            d.pop("credit_limit", UNSET),
            (
                "number",
                "string",
            ),
        )

        def _parse_credit_period(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        credit_period = _parse_credit_period(d.pop("credit_period", UNSET))

        def _parse_birth_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        birth_date = _parse_birth_date(d.pop("birth_date", UNSET))

        def _parse_gender(data: object) -> Gender | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                gender_type_0 = Gender(data)

                return gender_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Gender | int | None | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_map_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        map_location = _parse_map_location(d.pop("map_location", UNSET))

        def _parse_branch_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        def _parse_last_login(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_login = _parse_last_login(d.pop("last_login", UNSET))

        def _parse_last_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_ip = _parse_last_ip(d.pop("last_ip", UNSET))

        def _parse_suspend(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                suspend_type_1 = Flag(data)

                return suspend_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        suspend = _parse_suspend(d.pop("suspend", UNSET))

        created = d.pop("created", UNSET)

        modified = d.pop("modified", UNSET)

        client = cls(
            id=id,
            client_number=client_number,
            type_=type_,
            is_offline=is_offline,
            staff_id=staff_id,
            business_name=business_name,
            first_name=first_name,
            last_name=last_name,
            email=email,
            password=password,
            address1=address1,
            address2=address2,
            city=city,
            state=state,
            postal_code=postal_code,
            phone1=phone1,
            phone2=phone2,
            country_code=country_code,
            notes=notes,
            active_secondary_address=active_secondary_address,
            secondary_name=secondary_name,
            secondary_address1=secondary_address1,
            secondary_address2=secondary_address2,
            secondary_city=secondary_city,
            secondary_state=secondary_state,
            secondary_postal_code=secondary_postal_code,
            secondary_country_code=secondary_country_code,
            default_currency_code=default_currency_code,
            follow_up_status=follow_up_status,
            category=category,
            group_price_id=group_price_id,
            timezone=timezone,
            bn1=bn1,
            bn1_label=bn1_label,
            bn2=bn2,
            bn2_label=bn2_label,
            starting_balance=starting_balance,
            credit_limit=credit_limit,
            credit_period=credit_period,
            birth_date=birth_date,
            gender=gender,
            map_location=map_location,
            branch_id=branch_id,
            last_login=last_login,
            last_ip=last_ip,
            suspend=suspend,
            created=created,
            modified=modified,
        )

        client.additional_properties = d
        return client

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
    def _parse_type_(data: object) -> ClientType | int | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            type_type_0 = ClientType(data)

            return type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(ClientType | int | None | Unset, data)

    type_ = _parse_type_(data)

    return type_


def _wire_is_offline(data: Any) -> Any:
    def _parse_is_offline(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            is_offline_type_1 = Flag(data)

            return is_offline_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    is_offline = _parse_is_offline(data)

    return is_offline


def _wire_active_secondary_address(data: Any) -> Any:
    def _parse_active_secondary_address(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            active_secondary_address_type_1 = Flag(data)

            return active_secondary_address_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    active_secondary_address = _parse_active_secondary_address(data)

    return active_secondary_address


def _wire_starting_balance(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_credit_limit(data: Any) -> Any:
    return decimal_from_json(
        data,
        (
            "number",
            "string",
        ),
    )


def _wire_gender(data: Any) -> Any:
    def _parse_gender(data: object) -> Gender | int | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            gender_type_0 = Gender(data)

            return gender_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(Gender | int | None | Unset, data)

    gender = _parse_gender(data)

    return gender


def _wire_suspend(data: Any) -> Any:
    def _parse_suspend(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            suspend_type_1 = Flag(data)

            return suspend_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    suspend = _parse_suspend(data)

    return suspend


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("client_number", "client_number", None, None),
    ("type", "type_", _wire_type_, None),
    ("is_offline", "is_offline", _wire_is_offline, None),
    ("staff_id", "staff_id", None, None),
    ("business_name", "business_name", None, None),
    ("first_name", "first_name", None, None),
    ("last_name", "last_name", None, None),
    ("email", "email", None, None),
    ("password", "password", None, None),
    ("address1", "address1", None, None),
    ("address2", "address2", None, None),
    ("city", "city", None, None),
    ("state", "state", None, None),
    ("postal_code", "postal_code", None, None),
    ("phone1", "phone1", None, None),
    ("phone2", "phone2", None, None),
    ("country_code", "country_code", None, None),
    ("notes", "notes", None, None),
    ("active_secondary_address", "active_secondary_address", _wire_active_secondary_address, None),
    ("secondary_name", "secondary_name", None, None),
    ("secondary_address1", "secondary_address1", None, None),
    ("secondary_address2", "secondary_address2", None, None),
    ("secondary_city", "secondary_city", None, None),
    ("secondary_state", "secondary_state", None, None),
    ("secondary_postal_code", "secondary_postal_code", None, None),
    ("secondary_country_code", "secondary_country_code", None, None),
    ("default_currency_code", "default_currency_code", None, None),
    ("follow_up_status", "follow_up_status", None, None),
    ("category", "category", None, None),
    ("group_price_id", "group_price_id", None, None),
    ("timezone", "timezone", None, None),
    ("bn1", "bn1", None, None),
    ("bn1_label", "bn1_label", None, None),
    ("bn2", "bn2", None, None),
    ("bn2_label", "bn2_label", None, None),
    ("starting_balance", "starting_balance", _wire_starting_balance, None),
    ("credit_limit", "credit_limit", _wire_credit_limit, None),
    ("credit_period", "credit_period", None, None),
    ("birth_date", "birth_date", None, None),
    ("gender", "gender", _wire_gender, None),
    ("map_location", "map_location", None, None),
    ("branch_id", "branch_id", None, None),
    ("last_login", "last_login", None, None),
    ("last_ip", "last_ip", None, None),
    ("suspend", "suspend", _wire_suspend, None),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
)
