"""The sandbox's HTTP server: each request read off the socket (its body within a time
limit), let through or refused by the rate limit, answered, delayed or broken as the
fault profile draws, and written back; what it serves comes from a :class:`Served`."""

from __future__ import annotations

import collections
import contextlib
import json
import socket
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol

from .faults import FaultDice, Faults
from .limits import Gatekeeper, credential_of
from .routing import Answer, Request, parse_target

# How long a request's announced body may take to arrive.
_BODY_TIMEOUT = 3.0


class Served(Protocol):
    """What the server asks of the sandbox it serves (:class:`~.server.Sandbox`)."""

    latency: float
    dice: FaultDice | None
    gatekeeper: Gatekeeper | None
    request_log: collections.deque[tuple[str, str, int]]

    faults: Faults

    def handle(self, request: Request) -> Answer: ...

    def operation_of(self, method: str, path: str) -> str | None: ...

    def count_service(self, seconds: float) -> None: ...


class SandboxServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler], sandbox: Served
    ) -> None:
        self.sandbox = sandbox
        super().__init__(address, handler)


class RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body leave in separate writes; with Nagle on, a small answer waits for
    # the client's delayed ACK (about 40 ms) before its body is sent.
    disable_nagle_algorithm = True
    server: SandboxServer
    _started = 0.0

    def parse_request(self) -> bool:
        self._started = time.perf_counter()  # the request line has just been read
        return super().parse_request()

    def _serve(self) -> None:
        sandbox = self.server.sandbox
        latency = sandbox.latency
        if latency:
            time.sleep(latency)  # the network's round trip, waited on this request's thread
        try:
            self._process(sandbox)  # reading the body, processing, writing the answer
        finally:
            sandbox.count_service(time.perf_counter() - self._started - latency)

    def _process(self, sandbox: Served) -> None:
        length = int(self.headers.get("content-length") or 0)
        try:
            body = self._read_body(length)
        except TimeoutError:  # a body announced and never sent: refuse, do not hang
            self.close_connection = True
            self._send(
                400,
                b'{"result":"failed","code":400,"message":"Incomplete body"}',
                "application/json",
                {},
            )
            return
        path, query = parse_target(self.path)
        gatekeeper = sandbox.gatekeeper
        if gatekeeper is None:
            self._admitted(sandbox, path, query, body)
            return
        credential = credential_of({k.lower(): v for k, v in self.headers.items()})
        refusal, self._limit_headers = gatekeeper.admit(credential)
        if refusal is not None:
            sandbox.request_log.append((self.command, path, refusal.status))
            self._send(refusal.status, refusal.body, "application/json", refusal.headers)
            return
        try:
            self._admitted(sandbox, path, query, body)
        finally:
            gatekeeper.done(credential)
            self._limit_headers = {}

    def _admitted(
        self, sandbox: Served, path: str, query: dict[str, list[str]], body: bytes
    ) -> None:
        """Serve a request the rate limit (if any) let through."""
        canned = sandbox.faults.take(path, lambda: sandbox.operation_of(self.command, path))
        request = Request(
            self.command, path, query, {k.lower(): v for k, v in self.headers.items()}, body
        )
        # Logged before answering, so a client that has its answer finds it in the log.
        if canned is not None:
            if canned.process:
                sandbox.handle(request)
            sandbox.request_log.append((self.command, path, canned.status))
            self._send(canned.status, canned.body, canned.content_type, canned.headers)
            return
        self._answer(request, sandbox.dice)

    def _answer(self, request: Request, dice: FaultDice | None) -> None:
        """Process and answer, or, under a fault profile, delay and maybe fail as drawn."""
        sandbox, path = self.server.sandbox, request.path
        fault, delay = dice.draw(path, self.command) if dice is not None else (None, 0.0)
        if delay:
            time.sleep(delay)
        log = sandbox.request_log
        if fault == "rate_limited" and dice is not None:
            log.append((self.command, path, 429))
            body = b'{"result":"failed","code":429,"message":"Too Many Requests"}'
            retry_after = {"Retry-After": str(dice.profile.retry_after)}
            self._send(429, body, "application/json", retry_after)
            return
        if fault == "server_error" and dice is not None:
            status, body, kind = dice.server_error()
            log.append((self.command, path, status))
            self._send(status, body, kind, {})
            return
        if fault == "nonstandard_status":
            log.append((self.command, path, 520))
            self._send(520, b"web server returned an unknown error", "text/plain", {})
            return
        if fault == "drop_before":
            log.append((self.command, path, 0))
            self._drop()
            return
        if fault == "slow" and dice is not None:
            time.sleep(dice.profile.slow_seconds)
        answer = sandbox.handle(request)
        log.append((self.command, path, answer.status))
        encoded = answer.encode()
        content_type = "application/json; charset=utf-8"
        if fault == "drop_after":
            self._drop()
            return
        if fault == "truncated":
            encoded = encoded[: len(encoded) // 2]
        elif fault == "malformed":
            encoded, content_type = b"<html><body>Something went wrong</body></html>", "text/html"
        elif fault == "short_bulk" and isinstance(answer.body, list) and answer.body:
            encoded = json.dumps(answer.body[:-1]).encode()
        elif fault == "gzip_lie":  # output compression configured twice, seen live
            self._send(
                answer.status, encoded, content_type, {**answer.headers, "Content-Encoding": "gzip"}
            )
            return
        self._send(answer.status, encoded, content_type, answer.headers)

    def _read_body(self, length: int) -> bytes:
        if not length:
            return b""
        self.connection.settimeout(_BODY_TIMEOUT)
        try:
            return self.rfile.read(length)
        finally:
            self.connection.settimeout(None)

    def _drop(self) -> None:
        """Close the connection without a word, as a failing proxy would."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str]) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in {**headers, **self._limit_headers}.items():
            self.send_header(name, value)
        self.end_headers()
        if not self._head_only:
            self.wfile.write(body)

    # Every method, even one invented by a fuzzer, reaches the router, which answers 405
    # where a path lacks it (the standard library would answer 501 with an HTML page).
    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _serve

    def __getattr__(self, name: str) -> Any:
        if name.startswith("do_"):
            return self._serve
        raise AttributeError(name)

    def do_HEAD(self) -> None:
        self._head_only = True
        self._serve()

    _head_only = False
    _limit_headers: dict[str, str] = {}  # noqa: RUF012 - replaced, never mutated

    def log_message(self, format: str, *args: object) -> None:
        """Silent: a busy sandbox must not spend its time writing to stderr."""
