"""Bearer tokens obtained with Daftra's password grant, renewed when they run out.

Daftra issues access tokens at ``POST /v2/oauth/token`` (``grant_type=password`` with the
account's email and password and the OAuth client's id and secret). A
:class:`TokenSession` holds the current token for one client: it asks for one before the
first request, again shortly before the one it holds expires, and again once when a
request is refused with 401 (the token was revoked or expired early). A 401 means the
request was refused before anything was done, so sending it again with the new token
cannot do anything twice.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from ..errors import AuthenticationError, UnparseableResponseError
from ..settings import PasswordGrant
from ..wire.answers import decode_json

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

    @staticmethod
    def refused(error: BaseException) -> bool:
        return isinstance(error, AuthenticationError)

    def __repr__(self) -> str:
        return f"TokenSession({self.grant!r}, issued={self.issued})"
