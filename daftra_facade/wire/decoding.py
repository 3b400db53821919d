"""Reading what Daftra really sends into the shapes the specification promises.

The live service answers loosely: v1 (CakePHP) sends every scalar as a string
(``"id": "244"``, ``"amount": "32999.9961"``, flags ``"0"``/``"1"``), writes missing values
as ``null``, ``""``, ``"None"`` or MySQL zero dates, sends empty objects as ``[]`` and a
missing related record as one whose every field is ``null``. The generated models read
only what the spec describes, so every answer passes through one decoder, compiled once
per schema from the bundled spec, before they see it:

- integers and numbers written as text become ``int`` and :class:`decimal.Decimal`
  (amounts are never ``float``: a JSON number is read through its shortest text);
- ``""``, ``"None"`` and zero dates become ``None`` where the spec allows null, and are
  left out (the model's ``Unset``) where it does not; text fields keep ``""``;
- ``[]`` becomes ``{}`` where the spec says object, ``{}`` becomes ``[]`` where it says
  array, and a related record whose fields are all ``null`` counts as missing;
- dates also arrive as ``dd/mm/yyyy`` or with a time; they are rewritten as ISO dates;
- related records nested inside the main one (a live invoice carries its ``Client``,
  ``InvoiceItem`` and ``InvoicePayment`` inside ``Invoice``) are moved beside it, where the
  documentation places them; the nested copy wins when both are there;
- keys the spec does not know are kept as they came, and so are values an ``enum`` does
  not list (the live service's value sets are open: journal lines' ``subkey``
  ``sales``, an account's ``entity_type`` ``other_expenses``).

What still does not fit raises :class:`DecodeFailure` naming the field's path, so a
list can report the one row that failed and keep the others.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

import attrs

from .specification import operations, request_schema_pointer, resolve

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


# Kinds whose alternatives of one decoder collapse into one (see _Compiler._union).
_SCALARS = frozenset({"integer", "number", "string"})


def _fail(reason: str, value: object) -> DecodeFailure:
    return DecodeFailure(reason, value)


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
                raise _fail("not an integer", value)
            return int(value)
        text = _digits(value)
        if _INTEGER_TEXT.match(text):
            number = int(Decimal(text.strip()))
            # Beside a text alternative, "000244" stays text: its zeros mean something.
            if canonical_only and str(number) != value.strip():
                raise _fail("not an integer", value)
            return number
    elif kind is bool or ((kind is float or kind is Decimal) and _is_integral(value)):
        return int(value)
    raise _fail("not an integer", value)


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
                raise _fail("not a number", value) from None
            if number.is_finite():
                return number
            raise _fail("not a number", value)
        text = _digits(value)
        if _NUMBER_TEXT.match(text):
            try:
                return Decimal(text.strip())
            except InvalidOperation:
                pass
    raise _fail("not a number", value)


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
    raise _fail("not a yes/no flag", value)


def _string(value: Any) -> Any:
    kind = type(value)
    if kind is str:
        return value
    if kind is int or kind is float or kind is Decimal:
        return str(value)
    raise _fail("not text", value)


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
    raise _fail("not a date", value)


def _date_time(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if type(value) is str:
        try:
            day = _parse_date(value.split(" ")[0].split("T")[0])
        except ValueError:
            raise _fail("not a date and time", value) from None
        found = _TIME.search(value, 8)
        hour, minute, second = (int(part or 0) for part in found.groups()) if found else (0, 0, 0)
        try:
            return datetime(day.year, day.month, day.day, hour, minute, second).isoformat()
        except ValueError:
            pass
    raise _fail("not a date and time", value)


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


class SchemaNode:
    """A compiled schema: ``decode``, and what unions, edits and body checks need to know
    of it (its kind, members, items, alternatives, nullability, read-only mark)."""

    __slots__ = (
        "children",
        "closed",
        "decode",
        "empties",
        "item",
        "kind",
        "listed",
        "nullable",
        "options",
        "patterns",
        "read_only",
        "relations",
        "total",
    )

    def __init__(
        self, decode: Decoder, kind: str, empties: frozenset[str], nullable: bool = False
    ) -> None:
        self.decode = decode
        self.kind = kind
        self.empties = empties
        self.nullable = nullable
        # An object's members and an array's items, for decoding one part on its own.
        self.children: Mapping[str, SchemaNode] = {}
        self.item: SchemaNode | None = None
        # A union's alternatives (null left out); whether the spec marks it readOnly.
        self.options: tuple[SchemaNode, ...] = ()
        self.read_only = False
        # An object whose members are all listed (no additionalProperties), and the
        # members it names by pattern (patternProperties).
        self.closed = False
        self.patterns: tuple[tuple[re.Pattern[str], SchemaNode], ...] = ()
        # The values an enum lists (empty for anything else). Reading keeps a value it
        # does not list; unions try the listed values first (see _Compiler._union).
        self.listed: tuple[Any, ...] = ()
        # A record of models: its main model and the related ones the spec places beside
        # it (see _relations); ("", ()) for anything else.
        self.relations: tuple[str, tuple[str, ...]] = ("", ())
        # For a list of lines: the main record's field that sums them (x-daftra-total).
        self.total: str | None = None

    def member(self, name: str) -> SchemaNode | None:
        """The schema of an object's member, named or matching one of its patterns."""
        found = self.children.get(name)
        if found is None:
            for pattern, node in self.patterns:
                if pattern.search(name):
                    return node
        return found

    def copy(self) -> SchemaNode:
        twin = SchemaNode(self.decode, self.kind, self.empties, self.nullable)
        twin.children, twin.item, twin.options = self.children, self.item, self.options
        twin.read_only, twin.closed, twin.patterns = self.read_only, self.closed, self.patterns
        twin.listed, twin.relations, twin.total = self.listed, self.relations, self.total
        return twin


