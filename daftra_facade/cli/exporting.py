"""``daftra <resource> export``, ``list`` and ``get``: records out, losslessly.

Export streams one page at a time. JSON Lines writes each record as Daftra lists it
(with its lines and payments: lists that leave them out unless asked are asked), keeping
the fields the spec documents. CSV has one layout for nested records, the one ``import``
reads back:

- a ``key`` column naming the record (its id); rows sharing it make one record;
- ``Member.field`` columns for the record's objects (``Invoice.date``), filled on the
  record's first row, and for its lists (``InvoiceItem.quantity``), one element per row,
  so an invoice with three lines and one payment is three rows;
- ``Member.*`` holds, as JSON, an object whose fields vary by account (custom fields).

The columns come from the spec's schema of a listed record, so they are known before the
first record arrives and no record can bring a column the header lacks.

CSV is safe to open in a spreadsheet: a cell starting with ``=``, ``+``, ``-``, ``@``, tab
or CR is written with a leading ``'`` (OWASP's rule against formula injection), except a
plain number such as ``-5``, which no spreadsheet runs; ``--raw-cells`` writes them as
they are. ``import`` reads both back to the original values
(:func:`daftra_facade.bulk.file_values.safe_cell`).

An export to a file is written to a temporary file in the same folder and renamed over
the target only once complete: a failed or interrupted export leaves the target as it
was (the temporary file is removed; only a kill -9 can leave one behind, named
``.NAME.*.part``).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import inspect
import os
import re
import secrets
import sys
import time
import typing
from collections.abc import Iterator, Mapping
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from ..bulk.file_values import safe_cell
from ..errors import DaftraError
from ..filters import Query, field
from ..resources.capabilities import Listable, Retrievable
from ..wire.decoding import SchemaNode, rows_node
from ..wire.encoding import dumps
from ..wire.operations import Operation, _parameters
from ..wire.shapes import documented_part
from ._common import (
    EXIT_OK,
    CommandError,
    add_account_flags,
    client_for,
    is_seeded,
    plural,
    progress_bar,
    resources_that,
    spec_of,
)

KEY_COLUMN = "key"
OPEN_FIELDS = "*"


def _shape(node: SchemaNode | None) -> SchemaNode | None:
    """The object or array a (possibly nullable, union) schema stands for."""
    if node is None or node.kind in ("object", "array"):
        return node
    return next((o for o in node.options if o.kind in ("object", "array")), None)


def csv_columns(row: SchemaNode | None, *, flat: bool = False) -> list[str]:
    """Every column a listed record can fill, from the schema alone. A ``flat`` (v2)
    record has a column per field; its related records are JSON in their field's column."""
    row = _shape(row)
    columns = [KEY_COLUMN]
    if row is None:
        return columns
    for member, node in row.children.items():
        inner = _shape(node)
        if inner is not None and inner.kind == "array":
            inner = _shape(inner.item)
        if flat or inner is None or inner.kind != "object":
            columns.append(member)
            continue
        columns.extend(f"{member}.{name}" for name in inner.children)
        if not inner.closed or not inner.children:
            columns.append(f"{member}.{OPEN_FIELDS}")
    return columns


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, str | int | Decimal | float | date):
        return str(value)
    return dumps(value)


def csv_rows(
    record: Mapping[str, Any], key: object, columns: list[str], *, raw: bool = False
) -> Iterator[dict[str, str]]:
    """The rows of one record in the export layout (see the module's description), each
    cell made safe to open in a spreadsheet unless ``raw``."""
    for row in _csv_rows(record, key, columns):
        yield {column: safe_cell(text, raw=raw) for column, text in row.items()}


