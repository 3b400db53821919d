"""The ``Daftra`` client: settings, one connection pool, and the resources on top."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, overload

from ._config import V1_PREFIX, resolve_settings
from .resources import Invoices, SiteInfo

if TYPE_CHECKING:
    from types import TracebackType

    from daftra_client import AuthenticatedClient

    from ._resources import Resource
    from ._transport import Transport

R = TypeVar("R", bound="Resource")

DEFAULT_TIMEOUT = 30.0


class _ResourceSlot(Generic[R]):
    """Declares ``client.<name>``: the resource is built on first access, then kept."""

    def __init__(self, resource_class: type[R]) -> None:
        self._resource_class = resource_class
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, client: None, owner: type) -> Self: ...
    @overload
    def __get__(self, client: Daftra, owner: type) -> R: ...
    def __get__(self, client: Daftra | None, owner: type) -> Self | R:
        if client is None:
            return self
        resource = self._resource_class(client._transport)
        client.__dict__[self._name] = resource  # later reads skip the descriptor
        return resource


class Daftra:
    """A client for one Daftra account.

    >>> client = Daftra("acme", api_key="...")          # https://acme.daftra.com
    >>> client = Daftra(base_url="https://books.example.com", token="...")

    Give exactly one of ``api_key`` (sent as the ``apikey`` header) or ``token`` (an
    OAuth access token, sent as ``Authorization: Bearer``); Daftra refuses both at once.
    Missing arguments come from ``DAFTRA_SUBDOMAIN``/``DAFTRA_BASE_URL`` and
    ``DAFTRA_API_KEY``/``DAFTRA_TOKEN``. ``base_url`` serves custom domains, accounts on
    daftara.com and the local sandbox; it must be https unless it is a loopback address.
    Every request has a ``timeout`` (seconds).
    """

    site = _ResourceSlot(SiteInfo)
    invoices = _ResourceSlot(Invoices)

    def __init__(
        self,
        subdomain: str | None = None,
        *,
        api_key: str | None = None,
        token: str | None = None,
        base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self._settings = resolve_settings(
            subdomain=subdomain, api_key=api_key, token=token, base_url=base_url, timeout=timeout
        )
        # httpx is imported here, not at package import, to keep `import daftra_facade` fast.
        from ._transport import Transport

        self._transport: Transport = Transport(self._settings)

    @property
    def base_url(self) -> str:
        """The account's site root; v1 endpoints live under ``base_url + "/api2"``."""
        return self._settings.site_root

    @cached_property
    def raw(self) -> AuthenticatedClient:
        """The generated low-level client, configured with this client's account,
        credentials and timeout, for endpoints or options the facade does not cover.
        Its answers are not checked by the facade.
        """
        import httpx
        from daftra_client import AuthenticatedClient

        credentials = self._settings.credentials
        common: dict[str, Any] = {
            "base_url": self._settings.site_root + V1_PREFIX,
            "timeout": httpx.Timeout(self._settings.timeout),
            "raise_on_unexpected_status": True,
            "follow_redirects": False,
        }
        if credentials.api_key:
            return AuthenticatedClient(
                token=credentials.api_key, prefix="", auth_header_name="apikey", **common
            )
        return AuthenticatedClient(token=credentials.token or "", **common)

    def close(self) -> None:
        """Close the connection pools."""
        self._transport.close()
        raw = self.__dict__.get("raw")
        if raw is not None:
            raw.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        auth = "api_key" if self._settings.credentials.api_key else "token"
        return f"Daftra(base_url={self.base_url!r}, auth={auth})"
