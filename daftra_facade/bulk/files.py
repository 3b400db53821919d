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

A cell that export neutralised against formula injection (``'=SUM(A1)``: a quote before
``=``, ``+``, ``-``, ``@``, tab or CR; see :func:`safe_cell`) is read back as the value
it stands for (``=SUM(A1)``), exactly, without the trimming other cells get.

A file is read element by element, so that one bad element never stops an import: an
element that cannot be read becomes :class:`Unreadable`, which keeps its place (its
index) and is refused, naming the file and line, when its body is built, while every
other element goes on. So are, in CSV, a row with more or fewer cells than the header
(with its whole record: the row's key cell names it), a quote opened and never closed
where it should be (the row where it opened; the rows after it are read again), cells
holding bytes that are not UTF-8 or a NUL, and conflicting cells of one record; in JSON
Lines, a line that is not JSON. A quote still open at the end of the file leaves every
line after the one where it opened unknowable: they are refused together, naming that
line (with any record one of them names by its key). What leaves a whole file
unreadable (a JSON array that is not valid JSON, an unknown CSV column) is one
:class:`FileError`, before anything is sent.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import math
import re
import sys
from collections.abc import Collection, Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..errors import InvalidInputError
from ..wire.encoding import MAX_TEXT, shown
from ..wire.validation import inlined_schema

DEFAULT_GROUP_COLUMN = "key"
# What a spreadsheet reads as the start of a formula (OWASP's CSV injection rule).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
# Bytes that are not UTF-8, as decoded with "surrogateescape", and NUL.
_UNDECODED = re.compile("[\udc80-\udcff]")


class FileError(Exception):
    """A problem in an input file, with the file, line and column in its message."""


class Unreadable:
    """An element of a file that could not be read: it keeps its index, and is refused
    with ``reason`` (which names the file and line) when its body is built."""

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def to_dict(self) -> dict[str, Any]:
        raise InvalidInputError(self.reason)

    def __repr__(self) -> str:
        return f"Unreadable({self.reason!r})"


def safe_cell(text: str, *, raw: bool = False) -> str:
    """``text`` as a CSV cell a spreadsheet will not run: a cell starting with ``=``,
    ``+``, ``-``, ``@``, tab or CR gets a leading ``'`` (OWASP), except a plain number
    (``-5``, ``+3.5``), which no spreadsheet reads as a formula. A value that already
    starts with quotes before such a character gets one more, so that
    :func:`read_cell` gives back every value exactly; ``raw`` leaves formula cells as
    they are (still adding that one quote, so a raw file reads back exactly too)."""
    bare = text.lstrip("'")
    if not bare.startswith(FORMULA_STARTS):
        return text
    if bare is text and (raw or _PLAIN_NUMBER.fullmatch(text)):
        return text
    return "'" + text


def read_cell(text: str) -> str:
    """The value a CSV cell holds: :func:`safe_cell` undone for a neutralised cell, kept
    exactly; any other cell trimmed of surrounding white space."""
    if text.startswith("'") and text.lstrip("'").startswith(FORMULA_STARTS):
        return text[1:]
    return text.strip()


def _whole_number(text: str) -> int | Decimal:
    # int() refuses more than 4,300 digits; the encoder names a number that long.
    return int(text) if len(text) <= 4000 else Decimal(text)


def _real_number(text: str) -> float | Decimal:
    number = float(text)
    return number if math.isfinite(number) else Decimal(text)


_DECODER = json.JSONDecoder(parse_int=_whole_number, parse_float=_real_number)


def read_records(
    path: Path,
    *,
    operation_id: str,
    group_by: str,
    element: bool = True,
    ignored: Collection[str] = (),
    renamed: Mapping[str, str] | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> list[Any]:
    """Records from ``.json`` (an array), ``.jsonl``/``.ndjson`` or ``.csv``; ``element``
    when ``operation_id`` takes a list of bodies (bulk), whose element is the record.
    An element that cannot be read is an :class:`Unreadable` in its place. ``-`` reads
    standard input, its format told by its first character (``[`` an array, ``{`` JSON
    Lines, anything else CSV)."""
    if str(path) == "-":
        data, path = sys.stdin.buffer.read(), Path("<stdin>")
        suffix = None
    else:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise FileError(f"{path}: no such file") from None
        except OSError as exc:
            raise FileError(f"{path}: cannot read: {exc.strerror or exc}") from None
        suffix = path.suffix.lower()
    text = _decoded(path, data, encoding)
    if suffix is None:
        first = text.lstrip()[:1]
        suffix = ".json" if first == "[" else ".jsonl" if first == "{" else ".csv"
    if suffix in (".jsonl", ".ndjson"):
        return list(_json_lines(path, text))
    if suffix == ".csv":
        return _csv_records(
            path,
            text,
            _members(operation_id, element),
            group_by,
            ignored,
            renamed or {},
            delimiter,
        )
    return _json_array(path, text)


def _decoded(path: Path, data: bytes, encoding: str | None = None) -> str:
    """The file's text: in ``encoding`` when one is named (a byte it cannot read stops
    the file, naming the line), else UTF-16 where a byte-order mark says so
    (spreadsheets save "Unicode text" that way), else UTF-8 with or without its mark,
    whose unreadable bytes are kept as lone surrogates and refused with their line."""
    if encoding is not None:
        try:
            return data.decode(encoding).removeprefix("\ufeff")
        except LookupError:
            raise FileError(f"{path}: {encoding!r} is not an encoding Python knows") from None
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            raise FileError(
                f"{path}:{line}: not {encoding} (a byte 0x{data[exc.start]:02X}); nothing read"
            ) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass  # a mark but not UTF-16 after all: read as UTF-8, refused line by line
    return data.decode("utf-8-sig", errors="surrogateescape")


def _position(text: str, offset: int) -> tuple[int, int]:
    """The line and column (from 1) of ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _undecoded(
    path: Path, text: str, start: int = 0, end: int | None = None, *, first_line: int = 1
) -> str | None:
    """Why ``text[start:end]`` cannot be read, if it holds bytes that are not UTF-8;
    ``text`` starts on line ``first_line`` of the file."""
    found = _UNDECODED.search(text, start, len(text) if end is None else end)
    if found is None:
        return None
    byte = ord(found.group()) - 0xDC00
    line, column = _position(text, found.start())
    return (
        f"{path}:{line + first_line - 1}:{column}: not UTF-8 (a byte 0x{byte:02X}); not read "
        "(save the file as UTF-8 or UTF-16, e.g. a spreadsheet's CSV UTF-8)"
    )


_SPACE = re.compile(r"\s*")


def _json_array(path: Path, text: str) -> list[Any]:
    """The elements of a JSON array, each read alone: one nested too deeply to read, or
    holding bytes that are not UTF-8, is :class:`Unreadable`; a syntax error leaves the
    file unreadable (where the next element starts is unknowable)."""

    def fail(offset: int, message: str) -> FileError:
        line, column = _position(text, offset)
        return FileError(f"{path}:{line}:{column}: not valid JSON: {message}")

    def space(offset: int) -> int:
        found = _SPACE.match(text, offset)
        return found.end() if found else offset

    position = space(0)
    if not text.startswith("[", position):
        try:
            data = _DECODER.decode(text)
        except json.JSONDecodeError as exc:
            raise FileError(f"{path}:{exc.lineno}:{exc.colno}: not valid JSON: {exc.msg}") from None
        except (RecursionError, ValueError) as exc:
            raise FileError(f"{path}: not readable JSON: {type(exc).__name__}") from None
        raise FileError(f"{path}: expected a JSON array of records, found a {type(data).__name__}")
    records: list[Any] = []
    position = space(position + 1)
    if text.startswith("]", position):
        position += 1
    else:
        while True:
            start = position
            try:
                record, position = _DECODER.raw_decode(text, position)
            except json.JSONDecodeError as exc:
                raise fail(exc.pos, exc.msg) from None
            except RecursionError:
                end = _balanced_end(text, position)
                if end is None:
                    raise fail(position, "nested too deeply to read") from None
                line, _ = _position(text, start)
                record = Unreadable(
                    f"{path}:{line}: records[{len(records)}] is nested too deeply to read; not sent"
                )
                position = end
            problem = _undecoded(path, text, start, position)
            records.append(Unreadable(problem) if problem else record)
            position = space(position)
            if text.startswith(",", position):
                position = space(position + 1)
            elif text.startswith("]", position):
                position += 1
                break
            else:
                raise fail(position, "expected ',' or ']' after an element")
    if space(position) != len(text):
        raise fail(space(position), "extra data after the array")
    return records


_JSON_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)


def _balanced_end(text: str, start: int) -> int | None:
    """Where the JSON value opening at ``start`` ends, by its brackets alone."""
    depth = 0
    for token in _JSON_TOKENS.finditer(text, start):
        kind = token.group()[0]
        if kind in "[{":
            depth += 1
        elif kind in "]}":
            depth -= 1
            if depth == 0:
                return token.end()
    return None


def _json_lines(path: Path, text: str) -> Iterator[Any]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        problem = _undecoded(path, line, first_line=number)
        if problem:
            yield Unreadable(problem)
            continue
        try:
            yield _DECODER.decode(line)
        except json.JSONDecodeError as exc:
            yield Unreadable(f"{path}:{number}:{exc.colno}: not valid JSON: {exc.msg}; not read")
        except RecursionError:
            yield Unreadable(f"{path}:{number}: nested too deeply to read; not read")


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
            return _DECODER.decode(text)
        except (ValueError, RecursionError):
            return text  # left for validation to name
    numeric = _allows(field_schema, "integer") or _allows(field_schema, "number")
    if (numeric and not _allows(field_schema, "string")) or _has_integer_enum(field_schema):
        if _INTEGER.fullmatch(text):
            return _whole_number(text)
        try:
            number = _real_number(text)
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
    problem = _undecoded(path, raw, first_line=first)
    if problem is None and "\x00" in raw:
        line, column = _position(raw, raw.index("\x00"))
        problem = f"{path}:{line + first - 1}:{column}: a NUL byte; not read"
    return problem


def _alone(line: str, delimiter: str) -> list[str]:
    """The cells of one physical line read on its own (to find the key it names)."""
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return []


def _csv_records(
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
            if field == "*":
                try:
                    whole_member = _DECODER.decode(value)
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
