"""Records in from files: JSON, JSON Lines and CSV (the CSV layout: see
:mod:`.csv_reading`).

``daftra <resource> export`` writes that layout (see :mod:`.writing`),
with the read side's extra members: those named in ``ignored`` are skipped when reading,
and ``renamed`` maps a read-side list to the add body's (``InvoicePayment`` → ``Payment``,
keeping the fields the add body takes).

A cell that export neutralised against formula injection (``'=SUM(A1)``: a quote before
``=``, ``+``, ``-``, ``@``, tab or CR) is read back as the value
it stands for (``=SUM(A1)``), exactly, without the trimming other cells get (see
:func:`~.values.safe_cell`).

A file is read element by element, so that one bad element never stops an import: an
element that cannot be read becomes :class:`~.values.Unreadable`, which keeps its place (its
index) and is refused, naming the file and line, when its body is built, while every
other element goes on. So are, in CSV, a row with more or fewer cells than the header
(with its whole record: the row's key cell names it), a quote opened and never closed
where it should be (the row where it opened; the rows after it are read again), cells
holding bytes that are not UTF-8 or a NUL, and conflicting cells of one record; in JSON
Lines, a line that is not JSON. A quote still open at the end of the file leaves every
line after the one where it opened unknowable: they are refused together, naming that
line (with any record one of them names by its key). What leaves a whole file
unreadable (a JSON array that is not valid JSON, an unknown CSV column) is one
:class:`~.values.FileError`, before anything is sent.
"""

from __future__ import annotations

import codecs
import json
import re
import sys
from collections.abc import Collection, Iterator, Mapping
from pathlib import Path
from typing import Any

from .csv_reading import body_members, csv_records
from .values import (
    JSON_DECODER,
    FileError,
    Unreadable,
    text_position,
    undecoded,
)


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
        return csv_records(
            path,
            text,
            body_members(operation_id, element),
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


_SPACE = re.compile(r"\s*")


def _json_array(path: Path, text: str) -> list[Any]:
    """The elements of a JSON array, each read alone: one nested too deeply to read, or
    holding bytes that are not UTF-8, is :class:`Unreadable`; a syntax error leaves the
    file unreadable (where the next element starts is unknowable)."""

    def fail(offset: int, message: str) -> FileError:
        line, column = text_position(text, offset)
        return FileError(f"{path}:{line}:{column}: not valid JSON: {message}")

    def space(offset: int) -> int:
        found = _SPACE.match(text, offset)
        return found.end() if found else offset

    position = space(0)
    if not text.startswith("[", position):
        try:
            data = JSON_DECODER.decode(text)
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
                record, position = JSON_DECODER.raw_decode(text, position)
            except json.JSONDecodeError as exc:
                raise fail(exc.pos, exc.msg) from None
            except RecursionError:
                end = _balanced_end(text, position)
                if end is None:
                    raise fail(position, "nested too deeply to read") from None
                line, _ = text_position(text, start)
                record = Unreadable(
                    f"{path}:{line}: records[{len(records)}] is nested too deeply to read; not sent"
                )
                position = end
            problem = undecoded(path, text, start, position)
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
        problem = undecoded(path, line, first_line=number)
        if problem:
            yield Unreadable(problem)
            continue
        try:
            yield JSON_DECODER.decode(line)
        except json.JSONDecodeError as exc:
            yield Unreadable(f"{path}:{number}:{exc.colno}: not valid JSON: {exc.msg}; not read")
        except RecursionError:
            yield Unreadable(f"{path}:{number}: nested too deeply to read; not read")
