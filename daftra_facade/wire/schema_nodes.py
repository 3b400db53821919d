"""Compiling spec schemas into decoders: one :class:`SchemaNode` per schema, each ``$ref``
compiled once, objects, arrays, unions, ``allOf`` and enums read as
:mod:`daftra_facade.wire.decoding` describes."""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from decimal import Decimal
from functools import cache
from typing import Any

from .scalars import (
    _ABSENT,
    _EMPTIES,
    DecodeFailure,
    Decoder,
    _boolean,
    _date,
    _date_time,
    _integer,
    _number,
    _string,
)
from .specification import resolve

# Kinds whose alternatives of one decoder collapse into one (see _Compiler._union).
_SCALARS = frozenset({"integer", "number", "string"})


class SchemaNode:
    """A compiled schema: ``decode``, and what unions, edits and body checks need to know
    of it (its kind, members, items, alternatives, nullability, read-only mark)."""

    __slots__ = (
        "children",
        "closed",
        "decode",
        "empties",
        "extra",
        "item",
        "kind",
        "listed",
        "nullable",
        "options",
        "patterns",
        "read_only",
        "ref",
        "relations",
        "required",
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
        # An object's required members, and the schema of members it does not name
        # (additionalProperties), if it gives one.
        self.required: tuple[str, ...] = ()
        self.extra: SchemaNode | None = None
        # The component a ``$ref`` names (``Invoice``), for finding its generated model.
        self.ref: str | None = None

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
        twin.ref, twin.required, twin.extra = self.ref, self.required, self.extra
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
    for value in record.values():  # a plain loop: no generator for the usual early False
        if value is not None:
            return False
    return bool(record)


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
    """Compiles spec schemas into decoders; each ``$ref`` is compiled once.

    One thread compiles at a time: a ``$ref`` being compiled is a stand-in until it is
    complete (so that a recursive schema can name itself), and another thread must not
    take that stand-in for the finished node (the first requests of a bulk run decode
    their answers on several threads at once)."""

    def __init__(self) -> None:
        self.refs: dict[str, SchemaNode] = {}
        self._compiling = threading.RLock()

    resolve = staticmethod(resolve)

    def node(self, schema: Any) -> SchemaNode:
        with self._compiling:
            return self._node(schema)

    def _node(self, schema: Any) -> SchemaNode:
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
                known.required, known.extra = compiled.required, compiled.extra
                known.ref = reference.rpartition("/")[2]
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
            raise DecodeFailure(f"not one of {allowed!r}", value)

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
            raise first or DecodeFailure("fits none of the documented shapes", value)

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
        extra_node = self.node(extra) if isinstance(extra, Mapping) and extra else None
        extra_member = _member(extra_node) if extra_node is not None else None
        open_map = not properties
        main, beside = _relations(schema, children)

        def decoder(value: Any) -> Any:
            if type(value) is list:
                if not value:
                    return {}  # PHP writes an empty map as []
                if not open_map:
                    raise DecodeFailure("a list where an object was expected", value)
                value = {str(i): item for i, item in enumerate(value)}
            elif type(value) is not dict:
                raise DecodeFailure("not an object", value)
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
                    absent = DecodeFailure("missing or empty, and required", value.get(key))
                    absent.path.insert(0, key)
                    raise absent
            return decoded

        node = SchemaNode(decoder, "object", _EMPTIES["object"])
        node.children = children
        node.closed = bool(children) and not extra
        node.patterns = patterns
        node.relations = (main, beside)
        node.required, node.extra = required, extra_node
        return node

    def _array(self, schema: Mapping[str, Any]) -> SchemaNode:
        item_node = self.node(schema.get("items"))
        decode_item = _with_empties(item_node)

        def decoder(value: Any) -> Any:
            if type(value) is dict:
                value = list(value.values())  # a PHP array with gaps in its keys
            elif type(value) is not list:
                raise DecodeFailure("not a list", value)
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
        raise DecodeFailure(f"not one of {list(node.listed)!r}", value)

    return decoder


def _canonical_integer(value: Any) -> Any:
    if value is None:
        return None
    return _integer(value, canonical_only=True)


@cache
def _compiler() -> _Compiler:
    return _Compiler()
