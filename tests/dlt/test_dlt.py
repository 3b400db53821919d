"""The dlt source and `daftra sync`, loading a live-dialect sandbox into real databases."""

from __future__ import annotations

import logging
import os
import re
import socket
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

dlt = pytest.importorskip("dlt", reason="the dlt extra is not installed")
duckdb = pytest.importorskip("duckdb", reason="the dlt extra is not installed")

from daftra_facade import Daftra  # noqa: E402
from daftra_facade.cli import main  # noqa: E402
from daftra_facade.dlt import daftra_pipeline, daftra_source  # noqa: E402
from daftra_sandbox import Sandbox  # noqa: E402
from daftra_sandbox import v2 as sandbox_v2  # noqa: E402

README = Path(__file__).resolve().parents[2] / "README.md"
RESOURCES = ["invoices", "estimates", "clients", "products", "brands", "invoice_payments"]


def _invoice(client_id: int, quantity: int, note: str = "") -> dict[str, Any]:
    return {
        "Invoice": {"client_id": client_id, "date": "2026-02-03", "notes": note},
        "InvoiceItem": [
            {"product_id": 1, "item": "Widget", "unit_price": "10.25", "quantity": quantity},
            {"product_id": 3, "item": "Service hour", "unit_price": "60.10", "quantity": 1},
        ],
    }


@pytest.fixture
def account() -> Iterator[tuple[Sandbox, Daftra]]:
    with (
        Sandbox(dialect="live") as sandbox,
        Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client,
    ):
        for number in range(1, 6):
            client.invoices.create(_invoice(1 + number % 2, number))
        client.invoice_payments.create(
            {
                "InvoicePayment": {
                    "invoice_id": 1,
                    "amount": "12.50",
                    "payment_method": "cash",
                    "date": "2026-02-04",
                }
            }
        )
        client.estimates.create(
            {
                "Estimate": {"client_id": 1, "date": "2026-02-05"},
                "InvoiceItem": [
                    {"product_id": 2, "item": "Gadget", "unit_price": "25", "quantity": 2}
                ],
            }
        )
        client.brands.create({"name": "Zeta"})
        yield sandbox, client


def _run(pipeline: Any, client: Daftra, **options: Any) -> dict[str, int]:
    """Rows loaded per data table by one run."""
    pipeline.run(daftra_source(client, RESOURCES, **options))
    counts = pipeline.last_trace.last_normalize_info.row_counts
    return {table: n for table, n in counts.items() if not table.startswith("_dlt")}


def _expected_totals(sandbox: Sandbox) -> dict[int, Decimal]:
    return {
        row["id"]: Decimal(str(row["summary_total"])).quantize(Decimal("0.01"))
        for row in sandbox.state.all("Invoice")
        if row.get("type") == 0
    }


def _check_database(query: Any, sandbox: Sandbox, schema: str) -> None:
    """Row counts, keys and totals in the database equal what the sandbox holds."""
    expected = _expected_totals(sandbox)
    found = {
        i: Decimal(t).quantize(Decimal("0.01"))
        for i, t in query(f"select id, summary_total from {schema}.invoices")
    }
    assert found == expected
    items = [r for r in sandbox.state.all("InvoiceItem") if r["invoice_id"] in expected]
    assert query(f"select count(*) from {schema}.invoices__items")[0][0] == len(items)
    line_total = query(f"select sum(subtotal) from {schema}.invoices__items")[0][0]
    assert Decimal(line_total) == sum(Decimal(str(r["subtotal"])) for r in items)
    assert query(f"select count(*) from {schema}.invoices__payments")[0][0] == 1
    assert query(f"select count(*) from {schema}.estimates__items")[0][0] == 1
    client_ids = {r["id"] for r in sandbox.state.all("Client")}
    assert {r[0] for r in query(f"select id from {schema}.clients")} == client_ids
    brands = query(f"select name from {schema}.brands order by id")
    assert [b[0] for b in brands][-1] == "Zeta"
    # Date-times are the account's local time: kept as written, with no time zone.
    created = {r["id"]: r["created"] for r in sandbox.state.all("Invoice") if r["id"] in expected}
    found_created = dict(query(f"select id, created from {schema}.invoices"))
    assert {i: f"{c:%Y-%m-%d %H:%M:%S}" for i, c in found_created.items()} == created
    for table in ("invoices", "invoices__items", "brands"):
        kind = query(
            "select data_type from information_schema.columns where "
            f"table_schema = '{schema}' and table_name = '{table}' "
            "and column_name = 'modified'"
        )
        assert kind[0][0] in ("TIMESTAMP", "timestamp without time zone"), (table, kind)


