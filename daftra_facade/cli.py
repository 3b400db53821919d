"""The ``daftra`` command line.

daftra invoices import invoices.json --sandbox
daftra --subdomain acme invoices import invoices.json --report report.json
daftra sandbox serve --port 8765
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import hashlib
import importlib.util
import json
import os
import sys
import time
import tomllib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .bulk.files import DEFAULT_GROUP_COLUMN, FileError, read_records
from .bulk.journal import Journal
from .bulk.runs import BulkAbortedError, BulkResult, Created, Outcome, Rejected
from .client import Daftra
from .errors import DaftraError
from .resources.capabilities import BulkCreatable, Listable
from .resources.catalogue import Resources
from .wire.bodies import as_payload
from .wire.decoding import request_node, rows_node
from .wire.encoding import dumps
from .wire.shapes import documented_part, read_side_removed
from .wire.validation import body_problems

if TYPE_CHECKING:
    from daftra_sandbox import RateLimits

EXIT_OK, EXIT_INCOMPLETE, EXIT_USAGE = 0, 1, 2
DEFAULT_CONFIG = "~/.config/daftra/config.toml"
DEFAULT_TIMEOUT = 30.0
DEFAULT_SYNC_DATABASE = "daftra.duckdb"


class CommandError(Exception):
    """A problem worth one readable line and exit status 2."""


def resources_that(capability: type) -> list[str]:
    """Names of the ``client.<name>`` resources with a capability (e.g. ``Listable``)."""
    return [
        name
        for name, slot in vars(Resources).items()
        if isinstance(getattr(slot, "sync_class", None), type)
        and issubclass(slot.sync_class, capability)
    ]


def _outcome_row(outcome: Outcome) -> dict[str, Any]:
    row: dict[str, Any] = {"index": outcome.index, "outcome": type(outcome).__name__.lower()}
    if isinstance(outcome, Created):
        row.update(id=outcome.id, number=outcome.number, error=None)
    elif isinstance(outcome, Rejected):
        fields = "; ".join(
            f"{field}: {', '.join(reasons)}" for field, reasons in outcome.field_errors.items()
        )
        row.update(
            id=None,
            number=None,
            error=outcome.message + (f" ({fields})" if fields else ""),
            sent=outcome.sent,
        )
    else:
        row.update(id=None, number=None, error=outcome.reason)
    return row


def write_report(result: BulkResult, path: Path) -> None:
    """One row per input element, as JSON (``.json``) or CSV (anything else)."""
    rows = [_outcome_row(outcome) for outcome in result]
    if path.suffix.lower() == ".json":
        path.write_text(
            json.dumps({"summary": result.counts, "elements": rows}, indent=2, ensure_ascii=False)
            + "\n",
            encoding="utf-8",
        )
        return
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(
            handle, fieldnames=["index", "outcome", "id", "number", "error", "sent"]
        )
        writer.writeheader()
        writer.writerows(rows)


def print_report(result: BulkResult, out: IO[str]) -> None:
    for outcome in result:
        row = _outcome_row(outcome)
        if isinstance(outcome, Created):
            detail = f"id={outcome.id}" + (f" number={outcome.number}" if outcome.number else "")
        else:
            detail = str(row["error"])
        print(f"#{outcome.index:<5} {row['outcome']:<9} {detail}", file=out)


def _profile(args: argparse.Namespace) -> dict[str, Any]:
    """The account settings of ``--profile`` (or DAFTRA_PROFILE) from the config file."""
    name = args.profile or os.environ.get("DAFTRA_PROFILE")
    path = Path(args.config or os.environ.get("DAFTRA_CONFIG") or DEFAULT_CONFIG).expanduser()
    if name is None:
        return {}
    try:
        profiles = tomllib.loads(path.read_text(encoding="utf-8")).get("profiles", {})
    except FileNotFoundError:
        raise CommandError(f"{path}: no such config file (for profile {name!r})") from None
    except tomllib.TOMLDecodeError as exc:
        raise CommandError(f"{path}: not valid TOML: {exc}") from None
    if name not in profiles:
        raise CommandError(f"{path}: no profile {name!r} (has: {', '.join(profiles) or 'none'})")
    settings = dict(profiles[name])
    unknown = set(settings) - {
        "subdomain",
        "base_url",
        "api_key",
        "token",
        "timeout",
        "api_key_env",
        "token_env",
    }
    if unknown:
        listed = ", ".join(sorted(unknown))
        raise CommandError(f"{path}: profile {name!r} has unknown keys: {listed}")
    for secret in ("api_key", "token"):  # a profile may name the variable holding a secret
        variable = settings.pop(f"{secret}_env", None)
        if variable and not settings.get(secret):
            settings[secret] = os.environ.get(variable) or None
    return settings


def _account(args: argparse.Namespace) -> dict[str, Any]:
    """Where to connect and with what, for each of the two choices (which account, which
    credential): flags first, then the DAFTRA_* environment, then the profile."""
    profile = _profile(args)
    chosen: dict[str, Any] = {"timeout": profile.get("timeout", args.timeout)}
    if args.timeout != DEFAULT_TIMEOUT:
        chosen["timeout"] = args.timeout
    for pair in (("subdomain", "base_url"), ("api_key", "token")):
        for source in (
            {name: getattr(args, name) for name in pair},
            {name: os.environ.get(f"DAFTRA_{name.upper()}") for name in pair},
            {name: profile.get(name) for name in pair},
        ):
            given = {name: value for name, value in source.items() if value}
            if given:
                chosen.update(given)
                break
    return chosen


@contextlib.contextmanager
def _client_for(args: argparse.Namespace, records: list[Any]) -> Iterator[Daftra]:
    if not args.sandbox:
        with Daftra(**_account(args)) as client:
            yield client
        return
    from daftra_sandbox import Sandbox, seed_references

    with Sandbox() as sandbox:
        seed_references(sandbox.state, records)
        seeded = " (seeded with what the file refers to)" if records else ""
        print(f"sandbox: serving {sandbox.base_url}/api2{seeded}", file=sys.stderr)
        with Daftra(
            base_url=sandbox.base_url, api_key=sandbox.api_key, timeout=args.timeout
        ) as client:
            yield client


def _journal_for(args: argparse.Namespace) -> Journal | None:
    """The import's journal: ``--journal``, else ``FILE.journal`` (none for --sandbox,
    whose account is new each run, unless asked for)."""
    if args.no_journal:
        return None
    path = args.journal or (None if args.sandbox else f"{args.file}.journal")
    if path is None:
        return None
    journal = Journal(path)
    if args.restart:
        journal.discard(args.job or args.resource)
    return journal


def _read(args: argparse.Namespace) -> list[Any]:
    spec = getattr(Daftra, args.resource).sync_class.spec
    try:
        records = read_records(
            Path(args.file), operation_id=spec.bulk_create, group_by=args.group_by
        )
    except FileError as exc:
        raise CommandError(str(exc)) from None
    # A file exported from an account carries ids, totals and related records that only
    # the read side has; they are left out, anything else is checked as written.
    element = request_node(spec.bulk_create, element=True)
    row = rows_node(spec.list, spec.pages.rows_path) if spec.list else None
    return [read_side_removed(record, element, row) for record in records]


def run_import(args: argparse.Namespace) -> int:
    records = _read(args)
    started = time.monotonic()
    if args.dry_run:
        return _dry_run(args, records)
    aborted: BulkAbortedError | None = None
    journal = _journal_for(args)
    with (
        _client_for(args, records) as client,
        contextlib.closing(journal) if journal else contextlib.nullcontext(),
        progress_bar(f"importing {args.resource}", len(records), quiet=args.quiet) as show,
    ):
        resource: BulkCreatable = getattr(client, args.resource)
        try:
            result = resource.bulk_create(
                records,
                chunk_size=args.chunk_size,
                concurrency=args.concurrency,
                validate=not args.no_validate,
                on_progress=lambda p: show(
                    p.done, f"{p.created} created, {p.rejected} rejected, {p.unknown} unknown"
                ),
                journal=journal,
                job=args.job or args.resource,
                undocumented_fields=args.undocumented_field,
            )
        except BulkAbortedError as exc:
            aborted, result = exc, exc.result
    if not args.quiet:
        print_report(result, sys.stdout)
    if args.report:
        write_report(result, Path(args.report))
    counts = result.counts
    not_handled = len(records) - len(result)
    print(
        f"summary: {counts['created']} created, {counts['rejected']} rejected, "
        f"{counts['unknown']} unknown"
        + (f", {not_handled} not sent" if not_handled else "")
        + f" of {len(records)} records in {time.monotonic() - started:.2f} s",
        file=sys.stderr,
    )
    if aborted is not None:
        raise CommandError(f"stopped: {aborted.cause.message}")
    return EXIT_OK if result.ok and not not_handled else EXIT_INCOMPLETE


def _dry_run(args: argparse.Namespace, records: list[Any]) -> int:
    """Check every record against the spec, send nothing."""
    operation_id = getattr(Daftra, args.resource).sync_class.spec.bulk_create
    invalid = 0
    for index, record in enumerate(records):
        try:
            problems = body_problems(
                operation_id,
                as_payload(record, where=f"records[{index}]"),
                element=True,
                undocumented=args.undocumented_field,
            )
        except DaftraError as exc:
            problems = {f"records[{index}]": (exc.message,)}
        if problems:
            invalid += 1
            details = "; ".join(f"{field}: {', '.join(why)}" for field, why in problems.items())
            print(f"#{index:<5} invalid   {details}")
    print(
        f"dry run: {len(records) - invalid} valid, {invalid} invalid of {len(records)} "
        "records; nothing was sent",
        file=sys.stderr,
    )
    return EXIT_OK if not invalid else EXIT_INCOMPLETE


@contextlib.contextmanager
def progress_bar(label: str, total: int | None, *, quiet: bool) -> Iterator[Any]:
    """A live progress bar on standard error (rich): a callable ``show(done, counts)``."""
    if quiet:
        yield lambda done, counts="": None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    columns = [
        TextColumn("{task.description}"),
        BarColumn(bar_width=20),
        MofNCompleteColumn(),
        TextColumn("{task.fields[counts]}"),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
    ]
    started = time.monotonic()
    with Progress(*columns, console=Console(stderr=True), transient=False) as progress:
        task = progress.add_task(label, total=total, counts="", rate="")

        def show(done: int, counts: str = "") -> None:
            rate = done / max(time.monotonic() - started, 1e-6)
            progress.update(task, completed=done, counts=counts, rate=f"{rate:,.0f}/s")

        yield show


def _flattened(value: Any, prefix: str = "") -> dict[str, Any]:
    """Nested objects as dotted columns (``Invoice.client_id``); lists stay JSON text."""
    if isinstance(value, dict):
        flat: dict[str, Any] = {}
        for key, inner in value.items():
            flat.update(_flattened(inner, f"{prefix}{key}."))
        return flat
    if isinstance(value, list):
        return {prefix[:-1]: dumps(value)}
    return {prefix[:-1]: value}


def _filters(pairs: Sequence[str]) -> dict[str, str | list[str]]:
    found: dict[str, str | list[str]] = {}
    for pair in pairs:
        name, equals, value = pair.partition("=")
        if not equals or not name:
            raise CommandError(f"--filter {pair!r}: expected NAME=VALUE")
        if name in found:  # repeated: a list filter such as staff_id[]
            previous = found[name]
            found[name] = [*(previous if isinstance(previous, list) else [previous]), value]
        else:
            found[name] = value
    return {name: _typed(value) for name, value in found.items()}


def _typed(value: str | list[str]) -> Any:
    """Filter values as the generated parameters expect them: digits become integers."""
    if isinstance(value, list):
        return [_typed(item) for item in value]
    return int(value) if value.lstrip("-").isdigit() else value


def run_export(args: argparse.Namespace) -> int:
    """Stream every record to JSON Lines or CSV, one page in memory at a time."""
    out_path = Path(args.output) if args.output else None
    kind = args.format or ("csv" if out_path and out_path.suffix.lower() == ".csv" else "jsonl")
    filters = _filters(args.filter)
    started, written = time.monotonic(), 0
    with contextlib.ExitStack() as stack:
        client = stack.enter_context(_client_for(args, []))
        handle: IO[str] = (
            stack.enter_context(out_path.open("w", newline="", encoding="utf-8"))
            if out_path
            else sys.stdout
        )
        resource = getattr(client, args.resource)
        spec = resource.spec
        row_schema = rows_node(spec.list, spec.pages.rows_path) if spec.list else None
        writer: csv.DictWriter[str] | None = None
        show = None
        for page in resource.pages(limit=args.page_size, **filters):
            if show is None:
                show = stack.enter_context(
                    progress_bar(
                        f"exporting {args.resource}",
                        page.total_results,
                        quiet=args.quiet or out_path is None,
                    )
                )
            for row in page.rows:  # each with its related records, as Daftra sends them
                # The fields the spec documents; columns it does not name are left out.
                record = documented_part(row.to_dict(), row_schema)
                if kind == "jsonl":
                    handle.write(dumps(record) + "\n")
                else:
                    flat = _flattened(record)
                    if writer is None:  # columns from the first record; later extras dropped
                        writer = csv.DictWriter(
                            handle, fieldnames=list(flat), extrasaction="ignore"
                        )
                        writer.writeheader()
                    writer.writerow(flat)
                written += 1
            show(written)
    print(
        f"exported {written} {args.resource} in {time.monotonic() - started:.2f} s", file=sys.stderr
    )
    return EXIT_OK


def run_whoami(args: argparse.Namespace) -> int:
    with _client_for(args, []) as client:
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
        return dlt.destinations.duckdb(path), path
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


def run_sync(args: argparse.Namespace) -> int:
    """Load the account's records into a database, incrementally after the first run."""
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
    os.environ.setdefault("RUNTIME__LOG_LEVEL", "ERROR")  # dlt's own notes are not for users
    destination, shown = _sync_destination(args.destination)
    started = time.monotonic()

    def show(progress: Any) -> None:
        if progress.finished and not args.quiet:
            print(
                f"  {progress.resource}: {progress.read} read, {progress.changed} new or "
                f"changed, {progress.deleted} deleted ({progress.mode})",
                file=sys.stderr,
            )

    with _client_for(args, []) as client:
        if args.sandbox:
            _seed_sandbox_for_sync(client)
        # One pipeline (and so one saved state) per account, destination and dataset.
        key = f"{client.base_url}|{shown}|{args.dataset}"
        pipeline = daftra_dlt.daftra_pipeline(
            destination,
            dataset_name=args.dataset,
            pipeline_name="daftra_" + hashlib.sha256(key.encode()).hexdigest()[:12],
        )
        source = daftra_dlt.daftra_source(
            client, names, full_scan=args.full_scan, on_progress=show
        )
        print(f"sync: loading into {shown}, dataset {args.dataset}", file=sys.stderr)
        try:
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
        print(f"{table}: {rows} rows")
    print(
        f"sync: {sum(loaded.values())} rows loaded into {len(loaded)} tables in "
        f"{time.monotonic() - started:.2f} s",
        file=sys.stderr,
    )
    return EXIT_OK