# A member's decoding with its empty-value rule spelled out, for objects to apply inline:
# (decode, texts that mean "no value", what no value decodes to, whether an all-null
# record means no value).
_Member = tuple[Decoder, frozenset[str], Any, bool]


def _member(node: SchemaNode) -> _Member:
    """The empty-value rule of ``node``: None, or left out (``_ABSENT``) if not nullable."""
    return node.decode, node.empties, None if node.nullable else _ABSENT, node.kind == "object"


def _all_null(record: dict[str, Any]) -> bool:
    """CakePHP's belongsTo miss: the related record sent with every field null."""
    return bool(record) and all(value is None for value in record.values())


def _with_empties(node: SchemaNode) -> Decoder:
    """``node.decode`` preceded by its empty-value rule (see :func:`_member`)."""
    decode, empties, missing, related = _member(node)

    def decoder(value: Any) -> Any:
        if value is None:
            return missing
        if type(value) is str and value in empties:
            return missing
        if related and type(value) is dict and _all_null(value):
            return missing
        return decode(value)

    return decoder


class _Compiler:
    """Compiles spec schemas into decoders; each ``$ref`` is compiled once."""

    def __init__(self) -> None:
        self.refs: dict[str, SchemaNode] = {}

    resolve = staticmethod(resolve)

    def node(self, schema: Any) -> SchemaNode:
        compiled = self._compile(schema)
        if isinstance(schema, Mapping) and schema.get("readOnly") is True:
            compiled = compiled.copy()  # a shared $ref node stays as it is elsewhere
            compiled.read_only = True
        return compiled

    def _compile(self, schema: Any) -> SchemaNode:
        if not isinstance(schema, Mapping):
            return SchemaNode(lambda value: value, "any", frozenset())
        if "$ref" in schema:
            reference = schema["$ref"]
            known = self.refs.get(reference)
            if known is None:
                # Recursive schemas: a stand-in that calls the real decoder once compiled.
                compiled_later: list[Decoder] = []
                known = SchemaNode(lambda value: compiled_later[0](value), "any", frozenset())
                self.refs[reference] = known
                compiled = self.node(self.resolve(reference))
                compiled_later.append(_with_empties(compiled))
                known.kind, known.empties = compiled.kind, compiled.empties
                known.nullable = compiled.nullable
                known.decode = compiled.decode
                known.children, known.item = compiled.children, compiled.item
                known.options, known.closed = compiled.options, compiled.closed
                known.patterns, known.listed = compiled.patterns, compiled.listed
                known.relations, known.total = compiled.relations, compiled.total
            return known
        if "allOf" in schema:
            return self._all_of(schema)
        options = schema.get("anyOf") or schema.get("oneOf")
        types = schema.get("type")
        if options is None and isinstance(types, list):
            options = [{**schema, "type": kind} for kind in types]
        if options is not None:
            return self._union(
                [o for o in options if o.get("type") != "null"],
                nullable=len(options) > len([o for o in options if o.get("type") != "null"]),
            )
        return self._single(schema)

    def _single(self, schema: Mapping[str, Any]) -> SchemaNode:
        kind = schema.get("type")
        if kind is None and "properties" in schema:
            kind = "object"
        if kind is None and schema.get("enum"):
            first = schema["enum"][0]
            kind = "integer" if type(first) is int else "string" if type(first) is str else None
        if kind == "object":
            return self._object(schema)
        if kind == "array":
            return self._array(schema)
        if kind == "integer":
            node = SchemaNode(_integer, "integer", _EMPTIES["integer"])
        elif kind == "number":
            node = SchemaNode(_number, "number", _EMPTIES["number"])
        elif kind == "boolean":
            node = SchemaNode(_boolean, "boolean", _EMPTIES["boolean"])
        elif kind == "string" and schema.get("format") == "date":
            node = SchemaNode(_date, "date", _EMPTIES["date"])
        elif kind == "string" and schema.get("format") == "date-time":
            node = SchemaNode(_date_time, "date", _EMPTIES["date"])
        elif kind == "string":
            node = SchemaNode(_string, "string", _EMPTIES["string"])
        else:
            node = SchemaNode(lambda value: value, "any", _EMPTIES["any"])
        if "enum" in schema or "const" in schema:
            node = self._enum(node, schema)
        return node

    @staticmethod
    def _enum(base: SchemaNode, schema: Mapping[str, Any]) -> SchemaNode:
        """An ``enum`` is an open set when reading: the live service sends values the
        documentation never lists (journal lines' ``subkey`` ``sales``, an account's
        ``entity_type`` ``other_expenses``), so a value of the right kind that it does not
        list is kept as it came, never failing its record. A ``const`` tells alternatives
        apart (a bulk element's ``result``) and stays strict."""
        if "enum" in schema:
            node = SchemaNode(base.decode, base.kind, base.empties)
            node.listed = tuple(schema["enum"])
            return node
        allowed = [schema["const"]]
        members = {(type(v), v) for v in allowed}
        decode = base.decode

        def decoder(value: Any) -> Any:
            decoded = decode(value)
            if (type(decoded), decoded) in members:
                return decoded
            raise _fail(f"not one of {allowed!r}", value)

        return SchemaNode(decoder, base.kind, base.empties)

    def _union(self, options: list[Any], *, nullable: bool) -> SchemaNode:
        nodes = [self.node(option) for option in options]
        if len(nodes) > 1 and all(
            n.decode is nodes[0].decode and n.kind in _SCALARS for n in nodes
        ):
            # An open value list (an enum or any value of its kind) reads as its kind.
            listed = [n for n in nodes if n.listed]
            only = (listed[0] if listed else nodes[0]).copy()
            only.nullable = nullable or any(n.nullable for n in nodes)
            only.empties = frozenset.intersection(*(n.empties for n in nodes))
            return only
        if len(nodes) == 1:
            only = nodes[0].copy()
            only.nullable = nullable or only.nullable
            return only
        empties = frozenset.intersection(*(n.empties for n in nodes))
        nullable = nullable or any(n.nullable for n in nodes)
        has_text = any(n.kind == "string" for n in nodes)
        decoders: list[tuple[SchemaNode, Decoder]] = []
        for n in nodes:
            if n.kind == "integer" and has_text and n.decode is _integer:
                decoders.append((n, _canonical_integer))
            elif n.listed:
                decoders.append((n, _listed_only(n)))  # a listed value first
            else:
                decoders.append((n, _with_empties(n)))
        # When no alternative takes the value, an enum keeps one it does not list.
        open_sets = [_with_empties(n) for n in nodes if n.listed]
        native = {
            "integer": (int,),
            "number": (float, int, Decimal),
            "boolean": (bool,),
            "string": (str,),
            "object": (dict,),
            "array": (list,),
            "date": (),
            "any": (),
            "union": (),
        }

        def decoder(value: Any) -> Any:
            first: DecodeFailure | None = None
            if type(value) is not str:
                # A JSON number, flag or object goes to the alternative of its own type.
                for n, decode in decoders:
                    if type(value) in native[n.kind]:
                        try:
                            return decode(value)
                        except DecodeFailure as failure:
                            first = first or failure
            for _, decode in decoders:  # text: in the spec's order, converting
                try:
                    result = decode(value)
                except DecodeFailure as failure:
                    first = first or failure
                else:
                    if result is not _ABSENT:
                        return result
            for decode in open_sets:
                try:
                    result = decode(value)
                except DecodeFailure:
                    continue
                if result is not _ABSENT:
                    return result
            raise first or _fail("fits none of the documented shapes", value)

        union = SchemaNode(decoder, "union", empties, nullable)
        union.options = tuple(nodes)
        return union

    def _all_of(self, schema: Mapping[str, Any]) -> SchemaNode:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in schema["allOf"]:
            while isinstance(part, Mapping) and "$ref" in part and len(part) == 1:
                part = self.resolve(part["$ref"])
            if not isinstance(part, Mapping):
                continue
            if "allOf" in part:
                part = self._flattened(part)
            if part.get("type") not in (None, "object") and "properties" not in part:
                return self.node(part)
            merged["properties"].update(part.get("properties", {}))
            merged["required"].extend(part.get("required", []))
            if "additionalProperties" in part:
                merged["additionalProperties"] = part["additionalProperties"]
        return self._object(merged)

    def _flattened(self, schema: Mapping[str, Any]) -> dict[str, Any]:
        flat: dict[str, Any] = {"properties": {}, "required": []}
        for part in schema["allOf"]:
            while isinstance(part, Mapping) and "$ref" in part and len(part) == 1:
                part = self.resolve(part["$ref"])
            if isinstance(part, Mapping) and "allOf" in part:
                part = self._flattened(part)
            if isinstance(part, Mapping):
                flat["properties"].update(part.get("properties", {}))
                flat["required"].extend(part.get("required", []))
        return flat

    def _object(self, schema: Mapping[str, Any]) -> SchemaNode:
        children = {name: self.node(sub) for name, sub in (schema.get("properties") or {}).items()}
        properties = {name: _member(child) for name, child in children.items()}
        patterns = tuple(
            (re.compile(pattern), self.node(sub))
            for pattern, sub in (schema.get("patternProperties") or {}).items()
        )
        by_pattern = tuple((pattern, _member(node)) for pattern, node in patterns)
        required = tuple(schema.get("required") or ())
        extra = schema.get("additionalProperties")
        extra_member = _member(self.node(extra)) if isinstance(extra, Mapping) and extra else None
        open_map = not properties
        main, beside = _relations(schema, children)

        def decoder(value: Any) -> Any:
            if type(value) is list:
                if not value:
                    return {}  # PHP writes an empty map as []
                if not open_map:
                    raise _fail("a list where an object was expected", value)
                value = {str(i): item for i, item in enumerate(value)}
            elif type(value) is not dict:
                raise _fail("not an object", value)
            if beside:
                value = _lifted(value, main, beside)
            decoded: dict[str, Any] = {}
            for key, item in value.items():
                member = properties.get(key)
                if member is None and by_pattern:
                    member = next((m for p, m in by_pattern if p.search(key)), None)
                if member is None:
                    member = extra_member
                if member is None:
                    decoded[key] = item
                    continue
                # The empty-value rule of _with_empties, inline: it runs for every field.
                decode, empties, missing, related = member
                if (
                    item is None
                    or (type(item) is str and item in empties)
                    or (related and type(item) is dict and _all_null(item))
                ):
                    result = missing
                else:
                    try:
                        result = decode(item)
                    except DecodeFailure as failure:
                        failure.path.insert(0, key)
                        raise
                if result is not _ABSENT:
                    decoded[key] = result
            for key in required:
                if key not in decoded:
                    absent = _fail("missing or empty, and required", value.get(key))
                    absent.path.insert(0, key)
                    raise absent
            return decoded

        node = SchemaNode(decoder, "object", _EMPTIES["object"])
        node.children = children
        node.closed = bool(children) and not extra
        node.patterns = patterns
        node.relations = (main, beside)
        return node

    def _array(self, schema: Mapping[str, Any]) -> SchemaNode:
        item_node = self.node(schema.get("items"))
        decode_item = _with_empties(item_node)

        def decoder(value: Any) -> Any:
            if type(value) is dict:
                value = list(value.values())  # a PHP array with gaps in its keys
            elif type(value) is not list:
                raise _fail("not a list", value)
            decoded = []
            for index, item in enumerate(value):
                try:
                    result = decode_item(item)
                except DecodeFailure as failure:
                    failure.path.insert(0, index)
                    raise
                if result is not _ABSENT:
                    decoded.append(result)
            return decoded

        node = SchemaNode(decoder, "array", _EMPTIES["array"])
        node.item = item_node
        total = schema.get("x-daftra-total")
        node.total = total if isinstance(total, str) else None
        return node


