from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employee_asset_used_by import EmployeeAssetUsedBy
from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="EmployeeAssetInput")


@_attrs_define
class EmployeeAssetInput:
    """The body that creates or changes an employee asset. Besides `name`, `used_by` and `location_id`, give `storage_id`
    when `used_by` is `storage` and `employee_id` when it is `employee`. Dates are `YYYY-MM-DD`; the documentation sends
    unused fields as empty strings.

        Attributes:
            name (str): The asset's name; must be given.
            used_by (EmployeeAssetUsedBy | None | str): Who holds the asset; must be given.
            location_id (int): Where the asset is (v2 entity `asset_location`); must exist.
            id (int | None | str | Unset): Empty on create; on a change, the same id as in the path (the documentation sends
                it as a string).
            code (None | str | Unset): The asset's code; generated when left out.
            asset_type_id (int | Unset): The asset type (v2 entity `asset_type`).
            warranty_expiry_date (str | Unset): End of the warranty (`YYYY-MM-DD`).
            serial_number (str | Unset): Serial number; must be unique.
            barcode (str | Unset): Barcode; must be unique.
            storage_id (int | Unset): The storage (v2 entity `storage`); needed when `used_by` is `storage`.
            employee_id (int | Unset): The employee (v1 staff); needed when `used_by` is `employee`.
            assigned_date (str | Unset): When it was handed over (`YYYY-MM-DD`).
            expected_return_date (str | Unset): When it is due back (`YYYY-MM-DD`).
            photo (str | Unset): A photo (how files are sent is not documented; the example sends an empty string).
            description (str | Unset): A description.
            technical_specifications (str | Unset): Technical details, free text.
            attachments (str | Unset): Attachments (how files are sent is not documented; the example sends an empty
                string).
    """

    name: str
    used_by: EmployeeAssetUsedBy | None | str
    location_id: int
    id: int | None | str | Unset = UNSET
    code: None | str | Unset = UNSET
    asset_type_id: int | Unset = UNSET
    warranty_expiry_date: str | Unset = UNSET
    serial_number: str | Unset = UNSET
    barcode: str | Unset = UNSET
    storage_id: int | Unset = UNSET
    employee_id: int | Unset = UNSET
    assigned_date: str | Unset = UNSET
    expected_return_date: str | Unset = UNSET
    photo: str | Unset = UNSET
    description: str | Unset = UNSET
    technical_specifications: str | Unset = UNSET
    attachments: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        used_by: None | str
        if isinstance(self.used_by, EmployeeAssetUsedBy):
            used_by = self.used_by.value
        else:
            used_by = self.used_by

        location_id = self.location_id

        id: int | None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        asset_type_id = self.asset_type_id

        warranty_expiry_date = self.warranty_expiry_date

        serial_number = self.serial_number

        barcode = self.barcode

        storage_id = self.storage_id

        employee_id = self.employee_id

        assigned_date = self.assigned_date

        expected_return_date = self.expected_return_date

        photo = self.photo

        description = self.description

        technical_specifications = self.technical_specifications

        attachments = self.attachments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "used_by": used_by,
                "location_id": location_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if code is not UNSET:
            field_dict["code"] = code
        if asset_type_id is not UNSET:
            field_dict["asset_type_id"] = asset_type_id
        if warranty_expiry_date is not UNSET:
            field_dict["warranty_expiry_date"] = warranty_expiry_date
        if serial_number is not UNSET:
            field_dict["serial_number"] = serial_number
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        if assigned_date is not UNSET:
            field_dict["assigned_date"] = assigned_date
        if expected_return_date is not UNSET:
            field_dict["expected_return_date"] = expected_return_date
        if photo is not UNSET:
            field_dict["photo"] = photo
        if description is not UNSET:
            field_dict["description"] = description
        if technical_specifications is not UNSET:
            field_dict["technical_specifications"] = technical_specifications
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_used_by(data: object) -> EmployeeAssetUsedBy | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                used_by_type_0 = EmployeeAssetUsedBy(data)

                return used_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmployeeAssetUsedBy | None | str, data)

        used_by = _parse_used_by(d.pop("used_by"))

        location_id = d.pop("location_id")

        def _parse_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        asset_type_id = d.pop("asset_type_id", UNSET)

        warranty_expiry_date = d.pop("warranty_expiry_date", UNSET)

        serial_number = d.pop("serial_number", UNSET)

        barcode = d.pop("barcode", UNSET)

        storage_id = d.pop("storage_id", UNSET)

        employee_id = d.pop("employee_id", UNSET)

        assigned_date = d.pop("assigned_date", UNSET)

        expected_return_date = d.pop("expected_return_date", UNSET)

        photo = d.pop("photo", UNSET)

        description = d.pop("description", UNSET)

        technical_specifications = d.pop("technical_specifications", UNSET)

        attachments = d.pop("attachments", UNSET)

        employee_asset_input = cls(
            name=name,
            used_by=used_by,
            location_id=location_id,
            id=id,
            code=code,
            asset_type_id=asset_type_id,
            warranty_expiry_date=warranty_expiry_date,
            serial_number=serial_number,
            barcode=barcode,
            storage_id=storage_id,
            employee_id=employee_id,
            assigned_date=assigned_date,
            expected_return_date=expected_return_date,
            photo=photo,
            description=description,
            technical_specifications=technical_specifications,
            attachments=attachments,
        )

        employee_asset_input.additional_properties = d
        return employee_asset_input

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


def _wire_used_by(data: Any) -> Any:
    def _parse_used_by(data: object) -> EmployeeAssetUsedBy | None | str:
        if data is None:
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            used_by_type_0 = EmployeeAssetUsedBy(data)

            return used_by_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(EmployeeAssetUsedBy | None | str, data)

    used_by = _parse_used_by(data)

    return used_by


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("name", "name", None, None),
    ("used_by", "used_by", _wire_used_by, None),
    ("location_id", "location_id", None, None),
    ("id", "id", None, None),
    ("code", "code", None, None),
    ("asset_type_id", "asset_type_id", None, None),
    ("warranty_expiry_date", "warranty_expiry_date", None, None),
    ("serial_number", "serial_number", None, None),
    ("barcode", "barcode", None, None),
    ("storage_id", "storage_id", None, None),
    ("employee_id", "employee_id", None, None),
    ("assigned_date", "assigned_date", None, None),
    ("expected_return_date", "expected_return_date", None, None),
    ("photo", "photo", None, None),
    ("description", "description", None, None),
    ("technical_specifications", "technical_specifications", None, None),
    ("attachments", "attachments", None, None),
)
