"""A Daftra account in a database: a dlt source, loaded incrementally where that is safe.

>>> from daftra_facade.dlt import daftra_pipeline, daftra_source
>>> daftra_pipeline().run(daftra_source(client))      # ./daftra.duckdb

One dlt resource per listable resource of the client, named like the client's attribute
(``invoices``, ``clients``, ``brands``, ...), each read through the facade, so answers are
decoded, retried and paced as everywhere else. Every table is keyed by ``id`` and merged;
ids are typed as the spec types the resource's (:class:`_Keys`: BIGINT, or TEXT where
the spec makes them strings), and a table made under the other type is refused
(:class:`IdTypeChangedError`) until it is loaded afresh.
Documents (invoices, estimates, credit notes, refund receipts, purchase invoices and
refunds) carry their lines and payments as the tables ``<resource>__items`` and
``<resource>__payments``, each row tied to its document by ``document_id`` (and its place
in the document's list by ``position``); where a listing leaves them out they are read
with ``get``, several at a time. Documents reach dlt as Arrow tables (custom fields as
``custom_fields__<name>`` columns, any list inside a document as JSON text), so dlt has
no rows to normalise one by one.

How a run decides what to load (the state is dlt's, kept with the data):

- Every record's digest is kept (in a file of the pipeline's working folder that dlt's
  state names; without it a run loads every record again), so a record read again
  unchanged is not loaded again: a second run with nothing changed loads no rows.
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

Interrupted loads (a kill -9 at any moment) never leave a record twice:

- dlt loads a file at least once: one committed in the database just before a kill,
  before dlt noted it done, is loaded again when the next run finishes the package. A
  merge (later loads) stages its files, and :func:`daftra_pipeline` has the merges of a
  package that began loading earlier drop twins from their staged rows (dlt's search for
  twins, skipped otherwise for speed and memory); merging the same staged rows again
  changes nothing. A first load replaces its tables file by file (one transaction a file,
  so memory stays flat), so a file loaded twice leaves twins there, for the next step:
- Each run first compares the digests with the tables (:class:`_Loaded`): a key on
  several rows (``id``; ``document_id`` and ``position`` in child tables), a digest of a
  record missing from its table (a load that never committed), lines of a document that
  is not there, or an id without a digest (a state older than the data) makes the
  resource read in full, those records loaded again (a merge deletes every row of their
  key) and ids no longer on the server deleted, with a warning. The database is the
  truth; the digests only save work.
- dlt saves its state (which names the digests' file) only after the package is
  committed, and a digests file is written under a temporary name and renamed; a file
  no state names is removed by the next run. ``daftra sync`` finishes a package left
  unfinished and then reads the account again (dlt's ``run`` stops after finishing it),
  so one command both finishes and repairs.

dlt's anonymous usage telemetry is switched off when this module is imported, unless
``RUNTIME__DLTHUB_TELEMETRY`` is set in the environment (set it to ``true`` to share it).
"""

from __future__ import annotations

import base64
import bisect
import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import sys
import uuid
from array import array
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

import attrs
import pyarrow as pa
import pyarrow.compute as pc

# Off before dlt reads its configuration (it does so when a pipeline is made); an
# explicit setting in the environment wins.
TELEMETRY_VARIABLE = "RUNTIME__DLTHUB_TELEMETRY"
os.environ.setdefault(TELEMETRY_VARIABLE, "false")

import dlt  # noqa: E402
from dlt.common.configuration.container import Container  # noqa: E402
from dlt.common.pipeline import PipelineContext  # noqa: E402
from dlt.extract.items import DataItemWithMeta  # noqa: E402
from dlt.sources import DltResource, DltSource  # noqa: E402

from .errors import DaftraError, NotFoundError  # noqa: E402
from .filters import field, where  # noqa: E402
from .landing import arrow_table, landed, when  # noqa: E402
from .resources.capabilities import DEFAULT_CONCURRENCY, Listable  # noqa: E402
from .resources.catalogue import Resources  # noqa: E402
from .wire.decoding import rows_node  # noqa: E402

if TYPE_CHECKING:
    from .client import Daftra
    from .resources.specs import ResourceSpec

__all__ = [
    "DEFAULT_DATASET",
    "DELETED_COLUMN",
    "DOCUMENTS",
    "DOCUMENT_COLUMN",
    "LOOKBACK",
    "POSITION_COLUMN",
    "SOURCE_NAME",
    "IdTypeChangedError",
    "ResourceProgress",
    "daftra_pipeline",
    "daftra_source",
    "duckdb_destination",
    "resource_names",
]

log = logging.getLogger(__name__)

