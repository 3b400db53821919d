"""How a record lands in a table: typed values, flat rows and Arrow tables.

Daftra sends dates as text; :func:`landed` types them (by the field's name) and makes
every other value what its column should hold. Documents are loaded as Arrow tables
(:func:`arrow_table`), whose column types are those dlt chooses for the same Python
values (``Decimal`` → DECIMAL(38, 9), ``int`` → BIGINT, dates and date-times, text), so
a table has the same columns whichever way a batch reached it. Date-times carry no time
zone (they are the account's local time); dlt must be told to keep them so
(:mod:`daftra_facade.dlt.tables` does, with column hints), or it reads them as UTC.
Requires pyarrow (the ``[dlt]`` extra).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Iterable, Mapping
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pyarrow as pa

__all__ = ["DECIMAL_PLACES", "VARIANT_SUFFIX", "arrow_table", "landed", "when"]

# dlt makes decimal columns DECIMAL(38, 9); Arrow needs the same type on every batch, or
# each batch would carry the precision of its own values.
DECIMAL_PLACES = 9
_DECIMAL = pa.decimal128(38, DECIMAL_PLACES)
_DECIMAL_STEP = Decimal(1).scaleb(-DECIMAL_PLACES)
# Where a value its column cannot hold goes, as text (dlt's name for such a column).
VARIANT_SUFFIX = "__v_text"
# Field names holding dates or date-times (Daftra sends them as text).
_DATE_FIELD = re.compile(r"(^|_)(date|created|modified|deleted)($|_)|_at$|^last_login$")
_ZERO_DATES = frozenset({"", "0000-00-00", "0000-00-00 00:00:00"})
_ARROW_TYPES: Mapping[type, pa.DataType] = {
    bool: pa.bool_(),
    int: pa.int64(),
    float: pa.float64(),
    Decimal: _DECIMAL,
    str: pa.string(),
    dt.date: pa.date32(),
    # Daftra's date-times are the account's local time, with no zone: so they stay.
    dt.datetime: pa.timestamp("us"),
}
# Values that land as they are.
_PLAIN = frozenset({int, bool, float, type(None), dt.date, dt.datetime})
# A column whose values are of both kinds takes the wider one.
_WIDER: Mapping[frozenset[type], type] = {
    frozenset({int, Decimal}): Decimal,
    frozenset({int, float}): float,
}


def when(name: str, value: object) -> object:
    """A date or date-time field's text as ``date``/``datetime``; empty and zero dates as
    None; text that reads as neither, and fields of other names, as they are."""
    if type(value) is not str or not _dated(name):
        return value
    text = value.strip()
    if text in _ZERO_DATES:
        return None
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return value


@functools.lru_cache(maxsize=4096)
def _dated(name: str) -> bool:
    """Whether a field of this name holds a date (asked once per name, not per value)."""
    return _DATE_FIELD.search(name) is not None


def landed(record: Mapping[str, Any], *, flat: bool = False) -> dict[str, Any]:
    """``record`` as it should land: dates typed, decimals scaled to their column, nested
    records landed the same way (dlt makes tables of their lists).

    ``flat``: for an Arrow table, nested records spread into ``parent__child`` columns
    (dlt's names), lists kept as JSON text, an empty list as no value; decimals are left
    to :func:`arrow_table`, which scales only those that need it."""
    found: dict[str, Any] = {}
    _land(record, flat, "", found)
    return found


def _land(record: Mapping[str, Any], flat: bool, prefix: str, found: dict[str, Any]) -> None:
    # Exact type checks first: this runs for every field of every row of a sync.
    for name, value in record.items():
        kind = type(value)
        if kind is str:
            found[prefix + name] = when(name, value) if _dated(name) else value
        elif kind in _PLAIN:
            found[prefix + name] = value
        elif kind is Decimal:
            found[prefix + name] = value if flat else _scaled(value)
        elif kind is dict or isinstance(value, Mapping):
            if flat:
                _land(value, flat, f"{prefix}{name}__", found)
            else:
                found[prefix + name] = landed(value)
        elif kind is list:
            if flat:
                found[prefix + name] = json.dumps(value, default=str) if value else None
            else:
                found[prefix + name] = [
                    landed(v) if type(v) is dict or isinstance(v, Mapping) else v for v in value
                ]
        else:
            found[prefix + name] = value


def _scaled(value: Decimal) -> Decimal:
    """``value`` with at most :data:`DECIMAL_PLACES` decimal places, as the column holds
    (rounded half up). Daftra's amounts have four places, so this only ever touches rates
    and quantities computed by division."""
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -DECIMAL_PLACES:
        return value.quantize(_DECIMAL_STEP, rounding=ROUND_HALF_UP)
    return value


def arrow_table(rows: Iterable[Mapping[str, Any]]) -> pa.Table:
    """Flat rows as one Arrow table: a column per name any row has, in the order first
    seen; a column no row gives a value is left out (it would have no type).

    A column takes the type of its values (int and ``Decimal`` together make a decimal
    column). A text column takes any value as text; a value another column cannot hold
    goes, as text, to a ``<name>__v_text`` column beside it."""
    rows = list(rows)
    columns: dict[str, pa.Array] = {}
    for name in dict.fromkeys(name for row in rows for name in row):
        values = [row.get(name) for row in rows]
        kinds = {type(value) for value in values if value is not None}
        if not kinds:
            continue
        kind = _column_kind(values, kinds)
        if kinds == {kind}:  # the usual case, converted by Arrow's own code
            try:
                columns[name] = pa.array(values, _ARROW_TYPES[kind])
                continue
            except pa.ArrowInvalid:  # a decimal with more places than the column's
                pass
        fits, misfits = _sorted_out(values, kind)
        columns[name] = pa.array(fits, _ARROW_TYPES[kind])
        if any(misfit is not None for misfit in misfits):
            columns[name + VARIANT_SUFFIX] = pa.array(misfits, pa.string())
    return pa.table(columns)


def _column_kind(values: list[Any], kinds: set[type]) -> type:
    """The type a column is made of: the wider of two numeric kinds, else the kind of its
    first value; text for a type not in :data:`_ARROW_TYPES`."""
    if len(kinds) == 1:
        (kind,) = kinds
    else:
        kind = _WIDER.get(frozenset(kinds)) or type(next(v for v in values if v is not None))
    return kind if kind in _ARROW_TYPES else str


def _sorted_out(values: list[Any], kind: type) -> tuple[list[Any], list[str | None]]:
    """A column's values as its type holds them, and (as text) those it cannot hold."""
    fits: list[Any] = []
    misfits: list[str | None] = []
    for value in values:
        own = type(value)
        if value is None:
            fits.append(None)
            misfits.append(None)
        elif own is kind:
            fits.append(_scaled(value) if kind is Decimal else value)
            misfits.append(None)
        elif own is int and kind in (Decimal, float):
            fits.append(kind(value))
            misfits.append(None)
        elif kind is str:
            fits.append(_text(value))
            misfits.append(None)
        else:
            fits.append(None)
            misfits.append(_text(value))
    return fits, misfits


def _text(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
