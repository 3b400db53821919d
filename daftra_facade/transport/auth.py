"""Bearer tokens obtained with Daftra's password grant, renewed when they run out.

Daftra issues access tokens at ``POST /v2/oauth/token`` (``grant_type=password`` with the
account's email and password and the OAuth client's id and secret). A
:class:`TokenSession` holds the current token for one client; :class:`TokenAuth` is the
httpx auth flow that uses it, for both clients: it asks for a token before the first
request, again shortly before the one it holds expires, and again once when a request is
refused with 401 (the token was revoked or expired early). A 401 means the request was
refused before anything was done, so sending it again with the new token cannot do
anything twice.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from typing import Any

import httpx

from ..errors import UnparseableResponseError
from ..settings import PasswordGrant
from ..wire.answers import checked, decode_json

TOKEN_PATH = "/v2/oauth/token"
# A token this close to its expiry is renewed before use rather than risked.
_EXPIRY_MARGIN = 30.0


class TokenSession:
    """The bearer token of one client, shared by its threads and tasks."""

    def __init__(self, grant: PasswordGrant, clock: Callable[[], float] = time.monotonic) -> None:
        self.grant = grant
        self.clock = clock
        self.lock = threading.Lock()  # guards the fields below; never held while waiting
        self._token: str | None = None
        self._renew_at = 0.0
        self.issued = 0  # how many tokens were obtained, for tests and logs

    def current(self) -> str | None:
        """The token to send, or None when a new one must be obtained first."""
        with self.lock:
            if self._token is None or self.clock() >= self._renew_at:
                return None
            return self._token

    def token_request(self) -> dict[str, Any]:
        from ..wire.bodies import JsonBody
        from ..wire.operations import Operation

        return Operation("auth", "generateAccessToken").build_request(
            body=JsonBody(self.grant.body())
        )

    def accept(self, answer: Any) -> str:
        """Keep the token from the grant's decoded answer; return it."""
        data = decode_json(answer)
        token = data.get("access_token") if isinstance(data, dict) else None
        if not isinstance(token, str) or not token:
            raise UnparseableResponseError(
                f"{TOKEN_PATH}: the answer carried no access_token", response=answer
            )
        lifetime = data.get("expires_in")
        seconds = float(lifetime) if isinstance(lifetime, int | float) else float("inf")
        # Renew a little before the end (half way through for very short lifetimes).
        early = min(_EXPIRY_MARGIN, seconds / 2)
        with self.lock:
            self._token, self._renew_at = token, self.clock() + seconds - early
            self.issued += 1
        return token

    def discard(self, token: str) -> None:
        """Forget ``token`` after a 401, unless another thread has already replaced it."""
        with self.lock:
            if self._token == token:
                self._token = None

    def __repr__(self) -> str:
        return f"TokenSession({self.grant!r}, issued={self.issued})"


class TokenAuth(httpx.Auth):
    """Signs every request with the session's bearer token, obtaining one first when
    there is none, and sends a request refused with 401 once more with a new token.

    One grant request goes out at a time (per client, across its threads or tasks);
    the others wait for it and use its token. A refused grant raises
    :class:`AuthenticationError` from the request that needed it.
    """

    def __init__(self, grant: PasswordGrant, clock: Callable[[], float] = time.monotonic):
        self.session = TokenSession(grant, clock)
        self._fetching = threading.Lock()
        self._async_fetching: asyncio.Lock | None = None  # made inside the running loop

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        for attempt in range(2):
            token = self.session.current()
            if token is None:
                with self._fetching:
                    token = self.session.current()  # another thread may have obtained one
                    if token is None:
                        answer = yield self._grant_request(request)
                        answer.read()
                        token = self.session.accept(checked(answer))
            response = yield _signed(request, token)
            if response.status_code != 401 or attempt:
                return
            self.session.discard(token)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if self._async_fetching is None:
            self._async_fetching = asyncio.Lock()
        for attempt in range(2):
            token = self.session.current()
            if token is None:
                async with self._async_fetching:
                    token = self.session.current()  # another task may have obtained one
                    if token is None:
                        answer = yield self._grant_request(request)
                        await answer.aread()
                        token = self.session.accept(checked(answer))
            response = yield _signed(request, token)
            if response.status_code != 401 or attempt:
                return
            self.session.discard(token)

    def _grant_request(self, request: httpx.Request) -> httpx.Request:
        """The grant, sent to the same site with the request's own timeout."""
        grant = self.session.token_request()
        headers = {
            name: value
            for name, value in request.headers.items()
            if name.lower() in ("accept", "user-agent")
        }
        return httpx.Request(
            url=request.url.join(grant.pop("url")),
            headers={**headers, **grant.pop("headers", {})},
            extensions={"timeout": request.extensions.get("timeout", {})},
            **grant,
        )


def _signed(request: httpx.Request, token: str) -> httpx.Request:
    request.headers["Authorization"] = f"Bearer {token}"
    return request
