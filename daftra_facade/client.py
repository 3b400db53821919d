"""The clients: settings, one connection pool, and the resources on top."""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import cached_property
from typing import TYPE_CHECKING, Any, Self, TypeVar

import attrs

from . import logs
from .constants import V1_PREFIX
from .flows import arun, run
from .resources import declarations as r
from .resources.capabilities import (
    AsyncEntityResource,
    AsyncListOnlyResource,
    EntityResource,
    ListOnlyResource,
    Resource,
)
from .resources.catalogue import AsyncFlavour, Resources, SyncFlavour
from .resources.multi_entity import (
    EntityQuery,
    MultiEntityResult,
    app_status_flow,
    multi_entity_flow,
)
from .settings import (
    Settings,
    checked_max_concurrency,
    checked_rate_limit,
    checked_retries,
    checked_settle_setting,
    checked_timeout,
    resolve_settings,
)
from .transport.pace import PaceReport, RateLimiter
from .transport.pace_store import shared_pace_store
from .transport.responses import ResponseLog, recorded
from .transport.retries import RetryPolicy

if TYPE_CHECKING:
    from types import TracebackType

    import httpx
    from daftra_client import AuthenticatedClient
    from daftra_client.models import EntityRecord, WorkflowRecord

    from .transport.http import AsyncTransport, Transport

R = TypeVar("R")

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 3