def _edit_and_delete(client: Daftra) -> None:
    """Edit invoice 2 as a safe edit does (the whole record back), delete invoice 3."""
    client.invoices.update(2, _invoice(1, 9, note="edited"))
    client.invoices.delete(3)


def _exercise(pipeline: Any, sandbox: Sandbox, client: Daftra, query: Any, schema: str) -> None:
    first = _run(pipeline, client)
    assert first["invoices"] == 5 and first["invoices__items"] == 10
    _check_database(query, sandbox, schema)
    assert _run(pipeline, client) == {}  # nothing changed: nothing loaded
    _edit_and_delete(client)
    changed = _run(pipeline, client)
    assert changed["invoices"] == 1  # only the edited one (the deletion waits for a scan)
    row = query(f"select notes, summary_total from {schema}.invoices where id = 2")
    assert row[0][0] == "edited"
    assert query(f"select count(*) from {schema}.invoices where id = 2")[0][0] == 1
    _run(pipeline, client, full_scan=True)
    assert query(f"select count(*) from {schema}.invoices where id = 3")[0][0] == 0
    assert (
        query(
            f"select count(*) from {schema}.invoices__items "
            f"where document_id not in (select id from {schema}.invoices)"
        )[0][0]
        == 0
    )
    _check_database(query, sandbox, schema)
    assert _run(pipeline, client) == {}


def test_duckdb_first_run_second_run_edit_and_delete(
    account: tuple[Sandbox, Daftra], tmp_path: Path
) -> None:
    sandbox, client = account
    database = tmp_path / "loaded.duckdb"
    pipeline = daftra_pipeline(
        dlt.destinations.duckdb(str(database)), pipelines_dir=str(tmp_path / "pipelines")
    )

    def query(sql: str) -> list[tuple[Any, ...]]:
        with duckdb.connect(str(database)) as connection:
            return connection.sql(sql).fetchall()

    warned = _Collected(logging.WARNING)
    logging.getLogger("dlt").addHandler(warned)
    try:
        _exercise(pipeline, sandbox, client, query, "account")
    finally:
        logging.getLogger("dlt").removeHandler(warned)
    # A first load, merges and deletions, with nothing for dlt to warn the user of.
    assert warned.messages == []
    kinds = dict(
        query(
            "select column_name, data_type from information_schema.columns "
            "where table_name = 'invoices'"
        )
    )
    assert kinds["summary_total"].startswith("DECIMAL") and kinds["date"] == "DATE"


