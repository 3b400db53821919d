"""Request bodies are written as the JSON Daftra reads: by orjson where it is installed
(fast), by httpx otherwise, the same values either way."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx
import pytest

from daftra_facade.wire import encoding
from daftra_facade.wire.bodies import JsonBody, as_payload
from daftra_facade.wire.encoding import body_bytes
from daftra_facade.wire.operations import Operation

from ..conftest import invoice_body


def sent(request: dict[str, Any]) -> Any:
    """The JSON value a request built from ``request`` carries."""
    request = {**request, "url": "http://x" + request["url"]}
    return json.loads(httpx.Request(**request).content)


def build(body: Any) -> dict[str, Any]:
    operation = Operation("invoices", "addInvoice")
    return operation.build_request(body=JsonBody(as_payload(body, where="body")))


def test_a_body_carries_the_same_values_whoever_writes_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    body = invoice_body(1, po_number="ÄÖ-١٢٣", unit_price=Decimal("10.10"))
    fast = build(body)
    assert "content" in fast and "json" not in fast
    assert fast["headers"]["Content-Type"] == "application/json"
    monkeypatch.setattr(encoding, "_fast_dumps", lambda: None)  # orjson not installed
    plain = build(body)
    assert "json" in plain and "content" not in plain
    assert sent(fast) == sent(plain) == json.loads(json.dumps(as_payload(body, where="body")))


def test_what_orjson_cannot_write_is_left_to_httpx() -> None:
    assert body_bytes({1: "a key that is not text"}) is None
    assert body_bytes({"huge": 2**70}) is None
    assert body_bytes({"fine": [1, "two", 3.5, None, True]}) == b'{"fine":[1,"two",3.5,null,true]}'
