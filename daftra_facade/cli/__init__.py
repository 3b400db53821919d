"""The ``daftra`` command line, one module per family of commands.

daftra clients import clients.csv --match email
daftra invoices import invoices.csv --client-key email --product-key product_code
daftra invoices export --since 2026-01-01 --output invoices.csv
daftra sandbox serve --port 8765

Every failure is one line on standard error (``--debug`` shows the traceback); the exit
statuses are listed in ``daftra --help`` (``_common.EXIT_STATUSES``).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import importlib.util
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from daftra_facade import DaftraError

from ._common import (
    EXIT_INTERRUPTED,
    EXIT_STATUSES,
    EXIT_USAGE,
    CommandError,
    Parser,
    add_global_flags,
    build_lazily,
    exit_status,
    help_formatter,
    in_cli_words,
    laid_out_help_formatter,
    resources_that,
)

__all__ = ["CommandError", "_rate_limits", "build_parser", "main", "resources_that"]

# Each resource the command line has commands for: its description and actions. Read from
# a small index rather than the resource classes, whose import costs far more than a
# start-up may (daftra_facade/cli/indexing.py writes it; the tests check it).
RESOURCES: dict[str, tuple[str, tuple[str, ...]]] = {
    name: (summary, tuple(actions))
    for name, (summary, actions) in json.loads(
        Path(__file__).with_name("_index.json").read_text(encoding="utf-8")
    ).items()
}
# What each action does, as a resource's --help lists it, by group.
ACTION_GROUPS = {
    "one record": {
        "create": "create one record from JSON; print it",
        "delete": "delete one record by id",
        "get": "one record by id, as JSON",
        "update": "change some fields of a record, keeping the others; print it",
    },
    "many records": {
        "export": "stream every record to JSON Lines or CSV",
        "import": "create records from a file (or update them with --match)",
        "list": "one page of records, as JSON Lines",
    },
}
# The commands that are not a resource, by group, with their --help lines.
COMMAND_GROUPS = {
    "data": {
        "RESOURCE export": "stream every record of a resource to JSON Lines or CSV",
        "RESOURCE import": "create (or update) records of a resource from a file",
        "sync": "load the account into a database (DuckDB by default), incrementally",
    },
    "account": {"whoami": "check the credentials: show the account they open"},
    "sandbox": {"sandbox serve": "serve the local Daftra emulator until Ctrl-C"},
    "shell": {"completion": "print a shell completion script (bash, zsh)"},
}


def __getattr__(name: str) -> Any:
    if name == "_rate_limits":  # where the tests know it from; serving is not loaded first
        from .serving import _rate_limits

        return _rate_limits
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("daftra-python")
    except PackageNotFoundError:  # running from a source tree that was not installed
        return "unknown"


class _Version(argparse.Action):
    """``--version``: the package metadata is read only when asked for (it costs more
    than parsing the rest of the command line)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *args: Any) -> None:
        print(f"daftra {_version()}")
        parser.exit()


def build_parser() -> Parser:
    """The ``daftra`` parser. Only the command the command line names is built (with
    the modules it needs), when argparse reaches it; ``--help`` lists every command from
    the index. Global flags are accepted before the command and after it."""
    parser = Parser(
        prog="daftra",
        usage="daftra [-h] [--version] [global flags] COMMAND ...",
        description="Move records in and out of a Daftra account.",
        epilog="example: daftra invoices import invoices.json --sandbox\n\nexit statuses:\n"
        + "\n".join(f"  {code:<4} {meaning}" for code, meaning in EXIT_STATUSES),
        formatter_class=laid_out_help_formatter,
    )
    parser.add_argument("--version", action=_Version)
    add_global_flags(parser, account=True, shown=True, root=True)
    commands = parser.add_subparsers(
        dest="resource", required=True, metavar="COMMAND", help=argparse.SUPPRESS, prog="daftra"
    )
    builders: dict[str, Callable[[], object]] = {
        name: functools.partial(_add_resource, commands, name) for name in RESOURCES
    }
    builders.update(
        sync=functools.partial(_add_from, "syncing", commands),
        whoami=functools.partial(_add_from, "syncing", commands),
        sandbox=functools.partial(_add_from, "serving", commands),
        completion=functools.partial(_add_completion, commands, parser),
    )
    build_lazily(commands, builders)
    listed = ", ".join(sorted({a for _, actions in RESOURCES.values() for a in actions}))
    parser.command_groups = [
        (
            f"records (daftra RESOURCE ACTION, ACTION one of {listed})",
            [(name, summary) for name, (summary, _) in sorted(RESOURCES.items())],
        ),
        *((group, sorted(rows.items())) for group, rows in COMMAND_GROUPS.items()),
    ]
    return parser