SOURCE_NAME = "daftra"
# The schema the tables land in ("daftra" would clash with the catalog of daftra.duckdb).
DEFAULT_DATASET = "account"
# Set on the tombstone of a record gone from Daftra; dlt deletes such rows on merge.
DELETED_COLUMN = "deleted_in_daftra"
# What ties a document's line or payment to the document, and its place in the list.
DOCUMENT_COLUMN = "document_id"
POSITION_COLUMN = "position"
# The resource state key of the digests of the records loaded (see _Fingerprints).
FINGERPRINTS = "fingerprints"
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
# A run hands dlt each record once, so dlt need not sort the staged rows to drop twins
# (a window over every changed row, the costliest step of a large merge, and its memory).
# Only a package whose loading was interrupted can hold twins (dlt loads a file at least
# once: one committed just before a kill -9 is loaded again); daftra_pipeline has the
# merges of such a package deduplicate (_deduplicate_resumed).
_MERGE: Any = {"disposition": "merge", "strategy": "delete-insert", "deduplicated": True}
# The table hint that says so, in a load package's schema.
_DEDUPLICATED_HINT = "x-stage-data-deduplicated"
# A line's key with ``document_id``; a tombstone (all of a document's rows) has none.
_POSITION: Any = {POSITION_COLUMN: {"data_type": "bigint", "nullable": True}}
# A child row's key: a resumed package's staged rows are deduplicated on it, while a
# document's rows are replaced as a whole (merged on ``document_id``).
_CHILD_KEY = [DOCUMENT_COLUMN, POSITION_COLUMN]
# The tombstone column, declared on merges only: a first load replaces its tables and has
# no tombstones (dlt warns of a deleting column on a table it replaces).
_DELETED: Any = {DELETED_COLUMN: {"data_type": "bool", "hard_delete": True}}
_BOUNDED_LOADING = {"DATA_WRITER__FILE_MAX_ITEMS": "2000", "LOAD__WORKERS": "1"}
# A document's lists that become child tables ``<resource>__<name>``.
_CHILD_TABLES = ("items", "payments")


@attrs.frozen
class _Keys:
    """How a resource's record ids are kept, as the spec types them (:meth:`of`): 64-bit
    integers in arrays (and a bitmap of those a scan has seen), or text in lists (and a
    set). Its ``id`` column, and its child tables' ``document_id``, are BIGINT or TEXT."""

    text: bool = False

    @classmethod
    def of(cls, spec: ResourceSpec) -> _Keys:
        """The keys of the resource ``spec`` lists: text where the spec's record ``id``
        takes text and no number (an id documented as a number or as numeric text, as
        v1 often is, is a number)."""
        row = rows_node(spec.list, spec.pages.rows_path) if spec.list else None
        record = row.member(spec.model_key) if row is not None and spec.pages.kind == "v1" else row
        node = record.member("id") if record is not None else None
        if node is None:
            return cls()
        kinds = {option.kind for option in node.options} or {node.kind}
        return cls(text="string" in kinds and not kinds & {"integer", "number"})

    @property
    def key(self) -> Callable[[Any], Any]:
        """What makes a record's ``id`` a key: ``int`` itself (no cost added to a scan of
        integer ids), or ``str``."""
        return str if self.text else int

    @property
    def arrow_type(self) -> pa.DataType:
        return pa.string() if self.text else pa.int64()

    def column(self, *, nullable: bool = False) -> dict[str, Any]:
        """The hint of a column of these ids."""
        return {"data_type": "text" if self.text else "bigint", "nullable": nullable}

    def run(self) -> Any:
        """An empty run of ids to append to: an ``array`` of 64-bit integers, or a list."""
        return [] if self.text else array("q")

    def seen(self) -> _SeenIds | _SeenTexts:
        """What remembers the ids a scan has read."""
        return _SeenTexts() if self.text else _SeenIds()

    def arrow(self, ids: Any) -> Any:
        """A run of these ids as an Arrow array (over the memory of an integer run: it
        cannot grow while the array is alive)."""
        return pa.array(ids, pa.string()) if self.text else _int64_view(ids)

    def no_ids(self) -> Any:
        return pa.array([], self.arrow_type)


_INTEGER_KEYS = _Keys()


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
# What the source hands dlt at a time: a page's records (a list of dicts, or Arrow tables
# for documents), possibly marked with table hints.
Batch = list[dict[str, Any]] | DataItemWithMeta | Any


