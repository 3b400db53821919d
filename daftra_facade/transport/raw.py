"""The raw generated client on the facade's wire.

``client.raw`` is the generated ``AuthenticatedClient``; its httpx clients send through
:class:`SharedWire`, an httpx transport that hands every request to the facade's own
:class:`~daftra_facade.transport.http.Transport`. So raw calls share the facade's
connection pool, credentials (a password grant's token included), environment-proxy
rule, pace (a rate limit learnt by one side holds the other back) and retry policy (only
what cannot create a record twice is repeated), and the timeout of the facade client
they come from (``with_options(timeout=…).raw``).

Unlike the facade, the wire does not raise for an error status: the generated functions
get the last answer as it came (status, headers and bytes) and decide for themselves.
Only the absence of any answer (a timeout, a refused connection) raises, as a
:class:`DaftraError`. Each answer's ``json()`` returns the documented shape the facade
reads (numbers, dates, empty values and related records decoded by
:mod:`daftra_facade.wire.decoding`), so the generated parsers meet what the spec
describes; ``content`` keeps the bytes the service sent.
"""

from __future__ import annotations

import re
import threading
from functools import cache
from typing import TYPE_CHECKING, Any

import httpx

from ..constants import V1_PREFIX
from ..errors import DaftraError
from ..wire.answers import PARSED_BODY
from ..wire.decoding import DecodeFailure, decode_answer
from ..wire.specification import operations
from .http import AsyncTransport, Transport

if TYPE_CHECKING:
    from ..settings import Settings

# Where the answer's operation (an operationId, or None) is noted for the raw client.
OPERATION = "daftra_operation"
_UNREAD: Any = object()
# The header the generated client insists on writing a credential into; never sent.
_PLACEHOLDER = "X-Daftra-Raw-Placeholder"


class LiveShapeResponse(httpx.Response):
    """An answer as the raw client sees it: status, headers and ``content`` as the
    service sent them (the body already decompressed, so ``Content-Encoding`` is
    dropped), and ``json()`` in the documented shape of its operation. A body that does
    not fit the documented shape is returned by ``json()`` as it came."""

    def __init__(self, answer: httpx.Response, operation_id: str | None) -> None:
        headers = [
            (k, v) for k, v in answer.headers.multi_items() if k.lower() != "content-encoding"
        ]
        super().__init__(
            answer.status_code,
            headers=headers,
            stream=httpx.ByteStream(answer.content),
            extensions={**answer.extensions, OPERATION: operation_id},
        )
        self._documented: Any = _UNREAD

    def json(self, **kwargs: Any) -> Any:
        """The body in its documented shape (see :mod:`daftra_facade.wire.decoding`);
        with ``kwargs`` (``json.loads`` options), the body as sent, read by httpx."""
        if kwargs:
            return super().json(**kwargs)
        if self._documented is _UNREAD:
            self._documented = self._decoded()
        return self._documented

    def _decoded(self) -> Any:
        body = self.extensions.get(PARSED_BODY, _UNREAD)
        if body is _UNREAD:
            body = super().json()  # a body that is not JSON raises as httpx's json() does
        operation_id = self.extensions.get(OPERATION)
        if operation_id is None:
            return body
        try:
            return decode_answer(operation_id, self.status_code, body)
        except DecodeFailure:
            return body


@cache
def _routes() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """(path pattern, method, operationId) of every documented operation, literal
    segments first: ``/invoices/add_bulk.json`` is matched before ``/invoices/{id}.json``."""
    routes: list[tuple[int, int, re.Pattern[str], str, str]] = []
    for operation_id, (path, method, _) in operations().items():
        pieces = re.split(r"\{[^}]+\}", path)
        pattern = re.compile("[^/]+".join(re.escape(piece) for piece in pieces) + r"\Z")
        literal = sum(len(piece) for piece in pieces)
        routes.append((len(pieces) - 1, -literal, pattern, method.upper(), operation_id))
    routes.sort(key=lambda route: route[:2])
    return tuple((pattern, method, operation_id) for *_, pattern, method, operation_id in routes)


