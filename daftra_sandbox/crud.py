"""Generic list/get/add/edit/delete behaviour of a v1 resource, shaped like Daftra's."""

from __future__ import annotations

import builtins
import math
from collections.abc import Callable, Mapping
from datetime import datetime
from functools import cache
from typing import Any

from daftra_facade.spec import body_errors, bundled_spec

from .routing import Answer, Request, failed
from .state import Record, SandboxState

DEFAULT_LIMIT = 20
Errors = dict[str, str]
Filter = Callable[[Record, str], bool]


def now_text() -> str:
    return datetime.now().strftime("%Y-%m-%d %H:%M:%S")


def _integer(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default  # Daftra falls back to its defaults rather than refusing


def _positive(text: str | None, default: int) -> int:
    value = _integer(text, default)
    return value if value >= 1 else default


def ok(data: object = None, *, status: int = 200, **extra: object) -> Answer:
    body: dict[str, object] = {"code": status, "result": "successful"}
    if data is not None:
        body["data"] = data
    body.update(extra)
    return Answer(status, body)


# The largest integer PHP holds (PHP_INT_MAX): json_decode reads a larger one as a
# float, losing digits, and no id or amount column of the service's database stores it.
LARGEST_INTEGER = 2**63 - 1


def out_of_range(body: object, where: str = "") -> Errors:
    """The numbers in a request body that no field of the live service can store, by
    field path: integers beyond PHP's, and the infinities and NaN that a body may spell
    (``1e400``, ``Infinity``, ``NaN``: Python's JSON reader takes them all). The request
    is refused with them named, as a validation failure, before anything reads them."""
    if isinstance(body, bool):
        return {}
    if isinstance(body, int | float):
        fits = abs(body) <= LARGEST_INTEGER if isinstance(body, int) else math.isfinite(body)
        return {} if fits else {where or "<body>": "Number out of range"}
    if isinstance(body, Mapping):
        items = ((f"{where}.{name}" if where else str(name), v) for name, v in body.items())
    elif isinstance(body, list):
        items = ((f"{where}.{i}" if where else str(i), v) for i, v in enumerate(body))
    else:
        return {}
    errors: Errors = {}
    for path, value in items:
        errors.update(out_of_range(value, path))
    return errors


@cache
def schema_properties(schema_name: str) -> Mapping[str, Mapping[str, Any]]:
    """A component schema's properties by name, gathered through ``allOf`` (the first
    declaration of a name wins); empty for a schema the spec does not have."""
    schemas = bundled_spec()["components"]["schemas"]
    found: dict[str, Mapping[str, Any]] = {}
    pending = [schemas.get(schema_name, {})]
    while pending:
        schema = pending.pop()
        for name, field in schema.get("properties", {}).items():
            if isinstance(field, Mapping):
                found.setdefault(name, field)
        for part in schema.get("allOf", []):
            pending.append(schemas.get(part.get("$ref", "").rsplit("/", 1)[-1], part))
    return found


@cache
def write_only_fields(schema_name: str) -> frozenset[str]:
    """The fields a schema marks ``writeOnly`` (passwords and the like), through ``allOf``."""
    return frozenset(
        name for name, field in schema_properties(schema_name).items() if field.get("writeOnly")
    )


class Collection:
    """One v1 resource backed by one table; subclasses add the resource's own rules."""

    def __init__(
        self,
        state: SandboxState,
        *,
        model: str,
        path: str,
        label: str,
        table: str | None = None,
        dependents: tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.state = state
        self.model = model  # the key records travel under, e.g. "Client"
        self.table = table or model  # where they are kept (several kinds may share one)
        self.path = path  # e.g. "/api2/invoices.json", for the pagination links
        self.label = label  # e.g. "Invoice", for messages
        self.filters: dict[str, Filter] = {}
        # (table, field) pairs whose rows point at a record of this one: while any does,
        # Daftra refuses to delete it.
        self.dependents = dependents
        # The add and edit operations whose documented bodies this resource accepts.
        self.operations: dict[bool, str | None] = {True: None, False: None}

    def spec_errors(self, body: Mapping[str, Any], *, creating: bool) -> Errors:
        """What in ``body`` the spec's request schema refuses, by field path."""
        operation = self.operations[creating]
        if operation is None:
            return {}
        problems = body_errors(operation, dict(body))
        return {path: "; ".join(reasons) for path, reasons in problems.items()}

    # Hooks a resource overrides.
    def check(self, body: Mapping[str, Any], *, creating: bool) -> Errors:
        member = body.get(self.model)
        return {} if isinstance(member, Mapping) else {self.model: "must be an object"}

    def create(self, body: Mapping[str, Any]) -> Record:
        return self.state.insert(
            self.table,
            {**body[self.model], "id": None, "created": now_text(), "modified": now_text()},
        )

    def visible(self, record: Record) -> bool:
        """Whether this resource serves the record (kinds sharing a table see their own)."""
        return True

    def listed(self, record: Record, request: Request) -> bool:
        """Whether a list request shows the record (beyond the filters)."""
        return True

    # What an edit that replaces the record keeps (see :meth:`forget_unsent`).
    kept_on_replace: frozenset[str] = frozenset({"id", "created"})

    def forget_unsent(self, record: Record) -> None:
        """Under ``state.edits_replace``, empty every field of ``record`` but those in
        ``kept_on_replace``, before an edit writes its body: the live service builds the
        whole row from the edit, so fields left out come back empty (an amount-only edit
        of a payment lost its date)."""
        if self.state.edits_replace:
            record.update((field, None) for field in record if field not in self.kept_on_replace)

    def change(self, record: Record, body: Mapping[str, Any]) -> None:
        self.forget_unsent(record)
        record.update({k: v for k, v in body.get(self.model, {}).items() if k != "id"})
        record["modified"] = now_text()

    def row(self, record: Record, depth: int = 0) -> dict[str, Any]:
        """A list row; ``depth`` is the list's ``recursive`` parameter."""
        return {self.model: record}

    def view(self, record: Record) -> dict[str, Any]:
        return {self.model: record}

    def add_answer(self, record: Record) -> Answer:
        # The documentation's example gives the new id as a string.
        return ok(status=202, id=str(record["id"]))

    # The five actions.
    def list(self, request: Request) -> Answer:
        page = _positive(request.param("page"), 1)
        limit = _positive(request.param("limit"), DEFAULT_LIMIT)
        start, end = (page - 1) * limit, page * limit
        depth = _integer(request.param("recursive"), 0)
        virtual = self.state.virtual(self.table)
        if virtual is not None:  # generated rows: filters and sorting do not apply
            total, make = virtual
            rows = [self.row(make(position), depth) for position in range(start, min(end, total))]
        else:
            with self.state.lock:
                records = [
                    r
                    for r in self.state.rows(self.table)
                    if self.visible(r) and self.listed(r, request)
                ]
                for name, matches in self.filters.items():
                    value = request.param(name)
                    if value not in (None, ""):
                        records = [r for r in records if matches(r, value)]
                records = self._sorted(records, request)
                total = len(records)
                rows = [self.row(record, depth) for record in records[start:end]]
        page_count = math.ceil(total / limit)

        def link(number: int) -> str | None:
            return f"{self.path}?page={number}&limit={limit}" if 1 <= number <= page_count else None

        pagination = {
            "page": page,
            "page_count": page_count,
            "total_results": total,
            "prev": link(page - 1),
            "next": link(page + 1),
        }
        return Answer(
            200, {"code": 200, "result": "successful", "data": rows, "pagination": pagination}
        )

    def _sorted(self, records: builtins.list[Record], request: Request) -> builtins.list[Record]:
        field = request.param("sort")
        descending = (request.param("direction") or "").upper() == "DESC"
        if not field:
            return records  # by id, ascending
        return sorted(
            records,
            key=lambda r: (r.get(field) is None, str(r.get(field) or "")),
            reverse=descending,
        )

    def get(self, request: Request) -> Answer:
        with self.state.lock:
            record = self._find(request)
            if record is None:
                return self.not_found()
            return ok(self.view(record))

    def add(self, request: Request) -> Answer:
        body = request.json()
        if not isinstance(body, Mapping):
            return failed(400, "The request body must be a JSON object")
        with self.state.lock:
            errors = out_of_range(body) or self.check(body, creating=True)
            if errors:
                return failed(400, "Validation failed", errors)
            return self.add_answer(self.create(body))

    def edit(self, request: Request) -> Answer:
        body = request.json()
        if not isinstance(body, Mapping):
            return failed(400, "The request body must be a JSON object")
        with self.state.lock:
            record = self._find(request)
            if record is None:
                return self.not_found()
            errors = out_of_range(body) or self.check(body, creating=False)
            if errors:
                return failed(400, "Validation failed", errors)
            self.change(record, body)
        return ok()

    def delete(self, request: Request) -> Answer:
        with self.state.lock:
            record = self._find(request)
            if record is None:
                return self.not_found()
            if self.has_transactions(record):
                return failed(400, "Can't delete item. Remove its transactions first.")
            self.remove(record)
        return ok()

    def has_transactions(self, record: Record) -> bool:
        return any(
            str(row.get(field)) == str(record["id"])
            for table, field in self.dependents
            for row in self.state.rows(table)
        )

    def remove(self, record: Record) -> None:
        self.state.remove(self.table, int(record["id"]))

    def _find(self, request: Request) -> Record | None:
        raw_id = request.path_params.get("id", "")
        record = self.state.live(self.table, int(raw_id)) if raw_id.isdigit() else None
        return record if record is not None and self.visible(record) else None

    def not_found(self) -> Answer:
        return failed(404, f"{self.label} not found")
