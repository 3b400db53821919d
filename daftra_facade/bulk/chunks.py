"""Chunks of a bulk run: records planned into chunks (each element checked locally
first), and a chunk's answer, or the error that replaced it, read element by element."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import islice
from typing import Any

import attrs

from ..errors import (
    APIStatusError,
    AuthenticationError,
    DaftraError,
    DuplicateRecordsError,
    FieldErrors,
    PermissionDeniedError,
)
from ..transport.retries import never_reached_server
from ..wire.answers import normalize_field_errors
from ..wire.numbers import as_record_id
from .outcomes import Created, Duplicate, Outcome, Rejected, Unknown


def classify_answer(
    indexes: Sequence[int], answer: object, *, number_field: str | None
) -> list[Outcome]:
    """Match a bulk answer to the elements sent, element by element."""
    if not isinstance(answer, list):
        return [
            Unknown(i, f"the answer was a {type(answer).__name__}, not a list", answer)
            for i in indexes
        ]
    if len(answer) != len(indexes):
        # Results are documented to come in order, but with some missing there is no
        # telling which element each one belongs to.
        reason = f"the answer had {len(answer)} results for {len(indexes)} elements sent"
        return [Unknown(i, reason, answer) for i in indexes]
    return [
        _classify_element(index, element, number_field)
        for index, element in zip(indexes, answer, strict=True)
    ]


def _classify_element(index: int, element: object, number_field: str | None) -> Outcome:
    if type(element) is not dict and not isinstance(element, Mapping):
        return Unknown(index, f"the result was a {type(element).__name__}, not an object", element)
    result = element.get("result")
    if result == "successful":
        record_id = as_record_id(element.get("id"))
        if record_id is None:
            return Unknown(
                index,
                f"answered successful without a usable id ({element.get('id')!r})",
                element,
                claimed_success=True,
            )
        number = element.get(number_field) if number_field else None
        return Created(index, record_id, None if number is None else str(number))
    if result == "failed":
        return Rejected(
            index,
            str(element.get("message") or "rejected without a message"),
            normalize_field_errors(element.get("validation_errors") or element.get("errors")),
            raw=element,
        )
    return Unknown(index, f"the result field was {result!r}", element)


@attrs.frozen
class Chunk:
    """Elements that passed the local checks, to be sent in one request."""

    indexes: list[int]
    payloads: list[dict[str, Any]]
    # Elements an earlier run sent without a settled answer: look them up before sending.
    unsure: set[int] = attrs.field(factory=set)

    def subset(self, positions: list[int]) -> Chunk:
        return Chunk(
            [self.indexes[p] for p in positions],
            [self.payloads[p] for p in positions],
            {self.indexes[p] for p in positions} & self.unsure,
        )


ToPayload = Callable[[object, int], dict[str, Any]]
Validate = Callable[[dict[str, Any]], FieldErrors]
# An earlier run's word on an element: its settled outcome, True if sent but unsettled.
Earlier = Callable[[int, dict[str, Any]], "Outcome | bool"]


def plan_chunks(
    records: Iterable[object],
    *,
    chunk_size: int,
    to_payload: ToPayload,
    validate: Validate | None,
    earlier: Earlier | None = None,
) -> Iterator[tuple[list[Outcome], Chunk | None]]:
    """Lazily turn records into chunks to send, with the elements settled without
    sending (refused locally, or settled by an earlier run of the same job).

    The arguments are checked at once; the records are read as chunks are asked for.
    """
    if isinstance(records, Mapping | str | bytes) or not isinstance(records, Iterable):
        raise TypeError(
            "records must be an iterable of records (a list of dicts), "
            f"not {type(records).__name__}"
        )
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, not {chunk_size}")
    return _planned(records, chunk_size, to_payload, validate, earlier)


def _planned(
    records: Iterable[object],
    chunk_size: int,
    to_payload: ToPayload,
    validate: Validate | None,
    earlier: Earlier | None,
) -> Iterator[tuple[list[Outcome], Chunk | None]]:
    numbered = enumerate(records)
    while batch := list(islice(numbered, chunk_size)):
        refused: list[Outcome] = []
        chunk = Chunk([], [])
        for index, record in batch:
            try:
                payload = to_payload(record, index)
                problems = validate(payload) if validate else {}
            except DaftraError as exc:
                refused.append(Rejected(index, exc.message, _field_errors_of(exc), sent=False))
                continue
            except _UNCHECKABLE as exc:
                # The encoder refuses what it knows to be unsendable; whatever else a
                # caller's value or model raises while being read is this element's
                # problem alone, and never stops the run.
                reason = f"records[{index}] cannot be read: {type(exc).__name__}: {exc}"
                refused.append(Rejected(index, _printable(reason), sent=False))
                continue
            if problems:
                refused.append(Rejected(index, "invalid input, not sent", problems, sent=False))
                continue
            before = earlier(index, payload) if earlier else False
            if not isinstance(before, bool):
                refused.append(before)
                continue
            if before:
                chunk.unsure.add(index)
            chunk.indexes.append(index)
            chunk.payloads.append(payload)
        yield refused, chunk if chunk.indexes else None


# What reading one caller's element may raise (a model's to_dict, an odd mapping).
_UNCHECKABLE = (ValueError, TypeError, KeyError, AttributeError, RecursionError, OverflowError)


def _printable(text: str, limit: int = 300) -> str:
    """``text`` safe to print and write as UTF-8, cut to ``limit`` characters."""
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= limit else text[:limit] + "…"


class _Refused(Exception):
    """The credentials were refused: stop the run (carries the chunk's outcomes)."""

    def __init__(self, outcomes: list[Outcome], cause: APIStatusError) -> None:
        super().__init__(cause.message)
        self.outcomes = outcomes
        self.cause = cause


def settle_chunk(chunk: Chunk, answer: object, *, number_field: str | None) -> list[Outcome]:
    """The outcomes of a chunk, from its answer or from the error that replaced it."""
    indexes = chunk.indexes
    if isinstance(answer, AuthenticationError | PermissionDeniedError):
        # Every later chunk would be refused the same way.
        raise _Refused(
            [Rejected(i, answer.message, answer.field_errors, final=False) for i in indexes],
            answer,
        )
    if isinstance(answer, DuplicateRecordsError):
        return [Duplicate(i, tuple(answer.ids), answer.message) for i in indexes]
    if isinstance(answer, APIStatusError) and 400 <= answer.status < 500 and answer.status != 408:
        # A 4xx (but a 408) refuses the whole request before anything is stored.
        return [Rejected(i, answer.message, answer.field_errors) for i in indexes]
    if isinstance(answer, DaftraError):
        # Lost or garbled answers: the server may have stored any of them.
        running = may_still_run(answer)
        return [Unknown(i, answer.message, in_flight=running) for i in indexes]
    return classify_answer(indexes, answer, number_field=number_field)


def may_still_run(error: DaftraError) -> bool:
    """Whether the request that ended in ``error`` may still be running on the server:
    no answer came (a timeout, a dropped connection), or a 5xx or 408, which a proxy
    sends while the application behind it goes on. An answer the server gave itself,
    even garbled, means it is done; so does a request that never reached it."""
    if never_reached_server(error):
        return False
    return error.status is None or error.status >= 500 or error.status == 408


def _field_errors_of(error: DaftraError) -> FieldErrors:
    field_errors = getattr(error, "field_errors", None)
    return field_errors if isinstance(field_errors, Mapping) else {}
