"""How the sandbox words its answers: as the documentation shows them ("documented": typed
JSON) or as the live service sends them ("live").

The live v1 service is a CakePHP 2 application. Its rows come straight from MySQL, so
every column is a string, missing values turn up as ``null``, ``""``, ``"None"`` or a
MySQL zero date, PHP's empty arrays stand for empty objects, a belongsTo miss is a
record whose every field is ``null``, and rows carry columns the documentation never
names. The live v2 service (Laravel) sends typed JSON with the odd numeric string.

All of that is done here, once, on an answer's body just before it is encoded; the
handlers keep working with typed records. Every choice between equally plausible
renderings is taken from a checksum of the record, field and model names, so the same
state always answers with the same bytes and tests can count on them.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Mapping
from typing import Any, Final, Literal

from daftra_facade.spec import bundled_spec

from .crud import schema_properties
from .document_kinds import DocumentView
from .routing import Answer, Request

Dialect = Literal["live", "documented"]
DIALECTS: Final[tuple[Dialect, ...]] = ("live", "documented")
# What a sandbox speaks unless told otherwise: the one place to change it.
DEFAULT_DIALECT: Dialect = "live"

# Envelope keys the live service sends typed: "result" is a word and "code" a number.
_ENVELOPE_KEYS = frozenset({"result", "code"})
ZERO_DATE: Final = "0000-00-00"
ZERO_DATETIME: Final = "0000-00-00 00:00:00"
# Columns of the live tables that the documentation leaves out, added where the model's
# schema does not declare them: the site on every record, JSON kept inside a string on
# each row's main record (the invoice of an invoice row, the client of a client row).
SITE_COLUMN: Final = "site_id"
DETAILS_COLUMN: Final = "extra_details"
# MySQL decimal columns come with a fixed scale: two places for most amounts, four for
# some (e.g. "32999.9961").
_SCALES: Final = (2, 4)
_DATETIME_NAMES = frozenset({"created", "modified", "last_login", "deleted"})
# What LiveV1.typed answers for a value worded as in any other row.
_UNTYPED: Final = object()


def check_dialect(dialect: str) -> Dialect:
    """``dialect`` if it is one the sandbox speaks; otherwise a ValueError naming them."""
    for known in DIALECTS:
        if dialect == known:
            return known
    raise ValueError(f"unknown dialect {dialect!r}: choose one of {', '.join(DIALECTS)}")


def pick(among: int, *parts: object) -> int:
    """A stable choice in ``range(among)`` for the given names (the same in every run,
    unlike ``hash``, which Python salts per process)."""
    return zlib.crc32("|".join(map(str, parts)).encode("utf-8")) % among


def _types(field: Mapping[str, Any] | None) -> set[str]:
    """The JSON types a property allows, looking into ``anyOf``/``oneOf`` and one ``$ref``."""
    if not field:
        return set()
    declared = field.get("type")
    found = {declared} if isinstance(declared, str) else set(declared or ())
    for option in (*field.get("anyOf", ()), *field.get("oneOf", ())):
        reference = str(option.get("$ref", ""))
        if reference:
            found |= _types(_schema(reference.rsplit("/", 1)[-1]))
        else:
            found |= _types(option)
    return found


def _schema(name: str) -> Mapping[str, Any]:
    schema = bundled_spec()["components"]["schemas"].get(name, {})
    return schema if isinstance(schema, Mapping) else {}


def date_kind(field: str, declared: Mapping[str, Any] | None) -> str | None:
    """``"date"`` or ``"datetime"`` for a field holding one, None for any other field.
    MySQL's column types are not in the spec, so this goes by the schema's format, then by
    the pattern its description shows (the spec writes `YYYY-MM-DD HH:MM:SS` for every
    datetime column), then by the field's name."""
    if _types(declared) & {"integer", "number", "boolean"}:
        return None  # e.g. balance_to_date, date_format
    formatted = (declared or {}).get("format")
    described = str((declared or {}).get("description", ""))
    if (
        formatted == "date-time"
        or "HH:MM:SS" in described
        or field in _DATETIME_NAMES
        or field.endswith("_at")
    ):
        return "datetime"
    if (
        formatted == "date"
        or "YYYY-MM-DD" in described
        or field == "date"
        or field.endswith("_date")
    ):
        return "date"
    return None


def _is_id(field: str) -> bool:
    return field == "id" or field.endswith("_id")


