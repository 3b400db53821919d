"""Records out to files: JSON Lines, and CSV in the layout the reading side takes back.

JSON Lines writes each record as one line of JSON. CSV has one layout for nested
records (:mod:`.csv_reading` reads it):

- a ``key`` column naming the record (its id); rows sharing it make one record;
- ``Member.field`` columns for the record's objects (``Invoice.date``), filled on the
  record's first row, and for its lists (``InvoiceItem.quantity``), one element per row,
  so an invoice with three lines and one payment is three rows;
- ``Member.*`` holds, as JSON, an object whose fields vary by account (custom fields);
- a flat (v2) record has a column per field, its related records as JSON in theirs.

The columns come from the schema of a listed record, so they are known before the first
record arrives and no record can bring a column the header lacks. Each cell is made safe
to open in a spreadsheet (:func:`.values.safe_cell`) unless ``raw_cells``.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Mapping
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from ..resource_info import ResourceInfo, resource_info
from ..wire.decoding import SchemaNode
from ..wire.encoding import dumps
from .values import KEY_COLUMN, OPEN_FIELDS, safe_cell

# The formats records are written in, by a file's extension.
FORMATS_BY_SUFFIX = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}
FORMATS = ("jsonl", "csv")


def format_of(path: Path) -> str | None:
    """The format a file's extension names (``csv`` or ``jsonl``), None for another."""
    return FORMATS_BY_SUFFIX.get(path.suffix.lower())


def json_text(value: Any) -> str:
    """``value`` as one line of JSON, amounts, dates and ids as Daftra writes them."""
    return dumps(value)


class RecordWriter:
    """Writes the listed records of one resource to ``handle`` as JSON Lines or CSV.

    Give it records as :meth:`ResourceInfo.documented` makes them (a model is made so
    first). ``written`` counts the records (not the CSV rows) written so far."""

    def __init__(
        self, handle: IO[str], resource: str, kind: str = "jsonl", *, raw_cells: bool = False
    ) -> None:
        if kind not in FORMATS:
            raise ValueError(f"format {kind!r}: expected one of {', '.join(FORMATS)}")
        self._handle = handle
        self._info: ResourceInfo = resource_info(resource)
        self._raw = raw_cells
        self.written = 0
        self.columns = csv_columns(self._info.row_schema, flat=self._info.api != "v1")
        self._csv = csv.DictWriter(handle, fieldnames=self.columns) if kind == "csv" else None
        if self._csv is not None:
            self._csv.writeheader()

    def write(self, record: Any) -> None:
        """Write one record (a listed model, or its documented dict)."""
        if not isinstance(record, Mapping):
            record = self._info.documented(record)
        if self._csv is None:
            self._handle.write(dumps(record) + "\n")
        else:
            key = self._info.own_fields(record).get("id", self.written)
            self._csv.writerows(csv_rows(record, key, self.columns, raw=self._raw))
        self.written += 1


def _shape(node: SchemaNode | None) -> SchemaNode | None:
    """The object or array a (possibly nullable, union) schema stands for."""
    if node is None or node.kind in ("object", "array"):
        return node
    return next((o for o in node.options if o.kind in ("object", "array")), None)


def csv_columns(row: SchemaNode | None, *, flat: bool = False) -> list[str]:
    """Every column a listed record can fill, from its schema alone. A ``flat`` (v2)
    record has a column per field; its related records are JSON in their field's column."""
    row = _shape(row)
    columns = [KEY_COLUMN]
    if row is None:
        return columns
    for member, node in row.children.items():
        inner = _shape(node)
        if inner is not None and inner.kind == "array":
            inner = _shape(inner.item)
        if flat or inner is None or inner.kind != "object":
            columns.append(member)
            continue
        columns.extend(f"{member}.{name}" for name in inner.children)
        if not inner.closed or not inner.children:
            columns.append(f"{member}.{OPEN_FIELDS}")
    return columns


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, str | int | Decimal | float | date):
        return str(value)
    return dumps(value)


def csv_rows(
    record: Mapping[str, Any], key: object, columns: list[str], *, raw: bool = False
) -> Iterator[dict[str, str]]:
    """The rows of one record in the CSV layout (see the module's description), each
    cell made safe to open in a spreadsheet unless ``raw``."""
    for row in _plain_rows(record, key, columns):
        yield {column: safe_cell(text, raw=raw) for column, text in row.items()}


def _plain_rows(
    record: Mapping[str, Any], key: object, columns: list[str]
) -> Iterator[dict[str, str]]:
    known = set(columns)
    first: dict[str, str] = {KEY_COLUMN: _cell(key)}
    lists: dict[str, list[Any]] = {}
    for member, value in record.items():
        if member in known:  # a flat record's field, nested values as JSON
            first[member] = _cell(value)
        elif isinstance(value, list):
            lists[member] = value
        elif isinstance(value, Mapping):
            extra = {}
            for name, inner in value.items():
                column = f"{member}.{name}"
                if column in known:
                    first[column] = _cell(inner)
                else:
                    extra[name] = inner
            if extra and f"{member}.{OPEN_FIELDS}" in known:
                first[f"{member}.{OPEN_FIELDS}"] = dumps(extra)
    height = max([1, *(len(items) for items in lists.values())])
    for position in range(height):
        row = first if position == 0 else {KEY_COLUMN: first[KEY_COLUMN]}
        for member, items in lists.items():
            if position < len(items) and isinstance(items[position], Mapping):
                for name, inner in items[position].items():
                    if f"{member}.{name}" in known:
                        row[f"{member}.{name}"] = _cell(inner)
        yield row
