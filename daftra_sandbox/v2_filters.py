"""The sandbox's v2 list language: Laravel-style ``filter[field][operator]=value`` and
``sort[field]=asc|desc`` query parameters, parsed into a :class:`Query` that selects and
orders records the way the live entity API does (numbers and dates compared as such,
``like`` with ``%``, ``in``/``not_in`` sets, ``null`` tests); a malformed one is refused
with a :class:`Problem` naming it, as the service refuses it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import attrs

from .routing import Answer
from .state import Record


class Problem(Exception):
    """Raised by the handlers' helpers (and the filters) to answer at once with a
    refusal: ``answer`` is it."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.answer = Answer(status, {"message": message})


_NUMBER = re.compile(r"-?\d+(\.\d+)?")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_FILTER_KEY = re.compile(r"filter((?:\[[^\[\]]*\])+)")
_SORT_KEY = re.compile(r"sort\[([^\[\]]+)\]")
_SEGMENT = re.compile(r"\[([^\[\]]*)\]")
_TRUE = {"1", "true", "yes"}
_FALSE = {"0", "false", "no"}


def _as_number(value: object) -> float | None:
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str) and _NUMBER.fullmatch(value.strip()):
        return float(value)
    return None


def _as_text(value: object) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value).casefold()


def compare(actual: object, expected: str) -> int | None:
    """-1, 0 or 1 as ``actual`` is below, equal to or above ``expected``: numerically when
    both are numbers, else as case-insensitive text; None when ``actual`` is null."""
    if actual is None or isinstance(actual, Mapping | list):
        return None
    left, right = _as_number(actual), _as_number(expected)
    if left is not None and right is not None:
        return (left > right) - (left < right)
    text, wanted = _as_text(actual), expected.casefold()
    return (text > wanted) - (text < wanted)


def _bound(actual: object, expected: str) -> int | None:
    """Like :func:`_compare`, but a date bound takes a date-time by its day (inclusive)."""
    if isinstance(actual, str) and _DATE.fullmatch(expected) and _DATE.match(actual):
        actual = actual[:10]
    return compare(actual, expected)


def _like(actual: object, pattern: str) -> bool:
    if actual is None or isinstance(actual, Mapping | list):
        return False
    regex = ".*".join(re.escape(piece) for piece in pattern.split("%"))
    return re.search(regex, _as_text(actual), re.IGNORECASE | re.DOTALL) is not None


def _is_null(actual: object, wanted: str) -> bool:
    flag = wanted.strip().lower()
    return (actual is None) == (flag in _TRUE)


Test = Callable[[object, Sequence[str]], bool]

_OPERATORS: dict[str, Test] = {
    "eq": lambda a, v: compare(a, v[0]) == 0,
    "not_equal": lambda a, v: compare(a, v[0]) != 0,
    "gt": lambda a, v: (compare(a, v[0]) or 0) > 0,
    "gte": lambda a, v: compare(a, v[0]) in (0, 1),
    "lt": lambda a, v: (compare(a, v[0]) or 0) < 0,
    "lte": lambda a, v: compare(a, v[0]) in (0, -1),
    "from": lambda a, v: _bound(a, v[0]) in (0, 1),
    "to": lambda a, v: _bound(a, v[0]) in (0, -1),
    "like": lambda a, v: _like(a, v[0]),
    "in": lambda a, v: any(compare(a, one) == 0 for one in v),
    "not_in": lambda a, v: all(compare(a, one) != 0 for one in v),
    "is_null": lambda a, v: _is_null(a, v[0]),
}
_SET_OPERATORS = {"in", "not_in"}


def _candidates(record: Mapping[str, Any], field: str) -> list[object]:
    """The values ``field`` names in ``record``: a dotted path walks nested objects and,
    through a list of objects, every element; a list of values gives each value."""
    values: list[object] = [record]
    for part in [field] if field in record else field.split("."):
        found: list[object] = []
        for value in values:
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, Mapping):
                    found.append(item.get(part))
        values = found
    flat = [item for value in values for item in (value if isinstance(value, list) else [value])]
    return flat or [None]


@attrs.frozen
class Condition:
    field: str
    operator: str
    values: tuple[str, ...]

    def holds(self, record: Mapping[str, Any]) -> bool:
        test = _OPERATORS[self.operator]
        return any(test(value, self.values) for value in _candidates(record, self.field))


