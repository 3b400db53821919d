"""Records in and out of files for the CLI: JSON, JSON Lines and CSV.

CSV holds nested records through dotted column names. For a resource whose add body is
``{"Invoice": {...}, "InvoiceItem": [...], "Payment": [...]}``:

- ``Invoice.<field>`` columns fill the object member; ``InvoiceItem.<field>`` and
  ``Payment.<field>`` columns give one list element per row (a row whose cells for a
  list member are all empty adds nothing to it);
- rows with the same value in the key column (``--group-by``, default ``key``) make
  one record, so an invoice with three lines is three rows; without that column, every
  row is a record. Object cells must agree across a record's rows;
- empty cells are left out; a cell is read as a number where the spec's field is
  numeric or an integer enum and the text is a number, else kept as text.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from ..wire.validation import inlined_schema

DEFAULT_GROUP_COLUMN = "key"


class FileError(Exception):
    """A problem in an input file, with the file, line and column in its message."""


def read_records(path: Path, *, operation_id: str, group_by: str) -> list[Any]:
    """Records from ``.json`` (an array), ``.jsonl``/``.ndjson`` or ``.csv``."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise FileError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FileError(f"{path}: cannot read: {exc}") from None
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return list(_json_lines(path, text))
    if suffix == ".csv":
        return _csv_records(path, text, operation_id, group_by)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FileError(f"{path}:{exc.lineno}:{exc.colno}: not valid JSON: {exc.msg}") from None
    if not isinstance(data, list):
        raise FileError(f"{path}: expected a JSON array of records, found a {type(data).__name__}")
    return data


def _json_lines(path: Path, text: str) -> Iterator[Any]:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise FileError(f"{path}:{number}:{exc.colno}: not valid JSON: {exc.msg}") from None


def _members(operation_id: str) -> dict[str, tuple[str, dict[str, Any]]]:
    """Body member name → ("object" or "list", the schema of its fields)."""
    body = inlined_schema(operation_id, element=True)
    found: dict[str, tuple[str, dict[str, Any]]] = {}
    for name, schema in _properties(body).items():
        if _allows(schema, "array"):
            items: dict[str, Any] = schema.get("items") or next(
                (o["items"] for o in schema.get("anyOf", []) if o.get("items")), {}
            )
            found[name] = ("list", _properties(items))
        else:
            found[name] = ("object", _properties(schema))
    return found


def _properties(schema: Mapping[str, Any]) -> dict[str, Any]:
    merged: dict[str, Any] = dict(schema.get("properties", {}))
    for part in (*schema.get("allOf", ()), *schema.get("anyOf", ())):
        merged.update(_properties(part))
    return merged


def _allows(schema: Mapping[str, Any], kind: str) -> bool:
    kinds = schema.get("type")
    if kinds == kind or (isinstance(kinds, list) and kind in kinds):
        return True
    return any(_allows(option, kind) for option in schema.get("anyOf", ()))


def _cell(text: str, field_schema: Mapping[str, Any]) -> Any:
    numeric = _allows(field_schema, "integer") or _allows(field_schema, "number")
    if (numeric and not _allows(field_schema, "string")) or _has_integer_enum(field_schema):
        try:
            number = float(text)
        except ValueError:
            return text  # left for validation to name
        return int(number) if number.is_integer() and "." not in text else number
    if _allows(field_schema, "boolean") and text.lower() in ("true", "false"):
        return text.lower() == "true"
    return text


def _has_integer_enum(schema: Mapping[str, Any]) -> bool:
    if "enum" in schema and all(isinstance(v, int) for v in schema["enum"] if v is not None):
        return True
    return any(_has_integer_enum(option) for option in schema.get("anyOf", ()))


def _csv_records(path: Path, text: str, operation_id: str, group_by: str) -> list[Any]:
    members = _members(operation_id)
    reader = csv.DictReader(io.StringIO(text))
    columns = reader.fieldnames or []
    for position, column in enumerate(columns, start=1):
        member = column.split(".", 1)[0]
        if column != group_by and ("." not in column or member not in members):
            known = ", ".join(f"{m}.<field>" for m in members)
            raise FileError(
                f"{path}:1:{position}: column {column!r} is not {known} or {group_by!r}"
            )
    records: dict[str, dict[str, Any]] = {}
    origins: dict[tuple[str, str], int] = {}  # (record key, column) -> line that set it
    for line, row in enumerate(reader, start=2):
        key = row.get(group_by) or f"line {line}"
        record = records.setdefault(key, {})
        items: dict[str, dict[str, Any]] = {}
        for position, column in enumerate(columns, start=1):
            value = (row.get(column) or "").strip()
            if column == group_by or not value:
                continue
            member, field = column.split(".", 1)
            kind, fields = members[member]
            cell = _cell(value, fields.get(field, {}))
            if kind == "list":
                items.setdefault(member, {})[field] = cell
                continue
            header = record.setdefault(member, {})
            if field in header and header[field] != cell:
                first = origins[(key, column)]
                raise FileError(
                    f"{path}:{line}:{position}: {column} is {value!r} here but "
                    f"{header[field]!r} on line {first}, for the same {group_by} {key!r}"
                )
            header[field] = cell
            origins.setdefault((key, column), line)
        for member, element in items.items():
            record.setdefault(member, []).append(element)
    return list(records.values())
