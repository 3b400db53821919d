"""Reading one resource for dlt (pages → rows): a full scan, or the changes since the last
run, each record compared with its digest so that only new and changed ones are loaded,
and tombstones for the records found deleted."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from array import array
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Literal

import attrs
import dlt
import pyarrow as pa
from dlt.sources import DltResource

from ..client import Daftra
from ..errors import DaftraError, NotFoundError
from ..filters import field, where
from .account import Account
from .fingerprints import Fingerprints, digest_of
from .ids import Keys
from .landing import landed, when
from .loaded import extracted_schema, in_destination
from .resources import facts_of
from .tables import DELETED_COLUMN, MERGE, Batch, batches, skips_twin_search

if TYPE_CHECKING:
    from ..resources.specs import ResourceSpec

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "LOOKBACK",
    "IdTypeChangedError",
    "OnProgress",
    "Reader",
    "ResourceProgress",
]

log = logging.getLogger(__name__)

# How far before the last change seen an incremental read starts again.
LOOKBACK = dt.timedelta(minutes=10)
DEFAULT_PAGE_SIZE = 100


@attrs.frozen
class ResourceProgress:
    """How far one resource has got: records read, and of those the ones loaded because
    they are new or changed; records found deleted; ``finished`` once it is done."""

    resource: str
    mode: str  # "full scan" or "changes since <time>"
    read: int
    changed: int
    deleted: int = 0
    finished: bool = False


OnProgress = Callable[[ResourceProgress], None]


class IdTypeChangedError(ValueError):
    """A resource's table was loaded with ids of another type than the spec now gives."""


class _Untrusted(Exception):
    """An incremental read whose filter cannot be trusted: fall back to a full scan."""


