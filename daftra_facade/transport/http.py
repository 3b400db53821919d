"""Where requests leave the process: pooled httpx clients (sync and async), which turn a
missing answer into a facade error and hand every answer to
:func:`daftra_facade.wire.answers.checked`."""

from __future__ import annotations

import asyncio
import copy
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Self

import httpx

from ..errors import (
    DaftraError,
    RequestTimeoutError,
    TransportError,
)
from ..settings import Settings
from ..wire.answers import checked, retry_after_seconds
from .auth import TokenAuth
from .pace import THROTTLE_STATUSES, RateLimiter
from .retries import RetryPolicy, throttled

USER_AGENT = "daftra-python/0.1"
Request = dict[str, Any]  # what a generated ``_get_kwargs`` returns, URL prefixed


def _client_options(settings: Settings) -> dict[str, Any]:
    # Redirects are never followed, so credentials can never be carried to another host.
    grant = settings.credentials.grant
    return {
        "auth": TokenAuth(grant) if grant is not None else None,
        "base_url": settings.site_root,
        "headers": {
            **settings.credentials.headers(),
            "Accept": "application/json",
            "User-Agent": USER_AGENT,
        },
        "timeout": httpx.Timeout(settings.timeout),
        "follow_redirects": False,
    }


@contextmanager
def _no_answer_errors(request: Request, timeout: float) -> Iterator[None]:
    method = str(request["method"]).upper()
    try:
        yield
    except httpx.TimeoutException as exc:
        raise RequestTimeoutError(
            f"{method} {request['url']}: no answer within {timeout:g} s ({type(exc).__name__})"
        ) from exc
    except httpx.TransportError as exc:
        raise TransportError(
            f"{method} {request['url']}: connection failed ({type(exc).__name__}: {exc})"
        ) from exc


class _TransportOptions:
    """What both transports hold besides their connection pool."""

    def __init__(self, settings: Settings, retry: RetryPolicy, limiter: RateLimiter) -> None:
        self.settings = settings
        self.retry = retry
        self.limiter = limiter
        self.timeout = settings.timeout

    def _learnt(self, response: httpx.Response, sent_at: float) -> httpx.Response:
        """The checked response, once the pace has learnt from it."""
        status = response.status_code
        retry_after = None
        if status in THROTTLE_STATUSES:
            retry_after = retry_after_seconds(response)
        self.limiter.observe(status, response.headers, sent_at, retry_after)
        return checked(response)

    def _retry_wait(self, request: Request, error: DaftraError, attempt: int) -> float | None:
        """Seconds before the next try, None to give up. A request refused for the pace
        waits for its turn in the adaptive limiter, which holds every request of the
        client until the service's ``Retry-After`` has passed."""
        wait = self.retry.delay(request["method"], error, attempt)
        if wait is not None and self.limiter.adaptive and throttled(error):
            return 0.0
        return wait

    def derived(self, *, timeout: float | None, retry: RetryPolicy | None) -> Self:
        """A transport sharing this one's connection pool and pace, with other options."""
        twin = copy.copy(self)
        twin.timeout = self.timeout if timeout is None else timeout
        twin.retry = self.retry if retry is None else retry
        return twin


class Transport(_TransportOptions):
    """Sends prepared requests over one pooled, thread-safe ``httpx.Client``, paced by
    the rate limiter and repeated when the retry policy says it is safe and useful."""

    def __init__(self, settings: Settings, retry: RetryPolicy, limiter: RateLimiter) -> None:
        super().__init__(settings, retry, limiter)
        self._http = httpx.Client(**_client_options(settings))

    def send(self, request: Request) -> httpx.Response:
        attempt = 1
        while True:
            sent_at = self.limiter.acquire()
            try:
                with _no_answer_errors(request, self.timeout):
                    response = self._http.request(**request, timeout=self.timeout)
                return self._learnt(response, sent_at)
            except DaftraError as error:
                wait = self._retry_wait(request, error, attempt)
                if wait is None:
                    raise
            finally:
                self.limiter.release()
            time.sleep(wait)
            attempt += 1

    def close(self) -> None:
        self._http.close()


class AsyncTransport(_TransportOptions):
    """The same over one pooled ``httpx.AsyncClient``."""

    def __init__(self, settings: Settings, retry: RetryPolicy, limiter: RateLimiter) -> None:
        super().__init__(settings, retry, limiter)
        self._http = httpx.AsyncClient(**_client_options(settings))

    async def send(self, request: Request) -> httpx.Response:
        attempt = 1
        while True:
            sent_at = await self.limiter.aacquire()
            try:
                with _no_answer_errors(request, self.timeout):
                    response = await self._http.request(**request, timeout=self.timeout)
                return self._learnt(response, sent_at)
            except DaftraError as error:
                wait = self._retry_wait(request, error, attempt)
                if wait is None:
                    raise
            finally:
                self.limiter.arelease()
            await asyncio.sleep(wait)
            attempt += 1

    async def close(self) -> None:
        await self._http.aclose()
