"""What every resource is: its spec, the transport it sends on, and the limits shared by
the capabilities (chunk size, concurrency, resend rounds)."""

from __future__ import annotations

import time
from collections.abc import Collection
from typing import TYPE_CHECKING, Any, TypeVar

from ..bulk.references import (
    Lookup,
    effective_settle_window,
    lookup_flow,
)
from ..errors import (
    InvalidInputError,
    UnparseableResponseError,
)
from ..flows import Flow
from ..wire.bodies import as_payload
from ..wire.numbers import RecordId
from ..wire.operations import Operation
from ..wire.validation import body_problems
from .specs import ResourceSpec

if TYPE_CHECKING:
    from ..bulk.journal_jobs import JournalJob
    from ..transport.http import AsyncTransport, Transport


ItemT = TypeVar("ItemT")
ViewT = TypeVar("ViewT")

# How many times an element whose create was lost, and found absent, is sent again.


class Resource:
    """Base of every resource: resolves operations by action."""

    spec: ResourceSpec

    def _operation(self, action: str) -> Operation:
        operation_id = getattr(self.spec, action)
        if operation_id is None:  # only reachable by calling a mixin method directly
            raise NotImplementedError(f"{type(self).__name__} has no {action} endpoint")
        return Operation(self.spec.tag, operation_id, self.spec.bound)

    def _checked_payload(
        self,
        action: str,
        body: object,
        undocumented: Collection[str] = (),
        *,
        partial: bool = False,
    ) -> dict[str, Any]:
        """``body`` as JSON, once it passed the checks of ``action``'s request schema
        (``partial``: the fields to change, which may leave required ones out)."""
        payload = as_payload(body)
        problems = body_problems(
            getattr(self.spec, action), payload, undocumented=undocumented, partial=partial
        )
        if problems:
            details = "; ".join(f"{path}: {', '.join(why)}" for path, why in problems.items())
            raise InvalidInputError(
                f"{self.spec.tag}.{action}: invalid body, not sent: {details}",
                field_errors=problems,
            )
        return payload

    def _get_arguments(self, operation: Operation, record_id: RecordId) -> dict[str, Any]:
        arguments: dict[str, Any] = {"id": operation.record_id(record_id)}
        if self.spec.level is not None and operation.takes("level"):
            arguments["level"] = self.spec.level
        return arguments

    def _lookup_flow(self, reference: str) -> Flow[Lookup]:
        assert self.spec.reference is not None and self.spec.list is not None
        return lookup_flow(
            self._operation("list"), self.spec.model_key, self.spec.reference, reference
        )

    def _rerun_deadline(self, job: JournalJob | None, index: int, window: float) -> float:
        """Until when (``time.monotonic()``) an element an earlier run sent without a
        settled answer is looked up before an absence counts: what remains of its
        window since that send (:meth:`JournalJob.settle_deadline`)."""
        if job is None:
            return time.monotonic() + window
        return job.settle_deadline(index, window, self._timeout())

    def _settle_window(self, window: float | None) -> float:
        """The settle window of a call given ``window``: it, else the client's setting,
        else the default for the client's timeout (see
        :func:`daftra_facade.bulk.references.effective_settle_window`)."""
        return effective_settle_window(window, self._configured_settle_window(), self._timeout())

    def _timeout(self) -> float:
        """The client's timeout, in seconds, of each request."""
        raise NotImplementedError

    def _configured_settle_window(self) -> float | None:
        """The client's settle window (``Daftra(settle_window=)``, ``with_options``)."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} resource>"


class SyncResource(Resource):
    def __init__(self, transport: Transport, spec: ResourceSpec | None = None) -> None:
        self._transport = transport
        if spec is not None:
            self.spec = spec

    def _timeout(self) -> float:
        return self._transport.timeout

    def _configured_settle_window(self) -> float | None:
        return self._transport.settings.settle_window


class AsyncResource(Resource):
    def __init__(self, transport: AsyncTransport, spec: ResourceSpec | None = None) -> None:
        self._transport = transport
        if spec is not None:
            self.spec = spec

    def _timeout(self) -> float:
        return self._transport.timeout

    def _configured_settle_window(self) -> float | None:
        return self._transport.settings.settle_window


def created_id(spec: ResourceSpec, raw_id: object) -> RecordId:
    """The id a create answer names, or :class:`UnparseableResponseError`."""
    record_id = spec.read_id(raw_id)
    if record_id is None:
        raise UnparseableResponseError(
            f"{spec.create}: the answer carried no usable id ({raw_id!r})"
        )
    return record_id
