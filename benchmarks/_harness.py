"""Shared benchmark plumbing: a sandbox process, timing, and peak memory of a child."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import attrs


@attrs.define
class SandboxProcess:
    base_url: str
    api_key: str
    _process: subprocess.Popen[str]

    def _ask(self, command: str) -> dict[str, Any]:
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write(command + "\n")
        self._process.stdin.flush()
        answer: dict[str, Any] = json.loads(self._process.stdout.readline())
        return answer

    def stats(self) -> dict[str, Any]:
        """Requests served and seconds spent processing them since the last reset."""
        return self._ask("stats")

    def reset(self) -> None:
        self._ask("reset")

    def references(self) -> list[str]:
        """The reference (po_number) of every invoice the sandbox holds."""
        references: list[str] = self._ask("references")["references"]
        return references

    def fault_counts(self) -> dict[str, int]:
        return self._ask("faults")

    def set_limits(self, **limits: Any) -> None:
        """Rate-limit the sandbox (``RateLimits`` arguments); none given: lift the limit."""
        self._ask("limits " + json.dumps(limits or None))

    def limit_counts(self) -> dict[str, int]:
        """Requests admitted and refused by the rate limit since the last call."""
        return self._ask("limit_counts")

    def cpu_seconds(self) -> float:
        """CPU time (user and system, all threads) the sandbox process has used so far.

        Read from /proc, so Linux only; the difference of two readings taken around a
        run is the sandbox's share of the work, to compare with the client's."""
        with open(f"/proc/{self._process.pid}/stat") as stat:
            # Fields after the command name, which is in parentheses and may hold spaces.
            fields = stat.read().rpartition(")")[2].split()
        user, system = int(fields[11]), int(fields[12])  # utime and stime (14th, 15th)
        return (user + system) / os.sysconf("SC_CLK_TCK")


@contextmanager
def sandbox_process(
    *,
    latency: float = 0.0,
    virtual_invoices: int = 0,
    fault_rate: float = 0.0,
    seed: int = 0,
    lines: int = 0,
    dialect: str = "live",
    profile: dict[str, Any] | None = None,
) -> Iterator[SandboxProcess]:
    """A sandbox in a child process; ``profile`` gives a FaultProfile's arguments."""
    command = [
        sys.executable,
        "-m",
        "benchmarks._sandbox_child",
        "--latency",
        str(latency),
        "--virtual-invoices",
        str(virtual_invoices),
        "--fault-rate",
        str(fault_rate),
        "--seed",
        str(seed),
        "--lines",
        str(lines),
        "--dialect",
        dialect,
    ]
    if profile is not None:
        command += ["--profile", json.dumps(profile)]
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        address = json.loads(process.stdout.readline())
        yield SandboxProcess(address["base_url"], address["api_key"], process)
    finally:
        if process.stdin is not None:
            process.stdin.write("stop\n")
            process.stdin.close()
        process.wait(timeout=30)


def seconds(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def cpu_seconds(action: Callable[[], object]) -> float:
    """The CPU time (user and system, every thread) this process spent on ``action``: the
    client's own work, which other processes loading the machine do not inflate."""
    started = time.process_time()
    action()
    return time.process_time() - started


def median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


@contextmanager
def busy_core() -> Iterator[None]:
    """A second process keeping one core busy while the block runs (a spinning loop)."""
    spinner = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        time.sleep(0.2)  # let it start spinning
        yield
    finally:
        spinner.kill()
        spinner.wait(timeout=30)
