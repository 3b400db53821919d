"""``daftra RESOURCE create``, ``update`` and ``delete``: one record from JSON (given,
``@file`` or ``-``), checked before sending, printed as stored; the update is the safe
one; a delete is confirmed. Run against the served sandbox, and every example their
``--help`` shows is run as written."""

from __future__ import annotations

import io
import json
import shlex
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from daftra_facade.cli import build_parser, main
from daftra_facade.cli.records import in_new_sandbox, needs_records, read_body
from daftra_facade.resources.catalogue import declared_resources
from daftra_sandbox import Sandbox

from ..conftest import invoice_body
from ..wire.test_real_wire import LinelessSandbox
from .test_cli_data import _epilogs


def account(sandbox: Sandbox) -> list[str]:
    return ["--base-url", sandbox.base_url, "--api-key", sandbox.api_key]


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.chdir(tmp_path)
    for name in ("API_KEY", "TOKEN", "SUBDOMAIN", "BASE_URL", "PROFILE", "CONFIG"):
        monkeypatch.delenv(f"DAFTRA_{name}", raising=False)
    yield tmp_path


def printed(out: str) -> Any:
    return json.loads(out)


def test_create_takes_json_and_prints_the_record_as_stored(
    sandbox: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["brands", "create", '{"name": "Acme"}', *account(sandbox)]) == 0
    out, err = capsys.readouterr()
    record = printed(out)
    assert record["name"] == "Acme" and record["id"] == sandbox.state.all("v2:brand")[-1]["id"]
    assert f"created brands {record['id']}" in err


def test_create_reads_a_file_or_standard_input(
    sandbox: Sandbox,
    workdir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (workdir / "brand.json").write_text('\ufeff{"name": "From a file"}', encoding="utf-8")
    assert main(["brands", "create", "@brand.json", *account(sandbox)]) == 0
    assert printed(capsys.readouterr().out)["name"] == "From a file"
    monkeypatch.setattr("sys.stdin", io.StringIO('{"name": "From stdin"}\n'))
    assert main(["brands", "create", "-", *account(sandbox)]) == 0
    assert printed(capsys.readouterr().out)["name"] == "From stdin"
    names = [brand["name"] for brand in sandbox.state.all("v2:brand")]
    assert names[-2:] == ["From a file", "From stdin"]


def test_a_v1_create_sends_its_lines_and_prints_them(
    sandbox: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    body = json.dumps(invoice_body(1))
    assert main(["invoices", "create", body, *account(sandbox)]) == 0
    record = printed(capsys.readouterr().out)
    assert record["Invoice"]["client_id"] == 1
    assert sandbox.state.count("Invoice") == 1


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ('{"name": ', "the JSON argument: not valid JSON at line 1, column 10"),
        ('[{"name": "x"}]', "expected one record, a JSON object, not an array (for a file"),
        ('{"name": "x"} {"name": "y"}', "the JSON argument: more than one JSON value"),
        ("@missing.json", "missing.json: no such file"),
        ('{"nmae": "x"}', "nmae"),  # the library's check: the field is named
    ],
)
def test_a_bad_body_is_one_line_naming_where_and_nothing_is_sent(
    sandbox: Sandbox, workdir: Path, capsys: pytest.CaptureFixture[str], given: str, said: str
) -> None:
    before = sandbox.state.count("v2:brand")
    assert main(["brands", "create", given, *account(sandbox)]) != 0
    err = capsys.readouterr().err
    assert said in err and len(err.strip().splitlines()) == 1, err
    assert sandbox.state.count("v2:brand") == before


def test_read_body_names_the_line_of_a_file(tmp_path: Path) -> None:
    (tmp_path / "b.json").write_text('{\n  "name": "x",\n  oops\n}')
    with pytest.raises(Exception, match=r"b.json: not valid JSON at line 3, column 3"):
        read_body(f"@{tmp_path / 'b.json'}")


