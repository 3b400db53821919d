"""Daftra(...): where requests go, how they authenticate, and what is refused."""

from __future__ import annotations

import pytest

from daftra_facade import ConfigurationError, Daftra
from daftra_facade.settings import Credentials, resolve_settings


def settings(**overrides: object) -> object:
    arguments: dict[str, object] = {
        "subdomain": None,
        "api_key": None,
        "token": None,
        "base_url": None,
        "timeout": 5.0,
        "environ": {},
    }
    arguments.update(overrides)
    return resolve_settings(**arguments)  # type: ignore[arg-type]


def test_a_subdomain_names_the_daftra_host() -> None:
    with Daftra("Acme", api_key="k") as client:
        assert client.base_url == "https://acme.daftra.com"


@pytest.mark.parametrize(
    "base_url, expected",
    [
        ("https://acme.daftara.com", "https://acme.daftara.com"),
        ("https://books.example.com/api2/", "https://books.example.com"),
        ("http://127.0.0.1:8765", "http://127.0.0.1:8765"),
        ("http://localhost:9000/api2", "http://localhost:9000"),
        ("http://[::1]:9000", "http://[::1]:9000"),
    ],
)
def test_a_base_url_names_any_host(base_url: str, expected: str) -> None:
    with Daftra(base_url=base_url, api_key="k") as client:
        assert client.base_url == expected


@pytest.mark.parametrize(
    "subdomain",
    ["acme.evil.com", "acme/../x", "user@evil", "acme:443", "-acme", "", "a" * 64, "ac me"],
)
def test_a_subdomain_must_be_one_dns_label(subdomain: str) -> None:
    with pytest.raises(ConfigurationError, match="single DNS label"):
        Daftra(subdomain, api_key="k")


@pytest.mark.parametrize(
    "base_url",
    [
        "http://acme.daftra.com",
        "ftp://acme.daftra.com",
        "acme.daftra.com",
        "https://user:pw@acme.daftra.com",
        "https://acme.daftra.com/?x=1",
        "http://10.0.0.5:8000",
    ],
)
def test_unsafe_base_urls_are_refused(base_url: str) -> None:
    with pytest.raises(ConfigurationError):
        Daftra(base_url=base_url, api_key="k")


def test_credentials_are_one_kind_only() -> None:
    with pytest.raises(ConfigurationError, match="not both"):
        Daftra("acme", api_key="k", token="t")
    with pytest.raises(ConfigurationError, match="no credentials"):
        settings(subdomain="acme")
    assert Credentials(api_key="k").headers() == {"apikey": "k"}
    assert Credentials(token="t").headers() == {"Authorization": "Bearer t"}


def test_the_environment_fills_in_what_is_missing() -> None:
    resolved = settings(environ={"DAFTRA_SUBDOMAIN": "acme", "DAFTRA_TOKEN": "t"})
    assert resolved.site_root == "https://acme.daftra.com"  # type: ignore[attr-defined]
    assert resolved.credentials.token == "t"  # type: ignore[attr-defined]
    explicit = settings(
        api_key="k", environ={"DAFTRA_BASE_URL": "https://x.example.com", "DAFTRA_TOKEN": "t"}
    )
    assert explicit.credentials.api_key == "k"  # type: ignore[attr-defined]
    assert explicit.credentials.token is None  # type: ignore[attr-defined]


def test_the_environment_is_read_by_the_client(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DAFTRA_SUBDOMAIN", "envco")
    monkeypatch.setenv("DAFTRA_API_KEY", "from-env")
    monkeypatch.delenv("DAFTRA_TOKEN", raising=False)
    monkeypatch.delenv("DAFTRA_BASE_URL", raising=False)
    with Daftra() as client:
        assert client.base_url == "https://envco.daftra.com"


@pytest.mark.parametrize("timeout", [0, -1])
def test_a_timeout_is_required(timeout: float) -> None:
    with pytest.raises(ConfigurationError, match="timeout"):
        Daftra("acme", api_key="k", timeout=timeout)


def test_secrets_stay_out_of_reprs() -> None:
    with Daftra("acme", api_key="s3cr3t-key") as client:
        assert "s3cr3t-key" not in repr(client)
        assert "s3cr3t-key" not in repr(client._settings)
        assert "s3cr3t-key" not in repr(client.raw)
        assert "s3cr3t-key" not in str(client.raw.get_httpx_client().headers)  # the wire signs
    assert "tok-123" not in repr(Credentials(token="tok-123"))
