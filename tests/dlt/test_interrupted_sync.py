"""`daftra sync` killed (SIGKILL) at any moment of a load, then run again: every table holds
one row per key and the server's totals, in DuckDB and in PostgreSQL; a table already
holding twins is repaired by the next run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
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
INVOICES = 30
# Where a kill falls (see tests/dlt/_killed_sync.py), as (moment, nth, table): reading; after
# reading (the state saved); normalising; a file committed but not noted as loaded; a move
# from staging committed but not noted (later loads merge; a first load replaces its
# tables); all done but the package not recorded as loaded.
Kill = tuple[str, int, str | None]
EXTRACT: Kill = ("extract", 1, None)
EXTRACTED: Kill = ("extracted", 1, None)
NORMALIZE: Kill = ("normalize", 2, None)
LINES_LOADED: Kill = ("file-loaded", 1, "invoices__items")
INVOICES_LOADED: Kill = ("file-loaded", 1, "invoices")
MERGED: Kill = ("merged", 1, None)
LOADED: Kill = ("loaded", 1, None)
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
            [sys.executable, "-m", "tests.dlt._killed_sync"],
            cwd=ROOT,
            env=environment,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def sync(
        self,
        sandbox: Sandbox,
        folder: Path,
        destination: str,
        dataset: str,
        *extra: str,
        kill: Kill | None = None,
        own: bool = False,
    ) -> dict[str, Any]:
        """``daftra sync`` of the invoices into ``destination``; with ``own``, a pipeline of
        one's own into that DuckDB file, its source configured by dlt's variables."""
        folder.mkdir(exist_ok=True)
        order: dict[str, Any] = {
            "args": [
                "--debug",
                "sync",
                "--quiet",
                "--resources",
                "invoices",
                "--destination",
                destination,
                "--dataset",
                dataset,
                *extra,
            ],
            "cwd": str(folder),
            "env": {
                "DAFTRA_BASE_URL": sandbox.base_url,
                "DAFTRA_API_KEY": sandbox.api_key,
                "DLT_DATA_DIR": str(folder / "dlt"),
            },
            "kill": kill[0] if kill else None,
            "nth": kill[1] if kill else 1,
            "table": kill[2] if kill else None,
        }
        if own:
            order.update(own=f"own_{dataset}", database=destination)
            order["env"].update(
                SOURCES__DAFTRA__BASE_URL=sandbox.base_url,
                SOURCES__DAFTRA__API_KEY=sandbox.api_key,
            )
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(order) + "\n")
        self.process.stdin.flush()
        answer: dict[str, Any] = json.loads(self.process.stdout.readline())
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
        "totals": {
            i: Decimal(str(r["summary_total"])).quantize(Decimal("0.01"))
            for i, r in invoices.items()
        },
        "lines": {i: sum(1 for r in items if r["invoice_id"] == i) for i in invoices},
        "line_total": sum(Decimal(str(r["subtotal"])) for r in items),
        "payments": sorted((r["invoice_id"], Decimal(str(r["amount"]))) for r in payments),
    }


def _check(query: Query, schema: str, sandbox: Sandbox, when: str) -> None:
    """One row per key in every table, and the server's records and totals."""
    server = _server(sandbox)
    for table, key in [
        ("invoices", "id"),
        ("invoices__items", "document_id, position"),
        ("invoices__payments", "document_id, position"),
    ]:
        rows, keys = query(
            f"select count(*), (select count(*) from (select distinct {key} "
            f"from {schema}.{table}) as k) from {schema}.{table}"
        )[0]
        assert rows == keys, f"{when}: {rows} rows for {keys} keys in {table}"
    totals = {
        i: Decimal(t).quantize(Decimal("0.01"))
        for i, t in query(f"select id, summary_total from {schema}.invoices")
    }
    assert totals == server["totals"], when
    lines = dict(
        query(f"select document_id, count(*) from {schema}.invoices__items group by document_id")
    )
    assert {i: lines.get(i, 0) for i in server["lines"]} == server["lines"], when
    assert set(lines) <= set(server["lines"]), when
    ((line_total,),) = query(f"select sum(subtotal) from {schema}.invoices__items")
    assert Decimal(line_total) == server["line_total"], when
    payments = query(f"select document_id, amount from {schema}.invoices__payments")
    assert sorted((i, Decimal(a)) for i, a in payments) == server["payments"], when


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
        client.invoice_payments.create(
            {
                "InvoicePayment": {
                    "invoice_id": first + 1,
                    "amount": "7.25",
                    "payment_method": "cash",
                    "date": "2026-02-05",
                }
            }
        )
        if delete:
            client.invoices.delete(first + 2)
        for number in range(2):
            client.invoices.create(_invoice(number))


