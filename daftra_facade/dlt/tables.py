"""How records become tables: the columns and hints every table of the source shares, and
what dlt is handed for a batch of records (documents as Arrow tables with child tables of
their lines and payments, tombstones for what was deleted)."""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import dlt
import pyarrow as pa
from dlt.common.configuration.container import Container
from dlt.common.pipeline import PipelineContext
from dlt.extract.items import DataItemWithMeta

from .ids import INTEGER_KEYS, Keys
from .landing import arrow_table

__all__ = [
    "CHILD_TABLES",
    "DEDUPLICATED_HINT",
    "DELETED_COLUMN",
    "DOCUMENT_COLUMN",
    "MERGE",
    "POSITION_COLUMN",
    "Batch",
    "batches",
    "skip_twin_search",
    "skips_twin_search",
]

# Set on the tombstone of a record gone from Daftra; dlt deletes such rows on merge.
DELETED_COLUMN = "deleted_in_daftra"
# What ties a document's line or payment to the document, and its place in the list.
DOCUMENT_COLUMN = "document_id"
POSITION_COLUMN = "position"
# A document's lists that become child tables ``<resource>__<name>``.
CHILD_TABLES = ("items", "payments")
MERGE: Any = {"disposition": "merge", "strategy": "delete-insert"}
# A run hands dlt each record once, so dlt need not sort the staged rows to drop twins
# (a window over every changed row, the costliest step of a large merge, and its memory):
# this table hint of a load package's schema says so. Only a package whose loading was
# interrupted can hold twins (dlt loads a file at least once: one committed just before a
# kill -9 is loaded again), so the hint is set only in the packages of pipelines that take
# it out of such a package before dlt finishes it (daftra_pipeline's, see skip_twin_search).
DEDUPLICATED_HINT = "x-stage-data-deduplicated"
_SKIPPING_TWIN_SEARCH: weakref.WeakSet[Any] = weakref.WeakSet()
# A line's key with ``document_id``; a tombstone (all of a document's rows) has none.
_POSITION: Any = {POSITION_COLUMN: {"data_type": "bigint", "nullable": True}}
# A child row's key: a resumed package's staged rows are deduplicated on it, while a
# document's rows are replaced as a whole (merged on ``document_id``).
_CHILD_KEY = [DOCUMENT_COLUMN, POSITION_COLUMN]
# The tombstone column, declared on merges only: a first load replaces its tables and has
# no tombstones (dlt warns of a deleting column on a table it replaces).
_DELETED: Any = {DELETED_COLUMN: {"data_type": "bool", "hard_delete": True}}

# What the source hands dlt at a time: a page's records (a list of dicts, or Arrow tables
# for documents), possibly marked with table hints.
Batch = list[dict[str, Any]] | DataItemWithMeta | Any


def skip_twin_search(pipeline: Any) -> None:
    """Have the merges of ``pipeline`` skip dlt's search for twins in their staged rows:
    its maker takes the hint out of a package that began loading before it finishes it."""
    _SKIPPING_TWIN_SEARCH.add(pipeline)


def skips_twin_search() -> bool:
    """Whether the pipeline running may skip dlt's search for twins (see
    :func:`skip_twin_search`); any other keeps it, so that a load it finishes after an
    interruption holds each record once."""
    context = Container()[PipelineContext]
    return context.is_active() and context.pipeline() in _SKIPPING_TWIN_SEARCH


def batches(
    batch: list[dict[str, Any]],
    *,
    table: str,
    keys: Keys,
    document: bool,
    first_load: bool = False,
    loaded_before: Callable[[Any], bool] | None = None,
    deduplicated: bool = False,
) -> Iterator[Batch]:
    """What dlt is handed for a batch of new, changed and deleted records of ``table``,
    with the hints of their tables: on a first load every table is replaced, later merged
    (``deduplicated``: skipping dlt's search for twins, see :func:`skip_twin_search`).
    ``loaded_before`` tells a document that may have rows in the child tables (None: any
    may).

    A batch of documents becomes Arrow tables: the documents, and each child table with
    its rows tied to their document by ``document_id``; dlt then has no rows to normalise
    one by one (most of a sync's time otherwise). A child table is merged on
    ``document_id``: a changed document's rows replace all its earlier ones, and a
    document without rows (or deleted) leaves a tombstone that deletes them."""
    disposition: Any = (
        {"write_disposition": "replace"}
        if first_load
        else {"additional_table_hints": {DEDUPLICATED_HINT: deduplicated}}
    )
    deleted = {} if first_load else _DELETED
    main: Any = batch
    children: dict[str, list[dict[str, Any]]] = {child: [] for child in CHILD_TABLES}
    if document:
        headers: list[dict[str, Any]] = []
        for record in batch:
            header = dict(record)
            key = keys.key(header["id"])
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
                table_name=f"{table}__{child}",
                primary_key=_CHILD_KEY,
                merge_key=DOCUMENT_COLUMN,
                columns={**_child_columns(keys), **deleted, **_local_times(lines_table)},
                **(disposition if first_load else {"write_disposition": MERGE, **disposition}),
            )
            yield dlt.mark.with_hints(lines_table, hints, create_table_variant=True)


def _child_columns(keys: Keys) -> dict[str, Any]:
    """The hints of a child table's keys: ``document_id`` typed as the document's id; a
    line's own ``id``, which a tombstone has not, as the lines' ids (integers)."""
    return {
        "id": INTEGER_KEYS.column(nullable=True),
        DOCUMENT_COLUMN: keys.column(),
        **_POSITION,
    }


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
