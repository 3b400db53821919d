"""Checks request bodies against the specification's own schemas before sending.

The schemas come from ``_spec.json``, the copy of ``openapi/daftra.yaml`` that
``scripts/regenerate`` writes next to this module, so the checks always match the spec
the client was generated from. Types are judged the way Daftra's PHP judges them:
numeric strings count as numbers.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

from ._errors import FieldErrors

SPEC_URI = "urn:daftra-python:spec"
_INTEGER_TEXT = re.compile(r"^-?\d+$")
_NUMBER_TEXT = re.compile(r"^-?(\d+(\.\d*)?|\.\d+)$")


@cache
def load_spec() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("_spec.json").read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


def _pointer_escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


@cache
def request_schema_pointer(operation_id: str, *, element: bool = False) -> str | None:
    """JSON pointer to the request body schema of an operation (or of one array element)."""
    for path, item in load_spec()["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or operation.get("operationId") != operation_id:
                continue
            content = operation.get("requestBody", {}).get("content", {})
            if "application/json" not in content:
                return None
            pointer = (
                f"/paths/{_pointer_escape(path)}/{method}/requestBody/content/"
                "application~1json/schema"
            )
            return pointer + "/items" if element else pointer
    return None


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
        return isinstance(value, str) and bool(_INTEGER_TEXT.match(value.strip()))

    def php_number(_checker: Any, value: object) -> bool:
        if isinstance(value, bool):
            return False
        if isinstance(value, int | float):
            return True
        return isinstance(value, str) and bool(_NUMBER_TEXT.match(value.strip()))

    base = jsonschema.Draft202012Validator
    types = base.TYPE_CHECKER.redefine_many({"integer": php_integer, "number": php_number})
    validator_class = jsonschema.validators.extend(base, type_checker=types)  # type: ignore[no-untyped-call]
    registry: Registry[Any] = Registry().with_resource(
        SPEC_URI, Resource.from_contents(load_spec(), default_specification=DRAFT202012)
    )
    return validator_class(
        {"$ref": f"{SPEC_URI}#{pointer}"},
        registry=registry,
        format_checker=base.FORMAT_CHECKER,
    )


def _describe(error: Any) -> tuple[str, str]:
    from jsonschema.exceptions import best_match

    if error.context:
        # For anyOf/oneOf the top message says only "not valid under any"; the closest
        # alternative's complaint names the real problem.
        error = best_match(error.context)
    path = ".".join(str(part) for part in error.absolute_path)
    return path or "<body>", str(error.message)


def body_errors(operation_id: str, payload: object, *, element: bool = False) -> FieldErrors:
    """Field path → reasons for everything in ``payload`` the spec does not allow."""
    pointer = request_schema_pointer(operation_id, element=element)
    if pointer is None:
        return {}
    found: dict[str, tuple[str, ...]] = {}
    for error in _validator(pointer).iter_errors(payload):
        path, message = _describe(error)
        found[path] = (*found.get(path, ()), message)
    return found