def _relations(
    schema: Mapping[str, Any], children: Mapping[str, SchemaNode]
) -> tuple[str, tuple[str, ...]]:
    """For a record of models (``{"Invoice": {...}, "Client": {...}, "InvoiceItem": [...]}``),
    its main model and the related models the spec places beside it.

    The main model is the first required member named as a model is (a capital first
    letter, CakePHP's convention) whose schema is an object; the related ones are the
    other members so named that the main model's own schema does not document (a
    journal's ``JournalTransaction``, documented inside ``Journal`` too, stays where it
    came). Anything else (an envelope, a plain record) has none.
    """
    required = set(schema.get("required") or ())
    main = next(
        (
            name
            for name, node in children.items()
            if name in required and name[:1].isupper() and node.kind == "object"
        ),
        None,
    )
    if main is None:
        return "", ()
    inner = children[main]
    related = tuple(
        name
        for name in children
        if name != main and name[:1].isupper() and inner.member(name) is None
    )
    return main, related


def _lifted(value: dict[str, Any], main: str, related: tuple[str, ...]) -> dict[str, Any]:
    """``value`` with the related records the live service nests inside its main record
    (``data.Invoice.InvoiceItem``) moved beside it, where the documentation places them.
    A nested one wins over one beside it, even when empty: it is the newer shape."""
    inner = value.get(main)
    if type(inner) is not dict:
        return value
    nested = [name for name in related if name in inner]
    if not nested:
        return value
    inner = dict(inner)
    lifted = dict(value)
    for name in nested:
        lifted[name] = inner.pop(name)
    lifted[main] = inner
    return lifted


