"""Request/response logic written once, run by a sync or an async driver.

A *flow* is a generator that yields the requests it needs and receives each answer (or,
thrown into it, the error that replaced the answer). The logic of every resource action
lives in flows; :func:`run` and :func:`arun` only move requests and answers, so the
``Daftra`` and ``AsyncDaftra`` clients share all behaviour.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import DaftraError
from .wire.answers import decode_json

if TYPE_CHECKING:
    import httpx

    from .transport.http import AsyncTransport, Request, Transport
    from .wire.operations import Operation

T = TypeVar("T")
Flow = Generator["Request", "httpx.Response", T]


def call(operation: Operation, **arguments: Any) -> Flow[Any]:
    """One request; its answer parsed into the generated model."""
    response = yield operation.build_request(**arguments)
    return operation.parse(response, decode_json(response))


def call_json(operation: Operation, **arguments: Any) -> Flow[Any]:
    """One request; its answer as decoded JSON."""
    response = yield operation.build_request(**arguments)
    return decode_json(response)


def run(flow: Flow[T], transport: Transport) -> T:
    try:
        request = next(flow)
        while True:
            try:
                response = transport.send(request)
            except DaftraError as exc:
                request = flow.throw(exc)
            else:
                request = flow.send(response)
    except StopIteration as done:
        result: T = done.value
        return result


async def arun(flow: Flow[T], transport: AsyncTransport) -> T:
    try:
        request = next(flow)
        while True:
            try:
                response = await transport.send(request)
            except DaftraError as exc:
                request = flow.throw(exc)
            else:
                request = flow.send(response)
    except StopIteration as done:
        result: T = done.value
        return result
