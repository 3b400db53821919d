"""Shared fixtures: a fresh sandbox per test and a facade client pointed at it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from daftra_facade import Daftra
from daftra_sandbox import Sandbox

DATA = Path(__file__).parent / "data"


def load_data(name: str) -> Any:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as running:
        yield running


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[Daftra]:
    """A client that does not retry, so each test sees the first answer (retries have
    their own tests)."""
    with Daftra(
        base_url=sandbox.base_url, api_key=sandbox.api_key, timeout=5, max_retries=0
    ) as daftra:
        yield daftra


@pytest.fixture
def http(sandbox: Sandbox) -> Iterator[httpx.Client]:
    """A plain httpx client for the sandbox's v1 API, with its key."""
    with httpx.Client(
        base_url=sandbox.base_url + "/api2", headers={"apikey": sandbox.api_key}, timeout=5
    ) as session:
        yield session


def invoice_body(client_id: int = 1, *, quantity: float = 1, unit_price: float = 10.0,
                 **invoice: Any) -> dict[str, Any]:
    """A minimal valid add-invoice body for the sandbox's default seed."""
    return {
        "Invoice": {"client_id": client_id, "currency_code": "USD", **invoice},
        "InvoiceItem": [{"item": "Widget", "unit_price": unit_price, "quantity": quantity}],
    }