def _listed_only(node: SchemaNode) -> Decoder:
    """``node``'s decoding (an enum's) that fails on a value the enum does not list."""
    decode = _with_empties(node)
    members = {(type(v), v) for v in node.listed}

    def decoder(value: Any) -> Any:
        decoded = decode(value)
        if decoded is None or decoded is _ABSENT or (type(decoded), decoded) in members:
            return decoded
        raise _fail(f"not one of {list(node.listed)!r}", value)

    return decoder


def _canonical_integer(value: Any) -> Any:
    if value is None:
        return None
    return _integer(value, canonical_only=True)


@cache
def _compiler() -> _Compiler:
    return _Compiler()


def _response_schema(operation: Mapping[str, Any], status: int) -> Any:
    responses = operation.get("responses") or {}
    answer = (
        responses.get(str(status))
        or responses.get(f"{str(status)[0]}XX")
        or responses.get("default")
    )
    if not isinstance(answer, Mapping):
        return None
    if "$ref" in answer:
        answer = _compiler().resolve(answer["$ref"])
    media = (answer.get("content") or {}).get("application/json") or {}
    return media.get("schema")


@cache
def _answer_node(operation_id: str, status: int) -> SchemaNode | None:
    known = operations().get(operation_id)
    schema = _response_schema(known[2], status) if known else None
    return None if schema is None else _compiler().node(schema)


