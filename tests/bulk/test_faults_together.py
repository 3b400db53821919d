"""Exactly once when the faults come together: the fault benchmark's scenario, small.

A journaled CLI import into a sandbox process that commits some creates after the client
gave up, garbles, drops and refuses answers, while the import is killed twice and a second
run is started on its job store; then an export under the same faults. Nothing may be
stored twice or lost, and the summary must tell what the server holds."""

from __future__ import annotations

import pytest

from benchmarks import faults


def test_an_import_killed_twice_under_every_fault_stores_each_invoice_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Small chunks and early kills, so that both kills land while the import still runs.
    monkeypatch.setattr(faults, "CHUNK_SIZE", 5)
    monkeypatch.setattr(faults, "KILLS_AFTER", (1.2, 1.2))
    monkeypatch.setattr(faults, "SECOND_RUN_AFTER", 0.4)
    # Many more faults than the benchmark's mix, so that a few hundred invoices meet each.
    monkeypatch.setattr(
        faults,
        "PROFILE",
        {
            **faults.PROFILE,
            "slow": 0.08,
            "truncated": 0.03,
            "malformed": 0.03,
            "drop_after": 0.03,
            "server_error": 0.03,
            "gzip_lie": 0.02,
        },
    )
    figures = faults.measure(400)
    assert figures["faults_kills"] >= 1  # the kills did interrupt runs
    assert figures["faults_injected"] > 0
    assert (figures["faults_duplicates"], figures["faults_lost"], figures["faults_miscounted"]) == (
        0,
        0,
        0,
    ), figures
