"""The command's exit status says how it ended: 0 done, 1 failed or incomplete, 2 a usage
problem, 4 credentials refused, 130 interrupted; `daftra --help` lists them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from daftra_facade.cli import main
from daftra_facade.cli._common import EXIT_STATUSES, exit_status
from daftra_facade.errors import (
    JobStoreBusyError,
    JobStoreWriteError,
    PermissionDeniedError,
    ServerError,
)
from daftra_sandbox import Sandbox

from ..conftest import invoice_body


def account(sandbox: Sandbox, key: str | None = None) -> list[str]:
    return ["--base-url", sandbox.base_url, "--api-key", key or sandbox.api_key]


def test_a_record_found_is_0_and_one_not_found_is_1(sandbox: Sandbox) -> None:
    assert main(["clients", "get", "1", *account(sandbox)]) == 0
    assert main(["clients", "get", "999999", *account(sandbox)]) == 1


def test_refused_credentials_are_4_for_reads_and_imports(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["clients", "get", "1", *account(sandbox, "wrong")]) == 4
    source = tmp_path / "one.json"
    source.write_text(json.dumps([invoice_body(1)]))
    status = main(["invoices", "import", str(source), "--no-journal", *account(sandbox, "no")])
    assert status == 4
    assert "401" in capsys.readouterr().err
    assert sandbox.state.count("Invoice") == 0


def test_a_usage_problem_is_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["invoices", "import", "nowhere.json", "--sandbox"]) == 2
    with pytest.raises(SystemExit) as stopped:
        main(["invoices", "frobnicate"])
    assert stopped.value.code == 2


def test_a_refusal_of_the_service_is_1_and_the_job_store_problems_say_which() -> None:
    assert exit_status(ServerError("boom", status=500)) == 1
    assert exit_status(PermissionDeniedError("no", status=403)) == 4
    assert exit_status(JobStoreBusyError("busy", path="j", holder="pid 1")) == 2
    assert exit_status(JobStoreWriteError("disk full", path="j")) == 1


def test_help_lists_every_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    shown = capsys.readouterr().out.split("exit statuses:\n", 1)[1].splitlines()
    assert [line.split()[0] for line in shown] == [str(code) for code, _ in EXIT_STATUSES]
    assert [code for code, _ in EXIT_STATUSES] == [0, 1, 2, 4, 130]
