"""Checks request bodies against the specification's own schemas before sending.

The schemas come from ``_spec.json``, the copy of ``openapi/daftra.yaml`` that
``scripts/regenerate`` writes next to this module, so the checks always match the spec
the client was generated from. Types are judged the way Daftra's PHP judges them:
numeric strings count as numbers.

Value lists are open: the spec types a field with a documented list as "one of these, or
any other value of that kind" (``anyOf: [{$ref: InvoiceType}, {type: integer}]``),
since the live service uses values its documentation never lists. A body holding a
value the list does not name is therefore sent as given, never refused; it is reported
as an :class:`UnlistedValueWarning` (it may be a typo). Field names are still checked
strictly: an undocumented one is refused (see :func:`undocumented_fields`).
"""

from __future__ import annotations

import difflib
import re
import warnings
from collections.abc import Callable, Collection
from datetime import date
from functools import cache
from typing import Any

import attrs

from .. import logs
from ..errors import FieldErrors
from .decoding import SchemaNode, request_node
from .encoding import shown
from .specification import load_spec, request_schema_pointer
from .strict_check import Unsupported, compile_check

SPEC_URI = "urn:daftra-python:spec"
_LONGEST_MESSAGE = 200
# PHP's is_numeric() also allows surrounding white space. Numeric text is bounded like
# numbers (wire/encoding.py): PHP reads an integer past PHP_INT_MAX's 19 digits as a
# float, and MySQL's DECIMAL holds 65 digits, 30 of them after the point; longer text (a
# 5,000-digit "number") is refused as not a number rather than stored wrong.
_INTEGER_TEXT = re.compile(r"^\s*-?\d{1,19}\s*$")
_NUMBER_TEXT = re.compile(r"^\s*-?(\d{1,65}(\.\d{0,30})?|\.\d{1,30})\s*$")
_LITERAL_KEYWORDS = frozenset({"enum", "const", "examples", "example"})


def _is_iso_date(value: object) -> bool:
    if not isinstance(value, str):
        return True  # formats apply to strings only
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


@cache
def _validator(pointer: str) -> Any:
    import jsonschema
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    def php_integer(_checker: Any, value: object) -> bool:
        if isinstance(value, bool):
            return False
        if isinstance(value, int):
            return True
        if isinstance(value, float):
            return value.is_integer()
        return isinstance(value, str) and bool(_INTEGER_TEXT.match(value))

    def php_number(_checker: Any, value: object) -> bool:
        if isinstance(value, bool):
            return False
        if isinstance(value, int | float):
            return True
        return isinstance(value, str) and bool(_NUMBER_TEXT.match(value))

    def php_enum(_validator: Any, listed: Any, instance: Any, _schema: Any) -> Any:
        if not _php_listed(instance, listed):
            yield jsonschema.ValidationError(f"{instance!r} is not one of {listed!r}")

    base = jsonschema.Draft202012Validator
    types = base.TYPE_CHECKER.redefine_many({"integer": php_integer, "number": php_number})
    validator_class = jsonschema.validators.extend(  # type: ignore[no-untyped-call]
        base, validators={"enum": php_enum}, type_checker=types
    )
    registry: Registry[Any] = Registry().with_resource(
        SPEC_URI, Resource.from_contents(load_spec(), default_specification=DRAFT202012)
    )
    return validator_class(
        {"$ref": f"{SPEC_URI}#{pointer}"},
        registry=registry,
        format_checker=base.FORMAT_CHECKER,
    )


