"""One bulk runner for every resource with a bulk-create endpoint.

Daftra's bulk add is not atomic and answers with one result per element, so the runner
reports one outcome per *input* element, by its index: created, rejected, or unknown.
"Unknown" means the element may or may not exist on the server (the answer was lost,
malformed, or did not line up with what was sent); it is never re-sent silently.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import islice
from typing import Any

import attrs

from ._errors import (
    APIStatusError,
    AuthenticationError,
    BulkAbortedError,
    BulkIncompleteError,
    DaftraError,
    FieldErrors,
    PermissionDeniedError,
    normalize_field_errors,
)
from ._numbers import as_record_id


@attrs.frozen
class Created:
    """The element was stored as record ``id`` (with ``number``, e.g. the invoice number)."""

    index: int
    id: int
    number: str | None = None
    raw: Mapping[str, Any] | None = attrs.field(default=None, repr=False)


@attrs.frozen
class Rejected:
    """The element was refused and not stored.

    ``sent`` is False when the facade refused it before sending (invalid input).
    """

    index: int
    message: str
    field_errors: FieldErrors = attrs.field(factory=dict)
    sent: bool = True
    raw: Mapping[str, Any] | None = attrs.field(default=None, repr=False)


@attrs.frozen
class Unknown:
    """Whether the element was stored cannot be told from the answer; ``reason`` says why."""

    index: int
    reason: str
    raw: object = attrs.field(default=None, repr=False)


Outcome = Created | Rejected | Unknown


@attrs.frozen
class BulkProgress:
    """Counts so far, passed to a bulk run's ``on_progress`` callback after each chunk."""

    done: int
    created: int
    rejected: int
    unknown: int


class BulkResult:
    """The outcome of every input element of a bulk run, in input order."""

    def __init__(self, outcomes: Iterable[Outcome] = ()) -> None:
        self._outcomes: list[Outcome] = sorted(outcomes, key=lambda outcome: outcome.index)

    @property
    def outcomes(self) -> list[Outcome]:
        return list(self._outcomes)

    @property
    def created(self) -> list[Created]:
        return [o for o in self._outcomes if isinstance(o, Created)]

    @property
    def rejected(self) -> list[Rejected]:
        return [o for o in self._outcomes if isinstance(o, Rejected)]

    @property
    def unknown(self) -> list[Unknown]:
        return [o for o in self._outcomes if isinstance(o, Unknown)]

    @property
    def counts(self) -> dict[str, int]:
        return {
            "created": len(self.created),
            "rejected": len(self.rejected),
            "unknown": len(self.unknown),
        }

    @property
    def ok(self) -> bool:
        """True when every element was created."""
        return all(isinstance(o, Created) for o in self._outcomes)

    def raise_for_failures(self) -> BulkResult:
        """Raise :class:`BulkIncompleteError` unless every element was created."""
        if self.ok:
            return self
        problems = [o for o in self._outcomes if not isinstance(o, Created)]
        shown = "; ".join(_describe(o) for o in problems[:5])
        more = f"; and {len(problems) - 5} more" if len(problems) > 5 else ""
        counts = self.counts
        raise BulkIncompleteError(
            f"{counts['created']} created, {counts['rejected']} rejected, "
            f"{counts['unknown']} unknown: {shown}{more}",
            result=self,
        )

    def __getitem__(self, index: int) -> Outcome:
        for outcome in self._outcomes:
            if outcome.index == index:
                return outcome
        raise KeyError(index)

    def __iter__(self) -> Iterator[Outcome]:
        return iter(self._outcomes)

    def __len__(self) -> int:
        return len(self._outcomes)

    def __repr__(self) -> str:
        counts = self.counts
        return (
            f"BulkResult(created={counts['created']}, rejected={counts['rejected']}, "
            f"unknown={counts['unknown']})"
        )


def _describe(outcome: Outcome) -> str:
    if isinstance(outcome, Rejected):
        fields = ", ".join(
            f"{field}: {'; '.join(reasons)}" for field, reasons in outcome.field_errors.items()
        )
        return f"#{outcome.index} rejected: {outcome.message}" + (f" ({fields})" if fields else "")
    if isinstance(outcome, Unknown):
        return f"#{outcome.index} unknown: {outcome.reason}"
    return f"#{outcome.index} created as {outcome.id}"


