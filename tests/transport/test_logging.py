"""The ``daftra`` logger tree: one DEBUG line per request and per answer, INFO for
retries, lookups and pace changes, WARNING for ignored filters and values kept as sent,
and never a credential in any record."""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from daftra_facade import Daftra, UnlistedValueWarning, setup_logging
from daftra_facade import logs as daftra_logs
from daftra_facade.cli import main
from daftra_facade.transport.retries import RetryPolicy
from daftra_sandbox import Sandbox

from ..conftest import invoice_body

FAST = RetryPolicy(attempts=3, base_delay=0.01, rng=random.Random(1))


@pytest.fixture
def records(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Every record of the ``daftra`` tree, DEBUG and up, as the test runs."""
    with caplog.at_level(logging.DEBUG, logger="daftra"):
        yield caplog


@pytest.fixture
def clean_tree() -> Iterator[logging.Logger]:
    """The ``daftra`` logger as it was before the test (level and handlers)."""
    tree = logging.getLogger("daftra")
    level, handlers = tree.level, list(tree.handlers)
    yield tree
    tree.setLevel(level)
    tree.handlers[:] = handlers


def lines(records: pytest.LogCaptureFixture, logger: str) -> list[str]:
    return [r.getMessage() for r in records.records if r.name == logger]


def assert_no_secret(records: pytest.LogCaptureFixture, *secrets: str) -> None:
    assert records.records
    for record in records.records:
        text = f"{record.getMessage()} {record.args!r} {record.msg!r}"
        for secret in secrets:
            assert secret not in text, record.getMessage()


def test_each_request_and_answer_is_one_debug_line_and_each_retry_an_info_line(
    run: Callable[..., Any], sandbox: Sandbox, records: pytest.LogCaptureFixture
) -> None:
    sandbox.inject(502, b"<html>bad gateway</html>", times=2, path_contains="site_info")

    async def scenario(client: Any) -> None:
        assert (await client.site.get()).subdomain

    run(scenario, retry_policy=FAST, max_retries=3)
    http = [line for line in lines(records, "daftra.http") if "site_info" in line]
    assert [line.split(" (attempt")[0] for line in http if "->" not in line] == [
        f"GET {sandbox.base_url}/api2/site_info.json"
    ] * 3
    answers = [line for line in http if "->" in line]
    assert [line.split(" -> ")[1].split(" ")[0] for line in answers] == ["502", "502", "200"]
    assert answers[-1].endswith("(attempt 3)") and " s (attempt" in answers[-1]
    retries = lines(records, "daftra.retry")
    assert len(retries) == 2
    assert all("sending again in" in line and "502" in line for line in retries)
    assert "(attempt 2)" in retries[0] and "(attempt 3)" in retries[1]
    assert all(r.levelno == logging.INFO for r in records.records if r.name == "daftra.retry")
    assert_no_secret(records, sandbox.api_key)


def test_a_lost_create_logs_its_settle_lookups_and_what_they_found(
    run: Callable[..., Any], sandbox: Sandbox, records: pytest.LogCaptureFixture
) -> None:
    sandbox.inject(
        500,
        b'{"result":"failed","code":500,"message":"boom"}',
        content_type="application/json",
        path_contains="/invoices.json",
    )

    async def scenario(client: Any) -> None:
        await client.invoices.create(invoice_body(1), settle_window=0.2)

    run(scenario, retry_policy=FAST, max_retries=3)
    found = lines(records, "daftra.find")
    assert any("looked up" in line and "Absent()" in line for line in found)
    assert any("looking again in" in line for line in found)
    assert sandbox.state.count("Invoice") == 1
    assert_no_secret(records, sandbox.api_key)


def test_a_refusal_for_the_pace_logs_the_slower_pace(
    run: Callable[..., Any], sandbox: Sandbox, records: pytest.LogCaptureFixture
) -> None:
    sandbox.inject(
        429,
        b'{"result":"failed","code":429,"message":"slow down"}',
        content_type="application/json",
        headers={"Retry-After": "0"},
    )

    async def scenario(client: Any) -> None:
        await client.invoices.create(invoice_body(1))

    run(scenario, retry_policy=FAST, max_retries=3)
    # Refused before any success: the pace holds every request and sets no rate yet.
    assert any("every request waits" in line for line in lines(records, "daftra.pace"))
    assert any("when the adaptive pace lets it go" in x for x in lines(records, "daftra.retry"))
    assert sandbox.state.count("Invoice") == 1


def test_a_value_kept_as_sent_is_warned_and_logged(
    run: Callable[..., Any], sandbox: Sandbox, records: pytest.LogCaptureFixture
) -> None:
    async def scenario(client: Any) -> None:
        with pytest.warns(UnlistedValueWarning):
            await client.invoices.create(invoice_body(1, type=42))

    run(scenario)
    warned = [r for r in records.records if r.name == "daftra.wire"]
    assert warned and warned[0].levelno == logging.WARNING
    assert "Invoice.type: 42 is not one of" in warned[0].getMessage()


def test_a_password_grant_and_its_token_never_appear_in_any_record(
    sandbox: Sandbox, records: pytest.LogCaptureFixture
) -> None:
    sandbox.inject(503, b"<html>down</html>", times=1, path_contains="site_info")
    with Daftra(
        base_url=sandbox.base_url,
        username=sandbox.v2.username,
        password=sandbox.v2.password,
        client_secret="sandbox-oauth-secret",
        retry_policy=FAST,
    ) as client:
        assert client.site.get().subdomain
        token = client._transport._http.auth.session.current()
    assert token
    assert lines(records, "daftra.retry")
    assert_no_secret(records, sandbox.v2.password, "sandbox-oauth-secret", token)


def test_credentials_in_urls_and_text_are_redacted() -> None:
    url = "https://acme.daftra.com/api2/x.json?page=2&apikey=K3Y&access_token=T0K&q=a"
    redacted = daftra_logs.redact_url(url)
    assert "K3Y" not in redacted and "T0K" not in redacted
    assert "page=2" in redacted and "q=a" in redacted
    text = 'Authorization: Bearer T0K {"password": "pw1", "client_secret":"s3"} api_key=K3Y'
    cleaned = daftra_logs.redact(text, secrets=("own-key",))
    for secret in ("T0K", "pw1", "s3", "K3Y"):
        assert secret not in cleaned
    assert daftra_logs.redact("sent own-key here", secrets=("own-key",)) == ("sent [redacted] here")


def test_the_library_adds_no_handler_until_asked(
    sandbox: Sandbox, clean_tree: logging.Logger, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DAFTRA_LOG", raising=False)
    before = list(clean_tree.handlers)
    Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key).close()
    assert clean_tree.handlers == before


def test_daftra_log_shows_the_tree_on_stderr_with_one_handler(
    sandbox: Sandbox,
    clean_tree: logging.Logger,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DAFTRA_LOG", "debug")
    for _ in range(2):
        with Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client:
            client.site.get()
    assert clean_tree.level == logging.DEBUG
    assert len(clean_tree.handlers) == 1
    err = capsys.readouterr().err
    assert "DEBUG daftra.http: GET" in err and "-> 200" in err
    assert sandbox.api_key not in err


def test_setup_logging_names_the_levels_it_takes(clean_tree: logging.Logger) -> None:
    assert setup_logging("WARNING") is clean_tree
    assert clean_tree.level == logging.WARNING
    with pytest.raises(ValueError, match="unknown log level 'loud': use one of debug, info"):
        setup_logging("loud")


@pytest.mark.parametrize(("flag", "level"), [("-v", logging.INFO), ("-vv", logging.DEBUG)])
def test_verbose_flags_set_the_tree_level(
    sandbox: Sandbox, clean_tree: logging.Logger, flag: str, level: int
) -> None:
    flags = ["--base-url", sandbox.base_url, "--api-key", sandbox.api_key]
    assert main([flag, *flags, "invoices", "get", "1"]) in (0, 1, 2)
    assert clean_tree.level == level
    assert len(clean_tree.handlers) == 1