class Reader:
    """Reads one resource for dlt: a full scan, or the changes since the last run."""

    def __init__(
        self,
        account: Account | Daftra,
        name: str,
        full_scan: bool,
        page_size: int,
        concurrency: int,
        on_progress: OnProgress | None,
        start: dt.datetime | None = None,
    ) -> None:
        self.account = account if isinstance(account, Account) else Account(account)
        self.name = name
        self.spec = _spec_of(name)
        self.v1 = self.spec.pages.kind == "v1"
        self.facts = facts_of(name)
        self.document = self.facts.document
        # The type of the record ids, from the spec: that of the id columns and keys.
        self.keys = Keys.of(self.spec)
        self.full_scan = full_scan
        self.page_size = page_size
        self.concurrency = concurrency
        self.on_progress = on_progress
        # Records last changed before it are not brought in (those loaded already stay).
        self.start = start
        self.changes: Literal["own", "entity"] | None = (
            "own" if not self.v1 else "entity" if self.facts.changes_through else None
        )
        self.read = self.changed = self.deleted = 0
        self.mode = "full scan"
        # Whether merges may skip dlt's search for twins (known once a pipeline runs).
        self.deduplicated = False
        # The account's client and this resource of it, while records are read.
        self.client: Any = None
        self.resource_api: Any = None

    def resource(self) -> DltResource:
        columns: dict[str, Any] = {"id": self.keys.column()}

        def records() -> Iterator[Batch]:
            yield from self.records()  # dlt takes a function, not a bound method

        built: DltResource = dlt.resource(
            records,
            name=self.name,
            primary_key="id",
            write_disposition=MERGE,
            columns=columns,
        )
        return built

    def records(self) -> Iterator[Batch]:
        """What dlt loads, in batches: new and changed records, then tombstones of
        deleted ones."""
        self._check_id_column()
        with self.account.lease() as client:
            self.client, self.resource_api = client, getattr(client, self.name)
            try:
                yield from self._records()
            finally:
                self.client = self.resource_api = None

    def _records(self) -> Iterator[Batch]:
        self.deduplicated = skips_twin_search()
        state = dlt.current.resource_state()
        digests = Fingerprints.load(state, self.name, self.keys)
        since = None if self.full_scan else state.get("changes_since")
        unknown: Any = None  # the database could not be checked
        loaded = in_destination(self.name, self.document, self.keys)
        repairing = False
        if loaded is not None:
            digests, unknown, repairs = loaded.reconciled(digests)
            if repairs:
                log.warning(
                    "%s: %d records are not in the database as last loaded (an "
                    "interrupted load?); reading every record to repair them",
                    self.name,
                    repairs,
                )
                self.mode = "full scan (repairing the database)"
                since, repairing = None, True
        if not digests:  # nothing known loaded: changes alone would leave the rest out
            since = None
        with self._pool() as pool:
            start = self._window(since, repairing)
            if start is not None:
                self.mode = f"changes since {start:%Y-%m-%d %H:%M:%S}"
                try:
                    latest = yield from self._changed(start, digests, pool)
                except _Untrusted as why:
                    log.warning("%s: %s; reading every record instead", self.name, why)
                    self.mode = "full scan (the change filter was not applied)"
                else:
                    digests.store(state, self.name)
                    if latest is not None:
                        state["changes_since"] = max(since or "", latest.isoformat())
                    self._report(finished=True)
                    return
            latest = yield from self._scan(digests, unknown, state, pool)
        if self.changes is not None and latest is not None:
            state["changes_since"] = latest.isoformat()
        else:
            state.pop("changes_since", None)
        self._report(finished=True)

    def _window(self, since: str | None, repairing: bool) -> dt.datetime | None:
        """Where an incremental read starts: :data:`LOOKBACK` before the last change
        seen, or at the start date where nothing earlier is wanted (never before it);
        None for a full scan."""
        if self.changes is None or self.full_scan or repairing:
            return None
        if since is not None:
            start = dt.datetime.fromisoformat(since) - LOOKBACK
            return start if self.start is None else max(start, self.start)
        return self.start

    def _check_id_column(self) -> None:
        """Refuse to load into a table whose ``id`` column has another type than the
        spec now gives the ids (the spec changed it since the table was made): nothing
        could be merged into it, and no database changes a key column's type by itself."""
        schema = extracted_schema()
        table = (schema.tables.get(self.name) if schema is not None else None) or {}
        kept = (table.get("columns") or {}).get("id", {}).get("data_type")
        wanted = self.keys.column()["data_type"]
        if kept is not None and kept != wanted:
            raise IdTypeChangedError(
                f"{self.name}: the spec now types its ids as {wanted}, but its table was "
                f"loaded with {kept} ids: load it afresh, into a new dataset (daftra sync "
                f"--dataset NAME) or with its tables dropped first (pipeline.run(source, "
                f'refresh="drop_resources"))'
            )

    @contextlib.contextmanager
    def _pool(self) -> Iterator[ThreadPoolExecutor | None]:
        if not (self.document or self.changes == "entity"):
            yield None
            return
        with ThreadPoolExecutor(self.concurrency, thread_name_prefix="daftra-dlt") as pool:
            yield pool

    def _report(self, finished: bool = False) -> None:
        if self.on_progress is not None:
            self.on_progress(
                ResourceProgress(
                    self.name, self.mode, self.read, self.changed, self.deleted, finished
                )
            )

    def _keep(self, record: dict[str, Any], digests: Fingerprints) -> bool:
        """Whether ``record`` is new or changed (and remember it as seen)."""
        key = self.keys.key(record["id"])
        if key in digests.changes:  # read earlier in this run: dlt is told batches hold no twins
            return False
        digest = digest_of(record)
        self.read += 1
        if digests.get(key) == digest:
            return False
        digests.put(key, digest)
        self.changed += 1
        return True

    def _tombstone(self, key: Any) -> dict[str, Any]:
        self.deleted += 1
        return {"id": key, DELETED_COLUMN: True}

    def _loadable(
        self,
        batch: list[dict[str, Any]],
        first_load: bool = False,
        loaded_before: Callable[[Any], bool] | None = None,
    ) -> Iterator[Batch]:
        """What dlt is handed for a batch of this resource's records (see
        :func:`~daftra_facade.dlt.tables.batches`)."""
        return batches(
            batch,
            table=self.name,
            keys=self.keys,
            document=self.document,
            first_load=first_load,
            loaded_before=loaded_before,
            deduplicated=self.deduplicated,
        )

    # Full scans.
    def _scan(
        self,
        digests: Fingerprints,
        unknown: Any,
        state: dict[str, Any],
        pool: ThreadPoolExecutor | None,
    ) -> Generator[Batch, None, dt.datetime | None]:
        """Every record, a page's new and changed ones at a time (dlt takes a list as a
        batch, far cheaper than one item at a time); records of the previous scan not
        seen now are deleted, and so are ``unknown`` ids (in the tables, not in the
        fingerprints; None where the tables could not be checked) not seen. A record
        last changed before the start date is skipped unless it was loaded before.
        Returns the latest ``modified`` seen, or None if some record has none."""
        digests = digests.merged()  # an incremental read may have changed some first
        # A document never loaded has no rows to delete, so it needs no tombstones.
        unknown_ids = set(unknown.to_pylist()) if unknown is not None else set()
        # Nothing loaded before: the tables become what this scan reads, with no merge
        # (whose single transaction grows with the account in DuckDB).
        first_load = not digests and not unknown_ids

        def loaded_before(key: Any) -> bool:
            return digests.get(key) is not None or key in unknown_ids

        known = loaded_before if unknown is not None else None

        # What this scan reads, saved as the next run's fingerprints: an array a page
        # (one array grown record by record left the heap fragmented), saved unsorted.
        read_ids: list[Any] = []
        read_digests: list[array[int]] = []
        seen = self.keys.seen()
        key_of = self.keys.key
        latest: dt.datetime | None = None
        dated = True
        arguments = dict(self.facts.with_children)
        for page in self.resource_api.dict_pages(limit=self.page_size, **arguments):
            batch: list[dict[str, Any]] = []
            page_ids, page_digests = self.keys.run(), array("q")
            for record in self._page_records(page, pool):
                key = key_of(record["id"])
                # A record listed twice (Daftra's default order is arbitrary) is read once.
                if not seen.add(key):
                    continue
                stamp = _modified(record)
                if stamp is None:
                    dated = False
                elif latest is None or stamp > latest:
                    latest = stamp
                if self._too_old(stamp) and not loaded_before(key):
                    continue  # last changed before the start date: not brought in
                self.read += 1
                digest = digest_of(record)
                page_ids.append(key)
                page_digests.append(digest)
                if digests.get(key) != digest:
                    self.changed += 1
                    batch.append(record)
            read_ids.append(page_ids)
            read_digests.append(page_digests)
            if batch:
                yield from self._loadable(batch, first_load, known)
            self._report()
        # Known from the last scan but not read now: deleted.
        gone = [key for key in digests.ids if key not in seen]
        gone.extend(sorted(key for key in unknown_ids if key not in seen))
        if gone:
            yield from self._loadable([self._tombstone(key) for key in gone])
        Fingerprints.save(state, self.name, read_ids, read_digests, self.keys)
        # Arrow's allocator keeps what it freed for Arrow's own later use; DuckDB, which
        # loads the files next, cannot use it, so it goes back to the system.
        pa.default_memory_pool().release_unused()
        return latest if dated else None

    def _too_old(self, stamp: dt.datetime | None) -> bool:
        """Whether a record last changed at ``stamp`` is older than the start date (one
        with no date is not)."""
        return self.start is not None and stamp is not None and stamp < self.start

    def _page_records(self, page: Any, pool: ThreadPoolExecutor | None) -> list[dict[str, Any]]:
        """A page's records, each with its lines and payments if it is a document."""
        if not self.document:
            return [landed(_as_dict(item)) for item in page.items]
        rows = [_as_dict(row) for row in page.rows]
        missing = [i for i, row in enumerate(rows) if not _has_lines(row)]
        if missing and pool is not None:
            ids = [rows[i][self.spec.model_key]["id"] for i in missing]
            for position, view in zip(missing, pool.map(self._view, ids), strict=True):
                if view is not None:
                    rows[position] = view
        return [self._document(row) for row in rows]

    def _document(self, row: Mapping[str, Any]) -> dict[str, Any]:
        """A document as it lands: its fields flat (custom fields as ``custom_fields__*``
        columns), its lines and payments as lists of flat rows under stable names."""
        record = dict(row.get(self.spec.model_key) or {})
        lists: dict[str, list[Any]] = {}
        for key, value in row.items():
            if key.endswith("Item") and isinstance(value, list):
                lists["items"] = value
            elif "Payment" in key and isinstance(value, list):
                lists["payments"] = value
            elif key.endswith("CustomField") and isinstance(value, Mapping) and value:
                record["custom_fields"] = value
        document = landed(record, flat=True)
        for child, lines in lists.items():
            document[child] = [landed(_own_columns(line), flat=True) for line in lines]
        return document

    def _view(self, record_id: Any) -> dict[str, Any] | None:
        """One record as ``get`` reads it; None if it is not there (any more)."""
        try:
            return _as_dict(self.resource_api.get(record_id))
        except NotFoundError:
            return None

    def _from_view(self, view: Mapping[str, Any]) -> dict[str, Any]:
        if self.document:
            return self._document(view)
        return landed(view.get(self.spec.model_key) or {}) if self.v1 else landed(view)

    # Incremental reads.
    def _changed(
        self, start: dt.datetime, digests: Fingerprints, pool: ThreadPoolExecutor | None
    ) -> Generator[Batch, None, dt.datetime | None]:
        """The records changed since ``start``, a page at a time; returns the latest
        ``modified`` seen.
        Raises :class:`_Untrusted` when a returned row shows the filter was not applied."""
        query = where(field("modified").gte(start))
        listing: Any = (
            self.resource_api
            if self.changes == "own"
            else self.client.entity(self.facts.changes_through or "")
        )
        latest: dt.datetime | None = None
        try:
            for page in listing.dict_pages(limit=self.page_size, query=query):
                stamps = [self._checked(_as_dict(item), start) for item in page.items]
                latest = max([latest, *stamps] if latest else stamps, default=latest)
                if self.changes == "own":
                    records = self._page_records(page, pool)
                else:
                    records = self._reread([_as_dict(i)["id"] for i in page.items], digests, pool)
                batch = [r for r in records if DELETED_COLUMN in r or self._keep(r, digests)]
                if batch:
                    yield from self._loadable(batch)
                self._report()
        except DaftraError as exc:
            raise _Untrusted(f"the change listing failed ({exc})") from exc
        return latest

    def _checked(self, record: Mapping[str, Any], start: dt.datetime) -> dt.datetime:
        stamp = _modified(record)
        if stamp is None or stamp < start:
            raise _Untrusted(
                f"record {record.get('id')} was returned for changes since {start} but "
                f"its modified is {record.get('modified')!r}"
            )
        return stamp

    def _reread(
        self, ids: Sequence[Any], digests: Fingerprints, pool: ThreadPoolExecutor | None
    ) -> list[dict[str, Any]]:
        """The v1 records with these ids (ids of other kinds sharing the table are not
        found and skipped; a known record not found any more is deleted)."""
        assert pool is not None
        found: list[dict[str, Any]] = []
        for record_id, view in zip(ids, pool.map(self._view, ids), strict=True):
            if view is not None:
                found.append(self._from_view(view))
            elif digests.pop(self.keys.key(record_id)) is not None:
                found.append(self._tombstone(self.keys.key(record_id)))
        return found


def _has_lines(row: Mapping[str, Any]) -> bool:
    return any(key.endswith("Item") for key in row)


def _own_columns(line: Mapping[str, Any]) -> Mapping[str, Any]:
    """A document line without the related records a live single read nests in it (each
    line's ``Product``): a document lands the same from a list page and a single read."""
    return {
        key: value
        for key, value in line.items()
        if not (key[:1].isupper() and (value is None or isinstance(value, Mapping)))
    }


def _modified(record: Mapping[str, Any]) -> dt.datetime | None:
    value = when("modified", record.get("modified"))
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    return None


def _as_dict(model: Any) -> dict[str, Any]:
    """A record as a dict: listings are read as dicts already (``dict_pages``); a
    ``get`` answer is a generated model."""
    found = model.to_dict() if hasattr(model, "to_dict") else model
    return dict(found) if isinstance(found, Mapping) else {}


def _spec_of(name: str) -> ResourceSpec:
    """The spec of ``client.<name>`` (read from the client class: no client needed)."""
    slot = getattr(Daftra, name)
    spec: ResourceSpec = slot.spec or slot.sync_class.spec
    return spec
