"""Writing Python values as the JSON Daftra reads, exactly.

Bodies may hold what reads return: :class:`~decimal.Decimal` amounts, ``datetime.date``
and ``datetime.datetime`` values, generated enums. They are turned into plain JSON values
here, once, before a body is checked or sent:

- a ``Decimal`` becomes its own text (``Decimal("0.10")`` → ``"0.10"``): Daftra's PHP
  reads numeric strings as numbers, and text keeps every digit a float would round;
- a ``float`` stays a JSON number, written by ``json`` with its shortest exact text;
- a ``date`` becomes ``YYYY-MM-DD``, a ``datetime`` ``YYYY-MM-DD HH:MM:SS`` (Daftra's own
  format; an aware one is written in its own offset's wall time);
- an enum becomes its value, a UUID its text, a tuple a list.

Anything else that JSON cannot hold (a set, an arbitrary object, NaN) is refused with
:class:`InvalidInputError` naming where it is, and so is what Daftra could not store or
would store wrong, so that one bad element is refused here, alone, instead of failing
the whole request (and with it every element of its chunk):

- text holding a lone surrogate (``"\\ud800"``: UTF-8 cannot encode it, so the request
  could not even be written) or a NUL character (PHP and MySQL cut text at it);
- text longer than :data:`MAX_TEXT` characters: no Daftra field holds that much (its long
  text fields are MySQL ``TEXT``, 65,535 bytes), and a body that size nears PHP's
  default ``post_max_size`` (8 MB), past which the server refuses the whole request;
- values nested deeper than :data:`MAX_DEPTH` levels (PHP's ``max_input_nesting``
  default; Daftra's bodies nest four), or a structure that contains itself;
- integers beyond PHP's 64-bit ``PHP_INT_MAX``, which PHP reads as a float, losing
  digits; a ``Decimal`` written with more than :data:`MAX_DIGITS` digits (the most a
  MySQL ``DECIMAL`` holds), such as a 5,000-digit number.

Messages show a refused value cut short: ``'xxxx…'…(10,485,760 chars)``.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any
from uuid import UUID

from ..errors import InvalidInputError

# Limits of what one body may hold; the module's description says why each.
MAX_TEXT = 1_000_000  # characters in one string
MAX_NAME = 1_000  # characters in one field name
MAX_DEPTH = 64  # levels of objects and lists
MAX_INTEGER = 2**63 - 1  # PHP_INT_MAX
MAX_DIGITS = 65  # digits of a Decimal, as written
SHOWN = 40  # characters of a refused value shown in a message

# What UTF-8 cannot encode (lone surrogates) and NUL.
_BAD_CHARACTER = re.compile("[\x00\ud800-\udfff]")


def to_json(value: Any, where: str = "body", path: str = "") -> Any:
    """``value`` with every part made a plain JSON value (see the module's rules).

    ``where`` names the whole value in error messages (``records[3]``); ``path`` is the
    position inside it, the key of ``field_errors`` (``Invoice.date``).
    """
    if type(value) is dict:
        copied = _plain_copy(value)
        if copied is not None:
            return copied
    return _json(value, where, path, 0)


def _plain_copy(value: dict[str, Any]) -> dict[str, Any] | None:
    """A copy of ``value`` made by orjson (in C) where it is installed and ``value`` is
    plain JSON already that keeps every rule of this module; None wherever the rules
    must be applied one value at a time (which then also says what is wrong).

    Everything the walk converts or refuses makes orjson refuse (a ``Decimal``, a date,
    a subclass of a plain type, a key that is not text, a lone surrogate, an integer
    beyond 53 bits), or shows in the text it writes, which is checked whole: a NUL as
    ``\\u0000``, NaN and infinities as ``null`` (so a body holding ``None`` goes the slow
    way too), and any text or nesting longer or deeper than allowed as length and
    bracket counts that over-estimate them."""
    found = _orjson()
    if found is None:
        return None
    codec, plain_only = found
    try:
        text = codec.dumps(value, option=plain_only)
    except TypeError:  # orjson.JSONEncodeError
        return None
    if b"\\u0000" in text or b"null" in text or text.count(b"{") + text.count(b"[") > MAX_DEPTH:
        return None
    # A field name may be too long: the bytes of each string between quotes bound it.
    if len(text) > MAX_NAME and (
        len(text) > MAX_TEXT or b'\\"' in text or max(map(len, text.split(b'"'))) > MAX_NAME
    ):
        return None
    copied: dict[str, Any] = codec.loads(text)
    return copied


def _clean(text: str) -> bool:
    """Whether ``text`` holds neither NUL nor a lone surrogate."""
    if text.isascii():  # most text: a check in C, faster than the pattern's search
        return "\x00" not in text
    return _BAD_CHARACTER.search(text) is None


def _json(value: Any, where: str, path: str, depth: int) -> Any:
    kind = type(value)
    if kind is str:
        if len(value) > MAX_TEXT or not _clean(value):
            raise _refused(where, path, _text_problem(value, MAX_TEXT))
        return value
    if kind is bool or value is None:
        return value
    if kind is int:
        if -MAX_INTEGER - 1 <= value <= MAX_INTEGER:
            return value
        raise _refused(
            where,
            path,
            f"{shown(value)} is beyond the largest integer Daftra reads exactly ({MAX_INTEGER:,})",
        )
    if kind is dict or kind is list or kind is tuple or isinstance(value, Mapping):
        if depth >= MAX_DEPTH:
            raise _refused(
                where, path, f"nested deeper than {MAX_DEPTH} levels (or it contains itself)"
            )
        if kind is list or kind is tuple:
            return [
                _json(item, where, f"{path}.{index}" if path else str(index), depth + 1)
                for index, item in enumerate(value)
            ]
        converted: dict[str, Any] = {}
        for key, item in value.items():
            name = key if type(key) is str else str(key)
            if len(name) > MAX_NAME or not _clean(name):
                raise _refused(where, path, "a field name " + _text_problem(name, MAX_NAME))
            plain = type(item)
            if (plain is str and len(item) <= MAX_TEXT and _clean(item)) or (
                plain is bool
                or item is None
                or (plain is int and -MAX_INTEGER - 1 <= item <= MAX_INTEGER)
            ):
                converted[name] = item  # the usual leaf, kept without a call or a path
            else:
                converted[name] = _json(item, where, f"{path}.{name}" if path else name, depth + 1)
        return converted
    if kind is float:
        if not math.isfinite(value):
            raise _refused(where, path, f"{value!r} is not a number JSON can carry")
        return value
    if kind is Decimal:
        if not value.is_finite():
            raise _refused(where, path, f"{value!r} is not a number JSON can carry")
        digits = _written_digits(value)
        if digits > MAX_DIGITS:
            raise _refused(
                where,
                path,
                f"{shown(value)} has {digits:,} digits; Daftra stores at most {MAX_DIGITS}",
            )
        return format(value, "f")
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return _json(value.value, where, path, depth)
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, bool):  # subclasses of the plain types, checked as them
        return value
    if isinstance(value, int):
        return _json(int(value), where, path, depth)
    if isinstance(value, str):
        return _json(str(value), where, path, depth)
    raise _refused(where, path, f"a {kind.__name__} cannot be sent as JSON")


def text_problem(text: str, limit: int = MAX_TEXT) -> str | None:
    """Why ``text`` cannot be sent (in a body or a query), or None if it can."""
    if len(text) > limit or _BAD_CHARACTER.search(text):
        return _text_problem(text, limit)
    return None


def _text_problem(text: str, limit: int) -> str:
    """Why ``text`` cannot be sent: too long, or a character it must not hold."""
    if len(text) > limit:
        return f"{shown(text)} is longer than {limit:,} characters"
    found = _BAD_CHARACTER.search(text)
    assert found is not None
    character = found.group()
    if character == "\x00":
        return f"{shown(text)} holds a NUL character at position {found.start():,}"
    return (
        f"{shown(text)} holds a lone surrogate (U+{ord(character):04X}) at position "
        f"{found.start():,}, which UTF-8 cannot encode"
    )


def _written_digits(value: Decimal) -> int:
    """How many digits ``format(value, "f")`` writes, without writing them."""
    _, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # finite
    if exponent >= 0:
        return len(digits) + exponent
    return max(len(digits), -exponent + 1)


def shown(value: object, limit: int = SHOWN) -> str:
    """``value`` for a message, cut short: ``'xxxx…'…(10,485,760 chars)``; lone
    surrogates and control characters escaped, so the message itself can be printed."""
    if isinstance(value, str):
        if len(value) <= limit:
            return repr(value)
        return f"{value[:limit]!r}…({len(value):,} chars)"
    if isinstance(value, int) and not isinstance(value, bool):
        if abs(value) < 10**limit:
            return str(value)
        digits = len(Decimal(value).as_tuple().digits)
        return f"{str(Decimal(value))[:limit]}…({digits:,} digits)"
    if isinstance(value, Decimal) and value.is_finite():
        written = _written_digits(value)
        if written <= limit:
            return format(value, "f")
        text = str(value)
        return (
            f"{text[:limit]}…({written:,} digits)"
            if len(text) > limit
            else f"{text} ({written:,} digits)"
        )
    text = repr(value)
    return text if len(text) <= limit else f"{text[:limit]}…({len(text):,} chars)"


def _refused(where: str, path: str, reason: str) -> InvalidInputError:
    field = (path or "<body>").encode("utf-8", "backslashreplace").decode("utf-8")
    if len(field) > 4 * SHOWN:  # deep nesting: the start says where
        field = f"{field[: 4 * SHOWN]}…"
    return InvalidInputError(f"{where}, field {field}: {reason}", field_errors={field: (reason,)})


def dumps(value: Any) -> str:
    """``value`` as one line of JSON, amounts written as exact JSON numbers.

    For files people read back (exports): a ``Decimal`` is written as the number it is
    (``228.00``), not as text and not through a float; dates as in :func:`to_json`.
    """
    kind = type(value)
    if kind is Decimal and value.is_finite():
        return format(value, "f")
    if kind is dict or isinstance(value, Mapping):
        members = ", ".join(
            f"{json.dumps(str(k), ensure_ascii=False)}: {dumps(v)}" for k, v in value.items()
        )
        return "{" + members + "}"
    if kind is list or kind is tuple:
        return "[" + ", ".join(dumps(item) for item in value) + "]"
    if kind is str:  # as read: the limits on what is sent do not apply to what is kept
        if _BAD_CHARACTER.search(value):  # a lone surrogate as its escape, which UTF-8 holds
            return json.dumps(value)
        return json.dumps(value, ensure_ascii=False)
    return json.dumps(to_json(value, "record"), ensure_ascii=False)


@functools.cache
def _orjson() -> tuple[Any, int] | None:
    """orjson where it is installed, with the options under which it writes only what
    needs no conversion: dates, dataclasses and subclasses of the plain types go to its
    ``default`` (there is none, so it refuses them), and so do integers beyond 53 bits."""
    try:
        import orjson
    except ImportError:
        return None
    plain_only = (
        orjson.OPT_PASSTHROUGH_DATETIME
        | orjson.OPT_PASSTHROUGH_DATACLASS
        | orjson.OPT_PASSTHROUGH_SUBCLASS
        | orjson.OPT_STRICT_INTEGER
    )
    return orjson, plain_only


def body_bytes(body: Any) -> bytes | None:
    """A request body's JSON, written by orjson where it is installed (about six times
    faster than the standard library, which httpx would use); None where it is not, or
    where orjson cannot write ``body`` (httpx then writes it as usual).

    Bodies reach here as :func:`to_json` made them, so orjson writes what json would:
    the same values, in compact form (orjson would write NaN as null, but to_json has
    refused it already)."""
    dumps = _fast_dumps()
    if dumps is None:
        return None
    try:
        return dumps(body)
    except TypeError:  # orjson's JSONEncodeError: a key that is not text, a huge integer
        return None


def _fast_dumps() -> Callable[[Any], bytes] | None:
    found = _orjson()
    return None if found is None else found[0].dumps
