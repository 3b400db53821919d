"""How long a fresh interpreter takes to import the facade and make its first call.

Each figure is the median of several fresh interpreters, next to the baseline of an
interpreter that imports nothing, measured in the same run.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

from daftra_sandbox import Sandbox

FIRST_CALL = """
import sys, time
started = time.perf_counter()
from daftra_facade import Daftra
with Daftra(base_url=sys.argv[1], api_key=sys.argv[2]) as client:
    client.invoices.list(limit=1)
print(time.perf_counter() - started)
"""
IMPORT_ONLY = """
import time
started = time.perf_counter()
import daftra_facade
print(time.perf_counter() - started)
"""
BASELINE = """
import time
started = time.perf_counter()
print(time.perf_counter() - started)
"""


def _median_seconds(code: str, *args: str, runs: int) -> float:
    samples = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
        )
        samples.append(float(done.stdout.strip()))
    return statistics.median(samples)


def run(quick: bool) -> dict[str, float]:
    runs = 3 if quick else 7
    started = time.perf_counter()
    with Sandbox() as sandbox:
        figures = {
            "interpreter_baseline_s": _median_seconds(BASELINE, runs=runs),
            "import_s": _median_seconds(IMPORT_ONLY, runs=runs),
            "first_call_s": _median_seconds(
                FIRST_CALL, sandbox.base_url, sandbox.api_key, runs=runs
            ),
        }
    figures["startup_bench_wall_s"] = time.perf_counter() - started
    return figures
