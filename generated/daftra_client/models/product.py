from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_type import DiscountType
from ..models.flag import Flag
from ..models.product_status import ProductStatus
from ..models.product_type import ProductType
from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.product_category import ProductCategory
    from ..models.product_image import ProductImage


T = TypeVar("T", bound="Product")


@_attrs_define
class Product:
    """A product, service or bundle, as sent when creating or changing one and as read
    back. Fields marked read-only are kept by Daftra and ignored when sent. Two field
    names are misspelt in Daftra itself (`low_stock_thershold`, `availabe_online`) and
    are kept that way on purpose: they are the names the service reads and writes.

        Attributes:
            id (int | Unset): The product's id.
            staff_id (int | None | Unset): The staff member who added the product; `0` is the owner.
            name (None | str | Unset): The product's name.
            description (None | str | Unset): A longer description.
            unit_price (Decimal | None | Unset): Selling price of one unit.
            buy_price (Decimal | None | Unset): Purchase price of one unit.
            tax1 (int | None | Unset): Id of the first tax applied by default (see the taxes list).
            tax2 (int | None | Unset): Id of a second tax applied by default.
            supplier_id (int | None | Unset): The usual supplier.
            brand (None | str | Unset): The brand name.
            category (None | str | Unset): A free-text category, marked deprecated by the documentation; categories proper
                are `ProductCategory` records.
            tags (None | str | Unset): Tags as one comma-separated string, e.g. `paper,office`.
            product_code (None | str | Unset): The product's code (SKU).
            barcode (None | str | Unset): The product's barcode.
            track_stock (bool | Flag | None | Unset): Whether stock is tracked for the product (`0`/`1`; needs the Inventory
                plugin).
            stock_balance (Decimal | None | Unset): The quantity in stock; when creating a product, its opening stock.
            low_stock_thershold (int | None | Unset): Stock level below which Daftra warns of low stock. The name is
                misspelt in Daftra itself ("thershold") and must be sent that way.
            notes (None | str | Unset): Internal notes.
            status (int | None | ProductStatus | Unset): Whether the product is active; `0` (active) when left out.
            type_ (int | None | ProductType | Unset): Product, service or bundle.
            follow_up_status (int | None | Unset): The follow-up status id.
            updated_price (bool | Flag | None | Unset): Whether the price has been updated (`0`/`1`); the documentation does
                not say by what.
            average_price (Decimal | None | Unset): The average cost Daftra currently holds for the product.
            minimum_price (Decimal | None | Unset): The lowest price the product may be sold at.
            profit_margin (Decimal | None | Unset): The profit margin.
            discount (Decimal | None | Unset): A default discount, read according to `discount_type`.
            discount_type (DiscountType | int | None | Unset): Whether `discount` is a percentage or an amount.
            duration_minutes (Decimal | None | Unset): How long the service takes, in minutes.
            availabe_online (bool | Flag | None | Unset): Whether the product is offered online (`0`/`1`). The name is
                misspelt in Daftra itself ("availabe") and must be sent that way.
            raw_store_id (int | None | Unset): For a bundle, the warehouse its component products are taken from.
            branch_id (int | None | Unset): The branch the product belongs to (general listing `Branch`).
            created (str | Unset): When the product was added (`YYYY-MM-DD HH:MM:SS`).
            modified (str | Unset): When the product last changed (`YYYY-MM-DD HH:MM:SS`).
            product_image (list[ProductImage] | Unset): The product's images, where the documentation places them (inside
                `Product`).
            product_category (list[ProductCategory] | Unset): The product's categories, where the documentation places them
                (inside `Product`).
    """

    id: int | Unset = UNSET
    staff_id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    unit_price: Decimal | None | Unset = UNSET
    buy_price: Decimal | None | Unset = UNSET
    tax1: int | None | Unset = UNSET
    tax2: int | None | Unset = UNSET
    supplier_id: int | None | Unset = UNSET
    brand: None | str | Unset = UNSET
    category: None | str | Unset = UNSET
    tags: None | str | Unset = UNSET
    product_code: None | str | Unset = UNSET
    barcode: None | str | Unset = UNSET
    track_stock: bool | Flag | None | Unset = UNSET
    stock_balance: Decimal | None | Unset = UNSET
    low_stock_thershold: int | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    status: int | None | ProductStatus | Unset = UNSET
    type_: int | None | ProductType | Unset = UNSET
    follow_up_status: int | None | Unset = UNSET
    updated_price: bool | Flag | None | Unset = UNSET
    average_price: Decimal | None | Unset = UNSET
    minimum_price: Decimal | None | Unset = UNSET
    profit_margin: Decimal | None | Unset = UNSET
    discount: Decimal | None | Unset = UNSET
    discount_type: DiscountType | int | None | Unset = UNSET
    duration_minutes: Decimal | None | Unset = UNSET
    availabe_online: bool | Flag | None | Unset = UNSET
    raw_store_id: int | None | Unset = UNSET
    branch_id: int | None | Unset = UNSET
    created: str | Unset = UNSET
    modified: str | Unset = UNSET
    product_image: list[ProductImage] | Unset = UNSET
    product_category: list[ProductCategory] | Unset = UNSET
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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        unit_price = self.unit_price

        buy_price = self.buy_price

        tax1: int | None | Unset
        if isinstance(self.tax1, Unset):
            tax1 = UNSET
        else:
            tax1 = self.tax1

        tax2: int | None | Unset
        if isinstance(self.tax2, Unset):
            tax2 = UNSET
        else:
            tax2 = self.tax2

        supplier_id: int | None | Unset
        if isinstance(self.supplier_id, Unset):
            supplier_id = UNSET
        else:
            supplier_id = self.supplier_id

        brand: None | str | Unset
        if isinstance(self.brand, Unset):
            brand = UNSET
        else:
            brand = self.brand

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        tags: None | str | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        else:
            tags = self.tags

        product_code: None | str | Unset
        if isinstance(self.product_code, Unset):
            product_code = UNSET
        else:
            product_code = self.product_code

        barcode: None | str | Unset
        if isinstance(self.barcode, Unset):
            barcode = UNSET
        else:
            barcode = self.barcode

        track_stock: bool | int | None | Unset
        if isinstance(self.track_stock, Unset):
            track_stock = UNSET
        elif isinstance(self.track_stock, Flag):
            track_stock = self.track_stock.value
        else:
            track_stock = self.track_stock

        stock_balance = self.stock_balance

        low_stock_thershold: int | None | Unset
        if isinstance(self.low_stock_thershold, Unset):
            low_stock_thershold = UNSET
        else:
            low_stock_thershold = self.low_stock_thershold

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ProductStatus):
            status = self.status.value
        else:
            status = self.status

        type_: int | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ProductType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        follow_up_status: int | None | Unset
        if isinstance(self.follow_up_status, Unset):
            follow_up_status = UNSET
        else:
            follow_up_status = self.follow_up_status

        updated_price: bool | int | None | Unset
        if isinstance(self.updated_price, Unset):
            updated_price = UNSET
        elif isinstance(self.updated_price, Flag):
            updated_price = self.updated_price.value
        else:
            updated_price = self.updated_price

        average_price = self.average_price

        minimum_price = self.minimum_price

        profit_margin = self.profit_margin

        discount = self.discount

        discount_type: int | None | Unset
        if isinstance(self.discount_type, Unset):
            discount_type = UNSET
        elif isinstance(self.discount_type, DiscountType):
            discount_type = self.discount_type.value
        else:
            discount_type = self.discount_type

        duration_minutes = self.duration_minutes

        availabe_online: bool | int | None | Unset
        if isinstance(self.availabe_online, Unset):
            availabe_online = UNSET
        elif isinstance(self.availabe_online, Flag):
            availabe_online = self.availabe_online.value
        else:
            availabe_online = self.availabe_online

        raw_store_id: int | None | Unset
        if isinstance(self.raw_store_id, Unset):
            raw_store_id = UNSET
        else:
            raw_store_id = self.raw_store_id

        branch_id: int | None | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        created = self.created

        modified = self.modified

        product_image: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.product_image, Unset):
            product_image = []
            for product_image_item_data in self.product_image:
                product_image_item = product_image_item_data.to_dict()
                product_image.append(product_image_item)

        product_category: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.product_category, Unset):
            product_category = []
            for product_category_item_data in self.product_category:
                product_category_item = product_category_item_data.to_dict()
                product_category.append(product_category_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price
        if buy_price is not UNSET:
            field_dict["buy_price"] = buy_price
        if tax1 is not UNSET:
            field_dict["tax1"] = tax1
        if tax2 is not UNSET:
            field_dict["tax2"] = tax2
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id
        if brand is not UNSET:
            field_dict["brand"] = brand
        if category is not UNSET:
            field_dict["category"] = category
        if tags is not UNSET:
            field_dict["tags"] = tags
        if product_code is not UNSET:
            field_dict["product_code"] = product_code
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if track_stock is not UNSET:
            field_dict["track_stock"] = track_stock
        if stock_balance is not UNSET:
            field_dict["stock_balance"] = stock_balance
        if low_stock_thershold is not UNSET:
            field_dict["low_stock_thershold"] = low_stock_thershold
        if notes is not UNSET:
            field_dict["notes"] = notes
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if follow_up_status is not UNSET:
            field_dict["follow_up_status"] = follow_up_status
        if updated_price is not UNSET:
            field_dict["updated_price"] = updated_price
        if average_price is not UNSET:
            field_dict["average_price"] = average_price
        if minimum_price is not UNSET:
            field_dict["minimum_price"] = minimum_price
        if profit_margin is not UNSET:
            field_dict["profit_margin"] = profit_margin
        if discount is not UNSET:
            field_dict["discount"] = discount
        if discount_type is not UNSET:
            field_dict["discount_type"] = discount_type
        if duration_minutes is not UNSET:
            field_dict["duration_minutes"] = duration_minutes
        if availabe_online is not UNSET:
            field_dict["availabe_online"] = availabe_online
        if raw_store_id is not UNSET:
            field_dict["raw_store_id"] = raw_store_id
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified
        if product_image is not UNSET:
            field_dict["ProductImage"] = product_image
        if product_category is not UNSET:
            field_dict["ProductCategory"] = product_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_category import ProductCategory  # noqa: PLC0415
        from ..models.product_image import ProductImage  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_staff_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        staff_id = _parse_staff_id(d.pop("staff_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        unit_price = decimal_from_json(d.pop("unit_price", UNSET), ("number",))

        buy_price = decimal_from_json(d.pop("buy_price", UNSET), ("number",))

        def _parse_tax1(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tax1 = _parse_tax1(d.pop("tax1", UNSET))

        def _parse_tax2(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tax2 = _parse_tax2(d.pop("tax2", UNSET))

        def _parse_supplier_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        supplier_id = _parse_supplier_id(d.pop("supplier_id", UNSET))

        def _parse_brand(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand = _parse_brand(d.pop("brand", UNSET))

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_tags(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_product_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_code = _parse_product_code(d.pop("product_code", UNSET))

        def _parse_barcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        barcode = _parse_barcode(d.pop("barcode", UNSET))

        def _parse_track_stock(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                track_stock_type_1 = Flag(data)

                return track_stock_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        track_stock = _parse_track_stock(d.pop("track_stock", UNSET))

        stock_balance = decimal_from_json(d.pop("stock_balance", UNSET), ("number",))

        def _parse_low_stock_thershold(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        low_stock_thershold = _parse_low_stock_thershold(d.pop("low_stock_thershold", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_status(data: object) -> int | None | ProductStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                status_type_0 = ProductStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | ProductStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_type_(data: object) -> int | None | ProductType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                type_type_0 = ProductType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | ProductType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_follow_up_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        follow_up_status = _parse_follow_up_status(d.pop("follow_up_status", UNSET))

        def _parse_updated_price(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                updated_price_type_1 = Flag(data)

                return updated_price_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        updated_price = _parse_updated_price(d.pop("updated_price", UNSET))

        average_price = decimal_from_json(d.pop("average_price", UNSET), ("number",))

        minimum_price = decimal_from_json(d.pop("minimum_price", UNSET), ("number",))

        profit_margin = decimal_from_json(d.pop("profit_margin", UNSET), ("number",))

        discount = decimal_from_json(d.pop("discount", UNSET), ("number",))

        def _parse_discount_type(data: object) -> DiscountType | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                discount_type_type_0 = DiscountType(data)

                return discount_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DiscountType | int | None | Unset, data)

        discount_type = _parse_discount_type(d.pop("discount_type", UNSET))

        duration_minutes = decimal_from_json(d.pop("duration_minutes", UNSET), ("number",))

        def _parse_availabe_online(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                availabe_online_type_1 = Flag(data)

                return availabe_online_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        availabe_online = _parse_availabe_online(d.pop("availabe_online", UNSET))

        def _parse_raw_store_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        raw_store_id = _parse_raw_store_id(d.pop("raw_store_id", UNSET))

        def _parse_branch_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        created = d.pop("created", UNSET)

        modified = d.pop("modified", UNSET)

        _product_image = d.pop("ProductImage", UNSET)
        product_image: list[ProductImage] | Unset = UNSET
        if _product_image is not UNSET:
            product_image = []
            for product_image_item_data in _product_image:
                product_image_item = ProductImage.from_dict(product_image_item_data)

                product_image.append(product_image_item)

        _product_category = d.pop("ProductCategory", UNSET)
        product_category: list[ProductCategory] | Unset = UNSET
        if _product_category is not UNSET:
            product_category = []
            for product_category_item_data in _product_category:
                product_category_item = ProductCategory.from_dict(product_category_item_data)

                product_category.append(product_category_item)

        product = cls(
            id=id,
            staff_id=staff_id,
            name=name,
            description=description,
            unit_price=unit_price,
            buy_price=buy_price,
            tax1=tax1,
            tax2=tax2,
            supplier_id=supplier_id,
            brand=brand,
            category=category,
            tags=tags,
            product_code=product_code,
            barcode=barcode,
            track_stock=track_stock,
            stock_balance=stock_balance,
            low_stock_thershold=low_stock_thershold,
            notes=notes,
            status=status,
            type_=type_,
            follow_up_status=follow_up_status,
            updated_price=updated_price,
            average_price=average_price,
            minimum_price=minimum_price,
            profit_margin=profit_margin,
            discount=discount,
            discount_type=discount_type,
            duration_minutes=duration_minutes,
            availabe_online=availabe_online,
            raw_store_id=raw_store_id,
            branch_id=branch_id,
            created=created,
            modified=modified,
            product_image=product_image,
            product_category=product_category,
        )

        product.additional_properties = d
        return product

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


def _wire_unit_price(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_buy_price(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_track_stock(data: Any) -> Any:
    def _parse_track_stock(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            track_stock_type_1 = Flag(data)

            return track_stock_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    track_stock = _parse_track_stock(data)

    return track_stock


def _wire_stock_balance(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_status(data: Any) -> Any:
    def _parse_status(data: object) -> int | None | ProductStatus | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            status_type_0 = ProductStatus(data)

            return status_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(int | None | ProductStatus | Unset, data)

    status = _parse_status(data)

    return status


def _wire_type_(data: Any) -> Any:
    def _parse_type_(data: object) -> int | None | ProductType | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            type_type_0 = ProductType(data)

            return type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(int | None | ProductType | Unset, data)

    type_ = _parse_type_(data)

    return type_


def _wire_updated_price(data: Any) -> Any:
    def _parse_updated_price(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            updated_price_type_1 = Flag(data)

            return updated_price_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    updated_price = _parse_updated_price(data)

    return updated_price


def _wire_average_price(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_minimum_price(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_profit_margin(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_discount(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_discount_type(data: Any) -> Any:
    def _parse_discount_type(data: object) -> DiscountType | int | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            discount_type_type_0 = DiscountType(data)

            return discount_type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(DiscountType | int | None | Unset, data)

    discount_type = _parse_discount_type(data)

    return discount_type


def _wire_duration_minutes(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_availabe_online(data: Any) -> Any:
    def _parse_availabe_online(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            availabe_online_type_1 = Flag(data)

            return availabe_online_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    availabe_online = _parse_availabe_online(data)

    return availabe_online


def _wire_product_image(data: Any) -> Any:
    from ..models.product_image import ProductImage  # noqa: PLC0415

    _product_image = data
    product_image: list[ProductImage] | Unset = UNSET
    if _product_image is not UNSET:
        product_image = []
        for product_image_item_data in _product_image:
            product_image_item = ProductImage.from_dict(product_image_item_data)

            product_image.append(product_image_item)

    return product_image


def _wire_product_category(data: Any) -> Any:
    from ..models.product_category import ProductCategory  # noqa: PLC0415

    _product_category = data
    product_category: list[ProductCategory] | Unset = UNSET
    if _product_category is not UNSET:
        product_category = []
        for product_category_item_data in _product_category:
            product_category_item = ProductCategory.from_dict(product_category_item_data)

            product_category.append(product_category_item)

    return product_category


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("staff_id", "staff_id", None, None),
    ("name", "name", None, None),
    ("description", "description", None, None),
    ("unit_price", "unit_price", _wire_unit_price, None),
    ("buy_price", "buy_price", _wire_buy_price, None),
    ("tax1", "tax1", None, None),
    ("tax2", "tax2", None, None),
    ("supplier_id", "supplier_id", None, None),
    ("brand", "brand", None, None),
    ("category", "category", None, None),
    ("tags", "tags", None, None),
    ("product_code", "product_code", None, None),
    ("barcode", "barcode", None, None),
    ("track_stock", "track_stock", _wire_track_stock, None),
    ("stock_balance", "stock_balance", _wire_stock_balance, None),
    ("low_stock_thershold", "low_stock_thershold", None, None),
    ("notes", "notes", None, None),
    ("status", "status", _wire_status, None),
    ("type", "type_", _wire_type_, None),
    ("follow_up_status", "follow_up_status", None, None),
    ("updated_price", "updated_price", _wire_updated_price, None),
    ("average_price", "average_price", _wire_average_price, None),
    ("minimum_price", "minimum_price", _wire_minimum_price, None),
    ("profit_margin", "profit_margin", _wire_profit_margin, None),
    ("discount", "discount", _wire_discount, None),
    ("discount_type", "discount_type", _wire_discount_type, None),
    ("duration_minutes", "duration_minutes", _wire_duration_minutes, None),
    ("availabe_online", "availabe_online", _wire_availabe_online, None),
    ("raw_store_id", "raw_store_id", None, None),
    ("branch_id", "branch_id", None, None),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
    ("ProductImage", "product_image", _wire_product_image, "ProductImage"),
    ("ProductCategory", "product_category", _wire_product_category, "ProductCategory"),
)
