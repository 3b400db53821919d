"""`daftra sync` killed (SIGKILL) at any moment of a load, then run again: every table holds
one row per key and the server's totals, in DuckDB and in PostgreSQL; a table already
holding twins is repaired by the next run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

dlt = pytest.importorskip("dlt", reason="the dlt extra is not installed")
duckdb = pytest.importorskip("duckdb", reason="the dlt extra is not installed")

from daftra_facade import Daftra  # noqa: E402
from daftra_facade.cli import main  # noqa: E402
from daftra_sandbox import Sandbox  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
INVOICES = 90
# Small load files, so that a table is loaded from several (and a kill falls between two).
FILE_ITEMS = "25"
# Where a kill falls (see tests/dlt/_killed_sync.py): reading, after reading, normalising,
# a file committed but not noted, the move from staging committed but not noted, and all
# done but the package not recorded as loaded.
MOMENTS = [
    ("extract", 1),
    ("extracted", 1),
    ("normalize", 2),
    ("file-loaded", 3),
    ("merged", 1),
    ("loaded", 1),
]
Query = Callable[[str], list[tuple[Any, ...]]]


def _invoice(number: int) -> dict[str, Any]:
    body: dict[str, Any] = {
        "Invoice": {"client_id": 1 + number % 2, "date": "2026-02-03"},
        "InvoiceItem": [
            {"product_id": 1, "item": "Widget", "unit_price": "10.25", "quantity": 1 + number % 4},
            {"product_id": 3, "item": "Service hour", "unit_price": "60.10", "quantity": 1},
        ],
    }
    if number % 3 == 0:
        body["Payment"] = [{"amount": "5.50", "payment_method": "cash", "date": "2026-02-04"}]
    return body


@pytest.fixture
def account() -> Iterator[Sandbox]:
    with Sandbox(dialect="live") as sandbox:
        for number in range(INVOICES):
            sandbox.add_invoice(_invoice(number))
        yield sandbox


class _Runner:
    """`daftra sync` in a process of its own, killed at a chosen moment (the children of
    one process that imported everything first: each starts at once)."""

    def __init__(self) -> None:
        environment = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'generated'}"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.dlt._killed_sync"], cwd=ROOT, env=environment,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )

    def sync(self, sandbox: Sandbox, folder: Path, destination: str, dataset: str,
             *extra: str, kill: tuple[str, int] | None = None) -> dict[str, Any]:
        folder.mkdir(exist_ok=True)
        order = {
            "args": ["sync", "--quiet", "--resources", "invoices,clients", "--destination",
                     destination, "--dataset", dataset, *extra],
            "cwd": str(folder),
            "env": {"DAFTRA_BASE_URL": sandbox.base_url, "DAFTRA_API_KEY": sandbox.api_key,
                    "DLT_DATA_DIR": str(folder / "dlt"), "DATA_WRITER__FILE_MAX_ITEMS": FILE_ITEMS},
            "kill": kill[0] if kill else None,
            "nth": kill[1] if kill else 1,
        }
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(order) + "\n")
        self.process.stdin.flush()
        started = time.perf_counter()
        answer: dict[str, Any] = json.loads(self.process.stdout.readline())
        print(f"{order['kill']} {time.perf_counter() - started:.2f} s")
        if kill:
            assert answer["signal"] == 9, (kill, answer)  # the moment was reached
        else:
            assert answer["code"] == 0, answer
        return answer

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.fixture(scope="module")
def runner() -> Iterator[_Runner]:
    started = _Runner()
    yield started
    started.close()


def _server(sandbox: Sandbox) -> dict[str, Any]:
    """What the database must hold: each invoice's total, lines and payments."""
    invoices = {r["id"]: r for r in sandbox.state.all("Invoice") if r.get("type") == 0}
    items = [r for r in sandbox.state.all("InvoiceItem") if r["invoice_id"] in invoices]
    payments = [r for r in sandbox.state.all("InvoicePayment") if r["invoice_id"] in invoices]
    return {
        "totals": {i: Decimal(str(r["summary_total"])).quantize(Decimal("0.01"))
                   for i, r in invoices.items()},
        "lines": {i: sum(1 for r in items if r["invoice_id"] == i) for i in invoices},
        "line_total": sum(Decimal(str(r["subtotal"])) for r in items),
        "payments": sorted((r["invoice_id"], Decimal(str(r["amount"]))) for r in payments),
        "clients": {r["id"] for r in sandbox.state.all("Client")},
    }