@attrs.frozen
class Query:
    """Parsed ``filter[...]`` and ``sort[...]`` parameters."""

    conditions: tuple[Condition, ...] = ()
    alternatives: tuple[tuple[Condition, ...], ...] = ()  # at least one group must hold
    order: tuple[tuple[str, bool], ...] = ()  # (field, descending), first key first

    @property
    def fields(self) -> set[str]:
        named = {c.field for c in self.conditions}
        named |= {c.field for group in self.alternatives for c in group}
        return named | {field for field, _ in self.order}

    def matches(self, record: Mapping[str, Any]) -> bool:
        if not all(c.holds(record) for c in self.conditions):
            return False
        return not self.alternatives or any(
            all(c.holds(record) for c in group) for group in self.alternatives
        )

    def sort(self, records: list[Record], view: Callable[[Record], Record]) -> list[Record]:
        for field, descending in reversed(self.order):  # stable sorts, last key first
            records = sorted(records, key=_sort_key(field, view), reverse=descending)
        return records


SortKey = tuple[int, float, str]


def _sort_key(field: str, view: Callable[[Record], Record]) -> Callable[[Record], SortKey]:
    """Nulls first, then numbers, then text (case-insensitive), as MySQL orders them."""

    def key(record: Record) -> SortKey:
        value = _candidates(view(record), field)[0]
        if value is None or isinstance(value, Mapping | list):
            return (0, 0.0, "")
        number = _as_number(value)
        return (1, number, "") if number is not None else (2, 0.0, _as_text(value))

    return key


def parse_query(query: Mapping[str, Sequence[str]]) -> Query:
    """The filters and sort order of a v2 list request; raises on malformed ones."""
    conditions: list[Condition] = []
    alternatives: list[tuple[Condition, ...]] = []
    groups: dict[str, list[Condition]] = {}
    order: list[tuple[str, bool]] = []
    for key, values in query.items():
        sort = _SORT_KEY.fullmatch(key)
        if sort:
            direction = (values[-1] if values else "").strip().lower()
            if direction not in ("asc", "desc"):
                raise Problem(400, f"Sort direction for '{sort[1]}' must be asc or desc")
            order.append((sort[1], direction == "desc"))
            continue
        found = _FILTER_KEY.fullmatch(key)
        if not found:
            continue
        segments = _SEGMENT.findall(found[1])
        group: str | None = None
        either = len(segments) >= 2 and segments[0] == "or"
        if either:
            segments = segments[1:]
            if len(segments) >= 2 and segments[0].isdigit():
                group, segments = segments[0], segments[1:]
        parsed = _conditions(key, segments, values)
        if not either:
            conditions.extend(parsed)
        elif group is not None:
            groups.setdefault(group, []).extend(parsed)
        else:
            alternatives.extend((condition,) for condition in parsed)
    alternatives.extend(tuple(found) for found in groups.values())
    return Query(tuple(conditions), tuple(alternatives), tuple(order))


def _conditions(key: str, segments: list[str], values: Sequence[str]) -> list[Condition]:
    listed = bool(segments) and segments[-1] == ""
    if listed:
        segments = segments[:-1]
    if not segments or not segments[0] or len(segments) > 2:
        raise Problem(400, f"Malformed filter '{key}'")
    field = segments[0]
    operator = segments[1] if len(segments) == 2 else ("in" if listed else "eq")
    if operator not in _OPERATORS:
        known = ", ".join(_OPERATORS)
        raise Problem(400, f"Unknown filter operator '{operator}' in '{key}' (known: {known})")
    if operator == "is_null" and any(v.strip().lower() not in _TRUE | _FALSE for v in values):
        raise Problem(400, f"Filter '{key}' takes 1 or 0")
    if operator in _SET_OPERATORS:
        return [Condition(field, operator, tuple(values))]
    return [Condition(field, operator, (value,)) for value in values]


def equalities(options: Mapping[str, Any]) -> Query:
    """A query from multi-entity list options: ``field: value`` (a list: any of them)."""
    conditions = []
    for field, value in options.items():
        if field in ("page", "per_page"):
            continue
        if isinstance(value, list):
            conditions.append(Condition(field, "in", tuple(plain(item) for item in value)))
        else:
            conditions.append(Condition(field, "eq", (plain(value),)))
    return Query(tuple(conditions))


def plain(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


__all__ = ["Condition", "Problem", "Query", "compare", "equalities", "parse_query", "plain"]
