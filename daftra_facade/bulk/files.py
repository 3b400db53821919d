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
  numeric or an integer enum and the text is a number, else kept as text;
- a ``Member.*`` column holds a whole object member as JSON (custom fields, whose names
  vary by account).

``daftra <resource> export`` writes this layout (see :mod:`daftra_facade.cli.exporting`),
with the read side's extra members: those named in ``ignored`` are skipped when reading,
and ``renamed`` maps a read-side list to the add body's (``InvoicePayment`` → ``Payment``,
keeping the fields the add body takes).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Collection, Iterator, Mapping
from pathlib import Path
from typing import Any

from ..wire.validation import inlined_schema

DEFAULT_GROUP_COLUMN = "key"


class FileError(Exception):
    """A problem in an input file, with the file, line and column in its message."""


def read_records(
    path: Path,
    *,
    operation_id: str,
    group_by: str,
    element: bool = True,
    ignored: Collection[str] = (),
    renamed: Mapping[str, str] | None = None,
) -> list[Any]:
    """Records from ``.json`` (an array), ``.jsonl``/``.ndjson`` or ``.csv``; ``element``
    when ``operation_id`` takes a list of bodies (bulk), whose element is the record."""
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
        return _csv_records(path, text, _members(operation_id, element), group_by,
                            ignored, renamed or {})
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


def _members(operation_id: str, element: bool) -> dict[str, tuple[str, dict[str, Any]]]:
    """Body member name → ("object" or "list", the schema of its fields), or ("field",
    {"": its schema}) for a plain field of a flat (v2) body, filled by a column of its
    own name."""
    body = inlined_schema(operation_id, element=element)
    found: dict[str, tuple[str, dict[str, Any]]] = {}
    for name, schema in _properties(body).items():
        items: dict[str, Any] = schema.get("items") or next(
            (o["items"] for o in schema.get("anyOf", []) if o.get("items")), {}
        )
        if _allows(schema, "array") and _properties(items):
            found[name] = ("list", _properties(items))
        elif _allows(schema, "object") or _properties(schema):
            found[name] = ("object", _properties(schema))
        else:
            found[name] = ("field", {"": schema})
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
    if (_allows(field_schema, "array") or _allows(field_schema, "object")) and text[:1] in "[{":
        try:  # a nested value, written as JSON by export
            return json.loads(text)
        except json.JSONDecodeError:
            return text  # left for validation to name
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


def _csv_records(
    path: Path,
    text: str,
    members: dict[str, tuple[str, dict[str, Any]]],
    group_by: str,
    ignored: Collection[str],
    renamed: Mapping[str, str],
) -> list[Any]:
    reader = csv.DictReader(io.StringIO(text))
    columns = reader.fieldnames or []
    skipped: set[str] = set()
    targets: dict[str, tuple[str, str]] = {}  # column -> (member, field) it fills
    for position, column in enumerate(columns, start=1):
        member, _, field = column.partition(".")
        if member not in members and renamed.get(member) in members:
            member = renamed[member]
            if field not in members[member][1]:
                skipped.add(column)  # a field only the read side of the list has
                continue
        if member in ignored:
            skipped.add(column)  # read side only: an exported file carries it
            continue
        targets[column] = (member, field)
        plain = member in members and members[member][0] == "field"
        # A flat body's field has a column of its own; a member given whole is JSON.
        if column != group_by and ((plain and field) or member not in members):
            known = ", ".join(m if kind == "field" else f"{m}.<field>"
                              for m, (kind, _) in members.items())
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
            if column == group_by or column in skipped or not value:
                continue
            member, field = targets[column]
            kind, fields = members[member]
            if not field:
                cell = _cell(value, fields[""] if kind == "field" else {
                    "type": "array" if kind == "list" else "object"})
                if member in record and record[member] != cell:
                    raise FileError(
                        f"{path}:{line}:{position}: {column} is {value!r} here but "
                        f"{record[member]!r} on an earlier line, for the same {group_by} {key!r}"
                    )
                record[member] = cell
                continue
            if field == "*":
                try:
                    whole = json.loads(value)
                except json.JSONDecodeError as exc:
                    raise FileError(
                        f"{path}:{line}:{position}: {column} is not valid JSON: {exc.msg}"
                    ) from None
                if isinstance(whole, dict):
                    record.setdefault(member, {}).update(whole)
                continue
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
