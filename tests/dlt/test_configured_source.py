"""The dlt source configured the dlt way: its account and credentials from dlt's config
files and environment, a start date, and nothing changed in the process by importing it or
by making a pipeline."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

dlt = pytest.importorskip("dlt", reason="the dlt extra is not installed")
duckdb = pytest.importorskip("duckdb", reason="the dlt extra is not installed")

from dlt.common.configuration.container import Container  # noqa: E402
from dlt.common.configuration.specs import PluggableRunContext  # noqa: E402

from daftra_facade import ConfigurationError, Daftra  # noqa: E402
from daftra_facade.dlt import daftra_pipeline, daftra_source  # noqa: E402
from daftra_sandbox import Sandbox  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OLD = "2020-01-01 00:00:00"


@pytest.fixture
def account(monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    """A sandbox with three invoices and two brands, and no account in the environment."""
    for name in [n for n in os.environ if n.startswith(("DAFTRA_", "SOURCES__"))]:
        monkeypatch.delenv(name)
    with (
        Sandbox() as sandbox,
        Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client,
    ):
        for number in range(1, 4):
            client.invoices.create(
                {
                    "Invoice": {"client_id": 1, "date": "2026-02-03"},
                    "InvoiceItem": [{"item": "Widget", "unit_price": "10", "quantity": number}],
                }
            )
        client.brands.create({"name": "Acme"})
        client.brands.create({"name": "Zeta"})
        yield sandbox


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty folder as the working folder of a dlt project; dlt reads its config files
    from there (again, on the way in and out)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DLT_DATA_DIR", str(tmp_path / "dlt"))
    (tmp_path / ".dlt").mkdir()
    context = Container()[PluggableRunContext]
    try:
        yield tmp_path
    finally:
        for stored in (tmp_path / ".dlt").iterdir():
            stored.unlink()
        context.reload_providers()


def _configure(project: Path, config: str = "", secrets: str = "") -> None:
    (project / ".dlt" / "config.toml").write_text(config, encoding="utf-8")
    (project / ".dlt" / "secrets.toml").write_text(secrets, encoding="utf-8")
    Container()[PluggableRunContext].reload_providers()


def _count(database: Path, table: str) -> int:
    with duckdb.connect(str(database), read_only=True) as connection:
        ((found,),) = connection.sql(f"select count(*) from {table}").fetchall()
    return int(found)


def test_the_account_comes_from_dlts_config_and_secrets_files(
    account: Sandbox, project: Path
) -> None:
    _configure(
        project,
        config=f'[sources.daftra]\nbase_url = "{account.base_url}"\n',
        secrets=f'[sources.daftra]\napi_key = "{account.api_key}"\n',
    )
    pipeline = dlt.pipeline("books", destination="duckdb", dataset_name="account")
    pipeline.run(daftra_source(resources=["invoices", "brands"]))
    assert _count(project / "books.duckdb", "account.invoices") == 3
    assert _count(project / "books.duckdb", "account.invoices__items") == 3
    assert _count(project / "books.duckdb", "account.brands") == len(account.state.all("v2:brand"))


def test_the_account_comes_from_dlts_environment_variables(
    account: Sandbox, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCES__DAFTRA__BASE_URL", account.base_url)
    monkeypatch.setenv("SOURCES__DAFTRA__API_KEY", account.api_key)
    pipeline = dlt.pipeline("books", destination="duckdb", dataset_name="account")
    pipeline.run(daftra_source(resources=["invoices"]))
    assert _count(project / "books.duckdb", "account.invoices") == 3


def test_a_source_without_an_account_says_where_dlt_looks_for_one(
    account: Sandbox, project: Path
) -> None:
    _configure(project)
    with pytest.raises(ConfigurationError) as raised:
        daftra_source(resources=["invoices"])
    for place in ("sources.daftra.api_key", "SOURCES__DAFTRA__API_KEY", ".dlt/secrets.toml"):
        assert place in str(raised.value)


def test_a_configured_client_is_shared_while_resources_read_and_closed_after() -> None:
    """One client (one pace) for every resource of a source, opened by the first to read
    and closed by the last; a source read again opens another. A client passed in is
    the caller's: never closed."""
    from daftra_facade.dlt.account import Account

    account = Account.configured({"base_url": "http://127.0.0.1:9", "api_key": "k"}, "here")
    with account.lease() as first:
        with account.lease() as second:
            assert second is first
        assert not first._transport._http.is_closed  # one resource still reads
    assert first._transport._http.is_closed
    with account.lease() as again:
        assert again is not first and not again._transport._http.is_closed
    with Daftra(base_url="http://127.0.0.1:9", api_key="k") as given:
        with Account(given).lease() as lent:
            assert lent is given
        assert not given._transport._http.is_closed


def test_resources_in_place_of_the_client_are_refused_saying_how_to_pass_them() -> None:
    with pytest.raises(TypeError, match=r"resources=\["):
        daftra_source(["invoices"])  # type: ignore[arg-type]