@cache
def request_node(operation_id: str, *, element: bool = False) -> SchemaNode | None:
    """The compiled request body schema of an operation (of one element, for bulk)."""
    pointer = request_schema_pointer(operation_id, element=element)
    return None if pointer is None else _compiler().node({"$ref": "#" + pointer})


def answer_member_node(operation_id: str, path: tuple[str, ...]) -> SchemaNode | None:
    """The compiled schema of the member at ``path`` of an operation's (200) answer
    (``("data",)``: the record a single read returns)."""
    node = _answer_node(operation_id, 200)
    for key in path:
        node = node.member(key) if node is not None else None
    return node


def conflicting_relations(operation_id: str, path: tuple[str, ...], data: Any) -> list[str]:
    """The related records a single read (``data``, the answer as sent) carries both
    inside its main record and beside it, with different contents. Reading takes the
    nested copy; an edit cannot know which one the service keeps."""
    node = answer_member_node(operation_id, path)
    for key in path:
        data = data.get(key) if isinstance(data, Mapping) else None
    if node is None or not isinstance(data, Mapping):
        return []
    main, beside = node.relations
    inner = data.get(main)
    if not beside or not isinstance(inner, Mapping):
        return []
    conflicts = []
    for name in beside:
        if name in inner and name in data:
            member = node.member(name)
            decode = _with_empties(member) if member is not None else (lambda value: value)
            try:
                same = decode(inner[name]) == decode(data[name])
            except DecodeFailure:
                same = False
            if not same:
                conflicts.append(name)
    return conflicts


