from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag
from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="PurchaseOrder")


@_attrs_define
class PurchaseOrder:
    """A purchase document header (purchase invoice, and also purchase refund), as sent and
    as read back. Daftra's documentation marks no field as required. Its schema leaves
    out the totals and several other columns the service stores; whatever else comes
    back is kept as it comes.

        Attributes:
            id (int | Unset): The record's id.
            staff_id (int | None | Unset): The staff member who entered the document; `0` is the account owner.
            no (None | str | Unset): The document number; generated when left out.
            supplier_id (int | None | Unset): The supplier the goods come from (see the suppliers resource).
            is_offline (bool | Flag | None | Unset): Whether the supplier is an offline one (`0`/`1`).
            currency_code (None | str | Unset): The document currency (ISO 4217, for example `USD`).
            supplier_business_name (None | str | Unset): The supplier's business name as printed on this document.
            supplier_first_name (None | str | Unset): The supplier contact's first name as printed on this document.
            supplier_last_name (None | str | Unset): The supplier contact's last name as printed on this document.
            supplier_email (None | str | Unset): The supplier's email address.
            supplier_address1 (None | str | Unset): The supplier's address, first line.
            supplier_address2 (None | str | Unset): The supplier's address, second line.
            supplier_postal_code (None | str | Unset): The supplier's postal code.
            supplier_city (None | str | Unset): The supplier's city.
            supplier_state (None | str | Unset): The supplier's state or region.
            supplier_country_code (None | str | Unset): The supplier's country as an ISO 3166 alpha-2 code.
            date (datetime.date | None | Unset): The document date, as `YYYY-MM-DD`. Live single answers write it as the
                account displays it (`25/09/2026`); the client reads both.
            draft (bool | Flag | None | Unset): `1` for a draft, which does not touch stock; `0` for a final document, which
                does.
            supplier_active_secondary_address (bool | Flag | None | Unset): Whether the supplier's secondary address is used
                (`0`/`1`). Daftra's documentation spells this and the other secondary-address keys with a capital `S`.
            supplier_secondary_name (None | str | Unset): Contact name at the supplier's secondary address.
            supplier_secondary_address_1 (None | str | Unset): Supplier's secondary address, first line.
            supplier_secondary_address_2 (None | str | Unset): Supplier's secondary address, second line.
            supplier_secondary_city (None | str | Unset): Supplier's secondary address, city.
            supplier_secondary_state (None | str | Unset): Supplier's secondary address, state or region.
            supplier_secondary_postal_code (None | str | Unset): Supplier's secondary address, postal code.
            supplier_secondary_country_code (None | str | Unset): Supplier's secondary address, country code.
            is_received (bool | Flag | None | Unset): Whether the goods have arrived (`0`/`1`).
            received_date (None | str | Unset): When the goods arrived (`YYYY-MM-DD HH:MM:SS`); empty until then.
    """

    id: int | Unset = UNSET
    staff_id: int | None | Unset = UNSET
    no: None | str | Unset = UNSET
    supplier_id: int | None | Unset = UNSET
    is_offline: bool | Flag | None | Unset = UNSET
    currency_code: None | str | Unset = UNSET
    supplier_business_name: None | str | Unset = UNSET
    supplier_first_name: None | str | Unset = UNSET
    supplier_last_name: None | str | Unset = UNSET
    supplier_email: None | str | Unset = UNSET
    supplier_address1: None | str | Unset = UNSET
    supplier_address2: None | str | Unset = UNSET
    supplier_postal_code: None | str | Unset = UNSET
    supplier_city: None | str | Unset = UNSET
    supplier_state: None | str | Unset = UNSET
    supplier_country_code: None | str | Unset = UNSET
    date: datetime.date | None | Unset = UNSET
    draft: bool | Flag | None | Unset = UNSET
    supplier_active_secondary_address: bool | Flag | None | Unset = UNSET
    supplier_secondary_name: None | str | Unset = UNSET
    supplier_secondary_address_1: None | str | Unset = UNSET
    supplier_secondary_address_2: None | str | Unset = UNSET
    supplier_secondary_city: None | str | Unset = UNSET
    supplier_secondary_state: None | str | Unset = UNSET
    supplier_secondary_postal_code: None | str | Unset = UNSET
    supplier_secondary_country_code: None | str | Unset = UNSET
    is_received: bool | Flag | None | Unset = UNSET
    received_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        staff_id: int | None | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

        no: None | str | Unset
        if isinstance(self.no, Unset):
            no = UNSET
        else:
            no = self.no

        supplier_id: int | None | Unset
        if isinstance(self.supplier_id, Unset):
            supplier_id = UNSET
        else:
            supplier_id = self.supplier_id

        is_offline: bool | int | None | Unset
        if isinstance(self.is_offline, Unset):
            is_offline = UNSET
        elif isinstance(self.is_offline, Flag):
            is_offline = self.is_offline.value
        else:
            is_offline = self.is_offline

        currency_code: None | str | Unset
        if isinstance(self.currency_code, Unset):
            currency_code = UNSET
        else:
            currency_code = self.currency_code

        supplier_business_name: None | str | Unset
        if isinstance(self.supplier_business_name, Unset):
            supplier_business_name = UNSET
        else:
            supplier_business_name = self.supplier_business_name

        supplier_first_name: None | str | Unset
        if isinstance(self.supplier_first_name, Unset):
            supplier_first_name = UNSET
        else:
            supplier_first_name = self.supplier_first_name

        supplier_last_name: None | str | Unset
        if isinstance(self.supplier_last_name, Unset):
            supplier_last_name = UNSET
        else:
            supplier_last_name = self.supplier_last_name

        supplier_email: None | str | Unset
        if isinstance(self.supplier_email, Unset):
            supplier_email = UNSET
        else:
            supplier_email = self.supplier_email

        supplier_address1: None | str | Unset
        if isinstance(self.supplier_address1, Unset):
            supplier_address1 = UNSET
        else:
            supplier_address1 = self.supplier_address1

        supplier_address2: None | str | Unset
        if isinstance(self.supplier_address2, Unset):
            supplier_address2 = UNSET
        else:
            supplier_address2 = self.supplier_address2

        supplier_postal_code: None | str | Unset
        if isinstance(self.supplier_postal_code, Unset):
            supplier_postal_code = UNSET
        else:
            supplier_postal_code = self.supplier_postal_code

        supplier_city: None | str | Unset
        if isinstance(self.supplier_city, Unset):
            supplier_city = UNSET
        else:
            supplier_city = self.supplier_city

        supplier_state: None | str | Unset
        if isinstance(self.supplier_state, Unset):
            supplier_state = UNSET
        else:
            supplier_state = self.supplier_state

        supplier_country_code: None | str | Unset
        if isinstance(self.supplier_country_code, Unset):
            supplier_country_code = UNSET
        else:
            supplier_country_code = self.supplier_country_code

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        draft: bool | int | None | Unset
        if isinstance(self.draft, Unset):
            draft = UNSET
        elif isinstance(self.draft, Flag):
            draft = self.draft.value
        else:
            draft = self.draft

        supplier_active_secondary_address: bool | int | None | Unset
        if isinstance(self.supplier_active_secondary_address, Unset):
            supplier_active_secondary_address = UNSET
        elif isinstance(self.supplier_active_secondary_address, Flag):
            supplier_active_secondary_address = self.supplier_active_secondary_address.value
        else:
            supplier_active_secondary_address = self.supplier_active_secondary_address

        supplier_secondary_name: None | str | Unset
        if isinstance(self.supplier_secondary_name, Unset):
            supplier_secondary_name = UNSET
        else:
            supplier_secondary_name = self.supplier_secondary_name

        supplier_secondary_address_1: None | str | Unset
        if isinstance(self.supplier_secondary_address_1, Unset):
            supplier_secondary_address_1 = UNSET
        else:
            supplier_secondary_address_1 = self.supplier_secondary_address_1

        supplier_secondary_address_2: None | str | Unset
        if isinstance(self.supplier_secondary_address_2, Unset):
            supplier_secondary_address_2 = UNSET
        else:
            supplier_secondary_address_2 = self.supplier_secondary_address_2

        supplier_secondary_city: None | str | Unset
        if isinstance(self.supplier_secondary_city, Unset):
            supplier_secondary_city = UNSET
        else:
            supplier_secondary_city = self.supplier_secondary_city

        supplier_secondary_state: None | str | Unset
        if isinstance(self.supplier_secondary_state, Unset):
            supplier_secondary_state = UNSET
        else:
            supplier_secondary_state = self.supplier_secondary_state

        supplier_secondary_postal_code: None | str | Unset
        if isinstance(self.supplier_secondary_postal_code, Unset):
            supplier_secondary_postal_code = UNSET
        else:
            supplier_secondary_postal_code = self.supplier_secondary_postal_code

        supplier_secondary_country_code: None | str | Unset
        if isinstance(self.supplier_secondary_country_code, Unset):
            supplier_secondary_country_code = UNSET
        else:
            supplier_secondary_country_code = self.supplier_secondary_country_code

        is_received: bool | int | None | Unset
        if isinstance(self.is_received, Unset):
            is_received = UNSET
        elif isinstance(self.is_received, Flag):
            is_received = self.is_received.value
        else:
            is_received = self.is_received

        received_date: None | str | Unset
        if isinstance(self.received_date, Unset):
            received_date = UNSET
        else:
            received_date = self.received_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if no is not UNSET:
            field_dict["no"] = no
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id
        if is_offline is not UNSET:
            field_dict["is_offline"] = is_offline
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if supplier_business_name is not UNSET:
            field_dict["supplier_business_name"] = supplier_business_name
        if supplier_first_name is not UNSET:
            field_dict["supplier_first_name"] = supplier_first_name
        if supplier_last_name is not UNSET:
            field_dict["supplier_last_name"] = supplier_last_name
        if supplier_email is not UNSET:
            field_dict["supplier_email"] = supplier_email
        if supplier_address1 is not UNSET:
            field_dict["supplier_address1"] = supplier_address1
        if supplier_address2 is not UNSET:
            field_dict["supplier_address2"] = supplier_address2
        if supplier_postal_code is not UNSET:
            field_dict["supplier_postal_code"] = supplier_postal_code
        if supplier_city is not UNSET:
            field_dict["supplier_city"] = supplier_city
        if supplier_state is not UNSET:
            field_dict["supplier_state"] = supplier_state
        if supplier_country_code is not UNSET:
            field_dict["supplier_country_code"] = supplier_country_code
        if date is not UNSET:
            field_dict["date"] = date
        if draft is not UNSET:
            field_dict["draft"] = draft
        if supplier_active_secondary_address is not UNSET:
            field_dict["Supplier_active_secondary_address"] = supplier_active_secondary_address
        if supplier_secondary_name is not UNSET:
            field_dict["Supplier_secondary_name"] = supplier_secondary_name
        if supplier_secondary_address_1 is not UNSET:
            field_dict["Supplier_secondary_address1"] = supplier_secondary_address_1
        if supplier_secondary_address_2 is not UNSET:
            field_dict["Supplier_secondary_address2"] = supplier_secondary_address_2
        if supplier_secondary_city is not UNSET:
            field_dict["Supplier_secondary_city"] = supplier_secondary_city
        if supplier_secondary_state is not UNSET:
            field_dict["Supplier_secondary_state"] = supplier_secondary_state
        if supplier_secondary_postal_code is not UNSET:
            field_dict["Supplier_secondary_postal_code"] = supplier_secondary_postal_code
        if supplier_secondary_country_code is not UNSET:
            field_dict["Supplier_secondary_country_code"] = supplier_secondary_country_code
        if is_received is not UNSET:
            field_dict["is_received"] = is_received
        if received_date is not UNSET:
            field_dict["received_date"] = received_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        staff_id = _parse_staff_id(d.pop("staff_id", UNSET))

        def _parse_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        no = _parse_no(d.pop("no", UNSET))

        def _parse_supplier_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        supplier_id = _parse_supplier_id(d.pop("supplier_id", UNSET))

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

        def _parse_currency_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency_code = _parse_currency_code(d.pop("currency_code", UNSET))

        def _parse_supplier_business_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_business_name = _parse_supplier_business_name(
            d.pop("supplier_business_name", UNSET)
        )

        def _parse_supplier_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_first_name = _parse_supplier_first_name(d.pop("supplier_first_name", UNSET))

        def _parse_supplier_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_last_name = _parse_supplier_last_name(d.pop("supplier_last_name", UNSET))

        def _parse_supplier_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_email = _parse_supplier_email(d.pop("supplier_email", UNSET))

        def _parse_supplier_address1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_address1 = _parse_supplier_address1(d.pop("supplier_address1", UNSET))

        def _parse_supplier_address2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_address2 = _parse_supplier_address2(d.pop("supplier_address2", UNSET))

        def _parse_supplier_postal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_postal_code = _parse_supplier_postal_code(d.pop("supplier_postal_code", UNSET))

        def _parse_supplier_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_city = _parse_supplier_city(d.pop("supplier_city", UNSET))

        def _parse_supplier_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_state = _parse_supplier_state(d.pop("supplier_state", UNSET))

        def _parse_supplier_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_country_code = _parse_supplier_country_code(d.pop("supplier_country_code", UNSET))

        def _parse_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_draft(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                draft_type_1 = Flag(data)

                return draft_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        draft = _parse_draft(d.pop("draft", UNSET))

        def _parse_supplier_active_secondary_address(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                supplier_active_secondary_address_type_1 = Flag(data)

                return supplier_active_secondary_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        supplier_active_secondary_address = _parse_supplier_active_secondary_address(
            d.pop("Supplier_active_secondary_address", UNSET)
        )

        def _parse_supplier_secondary_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_secondary_name = _parse_supplier_secondary_name(
            d.pop("Supplier_secondary_name", UNSET)
        )

        def _parse_supplier_secondary_address_1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_secondary_address_1 = _parse_supplier_secondary_address_1(
            d.pop("Supplier_secondary_address1", UNSET)
        )

        def _parse_supplier_secondary_address_2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_secondary_address_2 = _parse_supplier_secondary_address_2(
            d.pop("Supplier_secondary_address2", UNSET)
        )

        def _parse_supplier_secondary_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_secondary_city = _parse_supplier_secondary_city(
            d.pop("Supplier_secondary_city", UNSET)
        )

        def _parse_supplier_secondary_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_secondary_state = _parse_supplier_secondary_state(
            d.pop("Supplier_secondary_state", UNSET)
        )

        def _parse_supplier_secondary_postal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_secondary_postal_code = _parse_supplier_secondary_postal_code(
            d.pop("Supplier_secondary_postal_code", UNSET)
        )

        def _parse_supplier_secondary_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_secondary_country_code = _parse_supplier_secondary_country_code(
            d.pop("Supplier_secondary_country_code", UNSET)
        )

        def _parse_is_received(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                is_received_type_1 = Flag(data)

                return is_received_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        is_received = _parse_is_received(d.pop("is_received", UNSET))

        def _parse_received_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        received_date = _parse_received_date(d.pop("received_date", UNSET))

        purchase_order = cls(
            id=id,
            staff_id=staff_id,
            no=no,
            supplier_id=supplier_id,
            is_offline=is_offline,
            currency_code=currency_code,
            supplier_business_name=supplier_business_name,
            supplier_first_name=supplier_first_name,
            supplier_last_name=supplier_last_name,
            supplier_email=supplier_email,
            supplier_address1=supplier_address1,
            supplier_address2=supplier_address2,
            supplier_postal_code=supplier_postal_code,
            supplier_city=supplier_city,
            supplier_state=supplier_state,
            supplier_country_code=supplier_country_code,
            date=date,
            draft=draft,
            supplier_active_secondary_address=supplier_active_secondary_address,
            supplier_secondary_name=supplier_secondary_name,
            supplier_secondary_address_1=supplier_secondary_address_1,
            supplier_secondary_address_2=supplier_secondary_address_2,
            supplier_secondary_city=supplier_secondary_city,
            supplier_secondary_state=supplier_secondary_state,
            supplier_secondary_postal_code=supplier_secondary_postal_code,
            supplier_secondary_country_code=supplier_secondary_country_code,
            is_received=is_received,
            received_date=received_date,
        )

        purchase_order.additional_properties = d
        return purchase_order

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


def _wire_date(data: Any) -> Any:
    def _parse_date(data: object) -> datetime.date | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            date_type_0 = datetime.date.fromisoformat(data)

            return date_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.date | None | Unset, data)

    date = _parse_date(data)

    return date


def _wire_draft(data: Any) -> Any:
    def _parse_draft(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            draft_type_1 = Flag(data)

            return draft_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    draft = _parse_draft(data)

    return draft


def _wire_supplier_active_secondary_address(data: Any) -> Any:
    def _parse_supplier_active_secondary_address(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            supplier_active_secondary_address_type_1 = Flag(data)

            return supplier_active_secondary_address_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    supplier_active_secondary_address = _parse_supplier_active_secondary_address(data)

    return supplier_active_secondary_address


def _wire_is_received(data: Any) -> Any:
    def _parse_is_received(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            is_received_type_1 = Flag(data)

            return is_received_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    is_received = _parse_is_received(data)

    return is_received


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("staff_id", "staff_id", None, None),
    ("no", "no", None, None),
    ("supplier_id", "supplier_id", None, None),
    ("is_offline", "is_offline", _wire_is_offline, None),
    ("currency_code", "currency_code", None, None),
    ("supplier_business_name", "supplier_business_name", None, None),
    ("supplier_first_name", "supplier_first_name", None, None),
    ("supplier_last_name", "supplier_last_name", None, None),
    ("supplier_email", "supplier_email", None, None),
    ("supplier_address1", "supplier_address1", None, None),
    ("supplier_address2", "supplier_address2", None, None),
    ("supplier_postal_code", "supplier_postal_code", None, None),
    ("supplier_city", "supplier_city", None, None),
    ("supplier_state", "supplier_state", None, None),
    ("supplier_country_code", "supplier_country_code", None, None),
    ("date", "date", _wire_date, None),
    ("draft", "draft", _wire_draft, None),
    (
        "Supplier_active_secondary_address",
        "supplier_active_secondary_address",
        _wire_supplier_active_secondary_address,
        None,
    ),
    ("Supplier_secondary_name", "supplier_secondary_name", None, None),
    ("Supplier_secondary_address1", "supplier_secondary_address_1", None, None),
    ("Supplier_secondary_address2", "supplier_secondary_address_2", None, None),
    ("Supplier_secondary_city", "supplier_secondary_city", None, None),
    ("Supplier_secondary_state", "supplier_secondary_state", None, None),
    ("Supplier_secondary_postal_code", "supplier_secondary_postal_code", None, None),
    ("Supplier_secondary_country_code", "supplier_secondary_country_code", None, None),
    ("is_received", "is_received", _wire_is_received, None),
    ("received_date", "received_date", None, None),
)