def test_a_start_date_leaves_out_records_changed_before_it(
    account: Sandbox, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Resources read through a change filter (invoices, brands) and one scanned in full
    (invoice payments) alike: records last changed before the start date are not brought
    in; a record loaded already stays, and its changes are loaded."""
    client = Daftra(base_url=account.base_url, api_key=account.api_key)
    client.invoice_payments.create(
        {"InvoicePayment": {"invoice_id": 2, "amount": "5", "payment_method": "cash"}}
    )
    client.invoice_payments.create(
        {"InvoicePayment": {"invoice_id": 3, "amount": "6", "payment_method": "cash"}}
    )
    with account.state.lock:
        for table in ("Invoice", "v2:brand", "InvoicePayment"):
            account.state.rows(table)[0]["modified"] = OLD
    modes: dict[str, str] = {}
    pipeline = daftra_pipeline(pipelines_dir=str(project / "p"))
    resources = ["invoices", "brands", "invoice_payments"]

    def run(**options: Any) -> None:
        source = daftra_source(
            client,
            resources,
            on_progress=lambda p: modes.__setitem__(p.resource, p.mode),
            **options,
        )
        pipeline.run(source)

    run(start_date="2025-06-01")
    database = project / "daftra.duckdb"
    assert modes["invoices"] == modes["brands"] == "changes since 2025-06-01 00:00:00"
    assert modes["invoice_payments"] == "full scan"
    assert _count(database, "account.invoices") == 2
    assert _count(database, "account.brands") == len(account.state.all("v2:brand")) - 1
    payments = account.state.all("InvoicePayment")
    assert _count(database, "account.invoice_payments") == len(payments) - 1
    with duckdb.connect(str(database), read_only=True) as connection:
        loaded = {i for (i,) in connection.sql("select id from account.invoices").fetchall()}
    old_invoice = account.state.rows("Invoice")[0]["id"]
    assert old_invoice not in loaded
    # Later than the start date, everything is loaded again (nothing before it was).
    run(full_scan=True)
    assert _count(database, "account.invoices") == 3
    assert _count(database, "account.invoice_payments") == len(payments)
    # A start date after records were loaded leaves them in their tables.
    run(start_date="2025-06-01", full_scan=True)
    assert _count(database, "account.invoices") == 3
    assert _count(database, "account.invoice_payments") == len(payments)
    client.close()


def test_a_start_date_is_a_date_in_the_accounts_time() -> None:
    for wrong in ("last week", "2026-01-01T00:00:00+02:00"):
        with pytest.raises(ValueError, match="start_date"):
            daftra_source(Daftra(base_url="http://127.0.0.1:9", api_key="k"), start_date=wrong)


def _python(script: str, folder: Path, **environment: str) -> str:
    """What ``script`` prints, run in a fresh interpreter in ``folder`` (dlt configures
    itself once a process)."""
    inherited = {k: v for k, v in os.environ.items() if not k.startswith(("RUNTIME__", "DAFTRA_"))}
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=folder,
        env={**inherited, "DLT_DATA_DIR": str(folder / "dlt"), **environment},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_importing_the_source_and_making_a_pipeline_change_nothing_in_the_process(
    tmp_path: Path,
) -> None:
    """No environment variable is written, and dlt's own settings (telemetry among them)
    are the user's: a pipeline made for the source keeps its loading settings to its name."""
    script = (
        "import os, sys, daftra_facade\n"
        "assert 'dlt' not in sys.modules\n"
        "before = dict(os.environ)\n"
        "import daftra_facade.dlt as d\n"
        "assert dict(os.environ) == before, 'import'\n"
        "import dlt\n"
        "d.daftra_pipeline('duckdb', pipeline_name='shop')\n"
        "assert dict(os.environ) == before, 'pipeline'\n"
        "other = dlt.pipeline('other', destination='duckdb')\n"
        "print(other.run_context.runtime_config.dlthub_telemetry,\n"
        "      dlt.config.get('shop.load.workers'), dlt.config.get('load.workers'))\n"
    )
    # The user's own setting (telemetry off here) is what dlt runs with.
    assert _python(script, tmp_path, RUNTIME__DLTHUB_TELEMETRY="false") == "False 1 None"


def test_the_sync_command_runs_dlt_without_telemetry_and_leaves_the_environment_alone(
    tmp_path: Path,
) -> None:
    script = (
        "import os\n"
        "from daftra_facade.cli import main\n"
        "before = dict(os.environ)\n"
        "assert main(['sync', '--sandbox', '--quiet', '--resources', 'brands']) == 0\n"
        "assert dict(os.environ) == before\n"
        "from dlt.common.runtime import anon_tracker, telemetry\n"
        "import dlt\n"
        "print(telemetry.is_telemetry_started(), anon_tracker._ANON_TRACKER_ENDPOINT,\n"
        "      dlt.current.run_context().runtime_config.dlthub_telemetry)\n"
    )
    assert _python(script, tmp_path).splitlines()[-1] == "True None False"
