"""A Daftra account in a database: a dlt source, loaded incrementally where that is safe.

>>> from daftra_facade.dlt import daftra_pipeline, daftra_source
>>> daftra_pipeline().run(daftra_source(client))      # ./daftra.duckdb

One dlt resource per listable resource of the client, named like the client's attribute
(``invoices``, ``clients``, ``brands``, ...), each read through the facade, so answers are
decoded, retried and paced as everywhere else. Every table is keyed by ``id`` and merged.
Documents (invoices, estimates, credit notes, refund receipts, purchase invoices and
refunds) carry their lines and payments as the child tables ``<resource>__items`` and
``<resource>__payments``; where a listing leaves them out they are read with ``get``,
several at a time.

How a run decides what to load (the state is dlt's, kept with the data):

- Every record's digest is kept, so a record read again unchanged is not loaded again:
  a second run with nothing changed loads no rows.
- A *full scan* reads every record; records of the last scan that are gone are deleted
  from the table (and their child rows with them). Resources without a trustworthy
  change filter are fully scanned on every run.
- Resources whose changes can be asked for by modification date are read *incrementally*
  after their first scan: v2 entities filter on their own ``modified`` column; invoices,
  estimates, credit notes, refund receipts, clients and products are found through the
  v2 ``invoice``/``client``/``product`` entities filtered the same way, then read one by
  one through v1. A window of :data:`LOOKBACK` before the last change seen is read again
  (a late commit is not missed; the digests keep it from loading twice). Incremental
  runs do not see deletions: pass ``full_scan=True`` now and then (``daftra sync
  --full-scan``) for that.
- Daftra ignores filters it does not apply (live evidence), so every row an incremental
  read returns is checked against the window: one outside it, or one without a
  ``modified`` value, means the filter was not applied; the resource then falls back to a
  full scan, with a warning. v1's ``created_from`` filters (invoices, clients) are not
  used: those records are edited after they are created.

dlt's anonymous usage telemetry is switched off when this module is imported, unless
``RUNTIME__DLTHUB_TELEMETRY`` is set in the environment (set it to ``true`` to share it).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import importlib.util
import json
import logging
import os
import re
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any, Literal

import attrs

# Off before dlt reads its configuration (it does so when a pipeline is made); an
# explicit setting in the environment wins.
TELEMETRY_VARIABLE = "RUNTIME__DLTHUB_TELEMETRY"
os.environ.setdefault(TELEMETRY_VARIABLE, "false")

import dlt  # noqa: E402
from dlt.extract.items import DataItemWithMeta  # noqa: E402
from dlt.sources import DltResource, DltSource  # noqa: E402

from .errors import DaftraError, NotFoundError  # noqa: E402
from .filters import field, where  # noqa: E402
from .resources.capabilities import DEFAULT_CONCURRENCY, Listable  # noqa: E402
from .resources.catalogue import Resources  # noqa: E402

if TYPE_CHECKING:
    from .client import Daftra

__all__ = [
    "DEFAULT_DATASET",
    "DELETED_COLUMN",
    "DOCUMENTS",
    "LOOKBACK",
    "SOURCE_NAME",
    "ResourceProgress",
    "daftra_pipeline",
    "daftra_source",
    "resource_names",
]

log = logging.getLogger(__name__)

SOURCE_NAME = "daftra"
# The schema the tables land in ("daftra" would clash with the catalog of daftra.duckdb).
DEFAULT_DATASET = "account"
# Set on the tombstone of a record gone from Daftra; dlt deletes such rows on merge.
DELETED_COLUMN = "deleted_in_daftra"
# How far before the last change seen an incremental read starts again.
LOOKBACK = dt.timedelta(minutes=10)
DEFAULT_PAGE_SIZE = 100
# Resources that cannot be listed without an argument of their own.
_NEEDS_ARGUMENTS = frozenset({"follow_up_actions"})
# Documents: their lines and payments become child tables.
DOCUMENTS = (
    "invoices",
    "estimates",
    "credit_notes",
    "refund_receipts",
    "purchase_invoices",
    "purchase_refunds",
)
# Listing parameters that make rows carry their lines (documented for invoices only).
_WITH_CHILDREN: Mapping[str, Mapping[str, Any]] = {"invoices": {"recursive": 1}}
# v1 resources whose changes are found through a v2 entity over the same records.
_CHANGES_THROUGH: Mapping[str, str] = {
    "invoices": "invoice",
    "estimates": "invoice",
    "credit_notes": "invoice",
    "refund_receipts": "invoice",
    "clients": "client",
    "products": "product",
}
# Field names holding dates or date-times (Daftra sends them as text).
_DATE_FIELD = re.compile(r"(^|_)(date|created|modified|deleted)($|_)|_at$|^last_login$")
_BOUNDED_LOADING = {"DATA_WRITER__FILE_MAX_ITEMS": "2000", "LOAD__WORKERS": "2"}
_ZERO_DATES = frozenset({"", "0000-00-00", "0000-00-00 00:00:00"})
# The scale of the DECIMAL columns dlt makes (DECIMAL(38, 9)).
_DECIMAL_PLACES = 9
_DECIMAL_STEP = Decimal(1).scaleb(-_DECIMAL_PLACES)


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
# What the source hands dlt at a time: a page's records, once marked with table hints.
Batch = list[dict[str, Any]] | DataItemWithMeta


class _Untrusted(Exception):
    """An incremental read whose filter cannot be trusted: fall back to a full scan."""


def resource_names() -> list[str]:
    """The resources the source can load: every listable ``client.<name>`` but those
    that need an argument to be listed (``follow_up_actions`` needs a record kind)."""
    return [
        name
        for name, attribute in vars(Resources).items()
        if isinstance(getattr(attribute, "sync_class", None), type)
        and issubclass(attribute.sync_class, Listable)
        and name not in _NEEDS_ARGUMENTS
    ]


def daftra_pipeline(
    destination: Any = "duckdb",
    *,
    dataset_name: str = DEFAULT_DATASET,
    pipeline_name: str = SOURCE_NAME,
    pipelines_dir: str | None = None,
    progress: Any = None,
) -> dlt.Pipeline:
    """A dlt pipeline for :func:`daftra_source`: DuckDB in ``<pipeline_name>.duckdb`` in
    the current folder unless another destination is given (a name such as
    ``"postgres"`` whose credentials dlt reads from its config or
    ``DESTINATION__POSTGRES__CREDENTIALS``, or a destination object such as
    ``dlt.destinations.postgres("postgresql://...")``)."""
    os.environ.setdefault(TELEMETRY_VARIABLE, "false")
    # Memory stays flat however large the account: DuckDB parses each load file whole, so
    # files are kept small and few are loaded at once (either can be set in the environment).
    for variable, value in _BOUNDED_LOADING.items():
        os.environ.setdefault(variable, value)
    if destination == "duckdb":
        # dlt would put the file in the folder of the pipeline's first run, remembered in
        # its saved state, even after that folder is gone: the file belongs where we run.
        destination = dlt.destinations.duckdb(os.path.abspath(f"{pipeline_name}.duckdb"))
    options: dict[str, Any] = {"pipelines_dir": pipelines_dir} if pipelines_dir else {}
    if progress is not None:
        options["progress"] = progress
    made: dlt.Pipeline = dlt.pipeline(
        pipeline_name=pipeline_name, destination=destination, dataset_name=dataset_name,
        **options,
    )
    _prefer_parquet(made)
    return made


def _prefer_parquet(pipeline: dlt.Pipeline) -> None:
    """Have DuckDB load Parquet files rather than INSERT statements, where pyarrow is
    installed and no file format was chosen for the destination.

    DuckDB parses an INSERT of literal values far more slowly than it reads a Parquet
    file (that parsing was half of a sync's CPU time), and reads Parquet without holding
    the whole file. Other destinations keep the format dlt prefers for them."""
    destination = pipeline.destination
    if destination is None or destination.destination_type != "dlt.destinations.duckdb":
        return
    if importlib.util.find_spec("pyarrow") is None:
        return
    destination.caps_params.setdefault("preferred_loader_file_format", "parquet")


def daftra_source(
    client: Daftra,
    resources: Iterable[str] | None = None,
    *,
    full_scan: bool = False,
    page_size: int = DEFAULT_PAGE_SIZE,
    concurrency: int = DEFAULT_CONCURRENCY,
    on_progress: OnProgress | None = None,
) -> DltSource:
    """The dlt source of a Daftra account: one resource per name in ``resources`` (all of
    :func:`resource_names` by default). ``full_scan`` reads every record even where
    changes could be asked for, which also finds records deleted since the last scan.
    ``concurrency`` bounds the ``get`` calls in flight for a page's details (the
    client's own ``max_concurrency`` applies as well). Raises :class:`ValueError` for a
    name that is not a loadable resource."""
    known = resource_names()
    chosen = list(known if resources is None else resources)
    unknown = [name for name in chosen if name not in known]
    if unknown:
        raise ValueError(
            f"not a resource the source can load: {', '.join(unknown)} "
            f"(known: {', '.join(known)})"
        )
    if page_size < 1 or concurrency < 1:
        raise ValueError("page_size and concurrency must be at least 1")
    readers = [
        _Reader(client, name, full_scan, page_size, concurrency, on_progress)
        for name in dict.fromkeys(chosen)
    ]
    built = [reader.resource() for reader in readers]

    @dlt.source(name=SOURCE_NAME, max_table_nesting=2, root_key=True)
    def daftra() -> list[DltResource]:
        return built

    source: DltSource = daftra()
    return source


# ---------------------------------------------------------------------------- records


def _when(name: str, value: object) -> object:
    """A date or date-time field's text as ``date``/``datetime``; empty and zero dates as
    None; text that reads as neither stays as it is."""
    if not isinstance(value, str) or not _dated(name):
        return value
    text = value.strip()
    if text in _ZERO_DATES:
        return None
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return value


def _scaled(value: Decimal) -> Decimal:
    """``value`` with at most :data:`_DECIMAL_PLACES` decimal places, as the column holds.

    dlt makes decimal columns DECIMAL(38, 9); an INSERT rounded longer fractions
    silently, while a Parquet file refuses them and fails the load. Daftra's amounts
    have four places, so this only ever touches rates and quantities computed by
    division."""
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -_DECIMAL_PLACES:
        return value.quantize(_DECIMAL_STEP, rounding=ROUND_HALF_UP)
    return value


@functools.lru_cache(maxsize=4096)
def _dated(name: str) -> bool:
    """Whether a field of this name holds a date (asked once per name, not per value)."""
    return _DATE_FIELD.search(name) is not None


def _clean(record: Mapping[str, Any]) -> dict[str, Any]:
    """A record as it should land: dates typed, decimals scaled to their column, nested
    records cleaned the same way."""
    cleaned: dict[str, Any] = {}
    # Exact type checks first: this runs for every field of every row of a sync.
    for name, value in record.items():
        kind = type(value)
        if kind is str:
            cleaned[name] = _when(name, value) if _dated(name) else value
        elif kind is Decimal:
            cleaned[name] = _scaled(value)
        elif kind is dict or isinstance(value, Mapping):
            cleaned[name] = _clean(value)
        elif kind is list:
            cleaned[name] = [
                _clean(v) if type(v) is dict or isinstance(v, Mapping) else v for v in value
            ]
        else:
            cleaned[name] = value
    return cleaned


def _children(row: Mapping[str, Any]) -> dict[str, Any]:
    """A document row's lines, payments and custom fields, under stable names."""
    found: dict[str, Any] = {}
    for key, value in row.items():
        if key.endswith("Item") and isinstance(value, list):
            found["items"] = value
        elif "Payment" in key and isinstance(value, list):
            found["payments"] = value
        elif key.endswith("CustomField") and isinstance(value, Mapping) and value:
            found["custom_fields"] = dict(value)
    return found


def _has_lines(row: Mapping[str, Any]) -> bool:
    return any(key.endswith("Item") for key in row)


def _digest(record: Mapping[str, Any]) -> int:
    """A short fingerprint of a record's content, to tell an unchanged one.

    Keys are sorted: a record read from a listing keeps the order its answer had, one
    read with ``get`` the order of its model, and the two must agree."""
    return int.from_bytes(hashlib.blake2b(_canonical(record), digest_size=7).digest(), "big")


def _canonical_json(record: Mapping[str, Any]) -> bytes:
    return json.dumps(record, default=str, separators=(",", ":"), sort_keys=True).encode()


try:  # dlt depends on orjson (but on PyPy): several times faster for the same purpose
    import orjson

    _ORJSON_OPTIONS = orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS

    def _canonical(record: Mapping[str, Any]) -> bytes:
        return orjson.dumps(record, default=str, option=_ORJSON_OPTIONS)
except ImportError:  # pragma: no cover
    _canonical = _canonical_json


def _modified(record: Mapping[str, Any]) -> dt.datetime | None:
    value = _when("modified", record.get("modified"))
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


# ---------------------------------------------------------------------------- reading


class _Reader:
    """Reads one resource for dlt: a full scan, or the changes since the last run."""

    def __init__(
        self,
        client: Daftra,
        name: str,
        full_scan: bool,
        page_size: int,
        concurrency: int,
        on_progress: OnProgress | None,
    ) -> None:
        self.client = client
        self.name = name
        self.resource_api: Any = getattr(client, name)
        self.spec = self.resource_api.spec
        self.v1 = self.spec.pages.kind == "v1"
        self.document = name in DOCUMENTS
        self.full_scan = full_scan
        self.page_size = page_size
        self.concurrency = concurrency
        self.on_progress = on_progress
        self.changes: Literal["own", "entity"] | None = (
            "own" if not self.v1 else "entity" if name in _CHANGES_THROUGH else None
        )
        self.read = self.changed = self.deleted = 0
        self.mode = "full scan"

    def resource(self) -> DltResource:
        columns: dict[str, Any] = {
            "id": {"data_type": "bigint", "nullable": False},
            DELETED_COLUMN: {"data_type": "bool", "hard_delete": True},
        }
        def records() -> Iterator[Batch]:
            yield from self.records()  # dlt takes a function, not a bound method

        built: DltResource = dlt.resource(
            records,
            name=self.name,
            primary_key="id",
            write_disposition={"disposition": "merge", "strategy": "delete-insert"},
            columns=columns,
        )
        return built

    def records(self) -> Iterator[Batch]:
        """What dlt loads, in batches: new and changed records, then tombstones of
        deleted ones."""
        state = dlt.current.resource_state()
        digests: dict[str, int] = state.setdefault("digests", {})
        since = None if self.full_scan else state.get("changes_since")
        with self._pool() as pool:
            if since is not None and self.changes is not None:
                start = dt.datetime.fromisoformat(since) - LOOKBACK
                self.mode = f"changes since {start:%Y-%m-%d %H:%M:%S}"
                try:
                    latest = yield from self._changed(start, digests, pool)
                except _Untrusted as why:
                    log.warning("%s: %s; reading every record instead", self.name, why)
                    self.mode = "full scan (the change filter was not applied)"
                else:
                    if latest is not None:
                        state["changes_since"] = max(since, latest.isoformat())
                    self._report(finished=True)
                    return
            latest = yield from self._scan(digests, state, pool)
        if self.changes is not None and latest is not None:
            state["changes_since"] = latest.isoformat()
        else:
            state.pop("changes_since", None)
        self._report(finished=True)

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

    def _keep(self, record: dict[str, Any], digests: dict[str, int]) -> bool:
        """Whether ``record`` is new or changed (and remember it as seen)."""
        key, digest = str(record["id"]), _digest(record)
        self.read += 1
        if digests.get(key) == digest:
            return False
        digests[key] = digest
        self.changed += 1
        return True

    def _tombstone(self, key: str) -> dict[str, Any]:
        self.deleted += 1
        return {"id": int(key), DELETED_COLUMN: True}

    # Full scans.
    def _scan(
        self, digests: dict[str, int], state: dict[str, Any], pool: ThreadPoolExecutor | None
    ) -> Generator[Batch, None, dt.datetime | None]:
        """Every record, a page's new and changed ones at a time (dlt takes a list as a
        batch, far cheaper than one item at a time); records of the previous scan not
        seen now are deleted. Returns the latest ``modified`` seen, or None if some
        record has none."""
        seen: dict[str, int] = {}
        latest: dt.datetime | None = None
        dated = True
        first_load = not digests
        arguments = dict(_WITH_CHILDREN.get(self.name, {}))
        for page in self.resource_api.dict_pages(limit=self.page_size, **arguments):
            batch: list[dict[str, Any]] = []
            for record in self._page_records(page, pool):
                key = str(record["id"])
                if key in seen:  # listed twice (Daftra's default order is arbitrary)
                    continue
                self.read += 1
                # What is left in ``digests`` after the scan was not seen: deleted.
                seen[key] = digest = _digest(record)
                if digests.pop(key, None) != digest:
                    self.changed += 1
                    batch.append(record)
                stamp = _modified(record)
                if stamp is None:
                    dated = False
                elif latest is None or stamp > latest:
                    latest = stamp
            if batch:
                if first_load:
                    # Nothing loaded before: the tables become what this scan read, with
                    # no merge (whose single transaction grows with the account in DuckDB).
                    replace = dlt.mark.make_hints(write_disposition="replace")
                    yield dlt.mark.with_hints(batch, replace)
                    first_load = False
                else:
                    yield batch
            self._report()
        if digests:
            yield [self._tombstone(key) for key in list(digests)]
        state["digests"] = seen
        return latest if dated else None

    def _page_records(self, page: Any, pool: ThreadPoolExecutor | None) -> list[dict[str, Any]]:
        """A page's records, each with its lines and payments if it is a document."""
        if not self.document:
            return [_clean(_as_dict(item)) for item in page.items]
        rows = [_as_dict(row) for row in page.rows]
        missing = [i for i, row in enumerate(rows) if not _has_lines(row)]
        if missing and pool is not None:
            ids = [rows[i][self.spec.model_key]["id"] for i in missing]
            for position, view in zip(missing, pool.map(self._view, ids), strict=True):
                if view is not None:
                    rows[position] = view
        return [self._document(row) for row in rows]

    def _document(self, row: Mapping[str, Any]) -> dict[str, Any]:
        header = dict(row.get(self.spec.model_key) or {})
        return _clean({**header, **_children(row)})

    def _view(self, record_id: int) -> dict[str, Any] | None:
        """One record as ``get`` reads it; None if it is not there (any more)."""
        try:
            return _as_dict(self.resource_api.get(record_id))
        except NotFoundError:
            return None

    def _from_view(self, view: Mapping[str, Any]) -> dict[str, Any]:
        if self.document:
            return self._document(view)
        return _clean(view.get(self.spec.model_key) or {}) if self.v1 else _clean(view)

    # Incremental reads.
    def _changed(
        self, start: dt.datetime, digests: dict[str, int], pool: ThreadPoolExecutor | None
    ) -> Generator[Batch, None, dt.datetime | None]:
        """The records changed since ``start``, a page at a time; returns the latest
        ``modified`` seen.
        Raises :class:`_Untrusted` when a returned row shows the filter was not applied."""
        query = where(field("modified").gte(start))
        listing: Any = (
            self.resource_api
            if self.changes == "own"
            else self.client.entity(_CHANGES_THROUGH[self.name])
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
                    yield batch
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
        self, ids: Sequence[int], digests: dict[str, int], pool: ThreadPoolExecutor | None
    ) -> list[dict[str, Any]]:
        """The v1 records with these ids (ids of other kinds sharing the table are not
        found and skipped; a known record not found any more is deleted)."""
        assert pool is not None
        found: list[dict[str, Any]] = []
        for record_id, view in zip(ids, pool.map(self._view, ids), strict=True):
            if view is not None:
                found.append(self._from_view(view))
            elif digests.pop(str(record_id), None) is not None:
                found.append(self._tombstone(str(record_id)))
        return found
