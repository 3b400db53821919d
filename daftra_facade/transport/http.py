"""Where requests leave the process: pooled httpx clients (sync and async), which turn a
missing answer into a facade error and hand every answer to
:func:`daftra_facade.wire.answers.checked`."""

from __future__ import annotations

import asyncio
import copy
import logging
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any, Self

import httpx

from .. import logs
from ..errors import (
    DaftraError,
    RequestTimeoutError,
    TransportError,
    UnparseableResponseError,
)
from ..settings import Settings, is_loopback
from ..wire.answers import UNDECODABLE_ENCODING, checked, parse_once, retry_after_seconds
from .auth import TokenAuth
from .pace import THROTTLE_STATUSES, RateLimiter
from .responses import record
from .retries import RetryPolicy, throttled

USER_AGENT = "daftra-python/0.1"
# Sent with every request, under the default headers and the credentials.
BASE_HEADERS = {"Accept": "application/json", "User-Agent": USER_AGENT}
Request = dict[str, Any]  # what a generated ``_get_kwargs`` returns, URL prefixed


def direct_mounts(site_root: str) -> dict[str, None]:
    """httpx mounts that keep a loopback site off every proxy: environment proxies
    (``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY``) would otherwise receive the requests,
    and the credentials in them, of a local sandbox or tunnel. A mount of None is httpx's
    direct connection, and a pattern naming the host wins over the proxies' ``all://``.
    Other hosts still honour the environment's proxies (a company proxy is how many
    machines reach the internet; their https traffic passes it encrypted)."""
    host = httpx.URL(site_root).host
    if not is_loopback(host):
        return {}
    return {f"all://[{host}]" if ":" in host else f"all://{host}": None}


# Headers that carry credentials: set by the client from its own credentials only.
CREDENTIAL_HEADERS = frozenset({"apikey", "authorization"})


def checked_default_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    """``default_headers`` as a plain dict; a ValueError for a header that would carry
    credentials (they come from ``api_key=``/``token=``/the password grant only, so no
    default can replace them unseen) or a name or value that is not text."""
    if headers is None:
        return {}
    checked: dict[str, str] = {}
    for name, value in dict(headers).items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise ValueError(
                f"default_headers[{name!r}]: names and values must be str, got {value!r}"
            )
        if name.lower() in CREDENTIAL_HEADERS:
            raise ValueError(
                f"default_headers[{name!r}]: credentials are set by api_key=, token= or "
                "username=/password=, not by a header"
            )
        checked[name] = value
    return checked


def _client_options(settings: Settings, default_headers: Mapping[str, str]) -> dict[str, Any]:
    # Redirects are never followed, so credentials can never be carried to another host.
    grant = settings.credentials.grant
    return {
        "mounts": direct_mounts(settings.site_root),
        "auth": TokenAuth(grant) if grant is not None else None,
        "base_url": settings.site_root,
        "headers": {
            **BASE_HEADERS,
            **default_headers,
            **settings.credentials.headers(),
        },
        "timeout": httpx.Timeout(settings.timeout),
        "follow_redirects": False,
    }


@contextmanager
def _no_answer_errors(request: httpx.Request, timeout: float) -> Iterator[None]:
    """httpx's failures as facade errors: every way an exchange can fail is a
    :class:`DaftraError`, so no caller meets a raw ``httpx`` exception."""
    where = f"{request.method} {request.url.path}"
    # The request's own timeout (a raw client's, say), else the transport's.
    timeout = request.extensions.get("timeout", {}).get("read") or timeout
    try:
        yield
    except httpx.TimeoutException as exc:
        raise RequestTimeoutError(
            f"{where}: no answer within {timeout:g} s ({type(exc).__name__})"
        ) from exc
    except httpx.TransportError as exc:
        host = request.url.host + (f":{request.url.port}" if request.url.port else "")
        if isinstance(exc, httpx.ConnectError):  # no such host, or nothing listening there
            raise TransportError(
                f"{where}: connection failed: could not connect to {host} "
                f"({type(exc).__name__}: {exc}); check the subdomain or base URL"
            ) from exc
        raise TransportError(
            f"{where}: connection failed with {host} ({type(exc).__name__}: {exc})"
        ) from exc
    except httpx.DecodingError as exc:  # only when no answer was at hand (see _decoded)
        raise UnparseableResponseError(f"{where}: the answer could not be read ({exc})") from exc
    except httpx.HTTPError as exc:
        raise TransportError(f"{where}: the exchange failed ({type(exc).__name__}: {exc})") from exc