def _seed_sandbox_for_sync(client: Daftra) -> None:
    """A few documents, so that a sandbox sync shows documents with lines and payments."""
    for number in range(1, 4):
        invoice_id = client.invoices.create({
            "Invoice": {"client_id": 1 + number % 2, "date": f"2026-01-0{number}"},
            "InvoiceItem": [
                {"product_id": 1, "item": "Widget", "unit_price": "10.00", "quantity": number},
                {"product_id": 3, "item": "Service hour", "unit_price": "60.00", "quantity": 1},
            ],
        })
        if number == 1:
            client.invoice_payments.create({"InvoicePayment": {
                "invoice_id": invoice_id, "amount": "30.00", "payment_method": "cash",
                "date": "2026-01-02", "status": 1,
            }})
    client.estimates.create({
        "Estimate": {"client_id": 1, "date": "2026-01-04"},
        "InvoiceItem": [{"product_id": 2, "item": "Gadget", "unit_price": "25.00", "quantity": 2}],
    })


def _fault_profile(args: argparse.Namespace) -> Any:
    from daftra_sandbox.faults import FAULT_KINDS, FaultProfile

    chosen = {kind: getattr(args, kind) for kind in FAULT_KINDS if getattr(args, kind)}
    if not (chosen or args.fault_rate or args.latency):
        return None
    timing = {"latency": args.latency, "retry_after": args.retry_after, "seed": args.seed}
    if args.fault_rate:
        return FaultProfile.mixed(args.fault_rate, **timing)
    return FaultProfile(**chosen, **timing)


