"""The command line as a migration tool: every resource imported (find-or-create with
--match, references by business key), lossless exports, jobs that cannot duplicate, one-line
errors, and every --help example run as written."""

from __future__ import annotations

import argparse
import csv
import json
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from daftra_facade import Daftra
from daftra_facade.cli import build_parser, main
from daftra_facade.cli.syncing import _seed_sandbox_for_sync
from daftra_facade.files import csv_columns
from daftra_sandbox import Sandbox, seed_references

from ..conftest import invoice_body

CLIENTS = """Client.business_name,Client.email,Client.type
Nile Traders,orders@nile.example,3
Delta Foods,buy@delta.example,3
"""
PRODUCTS = """Product.name,Product.product_code,Product.unit_price
Olive oil 1L,OIL-1,12.50
Dates 500g,DATE-5,4.75
"""
INVOICES = """key,Invoice.po_number,Invoice.client_id,Invoice.date,InvoiceItem.product_id,\
InvoiceItem.item,InvoiceItem.unit_price,InvoiceItem.quantity
A,PO-1001,orders@nile.example,2026-01-05,OIL-1,Olive oil 1L,12.50,10
A,PO-1001,orders@nile.example,2026-01-05,DATE-5,Dates 500g,4.75,20
B,PO-1002,buy@delta.example,2026-01-06,DATE-5,Dates 500g,4.75,5
"""


@pytest.fixture
def account(sandbox: Sandbox) -> list[str]:
    """The flags naming a running sandbox, as a user would name their account."""
    return ["--base-url", sandbox.base_url, "--api-key", sandbox.api_key]


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for name in (
        "DAFTRA_API_KEY",
        "DAFTRA_TOKEN",
        "DAFTRA_SUBDOMAIN",
        "DAFTRA_BASE_URL",
        "DAFTRA_PROFILE",
        "DAFTRA_CONFIG",
    ):
        monkeypatch.delenv(name, raising=False)
    (tmp_path / "clients.csv").write_text(CLIENTS)
    (tmp_path / "products.csv").write_text(PRODUCTS)
    (tmp_path / "invoices.csv").write_text(INVOICES)
    return tmp_path


def migrate(account: list[str], *extra: str) -> list[int]:
    return [
        main([*account, "clients", "import", "clients.csv", "--match", "email", *extra]),
        main([*account, "products", "import", "products.csv", "--match", "product_code", *extra]),
        main(
            [
                *account,
                "invoices",
                "import",
                "invoices.csv",
                "--client-key",
                "email",
                "--product-key",
                "product_code",
                "--match",
                "po_number",
                *extra,
            ]
        ),
    ]


def counts(sandbox: Sandbox) -> tuple[int, ...]:
    return tuple(sandbox.state.count(t) for t in ("Client", "Product", "Invoice", "InvoiceItem"))