def rows_node(operation_id: str, rows_path: tuple[str, ...]) -> SchemaNode | None:
    """The compiled schema of one row of a list operation's (200) answer."""
    node = _answer_node(operation_id, 200)
    for key in rows_path:
        node = node.children.get(key) if node is not None else None
    return node.item if node is not None else None


def decode_answer(operation_id: str, status: int, data: Any) -> Any:
    """An operation's answer decoded as its documented schema for ``status`` says.

    Answers with no documented schema are returned as they came; a value that cannot be
    read raises :class:`DecodeFailure` naming its path.
    """
    node = _answer_node(operation_id, status)
    if node is None:
        return data
    result = node.decode(data)
    return None if result is _ABSENT else result


@attrs.frozen
class RowFailure:
    """A list row that could not be read: where it was, why, and the row as it came."""

    index: int
    failure: DecodeFailure
    raw: Any


def decode_rows(
    operation_id: str, status: int, data: Any, rows_path: tuple[str, ...]
) -> tuple[Any, list[RowFailure]]:
    """A list answer decoded row by row: one unreadable row does not lose the others.

    Returns the decoded answer holding only the readable rows, and one
    :class:`RowFailure` per row left out. ``rows_path`` leads from the answer to its
    list of rows (``("data",)``, ``("payload", "data")``).
    """
    node = _answer_node(operation_id, status)
    rows: Any = data
    for key in rows_path:
        rows = rows.get(key) if isinstance(rows, Mapping) else None
        node = node.children.get(key) if node is not None else None
    if node is None or node.item is None or not isinstance(rows, list):
        return decode_answer(operation_id, status, data), []
    decode_row = _with_empties(node.item)
    good: list[Any] = []
    failures: list[RowFailure] = []
    for index, row in enumerate(rows):
        try:
            decoded = decode_row(row)
        except DecodeFailure as failure:
            failures.append(RowFailure(index, failure, row))
        else:
            if decoded is not _ABSENT and decoded is not None:
                good.append(decoded)
    frame = _replaced(data, rows_path, [])
    decoded_frame = decode_answer(operation_id, status, frame)
    return _replaced(decoded_frame, rows_path, good), failures


def _replaced(data: Any, path: tuple[str, ...], value: Any) -> Any:
    """A shallow copy of ``data`` with the member at ``path`` set to ``value``."""
    if not path or not isinstance(data, Mapping):
        return value
    return {**data, path[0]: _replaced(data.get(path[0]), path[1:], value)}
