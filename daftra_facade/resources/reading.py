"""Reading capabilities: listing (one page, every page lazily, raw dict pages) and reading
one record, each as flows with a sync and an async front end."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic

import attrs

from ..errors import (
    InvalidInputError,
    UndecodableRecordError,
    UnparseableResponseError,
)
from ..filters import Query
from ..flows import Flow, arun, call, run
from ..pagination import (
    AsyncRecords,
    OnUndecodable,
    Page,
    Records,
    aiterate_pages,
    iterate_pages,
    report_undecodable,
)
from ..wire.answers import PARSED_BODY, decode_json
from ..wire.decoding import conflicting_relations
from ..wire.numbers import RecordId
from .base import AsyncResource, ItemT, Resource, SyncResource, ViewT
from .model_pages import model_page
from .specs import V1_PAGES, model_shaped_rows

if TYPE_CHECKING:
    import httpx


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
        body = decode_json(response)
        # The body is handed over here: the response no longer keeps it (it would hold
        # every raw row of the page as long as the response lives).
        response.extensions.pop(PARSED_BODY, None)
        return response, body

    def _more_pages(self, fetched: tuple[httpx.Response, Any]) -> bool:
        return self.spec.pages.more(fetched[1])

    def _last_page(self, fetched: tuple[httpx.Response, Any]) -> int | None:
        return self.spec.pages.last_page(fetched[1])

    def _parse_page(
        self, fetched: tuple[httpx.Response, Any], page: int, *, models: bool = True
    ) -> Page[ItemT]:
        """The page's records; rows that cannot be read are kept aside, not lost.
        Without ``models``, the records stay decoded JSON (see :meth:`Listable.dict_pages`)."""
        response, data = fetched
        operation = self._operation("list")
        parsed: Page[ItemT]
        read = None
        if models and response.status_code == 200:  # each row touched once (model_pages)
            read = model_page(operation, self.spec.pages, self.spec.model_key, fetched, page)
        if read is not None:
            parsed, failures = read
        else:
            decoded, failures = operation.decoded_rows(response, data, self.spec.pages.rows_path)
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
            report_undecodable(page, on_undecodable) for page in self._fetched_pages(limit, filters)
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

        return iterate_pages(
            fetch, parse, self._more_pages, last_page=self._last_page, page_size=limit
        )


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

        return aiterate_pages(
            fetch, parse, self._more_pages, last_page=self._last_page, page_size=limit
        )


# Reading one record.
class GetFlows(Resource, Generic[ViewT]):
    def _get_flow(self, record_id: RecordId) -> Flow[ViewT]:
        operation = self._operation("get")
        view = yield from call(operation, **self._get_arguments(operation, record_id))
        for member in (self.spec.view_member or "").split("."):
            view = getattr(view, member) if member else view
        found: ViewT = view
        return found

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
                f"{operation.operation_id}: the answer held no record",
                status=response.status_code,
                response=response,
            )
        return dict(record), conflicting_relations(operation.operation_id, path, data)


class Retrievable(SyncResource, GetFlows[ViewT]):
    def get(self, id: RecordId) -> ViewT:
        """One record with its related records; :class:`NotFoundError` if there is none."""
        return run(self._get_flow(id), self._transport)


class AsyncRetrievable(AsyncResource, GetFlows[ViewT]):
    async def get(self, id: RecordId) -> ViewT:
        """One record with its related records; :class:`NotFoundError` if there is none."""
        return await arun(self._get_flow(id), self._transport)