# What the runner needs from a resource: how to check an element and how to send a chunk.
Validate = Callable[[dict[str, Any]], FieldErrors]
SendChunk = Callable[[list[dict[str, Any]]], object]


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
    if not isinstance(element, Mapping):
        return Unknown(index, f"the result was a {type(element).__name__}, not an object", element)
    result = element.get("result")
    if result == "successful":
        record_id = as_record_id(element.get("id"))
        if record_id is None:
            return Unknown(index, f"success without a usable id ({element.get('id')!r})", element)
        number = element.get(number_field) if number_field else None
        return Created(index, record_id, None if number is None else str(number), element)
    if result == "failed":
        return Rejected(
            index,
            str(element.get("message") or "rejected without a message"),
            normalize_field_errors(element.get("validation_errors") or element.get("errors")),
            raw=element,
        )
    return Unknown(index, f"the result field was {result!r}", element)


def _chunks(items: Iterable[tuple[int, object]], size: int) -> Iterator[list[tuple[int, object]]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def run_bulk(
    records: Iterable[object],
    *,
    chunk_size: int,
    to_payload: Callable[[object, int], dict[str, Any]],
    validate: Validate | None,
    send_chunk: SendChunk,
    number_field: str | None,
    on_progress: Callable[[BulkProgress], None] | None = None,
) -> BulkResult:
    """Check, chunk and send ``records``; return one outcome per element."""
    if isinstance(records, Mapping | str | bytes) or not isinstance(records, Iterable):
        raise TypeError(
            "records must be an iterable of records (a list of dicts), "
            f"not {type(records).__name__}"
        )
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, not {chunk_size}")
    outcomes: list[Outcome] = []
    for chunk in _chunks(enumerate(records), chunk_size):
        indexes: list[int] = []
        payloads: list[dict[str, Any]] = []
        for index, record in chunk:
            try:
                payload = to_payload(record, index)
            except DaftraError as exc:
                outcomes.append(Rejected(index, exc.message, _field_errors_of(exc), sent=False))
                continue
            problems = validate(payload) if validate else {}
            if problems:
                outcomes.append(
                    Rejected(index, "invalid input, not sent", problems, sent=False)
                )
                continue
            indexes.append(index)
            payloads.append(payload)
        if payloads:
            outcomes.extend(_send(indexes, payloads, send_chunk, number_field, outcomes))
        if on_progress:
            on_progress(_progress(outcomes))
    return BulkResult(outcomes)


def _send(
    indexes: list[int],
    payloads: list[dict[str, Any]],
    send_chunk: SendChunk,
    number_field: str | None,
    earlier: list[Outcome],
) -> list[Outcome]:
    try:
        answer = send_chunk(payloads)
    except (AuthenticationError, PermissionDeniedError) as exc:
        # Every later chunk would be refused the same way: stop, reporting what was done.
        refused = [Rejected(i, exc.message, exc.field_errors) for i in indexes]
        raise BulkAbortedError(
            f"bulk run stopped at element {indexes[0]}: {exc.message}",
            result=BulkResult([*earlier, *refused]),
            cause=exc,
        ) from exc
    except APIStatusError as exc:
        if 400 <= exc.status < 500 and exc.status != 408:
            # A 4xx refuses the whole request before anything is stored.
            return [Rejected(i, exc.message, exc.field_errors) for i in indexes]
        return [Unknown(i, exc.message) for i in indexes]
    except DaftraError as exc:
        # Lost or garbled answers: the server may have stored any of them.
        return [Unknown(i, exc.message) for i in indexes]
    return classify_answer(indexes, answer, number_field=number_field)


def _field_errors_of(error: DaftraError) -> FieldErrors:
    field_errors = getattr(error, "field_errors", None)
    return field_errors if isinstance(field_errors, Mapping) else {}


def _progress(outcomes: list[Outcome]) -> BulkProgress:
    created = sum(isinstance(o, Created) for o in outcomes)
    rejected = sum(isinstance(o, Rejected) for o in outcomes)
    return BulkProgress(len(outcomes), created, rejected, len(outcomes) - created - rejected)
