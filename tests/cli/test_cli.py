"""The daftra command: import a file into the embedded sandbox and report per element."""

from __future__ import annotations

import csv
import json
from importlib import resources
from pathlib import Path

import pytest

from daftra_facade.cli import main
from daftra_sandbox import Sandbox

from ..conftest import invoice_body


@pytest.fixture
def no_daftra_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No DAFTRA_* variables from the machine running the tests."""
    for name in (
        "DAFTRA_API_KEY",
        "DAFTRA_TOKEN",
        "DAFTRA_SUBDOMAIN",
        "DAFTRA_BASE_URL",
        "DAFTRA_PROFILE",
        "DAFTRA_CONFIG",
    ):
        monkeypatch.delenv(name, raising=False)


def shipped_example() -> Path:
    return Path(str(resources.files("daftra_facade").joinpath("examples/invoices.json")))


def test_the_shipped_example_imports_into_the_sandbox(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "report.json"

    status = main(
        [
            "invoices",
            "import",
            str(shipped_example()),
            "--sandbox",
            "--report",
            str(report),
            "--chunk-size",
            "5",
        ]
    )

    records = json.loads(shipped_example().read_text())
    out, err = capsys.readouterr()
    assert status == 0
    written = json.loads(report.read_text())
    assert written["summary"] == {"created": len(records), "rejected": 0, "unknown": 0}
    assert [row["index"] for row in written["elements"]] == list(range(len(records)))
    assert all(row["outcome"] == "created" and row["id"] for row in written["elements"])
    assert out.count("created") == len(records)
    assert f"{len(records)} created, 0 rejected, 0 unknown" in err


def test_a_rejected_row_is_reported_and_fails_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "mixed.json"
    bad = invoice_body(1, date="not-a-date")
    source.write_text(json.dumps([invoice_body(1), bad, invoice_body(2)]))
    report = tmp_path / "report.csv"

    status = main(["invoices", "import", str(source), "--sandbox", "--report", str(report)])

    rows = list(csv.DictReader(report.open()))
    assert status == 1
    assert [row["outcome"] for row in rows] == ["created", "rejected", "created"]
    assert "Invoice.date" in rows[1]["error"]
    assert "#1" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[{"Invoice": {"client_id": 1}},\n {"Invoice": ]', "bad.json:2:14: not valid JSON"),
        ('{"Invoice": {"client_id": 1}}', "expected a JSON array of records, found a dict"),
    ],
)
def test_a_bad_file_is_one_readable_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    source = tmp_path / "bad.json"
    source.write_text(content)

    status = main(["invoices", "import", str(source), "--sandbox"])

    err = capsys.readouterr().err
    assert status == 2
    assert message in err
    assert "Traceback" not in err


def test_a_missing_file_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["invoices", "import", "nowhere.json", "--sandbox"]) == 2
    assert "nowhere.json: no such file" in capsys.readouterr().err


@pytest.mark.usefixtures("no_daftra_environment")
def test_missing_credentials_are_one_readable_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "one.json"
    source.write_text(json.dumps([invoice_body(1)]))

    assert main(["--subdomain", "acme", "invoices", "import", str(source)]) == 2
    assert "no credentials" in capsys.readouterr().err


def account_flags(sandbox: Sandbox) -> list[str]:
    return ["--base-url", sandbox.base_url, "--api-key", sandbox.api_key]


def test_export_streams_every_record_as_json_lines(sandbox: Sandbox, tmp_path: Path) -> None:
    for number in range(23):
        sandbox.add_invoice(invoice_body(1 + number % 2, unit_price=float(number + 1)))
    output = tmp_path / "invoices.jsonl"

    status = main(
        [
            *account_flags(sandbox),
            "invoices",
            "export",
            "--output",
            str(output),
            "--page-size",
            "5",
            "--quiet",
        ]
    )

    rows = [json.loads(line) for line in output.read_text().splitlines()]
    assert status == 0
    assert sorted(row["Invoice"]["id"] for row in rows) == sorted(
        invoice["id"] for invoice in sandbox.state.all("Invoice")
    )
    assert all(row["Invoice"]["summary_total"] > 0 for row in rows)
    assert all(row["Client"]["id"] == row["Invoice"]["client_id"] for row in rows)


def test_export_to_csv_with_a_filter(sandbox: Sandbox, tmp_path: Path) -> None:
    for client_id in (1, 2, 2):
        sandbox.add_invoice(invoice_body(client_id))
    output = tmp_path / "client2.csv"

    status = main(
        [
            *account_flags(sandbox),
            "invoices",
            "export",
            "--filter",
            "client_id=2",
            "--output",
            str(output),
            "--quiet",
        ]
    )

    rows = list(csv.DictReader(output.open()))
    assert status == 0 and len(rows) == 2
    assert {row["Invoice.client_id"] for row in rows} == {"2"}
    assert {"Invoice.id", "Invoice.no", "Invoice.summary_total", "Client.business_name"} <= set(
        rows[0]
    )


def test_an_undocumented_export_filter_is_refused(
    sandbox: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main([*account_flags(sandbox), "invoices", "export", "--filter", "clientid=2"])
    assert status == 2
    assert "does not take 'clientid'" in capsys.readouterr().err


def test_json_lines_are_imported_and_a_bad_line_is_rejected_by_name_the_rest_sent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text("\n".join(json.dumps(invoice_body(1)) for _ in range(3)) + "\n")
    assert main(["invoices", "import", str(good), "--sandbox", "--quiet"]) == 0
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(invoice_body(1)) + "\n{broken\n" + json.dumps(invoice_body(1)))
    assert main(["invoices", "import", str(bad), "--sandbox"]) == 1
    out = capsys.readouterr().out
    assert "#1     rejected" in out and "bad.jsonl:2:2: not valid JSON" in out
    assert out.count("created") == 2


def test_whoami_names_the_account(sandbox: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*account_flags(sandbox), "whoami"]) == 0
    assert "Sandbox Trading (sandbox)" in capsys.readouterr().out
    assert main(["--base-url", sandbox.base_url, "--api-key", "wrong", "whoami"]) == 4
    assert "401" in capsys.readouterr().err


def test_sandbox_serve_takes_a_fault_profile() -> None:
    import subprocess
    import sys

    import httpx

    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "daftra_sandbox",
            "--port",
            "0",
            "--server-error",
            "1",
            "--seed",
            "5",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        first = server.stdout.readline().split()
        base_url, key = first[1].removesuffix("/api2"), first[4]
        assert base_url.startswith("http://127.0.0.1:")
        answer = httpx.get(f"{base_url}/api2/site_info.json", headers={"apikey": key})
        assert answer.status_code in (500, 502, 503)
        assert "server_error=1.0" in server.stdout.readline()
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_sandbox_serve_commits_a_slow_request_after_the_client_gave_up() -> None:
    """``--slow-seconds`` holds a ``--slow`` request that long, then processes and
    commits it: a client whose timeout is shorter never sees the answer, yet the record
    is there afterwards (what settling a lost create must expect)."""
    import subprocess
    import sys
    import time

    import httpx

    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "daftra_sandbox",
            "--port",
            "0",
            "--slow",
            "1",
            "--slow-seconds",
            "0.6",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        first = server.stdout.readline().split()
        base_url, key = first[1], first[4]
        assert "slow_seconds=0.6" in server.stdout.readline()
        headers = {"apikey": key}
        sent = time.monotonic()
        with pytest.raises(httpx.ReadTimeout):
            httpx.post(
                f"{base_url}/invoices.json",
                json=invoice_body(po_number="SLOW-1"),
                headers=headers,
                timeout=0.2,
            )
        # The list is held as long too: it is answered once the create has committed.
        listed = httpx.get(f"{base_url}/invoices.json?po_number=SLOW-1", headers=headers, timeout=5)
        assert listed.json()["pagination"]["total_results"] in (1, "1")
        assert time.monotonic() - sent >= 0.6  # the create was held that long
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.parametrize(
    ("flags", "why"),
    [
        (["--slow-seconds", "5"], "give --slow P too"),
        (["--slow", "0.1", "--slow-seconds", "-1"], "0 or more seconds, not -1"),
    ],
)
def test_sandbox_serve_refuses_slow_seconds_that_cannot_apply(
    flags: list[str], why: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sandbox", "serve", "--port", "0", *flags]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and why in err[0], err


def test_an_export_imports_back_into_another_account(sandbox: Sandbox, tmp_path: Path) -> None:
    for number in range(5):
        body = invoice_body(1 + number % 2, quantity=number + 1, unit_price=7.5)
        sandbox.add_invoice(body)
    exported = tmp_path / "invoices.jsonl"
    assert (
        main(
            [
                *account_flags(sandbox),
                "invoices",
                "export",
                "--filter",
                "recursive=1",
                "--output",
                str(exported),
                "--quiet",
            ]
        )
        == 0
    )
    report = tmp_path / "report.json"

    status = main(
        ["invoices", "import", str(exported), "--sandbox", "--quiet", "--report", str(report)]
    )

    assert status == 0
    assert json.loads(report.read_text())["summary"]["created"] == 5
    lines = [json.loads(line) for line in exported.read_text().splitlines()]
    assert [len(line["InvoiceItem"]) for line in lines] == [1] * 5


def test_csv_rows_sharing_a_key_make_one_invoice(sandbox: Sandbox, tmp_path: Path) -> None:
    source = tmp_path / "invoices.csv"
    source.write_text(
        "key,Invoice.client_id,Invoice.date,InvoiceItem.item,InvoiceItem.unit_price,"
        "InvoiceItem.quantity,Payment.payment_method,Payment.amount\n"
        "A,1,2026-06-01,Widget,10,2,cash,5\n"
        "A,1,2026-06-01,Gadget,2.5,4,,\n"
        "B,2,2026-06-02,Service,60,1,,\n"
    )

    status = main(
        [*account_flags(sandbox), "invoices", "import", str(source), "--quiet", "--no-journal"]
    )

    first, second = sandbox.state.all("Invoice")
    assert status == 0
    assert (first["client_id"], first["summary_total"], first["summary_paid"]) == (1, 30.0, 5.0)
    assert (second["client_id"], second["summary_total"]) == (2, 60.0)


@pytest.mark.parametrize(
    ("content", "message", "status"),
    [
        # A column no body takes: the whole file is unreadable, nothing is sent.
        ("key,Invoice.client_id,Nonsense\nA,1,x\n", "bad.csv:1:3: column 'Nonsense' is not", 2),
        # Conflicting rows of one record: that record is rejected, the others go on.
        (
            "key,Invoice.client_id\nA,1\nA,2\n",
            "bad.csv:3:2: Invoice.client_id is '2' here but 1 on line 2, for the same key 'A'",
            1,
        ),
    ],
)
def test_csv_mistakes_are_named_by_line_and_column(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: str,
    message: str,
    status: int,
) -> None:
    source = tmp_path / "bad.csv"
    source.write_text(content)
    assert main(["invoices", "import", str(source), "--sandbox"]) == status
    out, err = capsys.readouterr()
    assert message in (err if status == 2 else out)


def test_a_dry_run_checks_everything_and_sends_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps([invoice_body(1), invoice_body(1, date="2026-13-01"), "x"]))

    status = main(
        [
            "--base-url",
            "http://127.0.0.1:9",
            "--api-key",
            "k",
            "invoices",
            "import",
            str(source),
            "--dry-run",
        ]
    )

    out, err = capsys.readouterr()
    assert status == 1
    assert "#1" in out and "Invoice.date" in out and "#2" in out
    assert "1 valid, 2 invalid of 3 records; nothing was sent" in err


@pytest.mark.usefixtures("no_daftra_environment")
def test_a_profile_names_the_account(
    sandbox: Sandbox,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("BOX_KEY", sandbox.api_key)
    config = tmp_path / "config.toml"
    config.write_text(
        f'[profiles.box]\nbase_url = "{sandbox.base_url}"\napi_key_env = "BOX_KEY"\n'
        '[profiles.other]\nsubdomain = "acme"\n'
    )

    assert main(["--config", str(config), "--profile", "box", "whoami"]) == 0
    assert "Sandbox Trading" in capsys.readouterr().out
    assert main(["--config", str(config), "--profile", "nope", "whoami"]) == 2
    assert "no profile 'nope' (has: box, other)" in capsys.readouterr().err


def test_the_import_shows_a_progress_bar(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["invoices", "import", str(shipped_example()), "--sandbox"]) == 0
    err = capsys.readouterr().err
    assert "importing invoices" in err and "12 created, 0 rejected" in err


def test_every_command_shows_an_example_in_its_help(capsys: pytest.CaptureFixture[str]) -> None:
    for command in (
        ["invoices", "import"],
        ["invoices", "export"],
        ["whoami"],
        ["sandbox", "serve"],
        [],
    ):
        with pytest.raises(SystemExit):
            main([*command, "--help"])
        assert "example: daftra" in capsys.readouterr().out, command


def test_sandbox_serve_seeds_what_a_file_refers_to(tmp_path: Path) -> None:
    import subprocess
    import sys

    import httpx

    source = tmp_path / "in.json"
    source.write_text(json.dumps([invoice_body(client_id=77)]))
    server = subprocess.Popen(
        [sys.executable, "-m", "daftra_sandbox", "--port", "0", "--seed-from", str(source)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        first = server.stdout.readline().split()
        base_url, key = first[1], first[4]
        answer = httpx.post(
            f"{base_url}/invoices.json", json=invoice_body(client_id=77), headers={"apikey": key}
        )
        assert answer.status_code == 202  # client 77 exists
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.usefixtures("no_daftra_environment")
def test_flags_then_environment_then_profile(
    sandbox: Sandbox,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[profiles.box]\nbase_url = "{sandbox.base_url}"\napi_key = "stale"\n')
    profile = ["--config", str(config), "--profile", "box"]

    assert main([*profile, "whoami"]) == 4  # the profile's own key is wrong
    assert main([*profile, "--api-key", sandbox.api_key, "whoami"]) == 0  # a flag wins
    monkeypatch.setenv("DAFTRA_API_KEY", sandbox.api_key)
    assert main([*profile, "whoami"]) == 0  # so does the environment
    assert "401" in capsys.readouterr().err
