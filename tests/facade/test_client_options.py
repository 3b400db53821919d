"""Client options like the anchors': the caller's own httpx client, default headers, and
the status and headers of a successful call."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Iterator

import httpx
import pytest

from daftra_facade import AsyncDaftra, Daftra, NotFoundError, ResponseInfo
from daftra_facade.transport.retries import RetryPolicy
from daftra_sandbox import Sandbox

FAST = RetryPolicy(attempts=3, base_delay=0.01, rng=random.Random(1))


class Seen:
    """The requests an httpx client sent, with their headers."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> None:
        self.requests.append(request)

    async def hook(self, request: httpx.Request) -> None:
        self.requests.append(request)


@pytest.fixture
def seen() -> Iterator[Seen]:
    yield Seen()


def test_a_callers_http_client_carries_our_url_credentials_and_retries_and_stays_open(
    sandbox: Sandbox, seen: Seen
) -> None:
    sandbox.inject(502, b"<html>bad gateway</html>", times=2, path_contains="site_info")
    # Its own base URL, credential header and auth are not ours and must not be used.
    mine = httpx.Client(
        base_url="http://elsewhere.invalid",
        headers={"apikey": "not-the-key", "X-Mine": "1"},
        auth=("user", "pw"),
        event_hooks={"request": [seen]},
    )
    with Daftra(
        base_url=sandbox.base_url, api_key=sandbox.api_key, http_client=mine, retry_policy=FAST
    ) as client:
        assert client.site.get().subdomain == "sandbox"
    assert not mine.is_closed  # never closed by a client that did not make it
    assert [r.url.host for r in seen.requests] == ["127.0.0.1"] * 3  # retried through it
    last = seen.requests[-1]
    assert last.headers["apikey"] == sandbox.api_key and "authorization" not in last.headers
    assert last.headers["x-mine"] == "1" and last.headers["accept"] == "application/json"
    mine.close()


def test_a_callers_async_client_serves_async_daftra_and_stays_open(
    sandbox: Sandbox, seen: Seen
) -> None:
    async def main() -> None:
        async with httpx.AsyncClient(event_hooks={"request": [seen.hook]}) as mine:
            async with AsyncDaftra(
                base_url=sandbox.base_url, api_key=sandbox.api_key, http_client=mine
            ) as client:
                assert (await client.site.get()).subdomain == "sandbox"
            assert not mine.is_closed

    asyncio.run(main())
    assert seen.requests and seen.requests[0].headers["apikey"] == sandbox.api_key


def test_a_client_of_the_other_kind_is_a_type_error(sandbox: Sandbox) -> None:
    with pytest.raises(TypeError, match=r"takes an httpx.Client, not AsyncClient"):
        Daftra(base_url=sandbox.base_url, api_key="k", http_client=httpx.AsyncClient())
    with (
        httpx.Client() as sync_client,
        pytest.raises(TypeError, match=r"takes an httpx.AsyncClient, not Client"),
    ):
        AsyncDaftra(base_url=sandbox.base_url, api_key="k", http_client=sync_client)


def test_default_headers_go_with_every_request_and_with_options_adds_to_them(
    sandbox: Sandbox, seen: Seen
) -> None:
    with Daftra(
        base_url=sandbox.base_url,
        api_key=sandbox.api_key,
        default_headers={"X-Trace": "one", "User-Agent": "my-app/2"},
    ) as client:
        client._transport._http.event_hooks["request"].append(seen)
        client.site.get()
        client.with_options(default_headers={"X-Trace": "two"}).site.get()
        client.site.get()
    assert [r.headers["x-trace"] for r in seen.requests] == ["one", "two", "one"]
    assert {r.headers["user-agent"] for r in seen.requests} == {"my-app/2"}
    assert {r.headers["apikey"] for r in seen.requests} == {sandbox.api_key}


@pytest.mark.parametrize("name", ["apikey", "Authorization", "APIKEY"])
def test_default_headers_cannot_carry_credentials(sandbox: Sandbox, name: str) -> None:
    with pytest.raises(ValueError, match=rf"default_headers\['{name}'\]: credentials are set"):
        Daftra(base_url=sandbox.base_url, api_key="k", default_headers={name: "x"})
    with (
        Daftra(base_url=sandbox.base_url, api_key="k") as client,
        pytest.raises(ValueError, match="credentials are set by api_key="),
    ):
        client.with_options(default_headers={name: "x"})


def test_responses_give_the_status_and_headers_of_successful_calls(sandbox: Sandbox) -> None:
    with Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key, max_retries=0) as client:
        with client.responses() as seen:
            client.site.get()
            with pytest.raises(NotFoundError):
                client.invoices.get(999999)
        client.site.get()  # after the block: not noted
    assert len(seen) == 1
    info = seen.last
    assert isinstance(info, ResponseInfo)
    assert info.status == 200 and info.method == "GET"
    assert info.headers["content-type"].startswith("application/json")
    assert info.url.endswith("/api2/site_info.json") and info.elapsed >= 0


def test_responses_work_for_async_calls_and_tasks_they_start(sandbox: Sandbox) -> None:
    async def main() -> list[int]:
        async with AsyncDaftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client:
            with client.responses() as seen:
                await asyncio.gather(client.site.get(), client.site.get())
            return [info.status for info in seen]

    assert asyncio.run(main()) == [200, 200]


def test_an_empty_record_of_responses_says_so(sandbox: Sandbox) -> None:
    with (
        Daftra(base_url=sandbox.base_url, api_key="k") as client,
        client.responses() as seen,
        pytest.raises(LookupError, match="no answer"),
    ):
        _ = seen.last
