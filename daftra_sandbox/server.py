"""The sandbox server: real HTTP on loopback, routed by the specification's paths."""

from __future__ import annotations

import collections
import copy
import json
import secrets
import threading
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Self

from daftra_facade.spec import body_errors

from .crud import ok, out_of_range
from .dialect import DEFAULT_DIALECT, Dialect, check_dialect, speak
from .faults import (
    GENERIC_REFUSAL,
    HOLLOW_CREATE_BODY,
    CannedAnswer,
    FaultDice,
    FaultProfile,
    Faults,
    refusal_body,
)
from .http_server import RequestHandler, SandboxServer
from .limits import Gatekeeper, RateLimits
from .routing import Answer, Request, Router, failed
from .state import Record, SandboxState, seed_defaults
from .v1 import v1_handlers
from .v2 import V2Api
from .v2_entities import seed_v2_defaults
from .v2_tokens import TokenBook, requires_auth, unauthenticated

_LOG_LIMIT = 10_000
_V2_ENTITY = "/v2/api/entity/"
# How long a request's announced body may take to arrive.
_BODY_TIMEOUT = 3.0
_JSON = "application/json; charset=utf-8"


class Sandbox:
    """A local, stateful Daftra account.

    >>> with Sandbox() as sandbox:
    ...     client = Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key)

    It binds to 127.0.0.1 unless told otherwise. ``state`` holds the records,
    ``request_log`` the (method, path, status) of recent requests, and :meth:`inject`
    queues canned answers for testing failure handling (:meth:`refuse_in_body` and
    :meth:`accept_without_saving` queue the live service's refusals inside 2xx answers).

    ``dialect`` chooses how answers are worded: ``"documented"`` (typed JSON, as the
    documentation shows) or ``"live"`` (as the live service sends: strings for every v1
    scalar, varied empty values, ``[]`` for empty objects, null-filled related records,
    undocumented columns, header-only rows for ``recursive=-1``, and edits that replace
    the record); :data:`~daftra_sandbox.dialect.DEFAULT_DIALECT` when left out.

    ``limits`` (a :class:`~daftra_sandbox.limits.RateLimits`) makes it refuse
    requests over a rate, per credential, as a real service does; :meth:`set_limits`
    changes or lifts them while it runs, and :attr:`limit_counts` tells how many
    requests were admitted and refused.

    ``latency`` (seconds) delays every request before it is processed, like a round trip
    to a distant server, each on its own thread. ``virtual_invoices`` lists that many
    generated invoices (each with ``virtual_invoice_lines`` items) without storing them,
    for large listings. :meth:`service_stats` tells how many requests were served and
    the sandbox's own time spent on them, the latency excluded.
    """

    def __init__(
        self,
        api_key: str = "sandbox-key",
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        seed: bool = True,
        faults: FaultProfile | None = None,
        dialect: Dialect = DEFAULT_DIALECT,
        limits: RateLimits | None = None,
        latency: float = 0.0,
        virtual_invoices: int = 0,
        virtual_invoice_lines: int = 0,
    ) -> None:
        if not latency >= 0:
            raise ValueError(f"latency must be zero or more seconds, not {latency!r}")
        self.api_key = api_key
        self.latency = latency
        self._service_lock = threading.Lock()
        self._service = {"requests": 0, "service_s": 0.0}
        self.dialect = check_dialect(dialect)
        self.state = SandboxState()
        # The live service's edits replace the record; the documented ones merge.
        self.state.edits_replace = self.dialect == "live"
        if seed:
            seed_defaults(self.state)
            seed_v2_defaults(self.state)
        self.faults = Faults()
        self.dice: FaultDice | None = None
        self.set_faults(faults)
        self.gatekeeper: Gatekeeper | None = None
        self._limit_counts = {"admitted": 0, "refused": 0}
        self.set_limits(limits)
        self.request_log: collections.deque[tuple[str, str, int]] = collections.deque(
            maxlen=_LOG_LIMIT
        )
        self.tokens = TokenBook()
        self.v2 = V2Api(self.state, self.tokens)
        self._router = Router()
        self._invoices, self._handlers = v1_handlers(self.state, self._router)
        self._handlers["getSiteInfo"] = lambda _request: ok({"Site": dict(self.state.site)})
        if virtual_invoices:
            self._invoices.add_virtual(virtual_invoices, lines=virtual_invoice_lines)
        self._server = SandboxServer((host, port), RequestHandler, self)
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def add_invoice(self, body: Mapping[str, Any]) -> Record:
        """Create an invoice directly, as a valid add request would (no HTTP involved)."""
        with self.state.lock:
            errors = self._invoices.check(body, creating=True)
            if errors:
                raise ValueError(f"invalid invoice: {errors}")
            return copy.deepcopy(self._invoices.create(body))

    def served_operations(self) -> frozenset[str]:
        """The operationId of every operation this sandbox has a handler for."""
        return frozenset(self._handlers)

    def service_stats(self, *, reset: bool = False) -> dict[str, float]:
        """``requests`` served and ``service_s``, the seconds spent on them from reading
        the request line to writing the answer, :attr:`latency` excluded; ``reset=True``
        starts counting from zero again after reading."""
        with self._service_lock:
            stats = dict(self._service)
            if reset:
                self._service.update(requests=0, service_s=0.0)
        return stats

    def count_service(self, seconds: float) -> None:
        with self._service_lock:
            self._service["requests"] += 1
            self._service["service_s"] += seconds

    def set_faults(self, profile: FaultProfile | None) -> None:
        """Switch the fault profile (None: behave)."""
        self.dice = FaultDice(profile) if profile is not None else None

    def set_limits(self, limits: RateLimits | None) -> None:
        """Limit the pace of requests from now on (None: lift the limit). The counts of
        :attr:`limit_counts` carry on."""
        self.gatekeeper = Gatekeeper(limits, self._limit_counts) if limits else None

    @property
    def limits(self) -> RateLimits | None:
        """The rate limit in force, None when there is none."""
        gatekeeper = self.gatekeeper
        return gatekeeper.limits if gatekeeper is not None else None

    @property
    def limit_counts(self) -> dict[str, int]:
        """Requests admitted and refused (429 or 503) under rate limits, since the
        sandbox started or :meth:`reset_limit_counts` was called."""
        return dict(self._limit_counts)

    def reset_limit_counts(self) -> None:
        """Count admitted and refused requests from zero again."""
        for kind in self._limit_counts:
            self._limit_counts[kind] = 0

    @property
    def fault_counts(self) -> dict[str, int]:
        """How many requests each kind of fault has struck under the current profile."""
        return dict(self.dice.counts) if self.dice else {}

    def issue_token(self, ttl: float | None = None) -> str:
        """A bearer token the sandbox accepts (for ``ttl`` seconds; None: for good).
        Clients can also obtain one with the password grant at ``/v2/oauth/token``, with
        ``v2.username`` and ``v2.password``."""
        return self.tokens.issue(ttl)

    def inject(
        self,
        status: int,
        body: bytes = b"",
        *,
        content_type: str = "text/html",
        headers: dict[str, str] | None = None,
        times: int = 1,
        path_contains: str | None = None,
        after: int = 0,
        process: bool = False,
        operation: str | None = None,
    ) -> None:
        """Answer the next ``times`` matching requests with this, leaving them unprocessed
        (or, with ``process``, processing them and sending this instead of their answer).
        A request matches when its path contains ``path_contains`` and it is routed to
        ``operation`` (an operationId such as ``"addInvoice"``), for those given."""
        self.faults.inject(
            CannedAnswer(
                status,
                body,
                content_type,
                dict(headers or {}),
                times,
                path_contains,
                after,
                process,
                operation,
            )
        )

    def refuse_in_body(
        self,
        operation: str | None = None,
        *,
        status: int = 200,
        message: str = GENERIC_REFUSAL,
        validation_errors: Mapping[str, str] | None = None,
        code: int = 400,
        path_contains: str | None = None,
        times: int = 1,
        after: int = 0,
    ) -> None:
        """Refuse the next ``times`` matching requests the way the live service sometimes
        does: HTTP ``status`` (200 or 202, a success) around ``{"result": "failed",
        "code": code, "message": message}``, plus ``validation_errors`` (field path ->
        reason) when given. Nothing is stored. Aimed at a bulk add (``"addInvoicesBulk"``),
        it refuses the whole request with that one object instead of a list of results.
        Matching is as for :meth:`inject`."""
        self.inject(
            status,
            refusal_body(message, validation_errors, code),
            content_type=_JSON,
            times=times,
            path_contains=path_contains,
            after=after,
            operation=operation,
        )

    def accept_without_saving(
        self,
        operation: str | None = None,
        *,
        path_contains: str | None = None,
        times: int = 1,
        after: int = 0,
    ) -> None:
        """Answer the next ``times`` matching creates with 202 ``{"result": "successful",
        "code": 202, "id": null}`` while storing nothing, as the live service did for a
        payment it silently dropped. Matching is as for :meth:`inject`."""
        self.inject(
            202,
            HOLLOW_CREATE_BODY,
            content_type=_JSON,
            times=times,
            path_contains=path_contains,
            after=after,
            operation=operation,
        )

    def start(self) -> Self:
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="daftra-sandbox", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    # Request handling, called from the server's threads.
    def _authenticate(self, request: Request) -> Answer | None:
        key = request.headers.get("apikey")
        authorization = request.headers.get("authorization")
        if key is not None and authorization is not None:
            return failed(
                401, "Unauthorized: send either the apikey header or a bearer token, not both"
            )
        if key is not None and secrets.compare_digest(key, self.api_key):
            return None
        bearer = (authorization or "").removeprefix("Bearer ").strip()
        if (
            authorization is not None
            and authorization.startswith("Bearer ")
            and self.tokens.is_valid(bearer)
        ):
            return None
        return failed(401, "Unauthorized")

    def operation_of(self, method: str, path: str) -> str | None:
        """The operationId a request is routed to, None for an unknown address."""
        route, _, _ = self._router.match(method, path)
        return route.operation_id if route is not None else None

    def handle(self, request: Request) -> Answer:
        """The answer to ``request``, worded in the sandbox's dialect."""
        return speak(self.dialect, self._handle(request), request)

    def _handle(self, request: Request) -> Answer:
        if request.path.startswith("/v2/"):
            if requires_auth(request.path) and self._authenticate(request) is not None:
                return unauthenticated()
            return self._checked_v2_body(request) or self.v2.handle(request)
        denied = self._authenticate(request)
        if denied is not None:
            return denied
        route, path_params, path_known = self._router.match(request.method, request.path)
        if route is None:
            if path_known:
                return failed(405, f"{request.method} is not allowed here")
            return failed(404, f"No endpoint at {request.path}")
        handler = self._handlers.get(route.operation_id)
        if handler is None:
            return failed(501, f"The sandbox does not emulate {route.operation_id} yet")
        request.path_params = path_params
        try:
            return handler(request)
        except (ValueError, UnicodeDecodeError):  # the body was not JSON
            return failed(400, "The request body is not valid JSON")

    def _checked_v2_body(self, request: Request) -> Answer | None:
        """A v2 entity save whose body the spec's schema refuses: a 422 naming each field,
        as Laravel's validation answers (the v2 engine checks only what the docs require)."""
        if request.method not in ("POST", "PUT") or not request.path.startswith(_V2_ENTITY):
            return None
        route, _, _ = self._router.match(request.method, request.path)
        try:
            body = json.loads(request.body.decode("utf-8")) if request.body.strip() else {}
        except (ValueError, UnicodeDecodeError):
            return None  # the engine reads an unreadable body as no input
        if route is None or not isinstance(body, dict):
            return None
        huge = out_of_range(body)
        problems = {path: (why,) for path, why in huge.items()} or body_errors(
            route.operation_id, body
        )
        if not problems:
            return None
        errors = {path: list(reasons) for path, reasons in problems.items()}
        return Answer(422, {"message": "Entity not saved", "errors": errors})