def _csv_rows(
    record: Mapping[str, Any], key: object, columns: list[str]
) -> Iterator[dict[str, str]]:
    known = set(columns)
    first: dict[str, str] = {KEY_COLUMN: _cell(key)}
    lists: dict[str, list[Any]] = {}
    for member, value in record.items():
        if member in known:  # a flat record's field, nested values as JSON
            first[member] = _cell(value)
        elif isinstance(value, list):
            lists[member] = value
        elif isinstance(value, Mapping):
            extra = {}
            for name, inner in value.items():
                column = f"{member}.{name}"
                if column in known:
                    first[column] = _cell(inner)
                else:
                    extra[name] = inner
            if extra and f"{member}.{OPEN_FIELDS}" in known:
                first[f"{member}.{OPEN_FIELDS}"] = dumps(extra)
    height = max([1, *(len(items) for items in lists.values())])
    for position in range(height):
        row = first if position == 0 else {KEY_COLUMN: first[KEY_COLUMN]}
        for member, items in lists.items():
            if position < len(items) and isinstance(items[position], Mapping):
                for name, inner in items[position].items():
                    if f"{member}.{name}" in known:
                        row[f"{member}.{name}"] = _cell(inner)
        yield row


def _filters(pairs: list[str], operation: Operation | None = None) -> dict[str, Any]:
    """``--filter NAME=VALUE`` pairs as arguments of the list ``operation``."""
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
    parameters = _parameters(operation.module._get_kwargs) if operation is not None else {}
    return {
        name: value
        if _takes_text(parameters.get(name) or parameters.get(f"{name}_"))
        else _typed(value)
        for name, value in found.items()
    }


def _takes_text(parameter: inspect.Parameter | None) -> bool:
    """Whether a generated parameter takes text and no integer (an id or key the spec
    types as a string: ``007`` must stay ``007``)."""
    if parameter is None:
        return False
    kinds: set[object] = set()
    for option in typing.get_args(parameter.annotation) or (parameter.annotation,):
        inner = typing.get_args(option) if typing.get_origin(option) is list else (option,)
        kinds.update(inner)
    return str in kinds and int not in kinds


def _typed(value: Any) -> Any:
    """Filter values as the generated parameters expect them: digits become integers."""
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


def where_query(expressions: list[str], row: SchemaNode | None = None) -> Query | None:
    """``--where 'date>=2026-01-01'`` as a v2 query (``~`` is "contains"); digits are a
    number unless the field of ``row`` (the listed record's schema) is text."""
    conditions = []
    for expression in expressions:
        match = _WHERE.match(expression)
        if not match:
            raise CommandError(
                f"--where {expression!r}: expected FIELD OP VALUE with OP one of "
                f"{' '.join(_OPERATORS)}, e.g. 'date>=2026-01-01'"
            )
        name, operator, value = match.groups()
        member = row.member(name) if row is not None else None
        text = member is not None and member.kind == "string"
        conditions.append(
            getattr(field(name), _OPERATORS[operator])(value if text else _typed(value))
        )
    return Query().where(*conditions) if conditions else None


def required_filters(resource: str) -> list[str]:
    """The list parameters an export cannot do without (beyond paging and the level)."""
    spec = spec_of(resource)
    operation = Operation(spec.tag, spec.list, spec.bound)
    return [
        name.rstrip("_")
        for name, parameter in _parameters(operation.module._get_kwargs).items()
        if parameter.default is parameter.empty
        and name not in ("level", "page")
        and name not in spec.bound
    ]


def _since_field(resource: str) -> tuple[str | None, str]:
    """The list filter (if any) and the record field ``--since`` goes by."""
    spec = spec_of(resource)
    operation = Operation(spec.tag, spec.list, spec.bound)
    for server, record_field in (("created_from", "created"), ("date_from", "date")):
        if operation.takes(server):
            return server, record_field
    return None, "created"


def _record_of(record: Mapping[str, Any], model_key: str) -> Mapping[str, Any]:
    inner = record.get(model_key)
    return inner if isinstance(inner, Mapping) else record


