"""``daftra <resource> create``, ``update`` and ``delete``: one record at a time, from JSON.

The body is JSON given in the argument itself, in a file (``@body.json``) or on standard
input (``-``), shaped as the library takes it (``{"Client": {...}}`` for v1 resources, a
flat object for v2 ones) and checked against the spec before anything is sent. ``create``
and ``update`` print the record as the server then holds it. ``update`` is the library's
safe update: it reads the record, applies the changes and sends back every field, and
refuses (sending nothing) where the record read back lacks related records the edit would
replace; ``--replace`` sends the body as the whole record instead.
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from daftra_facade import UnsafeEditError
from daftra_facade.files import json_text

from ._common import (
    EXIT_OK,
    CommandError,
    add_account_flags,
    client_for,
    in_cli_words,
    info_of,
    is_seeded,
    record_id_of,
    resources_that,
)

_DECODER = json.JSONDecoder()
BODY_HELP = "JSON text, @FILE to read a file, or - for standard input"


class _ExampleUnwrapped(argparse.HelpFormatter):
    """argparse's formatter, leaving the example line whole: a JSON body wrapped at a
    space inside a string would not run as copied."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if text.startswith(("example:", "documented body")):
            return indent + text
        return super()._fill_text(text, width, indent)


def read_body(given: str, *, stdin: Any = None) -> dict[str, Any]:
    """The JSON object ``given`` stands for (text, ``@FILE`` or ``-``), or a one-line
    :class:`CommandError` naming where it went wrong."""
    if given == "-":
        where, text = "standard input", (stdin or sys.stdin).read()
    elif given.startswith("@"):
        path = Path(given[1:])
        where = str(path)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise CommandError(f"{path}: no such file") from None
        except UnicodeDecodeError:
            raise CommandError(f"{path}: not UTF-8 text") from None
        except OSError as exc:
            raise CommandError(f"{path}: cannot read: {exc.strerror or exc}") from None
    else:
        where, text = "the JSON argument", given
    try:
        body, end = _DECODER.raw_decode(text, len(text) - len(text.lstrip()))
    except json.JSONDecodeError as exc:
        raise CommandError(
            f"{where}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    if text[end:].strip():
        line = text.count("\n", 0, end) + 1
        raise CommandError(f"{where}: more than one JSON value (the second at line {line})")
    if not isinstance(body, dict):
        kind = "an array" if isinstance(body, list) else f"a {type(body).__name__}"
        hint = " (for a file of records, use import)" if isinstance(body, list) else ""
        raise CommandError(f"{where}: expected one record, a JSON object, not {kind}{hint}")
    return body


def _show(name: str, resource: Any, record_id: int | str) -> None:
    """Print the record as the server holds it (its id alone where it cannot be read)."""
    if info_of(name).can("get"):
        view = resource.get(record_id)
        print(json_text(view.to_dict() if hasattr(view, "to_dict") else view))
    else:
        print(json_text({"id": record_id}))


def run_create(args: argparse.Namespace) -> int:
    """Create one record from JSON; print it."""
    body = read_body(args.body)
    with client_for(args, [body]) as client:
        resource = getattr(client, args.resource)
        record_id = resource.create(body, undocumented_fields=args.undocumented_field)
        print(f"created {args.resource} {record_id}", file=sys.stderr)
        _show(args.resource, resource, record_id)
    return EXIT_OK


def run_update(args: argparse.Namespace) -> int:
    """Change some fields of a record (or, with --replace, all of them); print it."""
    record_id = record_id_of(args.resource, "update", args.id)
    changes = read_body(args.body)
    with client_for(args) as client:
        resource = getattr(client, args.resource)
        try:
            if args.replace:
                resource.replace(record_id, changes, undocumented_fields=args.undocumented_field)
            else:
                resource.update(record_id, changes, undocumented_fields=args.undocumented_field)
        except UnsafeEditError as exc:  # told in the command line's words
            raise CommandError(in_cli_words(str(exc))) from exc
        print(f"updated {args.resource} {record_id}", file=sys.stderr)
        _show(args.resource, resource, record_id)
    return EXIT_OK


def run_delete(args: argparse.Namespace) -> int:
    """Delete one record, once confirmed (``--yes``, or an answer at a terminal)."""
    record_id = record_id_of(args.resource, "delete", args.id)
    if not args.yes:
        if not sys.stdin.isatty():
            raise CommandError(
                f"delete {args.resource} {record_id}: give --yes to delete without a "
                "terminal to confirm at"
            )
        answer = input(f"delete {args.resource} {record_id}? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("nothing deleted", file=sys.stderr)
            return EXIT_OK
    with client_for(args) as client:
        getattr(client, args.resource).delete(record_id)
    print(f"deleted {args.resource} {record_id}", file=sys.stderr)
    return EXIT_OK


def documented_body(resource: str) -> dict[str, Any] | None:
    """The create body Daftra's documentation shows for ``resource``, if there is one."""
    return info_of(resource).create_example()


def one_field(body: Mapping[str, Any]) -> dict[str, Any]:
    """A change of one text field of ``body`` (within its model member for v1 bodies):
    what an update example sends."""
    for member, value in body.items():
        if isinstance(value, Mapping):
            inner = one_field(value)
            if inner:
                return {member: inner}
        elif isinstance(value, str) and value and member not in ("id", "date"):
            return {member: value}
    return {}


def _changes(name: str, body: Mapping[str, Any] | None) -> Mapping[str, Any] | None:
    """What an update example sends: one field of a v1 record; the whole documented body
    of a v2 one, whose edits are checked as full bodies."""
    if body is None or info_of(name).api != "v1":
        return body
    return one_field(body) or None


def in_new_sandbox(body: Any) -> Any:
    """``body`` with the records it refers to by id (``client_id``, ``product_id``, …)
    made record 1 where a new sandbox starts with one of that resource."""
    if isinstance(body, list):
        return [in_new_sandbox(item) for item in body]
    if not isinstance(body, Mapping):
        return body
    found: dict[str, Any] = {}
    for key, value in body.items():
        stem = key.removesuffix("_id")
        seeded = key != stem and any(is_seeded(n) for n in (f"{stem}s", f"{stem}es", stem))
        numbered = isinstance(value, int | str) and str(value).isdigit() and int(value) > 0
        found[key] = 1 if seeded and numbered else in_new_sandbox(value)
    return found


def needs_records(name: str) -> str | None:
    """What the documented create body of ``client.<name>`` refers to that a new sandbox
    lacks, as its declaration says: such examples are shown as documented, not as a
    command that runs (the tests check both ways)."""
    return info_of(name).example_needs


def _listed(name: str) -> str:
    """A command listing ``name`` in a new sandbox (with the filters it needs)."""
    from .exporting import _needed

    if name not in resources_that("list"):
        return f"daftra {name} create JSON --sandbox"
    return f"daftra {name} list --sandbox{_needed(name)} --page-size 1"


def _example(name: str, action: str, body: Mapping[str, Any] | None = None) -> str:
    """The ``--help`` example of an action, runnable in a new sandbox (the tests run it):
    on record 1 where the sandbox seeds one, else the way to find an id first; a create
    body referring to records a new sandbox lacks is shown as documented instead."""
    extra = " --yes" if action == "delete" else ""
    needs = needs_records(name) if action == "create" else None
    if needs:
        return (
            f"documented body (it refers to {needs}): "
            f"daftra {name} create {shlex.quote(json_text(body))}"
        )
    body = in_new_sandbox(body)
    given = f" {shlex.quote(json_text(body))}" if body is not None else ""
    if action == "create" or info_of(name).seeded:
        return f"example: daftra {name} {action}{' 1' if action != 'create' else ''}{given}" + (
            f" --sandbox{extra}"
        )
    return f"example: {_listed(name)}   (then: daftra {name} {action} ID{given}{extra})"


def add_create(actions: Any, name: str) -> None:
    body = documented_body(name)
    creator = actions.add_parser(
        "create",
        help=f"create one of the {name} from JSON; print it",
        description=f"Create one of the {name} from JSON and print it as stored.",
        epilog=_example(name, "create", body if body is not None else {}),
        formatter_class=_ExampleUnwrapped,
    )
    creator.add_argument("body", metavar="JSON", help=f"the record: {BODY_HELP}")
    _add_undocumented(creator)
    add_account_flags(creator)
    creator.set_defaults(handler=run_create)


def add_update(actions: Any, name: str) -> None:
    body = documented_body(name)
    updater = actions.add_parser(
        "update",
        help=f"change some fields of one of the {name}; print it",
        description=(
            f"Change some fields of one of the {name}, keeping every other field as it is "
            "(the record is read, changed and sent back whole: Daftra replaces a record "
            "with what an edit sends), and print it as stored. A member given as a list "
            "(lines, payments) replaces that list. Where the record read back lacks related "
            "records the edit would send back, nothing is sent."
        ),
        epilog=_example(name, "update", _changes(name, body)),
        formatter_class=_ExampleUnwrapped,
    )
    updater.add_argument("id", metavar="ID", help="the record's id")
    updater.add_argument("body", metavar="JSON", help=f"the changes: {BODY_HELP}")
    updater.add_argument(
        "--replace",
        action="store_true",
        help="send JSON as the whole record: fields it leaves out are reset by Daftra",
    )
    _add_undocumented(updater)
    add_account_flags(updater)
    updater.set_defaults(handler=run_update)


def add_delete(actions: Any, name: str) -> None:
    deleter = actions.add_parser(
        "delete",
        help=f"delete one of the {name} by id",
        description=f"Delete one of the {name}, asking first at a terminal.",
        epilog=_example(name, "delete"),
        formatter_class=_ExampleUnwrapped,
    )
    deleter.add_argument("id", metavar="ID", help="the record's id")
    deleter.add_argument(
        "--yes",
        "-y",
        action="store_true",
        help="delete without asking (needed where standard input is not a terminal)",
    )
    add_account_flags(deleter)
    deleter.set_defaults(handler=run_delete)


def _add_undocumented(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--undocumented-field",
        action="append",
        default=[],
        metavar="PATH",
        help="send this field although the spec does not document it (dotted, e.g. "
        "Client.custom_code; repeatable)",
    )


ADDERS: dict[str, Callable[[Any, str], None]] = {
    "create": add_create,
    "delete": add_delete,
    "update": add_update,
}
