from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag
from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.entity_staff_staff_custom_data import EntityStaffStaffCustomData
    from ..models.entity_staff_staff_info import EntityStaffStaffInfo
    from ..models.entity_staff_staff_job import EntityStaffStaffJob


T = TypeVar("T", bound="EntityStaff")


@_attrs_define
class EntityStaff:
    """A staff member as embedded in v2 records (the person who added the record, a department manager, ...). Higher levels
    add `staff_info`, `staff_job` and `staff_custom_data`. The service sends a `password` key too, always null.

        Attributes:
            id (int): The staff member's id.
            added_by (int | None | Unset): The staff member who added this one.
            role_id (int | None | Unset): The staff member's role; `-1` marks the account owner.
            code (None | str | Unset): The staff member's number as shown to people.
            type_ (None | str | Unset): Kind of staff record, for example `user`.
            name (None | str | Unset): First name.
            middle_name (None | str | Unset): Middle name.
            last_name (None | str | Unset): Last name.
            full_name (None | str | Unset): The name as displayed.
            photo (None | str | Unset): Photo file, if any.
            can_access_system (bool | Flag | None | Unset): Whether the staff member may log in (`0`/`1`).
            home_phone (None | str | Unset): Home phone number.
            business_phone (None | str | Unset): Business phone number (spelled with a capital P by the service).
            mobile (None | str | Unset): Mobile number.
            fax (None | str | Unset): Fax number.
            country_code (None | str | Unset): Country as an ISO 3166 alpha-2 code.
            address1 (None | str | Unset): Address, first line.
            address2 (None | str | Unset): Address, second line.
            city (None | str | Unset): City.
            state (None | str | Unset): State or region.
            postal_code (None | str | Unset): Postal code.
            note (None | str | Unset): Notes.
            email_address (None | str | Unset): Email address.
            last_login (None | str | Unset): Last login (`YYYY-MM-DD HH:MM:SS`).
            active (bool | Flag | None | Unset): Whether the staff member is active (`0`/`1`).
            created (None | str | Unset): When the staff member was added (`YYYY-MM-DD HH:MM:SS`).
            modified (None | str | Unset): When the staff member last changed (`YYYY-MM-DD HH:MM:SS`).
            hourly_rate (Decimal | None | str | Unset): Hourly rate.
            hourly_rate_currency_code (None | str | Unset): Currency of the hourly rate (ISO 4217).
            default_store_id (int | None | Unset): The staff member's default warehouse.
            default_treasury_id (int | None | Unset): The staff member's default treasury.
            maximum_general_discount (Decimal | None | Unset): Largest discount the staff member may give.
            language_code (int | None | Unset): Id of the staff member's interface language.
            branch_id (int | None | Unset): The staff member's branch.
            attendance_restriction_id (int | None | Unset): Attendance restriction applied, if any.
            default_account_id (int | None | Unset): Default account, if any.
            citizenship_status (None | str | Unset): Citizenship status, for example `citizen`.
            residence_expiry_date (None | str | Unset): Residence permit expiry (`YYYY-MM-DD`).
            nationality (None | str | Unset): Nationality.
            official_id (None | str | Unset): Official identity number.
            staff_info (EntityStaffStaffInfo | Unset): HR details (department, designation, shifts, ...), at higher levels.
            staff_job (EntityStaffStaffJob | Unset): Employment details (join date, contract, ...), at higher levels.
            staff_custom_data (EntityStaffStaffCustomData | Unset): Values of the account's custom staff fields, at higher
                levels.
    """

    id: int
    added_by: int | None | Unset = UNSET
    role_id: int | None | Unset = UNSET
    code: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    middle_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    full_name: None | str | Unset = UNSET
    photo: None | str | Unset = UNSET
    can_access_system: bool | Flag | None | Unset = UNSET
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
    note: None | str | Unset = UNSET
    email_address: None | str | Unset = UNSET
    last_login: None | str | Unset = UNSET
    active: bool | Flag | None | Unset = UNSET
    created: None | str | Unset = UNSET
    modified: None | str | Unset = UNSET
    hourly_rate: Decimal | None | str | Unset = UNSET
    hourly_rate_currency_code: None | str | Unset = UNSET
    default_store_id: int | None | Unset = UNSET
    default_treasury_id: int | None | Unset = UNSET
    maximum_general_discount: Decimal | None | Unset = UNSET
    language_code: int | None | Unset = UNSET
    branch_id: int | None | Unset = UNSET
    attendance_restriction_id: int | None | Unset = UNSET
    default_account_id: int | None | Unset = UNSET
    citizenship_status: None | str | Unset = UNSET
    residence_expiry_date: None | str | Unset = UNSET
    nationality: None | str | Unset = UNSET
    official_id: None | str | Unset = UNSET
    staff_info: EntityStaffStaffInfo | Unset = UNSET
    staff_job: EntityStaffStaffJob | Unset = UNSET
    staff_custom_data: EntityStaffStaffCustomData | Unset = UNSET
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

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        middle_name: None | str | Unset
        if isinstance(self.middle_name, Unset):
            middle_name = UNSET
        else:
            middle_name = self.middle_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        photo: None | str | Unset
        if isinstance(self.photo, Unset):
            photo = UNSET
        else:
            photo = self.photo

        can_access_system: bool | int | None | Unset
        if isinstance(self.can_access_system, Unset):
            can_access_system = UNSET
        elif isinstance(self.can_access_system, Flag):
            can_access_system = self.can_access_system.value
        else:
            can_access_system = self.can_access_system

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

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        email_address: None | str | Unset
        if isinstance(self.email_address, Unset):
            email_address = UNSET
        else:
            email_address = self.email_address

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

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        modified: None | str | Unset
        if isinstance(self.modified, Unset):
            modified = UNSET
        else:
            modified = self.modified

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

        maximum_general_discount = self.maximum_general_discount

        language_code: int | None | Unset
        if isinstance(self.language_code, Unset):
            language_code = UNSET
        else:
            language_code = self.language_code

        branch_id: int | None | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        attendance_restriction_id: int | None | Unset
        if isinstance(self.attendance_restriction_id, Unset):
            attendance_restriction_id = UNSET
        else:
            attendance_restriction_id = self.attendance_restriction_id

        default_account_id: int | None | Unset
        if isinstance(self.default_account_id, Unset):
            default_account_id = UNSET
        else:
            default_account_id = self.default_account_id

        citizenship_status: None | str | Unset
        if isinstance(self.citizenship_status, Unset):
            citizenship_status = UNSET
        else:
            citizenship_status = self.citizenship_status

        residence_expiry_date: None | str | Unset
        if isinstance(self.residence_expiry_date, Unset):
            residence_expiry_date = UNSET
        else:
            residence_expiry_date = self.residence_expiry_date

        nationality: None | str | Unset
        if isinstance(self.nationality, Unset):
            nationality = UNSET
        else:
            nationality = self.nationality

        official_id: None | str | Unset
        if isinstance(self.official_id, Unset):
            official_id = UNSET
        else:
            official_id = self.official_id

        staff_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff_info, Unset):
            staff_info = self.staff_info.to_dict()

        staff_job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff_job, Unset):
            staff_job = self.staff_job.to_dict()

        staff_custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff_custom_data, Unset):
            staff_custom_data = self.staff_custom_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if added_by is not UNSET:
            field_dict["added_by"] = added_by
        if role_id is not UNSET:
            field_dict["role_id"] = role_id
        if code is not UNSET:
            field_dict["code"] = code
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if photo is not UNSET:
            field_dict["photo"] = photo
        if can_access_system is not UNSET:
            field_dict["can_access_system"] = can_access_system
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
        if note is not UNSET:
            field_dict["note"] = note
        if email_address is not UNSET:
            field_dict["email_address"] = email_address
        if last_login is not UNSET:
            field_dict["last_login"] = last_login
        if active is not UNSET:
            field_dict["active"] = active
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified
        if hourly_rate is not UNSET:
            field_dict["hourly_rate"] = hourly_rate
        if hourly_rate_currency_code is not UNSET:
            field_dict["hourly_rate_currency_code"] = hourly_rate_currency_code
        if default_store_id is not UNSET:
            field_dict["default_store_id"] = default_store_id
        if default_treasury_id is not UNSET:
            field_dict["default_treasury_id"] = default_treasury_id
        if maximum_general_discount is not UNSET:
            field_dict["maximum_general_discount"] = maximum_general_discount
        if language_code is not UNSET:
            field_dict["language_code"] = language_code
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if attendance_restriction_id is not UNSET:
            field_dict["attendance_restriction_id"] = attendance_restriction_id
        if default_account_id is not UNSET:
            field_dict["default_account_id"] = default_account_id
        if citizenship_status is not UNSET:
            field_dict["citizenship_status"] = citizenship_status
        if residence_expiry_date is not UNSET:
            field_dict["residence_expiry_date"] = residence_expiry_date
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        if official_id is not UNSET:
            field_dict["official_id"] = official_id
        if staff_info is not UNSET:
            field_dict["staff_info"] = staff_info
        if staff_job is not UNSET:
            field_dict["staff_job"] = staff_job
        if staff_custom_data is not UNSET:
            field_dict["staff_custom_data"] = staff_custom_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_staff_staff_custom_data import EntityStaffStaffCustomData  # noqa: PLC0415
        from ..models.entity_staff_staff_info import EntityStaffStaffInfo  # noqa: PLC0415
        from ..models.entity_staff_staff_job import EntityStaffStaffJob  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

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

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_middle_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        middle_name = _parse_middle_name(d.pop("middle_name", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_name = _parse_full_name(d.pop("full_name", UNSET))

        def _parse_photo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        photo = _parse_photo(d.pop("photo", UNSET))

        def _parse_can_access_system(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                can_access_system_type_1 = Flag(data)

                return can_access_system_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        can_access_system = _parse_can_access_system(d.pop("can_access_system", UNSET))

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

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_email_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_address = _parse_email_address(d.pop("email_address", UNSET))

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

        def _parse_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_modified(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        modified = _parse_modified(d.pop("modified", UNSET))

        hourly_rate = decimal_from_json(
            d.pop("hourly_rate", UNSET),
            (
                "number",
                "string",
            ),
        )

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

        maximum_general_discount = decimal_from_json(
            d.pop("maximum_general_discount", UNSET), ("number",)
        )

        def _parse_language_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        language_code = _parse_language_code(d.pop("language_code", UNSET))

        def _parse_branch_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        def _parse_attendance_restriction_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        attendance_restriction_id = _parse_attendance_restriction_id(
            d.pop("attendance_restriction_id", UNSET)
        )

        def _parse_default_account_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_account_id = _parse_default_account_id(d.pop("default_account_id", UNSET))

        def _parse_citizenship_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        citizenship_status = _parse_citizenship_status(d.pop("citizenship_status", UNSET))

        def _parse_residence_expiry_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        residence_expiry_date = _parse_residence_expiry_date(d.pop("residence_expiry_date", UNSET))

        def _parse_nationality(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nationality = _parse_nationality(d.pop("nationality", UNSET))

        def _parse_official_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        official_id = _parse_official_id(d.pop("official_id", UNSET))

        _staff_info = d.pop("staff_info", UNSET)
        staff_info: EntityStaffStaffInfo | Unset
        if isinstance(_staff_info, Unset):
            staff_info = UNSET
        else:
            staff_info = EntityStaffStaffInfo.from_dict(_staff_info)

        _staff_job = d.pop("staff_job", UNSET)
        staff_job: EntityStaffStaffJob | Unset
        if isinstance(_staff_job, Unset):
            staff_job = UNSET
        else:
            staff_job = EntityStaffStaffJob.from_dict(_staff_job)

        _staff_custom_data = d.pop("staff_custom_data", UNSET)
        staff_custom_data: EntityStaffStaffCustomData | Unset
        if isinstance(_staff_custom_data, Unset):
            staff_custom_data = UNSET
        else:
            staff_custom_data = EntityStaffStaffCustomData.from_dict(_staff_custom_data)

        entity_staff = cls(
            id=id,
            added_by=added_by,
            role_id=role_id,
            code=code,
            type_=type_,
            name=name,
            middle_name=middle_name,
            last_name=last_name,
            full_name=full_name,
            photo=photo,
            can_access_system=can_access_system,
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
            note=note,
            email_address=email_address,
            last_login=last_login,
            active=active,
            created=created,
            modified=modified,
            hourly_rate=hourly_rate,
            hourly_rate_currency_code=hourly_rate_currency_code,
            default_store_id=default_store_id,
            default_treasury_id=default_treasury_id,
            maximum_general_discount=maximum_general_discount,
            language_code=language_code,
            branch_id=branch_id,
            attendance_restriction_id=attendance_restriction_id,
            default_account_id=default_account_id,
            citizenship_status=citizenship_status,
            residence_expiry_date=residence_expiry_date,
            nationality=nationality,
            official_id=official_id,
            staff_info=staff_info,
            staff_job=staff_job,
            staff_custom_data=staff_custom_data,
        )

        entity_staff.additional_properties = d
        return entity_staff

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


def _wire_can_access_system(data: Any) -> Any:
    def _parse_can_access_system(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            can_access_system_type_1 = Flag(data)

            return can_access_system_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    can_access_system = _parse_can_access_system(data)

    return can_access_system


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


def _wire_hourly_rate(data: Any) -> Any:
    return decimal_from_json(
        data,
        (
            "number",
            "string",
        ),
    )


def _wire_maximum_general_discount(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_staff_info(data: Any) -> Any:
    from ..models.entity_staff_staff_info import EntityStaffStaffInfo  # noqa: PLC0415

    _staff_info = data
    staff_info: EntityStaffStaffInfo | Unset
    if isinstance(_staff_info, Unset):
        staff_info = UNSET
    else:
        staff_info = EntityStaffStaffInfo.from_dict(_staff_info)

    return staff_info


def _wire_staff_job(data: Any) -> Any:
    from ..models.entity_staff_staff_job import EntityStaffStaffJob  # noqa: PLC0415

    _staff_job = data
    staff_job: EntityStaffStaffJob | Unset
    if isinstance(_staff_job, Unset):
        staff_job = UNSET
    else:
        staff_job = EntityStaffStaffJob.from_dict(_staff_job)

    return staff_job


def _wire_staff_custom_data(data: Any) -> Any:
    from ..models.entity_staff_staff_custom_data import EntityStaffStaffCustomData  # noqa: PLC0415

    _staff_custom_data = data
    staff_custom_data: EntityStaffStaffCustomData | Unset
    if isinstance(_staff_custom_data, Unset):
        staff_custom_data = UNSET
    else:
        staff_custom_data = EntityStaffStaffCustomData.from_dict(_staff_custom_data)

    return staff_custom_data


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("added_by", "added_by", None, None),
    ("role_id", "role_id", None, None),
    ("code", "code", None, None),
    ("type", "type_", None, None),
    ("name", "name", None, None),
    ("middle_name", "middle_name", None, None),
    ("last_name", "last_name", None, None),
    ("full_name", "full_name", None, None),
    ("photo", "photo", None, None),
    ("can_access_system", "can_access_system", _wire_can_access_system, None),
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
    ("note", "note", None, None),
    ("email_address", "email_address", None, None),
    ("last_login", "last_login", None, None),
    ("active", "active", _wire_active, None),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
    ("hourly_rate", "hourly_rate", _wire_hourly_rate, None),
    ("hourly_rate_currency_code", "hourly_rate_currency_code", None, None),
    ("default_store_id", "default_store_id", None, None),
    ("default_treasury_id", "default_treasury_id", None, None),
    ("maximum_general_discount", "maximum_general_discount", _wire_maximum_general_discount, None),
    ("language_code", "language_code", None, None),
    ("branch_id", "branch_id", None, None),
    ("attendance_restriction_id", "attendance_restriction_id", None, None),
    ("default_account_id", "default_account_id", None, None),
    ("citizenship_status", "citizenship_status", None, None),
    ("residence_expiry_date", "residence_expiry_date", None, None),
    ("nationality", "nationality", None, None),
    ("official_id", "official_id", None, None),
    ("staff_info", "staff_info", _wire_staff_info, "EntityStaffStaffInfo"),
    ("staff_job", "staff_job", _wire_staff_job, "EntityStaffStaffJob"),
    (
        "staff_custom_data",
        "staff_custom_data",
        _wire_staff_custom_data,
        "EntityStaffStaffCustomData",
    ),
)
