"""``daftra <resource> import FILE``: create (or, with ``--match``, upsert) every record
of a file, with a progress bar, a per-element report, a resumable job store and
``--dry-run``. Documents may name their client, supplier and products by a business key
(``--client-key email``), resolved before anything is sent."""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import attrs

from daftra_facade import (
    BulkAbortedError,
    BulkResult,
    Daftra,
    InvalidInputError,
    JobStore,
    JobStoreError,
    JobStoreWriteError,
    MultipleMatchesError,
)
from daftra_facade.files import DEFAULT_GROUP_COLUMN, FileError, read_bodies
from daftra_facade.resource_info import Reference, all_resources

from ._common import (
    EXIT_INCOMPLETE,
    EXIT_OK,
    CommandError,
    add_account_flags,
    client_for,
    exit_status,
    info_of,
    plural,
    resources_that,
    writable_target,
)
from .reports import print_report, write_report

RecordId = int | str
# The counts an upsert's progress always shows.
UPSERT_COUNTS = ("created", "updated", "unchanged", "rejected", "unknown", "duplicate")


def _references() -> list[tuple[str, str, Reference]]:
    """Related records a document may name by a business key instead of an id, from their
    declarations: the resource, its singular, and how it is named (option, id field, and
    whether in the items)."""
    return [
        (name, info.model_key.lower(), info.reference)
        for name, info in all_resources().items()
        if info.reference is not None
    ]


class Unresolved:
    """An element whose reference did not resolve: refused when its body is built, so it
    keeps its index (and so its place in the job) and is never sent."""

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def to_dict(self) -> dict[str, Any]:
        raise InvalidInputError(self.reason)


def read_file(args: argparse.Namespace) -> list[Any]:
    """The file's records, as add bodies: what only the read side has (ids, totals,
    related records of an exported file) is left out, anything else is checked."""
    try:
        return read_bodies(
            args.file,
            args.resource,
            group_by=args.group_by,
            encoding=args.encoding,
            delimiter=args.delimiter,
        )
    except FileError as exc:
        raise CommandError(str(exc)) from None


def _resolve_references(args: argparse.Namespace, client: Daftra, records: list[Any]) -> None:
    """Replace business keys naming related records by their ids, in place; an element
    naming one that matches nothing (or several) becomes :class:`Unresolved`."""
    info = info_of(args.resource)
    member, key_problem = info.model_key, info.key_value_problem
    for target, _, reference in _references():
        option, id_field, in_items = reference.option, reference.id_field, reference.in_items
        key_name = getattr(args, option, None)
        if not key_name:
            continue
        finder = getattr(client, target)
        found: dict[str, RecordId | _Why] = {}  # value → id, or why it does not resolve
        for index, record in enumerate(records):
            if not isinstance(record, Mapping):
                continue
            holders = record.get("InvoiceItem") if in_items else [record.get(member)]
            problems = []
            for holder in holders if isinstance(holders, list) else ():
                if not isinstance(holder, dict) or holder.get(id_field) in (None, ""):
                    continue
                value = str(holder[id_field])
                if value not in found:
                    # A value no query can carry names this element, not the whole run.
                    problem = key_problem(value)
                    found[value] = (
                        _Why(f"{id_field} as {key_name}: {problem}")
                        if problem
                        else _one_id(finder, target, key_name, value)
                    )
                resolved = found[value]
                if isinstance(resolved, _Why):
                    problems.append(resolved.reason)
                else:
                    holder[id_field] = resolved
            if problems:
                records[index] = Unresolved("; ".join(dict.fromkeys(problems)) + ": not sent")


@attrs.frozen
class _Why:
    """Why a business key does not resolve to an id."""

    reason: str


def _one_id(finder: Any, target: str, key_name: str, value: str) -> RecordId | _Why:
    """The id of the one record with this key, as the spec types the target's ids (a
    number, or text: the view is decoded by the spec)."""
    try:
        view = finder.find_one(**{key_name: value})
    except MultipleMatchesError as exc:
        return _Why(f"{len(exc.ids)} {target} have {key_name} {value!r}")
    if view is None:
        return _Why(f"no {target[:-1]} has {key_name} {value!r}")
    record = view.to_dict() if hasattr(view, "to_dict") else dict(view)
    inner = next(iter(record.values()), {}) if len(record) == 1 else record
    found: RecordId = inner["id"]
    return found


def _label(args: argparse.Namespace, record: Any) -> str:
    """What names an element in the report besides its index: its match key, else the
    first business key it gives."""
    if not isinstance(record, Mapping):
        return ""
    found = info_of(args.resource).key_value(record, args.match)
    return f"{found[0]}={found[1]}" if found else ""