class _Fingerprints:
    """The digest of every record loaded, by id, kept between runs.

    Held as two arrays of 64-bit integers sorted by id (16 bytes a record, where a dict
    of texts took over a hundred); where the spec makes a resource's ids text (``keys``),
    its ids are a sorted list of texts instead. Saved in a file of the pipeline's working
    folder, which dlt's state names (:meth:`load`, :meth:`store`): dlt copies and hashes
    its whole state for every file it loads, so state that grew with the account made a
    sync's memory grow too. An incremental read's changes are held beside them until
    saved."""

    def __init__(
        self,
        ids: Any = None,
        digests: array[int] | None = None,
        keys: _Keys = _INTEGER_KEYS,
    ) -> None:
        self.keys = keys
        self.ids: Any = ids if ids is not None else keys.run()  # an array, or a list
        self.digests = digests if digests is not None else array("q")
        self.changes: dict[Any, int | None] = {}  # None: removed

    @classmethod
    def load(
        cls, state: dict[str, Any], resource: str, keys: _Keys = _INTEGER_KEYS
    ) -> _Fingerprints:
        """The fingerprints the last run stored for ``resource`` (none if its file is gone,
        or if they were kept for ids of another type, so that every record is loaded
        again); older files of the resource are removed."""
        saved = state.get(FINGERPRINTS)
        folder = _fingerprint_folder()
        if folder is not None and os.path.isdir(folder):
            current = saved.get("file") if isinstance(saved, Mapping) else None
            for name in os.listdir(folder):  # left by runs whose state was not kept
                if name.startswith(f"{resource}.") and name != current:
                    os.remove(os.path.join(folder, name))
        text = isinstance(saved, Mapping) and saved.get(_TEXT_IDS) is True
        if text != keys.text:  # the spec changed the type of the ids: none can be trusted
            return cls(keys=keys)
        if isinstance(saved, Mapping) and "file" in saved:
            if folder is None or not os.path.exists(os.path.join(folder, saved["file"])):
                return cls(keys=keys)
            with open(os.path.join(folder, saved["file"]), "rb") as stored:
                return cls.unpacked(stored.read(), keys)
        return cls.restored(saved.get("packed") if isinstance(saved, Mapping) else saved, keys)

    def store(self, state: dict[str, Any], resource: str) -> None:
        """Save these fingerprints (merged with their changes) for the next run."""
        ids, digests = self.parts()
        self.save(state, resource, [ids], [digests], self.keys)

    @staticmethod
    def save(
        state: dict[str, Any],
        resource: str,
        ids: Sequence[Any],
        digests: Sequence[array[int]],
        keys: _Keys = _INTEGER_KEYS,
    ) -> None:
        """Save fingerprints given as runs of ids and of their digests, in any order (the
        next run sorts them as it reads them, when a sync has not yet taken its memory):
        in a new file named in ``state``, or in ``state`` itself when no pipeline is
        running. The file of the last run stays until this run's state is kept (a failed
        run keeps the old state, which must still find its file). Text ids are marked so
        in ``state``."""
        parts = _packed_parts(ids, digests, keys)
        marks = {_TEXT_IDS: True} if keys.text else {}
        folder = _fingerprint_folder()
        if folder is None:
            packed = base64.b64encode(b"".join(parts)).decode()
            state[FINGERPRINTS] = {"packed": packed, **marks} if marks else packed
            return
        os.makedirs(folder, exist_ok=True)
        name = f"{resource}.{uuid.uuid4().hex}.bin"
        with open(os.path.join(folder, name + ".part"), "wb") as stored:
            for part in parts:
                stored.write(part)
        os.replace(os.path.join(folder, name + ".part"), os.path.join(folder, name))
        state[FINGERPRINTS] = {"file": name, **marks}

    @classmethod
    def restored(cls, saved: object, keys: _Keys = _INTEGER_KEYS) -> _Fingerprints:
        """Fingerprints kept in the state itself (as base64 text, when no pipeline ran)."""
        if isinstance(saved, str) and saved:
            return cls.unpacked(base64.b64decode(saved), keys)
        return cls(keys=keys)

    @classmethod
    def unpacked(cls, packed: bytes, keys: _Keys = _INTEGER_KEYS) -> _Fingerprints:
        """Fingerprints from the bytes :meth:`save` wrote: every id, then every digest in
        the same order, each a little-endian 64-bit integer. Text ids: how many there
        are, every digest, then the ids as a JSON list."""
        digests = array("q")
        if keys.text:
            count = int.from_bytes(packed[:8], "little")
            digests.frombytes(packed[8 : 8 + 8 * count])
            texts = pa.array(json.loads(packed[8 + 8 * count :] or b"[]"), pa.string())
            return cls.of(texts, _int64_view(_little_endian(digests)))
        half = len(packed) // 2
        ids = array("q")
        ids.frombytes(packed[:half])
        digests.frombytes(packed[half:])
        return cls.of(*(_int64_view(_little_endian(part)) for part in (ids, digests)))

    @classmethod
    def of(cls, keys: Any, values: Any) -> _Fingerprints:
        """Fingerprints of ids (Arrow int64, or text) and their digests (Arrow int64),
        in any order (sorted by Arrow, with no Python object per integer record)."""
        kind = _Keys(text=pa.types.is_string(keys.type))
        if len(keys) == 0:
            return cls(keys=kind)
        order = pc.sort_indices(keys)
        ids = pc.take(keys, order)
        ids = ids.to_pylist() if kind.text else _int64s(ids)
        return cls(ids, _int64s(pc.take(values, order)), kind)

    def __bool__(self) -> bool:
        return bool(self.ids) or any(d is not None for d in self.changes.values())

    def get(self, key: Any) -> int | None:
        if key in self.changes:
            return self.changes[key]
        place = bisect.bisect_left(self.ids, key)
        if place < len(self.ids) and self.ids[place] == key:
            return self.digests[place]
        return None

    def put(self, key: Any, digest: int) -> None:
        self.changes[key] = digest

    def pop(self, key: Any) -> int | None:
        """Forget ``key``; its digest, or None if it was not known."""
        found = self.get(key)
        if found is not None:
            self.changes[key] = None
        return found

    def merged(self) -> _Fingerprints:
        """The same fingerprints with the changes made since restored merged in."""
        if not self.changes:
            return self
        ids, digests = self.keys.run(), array("q")
        for key, digest in zip(self.ids, self.digests, strict=True):
            if key not in self.changes:
                ids.append(key)
                digests.append(digest)
        for key, changed in self.changes.items():
            if changed is not None:
                ids.append(key)
                digests.append(changed)
        return _Fingerprints.of(self.keys.arrow(ids), _int64_view(digests))

    def packed(self) -> bytes:
        """The fingerprints, their changes merged, as :meth:`save` writes them."""
        ids, digests = self.parts()
        return b"".join(_packed_parts([ids], [digests], self.keys))

    def parts(self) -> tuple[Any, array[int]]:
        """The ids and their digests, the changes made since restored merged in."""
        merged = self.merged()
        return merged.ids, merged.digests


