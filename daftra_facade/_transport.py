"""The one place requests leave the process: a pooled httpx client plus error mapping."""

from __future__ import annotations

from typing import Any

import httpx

from ._config import Settings
from ._errors import (
    APIStatusError,
    RequestTimeoutError,
    TransportError,
    error_for_status,
)

USER_AGENT = "daftra-python/0.1"


class Transport:
    """Sends prepared requests and turns every failure into a facade error.

    Redirects are not followed, so credentials can never be carried to another host.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._http = httpx.Client(
            base_url=settings.site_root,
            headers={
                **settings.credentials.headers(),
                "Accept": "application/json",
                "User-Agent": USER_AGENT,
            },
            timeout=httpx.Timeout(settings.timeout),
            follow_redirects=False,
        )

    def send(self, request: dict[str, Any]) -> httpx.Response:
        """Send one request described by a generated ``_get_kwargs`` dict.

        Raises the mapped :class:`APIStatusError` for 3xx/4xx/5xx answers and
        :class:`TransportError` when no answer arrived.
        """
        method = str(request["method"]).upper()
        try:
            response = self._http.request(**request)
        except httpx.TimeoutException as exc:
            raise RequestTimeoutError(
                f"{method} {request['url']}: no answer within {self.settings.timeout:g} s "
                f"({type(exc).__name__})"
            ) from exc
        except httpx.TransportError as exc:
            raise TransportError(
                f"{method} {request['url']}: connection failed ({type(exc).__name__}: {exc})"
            ) from exc
        if response.status_code >= 400:
            raise error_for_status(response)
        if response.status_code >= 300:
            raise APIStatusError(
                f"{response.status_code} redirect from {method} {response.url.path} to "
                f"{response.headers.get('location', '?')!r} was not followed; "
                "check base_url",
                status=response.status_code,
                response=response,
            )
        return response

    def close(self) -> None:
        self._http.close()
