"""The status and headers of successful calls, for who asks: :func:`recorded` collects
the answers a block of code receives, in its own thread or task."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING

import attrs

from .. import logs

if TYPE_CHECKING:
    import httpx


@attrs.frozen
class ResponseInfo:
    """One answer the client accepted: its status, headers and how long it took. The URL
    has its credentials redacted, as in the logs."""

    method: str
    url: str
    status: int
    headers: httpx.Headers = attrs.field(eq=False, repr=False)
    elapsed: float = attrs.field(eq=False)


@attrs.define
class ResponseLog:
    """The answers received inside one :func:`recorded` block, in order."""

    responses: list[ResponseInfo] = attrs.field(factory=list)

    @property
    def last(self) -> ResponseInfo:
        """The latest answer; a LookupError if there was none yet."""
        if not self.responses:
            raise LookupError("no answer was received inside this block yet")
        return self.responses[-1]

    def __len__(self) -> int:
        return len(self.responses)

    def __iter__(self) -> Iterator[ResponseInfo]:
        return iter(self.responses)


_RECORDING: ContextVar[tuple[ResponseLog, ...]] = ContextVar("daftra_recording", default=())


@contextmanager
def recorded() -> Iterator[ResponseLog]:
    """Collect every answer accepted while the block runs in this thread or task (and
    the tasks it starts); blocks may nest, each sees its own answers."""
    log = ResponseLog()
    token = _RECORDING.set((*_RECORDING.get(), log))
    try:
        yield log
    finally:
        _RECORDING.reset(token)


def record(response: httpx.Response, elapsed: float) -> None:
    """Note an accepted answer in the blocks open in this context (cheap when none is)."""
    logs_open = _RECORDING.get()
    if not logs_open:
        return
    request = response.request
    info = ResponseInfo(
        method=request.method,
        url=logs.redact_url(request.url),
        status=response.status_code,
        headers=response.headers,
        elapsed=elapsed,
    )
    for log in logs_open:
        log.responses.append(info)
