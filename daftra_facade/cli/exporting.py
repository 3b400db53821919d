"""``daftra <resource> export``, ``list`` and ``get``: records out, losslessly.

Export streams one page at a time, as JSON Lines or CSV in the layout ``import`` reads
back (:mod:`daftra_facade.files`): each record as Daftra lists it (with its lines and
payments: lists that leave them out unless asked are asked), keeping the fields the
spec documents. CSV cells are made safe to open in a spreadsheet unless ``--raw-cells``.

An export to a file is written to a temporary file in the same folder and renamed over
the target only once complete: a failed or interrupted export leaves the target as it
was (the temporary file is removed; only a kill -9 can leave one behind, named
``.NAME.*.part``).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import secrets
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

from daftra_facade import DaftraError
from daftra_facade.files import FORMATS_BY_SUFFIX, RecordWriter, json_text
from daftra_facade.filters import Query, field
from daftra_facade.resource_info import ResourceInfo

from ._common import (
    EXIT_OK,
    CommandError,
    add_account_flags,
    client_for,
    info_of,
    plural,
    progress_bar,
    record_id_of,
    resources_that,
)


def _filters(pairs: list[str], info: ResourceInfo | None = None) -> dict[str, Any]:
    """``--filter NAME=VALUE`` pairs as arguments of the resource's listing: digits
    become numbers, except for a filter that takes text only (``007`` stays ``007``)."""
    found: dict[str, Any] = {}
    for pair in pairs:
        name, equals, value = pair.partition("=")
        if not equals or not name:
            raise CommandError(f"--filter {pair!r}: expected NAME=VALUE")
        if name in found:  # repeated: a list filter such as staff_id[]
            previous = found[name]
            found[name] = [*(previous if isinstance(previous, list) else [previous]), value]
        else:
            found[name] = value
    known = info.list_filters() if info is not None else {}
    return {
        name: value if name in known and known[name].text else _typed(value)
        for name, value in found.items()
    }


def _typed(value: Any) -> Any:
    """Filter values as the listing expects them: digits become integers."""
    if isinstance(value, list):
        return [_typed(item) for item in value]
    return int(value) if value.lstrip("-").isdigit() else value


_WHERE = re.compile(r"^\s*([A-Za-z_][\w.]*)\s*(>=|<=|!=|=|>|<|~)\s*(.*?)\s*$")
_OPERATORS = {
    ">=": "gte",
    "<=": "lte",
    "!=": "not_equal",
    "=": "eq",
    ">": "gt",
    "<": "lt",
    "~": "like",
}


def where_query(expressions: list[str], info: ResourceInfo | None = None) -> Query | None:
    """``--where 'date>=2026-01-01'`` as a v2 query (``~`` is "contains"); digits are a
    number unless the resource documents the field as text."""
    conditions = []
    for expression in expressions:
        match = _WHERE.match(expression)
        if not match:
            raise CommandError(
                f"--where {expression!r}: expected FIELD OP VALUE with OP one of "
                f"{' '.join(_OPERATORS)}, e.g. 'date>=2026-01-01'"
            )
        name, operator, value = match.groups()
        text = info is not None and info.field_is_text(name)
        conditions.append(
            getattr(field(name), _OPERATORS[operator])(value if text else _typed(value))
        )
    return Query().where(*conditions) if conditions else None


def required_filters(resource: str) -> list[str]:
    """The list filters an export cannot do without."""
    return [f.name for f in info_of(resource).list_filters().values() if f.required]


def run_export(args: argparse.Namespace) -> int:
    """Stream every record to JSON Lines or CSV, one page in memory at a time."""
    out_path, kind = output_target(args.output, args.format)
    info = info_of(args.resource)
    filters = _filters(args.filter, info)
    missing = [name for name in required_filters(args.resource) if name not in filters]
    if missing:
        raise CommandError(
            f"{args.resource} can only be listed with "
            + ", ".join(f"--filter {name}=VALUE" for name in missing)
        )
    query = where_query(args.where, info)
    if query is not None:
        if info.api == "v1":
            raise CommandError(
                f"--where filters v2 resources; {args.resource} is a v1 list: "
                "use its documented --filter NAME=VALUE"
            )
        filters["query"] = query
    if "recursive" in info.list_filters():
        filters.setdefault("recursive", 1)  # else Daftra lists documents without their lines
    since_field = None
    if args.since:
        try:
            date.fromisoformat(args.since)
        except ValueError:
            raise CommandError(f"--since {args.since!r}: expected a date, YYYY-MM-DD") from None
        server, since_field = info.since_filter()
        if server:
            filters[server] = args.since
    started = time.monotonic()
    with contextlib.ExitStack() as stack:
        client = stack.enter_context(client_for(args))
        handle: IO[str] = stack.enter_context(whole_file(out_path)) if out_path else sys.stdout
        writer = RecordWriter(handle, args.resource, kind, raw_cells=args.raw_cells)
        resource = getattr(client, args.resource)
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
                record = info.documented(row)
                own = info.own_fields(record)
                dated = str(own.get(since_field) or "")[:10] if since_field else ""
                if dated and dated < args.since:
                    continue  # the server ignored the filter; undated records are kept
                writer.write(record)
            show(writer.written)
    print(
        f"exported {plural(writer.written, 'record')} of {args.resource} in "
        f"{time.monotonic() - started:.2f} s",
        file=sys.stderr,
    )
    return EXIT_OK


def output_target(output: str | None, chosen: str | None) -> tuple[Path | None, str]:
    """Where an export writes (None: standard output, also for ``-``) and in which
    format: ``--format`` if given, else the file's extension; an extension that names
    no format we write is refused rather than guessed."""
    if output is None or output == "-":
        return None, chosen or "jsonl"
    path = Path(output)
    if chosen:
        return path, chosen
    suffix = path.suffix.lower()
    if suffix not in FORMATS_BY_SUFFIX:
        known = ", ".join(FORMATS_BY_SUFFIX)
        named = f"the extension {path.suffix!r}" if path.suffix else "no extension"
        raise CommandError(
            f"--output {output}: {named} names no format this export writes ({known}); "
            "rename the file or add --format jsonl or --format csv"
        )
    return path, FORMATS_BY_SUFFIX[suffix]


@contextlib.contextmanager
def whole_file(path: Path) -> Iterator[IO[str]]:
    """``path`` written through a temporary file in its folder, renamed over ``path``
    (``os.replace``) only once everything was written and flushed to disk. If anything
    fails (or the run is interrupted) the temporary file is removed, ``path`` is left as
    it was, and the error says so in one line."""
    if path.is_dir():
        raise CommandError(f"{path}: is a folder; name a file")
    temporary = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.part")
    try:  # created as open() creates files: permissions from the umask
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except FileNotFoundError:
        raise CommandError(f"{path}: no such folder ({path.parent}); create it first") from None
    except OSError as exc:
        raise CommandError(f"{path}: cannot write: {exc.strerror or exc}") from None
    try:
        with os.fdopen(descriptor, "w", newline="", encoding="utf-8") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        if isinstance(exc, DaftraError | OSError | ValueError):
            raise CommandError(
                f"{' '.join(str(exc).split())}; the export stopped and {path} was not "
                "written (nothing partial is left)"
            ) from exc
        raise


def run_list(args: argparse.Namespace) -> int:
    """One page, as JSON Lines."""
    info = info_of(args.resource)
    filters = _filters(args.filter, info)
    query = where_query(args.where, info)
    if query is not None:
        filters["query"] = query
    with client_for(args) as client:
        page = getattr(client, args.resource).list(page=args.page, limit=args.page_size, **filters)
        for row in page.rows:
            print(json_text(info.documented(row)))
    shown = f"page {page.page}" + (f" of {page.page_count}" if page.page_count else "")
    print(f"{plural(len(page.rows), 'record')}, {shown}", file=sys.stderr)
    return EXIT_OK


def run_get(args: argparse.Namespace) -> int:
    """One record by id, as JSON."""
    record_id = record_id_of(args.resource, "get", args.id)
    with client_for(args) as client:
        view = getattr(client, args.resource).get(record_id)
    print(json_text(view.to_dict() if hasattr(view, "to_dict") else view))
    return EXIT_OK


def _needed(name: str) -> str:
    """The filters an example of listing ``name`` must give."""
    return "".join(f" --filter {n}=1" for n in required_filters(name))


def export_example(name: str) -> str:
    """The ``--help`` example of an export (executed by the tests)."""
    return f"daftra {name} export --sandbox{_needed(name)} --output {name}.csv"


def add_export(actions: Any, name: str) -> None:
    exporter = actions.add_parser(
        "export",
        help=f"stream every one of the {name} to JSON Lines or CSV",
        epilog=f"example: {export_example(name)}",
    )
    exporter.add_argument(
        "--output", help="file to write, .csv, .jsonl or .ndjson (default or -: standard output)"
    )
    exporter.add_argument(
        "--format", choices=["jsonl", "csv"], help="default: by the --output extension"
    )
    _add_filters(exporter)
    exporter.add_argument(
        "--since",
        metavar="DATE",
        help="only records created (or dated) on or after DATE, YYYY-MM-DD; asked of the "
        "server where it can filter, always checked here",
    )
    exporter.add_argument("--page-size", type=int, default=100, help="records per page")
    exporter.add_argument(
        "--raw-cells",
        action="store_true",
        help="CSV: write cells starting with = + - @ tab or CR as they are, not prefixed "
        "with ' against formula injection (import reads either back exactly)",
    )
    add_account_flags(exporter)
    exporter.add_argument("--quiet", action="store_true", help="no progress")
    exporter.set_defaults(handler=run_export)

    lister = actions.add_parser(
        "list",
        help=f"one page of the {name}, as JSON Lines",
        epilog=f"example: daftra {name} list --sandbox{_needed(name)} --page-size 5",
    )
    _add_filters(lister)
    lister.add_argument("--page", type=int, default=1)
    lister.add_argument("--page-size", type=int, default=20, help="records per page")
    lister.add_argument(  # the old name, kept working
        "--limit", type=int, dest="page_size", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    add_account_flags(lister)
    lister.set_defaults(handler=run_list)


def _add_filters(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--filter",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a documented list filter; repeat for several (or for list filters)",
    )
    command.add_argument(
        "--where",
        action="append",
        default=[],
        metavar="EXPR",
        help="v2 resources: a condition such as 'date>=2026-01-01' or 'name~acme' "
        "(=, !=, >, >=, <, <=, ~ contains); repeat for several",
    )


def add_get(actions: Any, name: str) -> None:
    example = (
        f"daftra {name} get 1 --sandbox"
        if info_of(name).seeded
        else f"daftra {name} list --sandbox{_needed(name)} --page-size 1   "
        f"(then: daftra {name} get ID)"
    )
    getter = actions.add_parser(
        "get",
        help=f"one of the {name} by id, as JSON",
        epilog=f"example: {example}",
    )
    getter.add_argument("id", help="the record's id (a number, or text where the spec says so)")
    add_account_flags(getter)
    getter.set_defaults(handler=run_get)


def listable() -> list[str]:
    return resources_that("list")


def retrievable() -> list[str]:
    return resources_that("get")
