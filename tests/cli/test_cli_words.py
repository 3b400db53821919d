"""The command line speaks of flags, files and hosts, not of the library's keywords."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from daftra_facade.cli import main
from daftra_facade.cli._common import in_cli_words

from .test_cli import no_daftra_environment  # noqa: F401  (a fixture)


def test_library_keywords_beside_a_flag_are_left_out() -> None:
    assert in_cli_words("rerun with --retry-rejected (retry_rejected) to send it") == (
        "rerun with --retry-rejected to send it"
    )
    assert in_cli_words("start again with --new-job (new_job=True)") == (
        "start again with --new-job"
    )
    assert "use --base-url" in in_cli_words("pass base_url= for custom domains")
    assert in_cli_words("records[7] gives no email to match on") == (
        "record #7 gives no email to match on"
    )


@pytest.mark.usefixtures("no_daftra_environment")
def test_a_subdomain_that_is_no_dns_label_names_the_flag(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--subdomain", "acme.example.com", "--api-key", "k", "whoami"]) == 2
    error = capsys.readouterr().err
    assert "use --base-url for custom domains" in error and "base_url=" not in error


@pytest.mark.usefixtures("no_daftra_environment")
def test_a_profile_whose_key_variable_is_unset_names_the_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[profiles.acme]\nsubdomain = "acme"\napi_key_env = "ACME_DAFTRA_KEY"\n')
    monkeypatch.delenv("ACME_DAFTRA_KEY", raising=False)
    assert main(["--config", str(config), "--profile", "acme", "whoami"]) == 2
    error = capsys.readouterr().err
    assert "api_key_env = 'ACME_DAFTRA_KEY', which is not set" in error


def test_a_host_that_does_not_answer_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as unused:  # a port nothing listens on
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    argv = ["--base-url", f"http://127.0.0.1:{port}", "--api-key", "k", "--timeout", "2"]
    assert main([*argv, "whoami"]) == 1
    assert f"could not connect to 127.0.0.1:{port}" in capsys.readouterr().err


def test_a_filter_list_names_parameters_as_they_are_spelt(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["clients", "list", "--sandbox", "--filter", "nosuch=1"]) == 2
    error = capsys.readouterr().err
    assert "type_" not in error and "nosuch" in error