def operation_of(method: str, url_path: str, site_path: str = "") -> str | None:
    """The operationId a request goes to, from its method and its URL's path (``site_path``
    is the path of the account's site root, if it has one); None if none is documented."""
    path = url_path[len(site_path) :] if site_path and url_path.startswith(site_path) else url_path
    if path.startswith(V1_PREFIX + "/"):
        path = path[len(V1_PREFIX) :]
    for pattern, route_method, operation_id in _routes():
        if route_method == method and pattern.match(path):
            return operation_id
    return None


class SharedWire(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """An httpx transport (sync and async) that sends through the facade's transport.

    A ``Daftra`` client's raw async functions (and an ``AsyncDaftra``'s sync ones) get a
    transport of the other kind made on first use, sharing the pace, retry policy and
    timeout; :meth:`close` and :meth:`aclose` close only what the wire made itself.
    """

    def __init__(self, home: Transport | AsyncTransport) -> None:
        self._home = home
        self._made: Transport | AsyncTransport | None = None
        self._making = threading.Lock()
        settings: Settings = home.settings
        self._credentials = settings.credentials.headers()
        self._site_path = httpx.URL(settings.site_root).path.rstrip("/")

    def _sync(self) -> Transport:
        if isinstance(self._home, Transport):
            return self._home
        made = self._twin(Transport)
        assert isinstance(made, Transport)
        return made

    def _async(self) -> AsyncTransport:
        if isinstance(self._home, AsyncTransport):
            return self._home
        made = self._twin(AsyncTransport)
        assert isinstance(made, AsyncTransport)
        return made

    def _twin(self, kind: type[Transport] | type[AsyncTransport]) -> Transport | AsyncTransport:
        """The transport of the other kind, made once: same pace, retries and timeout."""
        with self._making:
            if self._made is None:
                home = self._home
                self._made = kind(home.settings, home.retry, home.limiter)
                self._made.timeout = home.timeout
            return self._made

    def _prepared(self, request: httpx.Request) -> str | None:
        """Sign the request as the facade signs its own; its operation, if documented."""
        request.headers.pop(_PLACEHOLDER, None)
        request.headers.update(self._credentials)
        return operation_of(request.method, request.url.path, self._site_path)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        operation_id = self._prepared(request)
        request.read()  # a body the retries can send again
        try:
            answer = self._sync().deliver(request)
        except DaftraError as error:
            if error.response is None:
                raise
            answer = error.response  # the last answer, for the generated code to read
        return LiveShapeResponse(answer, operation_id)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        operation_id = self._prepared(request)
        await request.aread()
        try:
            answer = await self._async().deliver(request)
        except DaftraError as error:
            if error.response is None:
                raise
            answer = error.response
        return LiveShapeResponse(answer, operation_id)

    def close(self) -> None:
        if isinstance(self._made, Transport):
            self._made.close()
            self._made = None

    async def aclose(self) -> None:
        if isinstance(self._made, AsyncTransport):
            await self._made.close()
            self._made = None


def raw_client(base_url: str, wire: SharedWire, timeout: float) -> Any:
    """The generated ``AuthenticatedClient`` for ``base_url``, sending through ``wire``
    (which signs every request with the facade's credentials)."""
    from daftra_client import AuthenticatedClient

    class RawClient(AuthenticatedClient):
        def __repr__(self) -> str:  # the generated repr would show a credential
            return f"RawClient(base_url={self._base_url!r}, token=<hidden>)"

    return RawClient(
        base_url=base_url,
        # The wire replaces this header with the facade's credential (or, for a password
        # grant, its current token), so the generated client holds none of its own.
        token="set-by-the-facade",
        prefix="",
        auth_header_name=_PLACEHOLDER,
        timeout=httpx.Timeout(timeout),
        follow_redirects=False,
        raise_on_unexpected_status=False,
        httpx_args={"transport": wire},
    )
