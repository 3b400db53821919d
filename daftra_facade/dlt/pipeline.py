"""A dlt pipeline made for the source: DuckDB by default, small load files loaded one at a
time, Parquet into DuckDB, and resumed loads that drop twins."""

from __future__ import annotations

import os
from typing import Any

import dlt

from .source import SOURCE_NAME
from .tables import DEDUPLICATED_HINT, skip_twin_search

__all__ = ["DEFAULT_DATASET", "daftra_pipeline", "duckdb_destination"]

# The schema the tables land in ("daftra" would clash with the catalog of daftra.duckdb).
DEFAULT_DATASET = "account"
# Small load files, loaded one at a time (see _bound_loading).
_BOUNDED_LOADING = {"data_writer.file_max_items": 2000, "load.workers": 1}


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
    _bound_loading(pipeline_name)
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
    skip_twin_search(made)
    return made


def _bound_loading(pipeline_name: str) -> None:
    """Keep memory low however large the account: small load files, loaded one at a time.

    Set in dlt's config under the pipeline's name (which dlt reads first), in memory:
    other pipelines of the process keep their settings, and nothing is written to the
    environment or to a file. A setting of the user's (in the environment or dlt's
    config files), for all pipelines or for this one, wins."""
    for key, value in _BOUNDED_LOADING.items():
        scoped = f"{pipeline_name}.{key}"
        if dlt.config.get(key) is None and dlt.config.get(scoped) is None:
            dlt.config[scoped] = value


def _deduplicate_resumed(pipeline: dlt.Pipeline) -> None:
    """Have the merges of load packages that began loading earlier (a run killed, or
    stopped by an error, while it loaded) drop twins from their staged rows.

    dlt loads a file at least once: one committed in the database just before a kill,
    before dlt noted it done, is loaded again when the package is finished. The staged
    rows of a merge then hold that file twice, and the merges of this source skip dlt's
    search for twins in this pipeline (see :func:`~.tables.skip_twin_search`): the hint
    is taken out of the package's saved schema (written anew, atomically), which dlt
    reads as it finishes the package. A replaced table (a first load) takes its files
    directly, twins too: the next run finds them and loads those records again (see
    :class:`~.loaded.Loaded`)."""
    storage = pipeline._get_load_storage().normalized_packages  # no public way to it
    for load_id in pipeline.list_normalized_load_packages():
        jobs = storage.get_load_package_jobs(load_id)
        if not any(jobs.get(state) for state in ("started_jobs", "completed_jobs")):
            continue  # nothing loaded yet: no file can be loaded twice
        schema = storage.load_schema(load_id)
        tables: list[dict[str, Any]] = list(schema.tables.values())  # type: ignore[arg-type]
        if [table.pop(DEDUPLICATED_HINT) for table in tables if DEDUPLICATED_HINT in table]:
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
