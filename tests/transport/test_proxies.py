"""Credentials stay on the machine: an environment proxy never receives the requests (and
the key in them) of a loopback base URL; any other host still goes through it."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator

import pytest

from daftra_facade import AsyncDaftra, Daftra, TransportError
from daftra_facade.transport.http import direct_mounts
from daftra_sandbox import Sandbox

PROXY_VARIABLES = (
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
)


class RecordingProxy:
    """A listener on loopback that keeps whatever reaches it and answers 502."""

    def __init__(self) -> None:
        self._socket = socket.create_server(("127.0.0.1", 0))
        self._socket.settimeout(0.2)
        self.url = f"http://127.0.0.1:{self._socket.getsockname()[1]}"
        self.received = bytearray()
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._socket.accept()
            except TimeoutError:
                continue
            self.connections += 1
            with connection:
                connection.settimeout(1)
                try:
                    self.received += connection.recv(65536)
                    connection.sendall(
                        b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n"
                        b"Connection: close\r\n\r\n"
                    )
                except OSError:
                    pass

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self._socket.close()


@pytest.fixture
def proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[RecordingProxy]:
    """A recording proxy that every proxy variable of the environment names."""
    listener = RecordingProxy()
    for name in PROXY_VARIABLES:
        monkeypatch.setenv(name, listener.url)
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    yield listener
    listener.close()


def test_a_loopback_base_url_never_goes_through_an_environment_proxy(
    sandbox: Sandbox, proxy: RecordingProxy
) -> None:
    with Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key, max_retries=0) as client:
        assert client.site.get().subdomain
        assert client.raw.get_httpx_client().get("/site_info.json").status_code == 200

    async def main() -> None:
        async with AsyncDaftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client:
            assert (await client.site.get()).subdomain

    asyncio.run(main())
    assert proxy.connections == 0
    assert sandbox.api_key.encode() not in proxy.received


def test_a_token_grant_on_loopback_never_goes_through_an_environment_proxy(
    sandbox: Sandbox, proxy: RecordingProxy
) -> None:
    v2 = sandbox.v2
    with Daftra(
        base_url=sandbox.base_url,
        username=v2.username,
        password=v2.password,
        client_secret="sandbox-oauth-secret",
        max_retries=0,
    ) as client:
        assert client.site.get().subdomain
    assert proxy.connections == 0


@pytest.mark.parametrize("host", ["127.0.0.1", "127.5.6.7", "localhost", "::1", "[::1]"])
def test_every_loopback_host_is_reached_directly(host: str) -> None:
    root = f"http://[{host.strip('[]')}]:8765" if ":" in host else f"http://{host}:8765"
    assert list(direct_mounts(root).values()) == [None]


def test_another_host_still_honours_the_environment_proxy(proxy: RecordingProxy) -> None:
    client = Daftra(base_url="https://acme.daftra.com", api_key="secret-key", max_retries=0)
    with client, pytest.raises(TransportError):
        client.site.get()
    # The proxy was asked to open a tunnel; the key travels inside TLS, never to it in clear.
    assert proxy.received.startswith(b"CONNECT acme.daftra.com:443")
    assert b"secret-key" not in proxy.received
    assert direct_mounts("https://acme.daftra.com") == {}
