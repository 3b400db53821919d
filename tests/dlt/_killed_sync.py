"""Runs ``daftra sync`` (or a pipeline of one's own, for orders with ``"own": <pipeline
name>`` and ``"database": <path>``) in forked children, each killed with SIGKILL at a
chosen moment.

Started once by the tests (``python -m tests.dlt._killed_sync``), it imports dlt and the
facade (seconds) before it forks, so that each child starts at once. It reads one JSON
line per run, ``{"args": [...], "cwd": ..., "env": {...}, "kill": <moment or null>,
"nth": n, "table": <name or null>}``, forks a child that runs the command (killing itself
the ``nth`` time it reaches ``kill``), and answers one JSON line: ``{"signal": 9 or
null, "code": exit code, "err": standard error}``.

The moments, each where a real process can be killed:

- ``extract``: after the ``nth`` page read of a resource (the package is being written);
- ``extracted``: the package extracted and the state saved, before it is normalised;
- ``normalize``: as the ``nth`` extracted file is normalised;
- ``file-loaded``: the ``nth`` load file (of ``table``) has been committed in the
  database but dlt has not noted it done (the next run loads that file again);
- ``merged``: the same for the ``nth`` move of staged rows into their table;
- ``loaded``: every job done, before dlt records the package as loaded.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from decimal import Decimal
from typing import Any

import dlt
import duckdb  # noqa: F401  (imported before forking: children start at once)
import pyarrow as pa
from dlt.common.destination.client import RunnableLoadJob
from dlt.load.load import Load
from dlt.normalize.items_normalizers.arrow import ArrowItemsNormalizer
from dlt.pipeline.pipeline import Pipeline

import daftra_facade.dlt as daftra_dlt
import daftra_facade.dlt.reader as reader_module
from daftra_facade.cli import main


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _kill_at(moment: str, nth: int, table: str | None) -> None:
    """Make this process kill itself the ``nth`` time it reaches ``moment`` (for load jobs,
    of ``table`` if given)."""
    reached = [0]

    def reach() -> None:
        reached[0] += 1
        if reached[0] == nth:
            _die()

    if moment == "extract":
        report = reader_module.Reader._report

        def reported(self: Any, finished: bool = False) -> None:
            report(self, finished)
            if not finished:
                reach()

        reader_module.Reader._report = reported  # type: ignore[method-assign]
    elif moment == "extracted":
        normalize = Pipeline.normalize

        def normalizing(self: Any, *args: Any, **kwargs: Any) -> Any:
            reach()
            return normalize(self, *args, **kwargs)

        Pipeline.normalize = normalizing  # type: ignore[method-assign]
    elif moment == "normalize":
        call = ArrowItemsNormalizer.__call__

        def normalized(self: Any, *args: Any, **kwargs: Any) -> Any:
            found = call(self, *args, **kwargs)
            reach()
            return found

        ArrowItemsNormalizer.__call__ = normalized  # type: ignore[method-assign]
    elif moment in ("file-loaded", "merged"):
        release = RunnableLoadJob._release

        def released(self: Any, next_state: Any) -> None:
            # The moves from staging are SQL jobs that dlt writes after the files.
            name = self.file_name()
            merge = name.endswith(".sql")
            if (
                next_state == "completed"
                and merge == (moment == "merged")
                and name.startswith(f"{table}." if table else "")
            ):
                reach()
            release(self, next_state)

        RunnableLoadJob._release = released  # type: ignore[method-assign]
    elif moment == "loaded":
        complete = Load.complete_package

        def completing(self: Any, *args: Any, **kwargs: Any) -> None:
            reach()
            complete(self, *args, **kwargs)

        Load.complete_package = completing  # type: ignore[method-assign]
    else:
        raise ValueError(f"no such moment: {moment}")


def _child(order: dict[str, Any]) -> None:
    os.chdir(order["cwd"])
    os.environ.update(order["env"])
    err = os.open("stderr.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    os.dup2(err, 2)
    out = os.open(os.devnull, os.O_WRONLY)
    os.dup2(out, 1)
    if order.get("kill"):
        _kill_at(order["kill"], order.get("nth", 1), order.get("table"))
    try:
        code = _own_pipeline(order) if order.get("own") else main(order["args"])
    except BaseException:
        import traceback

        traceback.print_exc()
        code = 99
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _own_pipeline(order: dict[str, Any]) -> int:
    """A pipeline of one's own (dlt's, not daftra_pipeline) loading invoices, the source
    configured by dlt's environment variables; after an interruption, dlt's ``run`` only
    finishes the load left."""
    pipeline = dlt.pipeline(
        order["own"],
        destination=dlt.destinations.duckdb(order["database"]),
        dataset_name="account",
        pipelines_dir=os.path.join(order["cwd"], "dlt", "pipelines"),
    )
    pipeline.run(daftra_dlt.daftra_source(resources=["invoices"]))
    return 0


def _warm_up() -> None:
    """Run a small pipeline once, so that the modules dlt imports as it goes and the
    caches it fills are ready in every child (a child then takes a fraction of a second)."""
    import tempfile
    import threading

    from daftra_facade.cli import build_parser

    build_parser().parse_known_args(["sync"])  # imports the sync command's modules
    with tempfile.TemporaryDirectory() as folder:
        pipeline = daftra_dlt.daftra_pipeline(
            os.path.join(folder, "warm.duckdb"), pipeline_name="warm", pipelines_dir=folder
        )
        schema = pa.schema(
            [pa.field("id", pa.int64(), nullable=False), pa.field("amount", pa.decimal128(38, 9))]
        )
        table = pa.table({"id": [1, 2], "amount": [Decimal("1.5"), Decimal("2")]}, schema)
        pipeline.run(
            dlt.resource(
                table, name="warm", primary_key="id", write_disposition={"disposition": "merge"}
            )
        )
    assert threading.active_count() == 1, threading.enumerate()  # safe to fork


def serve() -> None:
    _warm_up()
    for line in sys.stdin:
        order = json.loads(line)
        child = os.fork()
        if child == 0:
            _child(order)
        _, status = os.waitpid(child, 0)
        with open(os.path.join(order["cwd"], "stderr.txt"), encoding="utf-8") as err:
            told = err.read()
        answer = {
            "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
            "code": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
            "err": told,
        }
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    serve()
