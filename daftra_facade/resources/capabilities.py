"""Generic resource behaviour, written once; each resource only declares its endpoints.

Each capability (list, get, create, …) is a *flows* class holding the request logic and
two thin front ends, one for ``Daftra`` and one for ``AsyncDaftra``. A resource mixes in
the front ends its endpoints support and names the endpoints in a :class:`ResourceSpec`::

    class Invoices(Listable["Invoice"], Retrievable["InvoiceView"], Creatable, ...):
        spec = INVOICES

Most resources need no class of their own: :class:`CrudResource`,
:class:`ReadOnlyResource`, :class:`EntityResource` and the other combinations at the end
(and their async twins) take the spec when the client builds them, so a resource is one
:class:`ResourceSpec` and one attribute of :class:`daftra_facade.resources.catalogue.Resources`.
"""

from __future__ import annotations

import builtins
import functools
import time
from collections.abc import AsyncIterator, Callable, Collection, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from ..bulk.chunks import (
    Chunk,
    may_still_run,
    plan_chunks,
    settle_chunk,
)
from ..bulk.outcomes import (
    BulkProgress,
    BulkResult,
    Created,
    Duplicate,
    Existing,
    Outcome,
    Rejected,
    Unknown,
)
from ..bulk.references import (
    Absent,
    Found,
    Lookup,
    Several,
    Undecided,
    effective_settle_window,
    lookup_flow,
    new_reference_prefix,
    settled_lookup,
)
from ..bulk.runs import (
    arun_bulk,
    run_bulk,
)
from ..errors import (
    APIStatusError,
    DaftraError,
    DuplicateRecordsError,
    InvalidInputError,
    NotCreatedError,
    UndecodableRecordError,
    UnparseableResponseError,
    UnsafeEditError,
)
from ..filters import Query
from ..flows import Flow, arun, call, call_json, run
from ..pagination import (
    AsyncRecords,
    OnUndecodable,
    Page,
    Records,
    aiterate_pages,
    iterate_pages,
    report_undecodable,
)
from ..wire.answers import decode_json
from ..wire.bodies import JsonBody, as_payload
from ..wire.decoding import (
    DecodeFailure,
    SchemaNode,
    answer_member_node,
    conflicting_relations,
    request_node,
)
from ..wire.encoding import to_json
from ..wire.numbers import RecordId
from ..wire.operations import Operation
from ..wire.shapes import apply_changes, relations_beside, unread_relations, writable_part
from ..wire.validation import body_problems
from .finding import AsyncFindable, Findable
from .specs import PAYLOAD_PAGES as PAYLOAD_PAGES
from .specs import V1_PAGES as V1_PAGES
from .specs import V2_PAGES as V2_PAGES
from .specs import PageShape as PageShape
from .specs import ResourceSpec as ResourceSpec
from .specs import model_shaped_rows
from .upsert import AsyncManyCreatable, AsyncUpsertable, ManyCreatable, Upsertable

if TYPE_CHECKING:
    import httpx

    from ..bulk.journal import JobStore, JournalJob
    from ..transport.http import AsyncTransport, Transport

ItemT = TypeVar("ItemT")
ViewT = TypeVar("ViewT")

DEFAULT_CHUNK_SIZE = 50
DEFAULT_CONCURRENCY = 4
# How many times an element whose create was lost, and found absent, is sent again.
RESEND_ROUNDS = 2
NOT_STORED = "nothing was stored; not sent again, since Daftra would drop it the same way"