def _decoded(response: httpx.Response, raw: bytes) -> httpx.Response:
    """An answer with a ``Content-Encoding``, its body decoded. A body that does not
    decode by it is kept as it came, the false header moved to ``extensions``: a PHP host
    that compresses twice sends ``gzip`` over a plain body, on every answer, so asking
    again would meet it again, while the plain body is the answer. Whether that body is
    the JSON expected is judged next, as for any other answer (a read's garbled answer
    is asked again)."""
    try:
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            content=raw,
            request=response.request,
            extensions=response.extensions,
        )
    except httpx.DecodingError:
        headers = response.headers
        return httpx.Response(
            response.status_code,
            headers=[(k, v) for k, v in headers.multi_items() if k.lower() != "content-encoding"],
            content=raw,
            request=response.request,
            extensions={**response.extensions, UNDECODABLE_ENCODING: headers["content-encoding"]},
        )


def _received(http: httpx.Client, request: httpx.Request, auth: Any) -> httpx.Response:
    response = http.send(request, stream=True, auth=auth, follow_redirects=False)
    try:
        if "content-encoding" in response.headers:
            return _decoded(response, b"".join(response.iter_raw()))
        response.read()
        return response
    finally:
        response.close()


async def _areceived(http: httpx.AsyncClient, request: httpx.Request, auth: Any) -> httpx.Response:
    response = await http.send(request, stream=True, auth=auth, follow_redirects=False)
    try:
        if "content-encoding" in response.headers:
            return _decoded(response, b"".join([part async for part in response.aiter_raw()]))
        await response.aread()
        return response
    finally:
        await response.aclose()


def _secrets(settings: Settings) -> tuple[str, ...]:
    """The client's own credentials, kept out of every log record."""
    credentials = settings.credentials
    grant = credentials.grant
    found = [credentials.api_key, credentials.token]
    if grant is not None:
        found += [getattr(grant, name, None) for name in ("password", "client_secret")]
    return tuple(secret for secret in found if secret)


