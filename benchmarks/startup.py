"""How long a fresh interpreter takes to import the facade and make its first call, and
how long the ``daftra`` command takes to answer ``--version`` and ``--help``.

Each figure is the median of several fresh interpreters, next to the baseline of an
interpreter that imports nothing, measured in the same run. The command's figures
(``cli_*_s``) are what it takes beyond that bare interpreter (``python -c pass``), each
process timed whole, from its start to its exit.
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


# The command lines timed, by figure, each against `python -c pass`.
COMMANDS = {
    "cli_version_s": ["--version"],
    "cli_help_s": ["--help"],
    "cli_resource_help_s": ["invoices", "--help"],
}


def _median_wall_seconds(arguments: list[str], *, runs: int) -> float:
    """The median time a fresh ``python ARGUMENTS`` takes from start to exit."""
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, *arguments],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=True,
        )
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def command_figures(runs: int) -> dict[str, float]:
    """The ``daftra`` command's start-up figures, each beyond the bare interpreter."""
    bare = _median_wall_seconds(["-c", "pass"], runs=runs)
    figures = {"interpreter_wall_s": bare}
    for name, argv in COMMANDS.items():
        took = _median_wall_seconds(["-m", "daftra_facade.cli", *argv], runs=runs)
        figures[name] = took - bare
    return figures


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
    figures.update(command_figures(5 if quick else 11))
    figures["startup_bench_wall_s"] = time.perf_counter() - started
    return figures