# In the state of a resource whose fingerprints are kept under text ids.
_TEXT_IDS = "text_ids"


def _packed_parts(
    ids: Sequence[Any], digests: Sequence[array[int]], keys: _Keys
) -> list[bytes | array[int]]:
    """What :meth:`_Fingerprints.save` writes (see :meth:`_Fingerprints.unpacked`)."""
    if not keys.text:
        return [_little_endian(part) for part in (*ids, *digests)]
    count = sum(len(part) for part in digests)
    texts = json.dumps([key for part in ids for key in part], ensure_ascii=False)
    return [
        count.to_bytes(8, "little"),
        *(_little_endian(part) for part in digests),
        texts.encode(),
    ]


def _little_endian(values: array[int]) -> array[int]:
    """``values`` in little-endian order, as fingerprints are stored (to move between
    machines), or back; not copied where the machine is little-endian."""
    if sys.byteorder == "little":
        return values
    swapped = array("q", values)
    swapped.byteswap()
    return swapped


def _fingerprint_folder() -> str | None:
    """Where fingerprints are stored: in the working folder of the pipeline running (which
    dlt wipes with the pipeline's state); None when none is."""
    context = Container()[PipelineContext]
    if not context.is_active():
        return None
    return os.path.join(context.pipeline().working_dir, "daftra_fingerprints")


def _int64_view(values: array[int]) -> Any:
    """An Arrow int64 array over the memory of ``values`` (no copy): ``values`` cannot
    grow while it is alive."""
    return pa.Array.from_buffers(pa.int64(), len(values), [None, pa.py_buffer(values)])


class _SeenIds:
    """The ids a scan has read: a bit per id below :attr:`DENSE`, a set for the rest.

    Daftra's ids count up from 1, so a bitmap holds a whole account's in a few kilobytes
    and grows in place. Hash sets rebuilt or grown per page made a large scan's memory
    churn and fragment, and a Python set costs some 60 bytes an id."""

    DENSE = 1 << 26  # 8 MiB of bits at most

    def __init__(self) -> None:
        self.bits = bytearray()
        self.others: set[int] = set()

    def add(self, key: int) -> bool:
        """Remember ``key``; whether it was new."""
        if not 0 <= key < self.DENSE:
            if key in self.others:
                return False
            self.others.add(key)
            return True
        byte, bit = key >> 3, 1 << (key & 7)
        if byte >= len(self.bits):
            # Room for twice the ids seen so far, so the bitmap grows a few times only.
            self.bits.extend(bytes(max(byte + 1, 2 * len(self.bits)) - len(self.bits)))
        elif self.bits[byte] & bit:
            return False
        self.bits[byte] |= bit
        return True

    def __contains__(self, key: int) -> bool:
        if not 0 <= key < self.DENSE:
            return key in self.others
        byte = key >> 3
        return byte < len(self.bits) and bool(self.bits[byte] & (1 << (key & 7)))


class _SeenTexts:
    """The text ids a scan has read (where the spec makes a resource's ids text)."""

    def __init__(self) -> None:
        self.keys: set[str] = set()

    def add(self, key: str) -> bool:
        """Remember ``key``; whether it was new."""
        if key in self.keys:
            return False
        self.keys.add(key)
        return True

    def __contains__(self, key: object) -> bool:
        return key in self.keys


