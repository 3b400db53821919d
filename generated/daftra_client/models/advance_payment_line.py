from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_type import DiscountType
from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="AdvancePaymentLine")


@_attrs_define
class AdvancePaymentLine:
    """A document line as embedded in a v2 invoice row (`invoice_item`).

    Attributes:
        invoice_id (int | None | Unset): The document the line belongs to.
        item (None | str | Unset): The line's label.
        description (None | str | Unset): A longer description.
        unit_price (Decimal | None | Unset): Price of one unit.
        quantity (Decimal | None | Unset): How many units.
        tax1 (int | None | Unset): Id of the first tax.
        tax2 (int | None | Unset): Id of the second tax.
        product_id (int | None | Unset): The product sold.
        col_3 (None | str | Unset): Extra layout column.
        col_4 (None | str | Unset): Extra layout column.
        col_5 (None | str | Unset): Extra layout column.
        discount (Decimal | None | Unset): The line discount, read according to `discount_type`.
        discount_type (DiscountType | int | None | Unset): Whether `discount` is a percentage or an amount.
        store_id (int | None | Unset): The warehouse of the line.
        unit_factor (Decimal | None | Unset): Factor of the unit used against the main unit.
        unit_small_name (None | str | Unset): Short name of the unit used.
        unit_name (None | str | Unset): Name of the unit used.
        display_order (int | None | Unset): Position of the line on the document.
        summary_tax1 (Decimal | None | Unset): Amount of the first tax.
        summary_tax2 (Decimal | None | Unset): Amount of the second tax.
        col_6 (None | str | Unset): Extra layout column.
        col_7 (None | str | Unset): Extra layout column.
        col_8 (None | str | Unset): Extra layout column.
        created (None | str | Unset): When the line was created.
        modified (None | str | Unset): When the line last changed.
        unit_factor_id (int | None | Unset): The unit factor used.
        offer_id (int | None | Unset): The offer applied, if any.
        tracking_data (None | str | Unset): Lot, serial or expiry data, as JSON text.
        serials (Any | Unset): Serial numbers, for products tracked by serial. Null in the documentation's example; its
            type is not documented.
        extra_details (Any | Unset): Extra details, as JSON text. Null in the documentation's example; its type is not
            documented.
        calculated_discount (Decimal | None | Unset): The discount actually applied.
        subtotal (Decimal | None | Unset): Line total before taxes.
        id (int | Unset): The line's id.
        sales_account_id (int | None | Unset): The sales account the line posts to.
        cost_center_id (int | None | Unset): The cost centre of the line.
        sales_person_id (int | None | Unset): The sales person of the line.
    """

    invoice_id: int | None | Unset = UNSET
    item: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    unit_price: Decimal | None | Unset = UNSET
    quantity: Decimal | None | Unset = UNSET
    tax1: int | None | Unset = UNSET
    tax2: int | None | Unset = UNSET
    product_id: int | None | Unset = UNSET
    col_3: None | str | Unset = UNSET
    col_4: None | str | Unset = UNSET
    col_5: None | str | Unset = UNSET
    discount: Decimal | None | Unset = UNSET
    discount_type: DiscountType | int | None | Unset = UNSET
    store_id: int | None | Unset = UNSET
    unit_factor: Decimal | None | Unset = UNSET
    unit_small_name: None | str | Unset = UNSET
    unit_name: None | str | Unset = UNSET
    display_order: int | None | Unset = UNSET
    summary_tax1: Decimal | None | Unset = UNSET
    summary_tax2: Decimal | None | Unset = UNSET
    col_6: None | str | Unset = UNSET
    col_7: None | str | Unset = UNSET
    col_8: None | str | Unset = UNSET
    created: None | str | Unset = UNSET
    modified: None | str | Unset = UNSET
    unit_factor_id: int | None | Unset = UNSET
    offer_id: int | None | Unset = UNSET
    tracking_data: None | str | Unset = UNSET
    serials: Any | Unset = UNSET
    extra_details: Any | Unset = UNSET
    calculated_discount: Decimal | None | Unset = UNSET
    subtotal: Decimal | None | Unset = UNSET
    id: int | Unset = UNSET
    sales_account_id: int | None | Unset = UNSET
    cost_center_id: int | None | Unset = UNSET
    sales_person_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        invoice_id: int | None | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = self.invoice_id

        item: None | str | Unset
        if isinstance(self.item, Unset):
            item = UNSET
        else:
            item = self.item

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        unit_price = self.unit_price

        quantity = self.quantity

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

        product_id: int | None | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        col_3: None | str | Unset
        if isinstance(self.col_3, Unset):
            col_3 = UNSET
        else:
            col_3 = self.col_3

        col_4: None | str | Unset
        if isinstance(self.col_4, Unset):
            col_4 = UNSET
        else:
            col_4 = self.col_4

        col_5: None | str | Unset
        if isinstance(self.col_5, Unset):
            col_5 = UNSET
        else:
            col_5 = self.col_5

        discount = self.discount

        discount_type: int | None | Unset
        if isinstance(self.discount_type, Unset):
            discount_type = UNSET
        elif isinstance(self.discount_type, DiscountType):
            discount_type = self.discount_type.value
        else:
            discount_type = self.discount_type

        store_id: int | None | Unset
        if isinstance(self.store_id, Unset):
            store_id = UNSET
        else:
            store_id = self.store_id

        unit_factor = self.unit_factor

        unit_small_name: None | str | Unset
        if isinstance(self.unit_small_name, Unset):
            unit_small_name = UNSET
        else:
            unit_small_name = self.unit_small_name

        unit_name: None | str | Unset
        if isinstance(self.unit_name, Unset):
            unit_name = UNSET
        else:
            unit_name = self.unit_name

        display_order: int | None | Unset
        if isinstance(self.display_order, Unset):
            display_order = UNSET
        else:
            display_order = self.display_order

        summary_tax1 = self.summary_tax1

        summary_tax2 = self.summary_tax2

        col_6: None | str | Unset
        if isinstance(self.col_6, Unset):
            col_6 = UNSET
        else:
            col_6 = self.col_6

        col_7: None | str | Unset
        if isinstance(self.col_7, Unset):
            col_7 = UNSET
        else:
            col_7 = self.col_7

        col_8: None | str | Unset
        if isinstance(self.col_8, Unset):
            col_8 = UNSET
        else:
            col_8 = self.col_8

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

        unit_factor_id: int | None | Unset
        if isinstance(self.unit_factor_id, Unset):
            unit_factor_id = UNSET
        else:
            unit_factor_id = self.unit_factor_id

        offer_id: int | None | Unset
        if isinstance(self.offer_id, Unset):
            offer_id = UNSET
        else:
            offer_id = self.offer_id

        tracking_data: None | str | Unset
        if isinstance(self.tracking_data, Unset):
            tracking_data = UNSET
        else:
            tracking_data = self.tracking_data

        serials = self.serials

        extra_details = self.extra_details

        calculated_discount = self.calculated_discount

        subtotal = self.subtotal

        id = self.id

        sales_account_id: int | None | Unset
        if isinstance(self.sales_account_id, Unset):
            sales_account_id = UNSET
        else:
            sales_account_id = self.sales_account_id

        cost_center_id: int | None | Unset
        if isinstance(self.cost_center_id, Unset):
            cost_center_id = UNSET
        else:
            cost_center_id = self.cost_center_id

        sales_person_id: int | None | Unset
        if isinstance(self.sales_person_id, Unset):
            sales_person_id = UNSET
        else:
            sales_person_id = self.sales_person_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if item is not UNSET:
            field_dict["item"] = item
        if description is not UNSET:
            field_dict["description"] = description
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if tax1 is not UNSET:
            field_dict["tax1"] = tax1
        if tax2 is not UNSET:
            field_dict["tax2"] = tax2
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if col_3 is not UNSET:
            field_dict["col_3"] = col_3
        if col_4 is not UNSET:
            field_dict["col_4"] = col_4
        if col_5 is not UNSET:
            field_dict["col_5"] = col_5
        if discount is not UNSET:
            field_dict["discount"] = discount
        if discount_type is not UNSET:
            field_dict["discount_type"] = discount_type
        if store_id is not UNSET:
            field_dict["store_id"] = store_id
        if unit_factor is not UNSET:
            field_dict["unit_factor"] = unit_factor
        if unit_small_name is not UNSET:
            field_dict["unit_small_name"] = unit_small_name
        if unit_name is not UNSET:
            field_dict["unit_name"] = unit_name
        if display_order is not UNSET:
            field_dict["display_order"] = display_order
        if summary_tax1 is not UNSET:
            field_dict["summary_tax1"] = summary_tax1
        if summary_tax2 is not UNSET:
            field_dict["summary_tax2"] = summary_tax2
        if col_6 is not UNSET:
            field_dict["col_6"] = col_6
        if col_7 is not UNSET:
            field_dict["col_7"] = col_7
        if col_8 is not UNSET:
            field_dict["col_8"] = col_8
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified
        if unit_factor_id is not UNSET:
            field_dict["unit_factor_id"] = unit_factor_id
        if offer_id is not UNSET:
            field_dict["offer_id"] = offer_id
        if tracking_data is not UNSET:
            field_dict["tracking_data"] = tracking_data
        if serials is not UNSET:
            field_dict["serials"] = serials
        if extra_details is not UNSET:
            field_dict["extra_details"] = extra_details
        if calculated_discount is not UNSET:
            field_dict["calculated_discount"] = calculated_discount
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if id is not UNSET:
            field_dict["id"] = id
        if sales_account_id is not UNSET:
            field_dict["sales_account_id"] = sales_account_id
        if cost_center_id is not UNSET:
            field_dict["cost_center_id"] = cost_center_id
        if sales_person_id is not UNSET:
            field_dict["sales_person_id"] = sales_person_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_invoice_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        invoice_id = _parse_invoice_id(d.pop("invoice_id", UNSET))

        def _parse_item(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        item = _parse_item(d.pop("item", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        unit_price = decimal_from_json(d.pop("unit_price", UNSET), ("number",))

        quantity = decimal_from_json(d.pop("quantity", UNSET), ("number",))

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

        def _parse_product_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        product_id = _parse_product_id(d.pop("product_id", UNSET))

        def _parse_col_3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        col_3 = _parse_col_3(d.pop("col_3", UNSET))

        def _parse_col_4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        col_4 = _parse_col_4(d.pop("col_4", UNSET))

        def _parse_col_5(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        col_5 = _parse_col_5(d.pop("col_5", UNSET))

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

        def _parse_store_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        store_id = _parse_store_id(d.pop("store_id", UNSET))

        unit_factor = decimal_from_json(d.pop("unit_factor", UNSET), ("number",))

        def _parse_unit_small_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit_small_name = _parse_unit_small_name(d.pop("unit_small_name", UNSET))

        def _parse_unit_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit_name = _parse_unit_name(d.pop("unit_name", UNSET))

        def _parse_display_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        display_order = _parse_display_order(d.pop("display_order", UNSET))

        summary_tax1 = decimal_from_json(d.pop("summary_tax1", UNSET), ("number",))

        summary_tax2 = decimal_from_json(d.pop("summary_tax2", UNSET), ("number",))

        def _parse_col_6(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        col_6 = _parse_col_6(d.pop("col_6", UNSET))

        def _parse_col_7(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        col_7 = _parse_col_7(d.pop("col_7", UNSET))

        def _parse_col_8(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        col_8 = _parse_col_8(d.pop("col_8", UNSET))

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

        def _parse_unit_factor_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        unit_factor_id = _parse_unit_factor_id(d.pop("unit_factor_id", UNSET))

        def _parse_offer_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        offer_id = _parse_offer_id(d.pop("offer_id", UNSET))

        def _parse_tracking_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tracking_data = _parse_tracking_data(d.pop("tracking_data", UNSET))

        serials = d.pop("serials", UNSET)

        extra_details = d.pop("extra_details", UNSET)

        calculated_discount = decimal_from_json(d.pop("calculated_discount", UNSET), ("number",))

        subtotal = decimal_from_json(d.pop("subtotal", UNSET), ("number",))

        id = d.pop("id", UNSET)

        def _parse_sales_account_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sales_account_id = _parse_sales_account_id(d.pop("sales_account_id", UNSET))

        def _parse_cost_center_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cost_center_id = _parse_cost_center_id(d.pop("cost_center_id", UNSET))

        def _parse_sales_person_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sales_person_id = _parse_sales_person_id(d.pop("sales_person_id", UNSET))

        advance_payment_line = cls(
            invoice_id=invoice_id,
            item=item,
            description=description,
            unit_price=unit_price,
            quantity=quantity,
            tax1=tax1,
            tax2=tax2,
            product_id=product_id,
            col_3=col_3,
            col_4=col_4,
            col_5=col_5,
            discount=discount,
            discount_type=discount_type,
            store_id=store_id,
            unit_factor=unit_factor,
            unit_small_name=unit_small_name,
            unit_name=unit_name,
            display_order=display_order,
            summary_tax1=summary_tax1,
            summary_tax2=summary_tax2,
            col_6=col_6,
            col_7=col_7,
            col_8=col_8,
            created=created,
            modified=modified,
            unit_factor_id=unit_factor_id,
            offer_id=offer_id,
            tracking_data=tracking_data,
            serials=serials,
            extra_details=extra_details,
            calculated_discount=calculated_discount,
            subtotal=subtotal,
            id=id,
            sales_account_id=sales_account_id,
            cost_center_id=cost_center_id,
            sales_person_id=sales_person_id,
        )

        advance_payment_line.additional_properties = d
        return advance_payment_line

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


def _wire_quantity(data: Any) -> Any:
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


def _wire_unit_factor(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_summary_tax1(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_summary_tax2(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_calculated_discount(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_subtotal(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("invoice_id", "invoice_id", None, None),
    ("item", "item", None, None),
    ("description", "description", None, None),
    ("unit_price", "unit_price", _wire_unit_price, None),
    ("quantity", "quantity", _wire_quantity, None),
    ("tax1", "tax1", None, None),
    ("tax2", "tax2", None, None),
    ("product_id", "product_id", None, None),
    ("col_3", "col_3", None, None),
    ("col_4", "col_4", None, None),
    ("col_5", "col_5", None, None),
    ("discount", "discount", _wire_discount, None),
    ("discount_type", "discount_type", _wire_discount_type, None),
    ("store_id", "store_id", None, None),
    ("unit_factor", "unit_factor", _wire_unit_factor, None),
    ("unit_small_name", "unit_small_name", None, None),
    ("unit_name", "unit_name", None, None),
    ("display_order", "display_order", None, None),
    ("summary_tax1", "summary_tax1", _wire_summary_tax1, None),
    ("summary_tax2", "summary_tax2", _wire_summary_tax2, None),
    ("col_6", "col_6", None, None),
    ("col_7", "col_7", None, None),
    ("col_8", "col_8", None, None),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
    ("unit_factor_id", "unit_factor_id", None, None),
    ("offer_id", "offer_id", None, None),
    ("tracking_data", "tracking_data", None, None),
    ("serials", "serials", None, None),
    ("extra_details", "extra_details", None, None),
    ("calculated_discount", "calculated_discount", _wire_calculated_discount, None),
    ("subtotal", "subtotal", _wire_subtotal, None),
    ("id", "id", None, None),
    ("sales_account_id", "sales_account_id", None, None),
    ("cost_center_id", "cost_center_id", None, None),
    ("sales_person_id", "sales_person_id", None, None),
)