class _ClientBase(Resources):
    _transport: Any

    def __init__(
        self,
        subdomain: str | None = None,
        *,
        api_key: str | None = None,
        token: str | None = None,
        username: str | None = None,
        password: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: float | None = None,
        max_concurrency: int | None = None,
        retry_policy: RetryPolicy | None = None,
        adaptive_pace: bool = True,
        settle_window: float | None = None,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Open a client for one Daftra account.

        Give one kind of credentials: ``api_key`` (sent as the ``apikey`` header), ``token``
        (an OAuth access token, sent as ``Authorization: Bearer``), or ``username``,
        ``password`` and ``client_secret`` (and ``client_id``, "1" by default), with which
        the client obtains tokens itself and renews them when they expire. Daftra refuses a
        key and a token at once. Missing arguments come from
        ``DAFTRA_SUBDOMAIN``/``DAFTRA_BASE_URL`` and
        ``DAFTRA_API_KEY``/``DAFTRA_TOKEN``/``DAFTRA_USERNAME``, ``DAFTRA_PASSWORD``,
        ``DAFTRA_CLIENT_ID``, ``DAFTRA_CLIENT_SECRET``. ``base_url`` serves custom domains,
        accounts on daftara.com and the local sandbox; it must be https unless it is a
        loopback address. Every request has a ``timeout`` (seconds). Failed requests are
        sent again, up to ``max_retries`` times with exponential backoff and jitter
        honouring ``Retry-After``, only when repeating them cannot create a record twice:
        reads and edits after 5xx, timeouts and broken connections; any request after a 429
        or a refused connection. ``rate_limit`` (requests per second) and
        ``max_concurrency`` cap every request the client sends, bulk runs included. Within
        those caps, the ``adaptive_pace`` (on by default) learns the service's undocumented
        limit: when it refuses requests for their pace (429, or 503), the client slows down
        for all its threads and tasks, waiting at least as long as ``Retry-After`` asks, and
        speeds up again while answers succeed. A create whose answer was lost (no answer,
        or a 5xx) may still commit on the server, so it is looked up for ``settle_window``
        seconds before it is sent again: by default the larger of the timeout and PHP's
        30 s execution limit, for every create, ``bulk_create``, ``create_many`` and
        ``upsert`` of the client (each also takes its own ``settle_window=``).

        ``http_client`` is your own ``httpx.Client`` (``httpx.AsyncClient`` for
        :class:`AsyncDaftra`), for proxies, certificates or a test transport: requests go
        through it with this client's URL, credentials, timeout, retries and pace (its own
        base URL, auth and default headers are not used), and it is never closed here.
        ``default_headers`` are sent with every request; ``with_options(default_headers=)``
        adds to them. They cannot carry credentials: ``apikey`` or ``Authorization`` there
        is a ValueError. ``DAFTRA_LOG=debug|info|warning`` shows the ``daftra`` logs on
        standard error (see :func:`daftra_facade.setup_logging`).
        """
        logs.setup_from_environment()
        self._check_http_client(http_client)
        self._settings: Settings = resolve_settings(
            subdomain=subdomain,
            api_key=api_key,
            token=token,
            base_url=base_url,
            timeout=timeout,
            username=username,
            password=password,
            client_id=client_id,
            client_secret=client_secret,
            settle_window=settle_window,
        )
        retry = retry_policy or RetryPolicy(attempts=checked_retries(max_retries) + 1)
        rate_limit = checked_rate_limit(rate_limit)
        limiter = RateLimiter(
            per_second=rate_limit,
            burst=max(1, int(rate_limit or 1)),
            max_concurrency=checked_max_concurrency(max_concurrency),
            adaptive=bool(adaptive_pace),
            store=shared_pace_store(self._settings),
        )
        # httpx is imported by the transport, not at package import, so that
        # `import daftra_facade` stays fast.
        self._transport = self._connect(
            self._settings, retry, limiter, http_client, default_headers
        )

    def _check_http_client(self, http_client: object) -> None:
        raise NotImplementedError

    def _connect(
        self,
        settings: Settings,
        retry: RetryPolicy,
        limiter: RateLimiter,
        http_client: Any,
        default_headers: Mapping[str, str] | None,
    ) -> Any:
        raise NotImplementedError

    @contextmanager
    def responses(self) -> Iterator[ResponseLog]:
        """The status and headers of the answers to the calls made inside the block
        (in this thread or task): ``with client.responses() as seen:
        client.invoices.get(7)``, then ``seen.last.status`` and ``seen.last.headers``.
        Only accepted answers are noted; a refused call raises an error that carries its
        response."""
        with recorded() as log:
            yield log

    @property
    def pace(self) -> PaceReport:
        """Where the adaptive pace stands: its rate, and the refusals it has met."""
        return self._transport.limiter.report()  # type: ignore[no-any-return]

    @property
    def base_url(self) -> str:
        """The account's site root; v1 endpoints live under ``base_url + "/api2"``."""
        return self._settings.site_root

    @cached_property
    def raw(self) -> AuthenticatedClient:
        """The generated low-level client (sync and async functions alike), for v1
        endpoints or options the facade does not cover. It sends through this client's
        wire: its account, credentials, connection pool, pace, retry policy and timeout
        (see :mod:`daftra_facade.transport.raw`). Its answers are not checked: an error
        status comes back as it came, and ``json()`` is the documented shape."""
        return self._raw_client(self._settings.site_root + V1_PREFIX)

    @cached_property
    def raw_v2(self) -> AuthenticatedClient:
        """The same for the generated v2 functions (entities, multi-entity, token), whose
        paths start at the site root rather than at ``/api2``."""
        return self._raw_client(self._settings.site_root)

    def _raw_client(self, base_url: str) -> AuthenticatedClient:
        from .transport.raw import SharedWire, raw_client

        client: AuthenticatedClient = raw_client(
            base_url, SharedWire(self._transport), self._transport.timeout
        )
        return client

    def with_options(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        settle_window: float | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """This client with another timeout (seconds), number of retries or settle window
        (seconds), for the calls made through it:
        ``client.with_options(timeout=120).invoices.bulk_create(...)``. A settle window
        left to its default follows the new timeout. It shares the connection pool and the
        pace of this client; close this one. ``default_headers`` are added to this
        client's (a name given again replaces its value)."""
        twin = copy.copy(self)
        # Resources are bound to a transport: the twin builds its own on first use; so
        # is the raw client, which sends through the twin's transport (its timeout).
        twin.__dict__ = {
            k: v
            for k, v in self.__dict__.items()
            if not isinstance(v, Resource) and k not in ("raw", "raw_v2")
        }
        retry = (
            None
            if max_retries is None
            else attrs.evolve(self._transport.retry, attempts=checked_retries(max_retries) + 1)
        )
        twin._transport = self._transport.derived(
            timeout=None if timeout is None else checked_timeout(timeout),
            retry=retry,
            default_headers=default_headers,
        )
        if settle_window is not None:
            # Resolved once, as the constructor does; resources read it from the transport.
            twin._settings = attrs.evolve(
                self._settings, settle_window=checked_settle_setting(settle_window)
            )
            twin._transport.settings = twin._settings
        return twin

    def __repr__(self) -> str:
        auth = self._settings.credentials.kind
        return f"{type(self).__name__}(base_url={self.base_url!r}, auth={auth})"


class Daftra(SyncFlavour, _ClientBase):
    """A client for one Daftra account; its arguments are described on ``__init__``.

    >>> with Daftra("acme", api_key="...") as client:
    ...     for invoice in client.invoices.iter():
    ...         print(invoice.id)
    """

    _transport: Transport

    def _check_http_client(self, http_client: object) -> None:
        import httpx

        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError(
                f"Daftra(http_client=) takes an httpx.Client, not {type(http_client).__name__}"
                " (an httpx.AsyncClient goes to AsyncDaftra)"
            )

    def _connect(
        self,
        settings: Settings,
        retry: RetryPolicy,
        limiter: RateLimiter,
        http_client: httpx.Client | None,
        default_headers: Mapping[str, str] | None,
    ) -> Transport:
        from .transport.http import Transport

        return Transport(settings, retry, limiter, http_client, default_headers)

    def workflow(self, workflow_id: int) -> EntityResource[WorkflowRecord, WorkflowRecord]:
        """The records of one workflow type (Daftra's ``le_workflow-type-entity-<id>``)."""
        return EntityResource(self._transport, r.workflow_records(workflow_id))

    def entity(self, name: str) -> ListOnlyResource[EntityRecord]:
        """Any v2 entity by name, to list with filters: ``client.entity("invoice").iter(
        query=where(field("type").in_([0, 5])))``."""
        return ListOnlyResource(self._transport, r.entity_records(name))

    def multi_entity(self, queries: Sequence[EntityQuery]) -> MultiEntityResult:
        """Several v2 reads in one request; each query's outcome by its alias."""
        return run(multi_entity_flow(queries), self._transport)

    def app_is_active(self, app_id: int) -> bool:
        """Whether a Developer Portal app is active on this account."""
        return run(app_status_flow(app_id), self._transport)

    def close(self) -> None:
        """Close the connection pools."""
        for name in ("raw", "raw_v2"):
            raw = self.__dict__.get(name)
            if raw is not None:
                raw.get_httpx_client().close()  # closes what its wire made, if anything
        self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncDaftra(AsyncFlavour, _ClientBase):
    """A client for one Daftra account, for asyncio; it takes the same arguments as
    :class:`Daftra` (described on ``__init__``).

    >>> async with AsyncDaftra("acme", api_key="...") as client:
    ...     async for invoice in client.invoices.iter():
    ...         print(invoice.id)
    """

    _transport: AsyncTransport

    def _check_http_client(self, http_client: object) -> None:
        import httpx

        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError(
                "AsyncDaftra(http_client=) takes an httpx.AsyncClient, not "
                f"{type(http_client).__name__} (an httpx.Client goes to Daftra)"
            )

    def _connect(
        self,
        settings: Settings,
        retry: RetryPolicy,
        limiter: RateLimiter,
        http_client: httpx.AsyncClient | None,
        default_headers: Mapping[str, str] | None,
    ) -> AsyncTransport:
        from .transport.http import AsyncTransport

        return AsyncTransport(settings, retry, limiter, http_client, default_headers)

    def workflow(self, workflow_id: int) -> AsyncEntityResource[WorkflowRecord, WorkflowRecord]:
        """The records of one workflow type (Daftra's ``le_workflow-type-entity-<id>``)."""
        return AsyncEntityResource(self._transport, r.workflow_records(workflow_id))

    def entity(self, name: str) -> AsyncListOnlyResource[EntityRecord]:
        """Any v2 entity by name, to list with filters."""
        return AsyncListOnlyResource(self._transport, r.entity_records(name))

    async def multi_entity(self, queries: Sequence[EntityQuery]) -> MultiEntityResult:
        """Several v2 reads in one request; each query's outcome by its alias."""
        return await arun(multi_entity_flow(queries), self._transport)

    async def app_is_active(self, app_id: int) -> bool:
        """Whether a Developer Portal app is active on this account."""
        return await arun(app_status_flow(app_id), self._transport)

    async def aclose(self) -> None:
        """Close the connection pools."""
        for name in ("raw", "raw_v2"):
            raw = self.__dict__.get(name)
            if raw is not None:
                await raw.get_async_httpx_client().aclose()  # what its wire made, if any
                raw.get_httpx_client().close()
        await self._transport.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()
