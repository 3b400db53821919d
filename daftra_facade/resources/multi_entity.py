"""Several v2 reads in one request (``POST /v2/api/multi-entity``), each answer classified.

Each :class:`EntityQuery` asks for one record (``show``) or one page of records (``list``)
of an entity; the answer holds each result under the query's alias. Like a bulk run,
every query gets an outcome of its own: :class:`Fetched` (the record or page),
:class:`Refused` (the server's message for that query alone) or :class:`Missing` (the
answer said nothing about it), so one bad query never hides the others.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Literal

import attrs

from ..errors import DaftraError, InvalidInputError, UnparseableResponseError
from ..flows import Flow, call_json
from ..wire.bodies import JsonBody
from ..wire.operations import Operation

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


@attrs.frozen
class EntityQuery:
    """One read of a multi-entity request: build it with :meth:`show` or :meth:`list`."""

    entity: str
    action: Literal["show", "list"]
    options: Any
    level: int
    alias: str

    @classmethod
    def show(cls, entity: str, id: int, *, level: int = 1, alias: str | None = None) -> EntityQuery:
        """One record of ``entity`` by id."""
        return cls(entity, "show", id, level, alias or entity)

    @classmethod
    def list(
        cls,
        entity: str,
        filters: Mapping[str, Any] | None = None,
        *,
        level: int = 1,
        alias: str | None = None,
    ) -> EntityQuery:
        """One page of ``entity``, narrowed by plain ``field: value`` equality filters
        (``page`` and ``per_page`` choose the page)."""
        return cls(entity, "list", dict(filters or {}), level, alias or entity)

    def body(self) -> dict[str, Any]:
        return {
            "key": self.entity,
            "action": self.action,
            "options": self.options,
            "data_level": self.level,
            "alias": self.alias,
        }


@attrs.frozen
class Fetched:
    alias: str
    data: Any  # the record (show) or the paginator with its ``data`` (list)


@attrs.frozen
class Refused:
    alias: str
    message: str
    field_errors: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)


@attrs.frozen
class Missing:
    alias: str
    reason: str


EntityOutcome = Fetched | Refused | Missing


@attrs.frozen
class MultiEntityResult:
    """The outcome of each query, by alias, in the order the queries were given."""

    outcomes: Mapping[str, EntityOutcome]

    def __getitem__(self, alias: str) -> EntityOutcome:
        return self.outcomes[alias]

    def __iter__(self) -> Iterator[EntityOutcome]:
        return iter(self.outcomes.values())

    @property
    def counts(self) -> dict[str, int]:
        counts = {"fetched": 0, "refused": 0, "missing": 0}
        for outcome in self:
            counts[type(outcome).__name__.lower()] += 1
        return counts

    def data(self, alias: str) -> Any:
        """The fetched data of one query, or :class:`DaftraError` saying why there is none."""
        outcome = self.outcomes[alias]
        if isinstance(outcome, Fetched):
            return outcome.data
        reason = outcome.message if isinstance(outcome, Refused) else outcome.reason
        raise DaftraError(f"multi-entity query {alias!r}: {reason}")


def request_body(queries: Sequence[EntityQuery]) -> list[dict[str, Any]]:
    """The JSON body, after checking each query; errors name the query's index."""
    if not queries:
        raise InvalidInputError("a multi-entity request needs at least one query")
    seen: dict[str, int] = {}
    for index, query in enumerate(queries):
        where = f"queries[{index}]"
        if not isinstance(query, EntityQuery):
            raise InvalidInputError(f"{where} must be an EntityQuery, not {type(query).__name__}")
        if not _NAME.match(query.entity):
            raise InvalidInputError(f"{where}: {query.entity!r} is not an entity name")
        if query.alias in seen:
            raise InvalidInputError(
                f"{where}: alias {query.alias!r} is already used by queries[{seen[query.alias]}]; "
                "give each query its own alias"
            )
        seen[query.alias] = index
    return [query.body() for query in queries]


def classify(queries: Sequence[EntityQuery], answer: object) -> MultiEntityResult:
    if not isinstance(answer, Mapping):
        raise UnparseableResponseError(
            f"multi-entity: expected an object keyed by alias, got {type(answer).__name__}"
        )
    outcomes: dict[str, EntityOutcome] = {}
    for query in queries:
        found = answer.get(query.alias, answer.get(query.entity))
        if found is None:
            outcomes[query.alias] = Missing(query.alias, "the answer has nothing under its alias")
        elif _is_error(found, query):
            errors = found.get("errors")
            outcomes[query.alias] = Refused(
                query.alias,
                str(found.get("message") or "refused"),
                {
                    str(k): tuple(map(str, v if isinstance(v, list) else [v]))
                    for k, v in (errors.items() if isinstance(errors, Mapping) else ())
                },
            )
        else:
            outcomes[query.alias] = Fetched(query.alias, found)
    return MultiEntityResult(outcomes)


def _is_error(found: object, query: EntityQuery) -> bool:
    """An element that is only a message (and field errors) is that query's refusal."""
    return (
        isinstance(found, Mapping)
        and "message" in found
        and set(found) <= {"message", "errors", "code", "status"}
        and not (query.action == "list" and "data" in found)
    )


def multi_entity_flow(queries: Sequence[EntityQuery]) -> Flow[MultiEntityResult]:
    body = [JsonBody(element) for element in request_body(queries)]
    answer = yield from call_json(Operation("multi_entity", "multiEntityRequest"), body=body)
    return classify(queries, answer)


def app_status_flow(app_id: int) -> Flow[bool]:
    """Whether a Developer Portal app is active (``GET /v2/api/app-manager/is_active/{id}``).
    The documentation shows no answer body; ``is_active`` (or ``active``) is read."""
    answer = yield from call_json(Operation("app_manager", "checkAppStatus"), id=app_id)
    if isinstance(answer, Mapping):
        for key in ("is_active", "active", "data"):
            if isinstance(answer.get(key), bool | int):
                return bool(answer[key])
    raise UnparseableResponseError(f"checkAppStatus: no activity flag in {answer!r}")
