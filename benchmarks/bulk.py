"""Bulk creation against a sandbox with injected latency.

- ``bulk_vs_naive``: a loop of single creates ÷ ``bulk_create`` of as many invoices.
- ``bulk_vs_raw`` (the goal, ≤ 1.10): ``bulk_create`` time ÷ the time of a hand-written
  httpx thread pool posting the same chunks to the same sandbox with the same
  concurrency and reading each answer with ``json.loads`` (no checks, no outcomes).
- ``bulk_vs_ideal``: the ideal pipeline time ÷ ``bulk_create`` time, where the ideal is
  requests * (latency + the sandbox's own mean service time per request) ÷ concurrency.
"""

from __future__ import annotations

import json
import os
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

from daftra_facade import Daftra

from ._harness import sandbox_process, seconds

LATENCY = float(os.environ.get("BENCH_LATENCY", "0.020"))
CHUNK_SIZE = 50
CONCURRENCY = 8
BULK_REPETITIONS = 3  # the median is reported


def _invoice(number: int) -> dict[str, Any]:
    return {
        "Invoice": {
            "client_id": 1 + number % 2,
            "currency_code": "USD",
            "po_number": f"BENCH-{number}",
        },
        "InvoiceItem": [{"item": "Widget", "unit_price": 10 + number % 7, "quantity": 2}],
    }


def _raw_pool(base_url: str, api_key: str, records: list[dict[str, Any]]) -> int:
    """What a careful hand-written client does: chunks posted by a thread pool."""
    chunks = [records[i : i + CHUNK_SIZE] for i in range(0, len(records), CHUNK_SIZE)]
    with (
        httpx.Client(
            base_url=base_url + "/api2",
            headers={"apikey": api_key},
            limits=httpx.Limits(max_connections=CONCURRENCY),
            timeout=60,
        ) as http,
        ThreadPoolExecutor(CONCURRENCY) as pool,
    ):

        def post(chunk: list[dict[str, Any]]) -> int:
            answer = json.loads(http.post("/invoices/add_bulk.json", json=chunk).content)
            return sum(element.get("result") == "successful" for element in answer)

        return sum(pool.map(post, chunks))


def run(quick: bool) -> dict[str, float]:
    bulk_count = 2_000 if quick else 10_000
    naive_count = 200 if quick else 10_000
    with (
        sandbox_process(latency=LATENCY) as sandbox,
        Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client,
    ):
        client.invoices.bulk_create([_invoice(n) for n in range(100)])  # warm up
        runs = []  # (bulk seconds, ideal seconds, raw pool seconds) of each repetition
        for repetition in range(BULK_REPETITIONS):
            # The same number of records each way, taking turns, on the same sandbox.
            first = 2 * repetition * bulk_count
            raw_records = [_invoice(first + n) for n in range(bulk_count)]
            records = [_invoice(first + bulk_count + n) for n in range(bulk_count)]
            created: list[int] = []
            raw_s = seconds(
                lambda records=raw_records, created=created: created.append(
                    _raw_pool(sandbox.base_url, sandbox.api_key, records)
                )
            )
            assert created == [bulk_count], created
            sandbox.reset()
            # The PO numbers are unique by construction: no lookup before or after sending
            # (that pre-check costs two lookups a record; the raw pool makes none).
            bulk_s = seconds(
                lambda records=records: client.invoices.bulk_create(
                    records, chunk_size=CHUNK_SIZE, concurrency=CONCURRENCY, allow_duplicates=True
                ).raise_for_failures()
            )
            stats = sandbox.stats()
            service_s = stats["service_s"] / stats["requests"]
            ideal_s = stats["requests"] * (LATENCY + service_s) / CONCURRENCY
            runs.append((bulk_s, ideal_s, raw_s))
        naive = [_invoice(n) for n in range(naive_count)]
        naive_s = seconds(lambda: [client.invoices.create(record) for record in naive])
    naive_s *= bulk_count / naive_count  # per-invoice cost scaled to the bulk size
    bulk_s, ideal_s, _ = sorted(runs)[len(runs) // 2]  # the median repetition
    raw_s = sorted(run[2] for run in runs)[len(runs) // 2]
    return {
        "bulk_invoices": bulk_count,
        "bulk_repetitions": BULK_REPETITIONS,
        "bulk_s": bulk_s,
        "naive_invoices_timed": naive_count,
        "naive_s": naive_s,
        "bulk_vs_naive": naive_s / bulk_s,
        "bulk_raw_pool_s": raw_s,
        "bulk_vs_raw": bulk_s / raw_s,
        "bulk_ideal_s": ideal_s,
        "bulk_vs_ideal": ideal_s / bulk_s,
    }
