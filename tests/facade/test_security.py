"""Credentials go only where they were meant to, and never into text of any kind."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from daftra_facade import APIStatusError, AuthenticationError, Daftra, ServerError
from daftra_facade.cli import main
from daftra_sandbox import Sandbox

from ..conftest import invoice_body

SECRET = "k3y-that-must-not-leak"


@pytest.fixture
def secret_sandbox() -> Iterator[Sandbox]:
    with Sandbox(api_key=SECRET) as sandbox:
        yield sandbox


def test_a_redirect_is_not_followed_so_the_key_stays_home(secret_sandbox: Sandbox) -> None:
    secret_sandbox.inject(302, b"", headers={"Location": "https://evil.example/api2/x"})
    with (
        Daftra(base_url=secret_sandbox.base_url, api_key=SECRET) as client,
        pytest.raises(APIStatusError, match="was not followed") as raised,
    ):
        client.site.get()
    assert SECRET not in str(raised.value)


def test_logs_at_debug_level_carry_no_credentials(
    secret_sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with Daftra(base_url=secret_sandbox.base_url, api_key=SECRET) as client:
        client.invoices.bulk_create([invoice_body(1)])
        client.site.get()
    assert caplog.records  # httpx did log the requests
    assert SECRET not in caplog.text


def test_error_texts_carry_no_credentials(secret_sandbox: Sandbox) -> None:
    secret_sandbox.inject(
        500, b'{"result":"failed","code":500,"message":"boom"}', content_type="application/json"
    )
    with (
        Daftra(base_url=secret_sandbox.base_url, api_key=SECRET, max_retries=0) as client,
        pytest.raises(ServerError) as server_error,
    ):
        client.site.get()
    with (
        Daftra(base_url=secret_sandbox.base_url, token=SECRET) as client,
        pytest.raises(AuthenticationError) as auth_error,
    ):
        client.site.get()
    for error in (server_error.value, auth_error.value):
        assert SECRET not in str(error) and SECRET not in repr(error)


def test_reports_and_journals_carry_no_credentials(secret_sandbox: Sandbox, tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps([invoice_body(1), invoice_body(client_id=404)]))
    for report in ("report.json", "report.csv"):
        main(
            [
                "--base-url",
                secret_sandbox.base_url,
                "--api-key",
                SECRET,
                "invoices",
                "import",
                str(source),
                "--report",
                str(tmp_path / report),
                "--quiet",
            ]
        )
    written = [path for path in tmp_path.iterdir() if path.name != "in.json"]
    assert {p.name for p in written} >= {"report.json", "report.csv", "in.json.journal"}
    for path in written:
        assert SECRET.encode() not in path.read_bytes(), path.name
