"""Writing Python values as the JSON Daftra reads, exactly.

Bodies may hold what reads return: :class:`~decimal.Decimal` amounts, ``datetime.date``
and ``datetime.datetime`` values, generated enums. They are turned into plain JSON values
here, once, before a body is checked or sent:

- a ``Decimal`` becomes its own text (``Decimal("0.10")`` → ``"0.10"``): Daftra's PHP
  reads numeric strings as numbers, and text keeps every digit a float would round;
- a ``float`` stays a JSON number, written by ``json`` with its shortest exact text;
- a ``date`` becomes ``YYYY-MM-DD``, a ``datetime`` ``YYYY-MM-DD HH:MM:SS`` (Daftra's own
  format; an aware one is written in its own offset's wall time);
- an enum becomes its value, a tuple a list.

Anything else that JSON cannot hold (a set, an arbitrary object, NaN) is refused with
:class:`InvalidInputError` naming where it is.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from ..errors import InvalidInputError

_PLAIN = (str, int, bool, type(None))


def to_json(value: Any, where: str = "body", path: str = "") -> Any:
    """``value`` with every part made a plain JSON value (see the module's rules).

    ``where`` names the whole value in error messages (``records[3]``); ``path`` is the
    position inside it, the key of ``field_errors`` (``Invoice.date``).
    """
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is dict or isinstance(value, Mapping):
        return {
            str(key): to_json(item, where, f"{path}.{key}" if path else str(key))
            for key, item in value.items()
        }
    if kind is list or kind is tuple:
        return [
            to_json(item, where, f"{path}.{index}" if path else str(index))
            for index, item in enumerate(value)
        ]
    if kind is float:
        if not math.isfinite(value):
            raise _refused(where, path, f"{value!r} is not a number JSON can carry")
        return value
    if kind is Decimal:
        if not value.is_finite():
            raise _refused(where, path, f"{value!r} is not a number JSON can carry")
        return format(value, "f")
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return to_json(value.value, where)
    if isinstance(value, bool | int | str):  # subclasses of the plain types
        return value
    raise _refused(where, path, f"a {kind.__name__} cannot be sent as JSON")


def _refused(where: str, path: str, reason: str) -> InvalidInputError:
    field = path or "<body>"
    return InvalidInputError(
        f"{where}, field {field}: {reason}", field_errors={field: (reason,)}
    )


def dumps(value: Any) -> str:
    """``value`` as one line of JSON, amounts written as exact JSON numbers.

    For files people read back (exports): a ``Decimal`` is written as the number it is
    (``228.00``), not as text and not through a float; dates as in :func:`to_json`.
    """
    kind = type(value)
    if kind is Decimal and value.is_finite():
        return format(value, "f")
    if kind is dict or isinstance(value, Mapping):
        members = ", ".join(f"{json.dumps(str(k), ensure_ascii=False)}: {dumps(v)}"
                            for k, v in value.items())
        return "{" + members + "}"
    if kind is list or kind is tuple:
        return "[" + ", ".join(dumps(item) for item in value) + "]"
    return json.dumps(to_json(value, "record"), ensure_ascii=False)
