"""Bulk creation: records in chunks through the resource's bulk endpoint, each element's
outcome settled (references checked before and after, lost answers looked up over the
settle window), run by the one bulk runner for both clients."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Unpack

from ..bulk.creating import BulkCreation, BulkEndpoint
from ..bulk.options import BulkOptions, BulkSettings, bulk_options
from ..bulk.outcomes import BulkResult
from ..bulk.references import new_reference_prefix
from ..bulk.runs import PreparedRun, arun_bulk, run_bulk
from .base import AsyncResource, Resource, SyncResource

if TYPE_CHECKING:
    from ..bulk.journal import JobStore
    from ..bulk.journal_jobs import JournalJob


class BulkFlows(Resource):
    def _journal_job(
        self, journal: JobStore | None, job: str, retry_rejected: bool
    ) -> JournalJob | None:
        """The job ``job`` of ``journal`` for this resource, if a journal was given."""
        if journal is None:
            return None
        return journal.job(
            job, self.spec.tag, mode="retry-rejected" if retry_rejected else "resume"
        )

    def _bulk_run(
        self, records: Iterable[object], options: BulkOptions, query: Mapping[str, str] | None
    ) -> PreparedRun:
        """A bulk create as the runner takes it, for either client."""
        job = self._journal_job(options.journal, options.job, options.retry_rejected)
        endpoint = BulkEndpoint(
            self._operation("bulk_create"),
            {**self.spec.bulk_query, **(query or {})},
            self.spec.bulk_number_field,
            self.spec.reference,
            self._lookup_flow,
            self._timeout(),
        )
        creation = BulkCreation(
            endpoint,
            job,
            self._settle_window(options.settle_window),
            # A journaled job keeps its prefix, so a later run stamps the same references.
            job.reference_prefix if job else new_reference_prefix(),
            bool(options.allow_duplicates),
        )
        return PreparedRun(
            creation.plan(
                records, options.chunk_size, options.validate, options.undocumented_fields
            ),
            creation.chunk_flow,
            options.concurrency,
            options.on_progress,
            job.settled if job else None,
        )


class BulkCreatable(SyncResource, BulkFlows):
    def bulk_create(
        self,
        records: Iterable[object],
        *,
        options: BulkOptions | None = None,
        query: Mapping[str, str] | None = None,
        **settings: Unpack[BulkSettings],
    ) -> BulkResult:
        """Create many records, ``chunk_size`` per request, up to ``concurrency``
        requests at a time; return one outcome per input element, in input order.

        How it runs is ``options`` (:class:`BulkOptions`), and any of its fields given as
        a keyword here over it (``chunk_size=100``); ``query`` holds the endpoint's own
        query parameters (``{"send": "email"}``).

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
        prepared = self._bulk_run(records, bulk_options("bulk_create", options, settings), query)
        return run_bulk(prepared, self._transport)


class AsyncBulkCreatable(AsyncResource, BulkFlows):
    async def bulk_create(
        self,
        records: Iterable[object],
        *,
        options: BulkOptions | None = None,
        query: Mapping[str, str] | None = None,
        **settings: Unpack[BulkSettings],
    ) -> BulkResult:
        """Create many records; see :meth:`BulkCreatable.bulk_create`."""
        prepared = self._bulk_run(records, bulk_options("bulk_create", options, settings), query)
        return await arun_bulk(prepared, self._transport)