def _int64s(column: Any) -> array[int]:
    """An Arrow int64 array's values as a Python ``array``, copied from its buffer."""
    found = array("q")
    start = column.offset * 8
    found.frombytes(memoryview(column.buffers()[1])[start : start + len(column) * 8])
    return found


class IdTypeChangedError(ValueError):
    """A resource's table was loaded with ids of another type than the spec now gives."""


class _Untrusted(Exception):
    """An incremental read whose filter cannot be trusted: fall back to a full scan."""


# ---------------------------------------------------------------------------- what is loaded


@attrs.frozen
class _Loaded:
    """What the destination's tables hold for a resource, read as a run starts.

    ``ids``: the ids in its table. ``damaged``: ids whose rows are not one a record (an id
    on several rows, a document with a line or payment twice), which only a load of the
    record again repairs: its merge deletes every row of its key. ``orphans``: documents
    with lines or payments but no row of their own. Each an Arrow array of the ids' type
    (int64, or text)."""

    ids: Any
    damaged: Any
    orphans: Any

    def reconciled(self, digests: _Fingerprints) -> tuple[_Fingerprints, Any, int]:
        """The fingerprints to trust, the ids in the tables they do not know (to delete if
        a scan does not find them), and how many records must be loaded again.

        The database is the truth: a fingerprint of an id missing from the table (a load
        that never committed), or of a damaged record, is dropped so that its record is
        loaded again; an id in the table with no fingerprint (a state older than the
        data, after a kill) is read again by a full scan, and deleted if gone."""
        known = digests.merged()
        known_ids = known.keys.arrow(known.ids)
        trusted = pc.and_(
            pc.is_in(known_ids, value_set=self.ids),
            pc.invert(pc.is_in(known_ids, value_set=self.damaged)),
        )
        dropped = len(known_ids) - pc.sum(trusted.cast(pa.int64())).as_py() if known else 0
        if dropped:
            known = _Fingerprints.of(
                pc.filter(known_ids, trusted), pc.filter(_int64_view(known.digests), trusted)
            )
            known_ids = known.keys.arrow(known.ids)
        unknown = pa.concat_arrays(
            [
                pc.filter(self.ids, pc.invert(pc.is_in(self.ids, value_set=known_ids))),
                self.orphans,
            ]
        )
        return known, unknown, dropped + len(unknown)


def _loaded(name: str, document: bool, keys: _Keys = _INTEGER_KEYS) -> _Loaded | None:
    """What the destination of the running pipeline holds for resource ``name``; None
    where it cannot be asked (no pipeline running, a destination not queried by SQL)."""
    context = Container()[PipelineContext]
    if not context.is_active():
        return None
    pipeline: Any = context.pipeline()
    schema = _extracted_schema()
    if schema is None and pipeline.default_schema_name:
        schema = pipeline.default_schema
    if schema is None or name not in schema.tables:
        # This pipeline never made the table (its schema, restored from the destination
        # too, would name it), or this run drops it (a refresh): nothing to check, and
        # the destination is not opened.
        return _Loaded(keys.no_ids(), keys.no_ids(), keys.no_ids())
    try:
        client = pipeline.sql_client()
    except Exception as exc:  # no destination yet, or one without SQL
        log.debug("%s: the destination's tables are not checked (%s)", name, exc)
        return None
    with client:
        table = client.make_qualified_table_name(name)
        ids = _ids(client, f"SELECT DISTINCT id FROM {table}", keys)
        if ids is None:  # no table yet
            return _Loaded(keys.no_ids(), keys.no_ids(), keys.no_ids())
        damaged = [_ids(client, f"SELECT id FROM {table} GROUP BY id HAVING COUNT(*) > 1", keys)]
        orphans = []
        for child in _CHILD_TABLES if document else ():
            lines = client.make_qualified_table_name(f"{name}__{child}")
            document_id, position = DOCUMENT_COLUMN, POSITION_COLUMN
            damaged.append(
                _ids(
                    client,
                    f"SELECT DISTINCT {document_id} FROM {lines} "
                    f"GROUP BY {document_id}, {position} HAVING COUNT(*) > 1",
                    keys,
                )
            )
            orphans.append(
                _ids(
                    client,
                    f"SELECT DISTINCT {document_id} FROM {lines} AS c "
                    f"WHERE NOT EXISTS (SELECT 1 FROM {table} AS d "
                    f"WHERE d.id = c.{document_id})",
                    keys,
                )
            )
    return _Loaded(
        ids,
        pa.concat_arrays([found for found in damaged if found is not None] or [keys.no_ids()]),
        pa.concat_arrays([found for found in orphans if found is not None] or [keys.no_ids()]),
    )


