"""Garbled answers: a read answered with a body that is not JSON (cut short, an HTML page
with status 200, a false ``Content-Encoding`` over something that is not JSON either) is
asked again like a 5xx, then raised as a typed error; a create whose answer is garbled
is settled by its reference, never sent again blindly. A plain JSON body under a false
``Content-Encoding: gzip`` (a PHP host compressing twice, on every answer) is read as
it is."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from daftra_facade import Daftra, UnparseableResponseError
from daftra_facade.cli import main
from daftra_facade.transport.retries import RetryPolicy
from daftra_facade.wire.answers import UNDECODABLE_ENCODING
from daftra_sandbox import FaultProfile, Sandbox

from ..conftest import every, invoice_body

FAST = RetryPolicy(attempts=3, base_delay=0.01, rng=random.Random(3))

# (content type, body, extra headers) of each way a 200 can be garbled.
GARBLED: dict[str, tuple[str, bytes, dict[str, str]]] = {
    "truncated": ("application/json", b'{"data": [{"id": "1", "na', {}),
    "malformed": ("text/html", b"<html><body>Something went wrong</body></html>", {}),
    "gzip_over_html": ("text/html", b"<html>busy</html>", {"Content-Encoding": "gzip"}),
}


def garble(sandbox: Sandbox, kind: str, times: int, **where: Any) -> None:
    content_type, body, headers = GARBLED[kind]
    sandbox.inject(200, body, content_type=content_type, headers=headers, times=times, **where)


@pytest.mark.parametrize("kind", sorted(GARBLED))
def test_a_garbled_read_is_asked_again_and_then_succeeds(
    run: Callable[..., Any], sandbox: Sandbox, kind: str
) -> None:
    garble(sandbox, kind, times=2, path_contains="site_info")

    async def scenario(client: Any) -> None:
        assert (await client.site.get()).subdomain

    run(scenario, retry_policy=FAST)
    statuses = [status for _, path, status in sandbox.request_log if "site_info" in path]
    assert statuses == [200, 200, 200]  # two garbled, then the real answer


@pytest.mark.parametrize("kind", sorted(GARBLED))
def test_a_read_garbled_past_the_budget_raises_a_typed_error(
    run: Callable[..., Any], sandbox: Sandbox, kind: str
) -> None:
    garble(sandbox, kind, times=5, path_contains="site_info")

    async def scenario(client: Any) -> UnparseableResponseError:
        with pytest.raises(UnparseableResponseError) as raised:
            await client.site.get()
        return raised.value

    error = run(scenario, retry_policy=FAST)
    assert error.status == 200 and error.response is not None
    assert error.response.content == GARBLED[kind][1]  # the bytes as they came
    assert len(sandbox.request_log) == FAST.attempts
    if kind == "gzip_over_html":
        assert error.response.extensions[UNDECODABLE_ENCODING] == "gzip"
        assert "labelled Content-Encoding 'gzip' but not so encoded" in str(error)


@pytest.mark.parametrize("kind", sorted(GARBLED))
def test_a_create_with_a_garbled_answer_is_settled_by_its_reference_not_resent(
    run: Callable[..., Any], sandbox: Sandbox, kind: str
) -> None:
    garble(sandbox, kind, times=1, operation="addInvoice", process=True)

    async def scenario(client: Any) -> int:
        return int(await client.invoices.create(invoice_body(1)))

    created = run(scenario, retry_policy=FAST)
    assert [invoice["id"] for invoice in sandbox.state.all("Invoice")] == [created]
    posts = [path for method, path, _ in sandbox.request_log if method == "POST"]
    assert len(posts) == 1


def garbled_reads(rate: float, seed: int) -> FaultProfile:
    """``rate`` of all GET requests garbled, evenly over the three kinds; writes spared."""
    share = rate / 3
    return FaultProfile(
        truncated=share, malformed=share, gzip_lie=share, only_methods=("GET",), seed=seed
    )


def test_iteration_under_garbled_reads_yields_every_record_once(
    run: Callable[..., Any], sandbox: Sandbox
) -> None:
    for number in range(300):
        sandbox.add_invoice(invoice_body(1, unit_price=float(number + 1)))
    sandbox.set_faults(garbled_reads(0.05, seed=11))
    retry = RetryPolicy(attempts=6, base_delay=0.01, rng=random.Random(5))

    async def scenario(client: Any) -> list[int]:
        return [int(invoice.id) for invoice in await every(client.invoices.iter(limit=5))]

    ids = run(scenario, retry_policy=retry)
    assert sorted(ids) == sorted(invoice["id"] for invoice in sandbox.state.all("Invoice"))
    assert sum(sandbox.fault_counts.values()) >= 3  # 60 pages, 5%: faults did strike


def test_an_export_under_garbled_reads_writes_every_record_once(
    sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("DAFTRA_API_KEY", "DAFTRA_SUBDOMAIN", "DAFTRA_BASE_URL", "DAFTRA_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    for number in range(200):
        sandbox.add_invoice(invoice_body(1 + number % 2, unit_price=float(number + 1)))
    sandbox.set_faults(garbled_reads(0.05, seed=4))
    output = tmp_path / "invoices.jsonl"

    status = main(
        [
            "--base-url",
            sandbox.base_url,
            "--api-key",
            sandbox.api_key,
            "invoices",
            "export",
            "--output",
            str(output),
            "--page-size",
            "4",
            "--quiet",
        ]
    )

    ids = [json.loads(line)["Invoice"]["id"] for line in output.read_text().splitlines()]
    assert status == 0
    assert sorted(ids) == sorted(invoice["id"] for invoice in sandbox.state.all("Invoice"))
    assert sum(sandbox.fault_counts.values()) >= 2


def test_a_host_labelling_every_plain_answer_gzip_is_read_as_it_is(
    run: Callable[..., Any], sandbox: Sandbox
) -> None:
    sandbox.set_faults(FaultProfile(gzip_lie=1.0))  # every answer, as a misconfigured host

    async def scenario(client: Any) -> list[int]:
        assert (await client.site.get()).subdomain
        created = int(await client.invoices.create(invoice_body(1)))
        assert [int(i.id) for i in await every(client.invoices.iter(limit=5))] == [created]
        return [created]

    assert run(scenario, max_retries=0) == [1]
    assert sandbox.fault_counts["gzip_lie"] == 3
    assert [method for method, _, _ in sandbox.request_log] == ["GET", "POST", "GET"]


def test_without_retries_a_garbled_read_is_a_typed_error_not_an_httpx_one(
    sandbox: Sandbox,
) -> None:
    garble(sandbox, "gzip_over_html", times=1, path_contains="site_info")
    with Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key, max_retries=0) as client:
        with pytest.raises(UnparseableResponseError):
            client.site.get()
        assert client.site.get().subdomain  # the next call reads the real answer
