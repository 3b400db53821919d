"""Exactly once under faults that come together: a journaled CLI import of invoices into a
sandbox (in its own process) that commits some creates after the client gave up, garbles
some answers and drops others, while the import is killed twice with SIGKILL and a second
run is started on the same job store; then an export of everything under the same faults.

Figures, each of which must be 0:

- ``faults_duplicates``: references stored more than once, plus records exported twice;
- ``faults_lost``: input records that are on the server under no reference, plus server
  records missing from the export;
- ``faults_miscounted``: how far the last run's summary ("N created …", counting what
  earlier runs settled, and records it reports stored twice) is from the references on
  the server, plus records the summary left unknown or rejected, plus a second run that
  was not refused.

Also printed: how many faults the sandbox injected (``faults_injected``), the runs the
import took (``faults_runs``), how many of them were killed mid-way (``faults_kills``) and
the wall time (``faults_seconds``), beside
``faults_clean_seconds``, the same import with no fault, kill or second run, as the
baseline of ``faults_slowdown``.
"""

from __future__ import annotations

import csv
import json
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from ._harness import sandbox_process

CLIENT_TIMEOUT = 1.0  # seconds: the client gives up on an answer after this
SLOW_COMMIT = 2.5  # seconds a "slow" request is held before it is processed and committed
SETTLE_WINDOW = 4.0  # the import waits this long from a lost send before sending again
LATENCY = 0.05  # seconds added to every request, like a distant server
CHUNK_SIZE = 20
PROFILE = {
    "slow": 0.02,
    "slow_seconds": SLOW_COMMIT,
    "truncated": 0.01,
    "malformed": 0.01,
    "drop_after": 0.01,
    "server_error": 0.01,
    "nonstandard_status": 0.005,
    "rate_limited": 0.005,
    "gzip_lie": 0.005,
    "retry_after": 0,
    "seed": 2026,
}
KILLS_AFTER = (3.0, 3.0)  # seconds into the first and the second run
SECOND_RUN_AFTER = 1.0  # seconds into the first run
SUMMARY = re.compile(r"summary: (?P<counts>[^()]*?)(?: \(| of |$)")


def _invoice(number: int) -> dict[str, Any]:
    return {
        "Invoice": {"client_id": 1 + number % 2, "currency_code": "USD"},
        "InvoiceItem": [{"item": "Widget", "unit_price": 1 + number % 50, "quantity": 1}],
    }


def _cli(base_url: str, api_key: str, *arguments: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "daftra_facade.cli",
        "--base-url",
        base_url,
        "--api-key",
        api_key,
        "--timeout",
        str(CLIENT_TIMEOUT),
        *arguments,
    ]


def _import_command(base_url: str, api_key: str, folder: Path, faulty: bool) -> list[str]:
    options = ["--settle-window", str(SETTLE_WINDOW)] if faulty else []
    return _cli(
        base_url,
        api_key,
        "invoices",
        "import",
        str(folder / "invoices.json"),
        "--quiet",
        "--journal",
        str(folder / "invoices.journal"),
        "--concurrency",
        "4",
        "--chunk-size",
        str(CHUNK_SIZE),
        *options,
    )


def _counts(stderr: str) -> dict[str, int]:
    """The counts of the summary line a run printed, e.g. {'created': 10000, ...}."""
    for line in reversed(stderr.splitlines()):
        found = SUMMARY.search(line)
        if found:
            return {
                name: int(number) for number, name in re.findall(r"(\d+) ([a-z]+)", found["counts"])
            }
    return {}


def _import_under_faults(
    base_url: str, api_key: str, folder: Path
) -> tuple[dict[str, int], int, int, bool]:
    """(the last run's counts, the number of runs, how many were killed mid-way, whether
    the second run on the same job store was refused)."""
    command = _import_command(base_url, api_key, folder, faulty=True)
    runs, kills, second_refused = 0, 0, False
    for kill_after in KILLS_AFTER:
        runs += 1
        first = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
        if runs == 1:
            time.sleep(SECOND_RUN_AFTER)
            second = subprocess.run(command, capture_output=True, text=True, check=False)
            second_refused = second.returncode != 0 and "in use" in second.stderr
        try:
            first.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            first.send_signal(signal.SIGKILL)
            first.wait()
            kills += 1
        assert first.stderr is not None
        first.stderr.close()
    while True:  # run again, as a user would, until nothing is left unsettled
        runs += 1
        last = subprocess.run(command, capture_output=True, text=True, check=False)
        counts = _counts(last.stderr)
        if not counts.get("unknown") or runs >= 8:
            return counts, runs, kills, second_refused


def _exported(base_url: str, api_key: str, folder: Path) -> Counter[str]:
    """How many times the export wrote each invoice id."""
    output = folder / "export.csv"
    subprocess.run(
        _cli(
            base_url,
            api_key,
            "invoices",
            "export",
            "--output",
            str(output),
            "--quiet",
            "--page-size",
            "500",
        ),
        check=True,
        capture_output=True,
    )
    with output.open(encoding="utf-8", newline="") as handle:
        return Counter(row["Invoice.id"] for row in csv.DictReader(handle))


def _clean_seconds(count: int) -> float:
    with sandbox_process(latency=LATENCY) as sandbox, tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "invoices.json").write_text(json.dumps([_invoice(n) for n in range(count)]))
        started = time.perf_counter()
        subprocess.run(
            _import_command(sandbox.base_url, sandbox.api_key, folder, faulty=False),
            check=True,
            capture_output=True,
        )
        return time.perf_counter() - started


def run(quick: bool) -> dict[str, float]:
    count = 2_000 if quick else 10_000
    clean = _clean_seconds(count)
    figures = measure(count)
    return {
        **figures,
        "faults_clean_seconds": clean,
        "faults_slowdown": figures["faults_seconds"] / clean,
    }


def measure(count: int) -> dict[str, float]:
    """The figures of one import of ``count`` invoices under faults, then its export."""
    with (
        sandbox_process(latency=LATENCY, profile=PROFILE) as sandbox,
        tempfile.TemporaryDirectory() as name,
    ):
        folder = Path(name)
        (folder / "invoices.json").write_text(json.dumps([_invoice(n) for n in range(count)]))
        started = time.perf_counter()
        counts, runs, kills, second_refused = _import_under_faults(
            sandbox.base_url, sandbox.api_key, folder
        )
        seconds = time.perf_counter() - started
        stored = Counter(sandbox.references())
        injected = sum(sandbox.fault_counts().values())
        exported = _exported(sandbox.base_url, sandbox.api_key, folder)
    indexes: Counter[int] = Counter()  # input index → invoices stored for it
    for reference, copies in stored.items():
        indexes[int(reference.rsplit("-", 1)[1])] += copies
    duplicates = sum(n - 1 for n in indexes.values()) + sum(n - 1 for n in exported.values())
    lost = sum(1 for n in range(count) if n not in indexes)
    lost += max(0, sum(stored.values()) - len(exported))
    # Every element the summary says is on the server (created now or earlier, found
    # existing, or stored more than once and reported so) against the references stored.
    on_server = sum(counts.get(name, 0) for name in ("created", "existing", "duplicate"))
    miscounted = (
        abs(on_server - len(stored))
        + counts.get("unknown", 0)
        + counts.get("rejected", 0)
        + (0 if second_refused else 1)
    )
    return {
        "faults_duplicates": duplicates,
        "faults_lost": lost,
        "faults_miscounted": miscounted,
        "faults_injected": injected,
        "faults_runs": runs,
        "faults_kills": kills,
        "faults_seconds": seconds,
    }
