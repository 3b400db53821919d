"""A JSON Schema compiled into one predicate that visits only what a body holds.

fastjsonschema's code tests every property a schema lists, present or not (an invoice
lists about eighty), and raises an exception inside each ``anyOf`` option that does not
match. The predicate built here walks the members a body has, through a table per
object, and answers yes or no without raising: about three times faster on the bodies
bulk runs send, where the check runs once per element.

It takes the keywords the spec's request bodies use, each with fastjsonschema's meaning
(the same type rules, typed ``enum`` and ``const`` comparison, ``pattern`` searched with
a final ``$`` as end of text, the same formats), so that it says yes exactly where
fastjsonschema does. A schema with any other keyword is refused with
:class:`Unsupported`, and its caller uses fastjsonschema instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

Check = Callable[[Any], bool]

# Keywords that say nothing about what is valid.
_NOTES = frozenset(
    {"description", "title", "examples", "example", "readOnly", "writeOnly", "deprecated"}
)


class Unsupported(ValueError):
    """A schema uses a keyword (or a value of one) that this compiler does not take."""


def compile_check(schema: Any, formats: Mapping[str, Callable[[str], bool]]) -> Check:
    """The predicate of ``schema``: true exactly where fastjsonschema's validator of it
    (given the same custom ``formats``) passes the value."""
    return _Compiler(formats).check(schema)


def _always(_value: Any) -> bool:
    return True


def _never(_value: Any) -> bool:
    return False


def _is_integer(value: Any) -> bool:
    kind = type(value)
    if kind is int:
        return True
    if kind is bool:
        return False
    if isinstance(value, int):
        return not isinstance(value, bool)
    return isinstance(value, float) and value.is_integer()


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


# The Python classes of each JSON type but the numeric ones (as fastjsonschema has them).
_CLASSES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "boolean": (bool,),
    "null": (type(None),),
    "object": (dict,),
    "array": (list, tuple),
}


def _all(checks: list[Check]) -> Check:
    if not checks:
        return _always
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda value: first(value) and second(value)
    every = tuple(checks)

    def all_of(value: Any) -> bool:
        for check in every:  # noqa: SIM110 - all() over a generator costs more a call
            if not check(value):
                return False
        return True

    return all_of


def _any(checks: list[Check]) -> Check:
    options = tuple(checks)

    def any_of(value: Any) -> bool:
        for check in options:  # noqa: SIM110 - as above
            if check(value):
                return True
        return False

    return any_of


class _Compiler:
    def __init__(self, formats: Mapping[str, Callable[[str], bool]]) -> None:
        self.formats = formats

    def check(self, schema: Any) -> Check:
        if schema is True or schema == {}:
            return _always
        if schema is False:
            return _never
        if not isinstance(schema, Mapping):
            raise Unsupported(f"a schema that is not an object: {schema!r}")
        unknown = {key for key in schema if not key.startswith("x-")} - _NOTES - _KEYWORDS
        if unknown:
            raise Unsupported(f"keywords {sorted(unknown)}")
        declared = schema.get("type")
        as_object = declared == "object" and not _OBJECT_KEYWORDS.isdisjoint(schema)
        as_array = declared == "array" and not _ARRAY_KEYWORDS.isdisjoint(schema)
        checks: list[Check] = []
        if "type" in schema and not (as_object or as_array):  # else folded into their rules
            checks.append(self._type(declared))
            if schema.keys() - _NOTES == {"type", "maxLength"}:
                return _bounded_text(checks[0], schema["maxLength"])
        if "enum" in schema:
            checks.append(_listed(schema["enum"]))
        if "const" in schema:
            checks.append(_listed([schema["const"]]))
        text = self._text(schema)
        if text is not None:
            checks.append(text)
        if not _OBJECT_KEYWORDS.isdisjoint(schema):
            checks.append(self._object(schema, as_object))
        if not _ARRAY_KEYWORDS.isdisjoint(schema):
            checks.append(self._array(schema, as_array))
        if "allOf" in schema:
            checks.append(_all([self.check(part) for part in schema["allOf"]]))
        if "anyOf" in schema:
            checks.append(_any([self.check(option) for option in schema["anyOf"]]))
        if "not" in schema:
            refused = self.check(schema["not"])
            checks.append(lambda value: not refused(value))
        return _all(checks)

    def _type(self, declared: Any) -> Check:
        names = {declared} if isinstance(declared, str) else set(declared)
        if not names <= set(_CLASSES) | {"integer", "number"}:
            raise Unsupported(f"type {declared!r}")
        classes = tuple(kind for name in names if name in _CLASSES for kind in _CLASSES[name])
        if "number" in names:
            if "boolean" in names:  # a flag is an int: nothing to leave out
                numeric = (*classes, int, float, Decimal)
                return lambda value: isinstance(value, numeric)
            return lambda value: isinstance(value, classes) or _is_number(value)
        if "integer" in names:
            return lambda value: isinstance(value, classes) or _is_integer(value)
        return lambda value: isinstance(value, classes)

    def _text(self, schema: Mapping[str, Any]) -> Check | None:
        """``maxLength``, ``minLength``, ``pattern`` and ``format``: rules of strings."""
        present = schema.keys() & _TEXT_KEYWORDS
        if not present:
            return None
        if present == {"maxLength"}:  # the usual text rule, in one call
            longest = schema["maxLength"]
            return lambda value: not isinstance(value, str) or len(value) <= longest
        rules: list[Callable[[str], bool]] = []
        if "maxLength" in schema:
            longest = schema["maxLength"]
            rules.append(lambda text: len(text) <= longest)
        if "minLength" in schema:
            shortest = schema["minLength"]
            rules.append(lambda text: len(text) >= shortest)
        if "pattern" in schema:
            search = re.compile(_end_of_text(schema["pattern"])).search
            rules.append(lambda text: search(text) is not None)
        if "format" in schema:
            rule = self._format(schema["format"])
            if rule is not None:
                rules.append(rule)
        if not rules:  # a format nobody checks
            return None
        every = tuple(rules)

        def text_rules(value: Any) -> bool:
            if not isinstance(value, str):
                return True
            for rule in every:  # noqa: SIM110 - as above
                if not rule(value):
                    return False
            return True

        return text_rules

    def _format(self, name: str) -> Callable[[str], bool] | None:
        custom = self.formats.get(name)
        if custom is not None:
            return custom
        known = _format_patterns()
        if name in known:
            match = re.compile(known[name]).match
            return lambda text: match(text) is not None
        if name in _IGNORED_FORMATS:
            return None
        raise Unsupported(f"format {name!r}")

    def _object(self, schema: Mapping[str, Any], typed: bool) -> Check:
        """The object rules; ``typed``: anything but an object fails them."""
        members = {name: self.check(sub) for name, sub in (schema.get("properties") or {}).items()}
        required = tuple(schema.get("required") or ())
        patterns = tuple(
            (re.compile(_end_of_text(pattern)).search, self.check(sub))
            for pattern, sub in (schema.get("patternProperties") or {}).items()
        )
        others = schema.get("additionalProperties", True)
        closed = others is False
        other = None if others is True or closed else self.check(others)
        names = self.check(schema["propertyNames"]) if "propertyNames" in schema else None

        if not patterns and names is None:
            return _plain_object(members, required, closed, other, typed)

        def patterned(key: str) -> bool:
            return any(search(key) for search, _ in patterns)

        plain = _plain_object(members, required, closed, other, typed, patterned)

        def pattern_and_name_rules(value: Any) -> bool:
            if not isinstance(value, dict):
                return True
            for key, item in value.items():
                for search, sub in patterns:
                    if search(key) and not sub(item):
                        return False
                if names is not None and not names(key):
                    return False
            return True

        return lambda value: plain(value) and pattern_and_name_rules(value)

    def _array(self, schema: Mapping[str, Any], typed: bool) -> Check:
        """The array rules; ``typed``: anything but an array fails them."""
        items = schema.get("items")
        if isinstance(items, list):
            raise Unsupported("items as a list")
        item = self.check(items) if items is not None else None
        fewest = schema.get("minItems")
        most = schema.get("maxItems")

        def array_rules(value: Any) -> bool:
            if not isinstance(value, list | tuple):
                return not typed
            if fewest is not None and len(value) < fewest:
                return False
            if most is not None and len(value) > most:
                return False
            if item is not None:
                for element in value:
                    if not item(element):
                        return False
            return True

        return array_rules


_TEXT_KEYWORDS = frozenset({"maxLength", "minLength", "pattern", "format"})
_OBJECT_KEYWORDS = frozenset(
    {"properties", "required", "additionalProperties", "patternProperties", "propertyNames"}
)
_ARRAY_KEYWORDS = frozenset({"items", "minItems", "maxItems"})
_KEYWORDS = (
    frozenset({"type", "enum", "const", "allOf", "anyOf", "not"})
    | _TEXT_KEYWORDS
    | _OBJECT_KEYWORDS
    | _ARRAY_KEYWORDS
)
# Formats fastjsonschema does not know, and so does not check.
_IGNORED_FORMATS = frozenset({"decimal", "int32", "int64", "float", "double", "binary"})


def _plain_object(
    members: dict[str, Check],
    required: tuple[str, ...],
    closed: bool,
    other: Check | None,
    typed: bool,
    patterned: Callable[[str], bool] | None = None,
) -> Check:
    """The rules of an object's listed members, its required ones and its others (a key
    ``patterned`` says a pattern rule takes is not one of the others)."""
    member_of = members.get

    def object_rules(value: Any) -> bool:
        if not isinstance(value, dict):
            return not typed
        for name in required:
            if name not in value:
                return False
        for key, item in value.items():
            member = member_of(key)
            if member is None:
                if patterned is not None and patterned(key):
                    continue
                if closed or (other is not None and not other(item)):
                    return False
            elif not member(item):
                return False
        return True

    return object_rules


def _bounded_text(typed: Check, longest: int) -> Check:
    """``type`` and ``maxLength`` together, in one call: the most common field."""
    return lambda value: typed(value) and (not isinstance(value, str) or len(value) <= longest)


def _listed(values: list[Any]) -> Check:
    """``enum``'s rule as fastjsonschema applies it: a listed number matches a number
    (not a flag) equal to it, a listed text the same text, ``None`` only null."""
    texts = frozenset(value for value in values if isinstance(value, str))
    numbers = frozenset(
        value for value in values if isinstance(value, int | float) and not isinstance(value, bool)
    )
    flags = tuple(value for value in values if isinstance(value, bool))
    null = any(value is None for value in values)
    if any(not isinstance(value, str | int | float | bool | None) for value in values):
        raise Unsupported("a listed value that is not a scalar")

    def listed(value: Any) -> bool:
        if isinstance(value, str):
            return value in texts
        if isinstance(value, bool):
            return any(value is flag for flag in flags)
        if isinstance(value, int | float):
            return value in numbers
        return value is None and null

    return listed


def _end_of_text(pattern: str) -> str:
    """``pattern`` as fastjsonschema compiles it (a ``$`` that ends it means the end of
    the text, not of a line)."""
    try:
        from fastjsonschema.draft04 import DOLLAR_FINDER
    except ImportError as missing:  # another fastjsonschema: let it compile the schema
        raise Unsupported("fastjsonschema's pattern rule is not where it was") from missing
    return str(DOLLAR_FINDER.sub(r"\\Z", pattern))


def _format_patterns() -> Mapping[str, str]:
    try:
        from fastjsonschema.draft07 import CodeGeneratorDraft07
    except ImportError as missing:
        raise Unsupported("fastjsonschema's formats are not where they were") from missing
    patterns: Mapping[str, str] = CodeGeneratorDraft07.FORMAT_REGEXS
    return patterns
