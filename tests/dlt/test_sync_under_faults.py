"""A database sync reading through garbled answers: each record lands once, none is lost."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

dlt = pytest.importorskip("dlt", reason="the dlt extra is not installed")
duckdb = pytest.importorskip("duckdb", reason="the dlt extra is not installed")

from daftra_facade import Daftra  # noqa: E402
from daftra_facade.dlt import daftra_pipeline, daftra_source  # noqa: E402
from daftra_sandbox import FaultProfile, Sandbox  # noqa: E402

from ..conftest import invoice_body  # noqa: E402


@pytest.fixture
def garbled_account() -> Iterator[tuple[Sandbox, Daftra]]:
    """300 invoices on a sandbox that then garbles 5% of the answers to reads: cut-off
    JSON, an HTML page with status 200, or a plain body labelled gzip."""
    with (
        Sandbox(dialect="live") as sandbox,
        Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client,
    ):
        for number in range(300):
            sandbox.add_invoice(
                invoice_body(1 + number % 2, quantity=1 + number % 3, unit_price=float(number + 1))
            )
        sandbox.set_faults(
            FaultProfile(
                truncated=0.02,
                malformed=0.02,
                gzip_lie=0.01,
                only_methods=("GET",),
                seed=11,
            )
        )
        yield sandbox, client


def test_a_sync_under_garbled_reads_loads_every_invoice_and_line_once(
    garbled_account: tuple[Sandbox, Daftra], tmp_path: Path
) -> None:
    sandbox, client = garbled_account
    database = tmp_path / "garbled.duckdb"
    pipeline = daftra_pipeline(
        dlt.destinations.duckdb(str(database)), pipelines_dir=str(tmp_path / "pipelines")
    )

    def query(sql: str) -> list[tuple[Any, ...]]:
        with duckdb.connect(str(database)) as connection:
            return connection.sql(sql).fetchall()

    met = []  # garbled answers each run met
    for _ in range(2):  # a first load, then a run that checks the tables against the server
        before = sum(sandbox.fault_counts.values())
        pipeline.run(daftra_source(client, ["invoices"], page_size=5))
        met.append(sum(sandbox.fault_counts.values()) - before)
    assert min(met) >= 1, met
    invoices = {row["id"]: row for row in sandbox.state.all("Invoice")}
    loaded = query("select id, summary_total from account.invoices")
    assert sorted(i for i, _ in loaded) == sorted(invoices)  # each once, none lost
    assert {i: Decimal(t) for i, t in loaded} == {
        i: Decimal(str(row["summary_total"])) for i, row in invoices.items()
    }
    lines = [row for row in sandbox.state.all("InvoiceItem") if row["invoice_id"] in invoices]
    assert query(
        "select count(*), count(distinct (document_id, position)) from account.invoices__items"
    )[0] == (len(lines), len(lines))
