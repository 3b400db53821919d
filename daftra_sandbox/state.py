"""The sandbox's in-memory account: generic tables of records keyed by model name."""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable, Iterable, Mapping
from typing import Any

Record = dict[str, Any]
# A record's id: a number as the service gives them, or text (a record inserted with one,
# for a resource whose spec makes its ids text).
RecordKey = int | str

SITE: Record = {
    "id": 1,
    "business_name": "Sandbox Trading",
    "first_name": "Sam",
    "last_name": "Box",
    "subdomain": "sandbox",
    "email": "owner@sandbox.example",
    "currency_code": "USD",
    "country_code": "US",
    "timezone": "UTC",
    "date_format": "Y-m-d",
    "language_code": "en",
    "staff_id": 0,
}


class SandboxState:
    """Thread-safe tables with auto-increment ids; the server and tests share one."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.site: Record = dict(SITE)
        self._tables: dict[str, dict[RecordKey, Record]] = {}
        self._next_ids: dict[str, int] = {}
        # (model, field) -> field value -> ids: child rows found without scanning a table.
        self._indexes: dict[tuple[str, str], dict[object, set[RecordKey]]] = {}
        self._virtual: dict[str, tuple[int, Callable[[int], Record]]] = {}
        # How edits behave: False merges the body into the record, as documented; True
        # replaces the record, emptying whatever the body leaves out, as the live service does.
        self.edits_replace = False

    def _table(self, model: str) -> dict[RecordKey, Record]:
        return self._tables.setdefault(model, {})

    def new_id(self, model: str) -> int:
        with self.lock:
            next_id = self._next_ids.get(model, 1)
            self._next_ids[model] = next_id + 1
            return next_id

    def insert(self, model: str, record: Record) -> Record:
        """Store ``record`` (given an id if it has none) and return it. An id that is
        not a number is kept as text, and leaves the ids given to new records alone."""
        with self.lock:
            if not record.get("id"):
                record["id"] = self.new_id(model)
            record_id = _key(record["id"])
            if isinstance(record_id, int):
                self._next_ids[model] = max(self._next_ids.get(model, 1), record_id + 1)
            self.remove(model, record_id)
            self._table(model)[record_id] = record
            for (indexed_model, field), index in self._indexes.items():
                if indexed_model == model:
                    index.setdefault(record.get(field), set()).add(record_id)
            return record

    def index_by(self, model: str, field: str) -> None:
        """Keep ``model`` rows findable by ``field`` (see :meth:`children`)."""
        with self.lock:
            index: dict[object, set[RecordKey]] = {}
            for record_id, record in self._table(model).items():
                index.setdefault(record.get(field), set()).add(record_id)
            self._indexes[(model, field)] = index

    def children(self, model: str, field: str, value: object) -> list[Record]:
        """The stored ``model`` rows whose ``field`` equals ``value``, in id order."""
        table = self._table(model)
        ids = self._indexes[(model, field)].get(value, ())
        return [table[record_id] for record_id in sorted(ids, key=_order)]

    def add(self, model: str, **fields: Any) -> Record:
        return copy.deepcopy(self.insert(model, dict(fields)))

    def ensure(self, model: str, record_id: int, **defaults: Any) -> Record:
        """The record with ``record_id``, created from ``defaults`` if missing."""
        with self.lock:
            existing = self._table(model).get(record_id)
            if existing is None:
                existing = self.insert(model, {**defaults, "id": record_id})
            return copy.deepcopy(existing)

    def get(self, model: str, record_id: int) -> Record | None:
        with self.lock:
            record = self._table(model).get(record_id)
            return copy.deepcopy(record) if record is not None else None

    def exists(self, model: str, record_id: int) -> bool:
        with self.lock:
            return record_id in self._table(model)

    def live(self, model: str, record_id: int) -> Record | None:
        """The stored record itself, for handlers that change it under the lock."""
        return self._table(model).get(record_id)

    def rows(self, model: str) -> list[Record]:
        """The stored records themselves, in id order, for handlers under the lock."""
        table = self._table(model)
        return [table[key] for key in sorted(table, key=_order)]

    def add_virtual(self, model: str, count: int, make: Callable[[int], Record]) -> None:
        """Make ``model`` list as ``count`` rows built on demand by ``make(position)``,
        instead of its stored records: large listings without holding them in memory."""
        with self.lock:
            self._virtual[model] = (count, make)

    def virtual(self, model: str) -> tuple[int, Callable[[int], Record]] | None:
        return self._virtual.get(model)

    def all(self, model: str) -> list[Record]:
        with self.lock:
            return copy.deepcopy(self.rows(model))

    def all_ids(self, model: str) -> list[RecordKey]:
        with self.lock:
            return sorted(self._table(model), key=_order)

    def count(self, model: str) -> int:
        with self.lock:
            return len(self._table(model))

    def remove(self, model: str, record_id: RecordKey) -> bool:
        with self.lock:
            record = self._table(model).pop(record_id, None)
            if record is None:
                return False
            for (indexed_model, field), index in self._indexes.items():
                if indexed_model == model:
                    index.get(record.get(field), set()).discard(record_id)
            return True

    def where(self, model: str, **equal: Any) -> list[Record]:
        with self.lock:
            return [
                copy.deepcopy(r)
                for r in self.rows(model)
                if all(r.get(k) == v for k, v in equal.items())
            ]


def _key(value: object) -> RecordKey:
    """A record id as its table keys it: a number (from any spelling of one), or text
    that is not one."""
    if isinstance(value, str) and not value.strip().lstrip("-").isdigit():
        return value
    number: int = int(value)  # type: ignore[call-overload]
    return number


def _order(key: RecordKey) -> tuple[bool, int | str]:
    """Ids in order: numbers first, by value, then text ids."""
    return isinstance(key, str), key


def seed_defaults(state: SandboxState) -> None:
    """What a fresh account has: the owner's staff record, a branch, a store, two
    clients and three products (ids 1..n), enough for the examples in the docs."""
    state.ensure("Staff", 1, name="Sam Box", email="owner@sandbox.example", active=1)
    state.ensure("Branch", 1, name="Main branch", status=1)
    state.ensure("Store", 1, name="Main store", active=1)
    state.ensure("Client", 1, business_name="First Client Co", type=3, email="first@client.example")
    state.ensure(
        "Client", 2, business_name="Second Client Co", type=3, email="second@client.example"
    )
    for product_id, name, price in (
        (1, "Widget", 10.0),
        (2, "Gadget", 25.0),
        (3, "Service hour", 60.0),
    ):
        state.ensure("Product", product_id, name=name, unit_price=price, type=1, status=0)


_REFERENCES = {
    "client_id": "Client",
    "staff_id": "Staff",
    "branch_id": "Branch",
    "store_id": "Store",
}


def seed_references(state: SandboxState, bodies: Iterable[object]) -> None:
    """Create whatever clients, staff, branches, stores and products a list of
    add-invoice bodies refers to, so they can be imported as they are."""
    for body in bodies:
        if not isinstance(body, Mapping):
            continue
        header = body.get("Invoice")
        if isinstance(header, Mapping):
            for field, model in _REFERENCES.items():
                _ensure_reference(state, model, header.get(field))
        items = body.get("InvoiceItem")
        for item in items if isinstance(items, list) else ():
            if isinstance(item, Mapping):
                _ensure_reference(state, "Product", item.get("product_id"))
                _ensure_reference(state, "Store", item.get("store_id"))


def _ensure_reference(state: SandboxState, model: str, value: object) -> None:
    record_id = _record_id(value)
    if record_id is not None:
        label = f"{model} {record_id}"
        fields: dict[str, Any] = {"name": label}
        if model == "Client":
            fields = {"business_name": label, "type": 3, "email": f"client{record_id}@example.com"}
        elif model == "Product":
            fields = {"name": label, "unit_price": 0.0, "type": 1, "status": 0}
        state.ensure(model, record_id, **fields)


def _record_id(value: object) -> int | None:
    """A positive id from a seeded body's int, integral float or numeric text; else None."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return int(number) if number.is_integer() and number > 0 else None