def run_export(args: argparse.Namespace) -> int:
    """Stream every record to JSON Lines or CSV, one page in memory at a time."""
    out_path, kind = output_target(args.output, args.format)
    spec = spec_of(args.resource)
    filters = _filters(args.filter, Operation(spec.tag, spec.list, spec.bound))
    missing = [name for name in required_filters(args.resource) if name not in filters]
    if missing:
        raise CommandError(
            f"{args.resource} can only be listed with "
            + ", ".join(f"--filter {name}=VALUE" for name in missing)
        )
    query = where_query(args.where, rows_node(spec.list, spec.pages.rows_path))
    if query is not None:
        if spec.pages.kind == "v1":
            raise CommandError(
                f"--where filters v2 resources; {args.resource} is a v1 list: "
                "use its documented --filter NAME=VALUE"
            )
        filters["query"] = query
    operation = Operation(spec.tag, spec.list, spec.bound)
    if operation.takes("recursive"):
        filters.setdefault("recursive", 1)  # else Daftra lists documents without their lines
    since_field = None
    if args.since:
        try:
            date.fromisoformat(args.since)
        except ValueError:
            raise CommandError(f"--since {args.since!r}: expected a date, YYYY-MM-DD") from None
        server, since_field = _since_field(args.resource)
        if server:
            filters[server] = args.since
    started, written = time.monotonic(), 0
    row_schema = rows_node(spec.list, spec.pages.rows_path) if spec.list else None
    columns = csv_columns(row_schema, flat=spec.pages.kind != "v1")
    with contextlib.ExitStack() as stack:
        client = stack.enter_context(client_for(args))
        handle: IO[str] = stack.enter_context(whole_file(out_path)) if out_path else sys.stdout
        writer = csv.DictWriter(handle, fieldnames=columns) if kind == "csv" else None
        if writer is not None:
            writer.writeheader()
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
                record = documented_part(row.to_dict(), row_schema)
                own = _record_of(record, spec.model_key)
                dated = str(own.get(since_field) or "")[:10] if since_field else ""
                if dated and dated < args.since:
                    continue  # the server ignored the filter; undated records are kept
                if writer is None:
                    handle.write(dumps(record) + "\n")
                else:
                    writer.writerows(
                        csv_rows(record, own.get("id", written), columns, raw=args.raw_cells)
                    )
                written += 1
            show(written)
    print(
        f"exported {plural(written, 'record')} of {args.resource} in "
        f"{time.monotonic() - started:.2f} s",
        file=sys.stderr,
    )
    return EXIT_OK


# The formats an export writes, by the output file's extension.
FORMATS_BY_SUFFIX = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}


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
    spec = spec_of(args.resource)
    filters = _filters(args.filter, Operation(spec.tag, spec.list, spec.bound))
    query = where_query(args.where, rows_node(spec.list, spec.pages.rows_path))
    if query is not None:
        filters["query"] = query
    row_schema = rows_node(spec.list, spec.pages.rows_path) if spec.list else None
    with client_for(args) as client:
        page = getattr(client, args.resource).list(page=args.page, limit=args.page_size, **filters)
        for row in page.rows:
            print(dumps(documented_part(row.to_dict(), row_schema)))
    shown = f"page {page.page}" + (f" of {page.page_count}" if page.page_count else "")
    print(f"{plural(len(page.rows), 'record')}, {shown}", file=sys.stderr)
    return EXIT_OK


def run_get(args: argparse.Namespace) -> int:
    """One record by id, as JSON."""
    spec = spec_of(args.resource)
    # The id is typed as the spec types the resource's: a number, or text kept as written.
    record_id = Operation(spec.tag, spec.get, spec.bound).record_id_from_text(args.id)
    with client_for(args) as client:
        view = getattr(client, args.resource).get(record_id)
    print(dumps(view.to_dict() if hasattr(view, "to_dict") else view))
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
        if is_seeded(name)
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
    return resources_that(Listable)


def retrievable() -> list[str]:
    return resources_that(Retrievable)
