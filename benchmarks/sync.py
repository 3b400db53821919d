"""Loading an account into DuckDB with ``daftra_facade.dlt``.

- ``sync_rows_per_s``: rows written (invoices and their lines) per second by a first run
  over N generated invoices with two lines each, served by a sandbox in its own process
  (live dialect); ``sync_client_cpu_share`` is the loading process's CPU time (its
  threads included) ÷ the run's wall time, ``sync_sandbox_cpu_share`` the same for the
  sandbox's process over the same run.
- ``sync_read_*``: the same for the run's first step alone, reading the account (dlt's
  extract; the sandbox works only then): ``sync_read_client_cpu_share`` below
  ``sync_read_sandbox_cpu_share`` means reading is limited by the server, not by the
  client. ``sync_write_s`` is the rest: handing the files to DuckDB and loading them.
- ``sync_read_vs_fetch``: that reading step's wall time ÷ the time to only fetch and
  decode the same pages (``sync_fetch_s``, another process, a fresh sandbox): near 1, the
  source's own work (digests, Arrow tables, files) hides behind the wait for pages.
- ``sync_rss_ratio``: peak RSS of a fresh process loading the large listing ÷ that of one
  loading the small one (memory must not grow with the account). Each size is run three
  times and the median peak taken: one run's peak moves by up to 20 MiB with the moment
  DuckDB checkpoints; ``sync_rss_*_range_mib`` give the spread. ``sync_read_rss_ratio``
  is the same for the peak reached by the end of the reading step, before DuckDB opens:
  the memory of the source itself. What DuckDB adds while loading grows with the table:
  it writes each load file as a small row group and, at checkpoints, merges runs of them
  into full ones (its vacuum), holding the rows it merges.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile

from ._harness import sandbox_process

LINES = 2
# Invoices a page, for the sync and for its baseline of fetching alone.
PAGE_SIZE = 1000

_SYNC_IN_CHILD = """
import json, os, resource, sys, time
os.environ.setdefault("RUNTIME__DLTHUB_TELEMETRY", "false")  # a benchmark reports to no one
from daftra_facade import Daftra
from daftra_facade.dlt import daftra_pipeline, daftra_source
base_url, api_key, work, page_size = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
started, cpu = time.perf_counter(), time.process_time()
with Daftra(base_url=base_url, api_key=api_key, timeout=120) as client:
    pipeline = daftra_pipeline(os.path.join(work, "bench.duckdb"),
                               pipelines_dir=os.path.join(work, "pipelines"))
    # pipeline.run's three steps, timed apart: only the first reads from the sandbox.
    pipeline.extract(daftra_source(client, ["invoices"], page_size=page_size))
    read_wall, read_cpu = time.perf_counter() - started, time.process_time() - cpu
    read_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rows = pipeline.normalize().row_counts
    pipeline.load()
