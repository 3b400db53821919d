"""Records from CSV: nested records held by dotted column names.

For a resource whose add body is ``{"Invoice": {...}, "InvoiceItem": [...], "Payment":
[...]}``:

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

A row with more or fewer cells than the header, a quote opened and never closed, cells
holding bytes that are not UTF-8 or a NUL, and conflicting cells of one record each make
their record :class:`~.values.Unreadable`, naming the line (see :mod:`.reading`).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Collection, Iterator, Mapping
from pathlib import Path
from typing import Any

from ..wire.encoding import MAX_TEXT, shown
from ..wire.validation import inlined_schema
from .values import (
    JSON_DECODER,
    OPEN_FIELDS,
    FileError,
    Unreadable,
    read_cell,
    real_number,
    text_position,
    undecoded,
    whole_number,
)


def body_members(operation_id: str, element: bool) -> dict[str, tuple[str, dict[str, Any]]]:
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
            return JSON_DECODER.decode(text)
        except (ValueError, RecursionError):
            return text  # left for validation to name
    numeric = _allows(field_schema, "integer") or _allows(field_schema, "number")
    if (numeric and not _allows(field_schema, "string")) or _has_integer_enum(field_schema):
        if _INTEGER.fullmatch(text):
            return whole_number(text)
        try:
            number = real_number(text)
        except (ValueError, ArithmeticError):
            return text  # left for validation to name
        if isinstance(number, float) and number.is_integer() and "." not in text:
            return int(number)
        return number
    if _allows(field_schema, "boolean") and text.lower() in ("true", "false"):
        return text.lower() == "true"
    return text


_INTEGER = re.compile(r"[+-]?\d+")


def _has_integer_enum(schema: Mapping[str, Any]) -> bool:
    if "enum" in schema and all(isinstance(v, int) for v in schema["enum"] if v is not None):
        return True
    return any(_has_integer_enum(option) for option in schema.get("anyOf", ()))


class _Lines:
    """The physical lines of a CSV text for :mod:`csv`, numbered, some read again."""

    def __init__(self, text: str) -> None:
        self._source = io.StringIO(text, newline="")
        self._again: list[str] = []
        self.number = 0  # lines handed out
        self.taken: list[str] = []  # since the current row started

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = self._again.pop() if self._again else next(self._source)
        self.number += 1
        self.taken.append(line)
        return line

    def again(self, lines: list[str]) -> None:
        """Hand ``lines`` out again, in order."""
        self._again.extend(reversed(lines))
        self.number -= len(lines)


class _Row:
    """A CSV row: its first line, its cells (None when they could not be parsed), why
    it cannot be used (None if it can), and its lines as written."""

    __slots__ = ("cells", "line", "lines", "problem", "to_end")

    def __init__(
        self,
        line: int,
        cells: list[str] | None,
        problem: str | None,
        lines: list[str],
        *,
        to_end: bool = False,
    ) -> None:
        self.line, self.cells, self.problem, self.lines = line, cells, problem, lines
        self.to_end = to_end  # an unclosed quote: every line from here on is unknowable


# The separators a spreadsheet saves CSV with: a comma, or a semicolon where the comma is
# the decimal mark (Arabic and European locales), or a tab ("text, tab-separated").
DELIMITERS = (",", ";", "\t")


def sniffed_delimiter(text: str) -> str:
    """The separator of a CSV text: the one its header line holds most of (outside
    quotes), a comma when it holds none."""
    header = text.split("\n", 1)[0]
    outside = "".join(part for n, part in enumerate(header.split('"')) if n % 2 == 0)
    counts = {delimiter: outside.count(delimiter) for delimiter in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv_rows(path: Path, text: str, delimiter: str = ",") -> Iterator[_Row]:
    """Every row of a CSV text, with the structure errors of each (see the module)."""
    lines = _Lines(text)
    reader = csv.reader(lines, strict=True, delimiter=delimiter)
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, MAX_TEXT))  # longer cells: refused by the limit
    try:
        while True:
            first = lines.number + 1
            lines.taken = []
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                taken, message = lines.taken, str(exc)
                if "end of data" in message:  # still inside quotes at the end of the file
                    yield _Row(
                        first,
                        None,
                        (
                            f"{path}:{first}: a quote opened on this line is never closed, so "
                            f"lines {first}-{lines.number} cannot be read; not sent"
                        ),
                        taken,
                        to_end=True,
                    )
                    return
                if "field limit" in message:
                    problem = (
                        f"{path}:{first}: a cell longer than {MAX_TEXT:,} characters; "
                        "the row is not read"
                    )
                else:
                    # A quote not closed where its cell ends: the row where it opened is
                    # refused, and the lines it swallowed are read again as rows.
                    lines.again(taken[1:])
                    taken = taken[:1]
                    problem = (
                        f"{path}:{first}: a quote opened on this line is not closed "
                        f"where its cell ends ({message}); the row is not read"
                    )
                yield _Row(first, None, problem, taken)
                reader = csv.reader(lines, strict=True, delimiter=delimiter)
                continue
            raw = "".join(lines.taken)
            yield _Row(first, cells, _bad_characters(path, raw, first), lines.taken)
    finally:
        csv.field_size_limit(limit)


def _bad_characters(path: Path, raw: str, first: int) -> str | None:
    problem = undecoded(path, raw, first_line=first)
    if problem is None and "\x00" in raw:
        line, column = text_position(raw, raw.index("\x00"))
        problem = f"{path}:{line + first - 1}:{column}: a NUL byte; not read"
    return problem


def _alone(line: str, delimiter: str) -> list[str]:
    """The cells of one physical line read on its own (to find the key it names)."""
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return []


def csv_records(
    path: Path,
    text: str,
    members: dict[str, tuple[str, dict[str, Any]]],
    group_by: str,
    ignored: Collection[str],
    renamed: Mapping[str, str],
    delimiter: str | None = None,
) -> list[Any]:
    delimiter = delimiter or sniffed_delimiter(text)
    rows = _csv_rows(path, text, delimiter)
    header = next(rows, None)
    if header is not None and header.problem:
        raise FileError(f"{path}: the header cannot be read: {header.problem}")
    columns = (header.cells or []) if header is not None else []
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
            known = ", ".join(
                m if kind == "field" else f"{m}.<field>" for m, (kind, _) in members.items()
            )
            raise FileError(
                f"{path}:1:{position}: column {column!r} is not {known} or {group_by!r}"
            )
    key_at = columns.index(group_by) if group_by in columns else None

    def key_of(cells: list[str], line: int) -> str:
        named = read_cell(cells[key_at]) if key_at is not None and key_at < len(cells) else ""
        return named or f"line {line}"

    records: dict[str, dict[str, Any]] = {}
    broken: dict[str, list[str]] = {}  # record key -> why it is not sent
    whole: set[str] = set()  # records with a row read as it should be
    origins: dict[tuple[str, str], int] = {}  # (record key, column) -> line that set it

    def refuse(key: str, problem: str) -> None:
        records.setdefault(key, {})
        broken.setdefault(key, []).append(problem)

    for row in rows:
        line = row.line
        if row.cells is not None and not any(cell.strip() for cell in row.cells):
            continue  # a blank line
        if row.problem is None and row.cells is not None and len(row.cells) != len(columns):
            row.problem = (
                f"{path}:{line}: {len(row.cells)} cells where the header has "
                f"{len(columns)}; the row is not read"
            )
        if row.problem is not None:
            cells = row.cells if row.cells is not None else _alone(row.lines[0], delimiter)
            refuse(key_of(cells, line), row.problem)
            if row.to_end and key_at is not None:
                # A record begun above may go on in the lines that cannot be read.
                for offset, raw in enumerate(row.lines[1:], start=1):
                    named = key_of(_alone(raw, delimiter), -1)
                    if named in records and not named.startswith("line "):
                        refuse(
                            named,
                            f"{path}:{line + offset} may hold a row of {group_by} "
                            f"{shown(named)}, unreadable after the quote opened on "
                            f"line {line}; not sent",
                        )
            continue
        assert row.cells is not None
        key = key_of(row.cells, line)
        record = records.setdefault(key, {})
        whole.add(key)
        items: dict[str, dict[str, Any]] = {}
        for position, (column, written) in enumerate(zip(columns, row.cells, strict=True), start=1):
            value = read_cell(written)
            if column == group_by or column in skipped or not value:
                continue
            member, field = targets[column]
            kind, fields = members[member]
            if not field:
                cell = _cell(
                    value,
                    fields[""]
                    if kind == "field"
                    else {"type": "array" if kind == "list" else "object"},
                )
                if member in record and record[member] != cell:
                    refuse(
                        key,
                        f"{path}:{line}:{position}: {column} is {shown(value)} here but "
                        f"{shown(record[member])} on an earlier line, for the same "
                        f"{group_by} {shown(key)}",
                    )
                record[member] = cell
                continue
            if field == OPEN_FIELDS:
                try:
                    whole_member = JSON_DECODER.decode(value)
                except (ValueError, RecursionError) as exc:
                    reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "unreadable"
                    refuse(key, f"{path}:{line}:{position}: {column} is not valid JSON: {reason}")
                    continue
                if isinstance(whole_member, dict):
                    record.setdefault(member, {}).update(whole_member)
                continue
            cell = _cell(value, fields.get(field, {}))
            if kind == "list":
                items.setdefault(member, {})[field] = cell
                continue
            holder = record.setdefault(member, {})
            if field in holder and holder[field] != cell:
                first = origins[(key, column)]
                refuse(
                    key,
                    f"{path}:{line}:{position}: {column} is {shown(value)} here but "
                    f"{shown(holder[field])} on line {first}, for the same {group_by} "
                    f"{shown(key)}",
                )
                continue
            holder[field] = cell
            origins.setdefault((key, column), line)
        for member, element in items.items():
            record.setdefault(member, []).append(element)
    return [
        Unreadable(
            "; ".join(broken[key])
            + (f" (so no row of {group_by} {shown(key)} is sent)" if key in whole else "")
        )
        if key in broken
        else record
        for key, record in records.items()
    ]