def _check(query: Query, schema: str, sandbox: Sandbox, when: str) -> None:
    """One row per key in every table, and the server's records and totals."""
    server = _server(sandbox)
    for table, key in [("invoices", "id"), ("clients", "id"),
                       ("invoices__items", "document_id, position"),
                       ("invoices__payments", "document_id, position")]:
        rows, keys = query(f"select count(*), (select count(*) from (select distinct {key} "
                           f"from {schema}.{table}) as k) from {schema}.{table}")[0]
        assert rows == keys, f"{when}: {rows} rows for {keys} keys in {table}"
    totals = {i: Decimal(t).quantize(Decimal("0.01"))
              for i, t in query(f"select id, summary_total from {schema}.invoices")}
    assert totals == server["totals"], when
    lines = dict(query(f"select document_id, count(*) from {schema}.invoices__items "
                       "group by document_id"))
    assert {i: lines.get(i, 0) for i in server["lines"]} == server["lines"], when
    assert set(lines) <= set(server["lines"]), when
    (line_total,), = query(f"select sum(subtotal) from {schema}.invoices__items")
    assert Decimal(line_total) == server["line_total"], when
    payments = query(f"select document_id, amount from {schema}.invoices__payments")
    assert sorted((i, Decimal(a)) for i, a in payments) == server["payments"], when
    assert {i for (i,) in query(f"select id from {schema}.clients")} == server["clients"], when


def _edit(sandbox: Sandbox, round_: int, delete: bool) -> None:
    """Changes on the server for a later load: an invoice left with one line, one with a
    payment more, two new ones, and if ``delete`` one deleted (which only a full scan
    sees); a different few each round."""
    with Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client:
        first = 1 + 4 * round_
        edited = _invoice(first)
        edited["InvoiceItem"] = edited["InvoiceItem"][:1]
        edited.pop("Payment", None)
        client.invoices.update(first, edited)
        client.invoice_payments.create({"InvoicePayment": {
            "invoice_id": first + 1, "amount": "7.25", "payment_method": "cash",
            "date": "2026-02-05",
        }})
        if delete:
            client.invoices.delete(first + 2)
        for number in range(2):
            client.invoices.create(_invoice(number))


def _kill_and_rerun(runner: _Runner, sandbox: Sandbox, work: Path, destination: Callable[
        [Path, str], str], query: Callable[[Path], Query], schema: str) -> None:
    for later in (False, True):
        for number, (moment, nth) in enumerate(MOMENTS):
            when = f"{'later' if later else 'first'} load killed at {moment} #{nth}"
            folder = work / f"{int(later)}-{number}"
            dataset = f"{schema}_{int(later)}_{number}"
            target = destination(folder, dataset)
            # Later loads alternate between reading changes and full scans.
            scan = ["--full-scan"] if later and number % 2 else []
            if later:
                runner.sync(sandbox, folder, target, dataset)
                _edit(sandbox, number, delete=bool(scan))
            runner.sync(sandbox, folder, target, dataset, *scan, kill=(moment, nth))
            runner.sync(sandbox, folder, target, dataset, *scan)
            _check(query(folder), dataset, sandbox, when)


def test_a_sync_killed_at_any_moment_then_run_again_holds_each_record_once_in_duckdb(
    runner: _Runner, account: Sandbox, tmp_path: Path
) -> None:
    def query(folder: Path) -> Query:
        def run(sql: str) -> list[tuple[Any, ...]]:
            with duckdb.connect(str(folder / "loaded.duckdb"), read_only=True) as connection:
                return connection.sql(sql).fetchall()
        return run

    _kill_and_rerun(runner, account, tmp_path, lambda folder, _: str(folder / "loaded.duckdb"),
                    query, "account")


def test_a_sync_killed_at_any_moment_then_run_again_holds_each_record_once_in_postgres(
    runner: _Runner, account: Sandbox, postgres: str, tmp_path: Path
) -> None:
    import psycopg2

    def query(_: Path) -> Query:
        def run(sql: str) -> list[tuple[Any, ...]]:
            with psycopg2.connect(postgres) as connection, connection.cursor() as cursor:
                cursor.execute(sql)
                return list(cursor.fetchall())
        return run

    _kill_and_rerun(runner, account, tmp_path, lambda _, __: postgres, query, "account")
