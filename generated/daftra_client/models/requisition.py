from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.requisition_item import RequisitionItem


T = TypeVar("T", bound="Requisition")


@_attrs_define
class Requisition:
    """A requisition header as read back, with its lines nested as `RequisitionItem`. The
    documentation types every header field as text, so codes and ids may arrive as
    numeric strings. Bodies that create or change a requisition use a different
    spelling for three keys; see `RequisitionWrite`.

        Attributes:
            id (int | str | Unset): The requisition's id (documented as text).
            number (None | str | Unset): The requisition's number.
            date (None | str | Unset): The requisition's date and time.
            type_ (int | None | str | Unset): Effect on stock: `1` inbound, `2` outbound, `3` manual transfer (no net
                effect).
            order_type (int | None | str | Unset): What the requisition came from, e.g. `1` manual inbound, `2` manual
                outbound, `8` manual transfer, `25` sales order. The documentation refers to a full list that it does not
                contain.
            status (int | None | str | Unset): `1` under delivery, `3` accepted, `4` rejected.
            store_id (int | None | str | Unset): The source warehouse.
            to_store_id (int | None | str | Unset): The destination warehouse, for transfers; null otherwise.
            currency_code (None | str | Unset): Currency of the line prices (ISO 4217).
            staff_id (int | None | str | Unset): The staff member who created the requisition.
            journal_account_id (int | None | str | Unset): The journal account used for the requisition's entries.
            order_id (int | None | str | Unset): The document the requisition belongs to (invoice, purchase invoice, ...);
                `0` for manual ones.
            branch_id (int | None | str | Unset): The branch the requisition belongs to.
            notes (None | str | Unset): Notes on the requisition.
            created (None | str | Unset): When the requisition was created (`YYYY-MM-DD HH:MM:SS`).
            modified (None | str | Unset): When the requisition last changed (`YYYY-MM-DD HH:MM:SS`).
            requisition_item (list[RequisitionItem] | Unset): The requisition's lines. The documentation describes them only
                as objects; the fields are assumed to be those sent when creating one.
    """

    id: int | str | Unset = UNSET
    number: None | str | Unset = UNSET
    date: None | str | Unset = UNSET
    type_: int | None | str | Unset = UNSET
    order_type: int | None | str | Unset = UNSET
    status: int | None | str | Unset = UNSET
    store_id: int | None | str | Unset = UNSET
    to_store_id: int | None | str | Unset = UNSET
    currency_code: None | str | Unset = UNSET
    staff_id: int | None | str | Unset = UNSET
    journal_account_id: int | None | str | Unset = UNSET
    order_id: int | None | str | Unset = UNSET
    branch_id: int | None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    created: None | str | Unset = UNSET
    modified: None | str | Unset = UNSET
    requisition_item: list[RequisitionItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        type_: int | None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        order_type: int | None | str | Unset
        if isinstance(self.order_type, Unset):
            order_type = UNSET
        else:
            order_type = self.order_type

        status: int | None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        store_id: int | None | str | Unset
        if isinstance(self.store_id, Unset):
            store_id = UNSET
        else:
            store_id = self.store_id

        to_store_id: int | None | str | Unset
        if isinstance(self.to_store_id, Unset):
            to_store_id = UNSET
        else:
            to_store_id = self.to_store_id

        currency_code: None | str | Unset
        if isinstance(self.currency_code, Unset):
            currency_code = UNSET
        else:
            currency_code = self.currency_code

        staff_id: int | None | str | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

        journal_account_id: int | None | str | Unset
        if isinstance(self.journal_account_id, Unset):
            journal_account_id = UNSET
        else:
            journal_account_id = self.journal_account_id

        order_id: int | None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        branch_id: int | None | str | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

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

        requisition_item: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.requisition_item, Unset):
            requisition_item = []
            for requisition_item_item_data in self.requisition_item:
                requisition_item_item = requisition_item_item_data.to_dict()
                requisition_item.append(requisition_item_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if date is not UNSET:
            field_dict["date"] = date
        if type_ is not UNSET:
            field_dict["type"] = type_
        if order_type is not UNSET:
            field_dict["order_type"] = order_type
        if status is not UNSET:
            field_dict["status"] = status
        if store_id is not UNSET:
            field_dict["store_id"] = store_id
        if to_store_id is not UNSET:
            field_dict["to_store_id"] = to_store_id
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if journal_account_id is not UNSET:
            field_dict["journal_account_id"] = journal_account_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if notes is not UNSET:
            field_dict["notes"] = notes
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified
        if requisition_item is not UNSET:
            field_dict["RequisitionItem"] = requisition_item

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.requisition_item import RequisitionItem  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        def _parse_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_type_(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_order_type(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        order_type = _parse_order_type(d.pop("order_type", UNSET))

        def _parse_status(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_store_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        store_id = _parse_store_id(d.pop("store_id", UNSET))

        def _parse_to_store_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        to_store_id = _parse_to_store_id(d.pop("to_store_id", UNSET))

        def _parse_currency_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency_code = _parse_currency_code(d.pop("currency_code", UNSET))

        def _parse_staff_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        staff_id = _parse_staff_id(d.pop("staff_id", UNSET))

        def _parse_journal_account_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        journal_account_id = _parse_journal_account_id(d.pop("journal_account_id", UNSET))

        def _parse_order_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        order_id = _parse_order_id(d.pop("order_id", UNSET))

        def _parse_branch_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

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

        _requisition_item = d.pop("RequisitionItem", UNSET)
        requisition_item: list[RequisitionItem] | Unset = UNSET
        if _requisition_item is not UNSET:
            requisition_item = []
            for requisition_item_item_data in _requisition_item:
                requisition_item_item = RequisitionItem.from_dict(requisition_item_item_data)

                requisition_item.append(requisition_item_item)

        requisition = cls(
            id=id,
            number=number,
            date=date,
            type_=type_,
            order_type=order_type,
            status=status,
            store_id=store_id,
            to_store_id=to_store_id,
            currency_code=currency_code,
            staff_id=staff_id,
            journal_account_id=journal_account_id,
            order_id=order_id,
            branch_id=branch_id,
            notes=notes,
            created=created,
            modified=modified,
            requisition_item=requisition_item,
        )

        requisition.additional_properties = d
        return requisition

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


def _wire_requisition_item(data: Any) -> Any:
    from ..models.requisition_item import RequisitionItem  # noqa: PLC0415

    _requisition_item = data
    requisition_item: list[RequisitionItem] | Unset = UNSET
    if _requisition_item is not UNSET:
        requisition_item = []
        for requisition_item_item_data in _requisition_item:
            requisition_item_item = RequisitionItem.from_dict(requisition_item_item_data)

            requisition_item.append(requisition_item_item)

    return requisition_item


# Each member as (JSON key, attribute, what makes a decoded value the attribute's value or
# None where it is the value itself, the model class of a member holding models).
WIRE_MEMBERS: tuple[tuple[str, str, Any, str | None], ...] = (
    ("id", "id", None, None),
    ("number", "number", None, None),
    ("date", "date", None, None),
    ("type", "type_", None, None),
    ("order_type", "order_type", None, None),
    ("status", "status", None, None),
    ("store_id", "store_id", None, None),
    ("to_store_id", "to_store_id", None, None),
    ("currency_code", "currency_code", None, None),
    ("staff_id", "staff_id", None, None),
    ("journal_account_id", "journal_account_id", None, None),
    ("order_id", "order_id", None, None),
    ("branch_id", "branch_id", None, None),
    ("notes", "notes", None, None),
    ("created", "created", None, None),
    ("modified", "modified", None, None),
    ("RequisitionItem", "requisition_item", _wire_requisition_item, "RequisitionItem"),
)