class LiveV1:
    """Renders a v1 answer body the way the live CakePHP service words it."""

    def answer(self, answer: Answer, request: Request) -> Answer:
        """``answer`` reworded; a list asked for with ``recursive=-1`` loses every related
        model, leaving each row its header (the first key, as handlers build rows)."""
        body = answer.body
        if (
            request.method == "GET"
            and request.param("recursive") == "-1"
            and isinstance(body, dict)
            and "pagination" in body
            and isinstance(body.get("data"), list)
        ):
            body = {**body, "data": [_header_only(row) for row in body["data"]]}
        return Answer(answer.status, self.envelope(body), answer.headers)

    def envelope(self, body: object) -> object:
        """An answer's top level (or each element of a bulk answer): ``result`` and
        ``code`` as they are, the records under ``data`` as rows, the rest as plain values."""
        if isinstance(body, list):
            return [self.envelope(element) for element in body]
        if not isinstance(body, dict):
            return self.value("", None, "", body)
        rendered: dict[str, object] = {}
        for key, member in body.items():
            if key in _ENVELOPE_KEYS:
                rendered[key] = member
            elif key == "data":
                rendered[key] = self.data(member)
            else:
                rendered[key] = self.value("", None, key, member)
        return rendered

    def data(self, data: object) -> object:
        """A list's rows or a single answer's models."""
        if isinstance(data, list):
            return [self.row(row) if isinstance(row, dict) else self.data(row) for row in data]
        if isinstance(data, DocumentView):
            return self.document(data)
        return self.row(data) if isinstance(data, dict) else self.value("", None, "", data)

    def document(self, view: DocumentView) -> dict[str, object]:
        """A single document as a live account answers ``GET /invoices/1.json``: the
        party, the lines (each with its ``Product``), the payments and the taxes nested
        inside the header; computed amounts as JSON numbers beside string ids; the date
        as ``dd/mm/yyyy``. The other related records stay beside the header."""
        main, header = next(iter(view.items()))
        rendered = self.row(view)
        nested = self.record(main, header, schema_properties(main), main=True, typed=True)
        for name in view.nested:
            if name == view.line_key:
                nested[name] = self.lines(name, view.get(name) or [], view.line_products)
                rendered.pop(name, None)
            elif name in rendered:
                nested[name] = rendered.pop(name)
            else:
                nested[name] = []
        rendered[main] = nested  # still the first member
        return rendered

    def lines(
        self, model: str, lines: list[Mapping[str, Any]], products: list[Any]
    ) -> list[dict[str, object]]:
        """A document's lines as the live service nests them: each with its product
        inside (a record of nulls when the line names none), computed amounts as numbers."""
        fields = schema_properties(model)
        product_fields = schema_properties("Product")
        rendered = []
        for line, product in zip(lines, products, strict=True):
            record = self.record(model, line, fields, typed=True)
            record["Product"] = (
                self.record("Product", product, product_fields)
                if product is not None
                else self.missing_related("Product", product_fields, line.get("id"))
            )
            rendered.append(record)
        return rendered

    def row(self, row: Mapping[str, Any]) -> dict[str, object]:
        """Models by name (``{"Invoice": {...}, "Client": {...}, "InvoiceItem": [...]}``):
        each one the spec has a schema for is rendered as a record of that model."""
        first = next(iter(row.values()), None)
        owner = first.get("id") if isinstance(first, Mapping) else None
        rendered: dict[str, object] = {}
        for position, (model, member) in enumerate(row.items()):
            fields = schema_properties(model) if model[:1].isupper() else {}
            if isinstance(member, dict) and not member and fields:
                rendered[model] = self.missing_related(model, fields, owner)
            elif isinstance(member, dict) and fields:
                rendered[model] = self.record(model, member, fields, main=position == 0)
            elif isinstance(member, list) and fields:
                rendered[model] = [
                    self.record(model, item, fields)
                    if isinstance(item, dict)
                    else self.value("", None, model, item)
                    for item in member
                ]
            else:
                rendered[model] = self.value("", None, model, member)
        return rendered

    def record(
        self,
        model: str,
        record: Mapping[str, Any],
        fields: Mapping[str, Mapping[str, Any]],
        *,
        main: bool = False,
        typed: bool = False,
    ) -> dict[str, object]:
        """One stored record: every column a string or an empty value, plus the columns
        the documentation does not name (``main``: the row's own record). ``typed``: as a
        single live document words it, computed amounts as JSON numbers and dates as
        ``dd/mm/yyyy``."""
        record_id = record.get("id")
        rendered: dict[str, object] = {}
        for field, value in record.items():
            declared = fields.get(field)
            kept = self.typed(field, value, declared) if typed else _UNTYPED
            rendered[field] = (
                self.value(model, record_id, field, value, declared) if kept is _UNTYPED else kept
            )
        extras = {SITE_COLUMN: "1"}
        if main:
            balance = pick(1_000_000, model, record_id) / 100
            extras[DETAILS_COLUMN] = json.dumps({"client_balance": balance})
        for column, text in extras.items():
            if column not in rendered and column not in fields:
                rendered[column] = text
        return rendered

    @staticmethod
    def typed(field: str, value: object, declared: Mapping[str, Any] | None) -> object:
        """``value`` as a single live document sends it, or ``_UNTYPED`` where it is
        worded as in any other row: a computed amount (read-only, not an id) as a JSON
        number, whole ones as integers; a date (``format: date``) as ``dd/mm/yyyy``."""
        if isinstance(value, bool) or value is None or not declared:
            return _UNTYPED
        if isinstance(value, int | float) and declared.get("readOnly") and not _is_id(field):
            return int(value) if float(value).is_integer() else value
        if (
            isinstance(value, str)
            and len(value) == 10
            and declared.get("format") == "date"  # the fields the client reads as dates
            and value[4:5] == "-"
        ):
            year, month, day = value.split("-")
            return f"{day}/{month}/{year}"
        return _UNTYPED

    @staticmethod
    def missing_related(
        model: str, fields: Mapping[str, Mapping[str, Any]], owner: object
    ) -> dict[str, None] | None:
        """A related record that is not there: CakePHP's belongsTo miss, every field of
        the model null (write-only ones are never sent), or now and then plain null."""
        if pick(4, owner, model) == 0:
            return None
        return {name: None for name, field in fields.items() if not field.get("writeOnly")}

    def value(
        self,
        model: str,
        record_id: object,
        field: str,
        value: object,
        declared: Mapping[str, Any] | None = None,
    ) -> object:
        """One value as MySQL via PHP sends it. ``model`` is "" outside records, where a
        missing value stays ``null``."""
        if value is None:
            return self.missing(model, record_id, field, declared) if model else None
        if isinstance(value, bool):
            return "1" if value else "0"
        if isinstance(value, int | float):
            return self.number(model, field, value, declared)
        if isinstance(value, dict):
            if not value:
                return []  # PHP cannot tell an empty map from an empty list
            return {key: self.value(model, record_id, key, item) for key, item in value.items()}
        if isinstance(value, list):
            return [self.value(model, record_id, field, item) for item in value]
        return value

    @staticmethod
    def number(model: str, field: str, value: float, declared: Mapping[str, Any] | None) -> str:
        """Decimal columns with their fixed scale (by column), whole numbers as digits."""
        if isinstance(value, float) or "number" in _types(declared):
            if isinstance(value, float) and value.is_integer() and "integer" in _types(declared):
                return str(int(value))
            places = _SCALES[pick(len(_SCALES), model, field)]
            return f"{float(value):.{places}f}"
        return str(value)

    @staticmethod
    def missing(
        model: str, record_id: object, field: str, declared: Mapping[str, Any] | None
    ) -> object:
        """A missing value in one of the forms live rows use: null or "" anywhere, a MySQL
        zero date in date columns, the text "None" in id columns."""
        kind = date_kind(field, declared)
        choices: tuple[object, ...] = (None, "")
        if kind is not None:
            choices = (*choices, ZERO_DATETIME if kind == "datetime" else ZERO_DATE)
        elif _is_id(field):
            choices = (*choices, "None")
        return choices[pick(len(choices), model, record_id, field)]


def _header_only(row: object) -> object:
    if isinstance(row, dict) and row:
        model, header = next(iter(row.items()))
        return {model: header}
    return row


def live_v2(body: object) -> object:
    """A v2 body as the live Laravel service words it: typed, except ``entity_id`` and
    some other ``*_id`` columns (chosen by name) which arrive as numeric strings."""
    if isinstance(body, list):
        return [live_v2(item) for item in body]
    if not isinstance(body, dict):
        return body
    rendered: dict[str, object] = {}
    for key, value in body.items():
        if _is_v2_text_id(key) and isinstance(value, int) and not isinstance(value, bool):
            rendered[key] = str(value)
        else:
            rendered[key] = live_v2(value)
    return rendered


def _is_v2_text_id(key: str) -> bool:
    return key == "entity_id" or (key.endswith("_id") and pick(2, "v2", key) == 0)


def speak(dialect: Dialect, answer: Answer, request: Request) -> Answer:
    """``answer`` in ``dialect``: as built for "documented", reworded for "live"."""
    if dialect == "documented":
        return answer
    if request.path.startswith("/v2/"):
        return Answer(answer.status, live_v2(answer.body), answer.headers)
    return _LIVE_V1.answer(answer, request)


_LIVE_V1 = LiveV1()