class _TransportOptions:
    """What both transports hold besides their connection pool.

    With a caller's own httpx client (``http_client=``), each request is made whole
    here (the site's URL, ``Accept``, ``User-Agent``, the default headers, the
    credentials, and the password grant's auth flow on sending), because that client's
    own defaults are not ours; it is never closed here.
    """

    def __init__(
        self,
        settings: Settings,
        retry: RetryPolicy,
        limiter: RateLimiter,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        self.settings = settings
        self.retry = retry
        self.limiter = limiter
        self.timeout = settings.timeout
        self.default_headers = checked_default_headers(default_headers)
        self.owns_http = http_client is None
        self._secrets = _secrets(settings)
        grant = settings.credentials.grant
        # How requests are signed when sent through a caller's client (ours has it built in).
        self._send_auth: Any = httpx.USE_CLIENT_DEFAULT
        if not self.owns_http:
            self._send_auth = TokenAuth(grant) if grant is not None else None

    def _log_request(self, request: httpx.Request, attempt: int) -> None:
        if logs.http.isEnabledFor(logging.DEBUG):
            url = logs.redact_url(request.url)
            logs.http.debug("%s %s (attempt %d)", request.method, url, attempt)

    def _log_answer(
        self, request: httpx.Request, status: int | str, started: float, attempt: int
    ) -> None:
        if logs.http.isEnabledFor(logging.DEBUG):
            logs.http.debug(
                "%s %s -> %s in %.3f s (attempt %d)",
                request.method,
                logs.redact_url(request.url),
                status,
                time.monotonic() - started,
                attempt,
            )

    def _log_retry(
        self, request: httpx.Request, error: DaftraError, attempt: int, wait: float
    ) -> None:
        why = logs.redact(error, self._secrets)
        if wait == 0.0 and self.limiter.adaptive and throttled(error):
            how = "when the adaptive pace lets it go"
        else:
            how = f"in {wait:.2f} s"
        logs.retry.info(
            "%s %s: sending again %s (attempt %d): %s",
            request.method,
            logs.redact_url(request.url),
            how,
            attempt + 1,
            why,
        )

    def _learnt(self, response: httpx.Response, sent_at: float) -> float:
        """Let the pace learn from an answer; return the moment before which its
        request must not be sent again (0: none)."""
        status = response.status_code
        retry_after = None
        if status in THROTTLE_STATUSES:
            retry_after = retry_after_seconds(response)
        return self.limiter.observe(status, response.headers, sent_at, retry_after)

    @staticmethod
    def _checked(response: httpx.Response, sent_at: float) -> httpx.Response:
        """The checked response. A read's answer is parsed here (once:
        :func:`decode_json` reuses it), so that a garbled one (cut short, an HTML page
        with status 200) is asked again like a 5xx; a write's answer is parsed by its
        flow, which settles a garbled create by its reference."""
        checked(response)
        if response.request.method == "GET":
            parse_once(response)
        record(response, time.monotonic() - sent_at)
        return response

    def _prepared(self, http: httpx.Client | httpx.AsyncClient, request: Request) -> httpx.Request:
        if self.owns_http and not self.default_headers:
            return http.build_request(**request, timeout=self.timeout)
        request = dict(request)
        url = str(request.pop("url"))
        if not self.owns_http and "://" not in url:
            url = self.settings.site_root.rstrip("/") + "/" + url.lstrip("/")
        headers = {
            **({} if self.owns_http else BASE_HEADERS),  # our own pool sends them already
            **self.default_headers,
            **dict(request.pop("headers", None) or {}),
            **self.settings.credentials.headers(),
        }
        return http.build_request(url=url, headers=headers, **request, timeout=self.timeout)

    def _signed(self, request: httpx.Request) -> httpx.Request:
        """``request`` with this client's credentials, whatever a caller's client set."""
        if not self.owns_http:
            request.headers.update(self.settings.credentials.headers())
        return request

    def _retry_wait(self, request: httpx.Request, error: DaftraError, attempt: int) -> float | None:
        """Seconds before the next try, None to give up. A request refused for the pace
        waits for its turn in the adaptive limiter, which holds it (and, unless the
        refusal was a paced client's probe above the limit, every request of the
        client) until the service's ``Retry-After`` has passed."""
        wait = self.retry.delay(request.method, error, attempt)
        if wait is not None and self.limiter.adaptive and throttled(error):
            return 0.0
        return wait

    def derived(
        self,
        *,
        timeout: float | None,
        retry: RetryPolicy | None,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A transport sharing this one's connection pool and pace, with other options
        (``default_headers`` are added to this one's)."""
        twin = copy.copy(self)
        twin.timeout = self.timeout if timeout is None else timeout
        twin.retry = self.retry if retry is None else retry
        if default_headers is not None:
            twin.default_headers = {
                **self.default_headers,
                **checked_default_headers(default_headers),
            }
        return twin


class Transport(_TransportOptions):
    """Sends prepared requests over one pooled, thread-safe ``httpx.Client``, paced by
    the rate limiter and repeated when the retry policy says it is safe and useful."""

    def __init__(
        self,
        settings: Settings,
        retry: RetryPolicy,
        limiter: RateLimiter,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(settings, retry, limiter, http_client, default_headers)
        self._http = http_client or httpx.Client(**_client_options(settings, self.default_headers))

    def send(self, request: Request) -> httpx.Response:
        """The checked answer to a request built by a flow (see :meth:`deliver`)."""
        return self.deliver(self._prepared(self._http, request))

    def deliver(self, request: httpx.Request) -> httpx.Response:
        """The checked answer to ``request``, sent again while the retry policy allows;
        the last failure raised as a :class:`DaftraError`."""
        attempt, not_before = 1, 0.0
        self._signed(request)
        while True:
            sent_at = self.limiter.acquire(not_before)
            response = None
            try:
                with _no_answer_errors(request, self.timeout):
                    self._log_request(request, attempt)
                    response = _received(self._http, request, self._send_auth)
                self._log_answer(request, response.status_code, sent_at, attempt)
                not_before = self._learnt(response, sent_at)
                return self._checked(response, sent_at)
            except DaftraError as error:
                if response is None:
                    self._log_answer(request, type(error).__name__, sent_at, attempt)
                wait = self._retry_wait(request, error, attempt)
                if wait is None:
                    raise
                self._log_retry(request, error, attempt, wait)
            finally:
                self.limiter.release()
            time.sleep(wait)
            attempt += 1

    def close(self) -> None:
        """Close the connection pool, if this client made it (never a caller's)."""
        if self.owns_http:
            self._http.close()


class AsyncTransport(_TransportOptions):
    """The same over one pooled ``httpx.AsyncClient``."""

    def __init__(
        self,
        settings: Settings,
        retry: RetryPolicy,
        limiter: RateLimiter,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(settings, retry, limiter, http_client, default_headers)
        self._http = http_client or httpx.AsyncClient(
            **_client_options(settings, self.default_headers)
        )

    async def send(self, request: Request) -> httpx.Response:
        """The checked answer to a request built by a flow (see :meth:`deliver`)."""
        return await self.deliver(self._prepared(self._http, request))

    async def deliver(self, request: httpx.Request) -> httpx.Response:
        """The checked answer to ``request``, sent again while the retry policy allows."""
        attempt, not_before = 1, 0.0
        self._signed(request)
        while True:
            sent_at = await self.limiter.aacquire(not_before)
            response = None
            try:
                with _no_answer_errors(request, self.timeout):
                    self._log_request(request, attempt)
                    response = await _areceived(self._http, request, self._send_auth)
                self._log_answer(request, response.status_code, sent_at, attempt)
                not_before = self._learnt(response, sent_at)
                return self._checked(response, sent_at)
            except DaftraError as error:
                if response is None:
                    self._log_answer(request, type(error).__name__, sent_at, attempt)
                wait = self._retry_wait(request, error, attempt)
                if wait is None:
                    raise
                self._log_retry(request, error, attempt, wait)
            finally:
                self.limiter.arelease()
            await asyncio.sleep(wait)
            attempt += 1

    async def close(self) -> None:
        """Close the connection pool, if this client made it (never a caller's)."""
        if self.owns_http:
            await self._http.aclose()