def _kill_and_rerun(
    runner: _Runner,
    sandbox: Sandbox,
    work: Path,
    target: Callable[[Path], str],
    query: Callable[[Path], Query],
    first: list[list[Kill]],
    later: list[list[Kill]],
) -> None:
    """First loads killed at the moments of each item of ``first`` (a kill, then a kill of
    the run after it, ...; each into a database of its own), then one database loaded
    and, again and again, changed on the server, its load killed at the moments of an item
    of ``later``, and run again: after each, the database holds what the server holds."""
    for number, kills in enumerate(first):
        folder = work / f"first-{number}"
        for kill in kills:
            runner.sync(sandbox, folder, target(folder), f"first_{number}", kill=kill)
        runner.sync(sandbox, folder, target(folder), f"first_{number}")
        _check(query(folder), f"first_{number}", sandbox, f"a first load killed at {kills}")
    folder = work / "later"
    runner.sync(sandbox, folder, target(folder), "later")
    for number, kills in enumerate(later):
        # Runs alternate between reading changes and full scans (which see deletions).
        scan = ["--full-scan"] if number % 2 else []
        _edit(sandbox, number, delete=bool(scan))
        for kill in kills:
            runner.sync(sandbox, folder, target(folder), "later", *scan, kill=kill)
        runner.sync(sandbox, folder, target(folder), "later", *scan)
        _check(query(folder), "later", sandbox, f"a later load killed at {kills} ({scan})")


def test_a_sync_killed_at_any_moment_then_run_again_holds_each_record_once_in_duckdb(
    runner: _Runner, account: Sandbox, tmp_path: Path
) -> None:
    def query(folder: Path) -> Query:
        def run(sql: str) -> list[tuple[Any, ...]]:
            with duckdb.connect(str(folder / "loaded.duckdb"), read_only=True) as connection:
                return connection.sql(sql).fetchall()

        return run

    _kill_and_rerun(
        runner,
        account,
        tmp_path,
        lambda folder: str(folder / "loaded.duckdb"),
        query,
        first=[[EXTRACT], [NORMALIZE], [LINES_LOADED], [INVOICES_LOADED, MERGED], [LOADED]],
        later=[[EXTRACT], [NORMALIZE], [INVOICES_LOADED, MERGED], [LOADED]],
    )


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

    _kill_and_rerun(
        runner,
        account,
        tmp_path,
        lambda _: postgres,
        query,
        first=[[LINES_LOADED]],
        later=[[EXTRACTED], [MERGED, LOADED]],
    )


def _damage(database: Path) -> None:
    """Twins of three invoices and of a document's lines (as a file loaded twice leaves
    them), a row that never committed, a row and lines of invoices the server never had."""
    with duckdb.connect(str(database)) as connection:
        for sql in (
            "insert into account.invoices select * from account.invoices where id <= 3",
            "insert into account.invoices__items select * from account.invoices__items "
            "where document_id = 5",
            "delete from account.invoices where id = 7",
            "insert into account.invoices select * replace (999 as id) from account.invoices "
            "where id = 8",
            "insert into account.invoices__items select * replace (998 as document_id) "
            "from account.invoices__items where document_id = 9",
        ):
            connection.execute(sql)


