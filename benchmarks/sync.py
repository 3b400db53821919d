"""Loading an account into DuckDB with ``daftra_facade.dlt``.

- ``sync_rows_per_s``: rows written (invoices and their lines) per second by a first run
  over N generated invoices with two lines each, served by a sandbox in its own process
  (live dialect); ``sync_client_cpu_share`` is the loading process's CPU time (its
  threads included) ÷ the run's wall time, ``sync_sandbox_cpu_share`` the same for the
  sandbox's process over the same run. On two cores, a client share below the sandbox's
  means the load is limited by the server it reads, not by the client.
- ``sync_rss_ratio``: peak RSS of a fresh process loading the large listing ÷ that of one
  loading the small one (memory must not grow with the account).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile

from ._harness import sandbox_process

LINES = 2

_SYNC_IN_CHILD = """
import json, os, resource, sys, time
import dlt
from daftra_facade import Daftra
from daftra_facade.dlt import daftra_pipeline, daftra_source
base_url, api_key, work = sys.argv[1], sys.argv[2], sys.argv[3]
started, cpu = time.perf_counter(), time.process_time()
with Daftra(base_url=base_url, api_key=api_key, timeout=120) as client:
    pipeline = daftra_pipeline(dlt.destinations.duckdb(os.path.join(work, "bench.duckdb")),
                               pipelines_dir=os.path.join(work, "pipelines"))
    pipeline.run(daftra_source(client, ["invoices"], page_size=1000))
wall, cpu = time.perf_counter() - started, time.process_time() - cpu
rows = pipeline.last_trace.last_normalize_info.row_counts
print(json.dumps({"wall_s": wall, "cpu_s": cpu, "rows": rows,
                  "peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def _sync(invoices: int) -> dict[str, object]:
    with (
        sandbox_process(virtual_invoices=invoices, lines=LINES, dialect="live") as sandbox,
        tempfile.TemporaryDirectory() as work,
    ):
        served = sandbox.cpu_seconds()
        done = subprocess.run(
            [sys.executable, "-c", _SYNC_IN_CHILD, sandbox.base_url, sandbox.api_key, work],
            capture_output=True, text=True, check=True,
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
    first, second = _sync(small), _sync(large)
    rows = sum(second["rows"].values()) - 1  # type: ignore[attr-defined]  # less dlt's state row
    wall, cpu = float(second["wall_s"]), float(second["cpu_s"])  # type: ignore[arg-type]
    served = float(second["sandbox_cpu_s"])  # type: ignore[arg-type]
    small_rss, large_rss = int(first["peak_kib"]), int(second["peak_kib"])  # type: ignore[call-overload]
    return {
        "sync_invoices": large,
        "sync_rows": rows,
        "sync_s": wall,
        "sync_rows_per_s": rows / wall,
        "sync_invoices_per_s": large / wall,
        "sync_client_cpu_share": cpu / wall,
        "sync_sandbox_cpu_share": served / wall,
        "sync_rss_small_invoices": small,
        "sync_rss_small_mib": small_rss / 1024,
        "sync_rss_large_mib": large_rss / 1024,
        "sync_rss_ratio": large_rss / small_rss,
    }
