"""What an input file holds, value by value: the error of a file that cannot be read, an
element that cannot (kept in its place), a CSV cell made safe from spreadsheets and read
back exactly, numbers read without losing digits, and where in the text a problem sits."""

from __future__ import annotations

import json
import math
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..errors import InvalidInputError

# The export layout's column naming the record each CSV row belongs to (rows sharing it
# make one record), and the suffix of a column holding a whole object member as JSON.
KEY_COLUMN = "key"
OPEN_FIELDS = "*"
DEFAULT_GROUP_COLUMN = KEY_COLUMN
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


def whole_number(text: str) -> int | Decimal:
    # int() refuses more than 4,300 digits; the encoder names a number that long.
    return int(text) if len(text) <= 4000 else Decimal(text)


def real_number(text: str) -> float | Decimal:
    number = float(text)
    return number if math.isfinite(number) else Decimal(text)


JSON_DECODER = json.JSONDecoder(parse_int=whole_number, parse_float=real_number)


def text_position(text: str, offset: int) -> tuple[int, int]:
    """The line and column (from 1) of ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def undecoded(
    path: Path, text: str, start: int = 0, end: int | None = None, *, first_line: int = 1
) -> str | None:
    """Why ``text[start:end]`` cannot be read, if it holds bytes that are not UTF-8;
    ``text`` starts on line ``first_line`` of the file."""
    found = _UNDECODED.search(text, start, len(text) if end is None else end)
    if found is None:
        return None
    byte = ord(found.group()) - 0xDC00
    line, column = text_position(text, found.start())
    return (
        f"{path}:{line + first_line - 1}:{column}: not UTF-8 (a byte 0x{byte:02X}); not read "
        "(save the file as UTF-8 or UTF-16, e.g. a spreadsheet's CSV UTF-8)"
    )