def _rate_limits(args: argparse.Namespace) -> RateLimits | None:
    """The sandbox's rate limit from the serve options, None without --rate-limit."""
    if args.rate_limit is None:
        return None
    from daftra_sandbox import RateLimits

    try:
        return RateLimits(
            rate=args.rate_limit, burst=args.burst, max_in_flight=args.max_in_flight,
            variant=args.limit_variant, retry_after=args.limit_retry_after,
        )
    except ValueError as exc:
        raise CommandError(f"rate limit: {exc}") from None


def run_sandbox_serve(args: argparse.Namespace) -> int:
    from daftra_sandbox import Sandbox

    profile = _fault_profile(args)
    limits = _rate_limits(args)
    with Sandbox(
        api_key=args.api_key, host=args.host, port=args.port, faults=profile, dialect=args.dialect,
        limits=limits,
    ) as box:
        if args.seed_from:
            from daftra_sandbox import seed_references

            try:
                seed_references(
                    box.state,
                    read_records(
                        Path(args.seed_from), operation_id="addInvoicesBulk", group_by="key"
                    ),
                )
            except FileError as exc:
                raise CommandError(str(exc)) from None
        print(
            f"sandbox: {box.base_url}/api2  api key: {box.api_key}  dialect: {box.dialect}"
            "  (Ctrl-C stops)"
        )
        if profile is not None:
            print(f"faults: {profile}")
        if limits is not None:
            print(f"rate limit: {limits}")
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="daftra",
        description="Move records in and out of a Daftra account.",
        epilog="example: daftra invoices import invoices.json --sandbox",
    )
    account = parser.add_argument_group("account (default: DAFTRA_* environment variables)")
    account.add_argument("--subdomain", help="the account's subdomain, e.g. acme")
    account.add_argument("--base-url", help="full site URL, for custom domains or daftara.com")
    account.add_argument("--api-key", help="API key (prefer DAFTRA_API_KEY: flags show in ps)")
    account.add_argument("--token", help="OAuth access token (prefer DAFTRA_TOKEN)")
    account.add_argument(
        "--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds per request"
    )
    account.add_argument("--profile", help="a [profiles.NAME] of the config file")
    account.add_argument(
        "--config", help=f"config file (default: DAFTRA_CONFIG or {DEFAULT_CONFIG})"
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    commands = parser.add_subparsers(dest="resource", required=True, metavar="RESOURCE")

    def add_sandbox_flag(command: argparse.ArgumentParser) -> None:
        command.add_argument(
            "--sandbox", action="store_true", help="run against an embedded local sandbox"
        )

    actions_of: dict[str, argparse._SubParsersAction[argparse.ArgumentParser]] = {}

    def actions(name: str) -> argparse._SubParsersAction[argparse.ArgumentParser]:
        if name not in actions_of:
            resource_parser = commands.add_parser(name, help=f"{name} commands")
            actions_of[name] = resource_parser.add_subparsers(dest="action", required=True)
        return actions_of[name]

    for name in resources_that(BulkCreatable):
        importer = actions(name).add_parser(
            "import",
            help=f"create {name} from a file of add bodies",
            epilog=f"example: daftra {name} import {name}.json --sandbox --report report.csv",
        )
        importer.add_argument(
            "file", help="a JSON array (.json), JSON Lines (.jsonl) or CSV (.csv) file"
        )
        importer.add_argument(
            "--group-by",
            default=DEFAULT_GROUP_COLUMN,
            metavar="COLUMN",
            help="CSV: rows sharing this column's value make one record (default: key); "
            "columns are Member.field, e.g. Invoice.client_id, InvoiceItem.quantity",
        )
        importer.add_argument(
            "--dry-run",
            action="store_true",
            help="check every record against the spec; send nothing",
        )
        add_sandbox_flag(importer)
        importer.add_argument("--chunk-size", type=int, default=50, help="records per request")
        importer.add_argument(
            "--concurrency", type=int, default=4, help="requests in flight at a time"
        )
        importer.add_argument("--report", help="write a per-record report (.json or .csv)")
        importer.add_argument(
            "--no-validate", action="store_true", help="skip the client-side schema checks"
        )
        importer.add_argument(
            "--undocumented-field",
            action="append",
            default=[],
            metavar="PATH",
            help="send this field although the spec does not document it (dotted, no list "
            "positions, e.g. InvoiceItem.serial; repeatable; '*' allows any)",
        )
        importer.add_argument("--quiet", action="store_true", help="print only the summary")
        importer.add_argument(
            "--journal",
            help="SQLite journal making the import resumable (default: FILE.journal; none "
            "with --sandbox)",
        )
        importer.add_argument("--no-journal", action="store_true", help="keep no journal")
        importer.add_argument("--job", help="job name in the journal (default: the resource)")
        importer.add_argument(
            "--restart", action="store_true", help="forget the job's journal and start over"
        )
        importer.set_defaults(handler=run_import)

    for name in resources_that(Listable):
        exporter = actions(name).add_parser(
            "export",
            help=f"stream every one of the {name} to JSON Lines or CSV",
            epilog=f"example: daftra {name} export --filter client_id=7 --output {name}.csv",
        )
        exporter.add_argument("--output", help="file to write (default: standard output)")
        exporter.add_argument("--format", choices=["jsonl", "csv"], help="default: by suffix")
        exporter.add_argument(
            "--filter",
            action="append",
            default=[],
            metavar="NAME=VALUE",
            help="a documented list filter; repeat for several (or for list filters)",
        )
        exporter.add_argument("--page-size", type=int, default=100, help="records per page")
        add_sandbox_flag(exporter)
        exporter.add_argument("--quiet", action="store_true", help="no progress")
        exporter.set_defaults(handler=run_export)

    whoami = commands.add_parser(
        "whoami",
        help="check the credentials: show the account they open",
        epilog="example: daftra --profile acme whoami",
    )
    add_sandbox_flag(whoami)
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
    sync.add_argument(
        "--dataset", default="account", help="schema/dataset name (default: account)"
    )
    sync.add_argument(
        "--full-scan",
        action="store_true",
        help="read every record, also where changes could be asked for (finds deletions)",
    )
    add_sandbox_flag(sync)
    sync.add_argument("--quiet", action="store_true", help="print only the summary")
    sync.set_defaults(handler=run_sync)

    sandbox = commands.add_parser("sandbox", help="the local Daftra emulator")
    sandbox_actions = sandbox.add_subparsers(dest="action", required=True)
    serve = sandbox_actions.add_parser(
        "serve", help="serve the sandbox until Ctrl-C", epilog="example: daftra sandbox serve"
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (loopback)")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--api-key", default="sandbox-key")
    from daftra_sandbox.dialect import DEFAULT_DIALECT, DIALECTS

    serve.add_argument(
        "--dialect",
        choices=DIALECTS,
        default=DEFAULT_DIALECT,
        help="how answers are worded: 'documented' (typed JSON, as the documentation "
        "shows) or 'live' (as the live service sends them: strings, varied empty values, "
        "edits that replace); default: %(default)s",
    )
    serve.add_argument(
        "--seed-from",
        metavar="FILE",
        help="create the clients, products, staff, branches and stores that "
        "the invoices in FILE refer to",
    )
    faults = serve.add_argument_group("faults (seeded; probabilities per request)")
    faults.add_argument("--latency", type=float, default=0.0, help="seconds added to each")
    faults.add_argument(
        "--fault-rate",
        type=float,
        default=0.0,
        help="a share of requests hit by a mix of faults, e.g. 0.1",
    )
    faults.add_argument("--seed", type=int, default=0, help="replays the same faults")
    faults.add_argument("--retry-after", type=int, default=1, help="seconds, for 429s")
    from daftra_sandbox.faults import FAULT_KINDS

    for kind in FAULT_KINDS:
        faults.add_argument(
            f"--{kind.replace('_', '-')}",
            type=float,
            default=0.0,
            metavar="P",
            help=f"probability of {kind.replace('_', ' ')}",
        )
    from daftra_sandbox.limits import VARIANTS

    limits = serve.add_argument_group("rate limit (per credential, like a real service's)")
    limits.add_argument(
        "--rate-limit", type=float, metavar="PER_SECOND",
        help="requests admitted per second; the others are refused (default: no limit)",
    )
    limits.add_argument("--burst", type=int, default=1, help="requests admitted at once")
    limits.add_argument(
        "--max-in-flight", type=int, metavar="N", help="requests served at a time"
    )
    limits.add_argument(
        "--limit-variant", choices=VARIANTS, default="retry-after",
        help="how refusals look: 429 with Retry-After and X-RateLimit-* headers, with "
        "Retry-After only, with no header, or 503 with Retry-After; default: %(default)s",
    )
    limits.add_argument(
        "--limit-retry-after", type=float, metavar="SECONDS",
        help="a fixed Retry-After (default: the time until a request would be admitted)",
    )
    serve.set_defaults(handler=run_sandbox_serve)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if importlib.util.find_spec("rich") is None:  # imported lazily, by progress_bar only
        print(
            "daftra: the command-line tool needs the cli extra: "
            "pip install 'daftra-python[cli]'",
            file=sys.stderr,
        )
        return EXIT_USAGE
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.handler(args)
    except (CommandError, DaftraError) as exc:
        if args.debug:
            raise
        print(f"daftra: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return status


if __name__ == "__main__":
    raise SystemExit(main())