def test_a_migration_runs_with_the_cli_alone_and_again_changes_nothing(
    sandbox: Sandbox, account: list[str], workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = counts(sandbox)
    assert migrate(account) == [0, 0, 0]
    after = counts(sandbox)
    assert after == (before[0] + 2, before[1] + 2, before[2] + 2, before[3] + 3)
    [invoice] = [i for i in sandbox.state.all("Invoice") if i["po_number"] == "PO-1001"]
    nile = next(c for c in sandbox.state.all("Client") if c.get("email") == "orders@nile.example")
    assert invoice["client_id"] == nile["id"]
    capsys.readouterr()

    assert migrate(account) == [0, 0, 0]  # the job stores say it is all done
    out = capsys.readouterr().out
    assert out.count("already created") == 6
    assert migrate(account, "--no-journal") == [0, 0, 0]  # upserts find everything
    assert capsys.readouterr().out.count("unchanged") == 6
    assert counts(sandbox) == after


def test_a_reference_that_does_not_resolve_is_rejected_not_sent(
    sandbox: Sandbox, account: list[str], workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sandbox.state.count("Invoice")
    status = main(
        [
            *account,
            "invoices",
            "import",
            "invoices.csv",
            "--client-key",
            "email",
            "--product-key",
            "product_code",
            "--report",
            "report.csv",
        ]
    )
    assert status == 1 and sandbox.state.count("Invoice") == before
    rows = list(csv.DictReader(Path("report.csv").read_text().splitlines()))
    assert [row["outcome"] for row in rows] == ["rejected", "rejected"]
    assert "no client has email 'orders@nile.example'" in rows[0]["error"]
    assert rows[0]["sent"] == "False" and rows[0]["key"] == "po_number=PO-1001"


def test_every_resource_that_can_be_created_can_be_imported(workdir: Path) -> None:
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name in ("clients", "suppliers", "products", "taxes", "brands", "client_payments"):
        actions = next(
            a for a in commands.choices[name]._actions if isinstance(a, argparse._SubParsersAction)
        )
        assert "import" in actions.choices, name


def seeded_account() -> Iterator[tuple[Sandbox, list[str]]]:
    with Sandbox() as source:
        with Daftra(base_url=source.base_url, api_key=source.api_key) as client:
            _seed_sandbox_for_sync(client)
        yield source, ["--base-url", source.base_url, "--api-key", source.api_key]


def invoices_of(sandbox: Sandbox) -> list[tuple[object, ...]]:
    """What an invoice is, compared across accounts: client, date, lines and payments."""

    def lines(table: str, invoice_id: int, *fields: str) -> list[tuple[str, ...]]:
        return [
            tuple(str(row[f]) for f in fields)
            for row in sandbox.state.all(table)
            if row["invoice_id"] == invoice_id
        ]

    return [
        (
            i["client_id"],
            str(i["date"]),
            lines("InvoiceItem", i["id"], "product_id", "unit_price", "quantity"),
            lines("InvoicePayment", i["id"], "amount", "payment_method"),
        )
        for i in sandbox.state.all("Invoice")
        if i.get("type", 0) == 0
    ]


@pytest.mark.parametrize("suffix", ["csv", "jsonl"])
def test_export_then_import_keeps_items_and_payments(
    suffix: str, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for source, account in seeded_account():
        assert main([*account, "invoices", "export", "--output", f"out.{suffix}"]) == 0
        wanted = invoices_of(source)
    assert any(payments for *_, payments in wanted)  # the seed has a paid invoice
    with Sandbox() as target:
        account = ["--base-url", target.base_url, "--api-key", target.api_key]
        assert main([*account, "invoices", "import", f"out.{suffix}", "--no-journal"]) == 0
        assert invoices_of(target) == wanted
    assert "exported 3 records of invoices" in capsys.readouterr().err


def test_csv_columns_come_from_the_schema_not_the_first_record(
    sandbox: Sandbox, account: list[str], workdir: Path
) -> None:
    client = {
        "Client": {
            "business_name": "Late",
            "type": 3,
            "email": "l@x.example",
            "city": "Cairo",
            "notes": "only this one has notes",
        }
    }
    with Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as daftra:
        daftra.clients.create(client)
    assert main([*account, "clients", "export", "--output", "clients-out.csv"]) == 0
    with Path("clients-out.csv").open() as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    from daftra_facade.wire.decoding import rows_node

    assert reader.fieldnames == csv_columns(rows_node("listClients", ("data",)))
    assert rows[-1]["Client.notes"] == "only this one has notes"


def test_since_is_checked_on_the_client(
    sandbox: Sandbox, account: list[str], workdir: Path
) -> None:
    with Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as daftra:
        daftra.clients.create({"Client": {"business_name": "Dated", "type": 3}})
    # v1 clients have no date filter: every page is read and the dates checked here.
    assert (
        main([*account, "clients", "export", "--since", "2999-01-01", "--output", "none.jsonl"])
        == 0
    )
    kept = [json.loads(line)["Client"] for line in Path("none.jsonl").read_text().splitlines()]
    assert kept and all(not client.get("created") for client in kept)  # undated: kept
    assert (
        main([*account, "clients", "export", "--since", "2000-01-01", "--output", "all.jsonl"]) == 0
    )
    assert len(Path("all.jsonl").read_text().splitlines()) == sandbox.state.count("Client")


def test_restart_looks_up_what_was_sent_and_sends_it_never_twice(
    sandbox: Sandbox, account: list[str], workdir: Path
) -> None:
    shutil.copy(
        str(resources.files("daftra_facade").joinpath("examples/invoices.json")), "invoices.json"
    )
    seed_references(sandbox.state, json.loads(Path("invoices.json").read_text()))
    assert main([*account, "invoices", "import", "invoices.json", "--quiet"]) == 0
    stored = sandbox.state.count("Invoice")
    assert (
        main(
            [*account, "invoices", "import", "invoices.json", "--restart", "--report", "again.json"]
        )
        == 0
    )
    assert sandbox.state.count("Invoice") == stored
    report = json.loads(Path("again.json").read_text())
    assert all(row["outcome"] == "created" for row in report["elements"])


def test_refused_credentials_leave_the_import_pending(
    sandbox: Sandbox, account: list[str], workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = ["--base-url", sandbox.base_url, "--api-key", "wrong-key"]
    assert main([*wrong, "clients", "import", "clients.csv"]) == 4
    assert "run the same command again with working credentials" in capsys.readouterr().err
    assert main([*account, "clients", "import", "clients.csv", "--quiet"]) == 0
    assert "2 created" in capsys.readouterr().err


def test_retry_rejected_sends_the_fixed_elements_only(
    sandbox: Sandbox, account: list[str], workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good, bad = invoice_body(1, po_number="R-1"), invoice_body(999, po_number="R-2")
    Path("fix.json").write_text(json.dumps([good, bad]))
    assert main([*account, "invoices", "import", "fix.json", "--journal", "j.sqlite"]) == 1
    bad["Invoice"]["client_id"] = 2
    Path("fix.json").write_text(json.dumps([good, bad]))
    assert main([*account, "invoices", "import", "fix.json", "--journal", "j.sqlite"]) == 1
    assert "--retry-rejected" in capsys.readouterr().out
    assert (
        main(
            [
                *account,
                "invoices",
                "import",
                "fix.json",
                "--journal",
                "j.sqlite",
                "--retry-rejected",
            ]
        )
        == 0
    )
    numbers = [i["po_number"] for i in sandbox.state.all("Invoice")]
    assert numbers.count("R-1") == 1 and numbers.count("R-2") == 1


def test_ctrl_c_says_how_to_resume(
    workdir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(args: argparse.Namespace) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr("daftra_facade.cli.importing.run_import", interrupted)
    assert main(["clients", "import", "clients.csv", "--journal", "job.sqlite"]) == 130
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "run the same command again to resume" in err


def test_a_closed_pipe_ends_quietly(workdir: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "daftra_facade.cli", "clients", "export", "--sandbox"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # like `| head -0`
    err = process.stderr.read().decode()
    process.wait(timeout=60)
    assert "Traceback" not in err and "BrokenPipe" not in err


def test_errors_are_one_line(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (
        ["clinets", "export"],
        ["invoices", "export", "--sandbox", "--output", "missing/x.csv"],
        ["invoices", "export", "--sandbox", "--filter", "colour=red"],
        ["follow_up_actions", "export", "--sandbox"],
    ):
        with pytest.raises(SystemExit) if argv[0] == "clinets" else _no_exit():
            assert main(argv) == 2
        err = [
            line for line in capsys.readouterr().err.splitlines() if not line.startswith("sandbox:")
        ]
        assert len(err) == 1 and err[0].startswith("daftra: error:"), err


class _no_exit:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return False


def test_version_and_completion(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.startswith("daftra ")
    assert main(["completion", "bash"]) == 0
    script = capsys.readouterr().out
    assert "complete -o default -F _daftra daftra" in script
    assert '"clients") words="' in script and "import" in script


def _epilogs(parser: argparse.ArgumentParser) -> Iterator[str]:
    if parser.epilog:
        yield parser.epilog
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                yield from _epilogs(child)


def help_examples() -> list[str]:
    found = {
        epilog.split("example:", 1)[1].split("\n\n")[0].split("(then:")[0].strip()
        for epilog in _epilogs(build_parser())
        if "example:" in epilog
    }
    # Exports first: the imports of resources without a shipped example read their output.
    return sorted(found, key=lambda c: (" export " not in c, " import " in c, c))


def test_every_help_example_runs_as_written(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    examples = resources.files("daftra_facade").joinpath("examples")
    for shipped in examples.iterdir():
        if shipped.name.endswith(".json"):
            Path(shipped.name).write_text(shipped.read_text())
    failures = []
    ran = 0
    for example in help_examples():
        argv = shlex.split(example)[1:]
        if argv[:2] == ["sandbox", "serve"]:
            continue  # serves until stopped: run below
        status = main(argv)
        ran += 1
        errors = capsys.readouterr().err.strip().splitlines()
        if status != 0:
            failures.append(f"{example} -> {status}: {errors[-1:]}")
    assert not failures, "\n".join(failures)
    assert ran > 200


def test_the_serve_example_serves(workdir: Path) -> None:
    [example] = [e for e in help_examples() if " serve" in e]
    argv = shlex.split(example)[1:]
    argv[argv.index("--port") + 1] = "0"  # any free port, not the example's
    process = subprocess.Popen(
        [sys.executable, "-m", "daftra_facade.cli", *argv], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().startswith("sandbox: http://")
        faults = process.stdout.readline()  # the example's slow commits, as it says
        assert "slow=0.05" in faults and "slow_seconds=35.0" in faults, faults
    finally:
        process.terminate()
        process.wait(timeout=30)
