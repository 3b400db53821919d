"""What the destination's tables hold for a resource, read as a run starts and compared
with the digests: the database is the truth, the digests only save work."""

from __future__ import annotations

import logging
from typing import Any

import attrs
import dlt
import pyarrow as pa
import pyarrow.compute as pc
from dlt.common.configuration.container import Container
from dlt.common.pipeline import PipelineContext

from .fingerprints import Fingerprints
from .ids import INTEGER_KEYS, Keys, int64_view
from .tables import CHILD_TABLES, DOCUMENT_COLUMN, POSITION_COLUMN

__all__ = ["Loaded", "extracted_schema", "in_destination"]

log = logging.getLogger(__name__)


@attrs.frozen
class Loaded:
    """What the destination's tables hold for a resource, read as a run starts.

    ``ids``: the ids in its table. ``damaged``: ids whose rows are not one a record (an id
    on several rows, a document with a line or payment twice), which only a load of the
    record again repairs: its merge deletes every row of its key. ``orphans``: documents
    with lines or payments but no row of their own. Each an Arrow array of the ids' type
    (int64, or text)."""

    ids: Any
    damaged: Any
    orphans: Any

    def reconciled(self, digests: Fingerprints) -> tuple[Fingerprints, Any, int]:
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
            known = Fingerprints.of(
                pc.filter(known_ids, trusted), pc.filter(int64_view(known.digests), trusted)
            )
            known_ids = known.keys.arrow(known.ids)
        unknown = pa.concat_arrays(
            [
                pc.filter(self.ids, pc.invert(pc.is_in(self.ids, value_set=known_ids))),
                self.orphans,
            ]
        )
        return known, unknown, dropped + len(unknown)


def in_destination(name: str, document: bool, keys: Keys = INTEGER_KEYS) -> Loaded | None:
    """What the destination of the running pipeline holds for resource ``name``; None
    where it cannot be asked (no pipeline running, a destination not queried by SQL)."""
    context = Container()[PipelineContext]
    if not context.is_active():
        return None
    pipeline: Any = context.pipeline()
    schema = extracted_schema()
    if schema is None and pipeline.default_schema_name:
        schema = pipeline.default_schema
    if schema is None or name not in schema.tables:
        # This pipeline never made the table (its schema, restored from the destination
        # too, would name it), or this run drops it (a refresh): nothing to check, and
        # the destination is not opened.
        return Loaded(keys.no_ids(), keys.no_ids(), keys.no_ids())
    try:
        client = pipeline.sql_client()
    except Exception as exc:  # no destination yet, or one without SQL
        log.debug("%s: the destination's tables are not checked (%s)", name, exc)
        return None
    with client:
        table = client.make_qualified_table_name(name)
        ids = _ids(client, f"SELECT DISTINCT id FROM {table}", keys)
        if ids is None:  # no table yet
            return Loaded(keys.no_ids(), keys.no_ids(), keys.no_ids())
        damaged = [_ids(client, f"SELECT id FROM {table} GROUP BY id HAVING COUNT(*) > 1", keys)]
        orphans = []
        for child in CHILD_TABLES if document else ():
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
    return Loaded(
        ids,
        pa.concat_arrays([found for found in damaged if found is not None] or [keys.no_ids()]),
        pa.concat_arrays([found for found in orphans if found is not None] or [keys.no_ids()]),
    )


def extracted_schema() -> Any:
    """The schema a pipeline is extracting into (the pipeline's, less the tables a
    refresh drops); None outside an extraction."""
    try:
        return dlt.current.source_schema()
    except Exception:  # not extracted by a pipeline
        return None


def _ids(client: Any, query: str, keys: Keys = INTEGER_KEYS) -> Any:
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