def _extracted_schema() -> Any:
    """The schema a pipeline is extracting into (the pipeline's, less the tables a
    refresh drops); None outside an extraction."""
    try:
        return dlt.current.source_schema()
    except Exception:  # not extracted by a pipeline
        return None


def _ids(client: Any, query: str, keys: _Keys = _INTEGER_KEYS) -> Any:
    """The ids a query selects (its first column) as an Arrow array of the ids' type,
    fetched in chunks; None if its table does not exist."""
    from dlt.destinations.exceptions import DatabaseUndefinedRelation

    chunks = []
    try:
        with client.execute_query(query) as cursor:
            while rows := cursor.fetchmany(10_000):
                values = [row[0] for row in rows]
                # Text keys read numbers as text too: a table loaded before the spec made
                # the ids text still holds numbers.
                chunks.append(
                    pa.array(list(map(str, values)) if keys.text else values, keys.arrow_type)
                )
    except DatabaseUndefinedRelation:
        return None
    return pa.concat_arrays(chunks) if chunks else keys.no_ids()


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
    the current folder (or the ``.duckdb`` file named, see :func:`duckdb_destination`)
    unless another destination is given (a name such as
    ``"postgres"`` whose credentials dlt reads from its config or
    ``DESTINATION__POSTGRES__CREDENTIALS``, or a destination object such as
    ``dlt.destinations.postgres("postgresql://...")``)."""
    os.environ.setdefault(TELEMETRY_VARIABLE, "false")
    # Memory stays low however large the account: load files are kept small and loaded one
    # at a time. Set for this pipeline only (dlt reads settings under the pipeline's name
    # first), so that other dlt pipelines of the process keep theirs; a setting in the
    # environment, for all pipelines or for this one, wins.
    for variable, value in _BOUNDED_LOADING.items():
        if variable not in os.environ:
            os.environ.setdefault(f"{pipeline_name.upper()}__{variable}", value)
    if destination == "duckdb":
        destination = duckdb_destination(f"{pipeline_name}.duckdb")
    elif isinstance(destination, str) and destination.endswith(".duckdb"):
        destination = duckdb_destination(destination)
    options: dict[str, Any] = {"pipelines_dir": pipelines_dir} if pipelines_dir else {}
    if progress is not None:
        options["progress"] = progress
    made: dlt.Pipeline = dlt.pipeline(
        pipeline_name=pipeline_name,
        destination=destination,
        dataset_name=dataset_name,
        **options,
    )
    _prefer_parquet(made)
    _deduplicate_resumed(made)
    return made


def _deduplicate_resumed(pipeline: dlt.Pipeline) -> None:
    """Have the merges of load packages that began loading earlier (a run killed, or
    stopped by an error, while it loaded) drop twins from their staged rows.

    dlt loads a file at least once: one committed in the database just before a kill,
    before dlt noted it done, is loaded again when the package is finished. The staged
    rows of a merge then hold that file twice, and the merges of this source skip dlt's
    search for twins (see :data:`_MERGE`): the hint is taken out of the package's saved
    schema (written anew, atomically), which dlt reads as it finishes the package. A
    replaced table (a first load) takes its files directly, twins too: the next run
    finds them and loads those records again (see :class:`_Loaded`)."""
    storage = pipeline._get_load_storage().normalized_packages  # no public way to it
    for load_id in pipeline.list_normalized_load_packages():
        jobs = storage.get_load_package_jobs(load_id)
        if not any(jobs.get(state) for state in ("started_jobs", "completed_jobs")):
            continue  # nothing loaded yet: no file can be loaded twice
        schema = storage.load_schema(load_id)
        tables: list[dict[str, Any]] = list(schema.tables.values())  # type: ignore[arg-type]
        if [table.pop(_DEDUPLICATED_HINT) for table in tables if _DEDUPLICATED_HINT in table]:
            storage.save_schema(load_id, schema)


def duckdb_destination(path: str, *, memory_limit: str | None = None) -> Any:
    """A dlt destination for the DuckDB file at ``path``; ``memory_limit`` (``"256MB"``)
    bounds DuckDB's memory, which by default may grow to 80% of the machine's: DuckDB
    writes each load file as a small row group and merges runs of them into full ones at
    checkpoints, holding what it merges, so its memory grows with the table. Too low a
    limit fails a large merge: DuckDB needs room for the records changed in one run.

    The path is made absolute: dlt would otherwise resolve it from the folder of the
    pipeline's first run, remembered in its saved state even after that folder is gone."""
    from dlt.destinations.impl.duckdb.configuration import DuckDbCredentials

    settings = {"memory_limit": memory_limit} if memory_limit else None
    credentials = DuckDbCredentials(os.path.abspath(path), global_config=settings)
    return dlt.destinations.duckdb(credentials)


