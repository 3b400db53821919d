"""Iterating a large listing, answered in the live dialect (numbers as text, zero dates).

- ``iter_vs_raw``: wall time of ``client.invoices.iter()`` over N records ÷ a hand-written
  loop of raw httpx requests and ``orjson.loads`` over the same pages, against a sandbox
  with latency; ``iter_vs_raw_busy`` the same with a second process keeping one core busy.
  The facade decodes every row from the spec (ids to int, amounts to Decimal, …) and
  builds its model; the raw loop does neither.
- ``iter_cpu_vs_raw``: the client process's own CPU time per row of ``iter()`` ÷ that of
  the raw loop over the same pages (each the median of three turns taken alternately),
  which other processes loading the machine do not change.
- ``decode_us_per_row``: the decoding step alone, per invoice row of a live page
  (microseconds), ``parse_us_per_row``: decoding plus the generated model the general way,
  and ``rows_us_per_row``: a row's main record read straight into its model (what
  ``iter()`` does).
- ``iter_rss_ratio``: peak RSS of a fresh process iterating a large listing ÷ peak RSS of
  one iterating a small one (memory must not grow with the listing).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import httpx
import orjson

from daftra_facade import Daftra
from daftra_facade.wire.decoding import decode_answer, rows_node
from daftra_facade.wire.model_rows import row_reader
from daftra_facade.wire.operations import Operation

from ._harness import busy_core, cpu_seconds, median, sandbox_process, seconds

LATENCY = float(os.environ.get("BENCH_LATENCY", "0.020"))
PAGE = 100

_ITERATE_IN_CHILD = """
import resource, sys
from daftra_facade import Daftra
from daftra_facade.wire.decoding import decode_answer
from daftra_facade.wire.operations import Operation
base_url, api_key, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
with Daftra(base_url=base_url, api_key=api_key, timeout=60) as client:
    count = sum(1 for _ in client.invoices.iter(limit=limit))
print(count, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _raw_loop(base_url: str, api_key: str) -> int:
    seen = 0
    with httpx.Client(base_url=base_url + "/api2", headers={"apikey": api_key}) as http:
        page = 1
        while True:
            body = orjson.loads(
                http.get("/invoices.json", params={"page": page, "limit": PAGE}).content
            )
            if not body["data"]:
                return seen
            seen += len(body["data"])
            if page >= int(body["pagination"]["page_count"]):  # a string, live
                return seen
            page += 1


def _facade_loop(base_url: str, api_key: str) -> int:
    with Daftra(base_url=base_url, api_key=api_key) as client:
        return sum(1 for _ in client.invoices.iter(limit=PAGE))


def _peak_rss_kib(records: int) -> int:
    with sandbox_process(virtual_invoices=records) as sandbox:
        done = subprocess.run(
            [sys.executable, "-c", _ITERATE_IN_CHILD, sandbox.base_url, sandbox.api_key, "1000"],
            capture_output=True,
            text=True,
            check=True,
        )
    count, peak = (int(word) for word in done.stdout.split())
    assert count == records, (count, records)
    return peak


def _per_row_costs(base_url: str, api_key: str) -> tuple[float, float, float]:
    """Microseconds per invoice row: decoding alone, decoding plus the model the general
    way, and the record read straight into its model."""
    with httpx.Client(base_url=base_url + "/api2", headers={"apikey": api_key}) as http:
        response = http.get("/invoices.json", params={"page": 1, "limit": PAGE})
    data = json.loads(response.content)
    rows = len(data["data"])
    operation = Operation("invoices", "listInvoices")
    reader = row_reader(rows_node("listInvoices", ("data",)))
    assert reader is not None
    rounds = 20
    decode_s = seconds(lambda: [decode_answer("listInvoices", 200, data) for _ in range(rounds)])
    parse_s = seconds(lambda: [operation.parse(response, data) for _ in range(rounds)])
    rows_s = seconds(lambda: [[reader.record(row) for row in data["data"]] for _ in range(rounds)])
    per_row = 1e6 / rounds / rows
    return decode_s * per_row, parse_s * per_row, rows_s * per_row


def _wall_ratio(base_url: str, api_key: str, records: int) -> tuple[float, float]:
    """Wall seconds of the raw loop and of ``iter()``, one after the other."""
    counts: list[int] = []
    raw_s = seconds(lambda: counts.append(_raw_loop(base_url, api_key)))
    facade_s = seconds(lambda: counts.append(_facade_loop(base_url, api_key)))
    assert counts == [records, records], counts
    return raw_s, facade_s


def _cpu_per_row(base_url: str, api_key: str, records: int) -> tuple[float, float]:
    """Client CPU microseconds per row of the raw loop and of ``iter()``: the median of
    three turns each, taken alternately so that both meet the same machine."""
    raw: list[float] = []
    facade: list[float] = []
    for _ in range(3):
        raw.append(cpu_seconds(lambda: _raw_loop(base_url, api_key)))
        facade.append(cpu_seconds(lambda: _facade_loop(base_url, api_key)))
    return median(raw) / records * 1e6, median(facade) / records * 1e6


def run(quick: bool) -> dict[str, float]:
    records = 10_000 if quick else 100_000
    with sandbox_process(latency=LATENCY, virtual_invoices=records) as sandbox:
        address = (sandbox.base_url, sandbox.api_key)
        _facade_loop(*address)  # warm up: the models and builders are made once
        raw_s, facade_s = _wall_ratio(*address, records)
        with busy_core():
            busy_raw_s, busy_facade_s = _wall_ratio(*address, records)
        raw_cpu, facade_cpu = _cpu_per_row(*address, records)
        decode_us, parse_us, rows_us = _per_row_costs(*address)
    small, large = (10_000, 100_000) if quick else (10_000, 1_000_000)
    small_rss, large_rss = _peak_rss_kib(small), _peak_rss_kib(large)
    return {
        "iter_records": records,
        "iter_raw_s": raw_s,
        "iter_facade_s": facade_s,
        "iter_vs_raw": facade_s / raw_s,
        "iter_vs_raw_busy": busy_facade_s / busy_raw_s,
        "iter_raw_cpu_us_per_row": raw_cpu,
        "iter_cpu_us_per_row": facade_cpu,
        "iter_cpu_vs_raw": facade_cpu / raw_cpu,
        "decode_us_per_row": decode_us,
        "parse_us_per_row": parse_us,
        "rows_us_per_row": rows_us,
        "iter_rss_small_records": small,
        "iter_rss_large_records": large,
        "iter_rss_small_mib": small_rss / 1024,
        "iter_rss_large_mib": large_rss / 1024,
        "iter_rss_ratio": large_rss / small_rss,
    }