def _job_store(args: argparse.Namespace) -> JobStore | None:
    """The import's job store: ``--journal``, else ``FILE.journal`` (none for --sandbox,
    whose account is new each run, nor for standard input, which names no file to keep
    it beside, unless asked for)."""
    if args.no_journal:
        return None
    from_stdin = args.file == "-"
    path = args.journal or (None if args.sandbox or from_stdin else f"{args.file}.journal")
    if path is None:
        return None
    # Refused in one line (JobStoreError) when another run holds it, when it is damaged
    # or was made for another file: a new job only with --new-job.
    store = JobStore(
        path,
        new_job=args.new_job,
        recover=args.restart,
        # Standard input cannot be read again to tell it apart: each element's own
        # fingerprint still tells an input that changed since it was sent.
        input_file=None if from_stdin else args.file,
        purpose=f"daftra {args.resource} import {Path(args.file).name}",
    )
    if store.set_aside is not None:
        print(
            f"job store: {path} could not be used as it was; kept as {store.set_aside}, "
            "a new job starts (--new-job)",
            file=sys.stderr,
        )
    if args.restart:
        try:
            store.restart(args.job or args.resource)
        except BaseException:
            store.close()
            raise
    return store


def run_import(args: argparse.Namespace) -> int:
    if args.report:  # checked now: a report that cannot be written comes after the sending
        writable_target(Path(args.report), "--report")
    records = read_file(args)
    started = time.monotonic()
    if args.dry_run:
        return _dry_run(args, records)
    labels = [_label(args, record) for record in records]
    aborted: BulkAbortedError | None = None
    store = _job_store(args)
    with (
        contextlib.closing(store) if store else contextlib.nullcontext(),
        client_for(args, records) as client,
    ):
        _resolve_references(args, client, records)
        from ._common import progress_bar

        with progress_bar(f"importing {args.resource}", len(records), quiet=args.quiet) as show:
            try:
                result = _send(args, client, records, store, show)
            except BulkAbortedError as exc:
                aborted, result = exc, exc.result
            except JobStoreWriteError as exc:  # before anything was sent: still summarised
                result = BulkResult()
                aborted = BulkAbortedError(exc.message, result=result, cause=exc)
    if not args.quiet:
        print_report(result, labels, sys.stdout)
    unwritten: CommandError | None = None
    if args.report:
        try:
            write_report(result, labels, Path(args.report), raw_cells=args.raw_cells)
        except CommandError as exc:  # told after the summary, which must still be seen
            unwritten = exc
    not_handled = len(records) - len(result)
    earlier = sum(bool(getattr(o, "earlier", False)) for o in result)
    print(
        f"summary: {result.summary()}"
        + (f" ({earlier} of them settled by an earlier run)" if earlier else "")
        + (f", {not_handled} not sent" if not_handled else "")
        + f" of {plural(len(records), 'record')} in {time.monotonic() - started:.2f} s",
        file=sys.stderr,
    )
    if result.duplicate:
        print(
            f"{plural(len(result.duplicate), 'duplicate')}: several records carry one "
            "reference or key (a create that committed after the client gave up, or another "
            "run creating it at the same time); nothing was deleted: keep the first of each "
            "duplicate's ids, delete the others once checked, then run again",
            file=sys.stderr,
        )
    if aborted is not None and isinstance(aborted.cause, JobStoreError):
        raise CommandError(f"stopped: {aborted.cause.message}", status=EXIT_INCOMPLETE)
    if unwritten is not None:
        raise unwritten
    if aborted is not None:
        raise CommandError(
            f"stopped: {aborted.cause.message}; nothing refused this way was recorded as "
            "rejected: run the same command again with working credentials",
            status=exit_status(aborted.cause),
        )
    return EXIT_OK if result.ok and not not_handled else EXIT_INCOMPLETE


def _send(
    args: argparse.Namespace,
    client: Daftra,
    records: list[Any],
    store: JobStore | None,
    show: Any,
) -> BulkResult:
    resource = getattr(client, args.resource)
    common: dict[str, Any] = dict(
        concurrency=args.concurrency,
        validate=not args.no_validate,
        on_progress=lambda p: show(
            p.done, p.summary(*UPSERT_COUNTS) if args.match else p.summary()
        ),
        journal=store,
        job=args.job or args.resource,
        retry_rejected=args.retry_rejected,
        undocumented_fields=args.undocumented_field,
        settle_window=args.settle_window,
    )
    info = info_of(args.resource)
    result: BulkResult
    if args.match:
        if not info.can("upsert"):
            raise CommandError(f"{args.resource} cannot be edited, so --match cannot update")
        result = resource.upsert(records, key=args.match, **common)
    elif info.can("bulk_create"):
        result = resource.bulk_create(
            records, chunk_size=args.chunk_size, allow_duplicates=args.allow_duplicates, **common
        )
    else:
        result = resource.create_many(records, **common)
    return result


def _dry_run(args: argparse.Namespace, records: list[Any]) -> int:
    """Check every record against the spec, send nothing."""
    info = info_of(args.resource)
    invalid = 0
    for index, record in enumerate(records):
        problems = info.body_problems(
            record, index=index, undocumented=tuple(args.undocumented_field)
        )
        if problems:
            invalid += 1
            details = "; ".join(f"{field}: {', '.join(why)}" for field, why in problems.items())
            print(f"#{index:<5} invalid   {details}")
    print(
        f"dry run: {len(records) - invalid} valid, {invalid} invalid of "
        f"{plural(len(records), 'record')}; nothing was sent",
        file=sys.stderr,
    )
    return EXIT_OK if not invalid else EXIT_INCOMPLETE