def test_update_changes_the_fields_given_and_keeps_the_others(
    sandbox: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dict(sandbox.state.get("Client", 1) or {})
    changes = '{"Client": {"notes": "VIP"}}'
    assert main(["clients", "update", "1", changes, *account(sandbox)]) == 0
    record = printed(capsys.readouterr().out)
    assert record["Client"]["notes"] == "VIP"
    after = sandbox.state.get("Client", 1) or {}
    assert after["notes"] == "VIP"
    assert (after["business_name"], after["email"]) == (before["business_name"], before["email"])


def test_update_refuses_an_edit_that_could_remove_lines_and_says_how_in_cli_words(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with LinelessSandbox(None) as lineless:
        invoice_id = lineless.add_invoice(invoice_body(1))["id"]
        argv = ["invoices", "update", str(invoice_id), '{"Invoice": {"notes": "x"}}']
        assert main([*argv, *account(lineless)]) != 0
        err = capsys.readouterr().err
        assert "nothing sent" in err and "holds no InvoiceItem" in err
        assert "--replace" in err and "replace()" not in err
        assert lineless.sent("PUT") == []
        # --replace sends the body as the whole record, as asked.
        whole = json.dumps(invoice_body(1, notes="whole"))
        assert (
            main(["invoices", "update", str(invoice_id), whole, "--replace", *account(lineless)])
            == 0
        )
        assert [edit["Invoice"]["notes"] for edit in lineless.sent("PUT")] == ["whole"]


def test_delete_asks_at_a_terminal_and_needs_yes_without_one(
    sandbox: Sandbox, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal
    assert main(["clients", "delete", "1", *account(sandbox)]) == 2
    assert "give --yes" in capsys.readouterr().err
    assert sandbox.state.get("Client", 1) is not None

    terminal = io.StringIO("n\n")
    terminal.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr("sys.stdin", terminal)
    assert main(["clients", "delete", "1", *account(sandbox)]) == 0
    assert "nothing deleted" in capsys.readouterr().err
    assert sandbox.state.get("Client", 1) is not None

    terminal = io.StringIO("y\n")
    terminal.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr("sys.stdin", terminal)
    assert main(["clients", "delete", "1", *account(sandbox)]) == 0
    assert sandbox.state.get("Client", 1) is None

    assert main(["products", "delete", "1", "--yes", *account(sandbox)]) == 0
    assert "deleted products 1" in capsys.readouterr().err
    assert sandbox.state.get("Product", 1) is None


def test_deleting_a_missing_record_fails_naming_it(
    sandbox: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["clients", "delete", "999", "--yes", *account(sandbox)]) != 0
    assert "404" in capsys.readouterr().err


def record_examples() -> list[str]:
    """The runnable examples of every create, update and delete ``--help``."""
    return sorted(
        epilog.split("example:", 1)[1].split("(then:")[0].strip()
        for epilog in _epilogs(build_parser())
        if "example:" in epilog and any(f" {a} " in epilog for a in ("create", "update", "delete"))
    )


def test_every_record_example_runs_as_written(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    failures = []
    examples = record_examples()
    for example in examples:
        status = main(shlex.split(example)[1:])
        errors = capsys.readouterr().err.strip().splitlines()
        if status != 0:
            failures.append(f"{example[:120]} -> {status}: {errors[-1:]}")
    assert not failures, "\n".join(failures)
    assert sum(" create " in e for e in examples) > 40
    assert any(" update 1 " in e for e in examples) and any(" delete 1 " in e for e in examples)


def test_a_create_example_shown_as_documented_indeed_needs_records_a_new_sandbox_lacks(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shown = {
        epilog.split(" create ", 1)[0].rsplit(" ", 1)[1]: epilog.partition("): ")[2]
        for epilog in _epilogs(build_parser())
        if epilog.startswith("documented body")
    }
    assert set(shown) == {name for name in declared_resources() if needs_records(name)}
    for name, command in shown.items():
        assert main([*shlex.split(command)[1:], "--sandbox"]) != 0, name
        assert "not found" in capsys.readouterr().err.lower() or name == "employee_assets"


def test_ids_of_records_a_new_sandbox_has_are_pointed_at_record_one() -> None:
    body = {"Invoice": {"client_id": 15, "po_number": "7"}, "InvoiceItem": [{"product_id": 3}]}
    assert in_new_sandbox(body) == {
        "Invoice": {"client_id": 1, "po_number": "7"},
        "InvoiceItem": [{"product_id": 1}],
    }
    assert in_new_sandbox({"supplier_id": 9}) == {"supplier_id": 9}  # none seeded: kept