def _prefer_parquet(pipeline: dlt.Pipeline) -> None:
    """Have DuckDB load Parquet files rather than INSERT statements, where no file format
    was chosen for the destination (pyarrow comes with the ``[dlt]`` extra).

    DuckDB parses an INSERT of literal values far more slowly than it reads a Parquet
    file (that parsing was half of a sync's CPU time), and reads Parquet without holding
    the whole file. Other destinations keep the format dlt prefers for them."""
    destination = pipeline.destination
    if destination is None or destination.destination_type != "dlt.destinations.duckdb":
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
            f"not a resource the source can load: {', '.join(unknown)} (known: {', '.join(known)})"
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


def _local_times(batch: Any) -> dict[str, Any]:
    """Column hints that keep a batch's date-times as they are (Daftra's are the account's
    local time, with no zone): dlt would store them as UTC instants, which a database
    in another time zone then shows shifted."""
    if isinstance(batch, pa.Table):
        names: Iterable[str] = [f.name for f in batch.schema if pa.types.is_timestamp(f.type)]
    else:
        names = {
            name for row in batch for name, value in row.items() if isinstance(value, dt.datetime)
        }
    return {name: {"data_type": "timestamp", "timezone": False} for name in names}


def _required(table: pa.Table, name: str) -> pa.Table:
    """``table`` with its column ``name`` declared to hold no nulls, as the resource
    declares it (dlt warns of every batch whose Arrow schema says otherwise)."""
    place = table.schema.get_field_index(name)
    if place < 0:
        return table
    return table.set_column(place, table.field(name).with_nullable(False), table.column(name))


def _has_lines(row: Mapping[str, Any]) -> bool:
    return any(key.endswith("Item") for key in row)


def _digest(record: Mapping[str, Any]) -> int:
    """A short fingerprint of a record's content, to tell an unchanged one.

    Keys are sorted: a record read from a listing keeps the order its answer had, one
    read with ``get`` the order of its model, and the two must agree. So must amounts:
    a live list writes ``"25.00"`` where a single read writes ``25`` (see
    :func:`_text`)."""
    return int.from_bytes(hashlib.blake2b(_canonical(record), digest_size=7).digest(), "big")


def _text(value: object) -> str:
    """A value JSON has no type for, as text; a Decimal without the trailing zeros its
    answer happened to carry, so equal amounts read the same."""
    if isinstance(value, Decimal) and value.is_finite():
        return format(value.normalize(), "f")
    return str(value)


def _canonical_json(record: Mapping[str, Any]) -> bytes:
    return json.dumps(record, default=_text, separators=(",", ":"), sort_keys=True).encode()


try:  # dlt depends on orjson (but on PyPy): several times faster for the same purpose
    import orjson

    _ORJSON_OPTIONS = orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS

    def _canonical(record: Mapping[str, Any]) -> bytes:
        return orjson.dumps(record, default=_text, option=_ORJSON_OPTIONS)
