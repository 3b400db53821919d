"""The dlt source keys each table as the spec types the resource's ids: BIGINT where the
spec says integer (or numeric text), TEXT where it says string."""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

dlt = pytest.importorskip("dlt", reason="the dlt extra is not installed")
duckdb = pytest.importorskip("duckdb", reason="the dlt extra is not installed")
pa = pytest.importorskip("pyarrow", reason="the dlt extra is not installed")

from daftra_facade import Daftra  # noqa: E402
from daftra_facade.dlt import (  # noqa: E402
    IdTypeChangedError,
    daftra_pipeline,
    daftra_source,
    resource_names,
)
from daftra_facade.dlt.fingerprints import Fingerprints  # noqa: E402
from daftra_facade.dlt.ids import Keys  # noqa: E402
from daftra_facade.resources.catalogue import declared_resources  # noqa: E402
from daftra_sandbox import Sandbox  # noqa: E402

from ..spec.test_spec_diff import text_store_ids  # noqa: E402


def test_every_resource_of_the_bundled_spec_is_keyed_by_integers() -> None:
    # Ids the spec documents as a number or as numeric text are numbers.
    assert [
        name for name in resource_names() if Keys.of(declared_resources()[name].spec).text
    ] == []


def test_the_spec_making_ids_text_makes_the_keys_text() -> None:
    with text_store_ids():
        assert Keys.of(declared_resources()["stores"].spec) == Keys(text=True)
        assert Keys.of(declared_resources()["taxes"].spec) == Keys(text=False)


def test_text_keyed_fingerprints_round_trip_sorted_and_marked() -> None:
    keys = Keys(text=True)
    state: dict[str, Any] = {}
    # Saved a page at a time, as a scan reads them; sorted as read back.
    ids, digests = [["WH-2", "é-1"], ["007"]], [array("q", [2, 3]), array("q", [1])]
    Fingerprints.save(state, "stores", ids, digests, keys)
    assert state["fingerprints"]["text_ids"] is True
    restored = Fingerprints.load(state, "stores", keys)
    assert restored.ids == ["007", "WH-2", "é-1"] and list(restored.digests) == [1, 2, 3]
    restored.put("new", 4)
    assert restored.pop("WH-2") == 2
    again = Fingerprints.unpacked(restored.packed(), keys)
    assert again.ids == ["007", "new", "é-1"] and again.get("new") == 4
    # Kept under ids of another type (the spec changed): none is trusted.
    assert not Fingerprints.load(state, "stores")
    assert not Fingerprints.load({"fingerprints": ""}, "stores", keys)


@pytest.fixture
def text_warehouses() -> Iterator[tuple[Sandbox, Daftra]]:
    """A live-dialect sandbox whose warehouses carry text ids, read through a spec that
    says so."""
    with (
        text_store_ids(),
        Sandbox(dialect="live") as sandbox,
        Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client,
    ):
        sandbox.state.remove("Store", 1)
        for key, name in (("WH-01", "North"), ("WH-02", "South"), ("007", "Docks")):
            sandbox.state.add("Store", id=key, name=name, active=1)
        yield sandbox, client


def test_text_ids_land_as_text_and_load_once_edits_merge_and_deletions_are_found(
    text_warehouses: tuple[Sandbox, Daftra], tmp_path: Path
) -> None:
    sandbox, client = text_warehouses
    database = tmp_path / "text.duckdb"
    pipeline = daftra_pipeline(str(database), pipelines_dir=str(tmp_path / "p"))

    def run(**options: Any) -> dict[str, int]:
        pipeline.run(daftra_source(client, ["stores"], **options))
        counts = pipeline.last_trace.last_normalize_info.row_counts
        return {table: n for table, n in counts.items() if not table.startswith("_dlt")}

    def rows() -> list[tuple[Any, ...]]:
        with duckdb.connect(str(database)) as connection:
            return connection.sql("select id, name from account.stores order by id").fetchall()

    assert run() == {"stores": 3}
    assert rows() == [("007", "Docks"), ("WH-01", "North"), ("WH-02", "South")]
    with duckdb.connect(str(database)) as connection:
        assert connection.sql(
            "select data_type from information_schema.columns where table_schema = 'account' "
            "and table_name = 'stores' and column_name = 'id'"
        ).fetchall() == [("VARCHAR",)]
    assert run() == {}  # nothing changed: nothing loaded

    sandbox.state.add("Store", id="WH-02", name="South quay", active=1)  # an edit
    assert run() == {"stores": 1}
    assert rows() == [("007", "Docks"), ("WH-01", "North"), ("WH-02", "South quay")]

    sandbox.state.remove("Store", "WH-01")
    run(full_scan=True)
    assert rows() == [("007", "Docks"), ("WH-02", "South quay")]
    assert run() == {}
    saved = pipeline.state["sources"]["daftra"]["resources"]["stores"]["fingerprints"]
    assert saved["text_ids"] is True


