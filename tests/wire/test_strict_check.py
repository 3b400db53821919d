"""The compiled strict check says yes exactly where fastjsonschema does, keyword by
keyword and on whole request bodies, while visiting only what a body holds."""

from __future__ import annotations

from typing import Any

import fastjsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from daftra_facade.wire.specification import load_spec, operations, request_schema_pointer
from daftra_facade.wire.strict_check import Unsupported, compile_check
from daftra_facade.wire.validation import _closed, _inlined, _is_iso_date, _strict_check

from .test_validation import FIELDS, ODD_VALUES, UNDOCUMENTED, mutated

FORMATS = {"date": _is_iso_date}


def fastjsonschema_passes(schema: Any, value: Any) -> bool:
    try:
        fastjsonschema.compile(schema, formats=FORMATS)(value)
    except fastjsonschema.JsonSchemaException:
        return False
    return True


SCHEMAS = [
    {"type": "integer"},
    {"type": "number"},
    {"type": ["integer", "null"]},
    {"type": ["number", "boolean"]},
    {"type": ["string", "null"], "maxLength": 3},
    {"type": "string", "minLength": 2, "pattern": "^a.*b$"},
    {"pattern": "^\\s*-?\\d{1,19}\\s*$"},
    {"enum": [0, 1, "0", "1"]},
    {"enum": [True, None, "x", 2.5]},
    {"const": ""},
    {"const": 5},
    {"const": None},
    {"type": "string", "format": "email"},
    {"type": "string", "format": "date"},
    {"type": "number", "format": "decimal"},
    {"anyOf": [{"type": "integer"}, {"type": "string", "pattern": "^\\d+$"}]},
    {"allOf": [{"type": ["integer", "string"]}, {"not": {"const": ""}}]},
    {"not": {"type": ["number", "string"]}},
    {
        "type": "object",
        "properties": {"a": {"type": "integer"}, "b": {"type": "string", "maxLength": 2}},
        "required": ["a"],
        "additionalProperties": False,
    },
    {"properties": {"a": {"type": "integer"}}, "additionalProperties": {"type": "string"}},
    {"patternProperties": {"^x": {"type": "integer"}}, "additionalProperties": False},
    {"properties": {"xa": {"type": "string"}}, "patternProperties": {"^x": {"type": "string"}}},
    {"propertyNames": {"maxLength": 2}},
    {"type": "array", "items": {"type": "integer"}, "minItems": 1, "maxItems": 2},
    {"items": {"enum": [1, 2]}},
    {"type": "object", "description": "notes only", "x-enum-varnames": ["A"]},
    {},
]
VALUES = [
    None,
    True,
    False,
    0,
    1,
    5,
    -2,
    1.0,
    2.5,
    float("inf"),
    "",
    "0",
    "1",
    "ab",
    "a-b",
    "abc",
    "x",
    " 7 ",
    "7\n",
    "a@b.co",
    "a@@b",
    "2026-02-28",
    "2026-02-30",
    [],
    [1],
    [1, 2, 3],
    ["1"],
    (1,),
    {},
    {"a": 1},
    {"a": "1"},
    {"a": 1, "b": "xyz"},
    {"a": 1, "c": "s"},
    {"xa": "s"},
    {"xa": 3},
    {"abc": 1},
]


@pytest.mark.parametrize("schema", SCHEMAS, ids=[str(n) for n in range(len(SCHEMAS))])
def test_each_keyword_means_what_fastjsonschema_makes_of_it(schema: dict[str, Any]) -> None:
    check = compile_check(schema, FORMATS)
    for value in VALUES:
        assert check(value) == fastjsonschema_passes(schema, value), value


@pytest.mark.parametrize(
    "schema",
    [{"oneOf": [{"type": "integer"}]}, {"type": "integer", "minimum": 1}, {"items": [{}]}],
)
def test_a_keyword_it_does_not_take_is_refused_not_ignored(schema: dict[str, Any]) -> None:
    with pytest.raises(Unsupported):
        compile_check(schema, FORMATS)


BULK_INVOICE = _closed(
    _inlined(
        {"$ref": "#" + str(request_schema_pointer("addInvoicesBulk", element=True))}, load_spec()
    )
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(FIELDS + UNDOCUMENTED), ODD_VALUES), max_size=4))
def test_whole_invoices_are_judged_as_fastjsonschema_judges_them(
    changes: list[tuple[tuple[str, str], Any]],
) -> None:
    body = mutated(changes)
    assert compile_check(BULK_INVOICE, FORMATS)(body) == fastjsonschema_passes(BULK_INVOICE, body)


def _request_schemas() -> list[tuple[str, Any]]:
    found = []
    for operation_id, (_path, _method, operation) in sorted(operations().items()):
        pointer = request_schema_pointer(operation_id)
        if pointer is None:
            continue
        content = (operation.get("requestBody") or {}).get("content", {})
        example = content.get("application/json", {}).get("example")
        found.append((pointer, example))
    return found


@pytest.mark.parametrize("pointer, example", _request_schemas())
def test_every_request_body_compiles_and_judges_its_example_alike(
    pointer: str, example: Any
) -> None:
    schema = _closed(_inlined({"$ref": "#" + pointer}, load_spec()))
    check = compile_check(schema, FORMATS)
    assert _strict_check(pointer) is not None
    for value in (example, {}, [], None, "x", {"unknown": 1}):
        assert check(value) == fastjsonschema_passes(schema, value), value