def _inlined(
    node: Any, spec: dict[str, Any], seen: tuple[str, ...] = (), *, php_numbers: bool = True
) -> Any:
    """``node`` with every ``$ref`` replaced by what it points at, and (``php_numbers``)
    with integers and numbers also accepted as numeric strings, as PHP accepts them."""
    if isinstance(node, list):
        return [_inlined(item, spec, seen, php_numbers=php_numbers) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        reference = node["$ref"]
        if reference in seen:  # a recursive schema: stop inlining, accept anything there
            return {}
        target: Any = spec
        for token in reference.removeprefix("#/").split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        return _inlined(target, spec, (*seen, reference), php_numbers=php_numbers)
    inlined = {
        key: value
        if key in _LITERAL_KEYWORDS
        else _inlined(value, spec, seen, php_numbers=php_numbers)
        for key, value in node.items()
    }
    if not php_numbers:
        return inlined
    listed = inlined.get("enum")
    if isinstance(listed, list) and any(_is_int(v) for v in listed):
        # PHP compares loosely: "0" is the flag 0 (the documentation's bodies send "0").
        inlined["enum"] = [*listed, *(str(v) for v in listed if _is_int(v))]
        declared = inlined.get("type")
        if declared is not None:  # and so the type must admit those texts too
            kinds = [declared] if isinstance(declared, str) else list(declared)
            inlined["type"] = kinds if "string" in kinds else [*kinds, "string"]
    types = inlined.get("type")
    numeric = {"integer": _INTEGER_TEXT.pattern, "number": _NUMBER_TEXT.pattern}
    kinds = [types] if isinstance(types, str) else list(types or [])
    patterns = [numeric[kind] for kind in kinds if kind in numeric]
    if patterns and "enum" not in inlined and "const" not in inlined:
        as_text = [{"type": "string", "pattern": pattern} for pattern in patterns]
        inlined = {"anyOf": [inlined, *as_text]}
    return inlined


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _php_listed(instance: object, listed: Any) -> bool:
    """Whether ``instance`` is one of ``listed`` as PHP compares: ``"1"`` is ``1``."""
    if any(instance == v and type(instance) is type(v) for v in listed):
        return True
    if isinstance(instance, str) and _INTEGER_TEXT.match(instance):
        return int(instance) in [v for v in listed if _is_int(v)]
    if isinstance(instance, float) and instance.is_integer():
        return int(instance) in [v for v in listed if _is_int(v)]
    return False


def inlined_schema(operation_id: str, *, element: bool = False) -> dict[str, Any]:
    """An operation's request body schema with every reference resolved in place."""
    pointer = request_schema_pointer(operation_id, element=element)
    if pointer is None:
        return {}
    schema: dict[str, Any] = _inlined({"$ref": "#" + pointer}, load_spec(), php_numbers=False)
    return schema


@cache
def _quick_check(pointer: str) -> Callable[[object], object]:
    """A compiled validator that only says yes or no, fast; details come from jsonschema.

    Measured on valid addInvoicesBulk elements in 50-body chunks: 3 µs (minimal body) and
    8 µs (the seed body, every member) against 85 and 270 µs for jsonschema's cached
    validator's is_valid, about 30x; compiling once costs about 45 ms.
    """
    import fastjsonschema

    spec = load_spec()
    schema = _inlined({"$ref": "#" + pointer}, spec)
    check: Callable[[object], object] = fastjsonschema.compile(
        schema, formats={"date": _is_iso_date}
    )
    return check


@cache
def _strict_check(pointer: str) -> Callable[[object], bool]:
    """A compiled check at least as strict as every check of :func:`body_problems`: the
    schema of :func:`_quick_check`, with each object that lists its members closed to
    others and each open value list (``anyOf: [enum, any value of its kind]``) held to
    its listed values. A body it passes has nothing to report, so the walk over it and
    the schema check are skipped (most bodies); one it refuses goes through them, to find
    what is wrong, what is only unusual, or nothing (it is stricter than they are).

    Compiled into a predicate that visits only the members a body has
    (:mod:`.strict_check`): about 2 µs a benchmark invoice, against 4 µs for
    fastjsonschema's code of the same schema (used where that compiler refuses one) and
    13 µs for the walk and the schema check together."""
    schema = _closed(_inlined({"$ref": "#" + pointer}, load_spec()))
    formats = {"date": _is_iso_date}
    try:
        return compile_check(schema, formats)
    except Unsupported:
        pass
    import fastjsonschema

    validate = fastjsonschema.compile(schema, formats=formats)

    def passes(value: object) -> bool:
        try:
            validate(value)
        except fastjsonschema.JsonSchemaException:
            return False
        return True

    return passes


def _closed(node: Any) -> Any:
    """``node`` (an inlined schema) made as strict as :func:`_strict_check` says."""
    if isinstance(node, list):
        return [_closed(item) for item in node]
    if not isinstance(node, dict):
        return node
    if "allOf" in node:
        node = _merged(node)
    strict = {
        key: value if key in _LITERAL_KEYWORDS else _closed(value) for key, value in node.items()
    }
    open_to_others = strict.get("additionalProperties")  # absent, false or {}: closed
    if "properties" in strict and not open_to_others and "patternProperties" not in strict:
        strict["additionalProperties"] = False
    for union in ("anyOf", "oneOf"):
        options = strict.get(union)
        if isinstance(options, list) and any(_has_list(option) for option in options):
            # Only a number or text other than "" must be listed (as the walk sees it);
            # anything else is judged by the union as it was.
            strict[union] = [
                *(option for option in options if _has_list(option)),
                {"allOf": [{union: options}, _NOT_TO_BE_LISTED]},
            ]
    return strict


# The values the walk does not hold to a list: neither a number nor text, or "".
_NOT_TO_BE_LISTED = {"anyOf": [{"not": {"type": ["number", "string"]}}, {"const": ""}]}
# What an allOf part may hold for its members to be merged with the others'.
_MERGEABLE = frozenset({"type", "description", "title", "properties", "required"})


def _merged(schema: dict[str, Any]) -> dict[str, Any]:
    """An object schema with its ``allOf`` parts merged into it, so that it can be
    closed to members none of them lists; when a part holds more than members (a union,
    its own openness), it is left as it was, and refuses every member instead: a body
    holding it is always looked at closer."""
    parts = schema["allOf"]
    if not all(isinstance(part, dict) and part.keys() <= _MERGEABLE for part in parts):
        return {**schema, "propertyNames": False}
    merged = {key: value for key, value in schema.items() if key != "allOf"}
    properties: dict[str, Any] = dict(merged.get("properties") or {})
    required = list(merged.get("required") or ())
    for part in parts:
        for name, member in (part.get("properties") or {}).items():
            properties[name] = (
                {"allOf": [properties[name], member]} if name in properties else member
            )
        required.extend(part.get("required") or ())
        if "type" in part:
            merged.setdefault("type", part["type"])
    merged["properties"], merged["required"] = properties, sorted(set(required))
    return merged


def _has_list(schema: object) -> bool:
    return isinstance(schema, dict) and isinstance(schema.get("enum"), list)


def _describe(error: Any) -> tuple[str, str]:
    from jsonschema.exceptions import best_match

    if error.context:
        # For anyOf/oneOf the top message says only "not valid under any"; the closest
        # alternative's complaint names the real problem, and "is not of type 'null'"
        # (the alternative of every nullable field) never does.
        alternatives = [
            e for e in error.context if not (e.validator == "type" and e.validator_value == "null")
        ]
        error = best_match(alternatives or error.context)
    path = ".".join(str(part) for part in error.absolute_path)
    return path or "<body>", _cut(str(error.message), error.instance)


def _cut(message: str, instance: object) -> str:
    """``message`` with the value it quotes cut short (jsonschema quotes it whole: a
    10 MB cell would make a 10 MB message)."""
    if len(message) <= _LONGEST_MESSAGE:
        return message
    quoted = repr(instance)
    if quoted in message:
        message = message.replace(quoted, shown(instance), 1)
    return message if len(message) <= _LONGEST_MESSAGE else message[:_LONGEST_MESSAGE] + "…"


def body_errors(
    operation_id: str, payload: object, *, element: bool = False, partial: bool = False
) -> FieldErrors:
    """Field path → reasons for everything in ``payload`` the spec does not allow.

    ``partial``: ``payload`` holds only the fields to change (an update), so the body's
    own required members may be absent; what it does hold is checked in full."""
    pointer = request_schema_pointer(operation_id, element=element)
    if pointer is None:
        return {}
    import fastjsonschema

    try:
        _quick_check(pointer)(payload)
    except fastjsonschema.JsonSchemaException:
        pass  # invalid: find every problem, with its path, below
    else:
        return {}
    found: dict[str, tuple[str, ...]] = {}
    for error in _validator(pointer).iter_errors(payload):
        if partial and error.validator == "required" and not error.absolute_path:
            continue
        path, message = _describe(error)
        found[path] = (*found.get(path, ()), message)
    return found


def undocumented_fields(
    operation_id: str,
    payload: object,
    *,
    element: bool = False,
    allowed: Collection[str] = (),
) -> FieldErrors:
    """Field path → reason for every member of ``payload`` the spec does not document.

    Daftra ignores fields it does not know, so a typo (``quantty``) would create the
    record with the default instead of the value meant; each one found names the closest
    documented field. ``allowed`` lists dotted paths without list positions
    (``InvoiceItem.serial``) to send anyway, since the documentation is incomplete;
    ``"*"`` allows every field.
    """
    return _walked(operation_id, payload, element, allowed)[0]


def _walked(
    operation_id: str, payload: object, element: bool, allowed: Collection[str]
) -> tuple[FieldErrors, dict[str, str]]:
    """The undocumented fields of ``payload`` (unless ``allowed`` holds ``"*"``) and its
    values outside their documented lists, found in one walk over it."""
    node = request_node(operation_id, element=element)
    undocumented: dict[str, tuple[str, ...]] = {}
    unlisted: dict[str, str] = {}
    if node is not None:
        walk = _Walk(frozenset(allowed), undocumented, unlisted)
        walk.visit(payload, node, (), (), "*" not in allowed)
    return undocumented, unlisted


@attrs.frozen
class _Walk:
    """One walk over a body: undocumented members (of objects whose members are all
    listed, reached through such objects only) and values outside documented lists."""

    allowed: frozenset[str]
    undocumented: dict[str, tuple[str, ...]]
    unlisted: dict[str, str]

    def visit(
        self,
        value: object,
        node: SchemaNode,
        path: tuple[str, ...],
        names: tuple[str, ...],
        documented_only: bool,
    ) -> None:
        listed = [node] if node.listed else [option for option in node.options if option.listed]
        if listed and value not in (None, "") and not isinstance(value, dict | list | bool):
            if not any(_php_listed(value, option.listed) for option in listed):
                shown_values = ", ".join(repr(v) for v in listed[0].listed)
                self.unlisted[".".join(path) or "<body>"] = (
                    f"{value!r} is not one of the documented values ({shown_values}); sent as given"
                )
            return
        if node.kind == "union":
            wanted = (
                "object" if isinstance(value, dict) else "array" if isinstance(value, list) else ""
            )
            options = [option for option in node.options if option.kind == wanted]
            if len(options) != 1:
                return  # several shapes fit: the schema check judges which
            node = options[0]
        if isinstance(value, dict) and node.kind == "object":
            closed = documented_only and node.closed
            listing = _listing_members(node)
            for key, item in value.items():
                child = node.member(key)
                if child is None:
                    if closed and ".".join((*names, key)) not in self.allowed:
                        self._undocumented(node, path, names, key)
                elif isinstance(item, dict | list) or key in listing or node.patterns:
                    self.visit(item, child, (*path, key), (*names, key), closed)
        elif isinstance(value, list) and node.kind == "array" and node.item is not None:
            item_lists = _lists(node.item)
            for index, item in enumerate(value):
                if item_lists or isinstance(item, dict | list):
                    self.visit(item, node.item, (*path, str(index)), names, documented_only)

    def _undocumented(
        self, node: SchemaNode, path: tuple[str, ...], names: tuple[str, ...], key: str
    ) -> None:
        close = difflib.get_close_matches(key, list(node.children), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        where = ".".join(names) or "the body"
        self.undocumented[".".join((*path, key))] = (f"not a documented field of {where}{hint}",)


class UnlistedValueWarning(UserWarning):
    """A body holds a value that its field's documented list does not name. It is sent
    as given (the live service uses values the documentation does not list), but it may
    be a typo; ``warnings.filterwarnings("error", category=UnlistedValueWarning)`` turns
    it into an error."""


def unlisted_values(operation_id: str, payload: object, *, element: bool = False) -> dict[str, str]:
    """Field path → what is unusual, for every value in ``payload`` outside the list of
    values its field documents (fields typed by an ``enum``)."""
    return _walked(operation_id, payload, element, ("*",))[1]


def _lists(node: SchemaNode) -> bool:
    """Whether a scalar of ``node`` is checked against a documented list of values."""
    return bool(node.listed) or any(option.listed for option in node.options)


_LISTING: dict[int, tuple[SchemaNode, frozenset[str]]] = {}


def _listing_members(node: SchemaNode) -> frozenset[str]:
    """The members of an object whose scalars are checked against a documented list,
    found once per schema (the node is kept beside them, so its id stays its own)."""
    known = _LISTING.get(id(node))
    if known is None or known[0] is not node:
        names = frozenset(name for name, child in node.children.items() if _lists(child))
        known = _LISTING[id(node)] = (node, names)
    return known[1]


def body_problems(
    operation_id: str,
    payload: object,
    *,
    element: bool = False,
    undocumented: Collection[str] = (),
    partial: bool = False,
) -> FieldErrors:
    """Everything wrong with a body before it is sent: fields the spec does not
    document (unless listed in ``undocumented``), then values its schema refuses
    (``partial``: see :func:`body_errors`)."""
    if not undocumented and not partial and _passes_strictly(operation_id, payload, element):
        return {}
    found, unlisted = _walked(operation_id, payload, element, undocumented)
    problems = dict(found)
    checked = body_errors(operation_id, payload, element=element, partial=partial)
    for field, reasons in checked.items():
        problems[field] = (*problems.get(field, ()), *reasons)
    for field, message in unlisted.items():
        if field not in problems:
            text = f"{operation_id}: {field}: {message}"
            warnings.warn(text, UnlistedValueWarning, stacklevel=3)
            logs.wire.warning("%s", text)
    return problems


def _passes_strictly(operation_id: str, payload: object, element: bool) -> bool:
    """Whether ``payload`` passes :func:`_strict_check` (False: look closer)."""
    check = _strict_check_of(operation_id, element)
    if check is None:
        return False
    try:
        return check(payload)
    except Exception:
        # A check that breaks (fastjsonschema 2.22 trips over some of its closed unions,
        # an AttributeError inside its code) leaves the judgement to the walk and the
        # full check, as a refusal does.
        return False


@cache
def _strict_check_of(operation_id: str, element: bool) -> Callable[[object], bool] | None:
    pointer = request_schema_pointer(operation_id, element=element)
    return None if pointer is None else _strict_check(pointer)
