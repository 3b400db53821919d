"""The bundled specification: loaded once, with its operations indexed by operationId.

``_spec.json`` is the copy of ``openapi/`` that ``scripts/regenerate`` writes next to
this module, so everything read from it matches the generated client.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_spec() -> dict[str, Any]:
    """The whole specification as JSON."""
    # Named by package, not __package__: the bundled file stays at the package's top
    # wherever this module lives.
    text = resources.files("daftra_facade").joinpath("_spec.json").read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


def pointer_escape(token: str) -> str:
    """One JSON-pointer token (``/`` and ``~`` escaped)."""
    return token.replace("~", "~0").replace("/", "~1")


def resolve(reference: str) -> Any:
    """What a local ``$ref`` (``#/components/schemas/Invoice``) points at."""
    target: Any = load_spec()
    for token in reference.removeprefix("#/").split("/"):
        target = target[token.replace("~1", "/").replace("~0", "~")]
    return target


@cache
def operations() -> Mapping[str, tuple[str, str, Mapping[str, Any]]]:
    """operationId → (path, method, operation object)."""
    found: dict[str, tuple[str, str, Mapping[str, Any]]] = {}
    for path, item in load_spec()["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, Mapping) and "operationId" in operation:
                found[operation["operationId"]] = (path, method, operation)
    return found


def request_schema_pointer(operation_id: str, *, element: bool = False) -> str | None:
    """JSON pointer to the request body schema of an operation (or of one array element)."""
    known = operations().get(operation_id)
    if known is None:
        return None
    path, method, operation = known
    if "application/json" not in (operation.get("requestBody") or {}).get("content", {}):
        return None
    pointer = f"/paths/{pointer_escape(path)}/{method}/requestBody/content/application~1json/schema"
    return pointer + "/items" if element else pointer
