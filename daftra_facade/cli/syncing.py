"""``daftra whoami`` and ``daftra sync``: check the credentials; load the account into a
database (DuckDB by default) through dlt, incrementally."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import hashlib
import importlib
import os
import sys
import time
from collections.abc import Iterator
from typing import Any

from daftra_facade import Daftra, DaftraError

from ._common import EXIT_OK, CommandError, add_account_flags, client_for, plural

DEFAULT_SYNC_DATABASE = "daftra.duckdb"


def run_whoami(args: argparse.Namespace) -> int:
    with client_for(args) as client:
        site = client.site.get()
        site = client.site.get()
    print(
        f"{site.business_name} ({site.subdomain}), currency {site.currency_code}, "
        f"site id {site.id}; credentials accepted at {client.base_url}"
    )
    return EXIT_OK


def _sync_destination(given: str) -> tuple[Any, str]:
    """A dlt destination for ``--destination``, and how to name it: ``duckdb`` (the file
    ``./daftra.duckdb``), a ``.duckdb`` path, a database URL (``postgresql://...``), or
    any other dlt destination name, whose credentials dlt reads from its own config."""
    import dlt

    if given == "duckdb" or given.endswith(".duckdb"):
        path = DEFAULT_SYNC_DATABASE if given == "duckdb" else given
        return path, path  # daftra_pipeline makes the DuckDB destination of a path
    if "://" in given:
        scheme = given.split("://", 1)[0].split("+", 1)[0]
        name = {"postgresql": "postgres", "postgres": "postgres"}.get(scheme, scheme)
        shown = given.split("@", 1)[-1] if "@" in given else given  # no password in output
        return dlt.destination(name, credentials=given), f"{name} {shown}"
    return given, given


def _sync_failure(exc: BaseException) -> str:
    """The innermost readable cause of a failed dlt run, on one line."""
    cause: BaseException = exc
    while True:
        inner = cause.__cause__ or getattr(cause, "exception", None) or cause.__context__
        if not isinstance(inner, BaseException) or inner is cause:
            break
        cause = inner
        if isinstance(cause, DaftraError):
            break
    text = " ".join(str(cause).split())
    return text[:300] + ("..." if len(text) > 300 else "")


def sync_pipeline_name(base_url: str, shown: str, dataset: str) -> str:
    """The dlt pipeline (and so the saved state) of an account, destination and dataset;
    a database file is named by its absolute path (./daftra.duckdb in two folders are two
    databases)."""
    where = os.path.abspath(shown) if shown.endswith(".duckdb") else shown
    key = f"{base_url}|{where}|{dataset}"
    return "daftra_" + hashlib.sha256(key.encode()).hexdigest()[:12]


# dlt's settings for the command's own process, unless set: its notes are not for users,
# and its anonymous telemetry stays off (RUNTIME__DLTHUB_TELEMETRY=true shares it). dlt
# reads them once, when it first resolves its configuration.
_DLT_SETTINGS = {"RUNTIME__LOG_LEVEL": "ERROR", "RUNTIME__DLTHUB_TELEMETRY": "false"}


@contextlib.contextmanager
def _dlt_settings() -> Iterator[None]:
    """The command's dlt settings in the environment while it runs, removed after (the
    command may run inside a longer process, such as a test's)."""
    added = [name for name in _DLT_SETTINGS if name not in os.environ]
    os.environ.update({name: _DLT_SETTINGS[name] for name in added})
    try:
        yield
    finally:
        for name in added:
            os.environ.pop(name, None)


def run_sync(args: argparse.Namespace) -> int:
    """Load the account's records into a database, incrementally after the first run."""
    with _dlt_settings():
        return _sync(args)


def _sync(args: argparse.Namespace) -> int:
    try:
        daftra_dlt = importlib.import_module("daftra_facade.dlt")
    except ImportError as exc:
        raise CommandError(
            f"sync needs the dlt extra: pip install 'daftra-python[dlt]' ({exc})"
        ) from None
    names = [n.strip() for n in args.resources.split(",") if n.strip()] if args.resources else None
    known = daftra_dlt.resource_names()
    unknown = [name for name in names or () if name not in known]
    if unknown:
        raise CommandError(
            f"unknown resource {', '.join(unknown)} (choose among: {', '.join(known)})"
        )
    destination, shown = _sync_destination(args.destination)
    started = time.monotonic()

    def show(progress: Any) -> None:
        if progress.finished and not args.quiet:
            print(
                f"  {progress.resource}: {progress.read} read, {progress.changed} new or "
                f"changed, {progress.deleted} deleted ({progress.mode})",
                file=sys.stderr,
            )

    with client_for(args) as client:
        if args.sandbox:
            _seed_sandbox_for_sync(client)
        pipeline = daftra_dlt.daftra_pipeline(
            destination,
            dataset_name=args.dataset,
            pipeline_name=sync_pipeline_name(client.base_url, shown, args.dataset),
        )
        source = daftra_dlt.daftra_source(
            client, names, start_date=args.start_date, full_scan=args.full_scan, on_progress=show
        )
        print(f"sync: loading into {shown}, dataset {args.dataset}", file=sys.stderr)
        try:
            if pipeline.has_pending_data:
                # dlt's run only finishes a load left unfinished (a kill, a lost
                # connection), and stops there: it is finished first, then this run's.
                print("sync: finishing the load interrupted last time", file=sys.stderr)
                pipeline.run()
            pipeline.run(source)
        except Exception as exc:
            if args.debug:
                raise
            raise CommandError(f"sync failed: {_sync_failure(exc)}") from None
    trace = pipeline.last_trace
    normalized = trace.last_normalize_info if trace else None
    counts = normalized.row_counts if normalized else {}
    loaded = {t: n for t, n in sorted(counts.items()) if not t.startswith("_dlt")}
    for table, rows in loaded.items():
        print(f"{table}: {plural(rows, 'row')}")
    print(
        f"sync: {plural(sum(loaded.values()), 'row')} loaded into "
        f"{plural(len(loaded), 'table')} in "
        f"{time.monotonic() - started:.2f} s",
        file=sys.stderr,
    )
    return EXIT_OK


def _start_date(text: str) -> str:
    """``--start-date``: a date or date-time without a time zone, checked before anything
    is read."""
    try:
        start = dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None
    if start.tzinfo is not None:
        raise argparse.ArgumentTypeError(f"give the account's local time, no time zone: {text!r}")
    return text


def _seed_sandbox_for_sync(client: Daftra) -> None:
    """A few documents, so that a sandbox sync shows documents with lines and payments."""
    for number in range(1, 4):
        invoice_id = client.invoices.create(
            {
                "Invoice": {"client_id": 1 + number % 2, "date": f"2026-01-0{number}"},
                "InvoiceItem": [
                    {"product_id": 1, "item": "Widget", "unit_price": "10.00", "quantity": number},
                    {"product_id": 3, "item": "Service hour", "unit_price": "60.00", "quantity": 1},
                ],
            }
        )
        if number == 1:
            client.invoice_payments.create(
                {
                    "InvoicePayment": {
                        "invoice_id": invoice_id,
                        "amount": "30.00",
                        "payment_method": "cash",
                        "date": "2026-01-02",
                        "status": 1,
                    }
                }
            )
    client.estimates.create(
        {
            "Estimate": {"client_id": 1, "date": "2026-01-04"},
            "InvoiceItem": [
                {"product_id": 2, "item": "Gadget", "unit_price": "25.00", "quantity": 2}
            ],
        }
    )


def add_commands(commands: Any) -> None:
    whoami = commands.add_parser(
        "whoami",
        help="check the credentials: show the account they open",
        epilog="example: daftra whoami --sandbox",
    )
    add_account_flags(whoami)
    whoami.set_defaults(handler=run_whoami)

    sync = commands.add_parser(
        "sync",
        help="load the account into a database (DuckDB by default), incrementally",
        epilog="example: daftra sync --sandbox   (then: duckdb daftra.duckdb)",
    )
    sync.add_argument("--resources", help="comma-separated resources (default: all)")
    sync.add_argument(
        "--destination",
        default="duckdb",
        help=f"duckdb (./{DEFAULT_SYNC_DATABASE}), a .duckdb path, a database URL "
        "(postgresql://user:password@host/db), or a dlt destination name configured "
        "through dlt (default: duckdb)",
    )
    sync.add_argument("--dataset", default="account", help="schema/dataset name (default: account)")
    sync.add_argument(
        "--full-scan",
        action="store_true",
        help="read every record, also where changes could be asked for (finds deletions)",
    )
    sync.add_argument(
        "--start-date",
        metavar="DATE",
        type=_start_date,
        help="leave out records last changed before DATE (YYYY-MM-DD, the account's time)",
    )
    add_account_flags(sync)
    sync.add_argument("--quiet", action="store_true", help="print only the summary")
    sync.set_defaults(handler=run_sync)