def _add_from(module: str, commands: Any) -> None:
    """The commands a module registers (``add_commands``), its import postponed until
    one of them is named."""
    importlib.import_module(f".{module}", __name__).add_commands(commands)
    _debug_everywhere(commands)


def _add_completion(commands: Any, root: Parser) -> None:
    from . import completion

    completion.add_commands(commands, root)
    _debug_everywhere(commands)


def _debug_everywhere(commands: argparse._SubParsersAction[Parser]) -> None:
    """``--debug`` after the command too, on the built commands that do not take the
    account flags (which bring it)."""
    for command in dict.values(commands._name_parser_map):
        if "--debug" not in command._option_string_actions:
            add_global_flags(command, account=False, shown=True)
        for action in command._actions:
            if isinstance(action, argparse._SubParsersAction):
                _debug_everywhere(action)


def _add_resource(commands: argparse._SubParsersAction[Parser], name: str) -> None:
    """``daftra NAME``, its actions built when named (each with what it needs)."""
    summary, actions = RESOURCES[name]
    resource = commands.add_parser(
        name,
        usage=f"daftra {name} ACTION [flags]",
        description=summary,
        epilog=f"each action's flags: daftra {name} ACTION --help; global flags: daftra --help",
        formatter_class=help_formatter,
    )
    add_global_flags(resource, account=True, shown=False)  # daftra NAME --profile P list
    subcommands = resource.add_subparsers(
        dest="action", required=True, metavar="ACTION", help=argparse.SUPPRESS, prog=resource.prog
    )
    build_lazily(
        subcommands,
        {action: functools.partial(_add_action, subcommands, name, action) for action in actions},
    )
    resource.command_groups = [
        (group, [(a, text) for a, text in sorted(rows.items()) if a in actions])
        for group, rows in ACTION_GROUPS.items()
        if any(a in actions for a in rows)
    ]


def _add_action(actions: Any, name: str, action: str) -> None:
    if action == "import":
        from .importing import add_import

        add_import(actions, name)
    elif action in ("export", "list"):
        from .exporting import add_export

        add_export(actions, name)  # both
    elif action == "get":
        from .exporting import add_get

        add_get(actions, name)
    else:
        from . import records

        records.ADDERS[action](actions, name)


def main(argv: Sequence[str] | None = None) -> int:
    if importlib.util.find_spec("rich") is None:  # imported lazily, by progress_bar only
        print(
            "daftra: the command-line tool needs the cli extra: pip install 'daftra-python[cli]'",
            file=sys.stderr,
        )
        return EXIT_USAGE
    _spare_httpx_cli()
    args = build_parser().parse_args(argv)
    if args.verbose:
        from daftra_facade import setup_logging

        setup_logging("debug" if args.verbose > 1 else "info")
    try:
        status: int = args.handler(args)
    except (CommandError, DaftraError) as exc:
        if args.debug:
            raise
        print(f"daftra: error: {in_cli_words(' '.join(str(exc).split()))}", file=sys.stderr)
        return exit_status(exc)
    except KeyboardInterrupt:
        if args.debug:
            raise
        print(f"daftra: interrupted; {_resume_hint(args)}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, without Python's complaint
        # about flushing the closed pipe at exit.
        with contextlib.suppress(OSError, ValueError, AttributeError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return status


def _resume_hint(args: argparse.Namespace) -> str:
    if getattr(args, "action", None) != "import":
        return "nothing to resume: run the command again"
    if args.no_journal or ((args.sandbox or args.file == "-") and not args.journal):
        return (
            "this import kept no job store, so a rerun cannot tell what was sent; "
            "use --journal to make it resumable"
        )
    store = args.journal or f"{args.file}.journal"
    return (
        f"run the same command again to resume: {store} records what was done, and "
        "anything sent without an answer is looked up before it is sent again"
    )


def _spare_httpx_cli() -> None:
    """``import httpx`` imports httpx's own command line (click, rich, pygments: some
    60 ms) whenever they are installed; this process never runs it, so it is left out
    (httpx then defines a stub ``httpx.main``). Only in a process that has not imported
    httpx yet: a library user's process is never touched."""
    if "httpx" not in sys.modules and "httpx._main" not in sys.modules:
        sys.modules["httpx._main"] = None  # type: ignore[assignment]  # "not importable"
