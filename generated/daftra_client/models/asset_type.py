from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag
from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.entity_branch import EntityBranch
    from ..models.entity_staff import EntityStaff


T = TypeVar("T", bound="AssetType")


@_attrs_define
class AssetType:
    """An asset type of the Employee Asset module, as read and written. At level 1 the record embeds its branch (`branch`)
    and the staff member who added it (`staff`).

        Attributes:
            id (int): The asset type's id.
            name (str | Unset): The asset type's name; unique in the account.
            description (None | str | Unset): A description.
            is_active (bool | Flag | None | Unset): Whether it is in use (`1`) or not (`0`).
            staff_id (int | None | Unset): The staff member who added it (see the v1 staff list).
            branch_id (int | None | Unset): The branch it belongs to (see Get All Branches).
            created (None | str | Unset): When the asset type was added (`YYYY-MM-DD HH:MM:SS`; `0000-00-00 00:00:00`
                appears on old records).
            modified (None | str | Unset): When the asset type last changed (`YYYY-MM-DD HH:MM:SS`; `0000-00-00 00:00:00`
                appears on old records).
            branch (EntityBranch | None | Unset): The branch, at level 1 and above.
            staff (EntityStaff | None | Unset): The staff member who added it, at level 1 and above.
    """

    id: int
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    is_active: bool | Flag | None | Unset = UNSET
    staff_id: int | None | Unset = UNSET
    branch_id: int | None | Unset = UNSET
    created: None | str | Unset = UNSET
    modified: None | str | Unset = UNSET
    branch: EntityBranch | None | Unset = UNSET
    staff: EntityStaff | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.entity_branch import EntityBranch  # noqa: PLC0415
        from ..models.entity_staff import EntityStaff  # noqa: PLC0415

        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_active: bool | int | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        elif isinstance(self.is_active, Flag):
            is_active = self.is_active.value
        else:
            is_active = self.is_active

        staff_id: int | None | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

        branch_id: int | None | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

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

        branch: dict[str, Any] | None | Unset
        if isinstance(self.branch, Unset):
            branch = UNSET
        elif isinstance(self.branch, EntityBranch):
            branch = self.branch.to_dict()
        else:
            branch = self.branch

        staff: dict[str, Any] | None | Unset
        if isinstance(self.staff, Unset):
            staff = UNSET
        elif isinstance(self.staff, EntityStaff):
            staff = self.staff.to_dict()
        else:
            staff = self.staff

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified
        if branch is not UNSET:
            field_dict["branch"] = branch
        if staff is not UNSET:
            field_dict["staff"] = staff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_branch import EntityBranch  # noqa: PLC0415
        from ..models.entity_staff import EntityStaff  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_is_active(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                is_active_type_1 = Flag(data)

                return is_active_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        is_active = _parse_is_active(d.pop("is_active", UNSET))

        def _parse_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        staff_id = _parse_staff_id(d.pop("staff_id", UNSET))

        def _parse_branch_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

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

        def _parse_branch(data: object) -> EntityBranch | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                branch_type_0 = EntityBranch.from_dict(data)

                return branch_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityBranch | None | Unset, data)

        branch = _parse_branch(d.pop("branch", UNSET))

        def _parse_staff(data: object) -> EntityStaff | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                staff_type_0 = EntityStaff.from_dict(data)

                return staff_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityStaff | None | Unset, data)

        staff = _parse_staff(d.pop("staff", UNSET))

        asset_type = cls(
            id=id,
            name=name,
            description=description,
            is_active=is_active,
            staff_id=staff_id,
            branch_id=branch_id,
            created=created,
            modified=modified,
            branch=branch,
            staff=staff,
        )

        asset_type.additional_properties = d
        return asset_type

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


def _wire_is_active(data: Any) -> Any:
    def _parse_is_active(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            is_active_type_1 = Flag(data)

            return is_active_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    is_active = _parse_is_active(data)

    return is_active


def _wire_branch(data: Any) -> Any:
    from ..models.entity_branch import EntityBranch  # noqa: PLC0415

    def _parse_branch(data: object) -> EntityBranch | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            branch_type_0 = EntityBranch.from_dict(data)

            return branch_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(EntityBranch | None | Unset, data)

    branch = _parse_branch(data)

    return branch


def _wire_staff(data: Any) -> Any:
    from ..models.entity_staff import EntityStaff  # noqa: PLC0415

    def _parse_staff(data: object) -> EntityStaff | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            staff_type_0 = EntityStaff.from_dict(data)

            return staff_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(EntityStaff | None | Unset, data)

    staff = _parse_staff(data)

    return staff


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("name", "name", None, None),
    ("description", "description", None, None),
    ("is_active", "is_active", _wire_is_active, None),
    ("staff_id", "staff_id", None, None),
    ("branch_id", "branch_id", None, None),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
    ("branch", "branch", _wire_branch, None),
    ("staff", "staff", _wire_staff, None),
)
