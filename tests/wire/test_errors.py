"""Every failure surfaces as one of the facade's errors, with status, message and answer;
the scenarios on a running client play with both clients."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from daftra_facade import (
    AuthenticationError,
    Daftra,
    DaftraError,
    NotFoundError,
    RateLimitedError,
    RequestTimeoutError,
    ServerError,
    TransportError,
    UnparseableResponseError,
)
from daftra_sandbox import Sandbox

from ..conftest import Scenario, invoice_body

Run = Callable[[Scenario], Any]


def test_a_wrong_key_is_an_authentication_error(sandbox: Sandbox) -> None:
    with (
        Daftra(base_url=sandbox.base_url, api_key="wrong") as client,
        pytest.raises(AuthenticationError) as raised,
    ):
        client.invoices.list()
    error = raised.value
    assert error.status == 401
    assert "Unauthorized" in error.message
    assert error.response is not None and error.response.status_code == 401
    assert "wrong" not in str(error)


def test_a_bearer_token_is_accepted(sandbox: Sandbox) -> None:
    with Daftra(base_url=sandbox.base_url, token=sandbox.issue_token()) as client:
        assert client.invoices.list().items == []


def test_an_unknown_record_is_not_found_with_the_server_message(run: Run) -> None:
    async def scenario(client: Any) -> None:
        with pytest.raises(NotFoundError) as raised:
            await client.invoices.get(987654)
        assert raised.value.status == 404
        assert "Invoice not found" in str(raised.value)

    run(scenario)


def test_an_html_502_page_is_a_server_error(sandbox: Sandbox, run: Run) -> None:
    async def scenario(client: Any) -> None:
        sandbox.inject(502, b"<html><head><title>502 Bad Gateway</title></head></html>")
        with pytest.raises(ServerError) as raised:
            await client.invoices.list()
        assert raised.value.status == 502
        assert "502 Bad Gateway" in raised.value.message
        assert raised.value.response is not None

    run(scenario)


def test_a_non_standard_status_is_a_server_error(sandbox: Sandbox, run: Run) -> None:
    async def scenario(client: Any) -> None:
        sandbox.inject(520, b"origin error", content_type="text/plain")
        with pytest.raises(ServerError) as raised:
            await client.invoices.get(1)
        assert raised.value.status == 520

    run(scenario)


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"<html>maintenance</html>", "text/html"),
        (b'{"code":200,"result":"successful","data":[', "application/json"),
        (b"[]", "application/json"),
        (b'{"code":200,"result":"successful","data":[{"Invoice":{"id":1}}]}', "application/json"),
    ],
    ids=["html-200", "truncated-json", "wrong-shape", "missing-pagination"],
)
def test_an_answer_that_cannot_be_read_is_unparseable(
    sandbox: Sandbox, run: Run, body: bytes, content_type: str
) -> None:
    async def scenario(client: Any) -> None:
        sandbox.inject(200, body, content_type=content_type)
        with pytest.raises(UnparseableResponseError) as raised:
            await client.invoices.list()
        assert raised.value.status == 200
        assert raised.value.response is not None and raised.value.response.content == body

    run(scenario)


def test_too_many_requests_carries_the_retry_advice(sandbox: Sandbox, run: Run) -> None:
    async def scenario(client: Any) -> None:
        sandbox.inject(
            429,
            b'{"result":"failed","code":429,"message":"Too many requests"}',
            content_type="application/json",
            headers={"Retry-After": "7"},
        )
        with pytest.raises(RateLimitedError) as raised:
            await client.site.get()
        assert raised.value.retry_after == 7.0

    run(scenario)


def test_a_refused_connection_is_a_transport_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with (
        Daftra(base_url=f"http://127.0.0.1:{port}", api_key="k", timeout=2) as client,
        pytest.raises(TransportError, match="connection failed"),
    ):
        client.site.get()


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A server that accepts connections and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    stop.set()
    thread.join()
    for connection in accepted:
        connection.close()
    listener.close()


def test_a_server_that_never_answers_times_out(silent_server: int) -> None:
    with (
        Daftra(base_url=f"http://127.0.0.1:{silent_server}", api_key="k", timeout=0.3) as c,
        pytest.raises(RequestTimeoutError, match=r"no answer within 0\.3 s"),
    ):
        c.site.get()


def test_every_error_is_a_daftra_error() -> None:
    for error_class in (
        AuthenticationError,
        NotFoundError,
        ServerError,
        RateLimitedError,
        TransportError,
        RequestTimeoutError,
        UnparseableResponseError,
    ):
        assert issubclass(error_class, DaftraError)


@pytest.mark.parametrize("fast", [True, False], ids=["orjson", "json"])
def test_a_body_reads_the_same_whichever_json_parser_is_installed(
    fast: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """orjson is used where installed; what it refuses and json reads is read by json."""
    from daftra_facade.wire import answers

    if not fast:
        monkeypatch.setattr(answers, "_fast_json", lambda: None)
    body = b'{"id": "7", "big": 123456789012345678901234567890, "rate": NaN, "x": [1.5]}'
    read = answers.parsed_json(body)
    assert read["id"] == "7" and read["big"] == 123456789012345678901234567890
    assert read["rate"] != read["rate"] and read["x"] == [1.5]  # NaN, as json reads it
    for broken in (b"{bad", b"\xff\xfe", b""):
        with pytest.raises(ValueError):
            answers.parsed_json(broken)


def test_unsafe_edits_and_unlisted_values_are_named_at_the_package_root() -> None:
    """Both can be caught (or filtered) without reaching into the modules that raise them;
    an unsafe edit is still an unparseable answer, as it was before it had a name."""
    import warnings

    import daftra_facade
    from daftra_facade.wire import validation

    assert issubclass(daftra_facade.UnsafeEditError, UnparseableResponseError)
    assert daftra_facade.UnlistedValueWarning is validation.UnlistedValueWarning
    assert {"UnsafeEditError", "UnlistedValueWarning"} <= set(daftra_facade.__all__)
    with warnings.catch_warnings():
        warnings.filterwarnings("error", category=daftra_facade.UnlistedValueWarning)
        with pytest.raises(daftra_facade.UnlistedValueWarning):
            validation.body_problems("addInvoice", invoice_body(1, type=42))