def _one_character(text: str) -> str:
    separator = "\t" if text in ("\\t", "tab") else text
    if len(separator) != 1:
        raise argparse.ArgumentTypeError(f"{text!r}: one character (or tab)")
    return separator


def import_example(name: str) -> str:
    """The ``--help`` example of an import (executed by the tests): the file shipped in
    ``daftra_facade/examples`` where there is one (built from the documentation's
    examples), else what the export example writes."""
    shipped = resources.files("daftra_facade").joinpath(f"examples/{name}.json").is_file()
    source = f"{name}.json" if shipped else f"{name}.csv"
    return f"daftra {name} import {source} --sandbox --report report.csv"


def add_import(actions: Any, name: str) -> None:
    info = info_of(name)
    keys = info.keys
    importer = actions.add_parser(
        "import",
        help=f"create {name} from a file of add bodies (or update them with --match)",
        epilog=f"example: {import_example(name)}",
    )
    importer.add_argument(
        "file", help="a JSON array (.json), JSON Lines (.jsonl) or CSV (.csv) file"
    )
    if keys and info.can("upsert"):
        importer.add_argument(
            "--match",
            metavar="KEY",
            help=f"update the record with the same KEY instead of creating one, if it "
            f"differs (an upsert); KEY is one of: {', '.join(keys)}",
        )
    else:
        importer.set_defaults(match=None)
    documents = info.document
    if documents:
        for target, singular, reference in _references():
            where = "the items' " if reference.in_items else "the file's "
            importer.add_argument(
                "--" + reference.option.replace("_", "-"),
                metavar="KEY",
                choices=info_of(target).keys,
                help=f"{where}{reference.id_field} holds this {singular} key "
                f"({', '.join(info_of(target).keys)}) instead of an id; resolved "
                "before sending",
            )
    importer.add_argument(
        "--group-by",
        default=DEFAULT_GROUP_COLUMN,
        metavar="COLUMN",
        help="CSV: rows sharing this column's value make one record (default: key); "
        "columns are Member.field, e.g. Invoice.client_id, InvoiceItem.quantity",
    )
    importer.add_argument(
        "--dry-run", action="store_true", help="check every record against the spec; send nothing"
    )
    add_account_flags(importer)
    importer.add_argument(
        "--chunk-size",
        type=int,
        default=50,
        help="records per request, where Daftra has a bulk endpoint",
    )
    importer.add_argument("--concurrency", type=int, default=4, help="requests in flight")
    importer.add_argument(
        "--encoding",
        help="the file's encoding, e.g. cp1256 or latin-1 (default: UTF-16 where a "
        "byte-order mark says so, else UTF-8)",
    )
    importer.add_argument(
        "--delimiter",
        type=_one_character,
        help="the CSV separator (default: the comma, semicolon or tab of the header line)",
    )
    importer.add_argument("--report", help="write a per-record report (.json or .csv)")
    importer.add_argument(
        "--raw-cells",
        action="store_true",
        help="CSV report: write cells starting with = + - @ tab or CR as they are, not "
        "prefixed with ' against formula injection",
    )
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
    importer.add_argument(
        "--settle-window",
        type=float,
        metavar="SECONDS",
        help="after a create got no answer (or a 5xx), look it up for this long before "
        "sending it again, since the server may still commit it; applies to every create "
        "of the import, --match upserts included (default: the larger of --timeout and "
        "30 s, PHP's execution limit)",
    )
    importer.add_argument(
        "--allow-duplicates",
        action="store_true",
        help="send records whose own reference (an invoice's po_number) a record on the "
        "server already carries; by default they are reported as existing, not sent",
    )
    importer.add_argument("--quiet", action="store_true", help="print only the summary")
    importer.add_argument(
        "--journal",
        help="SQLite job store making the import resumable (default: FILE.journal; none "
        "with --sandbox)",
    )
    importer.add_argument("--no-journal", action="store_true", help="keep no job store")
    importer.add_argument(
        "--new-job",
        action="store_true",
        help="where the job store is damaged or its job was made for another file, start "
        "a new job (the old files or job are kept aside, renamed; what they recorded as "
        "sent may be created again); a sound job of this file goes on as usual",
    )
    importer.add_argument("--job", help="job name in the job store (default: the resource)")
    importer.add_argument(
        "--restart",
        action="store_true",
        help="go over the whole job again: what an earlier run sent is looked up before "
        "anything is sent, so nothing is created twice",
    )
    importer.add_argument(
        "--retry-rejected",
        action="store_true",
        help="send again the elements an earlier run saw rejected, once fixed in the file",
    )
    importer.set_defaults(handler=run_import)


def importable() -> list[str]:
    """Every resource a file can be imported into."""
    return resources_that("create")
