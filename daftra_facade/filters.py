"""Filters and sorting for Daftra's v2 entity API, built as values and rendered once.

Daftra v2 reads ``filter[field][op]=value`` query parameters (``filter[field]=value`` for
equality), ``filter[or][field][op]=value`` for the conditions of which any may match,
dot notation for fields of related records (``journal.date``), and ``sort[field]=asc``.
Callers build conditions and never concatenate strings::

    query = where(field("date").gte("2026-01-01"), field("type").in_([0, 5, 6]))
    query = query.or_(field("client.name").like("Acme"), field("no").like("A-"))
    query = query.sort("date", "desc")
    httpx.get(url, params=query.params())
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

import attrs

from .errors import InvalidInputError

Scalar = str | int | float | bool | dt.date | dt.datetime
# A field, or a relation path to one: letters, digits and underscores, joined by dots.
_FIELD = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")
OPERATORS = (
    "eq",
    "not_equal",
    "gt",
    "gte",
    "lt",
    "lte",
    "from",
    "to",
    "like",
    "in",
    "not_in",
    "is_null",
)


def _render(value: Scalar) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float | str):
        return str(value)
    raise InvalidInputError(
        f"a filter value must be text, a number, a boolean or a date, not {type(value).__name__}"
    )


@attrs.frozen
class Condition:
    """One test of one field: ``field op value``."""

    field: str
    operator: str
    value: Scalar | tuple[Scalar, ...]

    def params(self, prefix: str) -> list[tuple[str, str]]:
        key = f"{prefix}[{self.field}]"
        if isinstance(self.value, tuple):  # in, not_in: one parameter per value
            return [(f"{key}[{self.operator}][]", _render(item)) for item in self.value]
        if self.operator == "eq" and prefix == "filter":
            return [(key, _render(self.value))]  # plain equality, as the docs write it
        return [(f"{key}[{self.operator}]", _render(self.value))]


@attrs.frozen
class Field:
    """A field to test; :func:`field` makes one."""

    name: str

    def _test(self, operator: str, value: Scalar | tuple[Scalar, ...]) -> Condition:
        return Condition(self.name, operator, value)

    def eq(self, value: Scalar) -> Condition:
        return self._test("eq", value)

    def not_equal(self, value: Scalar) -> Condition:
        return self._test("not_equal", value)

    def gt(self, value: Scalar) -> Condition:
        return self._test("gt", value)

    def gte(self, value: Scalar) -> Condition:
        return self._test("gte", value)

    def lt(self, value: Scalar) -> Condition:
        return self._test("lt", value)

    def lte(self, value: Scalar) -> Condition:
        return self._test("lte", value)

    def from_(self, value: Scalar) -> Condition:
        """From ``value`` on, inclusive (Daftra's ``from``, for dates)."""
        return self._test("from", value)

    def to(self, value: Scalar) -> Condition:
        """Up to ``value``, inclusive (Daftra's ``to``, for dates)."""
        return self._test("to", value)

    def like(self, text: str) -> Condition:
        """Contains ``text``."""
        return self._test("like", text)

    def in_(self, values: Iterable[Scalar]) -> Condition:
        return self._test("in", _non_empty(self.name, "in", values))

    def not_in(self, values: Iterable[Scalar]) -> Condition:
        return self._test("not_in", _non_empty(self.name, "not_in", values))

    def is_null(self, null: bool = True) -> Condition:
        """Empty (``null=True``) or not empty (``null=False``)."""
        return self._test("is_null", null)


def _non_empty(name: str, operator: str, values: Iterable[Scalar]) -> tuple[Scalar, ...]:
    found = tuple(values)
    if not found:
        raise InvalidInputError(f"filter {name} {operator}: give at least one value")
    return found


def field(name: str) -> Field:
    """The field ``name`` of the listed records, or ``relation.field`` of related ones."""
    if not _FIELD.match(name):
        raise InvalidInputError(
            f"{name!r} is not a field name (letters, digits and '_', relations joined by '.')"
        )
    return Field(name)


@attrs.frozen
class Query:
    """Conditions that must all hold, conditions of which any may hold, and the order."""

    all_of: tuple[Condition, ...] = ()
    any_of: tuple[Condition, ...] = ()
    order: tuple[tuple[str, str], ...] = ()

    def where(self, *conditions: Condition) -> Query:
        return attrs.evolve(self, all_of=(*self.all_of, *conditions))

    def or_(self, *conditions: Condition) -> Query:
        """Add conditions of which any may hold (Daftra keeps a single such group)."""
        return attrs.evolve(self, any_of=(*self.any_of, *conditions))

    def sort(self, name: str, direction: str = "asc") -> Query:
        direction = direction.lower()
        if direction not in ("asc", "desc"):
            raise InvalidInputError(f"sort direction must be 'asc' or 'desc', not {direction!r}")
        return attrs.evolve(self, order=(*self.order, (field(name).name, direction)))

    def params(self) -> list[tuple[str, str]]:
        """The query parameters, in order, for ``httpx``'s ``params=``."""
        rendered: list[tuple[str, str]] = []
        for condition in self.all_of:
            rendered.extend(condition.params("filter"))
        for condition in self.any_of:
            rendered.extend(condition.params("filter[or]"))
        rendered.extend((f"sort[{name}]", direction) for name, direction in self.order)
        return rendered


def where(*conditions: Condition) -> Query:
    """A query whose conditions must all hold."""
    return Query().where(*conditions)


__all__: Sequence[str] = ["OPERATORS", "Condition", "Field", "Query", "field", "where"]
