"""Validation of JSON against the spec's schemas, shared by the contract tests."""

from __future__ import annotations

from functools import cache
from typing import Any

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from daftra_facade.wire.decoding import DecodeFailure, decode_answer
from daftra_facade.wire.specification import load_spec

SPEC_URI = "urn:test:spec"


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def operation(operation_id: str) -> tuple[str, str, dict[str, Any]]:
    for path, item in load_spec()["paths"].items():
        for method, candidate in item.items():
            if isinstance(candidate, dict) and candidate.get("operationId") == operation_id:
                return path, method, candidate
    raise KeyError(operation_id)


@cache
def _registry() -> Registry[Any]:
    return Registry().with_resource(
        SPEC_URI, Resource.from_contents(load_spec(), default_specification=DRAFT202012)
    )


@cache
def _validator(pointer: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        {"$ref": f"{SPEC_URI}#{pointer}"},
        registry=_registry(),
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )


def response_errors(operation_id: str, status: int, body: object) -> list[str]:
    """Every way ``body``, as the client reads it, breaks the schema documented for
    ``status`` (no schema: an error).

    The sandbox answers in the live dialect (numbers as text, zero dates, ``[]`` for
    empty objects), which no documented schema describes; what must hold is that the
    client's decoding (:mod:`daftra_facade.wire.decoding`) turns it into the documented shape.
    """
    try:
        body = decode_answer(operation_id, status, body)
    except DecodeFailure as failure:
        return [f"unreadable: {failure}"]
    path, method, found = operation(operation_id)
    responses = found["responses"]
    if str(status) not in responses:
        return [f"status {status} is not documented for {operation_id}"]
    pointer = f"/paths/{_escape(path)}/{method}/responses/{status}"
    response = responses[str(status)]
    if "$ref" in response:
        pointer = response["$ref"].removeprefix("#")
    validator = _validator(f"{pointer}/content/application~1json/schema")
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(body)]
