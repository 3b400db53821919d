"""A Daftra account in a database: a dlt source, loaded incrementally where that is safe.

>>> from daftra_facade.dlt import daftra_pipeline, daftra_source
>>> daftra_pipeline().run(daftra_source(client))      # ./daftra.duckdb
>>> dlt.pipeline("books", destination="duckdb").run(daftra_source())  # dlt's config

Without a client, :func:`daftra_source` takes the account and credentials from dlt's
config and secrets (section ``sources.daftra``: ``.dlt/secrets.toml``, or variables such
as ``SOURCES__DAFTRA__API_KEY``). Importing this package changes nothing in the process;
:func:`daftra_pipeline` sets its loading settings in dlt's config under its own name.

One dlt resource per listable resource of the client, named like the client's attribute
(``invoices``, ``clients``, ``brands``, ...), each read through the facade, so answers are
decoded, retried and paced as everywhere else. Every table is keyed by ``id`` and merged;
ids are typed as the spec types the resource's (:class:`~.ids.Keys`: BIGINT, or TEXT where
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
  twins, skipped otherwise for speed and memory; kept by every merge in a pipeline of
  one's own); merging the same staged rows again changes nothing. A first load
  replaces its tables file by file (one transaction a file, so memory stays flat), so a
  file loaded twice leaves twins there, for the next step:
- Each run first compares the digests with the tables (:class:`~.loaded.Loaded`): a key on
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

The package's modules, each with one job: :mod:`.source` (the dlt source),
:mod:`.resources` (which resources it loads, and what each needs), :mod:`.account` (the
client it reads through), :mod:`.reader` (one resource read into rows), :mod:`.tables`
(the rows as tables and hints), :mod:`.landing` (values as they land), :mod:`.ids` and
:mod:`.fingerprints` (what was loaded), :mod:`.loaded` (what the tables hold),
:mod:`.pipeline` (a pipeline made for the source).
"""

from __future__ import annotations

from .pipeline import DEFAULT_DATASET, daftra_pipeline, duckdb_destination
from .reader import LOOKBACK, IdTypeChangedError, ResourceProgress
from .resources import DOCUMENTS, resource_names
from .source import SOURCE_NAME, daftra_source
from .tables import DELETED_COLUMN, DOCUMENT_COLUMN, POSITION_COLUMN

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
