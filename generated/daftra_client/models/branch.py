from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="Branch")


@_attrs_define
class Branch:
    """A branch of the account (v1 form; every field may come as a string).

    Attributes:
        id (int | str | Unset): The branch's id.
        code (None | str | Unset): The branch's code.
        name (None | str | Unset): The branch's name.
        phone1 (None | str | Unset): Phone number.
        phone2 (None | str | Unset): Second phone number.
        working_hours (None | str | Unset): Working hours, as free text.
        description (None | str | Unset): A description.
        address1 (None | str | Unset): Address, first line.
        address2 (None | str | Unset): Address, second line.
        city (None | str | Unset): City.
        state (None | str | Unset): State or region.
        country_code (None | str | Unset): Country as an ISO 3166 alpha-2 code.
        admin_staff_id (int | None | str | Unset): The staff member managing the branch; `0` when none.
        staff_id (int | None | str | Unset): The staff member who added the branch; `0` is the owner.
        smtp_account_id (int | None | str | Unset): The mail account the branch sends from; `0` when none.
        status (int | None | str | Unset): The branch's state; `1` (active) in the documented example.
        map_location (None | str | Unset): Position on the map as `latitude,longitude,zoom`.
        created (None | str | Unset): When the branch was added (`YYYY-MM-DD HH:MM:SS`).
        modified (None | str | Unset): When the branch last changed (`YYYY-MM-DD HH:MM:SS`).
    """

    id: int | str | Unset = UNSET
    code: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    phone1: None | str | Unset = UNSET
    phone2: None | str | Unset = UNSET
    working_hours: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    address1: None | str | Unset = UNSET
    address2: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    admin_staff_id: int | None | str | Unset = UNSET
    staff_id: int | None | str | Unset = UNSET
    smtp_account_id: int | None | str | Unset = UNSET
    status: int | None | str | Unset = UNSET
    map_location: None | str | Unset = UNSET
    created: None | str | Unset = UNSET
    modified: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        working_hours: None | str | Unset
        if isinstance(self.working_hours, Unset):
            working_hours = UNSET
        else:
            working_hours = self.working_hours

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        admin_staff_id: int | None | str | Unset
        if isinstance(self.admin_staff_id, Unset):
            admin_staff_id = UNSET
        else:
            admin_staff_id = self.admin_staff_id

        staff_id: int | None | str | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

        smtp_account_id: int | None | str | Unset
        if isinstance(self.smtp_account_id, Unset):
            smtp_account_id = UNSET
        else:
            smtp_account_id = self.smtp_account_id

        status: int | None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        map_location: None | str | Unset
        if isinstance(self.map_location, Unset):
            map_location = UNSET
        else:
            map_location = self.map_location

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if phone1 is not UNSET:
            field_dict["phone1"] = phone1
        if phone2 is not UNSET:
            field_dict["phone2"] = phone2
        if working_hours is not UNSET:
            field_dict["working_hours"] = working_hours
        if description is not UNSET:
            field_dict["description"] = description
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if admin_staff_id is not UNSET:
            field_dict["admin_staff_id"] = admin_staff_id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if smtp_account_id is not UNSET:
            field_dict["smtp_account_id"] = smtp_account_id
        if status is not UNSET:
            field_dict["status"] = status
        if map_location is not UNSET:
            field_dict["map_location"] = map_location
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

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

        def _parse_working_hours(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        working_hours = _parse_working_hours(d.pop("working_hours", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

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

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("country_code", UNSET))

        def _parse_admin_staff_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        admin_staff_id = _parse_admin_staff_id(d.pop("admin_staff_id", UNSET))

        def _parse_staff_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        staff_id = _parse_staff_id(d.pop("staff_id", UNSET))

        def _parse_smtp_account_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        smtp_account_id = _parse_smtp_account_id(d.pop("smtp_account_id", UNSET))

        def _parse_status(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_map_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        map_location = _parse_map_location(d.pop("map_location", UNSET))

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

        branch = cls(
            id=id,
            code=code,
            name=name,
            phone1=phone1,
            phone2=phone2,
            working_hours=working_hours,
            description=description,
            address1=address1,
            address2=address2,
            city=city,
            state=state,
            country_code=country_code,
            admin_staff_id=admin_staff_id,
            staff_id=staff_id,
            smtp_account_id=smtp_account_id,
            status=status,
            map_location=map_location,
            created=created,
            modified=modified,
        )

        branch.additional_properties = d
        return branch

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
    ("id", "id", None, None),
    ("code", "code", None, None),
    ("name", "name", None, None),
    ("phone1", "phone1", None, None),
    ("phone2", "phone2", None, None),
    ("working_hours", "working_hours", None, None),
    ("description", "description", None, None),
    ("address1", "address1", None, None),
    ("address2", "address2", None, None),
    ("city", "city", None, None),
    ("state", "state", None, None),
    ("country_code", "country_code", None, None),
    ("admin_staff_id", "admin_staff_id", None, None),
    ("staff_id", "staff_id", None, None),
    ("smtp_account_id", "smtp_account_id", None, None),
    ("status", "status", None, None),
    ("map_location", "map_location", None, None),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
)