class Resource:
    """Base of every resource: resolves operations by action."""

    spec: ResourceSpec

    def _operation(self, action: str) -> Operation:
        operation_id = getattr(self.spec, action)
        if operation_id is None:  # only reachable by calling a mixin method directly
            raise NotImplementedError(f"{type(self).__name__} has no {action} endpoint")
        return Operation(self.spec.tag, operation_id, self.spec.bound)

    def _checked_payload(
        self, action: str, body: object, undocumented: Collection[str] = ()
    ) -> dict[str, Any]:
        """``body`` as JSON, once it passed the checks of ``action``'s request schema."""
        payload = as_payload(body)
        problems = body_problems(getattr(self.spec, action), payload, undocumented=undocumented)
        if problems:
            details = "; ".join(f"{path}: {', '.join(why)}" for path, why in problems.items())
            raise InvalidInputError(
                f"{type(self).__name__.lower()}.{action}: invalid body, not sent: {details}",
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


# Listing.
_QUERY_VALUE = (str, int, float)


def _with_extra_query(params: list[tuple[str, Any]], extra: object) -> list[tuple[str, Any]]:
    """``params`` followed by the caller's ``extra_query``: parameters the spec does not
    document (sent unchecked, and Daftra ignores silently what it does not know), which
    may never replace one the facade sends itself."""
    if not isinstance(extra, Mapping):
        raise InvalidInputError(f"extra_query must be a mapping of names to values, not {extra!r}")
    taken = {name for name, _ in params}
    added: list[tuple[str, Any]] = []
    for name, value in extra.items():
        if not isinstance(name, str) or not name:
            raise InvalidInputError(f"extra_query: {name!r} is not a parameter name")
        if name in taken:
            raise InvalidInputError(
                f"extra_query: {name!r} is sent by the facade itself (page, limit, a filter "
                "or query=); pass it the documented way"
            )
        values = value if isinstance(value, list | tuple) else [value]
        for item in values:
            if isinstance(item, bool) or not isinstance(item, _QUERY_VALUE):
                raise InvalidInputError(
                    f"extra_query: {name!r} must be text or a number (or a list of them), "
                    f"not {item!r}"
                )
            added.append((name, item))
    return [*params, *added]


class ListFlows(Resource, Generic[ItemT]):
    def _page_flow(
        self, page: int, limit: int, filters: dict[str, Any]
    ) -> Flow[tuple[httpx.Response, Any]]:
        """Fetch one page: the answer and its decoded JSON, not yet parsed."""
        if page < 1 or limit < 1:
            raise InvalidInputError(f"page and limit must be at least 1 (got {page}, {limit})")
        arguments = {**self.spec.list_defaults, **filters}
        query = arguments.pop("query", None)
        extra_query = arguments.pop("extra_query", None)
        if query is not None and not isinstance(query, Query):
            raise InvalidInputError(
                f"query must be built with daftra_facade.filters.where(...), not {query!r}"
            )
        if query is not None and self.spec.pages is V1_PAGES:
            # v1 would silently ignore filter[...] parameters and list everything.
            raise InvalidInputError(
                f"{self.spec.tag} is a v1 list: pass its documented filters as keyword "
                "arguments; query= is for v2 resources"
            )
        operation = self._operation("list")
        if self.spec.level is not None and operation.takes("level"):
            arguments.setdefault("level", self.spec.level)
        arguments[self.spec.pages.size_parameter] = limit
        request = operation.build_request(page=page, **arguments)
        # v2 filters are rendered by the facade: the generated client has no deepObject.
        extra = [q.params() for q in (self.spec.list_query, query) if q is not None]
        if extra:
            request["params"] = [*request.get("params", {}).items(), *(p for e in extra for p in e)]
        if extra_query is not None:
            params = request.get("params", {})
            listed = list(params.items()) if isinstance(params, Mapping) else list(params)
            request["params"] = _with_extra_query(listed, extra_query)
        response = yield request
        return response, decode_json(response)

    def _more_pages(self, fetched: tuple[httpx.Response, Any]) -> bool:
        return self.spec.pages.more(fetched[1])

    def _parse_page(
        self, fetched: tuple[httpx.Response, Any], page: int, *, models: bool = True
    ) -> Page[ItemT]:
        """The page's records; rows that cannot be read are kept aside, not lost.
        Without ``models``, the records stay decoded JSON (see :meth:`Listable.dict_pages`)."""
        response, data = fetched
        operation = self._operation("list")
        decoded, failures = operation.decoded_rows(response, data, self.spec.pages.rows_path)
        parsed: Page[ItemT]
        if models or response.status_code != 200:
            # Any other answer is parsed whatever was asked, to refuse an undocumented one.
            envelope = operation.parse(response, decoded, decoded=True)
            parsed = self.spec.pages.page(envelope, self.spec.model_key, page)
        if not models:
            parsed = self.spec.pages.dict_page(decoded, self.spec.model_key, page)
            reshape = model_shaped_rows(operation.operation_id, self.spec.pages.rows_path)
            if reshape is not None:
                for row in parsed.rows:  # dicts changed in place, so items follow
                    reshape(row)
        if not failures:
            return parsed
        undecodable = [
            UndecodableRecordError(
                f"{self.spec.tag} page {page}, row {failure.index}: could not read "
                f"{failure.failure}; the other rows were read",
                page=page,
                row=failure.index,
                field=failure.failure.where,
                raw=failure.raw,
                status=response.status_code,
                response=response,
            )
            for failure in failures
        ]
        return attrs.evolve(parsed, undecodable=undecodable)


class Listable(SyncResource, ListFlows[ItemT]):
    def list(
        self,
        *,
        page: int = 1,
        limit: int = 20,
        on_undecodable: OnUndecodable | None = None,
        **filters: Any,
    ) -> Page[ItemT]:
        """One page of records.

        Filters are the endpoint's documented query parameters (plain values are
        accepted for enum-typed ones); an undocumented one raises
        :class:`InvalidInputError` rather than being silently ignored by Daftra. v2
        resources take ``query=where(field("name").like("x")).sort("name")`` (see
        :mod:`daftra_facade.filters`) and ``level=`` (how many relations to embed).
        ``extra_query={"name": value}`` adds query parameters the spec does not
        document, sent unchecked (Daftra ignores silently what it does not know); it
        may not repeat a parameter the facade sends (page, limit, filters, query).
        A row that cannot be read raises :class:`UndecodableRecordError`, unless
        ``on_undecodable`` is given: then it is handed the error and the page holds the
        other rows.
        """
        fetched = run(self._page_flow(page, limit, filters), self._transport)
        return report_undecodable(self._parse_page(fetched, page), on_undecodable)

    def iter(
        self, *, limit: int = 100, on_undecodable: OnUndecodable | None = None, **filters: Any
    ) -> Records[ItemT]:
        """Every record across all pages, fetched lazily page by page.

        The next page is fetched while the current one is consumed (at most two pages
        held); reading stops after the last page (``page_count``) or at the first
        empty page. Filters as for :meth:`list`. A row that cannot be read goes to
        ``on_undecodable``, or is raised as :class:`UndecodableRecordError` after the
        readable rows of its page; calling ``next()`` again goes on after it.
        """
        return Records(self._fetched_pages(limit, filters), on_undecodable)

    def pages(
        self, *, limit: int = 100, on_undecodable: OnUndecodable | None = None, **filters: Any
    ) -> Iterator[Page[ItemT]]:
        """Every page, as :meth:`iter` reads them, with the rows' related records."""
        return (
            report_undecodable(page, on_undecodable)
            for page in self._fetched_pages(limit, filters)
        )

    def dict_pages(
        self, *, limit: int = 100, on_undecodable: OnUndecodable | None = None, **filters: Any
    ) -> Iterator[Page[dict[str, Any]]]:
        """Every page as :meth:`pages` reads them, its rows left as decoded JSON: the
        dicts the models' ``to_dict()`` would give, without building the models.

        For readers that want plain data by the thousand (the dlt source): answers are
        decoded, retried and checked as everywhere else, only the generated models are
        skipped, which is most of the cost of reading a large page."""
        pages: Iterator[Page[Any]] = self._fetched_pages(limit, filters, models=False)
        return (report_undecodable(page, on_undecodable) for page in pages)

    def _fetched_pages(
        self, limit: int, filters: dict[str, Any], *, models: bool = True
    ) -> Iterator[Page[ItemT]]:
        def fetch(number: int) -> tuple[httpx.Response, Any]:
            return run(self._page_flow(number, limit, filters), self._transport)

        def parse(fetched: tuple[httpx.Response, Any], number: int) -> Page[ItemT]:
            return self._parse_page(fetched, number, models=models)

        return iterate_pages(fetch, parse, self._more_pages)


class AsyncListable(AsyncResource, ListFlows[ItemT]):
    async def list(
        self,
        *,
        page: int = 1,
        limit: int = 20,
        on_undecodable: OnUndecodable | None = None,
        **filters: Any,
    ) -> Page[ItemT]:
        """One page of records (see :meth:`Listable.list`)."""
        fetched = await arun(self._page_flow(page, limit, filters), self._transport)
        return report_undecodable(self._parse_page(fetched, page), on_undecodable)

    def iter(
        self, *, limit: int = 100, on_undecodable: OnUndecodable | None = None, **filters: Any
    ) -> AsyncRecords[ItemT]:
        """Every record across all pages (see :meth:`Listable.iter`)."""
        return AsyncRecords(self._fetched_pages(limit, filters), on_undecodable)

    async def pages(
        self, *, limit: int = 100, on_undecodable: OnUndecodable | None = None, **filters: Any
    ) -> AsyncIterator[Page[ItemT]]:
        """Every page, as :meth:`iter` reads them, with the rows' related records."""
        async for page in self._fetched_pages(limit, filters):
            yield report_undecodable(page, on_undecodable)

    async def dict_pages(
        self, *, limit: int = 100, on_undecodable: OnUndecodable | None = None, **filters: Any
    ) -> AsyncIterator[Page[dict[str, Any]]]:
        """Every page, its rows left as decoded JSON (see :meth:`Listable.dict_pages`)."""
        pages: AsyncIterator[Page[Any]] = self._fetched_pages(limit, filters, models=False)
        async for page in pages:
            yield report_undecodable(page, on_undecodable)

    def _fetched_pages(
        self, limit: int, filters: dict[str, Any], *, models: bool = True
    ) -> AsyncIterator[Page[ItemT]]:
        async def fetch(number: int) -> tuple[httpx.Response, Any]:
            return await arun(self._page_flow(number, limit, filters), self._transport)

        def parse(fetched: tuple[httpx.Response, Any], number: int) -> Page[ItemT]:
            return self._parse_page(fetched, number, models=models)

        return aiterate_pages(fetch, parse, self._more_pages)


# Reading one record.
class GetFlows(Resource, Generic[ViewT]):
    def _get_flow(self, record_id: RecordId) -> Flow[ViewT]:
        operation = self._operation("get")
        view = yield from call(operation, **self._get_arguments(operation, record_id))
        for member in (self.spec.view_member or "").split("."):
            view = getattr(view, member) if member else view
        found: ViewT = view
        return found


class Retrievable(SyncResource, GetFlows[ViewT]):
    def get(self, id: RecordId) -> ViewT:
        """One record with its related records; :class:`NotFoundError` if there is none."""
        return run(self._get_flow(id), self._transport)


class AsyncRetrievable(AsyncResource, GetFlows[ViewT]):
    async def get(self, id: RecordId) -> ViewT:
        """One record with its related records; :class:`NotFoundError` if there is none."""
        return await arun(self._get_flow(id), self._transport)


# Writing one record.
class WriteFlows(Resource):
    def _create_flow(
        self,
        body: object,
        undocumented: Collection[str] = (),
        lookup: Callable[[], Flow[Lookup]] | None = None,
        reference: str | None = None,
        settle_window: float | None = None,
        on_send: Callable[[], None] | None = None,
        on_lost: Callable[[], None] | None = None,
    ) -> Flow[RecordId]:
        """Create one record. A lost answer is settled by ``lookup`` (e.g. by a business
        key) or else by the reference the record is stamped with (``reference``, or a new
        one), never by sending blindly again: while the request may still be running on
        the server, the record is looked up over the settle window before it is sent
        again; several records found raise :class:`DuplicateRecordsError`. ``on_send`` is
        called right before each sending (a job store records it, and when), ``on_lost``
        when its answer was found lost while it may still commit."""
        window = self._settle_window(settle_window)
        payload = self._checked_payload("create", body, undocumented)
        spec = self.spec.reference
        if spec is not None:
            payload = spec.stamped(payload, reference or new_reference_prefix())
            reference = spec.read(payload)
        else:
            reference = None
        if lookup is None and reference is not None:
            lookup = functools.partial(self._lookup_flow, reference)
        reference = reference or "its key"
        operation = self._operation("create")
        for attempt in range(1 + RESEND_ROUNDS):
            if on_send is not None:
                on_send()
            try:
                response = yield operation.build_request(body=JsonBody(payload))
                answer = decode_json(response)
            except APIStatusError as exc:
                if exc.status < 500 or lookup is None:
                    raise  # refused: nothing was stored
                lost: DaftraError = exc
            except DaftraError as exc:
                if lookup is None:
                    raise
                lost = exc
            else:
                raw_id = answer.get("id") if isinstance(answer, Mapping) else None
                record_id = self.spec.read_id(raw_id)
                if record_id is not None:
                    return record_id
                if not (isinstance(answer, Mapping) and "id" in answer):
                    lost = UnparseableResponseError(
                        f"{operation.operation_id}: the answer named no record ({answer!r})",
                        status=response.status_code, response=response)
                    if lookup is None:
                        raise lost
                else:  # "successful" with no id: settle it, never send it again
                    return (yield from self._settle_claimed_create(
                        lookup, reference, raw_id, response))
            assert lookup is not None
            # While the request may still commit, an absence proves nothing.
            in_flight = may_still_run(lost)
            if in_flight and on_lost is not None:
                on_lost()
            deadline = time.monotonic() + (window if in_flight else 0.0)
            found = yield from settled_lookup(lookup, deadline)
            if isinstance(found, Found):
                return found.id
            if isinstance(found, Several):
                raise self._duplicated(found, reference) from lost
            if isinstance(found, Undecided) or attempt == RESEND_ROUNDS:
                reason = found.reason if isinstance(found, Undecided) else "still not stored"
                lost.add_note(f"whether {reference!r} was stored is unknown: {reason}")
                raise lost
        raise AssertionError("unreachable")

    def _duplicated(self, found: Several, reference: str) -> DuplicateRecordsError:
        ids = sorted(found.ids)
        return DuplicateRecordsError(
            f"{self.spec.create}: {found.total} records carry {reference!r} (ids "
            f"{', '.join(map(str, ids))}): it was stored more than once; none was chosen",
            ids=ids, reference=reference)

    def _settle_claimed_create(
        self,
        lookup: Callable[[], Flow[Lookup]] | None,
        reference: str,
        raw_id: object,
        response: httpx.Response,
    ) -> Flow[int]:
        """A create answered successful without an id: found by its reference, or not made."""
        claim = f"{self.spec.create}: answered successful without an id ({raw_id!r})"
        if lookup is None:
            raise UnparseableResponseError(
                f"{claim}; this resource has no reference to look it up by, so whether it "
                "was stored is unknown", status=response.status_code, response=response)
        found = yield from lookup()
        if isinstance(found, Found):
            return found.id
        if isinstance(found, Several):
            raise self._duplicated(found, reference)
        if isinstance(found, Undecided):
            raise UnparseableResponseError(
                f"{claim}; whether {reference!r} was stored is unknown: {found.reason}",
                status=response.status_code, response=response)
        raise NotCreatedError(
            f"{claim}, and no record carries reference {reference!r}: {NOT_STORED}",
            status=response.status_code, response=response)

    def _record_flow(self, record_id: RecordId) -> Flow[dict[str, Any]]:
        """The record as a single read returns it, decoded but not made a model."""
        record, _ = yield from self._read_flow(record_id)
        return record

    def _read_flow(self, record_id: RecordId) -> Flow[tuple[dict[str, Any], list[str]]]:
        """The record as a single read returns it, and the related records the answer
        gave twice (inside the main record and beside it) with different contents."""
        operation = self._operation("get")
        response = yield operation.build_request(**self._get_arguments(operation, record_id))
        data = decode_json(response)
        record = operation.decoded(response, data)
        path = tuple(member for member in (self.spec.view_member or "").split(".") if member)
        for member in path:
            record = record.get(member) if isinstance(record, Mapping) else None
        if not isinstance(record, Mapping):
            raise UnparseableResponseError(
                f"{operation.operation_id}: the answer held no record to edit",
                status=response.status_code, response=response)
        return dict(record), conflicting_relations(operation.operation_id, path, data)

    def _update_flow(
        self, record_id: RecordId, changes: object, undocumented: Collection[str] = ()
    ) -> Flow[None]:
        payload = self._checked_payload("update", changes, undocumented)
        record_id = self._operation("update").record_id(record_id)
        current, conflicts = yield from self._read_flow(record_id)
        schema = request_node(self._operation("update").operation_id)
        self._check_complete(record_id, current, payload, schema, conflicts)
        current = relations_beside(current, schema)
        edited = writable_part(apply_changes(current, payload), schema)
        if schema is not None:
            # Members the read schema does not describe came as sent (strings, "", "None");
            # read them as the request schema describes before sending them back.
            try:
                edited = schema.decode(edited)
            except DecodeFailure as failure:
                raise InvalidInputError(
                    f"{type(self).__name__.lower()}.update: the record read back does not fit "
                    f"the edit's schema at {failure}; use replace() with a full body",
                    field_errors={failure.where: (failure.reason,)},
                ) from failure
        yield from self._edit_flow(record_id, to_json(edited))

    def _check_complete(
        self,
        record_id: RecordId,
        current: Mapping[str, Any],
        changes: Mapping[str, Any],
        schema: SchemaNode | None,
        conflicts: builtins.list[str],
    ) -> None:
        """Refuse an edit built from a read that lacks lists of related records (lines,
        payments, taxes) the edit would send back, or that gave one twice with different
        contents (inside the main record and beside it): Daftra replaces a record with
        what it is sent, so such an edit could remove or change them."""
        get = self._operation("get").operation_id
        path = tuple(part for part in (self.spec.view_member or "").split(".") if part)
        write = schema.children if schema is not None else {}
        unsure = [name for name in conflicts if name in write and name not in changes]
        if unsure:
            names = ", ".join(unsure)
            raise UnsafeEditError(
                f"{self.spec.tag}.update({record_id}): nothing sent; the record read back "
                f"carries {names} twice, inside its main record and beside it, with "
                "different contents, so what it holds is unclear and an edit could change "
                f"them. Give {names} in the changes, or use replace() with a full body"
            )
        missing = unread_relations(current, changes, answer_member_node(get, path), schema)
        if missing:
            names = ", ".join(missing)
            raise UnsafeEditError(
                f"{self.spec.tag}.update({record_id}): nothing sent; the record read back "
                f"{'; '.join(missing.values())}; {get} documents {names} and an edit sends "
                "them back, and Daftra replaces a record with what it is sent, so this edit "
                f"could remove them. Give {names} in the changes, or use replace() with a "
                "full body"
            )

    def _replace_flow(
        self, record_id: RecordId, body: object, undocumented: Collection[str] = ()
    ) -> Flow[None]:
        payload = self._checked_payload("update", body, undocumented)
        yield from self._edit_flow(self._operation("update").record_id(record_id), payload)

    def _edit_flow(self, record_id: RecordId, payload: dict[str, Any]) -> Flow[None]:
        operation = self._operation("update")
        if self.spec.pages is not V1_PAGES:
            # v2 bodies repeat the id; some v2 "edits" are the create POST carrying it.
            payload = {**payload, "id": record_id}
        if operation.takes("id"):
            yield from call(operation, id=record_id, body=JsonBody(payload))
        else:
            yield from call(operation, body=JsonBody(payload))

    def _delete_flow(self, record_id: RecordId) -> Flow[None]:
        operation = self._operation("delete")
        yield from call(operation, id=operation.record_id(record_id))


class Creatable(SyncResource, WriteFlows, ManyCreatable):
    def create(
        self,
        body: object,
        *,
        undocumented_fields: Collection[str] = (),
        settle_window: float | None = None,
    ) -> RecordId:
        """Create one record from a mapping or a generated model; return its id.

        The body is checked before anything is sent: a field the spec does not document
        is refused with the closest documented name (list it in ``undocumented_fields``,
        dotted and without list positions, e.g. ``"InvoiceItem.serial"``, to send it
        anyway). A lost answer is settled by the record's reference, never by sending
        blindly again: a request that may still be running on the server (no answer, or a
        5xx) is looked up over ``settle_window`` seconds (default: the larger of the
        client's timeout and PHP's 30 s execution limit) and sent again only if still
        absent after it. Several records carrying the reference raise
        :class:`DuplicateRecordsError` with their ids; an answer "successful" without an
        id that no reference lookup confirms raises :class:`NotCreatedError`.
        """
        flow = self._create_flow(body, undocumented_fields, settle_window=settle_window)
        return run(flow, self._transport)


class AsyncCreatable(AsyncResource, WriteFlows, AsyncManyCreatable):
    async def create(
        self,
        body: object,
        *,
        undocumented_fields: Collection[str] = (),
        settle_window: float | None = None,
    ) -> RecordId:
        """Create one record; see :meth:`Creatable.create`."""
        flow = self._create_flow(body, undocumented_fields, settle_window=settle_window)
        return await arun(flow, self._transport)


class Updatable(SyncResource, WriteFlows):
    def update(
        self, id: RecordId, changes: object, *, undocumented_fields: Collection[str] = ()
    ) -> None:
        """Change some fields of a record, keeping every other field as it is.

        Daftra replaces a record on edit, resetting whatever the body leaves out, so this
        reads the record, applies ``changes`` per member (``{"Invoice": {"notes": "x"}}``
        changes one field of the invoice; a list given, such as ``InvoiceItem``,
        replaces the list) and sends back every field the spec lets a caller write, never
        computed ones such as ``summary_total``. :meth:`replace` sends a body as it is.
        """
        run(self._update_flow(id, changes, undocumented_fields), self._transport)

    def replace(
        self, id: RecordId, body: object, *, undocumented_fields: Collection[str] = ()
    ) -> None:
        """Send ``body`` as the record's new content, as it is: fields it leaves out are
        reset by Daftra. For a full replacement on purpose; :meth:`update` keeps them."""
        run(self._replace_flow(id, body, undocumented_fields), self._transport)


class AsyncUpdatable(AsyncResource, WriteFlows):
    async def update(
        self, id: RecordId, changes: object, *, undocumented_fields: Collection[str] = ()
    ) -> None:
        """Change some fields of a record; see :meth:`Updatable.update`."""
        await arun(self._update_flow(id, changes, undocumented_fields), self._transport)

    async def replace(
        self, id: RecordId, body: object, *, undocumented_fields: Collection[str] = ()
    ) -> None:
        """Send ``body`` as the record's new content; see :meth:`Updatable.replace`."""
        await arun(self._replace_flow(id, body, undocumented_fields), self._transport)


class Deletable(SyncResource, WriteFlows):
    def delete(self, id: RecordId) -> None:
        """Delete a record; :class:`NotFoundError` if there is none."""
        run(self._delete_flow(id), self._transport)


class AsyncDeletable(AsyncResource, WriteFlows):
    async def delete(self, id: RecordId) -> None:
        """Delete a record; :class:`NotFoundError` if there is none."""
        await arun(self._delete_flow(id), self._transport)


# Creating many records.
@attrs.frozen
class _BulkOptions:
    """What every chunk of one bulk run shares."""

    query: Mapping[str, str]
    job: JournalJob | None
    settle_window: float
    # The run's reference prefix: a reference it made is not the caller's own.
    prefix: str
    allow_duplicates: bool
    # The caller's references met so far in this run, with the first element giving each.
    claimed: dict[str, int] = attrs.field(factory=dict)


class BulkFlows(Resource):
    def _bulk_options(
        self,
        query: Mapping[str, str],
        job: JournalJob | None,
        settle_window: float | None,
        allow_duplicates: bool,
    ) -> _BulkOptions:
        # A journaled job keeps its prefix, so a later run stamps the same references.
        prefix = job.reference_prefix if job else new_reference_prefix()
        return _BulkOptions(query, job, self._settle_window(settle_window), prefix,
                            bool(allow_duplicates))

    def _bulk_plan(
        self,
        records: Iterable[object],
        chunk_size: int,
        validate: bool,
        options: _BulkOptions,
        undocumented: Collection[str] = (),
    ) -> Iterator[tuple[builtins.list[Outcome], Chunk | None]]:
        operation_id = self._operation("bulk_create").operation_id
        spec = self.spec.reference
        prefix, job = options.prefix, options.job

        def to_payload(record: object, index: int) -> dict[str, Any]:
            payload = as_payload(record, where=f"records[{index}]")
            return spec.stamped(payload, f"{prefix}-{index}") if spec else payload

        return plan_chunks(
            records,
            chunk_size=chunk_size,
            to_payload=to_payload,
            validate=(
                lambda payload: body_problems(
                    operation_id, payload, element=True, undocumented=undocumented
                )
            )
            if validate
            else None,
            earlier=job.earlier if job else None,
        )

    def _own_reference(self, chunk: Chunk, position: int, options: _BulkOptions) -> str | None:
        """The element's reference if the caller gave it (not one this run stamped)."""
        spec = self.spec.reference
        reference = spec.read(chunk.payloads[position]) if spec else None
        if reference is None or reference == f"{options.prefix}-{chunk.indexes[position]}":
            return None
        return reference

    def _chunk_flow(
        self, chunk: Chunk, options: _BulkOptions, resends: int = RESEND_ROUNDS
    ) -> Flow[builtins.list[Outcome]]:
        settled: dict[int, Outcome] = {}  # by position in the chunk
        if not options.allow_duplicates:
            settled.update(self._claimed_twice(chunk, options))
        # Deadlines first: the lookups of one element must not eat into another's window.
        deadlines = {
            index: self._rerun_deadline(options.job, index, options.settle_window)
            for index in chunk.indexes
            if index in chunk.unsure
        }
        for position, index in enumerate(chunk.indexes):
            if index in chunk.unsure and position not in settled:
                # Sent by an earlier run without a settled answer: it may exist, or its
                # request may still be running on the server.
                unknown = Unknown(index, "sent by an earlier run", in_flight=True)
                looked_up = yield from self._settle_by_reference(
                    chunk, position, unknown, deadlines[index]
                )
                if looked_up is not None:
                    settled[position] = looked_up
            elif position not in settled and not options.allow_duplicates:
                existing = yield from self._existing(chunk, position, options)
                if existing is not None:
                    settled[position] = existing
        to_send = [p for p in range(len(chunk.indexes)) if p not in settled]
        if to_send:
            sent = chunk.subset(to_send)
            for position, outcome in zip(
                to_send, (yield from self._send_flow(sent, options, resends)), strict=True
            ):
                settled[position] = outcome
        return [settled[p] for p in range(len(chunk.indexes))]

    def _claimed_twice(self, chunk: Chunk, options: _BulkOptions) -> dict[int, Outcome]:
        """Elements giving a reference an earlier element of this run gave: refused, as
        both would be created (chunk flows run at once: the first to claim it keeps it)."""
        refused: dict[int, Outcome] = {}
        field = self.spec.reference.field if self.spec.reference else ""
        for position, index in enumerate(chunk.indexes):
            reference = self._own_reference(chunk, position, options)
            if reference is None:
                continue
            first = options.claimed.setdefault(reference, index)
            if first != index:
                refused[position] = Rejected(
                    index, f"records[{index}] gives the {field} {reference!r} of "
                    f"records[{first}]: not sent, as it would make a second record (give "
                    "each record its own, or allow duplicates)", sent=False)
        return refused

    def _existing(
        self, chunk: Chunk, position: int, options: _BulkOptions
    ) -> Flow[Outcome | None]:
        """What the server already holds under the element's own reference, if anything
        (None: nothing, send it). A lookup that cannot be trusted refuses the element:
        sending it blindly could create it twice.

        One verified lookup per element, run as the chunks run (``concurrency`` at a
        time), rather than one scan of the account: a scan costs less on a small account,
        but Daftra lists in an arbitrary order, so pages of a changing list can skip a
        record, and only an exact, verified lookup proves an absence."""
        reference = self._own_reference(chunk, position, options)
        if reference is None:
            return None
        index = chunk.indexes[position]
        field = self.spec.reference.field if self.spec.reference else ""
        found = yield from self._lookup_flow(reference)
        if isinstance(found, Absent):
            return None
        if isinstance(found, Found):
            return Existing(index, found.id, found.number)
        if isinstance(found, Several):
            return Duplicate(
                index, tuple(sorted(found.ids)),
                f"{found.total} records already carry {field} {reference!r}: not sent",
                sent=False)
        return Rejected(
            index, f"whether a record already carries {field} {reference!r} cannot be told "
            f"({found.reason}): not sent, so as not to create it twice; run again, or allow "
            "duplicates", sent=False)

    def _send_flow(
        self, chunk: Chunk, options: _BulkOptions, resends: int
    ) -> Flow[builtins.list[Outcome]]:
        if options.job:
            options.job.sending(chunk.indexes)
        body = [JsonBody(payload) for payload in chunk.payloads]
        parameters = {**self.spec.bulk_query, **options.query}
        answer: object
        try:
            answer = yield from call_json(self._operation("bulk_create"), body=body, **parameters)
        except DaftraError as exc:
            answer = exc
        failed_at = time.monotonic()
        outcomes = settle_chunk(chunk, answer, number_field=self.spec.bulk_number_field)
        if options.job:
            options.job.answer_lost(
                [o.index for o in outcomes if isinstance(o, Unknown) and o.in_flight])
        if not options.allow_duplicates:
            outcomes = yield from self._checked_again(chunk, outcomes, options)
        if self.spec.reference is None or not any(isinstance(o, Unknown) for o in outcomes):
            return outcomes
        return (yield from self._reconcile_flow(chunk, outcomes, options, resends, failed_at))

    def _checked_again(
        self, chunk: Chunk, outcomes: builtins.list[Outcome], options: _BulkOptions
    ) -> Flow[builtins.list[Outcome]]:
        """Created elements carrying the caller's own reference, looked up once more:
        another run may have passed the same check at the same time and created it too."""
        checked = list(outcomes)
        field = self.spec.reference.field if self.spec.reference else ""
        for position, outcome in enumerate(outcomes):
            reference = self._own_reference(chunk, position, options)
            if not isinstance(outcome, Created) or reference is None:
                continue
            found = yield from self._lookup_flow(reference)
            if isinstance(found, Several):
                ids = tuple(sorted({*found.ids, outcome.id}))
                checked[position] = Duplicate(
                    outcome.index, ids,
                    f"created as record {outcome.id}, but {len(ids)} records carry {field} "
                    f"{reference!r} (another run created it too?)")
        return checked

    def _settle_by_reference(
        self, chunk: Chunk, position: int, unknown: Unknown, deadline: float
    ) -> Flow[Outcome | None]:
        """The element's outcome found by its reference, or None if it is surely absent:
        still absent once ``deadline`` has passed (see
        :func:`~daftra_facade.bulk.references.settled_lookup`)."""
        spec = self.spec.reference
        reference = spec.read(chunk.payloads[position]) if spec else None
        if spec is None or reference is None:
            return unknown
        found = yield from settled_lookup(
            functools.partial(self._lookup_flow, reference), deadline
        )
        if isinstance(found, Found):
            return Created(unknown.index, found.id, found.number)
        if isinstance(found, Several):
            return Duplicate(
                unknown.index, tuple(sorted(found.ids)),
                f"{unknown.reason}; {found.total} records carry {spec.field} {reference!r}: "
                "it was stored more than once")
        if isinstance(found, Undecided):
            return Unknown(unknown.index, f"{unknown.reason}; {found.reason}")
        return None

    def _reconcile_flow(
        self,
        chunk: Chunk,
        outcomes: builtins.list[Outcome],
        options: _BulkOptions,
        resends: int,
        failed_at: float,
    ) -> Flow[builtins.list[Outcome]]:
        """Settle unknown elements by their references; send again only those still
        absent once their request can no longer commit (the settle window)."""
        settled = list(outcomes)
        absent: builtins.list[int] = []  # positions in the chunk
        for position, outcome in enumerate(outcomes):
            if not isinstance(outcome, Unknown):
                continue
            # Elements of one request share its window: once the first still absent has
            # waited it out, the others need one lookup each.
            window = options.settle_window if outcome.in_flight else 0.0
            looked_up = yield from self._settle_by_reference(
                chunk, position, outcome, failed_at + window
            )
            if looked_up is not None:
                settled[position] = looked_up
            elif outcome.claimed_success:
                settled[position] = Rejected(
                    outcome.index, f"{outcome.reason}, and no record carries its reference: "
                    f"{NOT_STORED}",
                    raw=outcome.raw if isinstance(outcome.raw, Mapping) else None)
            elif resends > 0:
                absent.append(position)
            else:
                settled[position] = Unknown(
                    outcome.index, f"{outcome.reason}; still not stored, not sent again"
                )
        if absent:
            again = chunk.subset(absent)
            for position, outcome in zip(
                absent, (yield from self._send_flow(again, options, resends - 1)), strict=True
            ):
                settled[position] = outcome
        return settled


class BulkCreatable(SyncResource, BulkFlows):
    def bulk_create(
        self,
        records: Iterable[object],
        *,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        validate: bool = True,
        on_progress: Callable[[BulkProgress], None] | None = None,
        journal: JobStore | None = None,
        retry_rejected: bool = False,
        job: str = "default",
        undocumented_fields: Collection[str] = (),
        settle_window: float | None = None,
        allow_duplicates: bool = False,
        **query: str,
    ) -> BulkResult:
        """Create many records, ``chunk_size`` per request, up to ``concurrency``
        requests at a time; return one outcome per input element, in input order.

        Elements failing the specification's checks (a field it does not document, unless
        listed in ``undocumented_fields``, or a value it refuses) are rejected locally, never
        sent; the rest are classified from the server's per-element answers. A chunk refused
        as a whole (even inside a 2xx answer) rejects each of its elements with the server's
        message; an element answered "successful" without an id is looked up by reference and
        rejected if absent, never sent again. When an answer is lost or
        garbled, each element is looked up by its reference: found means created, several
        found is a :class:`Duplicate` (every id named), a trustworthy absence means it is
        sent again (twice at most), anything else leaves it unknown, never re-sent. A request
        that may still be running on the server (no answer, or a 5xx) may yet commit, so
        its absence counts only once ``settle_window`` seconds have passed since it failed
        (default: the larger of the client's timeout and PHP's 30 s execution limit);
        meanwhile its chunk waits aside and the other chunks go on.

        An element carrying its own reference (an invoice's ``po_number``) that a record
        on the server already carries is reported :class:`Existing` and not sent, so
        running a file again creates nothing twice; a lookup that cannot be trusted
        rejects it unsent; after a create, it is looked up again and a second record
        (another run at the same time) is reported as a :class:`Duplicate`. Two elements
        giving one reference are refused. ``allow_duplicates=True`` sends them all without
        these checks. ``on_progress`` is called with
        the running counts after each chunk. If the credentials are refused, the run stops
        with :class:`BulkAbortedError`, whose ``result`` holds everything done until then.

        With a ``journal`` (:class:`JobStore`), every element's state is kept under the name
        ``job``: running the same job again after a crash skips what was settled (reported
        with ``earlier=True``) and looks up, by reference, what was sent without a settled
        answer (over a settle window) before sending anything again. ``retry_rejected``
        sends again the rejected elements whose input changed since (the file was fixed).
        """
        journal_job = (
            journal.job(job, self.spec.tag, mode="retry-rejected" if retry_rejected else "resume")
            if journal else None
        )
        options = self._bulk_options(query, journal_job, settle_window, allow_duplicates)
        return run_bulk(
            self._bulk_plan(records, chunk_size, validate, options, undocumented_fields),
            lambda chunk: self._chunk_flow(chunk, options),
            self._transport,
            concurrency=concurrency,
            on_progress=on_progress,
            on_settled=journal_job.settled if journal_job else None,
        )


class AsyncBulkCreatable(AsyncResource, BulkFlows):
    async def bulk_create(
        self,
        records: Iterable[object],
        *,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        validate: bool = True,
        on_progress: Callable[[BulkProgress], None] | None = None,
        journal: JobStore | None = None,
        retry_rejected: bool = False,
        job: str = "default",
        undocumented_fields: Collection[str] = (),
        settle_window: float | None = None,
        allow_duplicates: bool = False,
        **query: str,
    ) -> BulkResult:
        """Create many records; see :meth:`BulkCreatable.bulk_create`."""
        journal_job = (
            journal.job(job, self.spec.tag, mode="retry-rejected" if retry_rejected else "resume")
            if journal else None
        )
        options = self._bulk_options(query, journal_job, settle_window, allow_duplicates)
        return await arun_bulk(
            self._bulk_plan(records, chunk_size, validate, options, undocumented_fields),
            lambda chunk: self._chunk_flow(chunk, options),
            self._transport,
            concurrency=concurrency,
            on_progress=on_progress,
            on_settled=journal_job.settled if journal_job else None,
        )


# The usual combinations, parameterised by the spec the client gives them.
class ReadOnlyResource(Listable[ItemT], Retrievable[ViewT]):
    """A resource Daftra only lets you list and read."""


class AsyncReadOnlyResource(AsyncListable[ItemT], AsyncRetrievable[ViewT]):
    """A resource Daftra only lets you list and read."""


class CrudResource(
    Listable[ItemT], Retrievable[ViewT], Creatable, Updatable, Deletable, Findable[ViewT],
    Upsertable,
):
    """A resource with the five usual actions: list/iter/pages, get, create, update, delete
    (and find/find_one, upsert and create_many built on them)."""


class AsyncCrudResource(
    AsyncListable[ItemT], AsyncRetrievable[ViewT], AsyncCreatable, AsyncUpdatable, AsyncDeletable,
    AsyncFindable[ViewT], AsyncUpsertable,
):
    """A resource with the five usual actions: list/iter/pages, get, create, update, delete
    (and find/find_one, upsert and create_many built on them)."""


class EntityResource(
    Listable[ItemT], Retrievable[ViewT], Creatable, Updatable, Findable[ViewT], Upsertable
):
    """A v2 entity: list/iter/pages (with ``query=`` filters), get, create, update."""


class AsyncEntityResource(
    AsyncListable[ItemT], AsyncRetrievable[ViewT], AsyncCreatable, AsyncUpdatable,
    AsyncFindable[ViewT], AsyncUpsertable,
):
    """A v2 entity: list/iter/pages (with ``query=`` filters), get, create, update."""


class ListOnlyResource(Listable[ItemT]):
    """A resource Daftra only lets you list."""


class AsyncListOnlyResource(AsyncListable[ItemT]):
    """A resource Daftra only lets you list."""


class SubmitOnlyResource(Creatable):
    """A resource Daftra only lets you send records to."""


class AsyncSubmitOnlyResource(AsyncCreatable):
    """A resource Daftra only lets you send records to."""


class ListCreateResource(Listable[ItemT], Creatable):
    """A resource you can list and add to, nothing more."""


class AsyncListCreateResource(AsyncListable[ItemT], AsyncCreatable):
    """A resource you can list and add to, nothing more."""


class AppendOnlyResource(Listable[ItemT], Retrievable[ViewT], Creatable):
    """A resource you can list, read and add to, but not change or delete."""


class AsyncAppendOnlyResource(AsyncListable[ItemT], AsyncRetrievable[ViewT], AsyncCreatable):
    """A resource you can list, read and add to, but not change or delete."""


class ReadDeleteResource(Listable[ItemT], Retrievable[ViewT], Deletable):
    """A resource you can list, read and delete (its records come from elsewhere)."""


class AsyncReadDeleteResource(AsyncListable[ItemT], AsyncRetrievable[ViewT], AsyncDeletable):
    """A resource you can list, read and delete (its records come from elsewhere)."""


class NoEditResource(Listable[ItemT], Retrievable[ViewT], Creatable, Deletable):
    """A resource you can list, read, add to and delete from, but not change."""


class AsyncNoEditResource(
    AsyncListable[ItemT], AsyncRetrievable[ViewT], AsyncCreatable, AsyncDeletable
):
    """A resource you can list, read, add to and delete from, but not change."""


# Each action a spec may name, and the capability classes that serve it.
ACTION_CAPABILITIES: dict[str, tuple[type[Resource], type[Resource]]] = {
    "list": (Listable, AsyncListable),
    "get": (Retrievable, AsyncRetrievable),
    "create": (Creatable, AsyncCreatable),
    "update": (Updatable, AsyncUpdatable),
    "delete": (Deletable, AsyncDeletable),
    "bulk_create": (BulkCreatable, AsyncBulkCreatable),
}
_USUAL_COMBINATIONS: tuple[tuple[type[Resource], type[Resource]], ...] = (
    (CrudResource, AsyncCrudResource),
    (EntityResource, AsyncEntityResource),
    (NoEditResource, AsyncNoEditResource),
    (AppendOnlyResource, AsyncAppendOnlyResource),
    (ReadDeleteResource, AsyncReadDeleteResource),
    (ReadOnlyResource, AsyncReadOnlyResource),
    (ListCreateResource, AsyncListCreateResource),
    (ListOnlyResource, AsyncListOnlyResource),
    (SubmitOnlyResource, AsyncSubmitOnlyResource),
)


def actions_of(cls: type) -> frozenset[str]:
    """The actions a resource class serves (``list``, ``get``, …)."""
    return frozenset(
        action
        for action, capabilities in ACTION_CAPABILITIES.items()
        if any(issubclass(cls, capability) for capability in capabilities)
    )


def classes_for(spec: ResourceSpec) -> tuple[type[Resource], type[Resource]]:
    """The sync and async classes serving exactly the actions ``spec`` names: one of the
    usual combinations where it fits, else a pair composed from the capability classes.

    So a resource is declared by its spec alone, whatever subset of operations Daftra
    gives it, and follows the spec when an operation is added or removed."""
    actions = frozenset(action for action in ACTION_CAPABILITIES if getattr(spec, action))
    for pair in _USUAL_COMBINATIONS:
        if actions_of(pair[0]) == actions:
            return pair
    return _composed(actions)


@functools.cache
def _composed(actions: frozenset[str]) -> tuple[type[Resource], type[Resource]]:
    ordered = [action for action in ACTION_CAPABILITIES if action in actions]
    if not ordered:
        raise ValueError("a resource needs at least one operation")
    pair: list[type[Resource]] = []
    for flavour in (0, 1):
        bases = tuple(ACTION_CAPABILITIES[action][flavour] for action in ordered)
        name = "".join(action.title().replace("_", "") for action in ordered) + "Resource"
        pair.append(
            type(
                ("Async" if flavour else "") + name,
                bases,
                {"__doc__": f"A resource serving {', '.join(ordered)} (composed from its spec)."},
            )
        )
    return pair[0], pair[1]
