"""The ``daftra`` command line, one module per family of commands.

daftra clients import clients.csv --match email
daftra invoices import invoices.csv --client-key email --product-key product_code
daftra invoices export --since 2026-01-01 --output invoices.csv
daftra sandbox serve --port 8765

Every failure is one line on standard error (``--debug`` shows the traceback) with exit
status 2; an import or export that ends incomplete exits with 1; Ctrl-C with 130.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import os
import sys
from collections.abc import Sequence

from ..errors import DaftraError
from . import completion, serving, syncing
from ._common import (
    DEFAULT_CONFIG,
    DEFAULT_TIMEOUT,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    CommandError,
    Parser,
    resources_that,
)
from .exporting import add_export, add_get, listable, retrievable
from .importing import add_import, importable
from .serving import _rate_limits

__all__ = ["CommandError", "_rate_limits", "build_parser", "main", "resources_that"]


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("daftra-python")
    except PackageNotFoundError:  # running from a source tree that was not installed
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="daftra",
        description="Move records in and out of a Daftra account.",
        epilog="example: daftra invoices import invoices.json --sandbox",
    )
    parser.add_argument("--version", action="version", version=f"daftra {_version()}")
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
    parser.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=0,
        help="log retries, lookups and pace changes (-vv: every request too)",
    )
    commands = parser.add_subparsers(dest="resource", required=True, metavar="COMMAND")

    actions_of: dict[str, argparse._SubParsersAction[Parser]] = {}

    def actions(name: str) -> argparse._SubParsersAction[Parser]:
        if name not in actions_of:
            resource_parser = commands.add_parser(name, help=f"{name} commands")
            actions_of[name] = resource_parser.add_subparsers(
                dest="action", required=True, metavar="ACTION"
            )
        return actions_of[name]

    for name in importable():
        add_import(actions(name), name)
    for name in listable():
        add_export(actions(name), name)
    for name in retrievable():
        add_get(actions(name), name)
    syncing.add_commands(commands)
    serving.add_commands(commands)
    completion.add_commands(commands, parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if importlib.util.find_spec("rich") is None:  # imported lazily, by progress_bar only
        print(
            "daftra: the command-line tool needs the cli extra: pip install 'daftra-python[cli]'",
            file=sys.stderr,
        )
        return EXIT_USAGE
    args = build_parser().parse_args(argv)
    if args.verbose:
        from ..logs import setup_logging

        setup_logging("debug" if args.verbose > 1 else "info")
    try:
        status: int = args.handler(args)
    except (CommandError, DaftraError) as exc:
        if args.debug:
            raise
        print(f"daftra: error: {' '.join(str(exc).split())}", file=sys.stderr)
        return EXIT_USAGE
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
    if args.no_journal or (args.sandbox and not args.journal):
        return (
            "this import kept no job store, so a rerun cannot tell what was sent; "
            "use --journal to make it resumable"
        )
    store = args.journal or f"{args.file}.journal"
    return (
        f"run the same command again to resume: {store} records what was done, and "
        "anything sent without an answer is looked up before it is sent again"
    )
