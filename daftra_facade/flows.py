"""Request/response logic written once, run by a sync or an async driver.

A *flow* is a generator that yields the requests it needs and receives each answer (or,
thrown into it, the error that replaced the answer). The logic of every resource action
lives in flows; :func:`run` and :func:`arun` only move requests and answers, so the
``Daftra`` and ``AsyncDaftra`` clients share all behaviour.

A flow may also yield a :class:`Pause` (see :func:`pause`): it has nothing to send until
a moment has come. :func:`run` and :func:`arun` sleep until then; the bulk runner parks
the flow instead and gives its thread or slot to other chunks (:func:`advance`).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Generator
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import attrs

from .errors import DaftraError
from .wire.answers import decode_json

if TYPE_CHECKING:
    import httpx

    from .transport.http import AsyncTransport, Request, Transport
    from .wire.operations import Operation

T = TypeVar("T")
Flow = Generator["Request | Pause", "httpx.Response", T]


@attrs.frozen
class Pause:
    """Yielded by a flow instead of a request: resume it once ``time.monotonic()`` has
    reached ``until``. Nothing is sent while it waits."""

    until: float


@attrs.frozen
class Done(Generic[T]):
    """A flow that finished, with what it returned."""

    value: T


# What a flow receives when it is started or resumed after a pause (it ignores it).
_RESUMED = cast("httpx.Response", None)


def pause(until: float) -> Flow[None]:
    """Wait until ``time.monotonic()`` reaches ``until``, holding no thread or slot of the
    bulk runner while waiting (:func:`run` and :func:`arun` simply sleep)."""
    yield Pause(until)


def call(operation: Operation, **arguments: Any) -> Flow[Any]:
    """One request; its answer parsed into the generated model."""
    response = yield operation.build_request(**arguments)
    return operation.parse(response, decode_json(response))


def call_json(operation: Operation, **arguments: Any) -> Flow[Any]:
    """One request; its answer as decoded JSON."""
    response = yield operation.build_request(**arguments)
    return decode_json(response)


def advance(flow: Flow[T], transport: Transport) -> Pause | Done[T]:
    """Drive ``flow`` (new, or paused before) until it finishes or asks to pause."""
    try:
        step = flow.send(_RESUMED)
        while not isinstance(step, Pause):
            try:
                response = transport.send(step)
            except DaftraError as exc:
                step = flow.throw(exc)
            else:
                step = flow.send(response)
        return step
    except StopIteration as done:
        return Done(done.value)


async def aadvance(flow: Flow[T], transport: AsyncTransport) -> Pause | Done[T]:
    """The same on the event loop."""
    try:
        step = flow.send(_RESUMED)
        while not isinstance(step, Pause):
            try:
                response = await transport.send(step)
            except DaftraError as exc:
                step = flow.throw(exc)
            else:
                step = flow.send(response)
        return step
    except StopIteration as done:
        return Done(done.value)


def run(flow: Flow[T], transport: Transport) -> T:
    """Drive ``flow`` to its end, sleeping through its pauses."""
    while not isinstance(step := advance(flow, transport), Done):
        time.sleep(max(0.0, step.until - time.monotonic()))
    return step.value


async def arun(flow: Flow[T], transport: AsyncTransport) -> T:
    """Drive ``flow`` to its end on the event loop, sleeping through its pauses."""
    while not isinstance(step := await aadvance(flow, transport), Done):
        await asyncio.sleep(max(0.0, step.until - time.monotonic()))
    return step.value
