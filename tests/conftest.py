"""Shared fixtures: a fresh sandbox per test, a facade client pointed at it, and ``run``,
which plays one scenario with each client (``Daftra`` and ``AsyncDaftra``)."""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from daftra_facade import AsyncDaftra, Daftra
from daftra_sandbox import Sandbox

DATA = Path(__file__).parent / "data"


def load_data(name: str) -> Any:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="session", autouse=True)
def private_dlt_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """dlt keeps pipelines' saved state in one folder per user (``/var/dlt`` for root);
    the suite keeps its own, so no earlier run on the machine can steer a test. The
    suite sends dlt no telemetry (the library leaves that setting to its users)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DLT_DATA_DIR", str(tmp_path_factory.mktemp("dlt")))
        if "RUNTIME__DLTHUB_TELEMETRY" not in os.environ:
            patch.setenv("RUNTIME__DLTHUB_TELEMETRY", "false")
        yield


@pytest.fixture(autouse=True)
def private_pace_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Clients share what their pace learnt through a folder per user (see
    ``daftra_facade.transport.pace_store``); each test keeps its own, so that no earlier
    test on a sandbox that had the same port can steer it."""
    monkeypatch.setenv("DAFTRA_PACE_DIR", str(tmp_path_factory.mktemp("pace")))


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


def invoice_body(
    client_id: int = 1, *, quantity: float = 1, unit_price: float = 10.0, **invoice: Any
) -> dict[str, Any]:
    """A minimal valid add-invoice body for the sandbox's default seed."""
    return {
        "Invoice": {"client_id": client_id, "currency_code": "USD", **invoice},
        "InvoiceItem": [{"item": "Widget", "unit_price": unit_price, "quantity": quantity}],
    }


Scenario = Callable[[Any], Awaitable[Any]]


class _Done:
    """A sync result made awaitable, so one scenario serves both clients."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def __await__(self) -> Iterator[Any]:
        return self.value
        yield  # pragma: no cover - makes this a generator


class _Awaited:
    """A sync client (or resource) whose calls can be awaited like the async one's."""

    def __init__(self, target: Any) -> None:
        self._target = target

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._target, name)
        if not callable(attribute):
            return _Awaited(attribute)
        return lambda *args, **kwargs: _Done(attribute(*args, **kwargs))


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest, sandbox: Sandbox) -> Callable[[Scenario], Any]:
    """Runs a scenario with a ``Daftra`` or an ``AsyncDaftra`` on the sandbox."""

    def with_client(scenario: Scenario, **settings: Any) -> Any:
        options: dict[str, Any] = {
            "base_url": sandbox.base_url,
            "api_key": sandbox.api_key,
            "max_retries": 0,
            **settings,
        }
        if request.param == "sync":
            with Daftra(**options) as client:
                return asyncio.run(_drive(scenario(_Awaited(client))))

        async def main() -> Any:
            async with AsyncDaftra(**options) as client:
                return await scenario(client)

        return asyncio.run(main())

    return with_client


async def _drive(awaitable: Awaitable[Any]) -> Any:
    return await awaitable


async def every(records: Any) -> list[Any]:
    """Every record of an ``iter()``, from either client."""
    if isinstance(records, _Done):
        records = records.value
    if hasattr(records, "__aiter__"):
        return [record async for record in records]
    return list(records)