class _Collected(logging.Handler):
    """The messages of the records a logger emits."""

    def __init__(self, level: int) -> None:
        super().__init__(level)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def test_an_ignored_change_filter_falls_back_to_a_full_scan(
    account: tuple[Sandbox, Daftra],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    sandbox, client = account
    database = tmp_path / "a.duckdb"
    pipeline = daftra_pipeline(
        dlt.destinations.duckdb(str(database)), pipelines_dir=str(tmp_path / "p")
    )
    _run(pipeline, client)
    # Records from long before the last run, which a listing ignoring the filter shows.
    with sandbox.state.lock:
        for table in ("Invoice", "v2:brand"):
            for row in sandbox.state.rows(table):
                row["modified"] = "2020-01-01 00:00:00"
    client.brands.update(1, {"name": "Renamed"})
    monkeypatch.setattr(sandbox_v2, "parse_query", lambda query: sandbox_v2.Query())
    modes: dict[str, str] = {}
    with caplog.at_level(logging.WARNING, logger="daftra_facade.dlt"):
        pipeline.run(
            daftra_source(
                client,
                ["brands", "invoices"],
                on_progress=lambda p: modes.__setitem__(p.resource, p.mode),
            )
        )
    assert modes == dict.fromkeys(
        ["brands", "invoices"], "full scan (the change filter was not applied)"
    )
    assert "reading every record instead" in caplog.text
    with duckdb.connect(str(database)) as connection:
        assert connection.sql("select name from account.brands where id = 1").fetchall() == [
            ("Renamed",)
        ]
        brands = connection.sql("select count(*), count(distinct id) from account.brands")
        assert brands.fetchall() == [(len(sandbox.state.all("v2:brand")),) * 2]


def test_an_interrupted_run_resumes(account: tuple[Sandbox, Daftra], tmp_path: Path) -> None:
    sandbox, client = account
    database = tmp_path / "r.duckdb"

    def pipeline() -> Any:
        return daftra_pipeline(
            dlt.destinations.duckdb(str(database)), pipelines_dir=str(tmp_path / "p")
        )

    stopped = pipeline()
    stopped.extract(daftra_source(client, RESOURCES))
    stopped.normalize()  # stopped before loading
    _run(pipeline(), client)
    with duckdb.connect(str(database)) as connection:
        _check_database(lambda sql: connection.sql(sql).fetchall(), sandbox, "account")


def test_the_default_database_is_in_the_folder_of_each_run(
    account: tuple[Sandbox, Daftra], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """dlt remembers the folder of a pipeline's first run; a later run elsewhere, even after
    that folder is gone, still writes ./daftra.duckdb where it runs."""
    pipelines = str(tmp_path / "pipelines")
    first, second = tmp_path / "first", tmp_path / "second"
    for folder in (first, second):
        folder.mkdir()
        monkeypatch.chdir(folder)
        daftra_pipeline(pipelines_dir=pipelines).run(daftra_source(account[1], ["brands"]))
        assert (folder / "daftra.duckdb").is_file()
        if folder is first:
            (folder / "daftra.duckdb").unlink()
            folder.rmdir()


def test_a_changed_document_replaces_its_lines_and_payments(
    account: tuple[Sandbox, Daftra], tmp_path: Path
) -> None:
    """Child tables are merged on ``document_id``: a document read again brings all its
    rows, and one left with none (or deleted) keeps none."""
    _, client = account
    database = tmp_path / "c.duckdb"
    pipeline = daftra_pipeline(str(database), pipelines_dir=str(tmp_path / "p"))
    _run(pipeline, client)
    edited = _invoice(2, 7, note="one line left")
    edited["InvoiceItem"] = edited["InvoiceItem"][:1]
    client.invoices.replace(1, edited)
    for payment in client.invoices.get(1).invoice_payment or []:
        client.invoice_payments.delete(payment.id)
    client.invoices.delete(3)
    _run(pipeline, client, full_scan=True)
    with duckdb.connect(str(database)) as connection:

        def rows(sql: str) -> list[tuple[Any, ...]]:
            return connection.sql(sql).fetchall()

        assert rows(
            "select document_id, position, item, quantity from account.invoices__items "
            "where document_id in (1, 3)"
        ) == [(1, 0, "Widget", 7)]
        assert rows("select count(*) from account.invoices__payments") == [(0,)]
        assert rows("select count(*) from account.invoices__items where document_id = 2") == [(2,)]


def test_a_record_listed_twice_is_loaded_once(
    account: tuple[Sandbox, Daftra], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Daftra's default order is not stable, so a record can come back on the next page."""
    _, client = account
    listed = client.invoices.dict_pages

    def drifting(**options: Any) -> Iterator[Any]:
        pages = list(listed(**options))
        yield from [*pages, *pages[-1:]]  # the last page again, as if rows had shifted

    monkeypatch.setattr(
        type(client.invoices), "dict_pages", lambda self, **options: drifting(**options)
    )
    database = tmp_path / "d.duckdb"
    pipeline = daftra_pipeline(str(database), pipelines_dir=str(tmp_path / "p"))
    loaded = _run(pipeline, client)
    assert loaded["invoices"] == 5 and loaded["invoices__items"] == 10


def test_fingerprints_are_kept_compactly() -> None:
    import pyarrow as pa

    from daftra_facade.dlt.fingerprints import Fingerprints

    ids, digests = pa.array([30, 10, 20], pa.int64()), pa.array([3, 1, 2], pa.int64())
    packed = Fingerprints.of(ids, digests).packed()
    assert len(packed) == 48  # 16 bytes a record
    restored = Fingerprints.unpacked(packed)
    assert [restored.get(key) for key in (10, 20, 30, 40)] == [1, 2, 3, None]
    restored.put(40, 4)
    assert restored.pop(10) == 1 and restored.pop(10) is None
    assert list(Fingerprints.unpacked(restored.packed()).ids) == [20, 30, 40]


def test_fingerprints_are_saved_as_read_and_sorted_when_read_back() -> None:
    """A scan saves its pages' ids and digests as they came (sorting them at the end of a
    sync, at its peak of memory, cost memory); the next run sorts them as it reads them."""
    from array import array

    from daftra_facade.dlt.fingerprints import Fingerprints

    state: dict[str, Any] = {}
    Fingerprints.save(
        state,
        "invoices",
        [array("q", [30, 10]), array("q", [20])],
        [array("q", [3, 1]), array("q", [2])],
    )
    restored = Fingerprints.load(state, "invoices")
    assert list(restored.ids) == [10, 20, 30] and list(restored.digests) == [1, 2, 3]


def test_a_scan_remembers_the_ids_it_read_in_little_memory() -> None:
    from daftra_facade.dlt.ids import SeenIds

    seen = SeenIds()
    assert [seen.add(key) for key in (5, 1, 5, 100_000, 1)] == [True, True, False, True, False]
    assert len(seen.bits) < 32 * 1024  # a bit an id, not an object
    far = [SeenIds.DENSE + 7, -3]  # ids a bitmap would not hold are kept in a set
    assert [seen.add(key) for key in far + far] == [True, True, False, False]
    assert all(key in seen for key in (1, 5, 100_000, *far))
    assert 2 not in seen and 10**12 not in seen


def test_fingerprints_live_beside_the_state_which_stays_small(
    account: tuple[Sandbox, Daftra], tmp_path: Path
) -> None:
    """dlt copies and hashes its state for every file it loads: the digests of every
    record are kept in a file of the pipeline's folder, named in the state. A run that
    finds no such file (a new machine, state restored from the destination) loads every
    record again."""
    _, client = account
    pipeline = daftra_pipeline(str(tmp_path / "f.duckdb"), pipelines_dir=str(tmp_path / "p"))
    _run(pipeline, client)
    _run(pipeline, client)
    folder = Path(pipeline.working_dir) / "daftra_fingerprints"
    saved = pipeline.state["sources"]["daftra"]["resources"]["invoices"]["fingerprints"]
    assert saved == {"file": saved["file"]} and (folder / saved["file"]).is_file()
    # This run's, and the one before until the next run starts (this run's state kept).
    assert len(list(folder.glob("invoices.*"))) == 2
    for stored in folder.iterdir():
        stored.unlink()
    again = _run(pipeline, client, full_scan=True)
    assert again["invoices"] == 5 and again["invoices__items"] == 10
    with duckdb.connect(str(tmp_path / "f.duckdb")) as connection:
        assert connection.sql("select count(*) from account.invoices__items").fetchall() == [(10,)]


def test_the_pipeline_keeps_its_loading_settings_to_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Small load files, loaded one at a time, are set in dlt's config for the Daftra
    pipeline alone (under its name, which dlt reads first; nothing in the environment):
    other dlt pipelines of the process keep dlt's defaults, and a setting of the user's,
    for all pipelines, wins."""
    for name in (
        "LOAD__WORKERS",
        "DATA_WRITER__FILE_MAX_ITEMS",
        "SHOP__LOAD__WORKERS",
        "SHOP__DATA_WRITER__FILE_MAX_ITEMS",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DATA_WRITER__FILE_MAX_ITEMS", "50000")
    before = dict(os.environ)
    daftra_pipeline(
        str(tmp_path / "s.duckdb"), pipeline_name="shop", pipelines_dir=str(tmp_path / "p")
    )
    assert dict(os.environ) == before
    assert dlt.config.get("shop.load.workers") == 1
    assert dlt.config.get("load.workers") is None
    assert dlt.config.get("shop.data_writer.file_max_items") is None


def test_duckdb_memory_can_be_bounded(account: tuple[Sandbox, Daftra], tmp_path: Path) -> None:
    from daftra_facade.dlt import duckdb_destination

    destination = duckdb_destination(str(tmp_path / "m.duckdb"), memory_limit="100MB")
    pipeline = daftra_pipeline(destination, pipelines_dir=str(tmp_path / "p"))
    pipeline.run(daftra_source(account[1], ["brands"]))
    with pipeline.sql_client() as connection:
        ((limit,),) = connection.execute_sql("select current_setting('memory_limit')")
    assert limit == "95.3 MiB"  # 100 MB as DuckDB shows it


def test_unknown_resource_is_refused(account: tuple[Sandbox, Daftra]) -> None:
    with pytest.raises(ValueError, match="nope"):
        daftra_source(account[1], ["invoices", "nope"])


# ---------------------------------------------------------------------------- the command


def test_sync_command_twice_into_duckdb(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DLT_DATA_DIR", str(tmp_path / "dlt"))
    assert main(["sync", "--sandbox", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^invoices: 3 rows$", out, re.M) and "invoices__items: 6 rows" in out
    with duckdb.connect(str(tmp_path / "daftra.duckdb")) as connection:
        tables = {
            t
            for (t,) in connection.sql(
                "select table_name from information_schema.tables where table_schema = 'account'"
            ).fetchall()
        }
    assert {
        "invoices",
        "invoices__items",
        "invoices__payments",
        "clients",
        "products",
        "brands",
        "estimates",
    } <= tables


def test_sync_command_start_date_leaves_out_records_changed_before_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DLT_DATA_DIR", str(tmp_path / "dlt"))
    sync = ["sync", "--sandbox", "--quiet", "--resources", "invoices,brands"]
    assert main([*sync, "--start-date", "2999-01-01"]) == 0
    assert "invoices" not in capsys.readouterr().out  # every record is older
    try:  # a usage error: argparse exits, or main answers its code
        code = main([*sync, "--start-date", "last week"])
    except SystemExit as exited:
        code = exited.code
    assert code == 2
    assert "--start-date: not a date (YYYY-MM-DD): 'last week'" in capsys.readouterr().err


def test_sync_command_errors_are_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DLT_DATA_DIR", str(tmp_path / "dlt"))
    for name in ("DAFTRA_SUBDOMAIN", "DAFTRA_BASE_URL", "DAFTRA_API_KEY", "DAFTRA_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    for arguments in (
        ["sync", "--sandbox", "--resources", "invoices,nope"],
        ["sync", "--sandbox", "--destination", f"postgresql://u:secret@127.0.0.1:{port}/db"],
        ["sync"],
    ):
        assert main(arguments) == 2
        err = capsys.readouterr().err
        last = err.strip().splitlines()[-1]
        assert last.startswith("daftra: error:") and "Traceback" not in err, err
        assert "secret" not in err
    monkeypatch.setitem(sys.modules, "daftra_facade.dlt", None)  # the extra missing
    assert main(["sync", "--sandbox"]) == 2
    assert "pip install 'daftra-python[dlt]'" in capsys.readouterr().err


def test_readme_section_runs(
    account: tuple[Sandbox, Daftra], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Load an account into a database", 1)[1].split("\n## ", 1)[0]
    code = re.findall(r"```python\n(.*?)```", section, re.S)[0]
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DLT_DATA_DIR", str(tmp_path / "dlt"))
    exec(compile(code, "README", "exec"), {"client": account[1]})
    with duckdb.connect(str(tmp_path / "daftra.duckdb")) as connection:
        assert connection.sql("select count(*) from account.invoices").fetchall() == [(5,)]


# ---------------------------------------------------------------------------- PostgreSQL


def test_postgres_first_run_second_run_edit_and_delete(
    account: tuple[Sandbox, Daftra], postgres: str, tmp_path: Path
) -> None:
    import psycopg2

    sandbox, client = account
    pipeline = daftra_pipeline(
        dlt.destinations.postgres(postgres),
        dataset_name="daftra_account",
        pipelines_dir=str(tmp_path / "p"),
    )

    def query(sql: str) -> list[tuple[Any, ...]]:
        with psycopg2.connect(postgres) as connection, connection.cursor() as cursor:
            cursor.execute(sql)
            return list(cursor.fetchall())

    _exercise(pipeline, sandbox, client, query, "daftra_account")
    kinds = dict(
        query(
            "select column_name, data_type from information_schema.columns "
            "where table_name = 'invoices'"
        )
    )
    assert kinds["summary_total"] == "numeric" and kinds["date"] == "date"


def test_duckdb_loads_parquet_files_and_rounds_long_fractions_as_inserts_did(
    account: tuple[Sandbox, Daftra], tmp_path: Path
) -> None:
    sandbox, client = account
    with sandbox.state.lock:  # a rate as Daftra may send one: more places than DECIMAL(38, 9)
        line = next(iter(sandbox.state.rows("InvoiceItem")))
        line.update(item="Third", unit_price="0.3333333333333")
    database = tmp_path / "p.duckdb"
    pipeline = daftra_pipeline(
        dlt.destinations.duckdb(str(database)), pipelines_dir=str(tmp_path / "p")
    )
    _run(pipeline, client)
    jobs = pipeline.last_trace.last_load_info.load_packages[0].jobs["completed_jobs"]
    formats = {job.job_file_info.file_format for job in jobs}
    assert "parquet" in formats and "insert_values" not in formats, formats  # and merge SQL
    with duckdb.connect(str(database)) as connection:
        prices = connection.sql(
            "select unit_price from account.invoices__items where item = 'Third'"
        ).fetchall()
    # DECIMAL(38, 9), as an INSERT would have rounded it; a Parquet file would refuse it.
    assert prices == [(Decimal("0.333333333"),)]
    with duckdb.connect(str(database)) as connection:
        _check_database(lambda sql: connection.sql(sql).fetchall(), sandbox, "account")


def _typed(value: Any) -> Any:
    """``value`` with every scalar paired with its type: True and 1 compare unequal."""
    if isinstance(value, dict):
        return {key: _typed(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_typed(item) for item in value]
    return (type(value).__name__, value)


def test_the_listings_the_source_reads_are_what_the_models_give(
    account: tuple[Sandbox, Daftra],
) -> None:
    # The source reads dict_pages() to skip building models; the tables must not change.
    _, client = account
    for name, arguments in [
        ("invoices", {"recursive": 1}),
        ("estimates", {}),
        ("staff", {}),
        ("stores", {}),
        ("clients", {}),
        ("brands", {}),
    ]:
        listing = getattr(client, name)
        by_models = list(listing.pages(limit=2, **arguments))
        as_dicts = list(listing.dict_pages(limit=2, **arguments))
        assert len(by_models) == len(as_dicts) >= 1, name
        for model_page, dict_page in zip(by_models, as_dicts, strict=True):
            assert _typed([row.to_dict() for row in model_page.rows]) == _typed(dict_page.rows)
            assert _typed([item.to_dict() for item in model_page.items]) == _typed(dict_page.items)
            assert (model_page.page, model_page.page_count, model_page.total_results) == (
                dict_page.page,
                dict_page.page_count,
                dict_page.total_results,
            )