except ImportError:  # pragma: no cover
    _canonical = _canonical_json


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
        # The type of the record ids, from the spec: that of the id columns and keys.
        self.keys = _Keys.of(self.spec)
        self.full_scan = full_scan
        self.page_size = page_size
        self.concurrency = concurrency
        self.on_progress = on_progress
        self.changes: Literal["own", "entity"] | None = (
            "own" if not self.v1 else "entity" if name in _CHANGES_THROUGH else None
        )
        self.read = self.changed = self.deleted = 0
        self.mode = "full scan"

    @property
    def _child_columns(self) -> dict[str, Any]:
        """The hints of a child table's keys: ``document_id`` typed as the document's id;
        a line's own ``id``, which a tombstone has not, as the lines' ids (integers)."""
        return {
            "id": _INTEGER_KEYS.column(nullable=True),
            DOCUMENT_COLUMN: self.keys.column(),
            **_POSITION,
        }

    def resource(self) -> DltResource:
        columns: dict[str, Any] = {"id": self.keys.column()}

        def records() -> Iterator[Batch]:
            yield from self.records()  # dlt takes a function, not a bound method

        built: DltResource = dlt.resource(
            records,
            name=self.name,
            primary_key="id",
            write_disposition=_MERGE,
            columns=columns,
        )
        return built

    def records(self) -> Iterator[Batch]:
        """What dlt loads, in batches: new and changed records, then tombstones of
        deleted ones."""
        self._check_id_column()
        state = dlt.current.resource_state()
        digests = _Fingerprints.load(state, self.name, self.keys)
        since = None if self.full_scan else state.get("changes_since")
        unknown: Any = None  # the database could not be checked
        loaded = _loaded(self.name, self.document, self.keys)
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
                since = None
        if not digests:  # nothing known loaded: changes alone would leave the rest out
            since = None
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
                    digests.store(state, self.name)
                    if latest is not None:
                        state["changes_since"] = max(since, latest.isoformat())
                    self._report(finished=True)
                    return
            latest = yield from self._scan(digests, unknown, state, pool)
        if self.changes is not None and latest is not None:
            state["changes_since"] = latest.isoformat()
        else:
            state.pop("changes_since", None)
        self._report(finished=True)

    def _check_id_column(self) -> None:
        """Refuse to load into a table whose ``id`` column has another type than the
        spec now gives the ids (the spec changed it since the table was made): nothing
        could be merged into it, and no database changes a key column's type by itself."""
        schema = _extracted_schema()
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

    def _keep(self, record: dict[str, Any], digests: _Fingerprints) -> bool:
        """Whether ``record`` is new or changed (and remember it as seen)."""
        key = self.keys.key(record["id"])
        if key in digests.changes:  # read earlier in this run: dlt is told batches hold no twins
            return False
        digest = _digest(record)
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
        """What dlt is handed for a batch of new, changed and deleted records, with the
        hints of their tables: on a first load every table is replaced, later merged.
        ``loaded_before`` tells a document that may have rows in the child tables (None:
        any may).

        A batch of documents becomes Arrow tables: the documents, and each child table
        with its rows tied to their document by ``document_id``; dlt then has no rows to
        normalise one by one (most of a sync's time otherwise). A child table is merged
        on ``document_id``: a changed document's rows replace all its earlier ones, and a
        document without rows (or deleted) leaves a tombstone that deletes them."""
        disposition: Any = {"write_disposition": "replace"} if first_load else {}
        deleted = {} if first_load else _DELETED
        main: Any = batch
        children: dict[str, list[dict[str, Any]]] = {child: [] for child in _CHILD_TABLES}
        if self.document:
            headers: list[dict[str, Any]] = []
            for record in batch:
                header = dict(record)
                key = self.keys.key(header["id"])
                for child, rows in children.items():
                    lines = header.pop(child, None)
                    if lines:
                        rows.extend(
                            {**line, DOCUMENT_COLUMN: key, POSITION_COLUMN: place}
                            for place, line in enumerate(lines)
                        )
                    elif not first_load and (loaded_before is None or loaded_before(key)):
                        rows.append({DOCUMENT_COLUMN: key, DELETED_COLUMN: True})
                headers.append(header)
            main = _required(arrow_table(headers), "id")
        columns = {**deleted, **_local_times(main)}
        yield dlt.mark.with_hints(main, dlt.mark.make_hints(columns=columns or None, **disposition))
        for child, rows in children.items():
            if rows:
                lines_table = _required(arrow_table(rows), DOCUMENT_COLUMN)
                hints = dlt.mark.make_hints(
                    table_name=f"{self.name}__{child}",
                    write_disposition="replace" if first_load else _MERGE,
                    primary_key=_CHILD_KEY,
                    merge_key=DOCUMENT_COLUMN,
                    columns={**self._child_columns, **deleted, **_local_times(lines_table)},
                )
                yield dlt.mark.with_hints(lines_table, hints, create_table_variant=True)

    # Full scans.
    def _scan(
        self,
        digests: _Fingerprints,
        unknown: Any,
        state: dict[str, Any],
        pool: ThreadPoolExecutor | None,
    ) -> Generator[Batch, None, dt.datetime | None]:
        """Every record, a page's new and changed ones at a time (dlt takes a list as a
        batch, far cheaper than one item at a time); records of the previous scan not
        seen now are deleted, and so are ``unknown`` ids (in the tables, not in the
        fingerprints; None where the tables could not be checked) not seen. Returns the
        latest ``modified`` seen, or None if some record has none."""
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
        arguments = dict(_WITH_CHILDREN.get(self.name, {}))
        for page in self.resource_api.dict_pages(limit=self.page_size, **arguments):
            batch: list[dict[str, Any]] = []
            page_ids, page_digests = self.keys.run(), array("q")
            for record in self._page_records(page, pool):
                key = key_of(record["id"])
                # A record listed twice (Daftra's default order is arbitrary) is read once.
                if not seen.add(key):
                    continue
                self.read += 1
                digest = _digest(record)
                page_ids.append(key)
                page_digests.append(digest)
                if digests.get(key) != digest:
                    self.changed += 1
                    batch.append(record)
                stamp = _modified(record)
                if stamp is None:
                    dated = False
                elif latest is None or stamp > latest:
                    latest = stamp
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
        _Fingerprints.save(state, self.name, read_ids, read_digests, self.keys)
        # Arrow's allocator keeps what it freed for Arrow's own later use; DuckDB, which
        # loads the files next, cannot use it, so it goes back to the system.
        pa.default_memory_pool().release_unused()
        return latest if dated else None

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
        self, start: dt.datetime, digests: _Fingerprints, pool: ThreadPoolExecutor | None
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
        self, ids: Sequence[Any], digests: _Fingerprints, pool: ThreadPoolExecutor | None
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
