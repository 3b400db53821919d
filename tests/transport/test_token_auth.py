"""Signing in with Daftra's password grant: the client obtains a bearer token itself, keeps
using it, and when it stops working obtains a new one once and carries on, so callers
never see an expiry."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from daftra_facade import AsyncDaftra, AuthenticationError, ConfigurationError, Daftra
from daftra_sandbox import Sandbox

SECRET = "sandbox-oauth-secret"


@pytest.fixture
def signed_in(sandbox: Sandbox) -> Iterator[Daftra]:
    with Daftra(
        base_url=sandbox.base_url,
        username=sandbox.v2.username,
        password=sandbox.v2.password,
        client_secret=SECRET,
        max_retries=0,
    ) as client:
        yield client


def test_the_client_obtains_a_token_and_uses_it_as_a_bearer(
    signed_in: Daftra, sandbox: Sandbox
) -> None:
    assert signed_in.site.get().subdomain == "sandbox"  # a v1 call
    assert signed_in.brands.list().items  # a v2 call, with the same token
    tokens = [p for m, p, _ in sandbox.request_log if p == "/v2/oauth/token"]
    assert len(tokens) == 1
    assert sandbox.v2.password not in repr(signed_in)


def test_a_token_expiring_mid_iteration_is_renewed_without_the_caller_noticing(
    signed_in: Daftra, sandbox: Sandbox
) -> None:
    for number in range(25):
        signed_in.brands.create({"name": f"Brand {number:02d}"})
    seen = []
    for brand in signed_in.brands.iter(limit=5):
        seen.append(brand.name)
        if len(seen) == 7:
            sandbox.tokens.expire_all()  # every token Daftra issued stops working
    assert len(seen) == len(set(seen)) == sandbox.state.count("v2:brand")
    grants = [s for m, p, s in sandbox.request_log if p == "/v2/oauth/token"]
    refused = [s for m, p, s in sandbox.request_log if s == 401]
    assert grants == [200, 200] and len(refused) == 1


def test_a_refused_renewal_is_raised_not_repeated(signed_in: Daftra, sandbox: Sandbox) -> None:
    signed_in.brands.list()
    sandbox.tokens.expire_all()
    sandbox.v2.password = "changed-meanwhile"
    with pytest.raises(AuthenticationError):
        signed_in.brands.list()
    grants = [s for m, p, s in sandbox.request_log if p == "/v2/oauth/token"]
    assert grants == [200, 401]


def test_a_create_refused_for_an_expired_token_is_sent_once_more_and_created_once(
    signed_in: Daftra, sandbox: Sandbox
) -> None:
    signed_in.brands.list()
    sandbox.tokens.expire_all()
    signed_in.brands.create({"name": "After expiry"})  # a 401 means nothing was stored
    assert [b["name"] for b in sandbox.state.all("v2:brand")].count("After expiry") == 1


def test_the_async_client_renews_too(sandbox: Sandbox) -> None:
    async def scenario() -> int:
        async with AsyncDaftra(
            base_url=sandbox.base_url,
            username=sandbox.v2.username,
            password=sandbox.v2.password,
            client_secret=SECRET,
        ) as client:
            await client.brands.list()
            sandbox.tokens.expire_all()
            return len((await client.brands.list()).items)

    assert asyncio.run(scenario()) > 0


def test_the_grant_needs_a_password_and_the_client_secret(sandbox: Sandbox) -> None:
    with pytest.raises(ConfigurationError, match="client_secret"):
        Daftra(
            base_url=sandbox.base_url,
            username="owner@sandbox.example",
            password="x",
            client_secret=None,
        )
    with pytest.raises(ConfigurationError, match="one kind of credentials"):
        Daftra(base_url=sandbox.base_url, api_key="k", token="t")


def test_the_token_and_app_status_answers_are_as_documented(sandbox: Sandbox) -> None:
    from ..contract.test_contract_v1 import RecordingSandbox

    with (
        RecordingSandbox() as recording,
        Daftra(
            base_url=recording.base_url,
            username=recording.v2.username,
            password=recording.v2.password,
            client_secret=SECRET,
        ) as client,
    ):
        assert client.app_is_active(12) is True
        recording.v2.inactive_apps.add("13")
        assert client.app_is_active(13) is False
        assert {"generateAccessToken", "checkAppStatus"} <= recording.exercised
        assert recording.undocumented() == []


def test_a_token_is_renewed_shortly_before_it_expires(sandbox: Sandbox) -> None:
    from daftra_facade.settings import PasswordGrant
    from daftra_facade.transport.auth import TokenSession

    now = [0.0]
    session = TokenSession(PasswordGrant("u", "p", "1", "s"), clock=lambda: now[0])

    import httpx

    session.accept(httpx.Response(200, json={"access_token": "t1", "expires_in": 600}))
    assert session.current() == "t1"
    now[0] = 569.0
    assert session.current() == "t1"
    now[0] = 571.0  # within the last 30 seconds: get a new one first
    assert session.current() is None


def grants(sandbox: Sandbox) -> list[int]:
    return [status for _, path, status in sandbox.request_log if path == "/v2/oauth/token"]


def test_concurrent_threads_share_one_grant(signed_in: Daftra, sandbox: Sandbox) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(8) as pool:
        pages = list(pool.map(lambda _: signed_in.brands.list(), range(16)))
    assert len(pages) == 16 and grants(sandbox) == [200]
    sandbox.tokens.expire_all()
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda _: signed_in.brands.list(), range(16)))
    assert grants(sandbox) == [200, 200]  # one renewal however many were refused


def test_concurrent_tasks_share_one_grant(sandbox: Sandbox) -> None:
    async def scenario() -> None:
        async with AsyncDaftra(
            base_url=sandbox.base_url,
            username=sandbox.v2.username,
            password=sandbox.v2.password,
            client_secret=SECRET,
            max_retries=0,
        ) as client:
            await asyncio.gather(*(client.brands.list() for _ in range(16)))
            assert grants(sandbox) == [200]
            sandbox.tokens.expire_all()
            await asyncio.gather(*(client.brands.list() for _ in range(16)))
            assert grants(sandbox) == [200, 200]

    asyncio.run(scenario())


def test_the_async_client_raises_a_refused_renewal(sandbox: Sandbox) -> None:
    async def scenario() -> None:
        async with AsyncDaftra(
            base_url=sandbox.base_url,
            username=sandbox.v2.username,
            password=sandbox.v2.password,
            client_secret=SECRET,
            max_retries=0,
        ) as client:
            await client.brands.list()
            sandbox.tokens.expire_all()
            sandbox.v2.password = "changed-meanwhile"
            with pytest.raises(AuthenticationError):
                await client.brands.list()

    asyncio.run(scenario())
    assert grants(sandbox) == [200, 401]
