"""The sandbox misbehaves on demand, and the client survives it without duplicates."""

from __future__ import annotations

import contextlib
import json
import random
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest

from daftra_facade import Created, Daftra, JobStore
from daftra_facade.transport.retries import RetryPolicy
from daftra_sandbox import FaultProfile, Sandbox

from ..conftest import invoice_body

BULK = "/invoices/add_bulk.json?send=&client_id=&terminal_id="


def post_bulk(http: httpx.Client, count: int = 2) -> httpx.Response:
    return http.post(BULK, json=[invoice_body(1) for _ in range(count)])


def test_rate_limited_requests_are_refused_with_retry_after(
    sandbox: Sandbox, http: httpx.Client
) -> None:
    sandbox.set_faults(FaultProfile(rate_limited=1.0, retry_after=3))
    answer = post_bulk(http)
    assert answer.status_code == 429 and answer.headers["Retry-After"] == "3"
    assert sandbox.state.count("Invoice") == 0 and sandbox.fault_counts["rate_limited"] == 1


def test_a_drop_before_processing_stores_nothing(sandbox: Sandbox, http: httpx.Client) -> None:
    sandbox.set_faults(FaultProfile(drop_before=1.0))
    with pytest.raises(httpx.TransportError):
        post_bulk(http)
    assert sandbox.state.count("Invoice") == 0


def test_a_drop_after_processing_stores_but_never_answers(
    sandbox: Sandbox, http: httpx.Client
) -> None:
    sandbox.set_faults(FaultProfile(drop_after=1.0))
    with pytest.raises(httpx.TransportError):
        post_bulk(http, 3)
    assert sandbox.state.count("Invoice") == 3


@pytest.mark.parametrize("kind", ["truncated", "malformed"])
def test_garbled_answers_follow_real_processing(
    sandbox: Sandbox, http: httpx.Client, kind: str
) -> None:
    sandbox.set_faults(FaultProfile(**{kind: 1.0}))  # type: ignore[arg-type]
    answer = post_bulk(http)
    with pytest.raises(json.JSONDecodeError):
        json.loads(answer.content)
    assert sandbox.state.count("Invoice") == 2


def test_a_short_bulk_answer_misses_its_last_element(sandbox: Sandbox, http: httpx.Client) -> None:
    sandbox.set_faults(FaultProfile(short_bulk=1.0))
    assert len(post_bulk(http, 3).json()) == 2
    assert sandbox.state.count("Invoice") == 3
    assert http.get("/site_info.json").status_code == 200  # not a bulk request: untouched


def test_server_errors_and_520(sandbox: Sandbox, http: httpx.Client) -> None:
    sandbox.set_faults(FaultProfile(server_error=1.0, seed=3))
    assert {http.get("/site_info.json").status_code for _ in range(20)} <= {500, 502, 503}
    sandbox.set_faults(FaultProfile(nonstandard_status=1.0))
    assert http.get("/site_info.json").status_code == 520


def test_slow_answers_outlast_a_short_timeout(sandbox: Sandbox) -> None:
    sandbox.set_faults(FaultProfile(slow=1.0, slow_seconds=0.5))
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(
            sandbox.base_url + "/api2/site_info.json",
            headers={"apikey": sandbox.api_key},
            timeout=0.1,
        )


def test_latency_is_added_to_every_request(sandbox: Sandbox, http: httpx.Client) -> None:
    sandbox.set_faults(FaultProfile(latency=0.05))
    started = time.monotonic()
    for _ in range(4):
        http.get("/site_info.json")
    assert time.monotonic() - started >= 0.2


def outcomes(sandbox: Sandbox, http: httpx.Client, seed: int) -> list[int]:
    sandbox.set_faults(FaultProfile(server_error=0.25, nonstandard_status=0.25, seed=seed))
    return [http.get("/site_info.json").status_code for _ in range(50)]


def test_the_same_seed_replays_the_same_faults(sandbox: Sandbox, http: httpx.Client) -> None:
    assert outcomes(sandbox, http, 7) == outcomes(sandbox, http, 7)
    assert outcomes(sandbox, http, 7) != outcomes(sandbox, http, 8)


def test_a_mixed_profile_strikes_about_its_rate(sandbox: Sandbox, http: httpx.Client) -> None:
    sandbox.set_faults(FaultProfile.mixed(0.10, seed=11, retry_after=0))
    for _ in range(500):
        with contextlib.suppress(httpx.TransportError):
            http.get("/site_info.json")
    struck = sum(sandbox.fault_counts.values())
    assert 25 <= struck <= 75


@pytest.mark.parametrize("probability", [-0.1, 1.5])
def test_probabilities_are_checked(probability: float) -> None:
    with pytest.raises(ValueError):
        FaultProfile(drop_before=probability)


@pytest.mark.parametrize(
    ("rate", "count", "chunk_size"), [(0.10, 2000, 10), (0.30, 600, 5)], ids=["10%", "30%"]
)
def test_an_import_under_faults_ends_with_every_invoice_exactly_once(
    sandbox: Sandbox, tmp_path: Path, rate: float, count: int, chunk_size: int
) -> None:
    """Every one created, none twice, and the report agrees with the account."""
    sandbox.set_faults(FaultProfile.mixed(rate, seed=2026, retry_after=0))
    records = [invoice_body(1 + n % 2, unit_price=float(n + 1)) for n in range(count)]
    journal = JobStore(tmp_path / "import.sqlite")
    policy = RetryPolicy(attempts=4, base_delay=0.005, max_delay=0.05, rng=random.Random(1))
    with Daftra(
        base_url=sandbox.base_url, api_key=sandbox.api_key, retry_policy=policy, timeout=5
    ) as client:
        for _ in range(6):  # what a run leaves unknown, running the job again settles
            result = client.invoices.bulk_create(  # the sandbox commits at once
                records,
                chunk_size=chunk_size,
                concurrency=4,
                journal=journal,
                settle_window=0.2,
            )
            if result.ok:
                break
    assert result.ok, result.counts
    stored = sandbox.state.all("Invoice")
    assert len(stored) == count
    assert max(Counter(invoice["po_number"] for invoice in stored).values()) == 1
    report = {o.index: o.id for o in result if isinstance(o, Created)}
    by_id = {invoice["id"]: invoice for invoice in stored}
    assert sorted(report.values()) == sorted(by_id)
    assert all(by_id[report[i]]["summary_total"] == float(i + 1) for i in range(count))
    assert sum(sandbox.fault_counts.values()) >= rate * count / chunk_size / 2