wall, cpu = time.perf_counter() - started, time.process_time() - cpu
print(json.dumps({"wall_s": wall, "cpu_s": cpu, "read_wall_s": read_wall,
                  "read_cpu_s": read_cpu, "rows": rows, "read_peak_kib": read_peak,
                  "peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""

# The baseline of the reading step: the same pages fetched and decoded, nothing done with them.
_FETCH_IN_CHILD = """
import sys, time
from daftra_facade import Daftra
base_url, api_key, page_size = sys.argv[1], sys.argv[2], int(sys.argv[3])
with Daftra(base_url=base_url, api_key=api_key, timeout=120) as client:
    started = time.perf_counter()
    for page in client.invoices.dict_pages(limit=page_size, recursive=1):
        pass
print(time.perf_counter() - started)
"""


def _fetch(invoices: int) -> float:
    """Seconds to fetch (and decode) the pages of ``invoices`` generated invoices."""
    with sandbox_process(virtual_invoices=invoices, lines=LINES, dialect="live") as sandbox:
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                _FETCH_IN_CHILD,
                sandbox.base_url,
                sandbox.api_key,
                str(PAGE_SIZE),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
    return float(done.stdout.strip().splitlines()[-1])


def _sync(invoices: int) -> dict[str, object]:
    with (
        sandbox_process(virtual_invoices=invoices, lines=LINES, dialect="live") as sandbox,
        tempfile.TemporaryDirectory() as work,
    ):
        served = sandbox.cpu_seconds()
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                _SYNC_IN_CHILD,
                sandbox.base_url,
                sandbox.api_key,
                work,
                str(PAGE_SIZE),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        # The sandbox idles while the child starts and imports, so all of this is the run's.
        served = sandbox.cpu_seconds() - served
    measured: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    measured["sandbox_cpu_s"] = served
    rows = measured["rows"]
    assert isinstance(rows, dict), rows
    assert rows.get("invoices") == invoices, rows
    assert rows.get("invoices__items") == invoices * LINES, rows
    return measured


def run(quick: bool) -> dict[str, float]:
    small, large = (1_000, 5_000) if quick else (10_000, 100_000)
    repeats = 1 if quick else 3
    smalls = [_sync(small) for _ in range(repeats)]
    larges = [_sync(large) for _ in range(repeats)]
    fetch_s = _fetch(large)
    first = _median_run(smalls, "peak_kib")
    second = _median_run(larges, "peak_kib")
    rows = sum(second["rows"].values()) - 1  # type: ignore[attr-defined]  # less dlt's state row
    wall, cpu = float(second["wall_s"]), float(second["cpu_s"])  # type: ignore[arg-type]
    served = float(second["sandbox_cpu_s"])  # type: ignore[arg-type]
    read_wall = float(second["read_wall_s"])  # type: ignore[arg-type]
    read_cpu = float(second["read_cpu_s"])  # type: ignore[arg-type]
    small_rss, large_rss = int(first["peak_kib"]), int(second["peak_kib"])  # type: ignore[call-overload]
    small_read = int(_median_run(smalls, "read_peak_kib")["read_peak_kib"])  # type: ignore[call-overload]
    large_read = int(_median_run(larges, "read_peak_kib")["read_peak_kib"])  # type: ignore[call-overload]
    return {
        "sync_invoices": large,
        "sync_rows": rows,
        "sync_s": wall,
        "sync_rows_per_s": rows / wall,
        "sync_invoices_per_s": large / wall,
        "sync_client_cpu_share": cpu / wall,
        "sync_sandbox_cpu_share": served / wall,
        "sync_read_s": read_wall,
        "sync_read_client_cpu_share": read_cpu / read_wall,
        "sync_read_sandbox_cpu_share": served / read_wall,
        "sync_fetch_s": fetch_s,
        "sync_read_vs_fetch": read_wall / fetch_s,
        "sync_write_s": wall - read_wall,
        "sync_rss_small_invoices": small,
        "sync_rss_small_mib": small_rss / 1024,
        "sync_rss_large_mib": large_rss / 1024,
        "sync_rss_ratio": large_rss / small_rss,
        "sync_read_rss_small_mib": small_read / 1024,
        "sync_read_rss_large_mib": large_read / 1024,
        "sync_read_rss_ratio": large_read / small_read,
        "sync_rss_small_range_mib": _spread(smalls),
        "sync_rss_large_range_mib": _spread(larges),
    }


def _median_run(runs: list[dict[str, object]], figure: str) -> dict[str, object]:
    """The run whose ``figure`` (a peak in KiB) is the median of ``runs``."""
    return sorted(runs, key=lambda measured: int(measured[figure]))[len(runs) // 2]  # type: ignore[call-overload]


def _spread(runs: list[dict[str, object]]) -> float:
    peaks = [int(measured["peak_kib"]) for measured in runs]  # type: ignore[call-overload]
    return (max(peaks) - min(peaks)) / 1024
