"""Reading one scalar as the live service writes it: integers and numbers as text (also
in Arabic-Indic digits), yes/no flags as ``"0"``/``"1"``, dates as ``dd/mm/yyyy`` or with a
time, and the texts that mean "no value" for each kind. Each reader takes a value that is
not empty and returns it decoded, or raises :class:`DecodeFailure`
(see :mod:`daftra_facade.wire.decoding`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

Decoder = Callable[[Any], Any]


class DecodeFailure(Exception):
    """A value that cannot be read as its schema says; ``path`` leads to it."""

    def __init__(self, reason: str, value: object) -> None:
        super().__init__(reason)
        self.reason = reason
        self.value = value
        self.path: list[str | int] = []

    @property
    def where(self) -> str:
        """The failing field as a dotted path (``Invoice.date``, ``InvoiceItem.2.quantity``)."""
        return ".".join(str(part) for part in self.path) or "<answer>"

    def __str__(self) -> str:
        return f"{self.where}: {self.reason} (got {self.value!r})"


# Left out of the decoded object: the model reads it as Unset.
_ABSENT: Any = object()
_ZERO_DATES = frozenset({"0000-00-00", "0000-00-00 00:00:00", "0000-00-00T00:00:00"})
_INTEGER_TEXT = re.compile(r"^\s*[-+]?\d+(\.0*)?\s*$")
_NUMBER_TEXT = re.compile(r"^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$")
# Arabic-Indic and Persian digits, with the Arabic decimal and thousands separators.
_DIGITS = str.maketrans(
    "".join(chr(c) for c in (*range(0x660, 0x66A), *range(0x6F0, 0x6FA), 0x66B, 0x66C)),
    "01234567890123456789.,",
)
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_YEAR_FIRST = re.compile(r"^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})")
_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")
_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off", ""})


def _digits(text: str) -> str:
    return text.translate(_DIGITS).replace(",", "") if not text.isascii() else text


def _is_integral(value: float | Decimal) -> bool:
    try:
        return bool(value == int(value))
    except (OverflowError, ValueError):  # infinities and NaN, which json.loads accepts
        return False


# Scalars. Each takes a value that is not empty and returns it decoded, or raises.
def _integer(value: Any, *, canonical_only: bool = False) -> Any:
    kind = type(value)
    if kind is int:
        return value
    if kind is str:
        if value.isdigit() and value.isascii():  # the usual "244": no regex, no Decimal
            if canonical_only and value[0] == "0" and len(value) > 1:
                raise DecodeFailure("not an integer", value)
            return int(value)
        text = _digits(value)
        if _INTEGER_TEXT.match(text):
            number = int(Decimal(text.strip()))
            # Beside a text alternative, "000244" stays text: its zeros mean something.
            if canonical_only and str(number) != value.strip():
                raise DecodeFailure("not an integer", value)
            return number
    elif kind is bool or ((kind is float or kind is Decimal) and _is_integral(value)):
        return int(value)
    raise DecodeFailure("not an integer", value)


def _number(value: Any) -> Any:
    kind = type(value)
    if kind is Decimal:
        return value
    if kind is int:
        return Decimal(value)
    if kind is float:
        return Decimal(repr(value))  # the float's shortest text, not its binary expansion
    if kind is str:
        if value.isascii() and "_" not in value:
            # The usual "12.5000": Decimal reads exactly the texts the pattern below
            # accepts, and also NaN and infinities, which are refused.
            try:
                number = Decimal(value)
            except InvalidOperation:
                raise DecodeFailure("not a number", value) from None
            if number.is_finite():
                return number
            raise DecodeFailure("not a number", value)
        text = _digits(value)
        if _NUMBER_TEXT.match(text):
            try:
                return Decimal(text.strip())
            except InvalidOperation:
                pass
    raise DecodeFailure("not a number", value)


def _boolean(value: Any) -> Any:
    kind = type(value)
    if kind is bool:
        return value
    if kind is int and value in (0, 1):
        return bool(value)
    if kind is str:
        text = value.strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
    raise DecodeFailure("not a yes/no flag", value)


def _string(value: Any) -> Any:
    kind = type(value)
    if kind is str:
        return value
    if kind is int or kind is float or kind is Decimal:
        return str(value)
    raise DecodeFailure("not text", value)


def _parse_date(text: str) -> date:
    text = _digits(text.strip())
    if found := _DAY_FIRST.match(text):  # the dd/mm/yyyy some accounts display
        day, month, year = (int(part) for part in found.groups())
        return date(year, month, day)
    if found := _YEAR_FIRST.match(text):
        year, month, day = (int(part) for part in found.groups())
        return date(year, month, day)
    raise ValueError(text)


def _date(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if type(value) is str:
        try:
            return _parse_date(value).isoformat()
        except ValueError:
            pass
    raise DecodeFailure("not a date", value)


def _date_time(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if type(value) is str:
        try:
            day = _parse_date(value.split(" ")[0].split("T")[0])
        except ValueError:
            raise DecodeFailure("not a date and time", value) from None
        found = _TIME.search(value, 8)
        hour, minute, second = (int(part or 0) for part in found.groups()) if found else (0, 0, 0)
        try:
            return datetime(day.year, day.month, day.day, hour, minute, second).isoformat()
        except ValueError:
            pass
    raise DecodeFailure("not a date and time", value)


# What counts as "no value" for each kind; a union's empties are those of all its kinds.
_EMPTY_TEXT = frozenset({"", "None", "null"})
_EMPTIES: Mapping[str, frozenset[str]] = {
    "integer": _EMPTY_TEXT | _ZERO_DATES,
    "number": _EMPTY_TEXT | _ZERO_DATES,
    "boolean": frozenset({"None", "null"}),
    "object": _EMPTY_TEXT,
    "array": _EMPTY_TEXT,
    "date": _EMPTY_TEXT | _ZERO_DATES,
    "string": _ZERO_DATES | {"None"},  # Python's None printed by the service; "" is text
    "any": frozenset(),
}
