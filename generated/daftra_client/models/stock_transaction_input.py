from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag
from ..models.stock_transaction_source_type import StockTransactionSourceType
from ..models.stock_transaction_status import StockTransactionStatus
from ..models.stock_transaction_type import StockTransactionType
from ..types import UNSET, Unset, decimal_from_json, set_fields_repr

T = TypeVar("T", bound="StockTransactionInput")


@_attrs_define
class StockTransactionInput:
    """A stock movement as sent to record one, which requires `product_id`, `store_id` and `transaction_type`.

    Attributes:
        product_id (int): The product moved (it must track stock).
        store_id (int): The warehouse the stock enters or leaves.
        transaction_type (int | None | StockTransactionType): `1` stock in, `2` stock out.
        id (int | Unset): The movement's id.
        transaction_category_id (int | None | Unset): A movement category; marked deprecated by the documentation.
        source_type (int | None | StockTransactionSourceType | Unset): The kind of document that caused the movement;
            `1` for manual entries.
        order_id (int | None | Unset): Id of the causing document, of the kind named by `source_type`.
        ref_id (int | None | Unset): Id of the document line behind the movement, e.g. the invoice line for a sale; `0`
            when there is none.
        status (int | None | StockTransactionStatus | Unset): The movement's state.
        date (None | str | Unset): When the movement happened (`YYYY-MM-DD HH:MM:SS`).
        received_date (None | str | Unset): When the stock was received (`YYYY-MM-DD HH:MM:SS`).
        quantity (Decimal | None | Unset): How many units move. Documented as an integer; fractional quantities occur
            for products sold in fractions, so any number is accepted.
        currency_code (None | str | Unset): Currency of `price` (ISO 4217).
        price (Decimal | None | Unset): Price of one unit.
        price_without_tax (Decimal | None | Unset): Price of one unit before tax.
        discount (Decimal | None | Unset): Discount on the movement's value.
        purchase_price (Decimal | None | Unset): The product's purchase price (cost) at the time of the movement.
        balance_to_date (Decimal | None | Unset): The product's stock in this warehouse after the movement.
        added_by (int | None | Unset): The staff member who recorded the movement; `0` is the owner.
        ignored (bool | Flag | None | Unset): Whether the movement is left out of stock calculations (`0`/`1`).
        ignored_date (None | str | Unset): When the movement was set to be ignored (`YYYY-MM-DD HH:MM:SS`).
        notes (None | str | Unset): Notes on the movement.
        stock_transfer_id (int | None | Unset): The warehouse transfer this movement belongs to, for transfers.
        description (None | str | Unset): A description of the movement.
        purchase_order_ids (None | str | Unset): Ids of related purchase invoices as text; marked deprecated by the
            documentation.
        journal_account_id (int | None | Unset): The journal account of the movement; marked deprecated by the
            documentation.
        fetch_from_raw (bool | Flag | None | Unset): Whether a bundle's stock may be taken from its component products
            (`0`/`1`); the documentation does not explain it further.
        created (str | Unset): When the movement was recorded (`YYYY-MM-DD HH:MM:SS`).
        modified (str | Unset): When the movement last changed (`YYYY-MM-DD HH:MM:SS`).
    """

    product_id: int
    store_id: int
    transaction_type: int | None | StockTransactionType
    id: int | Unset = UNSET
    transaction_category_id: int | None | Unset = UNSET
    source_type: int | None | StockTransactionSourceType | Unset = UNSET
    order_id: int | None | Unset = UNSET
    ref_id: int | None | Unset = UNSET
    status: int | None | StockTransactionStatus | Unset = UNSET
    date: None | str | Unset = UNSET
    received_date: None | str | Unset = UNSET
    quantity: Decimal | None | Unset = UNSET
    currency_code: None | str | Unset = UNSET
    price: Decimal | None | Unset = UNSET
    price_without_tax: Decimal | None | Unset = UNSET
    discount: Decimal | None | Unset = UNSET
    purchase_price: Decimal | None | Unset = UNSET
    balance_to_date: Decimal | None | Unset = UNSET
    added_by: int | None | Unset = UNSET
    ignored: bool | Flag | None | Unset = UNSET
    ignored_date: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    stock_transfer_id: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    purchase_order_ids: None | str | Unset = UNSET
    journal_account_id: int | None | Unset = UNSET
    fetch_from_raw: bool | Flag | None | Unset = UNSET
    created: str | Unset = UNSET
    modified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        store_id = self.store_id

        transaction_type: int | None
        if isinstance(self.transaction_type, StockTransactionType):
            transaction_type = self.transaction_type.value
        else:
            transaction_type = self.transaction_type

        id = self.id

        transaction_category_id: int | None | Unset
        if isinstance(self.transaction_category_id, Unset):
            transaction_category_id = UNSET
        else:
            transaction_category_id = self.transaction_category_id

        source_type: int | None | Unset
        if isinstance(self.source_type, Unset):
            source_type = UNSET
        elif isinstance(self.source_type, StockTransactionSourceType):
            source_type = self.source_type.value
        else:
            source_type = self.source_type

        order_id: int | None | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        ref_id: int | None | Unset
        if isinstance(self.ref_id, Unset):
            ref_id = UNSET
        else:
            ref_id = self.ref_id

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, StockTransactionStatus):
            status = self.status.value
        else:
            status = self.status

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        received_date: None | str | Unset
        if isinstance(self.received_date, Unset):
            received_date = UNSET
        else:
            received_date = self.received_date

        quantity = self.quantity

        currency_code: None | str | Unset
        if isinstance(self.currency_code, Unset):
            currency_code = UNSET
        else:
            currency_code = self.currency_code

        price = self.price

        price_without_tax = self.price_without_tax

        discount = self.discount

        purchase_price = self.purchase_price

        balance_to_date = self.balance_to_date

        added_by: int | None | Unset
        if isinstance(self.added_by, Unset):
            added_by = UNSET
        else:
            added_by = self.added_by

        ignored: bool | int | None | Unset
        if isinstance(self.ignored, Unset):
            ignored = UNSET
        elif isinstance(self.ignored, Flag):
            ignored = self.ignored.value
        else:
            ignored = self.ignored

        ignored_date: None | str | Unset
        if isinstance(self.ignored_date, Unset):
            ignored_date = UNSET
        else:
            ignored_date = self.ignored_date

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        stock_transfer_id: int | None | Unset
        if isinstance(self.stock_transfer_id, Unset):
            stock_transfer_id = UNSET
        else:
            stock_transfer_id = self.stock_transfer_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        purchase_order_ids: None | str | Unset
        if isinstance(self.purchase_order_ids, Unset):
            purchase_order_ids = UNSET
        else:
            purchase_order_ids = self.purchase_order_ids

        journal_account_id: int | None | Unset
        if isinstance(self.journal_account_id, Unset):
            journal_account_id = UNSET
        else:
            journal_account_id = self.journal_account_id

        fetch_from_raw: bool | int | None | Unset
        if isinstance(self.fetch_from_raw, Unset):
            fetch_from_raw = UNSET
        elif isinstance(self.fetch_from_raw, Flag):
            fetch_from_raw = self.fetch_from_raw.value
        else:
            fetch_from_raw = self.fetch_from_raw

        created = self.created

        modified = self.modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product_id": product_id,
                "store_id": store_id,
                "transaction_type": transaction_type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if transaction_category_id is not UNSET:
            field_dict["transaction_category_id"] = transaction_category_id
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if ref_id is not UNSET:
            field_dict["ref_id"] = ref_id
        if status is not UNSET:
            field_dict["status"] = status
        if date is not UNSET:
            field_dict["date"] = date
        if received_date is not UNSET:
            field_dict["received_date"] = received_date
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if price is not UNSET:
            field_dict["price"] = price
        if price_without_tax is not UNSET:
            field_dict["price_without_tax"] = price_without_tax
        if discount is not UNSET:
            field_dict["discount"] = discount
        if purchase_price is not UNSET:
            field_dict["purchase_price"] = purchase_price
        if balance_to_date is not UNSET:
            field_dict["balance_to_date"] = balance_to_date
        if added_by is not UNSET:
            field_dict["added_by"] = added_by
        if ignored is not UNSET:
            field_dict["ignored"] = ignored
        if ignored_date is not UNSET:
            field_dict["ignored_date"] = ignored_date
        if notes is not UNSET:
            field_dict["notes"] = notes
        if stock_transfer_id is not UNSET:
            field_dict["stock_transfer_id"] = stock_transfer_id
        if description is not UNSET:
            field_dict["description"] = description
        if purchase_order_ids is not UNSET:
            field_dict["purchase_order_ids"] = purchase_order_ids
        if journal_account_id is not UNSET:
            field_dict["journal_account_id"] = journal_account_id
        if fetch_from_raw is not UNSET:
            field_dict["fetch_from_raw"] = fetch_from_raw
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        product_id = d.pop("product_id")

        store_id = d.pop("store_id")

        def _parse_transaction_type(data: object) -> int | None | StockTransactionType:
            if data is None:
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                transaction_type_type_0 = StockTransactionType(data)

                return transaction_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | StockTransactionType, data)

        transaction_type = _parse_transaction_type(d.pop("transaction_type"))

        id = d.pop("id", UNSET)

        def _parse_transaction_category_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        transaction_category_id = _parse_transaction_category_id(
            d.pop("transaction_category_id", UNSET)
        )

        def _parse_source_type(data: object) -> int | None | StockTransactionSourceType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                source_type_type_0 = StockTransactionSourceType(data)

                return source_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | StockTransactionSourceType | Unset, data)

        source_type = _parse_source_type(d.pop("source_type", UNSET))

        def _parse_order_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order_id = _parse_order_id(d.pop("order_id", UNSET))

        def _parse_ref_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ref_id = _parse_ref_id(d.pop("ref_id", UNSET))

        def _parse_status(data: object) -> int | None | StockTransactionStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                status_type_0 = StockTransactionStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | StockTransactionStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_received_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        received_date = _parse_received_date(d.pop("received_date", UNSET))

        quantity = decimal_from_json(d.pop("quantity", UNSET), ("number",))

        def _parse_currency_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency_code = _parse_currency_code(d.pop("currency_code", UNSET))

        price = decimal_from_json(d.pop("price", UNSET), ("number",))

        price_without_tax = decimal_from_json(d.pop("price_without_tax", UNSET), ("number",))

        discount = decimal_from_json(d.pop("discount", UNSET), ("number",))

        purchase_price = decimal_from_json(d.pop("purchase_price", UNSET), ("number",))

        balance_to_date = decimal_from_json(d.pop("balance_to_date", UNSET), ("number",))

        def _parse_added_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        added_by = _parse_added_by(d.pop("added_by", UNSET))

        def _parse_ignored(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                ignored_type_1 = Flag(data)

                return ignored_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        ignored = _parse_ignored(d.pop("ignored", UNSET))

        def _parse_ignored_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ignored_date = _parse_ignored_date(d.pop("ignored_date", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_stock_transfer_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        stock_transfer_id = _parse_stock_transfer_id(d.pop("stock_transfer_id", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_purchase_order_ids(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purchase_order_ids = _parse_purchase_order_ids(d.pop("purchase_order_ids", UNSET))

        def _parse_journal_account_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        journal_account_id = _parse_journal_account_id(d.pop("journal_account_id", UNSET))

        def _parse_fetch_from_raw(data: object) -> bool | Flag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                fetch_from_raw_type_1 = Flag(data)

                return fetch_from_raw_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Flag | None | Unset, data)

        fetch_from_raw = _parse_fetch_from_raw(d.pop("fetch_from_raw", UNSET))

        created = d.pop("created", UNSET)

        modified = d.pop("modified", UNSET)

        stock_transaction_input = cls(
            product_id=product_id,
            store_id=store_id,
            transaction_type=transaction_type,
            id=id,
            transaction_category_id=transaction_category_id,
            source_type=source_type,
            order_id=order_id,
            ref_id=ref_id,
            status=status,
            date=date,
            received_date=received_date,
            quantity=quantity,
            currency_code=currency_code,
            price=price,
            price_without_tax=price_without_tax,
            discount=discount,
            purchase_price=purchase_price,
            balance_to_date=balance_to_date,
            added_by=added_by,
            ignored=ignored,
            ignored_date=ignored_date,
            notes=notes,
            stock_transfer_id=stock_transfer_id,
            description=description,
            purchase_order_ids=purchase_order_ids,
            journal_account_id=journal_account_id,
            fetch_from_raw=fetch_from_raw,
            created=created,
            modified=modified,
        )

        stock_transaction_input.additional_properties = d
        return stock_transaction_input

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


def _wire_transaction_type(data: Any) -> Any:
    def _parse_transaction_type(data: object) -> int | None | StockTransactionType:
        if data is None:
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            transaction_type_type_0 = StockTransactionType(data)

            return transaction_type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(int | None | StockTransactionType, data)

    transaction_type = _parse_transaction_type(data)

    return transaction_type


def _wire_source_type(data: Any) -> Any:
    def _parse_source_type(data: object) -> int | None | StockTransactionSourceType | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            source_type_type_0 = StockTransactionSourceType(data)

            return source_type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(int | None | StockTransactionSourceType | Unset, data)

    source_type = _parse_source_type(data)

    return source_type


def _wire_status(data: Any) -> Any:
    def _parse_status(data: object) -> int | None | StockTransactionStatus | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            status_type_0 = StockTransactionStatus(data)

            return status_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(int | None | StockTransactionStatus | Unset, data)

    status = _parse_status(data)

    return status


def _wire_quantity(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_price(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_price_without_tax(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_discount(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_purchase_price(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_balance_to_date(data: Any) -> Any:
    return decimal_from_json(data, ("number",))


def _wire_ignored(data: Any) -> Any:
    def _parse_ignored(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            ignored_type_1 = Flag(data)

            return ignored_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    ignored = _parse_ignored(data)

    return ignored


def _wire_fetch_from_raw(data: Any) -> Any:
    def _parse_fetch_from_raw(data: object) -> bool | Flag | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            fetch_from_raw_type_1 = Flag(data)

            return fetch_from_raw_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(bool | Flag | None | Unset, data)

    fetch_from_raw = _parse_fetch_from_raw(data)

    return fetch_from_raw


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("product_id", "product_id", None, None),
    ("store_id", "store_id", None, None),
    ("transaction_type", "transaction_type", _wire_transaction_type, None),
    ("id", "id", None, None),
    ("transaction_category_id", "transaction_category_id", None, None),
    ("source_type", "source_type", _wire_source_type, None),
    ("order_id", "order_id", None, None),
    ("ref_id", "ref_id", None, None),
    ("status", "status", _wire_status, None),
    ("date", "date", None, None),
    ("received_date", "received_date", None, None),
    ("quantity", "quantity", _wire_quantity, None),
    ("currency_code", "currency_code", None, None),
    ("price", "price", _wire_price, None),
    ("price_without_tax", "price_without_tax", _wire_price_without_tax, None),
    ("discount", "discount", _wire_discount, None),
    ("purchase_price", "purchase_price", _wire_purchase_price, None),
    ("balance_to_date", "balance_to_date", _wire_balance_to_date, None),
    ("added_by", "added_by", None, None),
    ("ignored", "ignored", _wire_ignored, None),
    ("ignored_date", "ignored_date", None, None),
    ("notes", "notes", None, None),
    ("stock_transfer_id", "stock_transfer_id", None, None),
    ("description", "description", None, None),
    ("purchase_order_ids", "purchase_order_ids", None, None),
    ("journal_account_id", "journal_account_id", None, None),
    ("fetch_from_raw", "fetch_from_raw", _wire_fetch_from_raw, None),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
)
