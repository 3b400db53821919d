from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employee_asset_used_by import EmployeeAssetUsedBy
from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.employee_asset_asset_unit_type_0 import EmployeeAssetAssetUnitType0
    from ..models.employee_asset_attachments_type_0_item import (
        EmployeeAssetAttachmentsType0Item,
    )
    from ..models.employee_asset_employee_type_0 import EmployeeAssetEmployeeType0
    from ..models.employee_asset_file import EmployeeAssetFile
    from ..models.employee_asset_storage_type_0 import EmployeeAssetStorageType0
    from ..models.entity_named_ref import EntityNamedRef


T = TypeVar("T", bound="EmployeeAsset")


@_attrs_define
class EmployeeAsset:
    """An asset of the Employee Asset module, as read. Reads give a presentation-oriented view (related records reduced to
    id and name, permission flags); writes use the ids in `EmployeeAssetInput`.

        Attributes:
            id (int): The asset's id.
            code (None | str | Unset): The asset's code; generated when left out on create.
            name (str | Unset): The asset's name.
            barcode (None | str | Unset): Barcode; unique in the account.
            serial_number (None | str | Unset): Serial number; unique in the account.
            used_by (EmployeeAssetUsedBy | None | str | Unset): Who holds the asset.
            status (None | str | Unset): The asset's state as shown to people; `not_assigned` in the documented examples.
            employee (EmployeeAssetEmployeeType0 | None | Unset): The employee holding it, when `used_by` is `employee`
                (shape not documented).
            storage (EmployeeAssetStorageType0 | None | Unset): The storage keeping it, when `used_by` is `storage` (shape
                not documented).
            asset_type (EntityNamedRef | None | Unset): The asset's type (v2 entity `asset_type`).
            location (EntityNamedRef | None | Unset): Where the asset is (v2 entity `asset_location`).
            photo (EmployeeAssetFile | None | str | Unset): The asset's photo; every member null when there is none. An
                answer may also carry what was written (a file reference as text, empty for none).
            attachments (list[EmployeeAssetAttachmentsType0Item] | None | str | Unset): Attached files (shape not
                documented); an answer may also carry what was written (file references as text, empty for none).
            assigned_date (None | str | Unset): When the asset was handed over (`YYYY-MM-DD`).
            warranty_expiry_date (None | str | Unset): End of the warranty (`YYYY-MM-DD`); single read only.
            expected_return_date (None | str | Unset): When the asset is due back (`YYYY-MM-DD`); single read only.
            description (None | str | Unset): A description; single read only.
            technical_specifications (None | str | Unset): Technical details, free text; single read only.
            asset_unit (EmployeeAssetAssetUnitType0 | None | Unset): Unit details (shape not documented; null in the
                example).
            has_linked_asset (bool | None | Unset): Whether another asset is linked to this one.
            can_update (bool | None | Unset): Whether the caller may change the asset.
            can_delete (bool | None | Unset): Whether the caller may delete the asset.
            can_add_notes (bool | None | Unset): Whether the caller may add notes; single read only.
            has_notes (bool | None | Unset): Whether notes exist; single read only.
            can_add_document (bool | None | Unset): Whether the caller may attach documents; single read only.
            can_view_documents (bool | None | Unset): Whether the caller may see documents; single read only.
            has_chain_of_custody (bool | None | Unset): Whether a custody history exists; single read only.
    """

    id: int
    code: None | str | Unset = UNSET
    name: str | Unset = UNSET
    barcode: None | str | Unset = UNSET
    serial_number: None | str | Unset = UNSET
    used_by: EmployeeAssetUsedBy | None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    employee: EmployeeAssetEmployeeType0 | None | Unset = UNSET
    storage: EmployeeAssetStorageType0 | None | Unset = UNSET
    asset_type: EntityNamedRef | None | Unset = UNSET
    location: EntityNamedRef | None | Unset = UNSET
    photo: EmployeeAssetFile | None | str | Unset = UNSET
    attachments: list[EmployeeAssetAttachmentsType0Item] | None | str | Unset = UNSET
    assigned_date: None | str | Unset = UNSET
    warranty_expiry_date: None | str | Unset = UNSET
    expected_return_date: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    technical_specifications: None | str | Unset = UNSET
    asset_unit: EmployeeAssetAssetUnitType0 | None | Unset = UNSET
    has_linked_asset: bool | None | Unset = UNSET
    can_update: bool | None | Unset = UNSET
    can_delete: bool | None | Unset = UNSET
    can_add_notes: bool | None | Unset = UNSET
    has_notes: bool | None | Unset = UNSET
    can_add_document: bool | None | Unset = UNSET
    can_view_documents: bool | None | Unset = UNSET
    has_chain_of_custody: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.employee_asset_asset_unit_type_0 import (
            EmployeeAssetAssetUnitType0,  # noqa: PLC0415
        )
        from ..models.employee_asset_employee_type_0 import EmployeeAssetEmployeeType0  # noqa: PLC0415
        from ..models.employee_asset_file import EmployeeAssetFile  # noqa: PLC0415
        from ..models.employee_asset_storage_type_0 import EmployeeAssetStorageType0  # noqa: PLC0415
        from ..models.entity_named_ref import EntityNamedRef  # noqa: PLC0415

        id = self.id

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        name = self.name

        barcode: None | str | Unset
        if isinstance(self.barcode, Unset):
            barcode = UNSET
        else:
            barcode = self.barcode

        serial_number: None | str | Unset
        if isinstance(self.serial_number, Unset):
            serial_number = UNSET
        else:
            serial_number = self.serial_number

        used_by: None | str | Unset
        if isinstance(self.used_by, Unset):
            used_by = UNSET
        elif isinstance(self.used_by, EmployeeAssetUsedBy):
            used_by = self.used_by.value
        else:
            used_by = self.used_by

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        employee: dict[str, Any] | None | Unset
        if isinstance(self.employee, Unset):
            employee = UNSET
        elif isinstance(self.employee, EmployeeAssetEmployeeType0):
            employee = self.employee.to_dict()
        else:
            employee = self.employee

        storage: dict[str, Any] | None | Unset
        if isinstance(self.storage, Unset):
            storage = UNSET
        elif isinstance(self.storage, EmployeeAssetStorageType0):
            storage = self.storage.to_dict()
        else:
            storage = self.storage

        asset_type: dict[str, Any] | None | Unset
        if isinstance(self.asset_type, Unset):
            asset_type = UNSET
        elif isinstance(self.asset_type, EntityNamedRef):
            asset_type = self.asset_type.to_dict()
        else:
            asset_type = self.asset_type

        location: dict[str, Any] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, EntityNamedRef):
            location = self.location.to_dict()
        else:
            location = self.location

        photo: dict[str, Any] | None | str | Unset
        if isinstance(self.photo, Unset):
            photo = UNSET
        elif isinstance(self.photo, EmployeeAssetFile):
            photo = self.photo.to_dict()
        else:
            photo = self.photo

        attachments: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        assigned_date: None | str | Unset
        if isinstance(self.assigned_date, Unset):
            assigned_date = UNSET
        else:
            assigned_date = self.assigned_date

        warranty_expiry_date: None | str | Unset
        if isinstance(self.warranty_expiry_date, Unset):
            warranty_expiry_date = UNSET
        else:
            warranty_expiry_date = self.warranty_expiry_date

        expected_return_date: None | str | Unset
        if isinstance(self.expected_return_date, Unset):
            expected_return_date = UNSET
        else:
            expected_return_date = self.expected_return_date

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        technical_specifications: None | str | Unset
        if isinstance(self.technical_specifications, Unset):
            technical_specifications = UNSET
        else:
            technical_specifications = self.technical_specifications

        asset_unit: dict[str, Any] | None | Unset
        if isinstance(self.asset_unit, Unset):
            asset_unit = UNSET
        elif isinstance(self.asset_unit, EmployeeAssetAssetUnitType0):
            asset_unit = self.asset_unit.to_dict()
        else:
            asset_unit = self.asset_unit

        has_linked_asset: bool | None | Unset
        if isinstance(self.has_linked_asset, Unset):
            has_linked_asset = UNSET
        else:
            has_linked_asset = self.has_linked_asset

        can_update: bool | None | Unset
        if isinstance(self.can_update, Unset):
            can_update = UNSET
        else:
            can_update = self.can_update

        can_delete: bool | None | Unset
        if isinstance(self.can_delete, Unset):
            can_delete = UNSET
        else:
            can_delete = self.can_delete

        can_add_notes: bool | None | Unset
        if isinstance(self.can_add_notes, Unset):
            can_add_notes = UNSET
        else:
            can_add_notes = self.can_add_notes

        has_notes: bool | None | Unset
        if isinstance(self.has_notes, Unset):
            has_notes = UNSET
        else:
            has_notes = self.has_notes

        can_add_document: bool | None | Unset
        if isinstance(self.can_add_document, Unset):
            can_add_document = UNSET
        else:
            can_add_document = self.can_add_document

        can_view_documents: bool | None | Unset
        if isinstance(self.can_view_documents, Unset):
            can_view_documents = UNSET
        else:
            can_view_documents = self.can_view_documents

        has_chain_of_custody: bool | None | Unset
        if isinstance(self.has_chain_of_custody, Unset):
            has_chain_of_custody = UNSET
        else:
            has_chain_of_custody = self.has_chain_of_custody

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if serial_number is not UNSET:
            field_dict["serial_number"] = serial_number
        if used_by is not UNSET:
            field_dict["used_by"] = used_by
        if status is not UNSET:
            field_dict["status"] = status
        if employee is not UNSET:
            field_dict["employee"] = employee
        if storage is not UNSET:
            field_dict["storage"] = storage
        if asset_type is not UNSET:
            field_dict["asset_type"] = asset_type
        if location is not UNSET:
            field_dict["location"] = location
        if photo is not UNSET:
            field_dict["photo"] = photo
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if assigned_date is not UNSET:
            field_dict["assigned_date"] = assigned_date
        if warranty_expiry_date is not UNSET:
            field_dict["warranty_expiry_date"] = warranty_expiry_date
        if expected_return_date is not UNSET:
            field_dict["expected_return_date"] = expected_return_date
        if description is not UNSET:
            field_dict["description"] = description
        if technical_specifications is not UNSET:
            field_dict["technical_specifications"] = technical_specifications
        if asset_unit is not UNSET:
            field_dict["asset_unit"] = asset_unit
        if has_linked_asset is not UNSET:
            field_dict["has_linked_asset"] = has_linked_asset
        if can_update is not UNSET:
            field_dict["can_update"] = can_update
        if can_delete is not UNSET:
            field_dict["can_delete"] = can_delete
        if can_add_notes is not UNSET:
            field_dict["can_add_notes"] = can_add_notes
        if has_notes is not UNSET:
            field_dict["has_notes"] = has_notes
        if can_add_document is not UNSET:
            field_dict["can_add_document"] = can_add_document
        if can_view_documents is not UNSET:
            field_dict["can_view_documents"] = can_view_documents
        if has_chain_of_custody is not UNSET:
            field_dict["has_chain_of_custody"] = has_chain_of_custody

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.employee_asset_asset_unit_type_0 import (
            EmployeeAssetAssetUnitType0,  # noqa: PLC0415
        )
        from ..models.employee_asset_attachments_type_0_item import (
            EmployeeAssetAttachmentsType0Item,  # noqa: PLC0415
        )
        from ..models.employee_asset_employee_type_0 import EmployeeAssetEmployeeType0  # noqa: PLC0415
        from ..models.employee_asset_file import EmployeeAssetFile  # noqa: PLC0415
        from ..models.employee_asset_storage_type_0 import EmployeeAssetStorageType0  # noqa: PLC0415
        from ..models.entity_named_ref import EntityNamedRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        name = d.pop("name", UNSET)

        def _parse_barcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        barcode = _parse_barcode(d.pop("barcode", UNSET))

        def _parse_serial_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        serial_number = _parse_serial_number(d.pop("serial_number", UNSET))

        def _parse_used_by(data: object) -> EmployeeAssetUsedBy | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                used_by_type_0 = EmployeeAssetUsedBy(data)

                return used_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmployeeAssetUsedBy | None | str | Unset, data)

        used_by = _parse_used_by(d.pop("used_by", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_employee(data: object) -> EmployeeAssetEmployeeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                employee_type_0 = EmployeeAssetEmployeeType0.from_dict(data)

                return employee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmployeeAssetEmployeeType0 | None | Unset, data)

        employee = _parse_employee(d.pop("employee", UNSET))

        def _parse_storage(data: object) -> EmployeeAssetStorageType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                storage_type_0 = EmployeeAssetStorageType0.from_dict(data)

                return storage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmployeeAssetStorageType0 | None | Unset, data)

        storage = _parse_storage(d.pop("storage", UNSET))

        def _parse_asset_type(data: object) -> EntityNamedRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                asset_type_type_0 = EntityNamedRef.from_dict(data)

                return asset_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityNamedRef | None | Unset, data)

        asset_type = _parse_asset_type(d.pop("asset_type", UNSET))

        def _parse_location(data: object) -> EntityNamedRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = EntityNamedRef.from_dict(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityNamedRef | None | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_photo(data: object) -> EmployeeAssetFile | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                photo_type_0 = EmployeeAssetFile.from_dict(data)

                return photo_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmployeeAssetFile | None | str | Unset, data)

        photo = _parse_photo(d.pop("photo", UNSET))

        def _parse_attachments(
            data: object,
        ) -> list[EmployeeAssetAttachmentsType0Item] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attachments_type_0 = []
                _attachments_type_0 = data
                for attachments_type_0_item_data in _attachments_type_0:
                    attachments_type_0_item = EmployeeAssetAttachmentsType0Item.from_dict(
                        attachments_type_0_item_data
                    )

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EmployeeAssetAttachmentsType0Item] | None | str | Unset, data)

        attachments = _parse_attachments(d.pop("attachments", UNSET))

        def _parse_assigned_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assigned_date = _parse_assigned_date(d.pop("assigned_date", UNSET))

        def _parse_warranty_expiry_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        warranty_expiry_date = _parse_warranty_expiry_date(d.pop("warranty_expiry_date", UNSET))

        def _parse_expected_return_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expected_return_date = _parse_expected_return_date(d.pop("expected_return_date", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_technical_specifications(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        technical_specifications = _parse_technical_specifications(
            d.pop("technical_specifications", UNSET)
        )

        def _parse_asset_unit(data: object) -> EmployeeAssetAssetUnitType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                asset_unit_type_0 = EmployeeAssetAssetUnitType0.from_dict(data)

                return asset_unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmployeeAssetAssetUnitType0 | None | Unset, data)

        asset_unit = _parse_asset_unit(d.pop("asset_unit", UNSET))

        def _parse_has_linked_asset(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_linked_asset = _parse_has_linked_asset(d.pop("has_linked_asset", UNSET))

        def _parse_can_update(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        can_update = _parse_can_update(d.pop("can_update", UNSET))

        def _parse_can_delete(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        can_delete = _parse_can_delete(d.pop("can_delete", UNSET))

        def _parse_can_add_notes(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        can_add_notes = _parse_can_add_notes(d.pop("can_add_notes", UNSET))

        def _parse_has_notes(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_notes = _parse_has_notes(d.pop("has_notes", UNSET))

        def _parse_can_add_document(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        can_add_document = _parse_can_add_document(d.pop("can_add_document", UNSET))

        def _parse_can_view_documents(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        can_view_documents = _parse_can_view_documents(d.pop("can_view_documents", UNSET))

        def _parse_has_chain_of_custody(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_chain_of_custody = _parse_has_chain_of_custody(d.pop("has_chain_of_custody", UNSET))

        employee_asset = cls(
            id=id,
            code=code,
            name=name,
            barcode=barcode,
            serial_number=serial_number,
            used_by=used_by,
            status=status,
            employee=employee,
            storage=storage,
            asset_type=asset_type,
            location=location,
            photo=photo,
            attachments=attachments,
            assigned_date=assigned_date,
            warranty_expiry_date=warranty_expiry_date,
            expected_return_date=expected_return_date,
            description=description,
            technical_specifications=technical_specifications,
            asset_unit=asset_unit,
            has_linked_asset=has_linked_asset,
            can_update=can_update,
            can_delete=can_delete,
            can_add_notes=can_add_notes,
            has_notes=has_notes,
            can_add_document=can_add_document,
            can_view_documents=can_view_documents,
            has_chain_of_custody=has_chain_of_custody,
        )

        employee_asset.additional_properties = d
        return employee_asset

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
    def _parse_used_by(data: object) -> EmployeeAssetUsedBy | None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            used_by_type_0 = EmployeeAssetUsedBy(data)

            return used_by_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(EmployeeAssetUsedBy | None | str | Unset, data)

    used_by = _parse_used_by(data)

    return used_by


def _wire_employee(data: Any) -> Any:
    from ..models.employee_asset_employee_type_0 import EmployeeAssetEmployeeType0  # noqa: PLC0415

    def _parse_employee(data: object) -> EmployeeAssetEmployeeType0 | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            employee_type_0 = EmployeeAssetEmployeeType0.from_dict(data)

            return employee_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(EmployeeAssetEmployeeType0 | None | Unset, data)

    employee = _parse_employee(data)

    return employee


def _wire_storage(data: Any) -> Any:
    from ..models.employee_asset_storage_type_0 import EmployeeAssetStorageType0  # noqa: PLC0415

    def _parse_storage(data: object) -> EmployeeAssetStorageType0 | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            storage_type_0 = EmployeeAssetStorageType0.from_dict(data)

            return storage_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(EmployeeAssetStorageType0 | None | Unset, data)

    storage = _parse_storage(data)

    return storage


def _wire_asset_type(data: Any) -> Any:
    from ..models.entity_named_ref import EntityNamedRef  # noqa: PLC0415

    def _parse_asset_type(data: object) -> EntityNamedRef | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            asset_type_type_0 = EntityNamedRef.from_dict(data)

            return asset_type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(EntityNamedRef | None | Unset, data)

    asset_type = _parse_asset_type(data)

    return asset_type


def _wire_location(data: Any) -> Any:
    from ..models.entity_named_ref import EntityNamedRef  # noqa: PLC0415

    def _parse_location(data: object) -> EntityNamedRef | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            location_type_0 = EntityNamedRef.from_dict(data)

            return location_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(EntityNamedRef | None | Unset, data)

    location = _parse_location(data)

    return location


def _wire_photo(data: Any) -> Any:
    from ..models.employee_asset_file import EmployeeAssetFile  # noqa: PLC0415

    def _parse_photo(data: object) -> EmployeeAssetFile | None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            photo_type_0 = EmployeeAssetFile.from_dict(data)

            return photo_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(EmployeeAssetFile | None | str | Unset, data)

    photo = _parse_photo(data)

    return photo


def _wire_attachments(data: Any) -> Any:
    from ..models.employee_asset_attachments_type_0_item import (
        EmployeeAssetAttachmentsType0Item,  # noqa: PLC0415
    )

    def _parse_attachments(
        data: object,
    ) -> list[EmployeeAssetAttachmentsType0Item] | None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, list):
                raise TypeError()
            attachments_type_0 = []
            _attachments_type_0 = data
            for attachments_type_0_item_data in _attachments_type_0:
                attachments_type_0_item = EmployeeAssetAttachmentsType0Item.from_dict(
                    attachments_type_0_item_data
                )

                attachments_type_0.append(attachments_type_0_item)

            return attachments_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(list[EmployeeAssetAttachmentsType0Item] | None | str | Unset, data)

    attachments = _parse_attachments(data)

    return attachments


def _wire_asset_unit(data: Any) -> Any:
    from ..models.employee_asset_asset_unit_type_0 import EmployeeAssetAssetUnitType0  # noqa: PLC0415

    def _parse_asset_unit(data: object) -> EmployeeAssetAssetUnitType0 | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            asset_unit_type_0 = EmployeeAssetAssetUnitType0.from_dict(data)

            return asset_unit_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(EmployeeAssetAssetUnitType0 | None | Unset, data)

    asset_unit = _parse_asset_unit(data)

    return asset_unit


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("code", "code", None, None),
    ("name", "name", None, None),
    ("barcode", "barcode", None, None),
    ("serial_number", "serial_number", None, None),
    ("used_by", "used_by", _wire_used_by, None),
    ("status", "status", None, None),
    ("employee", "employee", _wire_employee, None),
    ("storage", "storage", _wire_storage, None),
    ("asset_type", "asset_type", _wire_asset_type, None),
    ("location", "location", _wire_location, None),
    ("photo", "photo", _wire_photo, None),
    ("attachments", "attachments", _wire_attachments, None),
    ("assigned_date", "assigned_date", None, None),
    ("warranty_expiry_date", "warranty_expiry_date", None, None),
    ("expected_return_date", "expected_return_date", None, None),
    ("description", "description", None, None),
    ("technical_specifications", "technical_specifications", None, None),
    ("asset_unit", "asset_unit", _wire_asset_unit, None),
    ("has_linked_asset", "has_linked_asset", None, None),
    ("can_update", "can_update", None, None),
    ("can_delete", "can_delete", None, None),
    ("can_add_notes", "can_add_notes", None, None),
    ("has_notes", "has_notes", None, None),
    ("can_add_document", "can_add_document", None, None),
    ("can_view_documents", "can_view_documents", None, None),
    ("has_chain_of_custody", "has_chain_of_custody", None, None),
)
