from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.package_period_unit import PackagePeriodUnit
from ..models.package_type import PackageType
from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="Package")


@_attrs_define
class Package:
    """A package (credit bundle or membership), as read and written.

    Attributes:
        id (int): The package's id.
        name (str | Unset): The package's name.
        type_ (None | PackageType | str | Unset): What the package sells.
        price (Decimal | str | Unset): The price.
        period_value (int | None | Unset): Length of the period, in `period_unit`s.
        period_unit (None | PackagePeriodUnit | str | Unset): Unit of the period.
        status (int | None | Unset): `1` active, `0` inactive.
        product_id (int | None | Unset): The product the package is sold as, if any.
        description (None | str | Unset): A description.
        branch_id (int | None | Unset): The branch it belongs to.
        created (None | str | Unset): When the package was added (`YYYY-MM-DD HH:MM:SS`).
        modified (None | str | Unset): When the package last changed (`YYYY-MM-DD HH:MM:SS`).
        deleted_at (None | str | Unset): When the record was deleted; null for live records (deleted ones are not
            listed).
    """

    id: int
    name: str | Unset = UNSET
    type_: None | PackageType | str | Unset = UNSET
    price: Decimal | str | Unset = UNSET
    period_value: int | None | Unset = UNSET
    period_unit: None | PackagePeriodUnit | str | Unset = UNSET
    status: int | None | Unset = UNSET
    product_id: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    branch_id: int | None | Unset = UNSET
    created: None | str | Unset = UNSET
    modified: None | str | Unset = UNSET
    deleted_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, PackageType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        price = self.price

        period_value: int | None | Unset
        if isinstance(self.period_value, Unset):
            period_value = UNSET
        else:
            period_value = self.period_value

        period_unit: None | str | Unset
        if isinstance(self.period_unit, Unset):
            period_unit = UNSET
        elif isinstance(self.period_unit, PackagePeriodUnit):
            period_unit = self.period_unit.value
        else:
            period_unit = self.period_unit

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        product_id: int | None | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if price is not UNSET:
            field_dict["price"] = price
        if period_value is not UNSET:
            field_dict["period_value"] = period_value
        if period_unit is not UNSET:
            field_dict["period_unit"] = period_unit
        if status is not UNSET:
            field_dict["status"] = status
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if description is not UNSET:
            field_dict["description"] = description
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        def _parse_type_(data: object) -> None | PackageType | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = PackageType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PackageType | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        price = decimal_from_json(
            d.pop("price", UNSET),
            (
                "number",
                "string",
            ),
        )

        def _parse_period_value(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        period_value = _parse_period_value(d.pop("period_value", UNSET))

        def _parse_period_unit(data: object) -> None | PackagePeriodUnit | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_unit_type_0 = PackagePeriodUnit(data)

                return period_unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PackagePeriodUnit | str | Unset, data)

        period_unit = _parse_period_unit(d.pop("period_unit", UNSET))

        def _parse_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_product_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        product_id = _parse_product_id(d.pop("product_id", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

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

        def _parse_deleted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        package = cls(
            id=id,
            name=name,
            type_=type_,
            price=price,
            period_value=period_value,
            period_unit=period_unit,
            status=status,
            product_id=product_id,
            description=description,
            branch_id=branch_id,
            created=created,
            modified=modified,
            deleted_at=deleted_at,
        )

        package.additional_properties = d
        return package

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
    def _parse_type_(data: object) -> None | PackageType | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            type_type_0 = PackageType(data)

            return type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | PackageType | str | Unset, data)

    type_ = _parse_type_(data)

    return type_


def _wire_price(data: Any) -> Any:
    return decimal_from_json(
        data,
        (
            "number",
            "string",
        ),
    )


def _wire_period_unit(data: Any) -> Any:
    def _parse_period_unit(data: object) -> None | PackagePeriodUnit | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            period_unit_type_0 = PackagePeriodUnit(data)

            return period_unit_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | PackagePeriodUnit | str | Unset, data)

    period_unit = _parse_period_unit(data)

    return period_unit


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("name", "name", None, None),
    ("type", "type_", _wire_type_, None),
    ("price", "price", _wire_price, None),
    ("period_value", "period_value", None, None),
    ("period_unit", "period_unit", _wire_period_unit, None),
    ("status", "status", None, None),
    ("product_id", "product_id", None, None),
    ("description", "description", None, None),
    ("branch_id", "branch_id", None, None),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
    ("deleted_at", "deleted_at", None, None),
)