@pytest.mark.parametrize("scan", [[], ["--full-scan"]], ids=["next run", "full scan"])
def test_a_table_holding_twins_is_repaired_by_the_next_run(
    account: Sandbox,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    scan: list[str],
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DLT_DATA_DIR", str(tmp_path / "dlt"))
    monkeypatch.setenv("DAFTRA_BASE_URL", account.base_url)
    monkeypatch.setenv("DAFTRA_API_KEY", account.api_key)
    database = tmp_path / "damaged.duckdb"
    sync = ["sync", "--quiet", "--resources", "invoices", "--destination", str(database)]
    assert main(sync) == 0
    _damage(database)
    assert main([*sync, *scan]) == 0

    def query(sql: str) -> list[tuple[Any, ...]]:
        with duckdb.connect(str(database), read_only=True) as connection:
            return connection.sql(sql).fetchall()

    _check(query, "account", account, "repaired")
    assert "reading every record to repair them" in caplog.text
    capsys.readouterr()
    assert main(sync) == 0  # nothing left to repair: nothing loaded
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("kill", [INVOICES_LOADED, LINES_LOADED], ids=["invoices", "lines"])
def test_a_later_load_finished_by_dlt_alone_merges_its_files_once(
    runner: _Runner, account: Sandbox, tmp_path: Path, kill: Kill
) -> None:
    """A file committed just before the kill is loaded again when the package is
    finished: daftra_pipeline has that package's merges drop twins, also where dlt's own
    ``run`` finishes it (which then stops, reading nothing)."""
    from daftra_facade.cli.syncing import sync_pipeline_name
    from daftra_facade.dlt import daftra_pipeline

    database = str(tmp_path / "later.duckdb")
    runner.sync(account, tmp_path, database, "account")
    _edit(account, 0, delete=False)
    runner.sync(account, tmp_path, database, "account", kill=kill)
    with Daftra(base_url=account.base_url, api_key=account.api_key) as client:
        name = sync_pipeline_name(client.base_url, database, "account")
    pipeline = daftra_pipeline(
        database, pipeline_name=name, pipelines_dir=str(tmp_path / "dlt" / "pipelines")
    )
    assert pipeline.has_pending_data
    pipeline.run()
    assert not pipeline.has_pending_data

    def query(sql: str) -> list[tuple[Any, ...]]:
        with duckdb.connect(database, read_only=True) as connection:
            return connection.sql(sql).fetchall()

    _check(query, "account", account, f"finished by dlt after a kill at {kill}")


@pytest.mark.parametrize("kill", [INVOICES_LOADED, LINES_LOADED], ids=["invoices", "lines"])
def test_a_pipeline_of_ones_own_finishes_an_interrupted_later_load_with_each_record_once(
    runner: _Runner, account: Sandbox, tmp_path: Path, kill: Kill
) -> None:
    """A file committed just before the kill is loaded again when dlt finishes the
    package; a pipeline not made by daftra_pipeline (which would take the hint out of
    such a package) keeps dlt's search for twins in its merges."""
    database = str(tmp_path / "own.duckdb")

    def query(sql: str) -> list[tuple[Any, ...]]:
        with duckdb.connect(database, read_only=True) as connection:
            return connection.sql(sql).fetchall()

    runner.sync(account, tmp_path, database, "account", own=True)
    _check(query, "account", account, "first load")
    _edit(account, 0, delete=False)
    runner.sync(account, tmp_path, database, "account", own=True, kill=kill)
    runner.sync(account, tmp_path, database, "account", own=True)  # finishes the load left
    _check(query, "account", account, f"finished after a kill at {kill}")


def test_the_digests_give_way_to_what_the_tables_hold() -> None:
    """A digest of an id on several rows (2) or missing from the table (3) is dropped, so
    its record is loaded again; ids in the tables without a digest (5) and documents with
    lines but no row (9) are read again, and deleted if the server has them no more."""
    import pyarrow as pa

    from daftra_facade.dlt.fingerprints import Fingerprints
    from daftra_facade.dlt.loaded import Loaded

    digests = Fingerprints.of(pa.array([1, 2, 3, 4], pa.int64()), pa.array([11, 12, 13, 14]))
    loaded = Loaded(
        ids=pa.array([1, 2, 4, 5], pa.int64()),
        damaged=pa.array([2], pa.int64()),
        orphans=pa.array([9], pa.int64()),
    )
    trusted, unknown, repairs = loaded.reconciled(digests)
    assert [trusted.get(key) for key in (1, 2, 3, 4, 5)] == [11, None, None, 14, None]
    assert sorted(unknown.to_pylist()) == [2, 5, 9]
    assert repairs == 5
    in_step = Loaded(
        ids=pa.array([1, 2, 3, 4], pa.int64()),
        damaged=pa.array([], pa.int64()),
        orphans=pa.array([], pa.int64()),
    )
    assert in_step.reconciled(digests)[2] == 0  # nothing to repair
