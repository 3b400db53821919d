"""Requests, answers, and the route table built from the specification's paths."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import parse_qs, urlsplit

import attrs

from daftra_facade.spec import bundled_spec

_HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@attrs.define
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: Mapping[str, str]
    body: bytes
    path_params: dict[str, str] = attrs.field(factory=dict)

    def param(self, name: str) -> str | None:
        """The first value of a query parameter (``name`` or ``name[]``)."""
        values = self.query.get(name) or self.query.get(f"{name}[]")
        return values[0] if values else None

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))


@attrs.define
class Answer:
    status: int
    body: object
    headers: dict[str, str] = attrs.field(factory=dict)

    def encode(self) -> bytes:
        return json.dumps(self.body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def failed(status: int, message: str, validation_errors: Mapping[str, str] | None = None) -> Answer:
    """Daftra's v1 error body."""
    body: dict[str, Any] = {"result": "failed", "code": status, "message": message}
    if validation_errors:
        body["validation_errors"] = dict(validation_errors)
    return Answer(status, body)


def parse_target(target: str) -> tuple[str, dict[str, list[str]]]:
    parts = urlsplit(target)
    return parts.path, parse_qs(parts.query, keep_blank_values=True)


Handler = Callable[[Request], Answer]


@attrs.frozen
class Route:
    method: str
    pattern: re.Pattern[str]
    template: str
    operation_id: str
    literal_segments: int
    address: str = ""


def _compile(prefix: str, template: str) -> tuple[re.Pattern[str], int]:
    pieces = re.split(r"(\{[^}]+\})", template)
    regex = "".join(
        f"(?P<{piece[1:-1]}>[^/]+?)" if piece.startswith("{") else re.escape(piece)
        for piece in pieces
    )
    literal = sum(1 for segment in template.split("/") if segment and "{" not in segment)
    return re.compile(f"^{re.escape(prefix)}{regex}$"), literal


def _server_path(servers: object, fallback: str) -> str:
    if isinstance(servers, list) and servers and isinstance(servers[0], Mapping):
        url = str(servers[0].get("url", ""))
        return urlsplit(url.replace("{subdomain}", "sandbox")).path.rstrip("/")
    return fallback


def _literal_length(template: str) -> int:
    return len(re.sub(r"\{[^}]+\}", "", template))


class Router:
    """Maps (method, path) to an operationId using every path in the specification."""

    def __init__(self, spec: Mapping[str, Any] | None = None) -> None:
        spec = spec or bundled_spec()
        default_prefix = _server_path(spec.get("servers"), "")
        routes: list[Route] = []
        for template, item in spec.get("paths", {}).items():
            prefix = _server_path(item.get("servers"), default_prefix)
            for method in _HTTP_METHODS:
                operation = item.get(method)
                if isinstance(operation, Mapping) and operation.get("operationId"):
                    pattern, literal = _compile(prefix, template)
                    routes.append(
                        Route(
                            method.upper(),
                            pattern,
                            template,
                            operation["operationId"],
                            literal,
                            prefix + template,
                        )
                    )
        # A literal segment beats a parameter: /invoices/add_bulk.json is not /invoices/{id}.json;
        # then more literal text wins: le_workflow-type-entity-{id} is not just any {entity}.
        routes.sort(key=lambda route: (-route.literal_segments, -_literal_length(route.template)))
        self.routes = routes

    def address_of(self, operation_id: str) -> str:
        """The path an operation is served at (its template, parameters unfilled), or ""
        for an operation the spec does not have."""
        return next((r.address for r in self.routes if r.operation_id == operation_id), "")

    def match(self, method: str, path: str) -> tuple[Route | None, dict[str, str], bool]:
        """(route, path parameters, whether the path exists under another method)."""
        path_known = False
        for route in self.routes:
            found = route.pattern.match(path)
            if found is None:
                continue
            if route.method == method:
                return route, found.groupdict(), True
            path_known = True
        return None, {}, path_known