def test_a_table_loaded_before_the_ids_became_text_is_refused_until_loaded_afresh(
    tmp_path: Path,
) -> None:
    """Nothing can be merged into a BIGINT key under text ids: the run stops before it
    reads anything, saying how to load the resource afresh, which then works."""
    with (
        Sandbox(dialect="live") as sandbox,
        Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client,
    ):
        database = tmp_path / "changed.duckdb"
        pipeline = daftra_pipeline(str(database), pipelines_dir=str(tmp_path / "p"))
        pipeline.run(daftra_source(client, ["stores"]))  # integer ids: store 1
        with text_store_ids():
            sandbox.state.remove("Store", 1)
            sandbox.state.add("Store", id="WH-01", name="North", active=1)
            with pytest.raises(
                Exception,
                match="stores: the spec now types its ids as text, "
                "but its table was loaded with bigint ids",
            ) as refused:
                pipeline.run(daftra_source(client, ["stores"]))
            assert isinstance(refused.value.__cause__.__cause__, IdTypeChangedError)
            pipeline.run(daftra_source(client, ["stores"]), refresh="drop_resources")
        with duckdb.connect(str(database)) as connection:
            assert connection.sql("select id, name from account.stores").fetchall() == [
                ("WH-01", "North")
            ]


def test_a_document_with_text_ids_ties_its_lines_by_a_text_document_id() -> None:
    """What a batch of documents becomes when the spec makes their ids text: the lines'
    ``document_id`` is TEXT like the documents' ``id``, and a document that lost its
    lines leaves a tombstone under its text id."""
    from daftra_facade.dlt.reader import Reader

    with Daftra(base_url="http://127.0.0.1:9", api_key="unused") as client:
        reader = Reader(client, "invoices", False, 10, 1, None)
        reader.keys = Keys(text=True)
        batch = [
            {"id": "INV-1", "notes": "a", "items": [{"id": 5, "item": "Widget"}]},
            {"id": "INV-2", "notes": "b"},
        ]
        documents, items, payments = reader._loadable(batch, False, {"INV-2"}.__contains__)
    assert documents.data.schema.field("id").type == pa.string()
    assert items.meta.hints["table_name"] == "invoices__items"
    assert items.meta.hints["columns"]["document_id"]["data_type"] == "text"
    assert items.data.select(["document_id", "item", "deleted_in_daftra"]).to_pylist() == [
        {"document_id": "INV-1", "item": "Widget", "deleted_in_daftra": None},
        {"document_id": "INV-2", "item": None, "deleted_in_daftra": True},
    ]
    assert payments.data.to_pylist() == [{"document_id": "INV-2", "deleted_in_daftra": True}]


def test_the_sync_command_says_in_one_line_how_to_load_a_resource_whose_ids_changed_type(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from daftra_facade.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DLT_DATA_DIR", str(tmp_path / "dlt"))
    with Sandbox(dialect="live") as sandbox:
        monkeypatch.setenv("DAFTRA_BASE_URL", sandbox.base_url)
        monkeypatch.setenv("DAFTRA_API_KEY", sandbox.api_key)
        for name in ("DAFTRA_SUBDOMAIN", "DAFTRA_TOKEN", "DAFTRA_PROFILE", "DAFTRA_CONFIG"):
            monkeypatch.delenv(name, raising=False)
        assert main(["sync", "--resources", "stores", "--quiet"]) == 0
        with text_store_ids():
            sandbox.state.add("Store", id="WH-01", name="North", active=1)
            capsys.readouterr()
            assert main(["sync", "--resources", "stores", "--quiet"]) == 2
            last = capsys.readouterr().err.strip().splitlines()[-1]
            assert last.startswith(
                "daftra: error: sync failed: stores: the spec now types its ids as text, "
                "but its table was loaded with bigint ids: load it afresh, into a new "
                "dataset (daftra sync --dataset NAME)"
            )
            assert main(["sync", "--resources", "stores", "--dataset", "text_ids"]) == 0
    with duckdb.connect(str(tmp_path / "daftra.duckdb")) as connection:
        assert connection.sql("select id from text_ids.stores order by id").fetchall() == [
            ("1",),
            ("WH-01",),
        ]
