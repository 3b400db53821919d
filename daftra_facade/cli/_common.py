"""What every ``daftra`` command shares: the parser (commands built only when asked for,
help grouped, global flags before or after the command), the account to connect to, the
embedded sandbox, progress bars, one-line errors and the worded counts of messages.

Importing this module stays cheap (no client, no resources, no generated code): the
top-level parser is built from it before anyone knows which command will run.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import os
import re
import sys
import time
import tomllib
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from daftra_facade import Daftra
    from daftra_facade.resource_info import ResourceInfo

# The exit statuses, as `daftra --help` documents them (EXIT_STATUSES).
EXIT_OK, EXIT_INCOMPLETE, EXIT_USAGE, EXIT_CREDENTIALS, EXIT_INTERRUPTED = 0, 1, 2, 4, 130
EXIT_STATUSES = (
    (EXIT_OK, "done: everything asked for was done"),
    (
        EXIT_INCOMPLETE,
        "failed or incomplete: refused or failed by the service, not found, "
        "or left partly undone (the summary says what)",
    ),
    (EXIT_USAGE, "usage: a wrong flag, file, body or setting; nothing was sent because of it"),
    (EXIT_CREDENTIALS, "credentials refused: the service answered 401 or 403"),
    (EXIT_INTERRUPTED, "interrupted (Ctrl-C)"),
)
DEFAULT_CONFIG = "~/.config/daftra/config.toml"
DEFAULT_TIMEOUT = 30.0


class CommandError(Exception):
    """A problem worth one readable line; the command exits with ``status`` (2, a usage
    problem, unless the problem was another: see :func:`exit_status`)."""

    def __init__(self, message: str, *, status: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.status = status


# The library names its options as Python keywords, often beside the flag; the command
# line speaks of flags only.
_KEYWORD_AFTER_FLAG = re.compile(r"(--[a-z][a-z-]*) \([a-z_]+(?:=[^)\s]*)?\)")
_IN_CLI_WORDS = (
    ("pass base_url= for custom domains", "use --base-url for custom domains"),
    ("use replace() with a full body", "use --replace with a full body"),
    ("or replace() with a full body", "or --replace with a full body"),
)


_ELEMENT = re.compile(r"\brecords\[(\d+)\]")


def in_cli_words(message: str) -> str:
    """``message`` (from the library) as the command line says it: flags, not keywords,
    and ``record #7`` (as the import's lines number them), not ``records[7]``."""
    message = _KEYWORD_AFTER_FLAG.sub(r"\1", message)
    message = _ELEMENT.sub(r"record #\1", message)
    for library, cli in _IN_CLI_WORDS:
        message = message.replace(library, cli)
    return message


def exit_status(error: Exception) -> int:
    """The status a command that failed with ``error`` exits with (EXIT_STATUSES)."""
    from daftra_facade import (
        AuthenticationError,
        ConfigurationError,
        InvalidInputError,
        JobStoreError,
        JobStoreWriteError,
        PermissionDeniedError,
    )

    if isinstance(error, CommandError):
        return error.status
    if isinstance(error, AuthenticationError | PermissionDeniedError):
        return EXIT_CREDENTIALS
    if isinstance(error, JobStoreWriteError):  # a run stopped part-way (a full disk)
        return EXIT_INCOMPLETE
    # What the user must change before running again: the command line, a file, a body,
    # a setting, or the job store named (in use, damaged, made for another file).
    if isinstance(error, ConfigurationError | InvalidInputError | JobStoreError):
        return EXIT_USAGE
    return EXIT_INCOMPLETE


CommandGroups = Sequence[tuple[str, Sequence[tuple[str, str]]]]


class Parser(argparse.ArgumentParser):
    """argparse, with usage mistakes told in one line (``daftra: error: …``) and, where
    ``command_groups`` is set, its commands listed in titled groups in ``--help``."""

    command_groups: CommandGroups = ()

    def error(self, message: str) -> NoReturn:
        wrong = re.match(r"argument \w+: invalid choice: '([^']*)' \(choose from (.*)\)$", message)
        if wrong:  # the full list of choices is far too long for one line
            given, choices = wrong[1], re.findall(r"'([^']*)'", wrong[2])
            close = difflib.get_close_matches(given, choices, n=3)
            message = f"unknown {'command' if self.prog == 'daftra' else 'action'} {given!r}"
            message += f"; did you mean {' or '.join(close)}?" if close else ""
        self.exit(EXIT_USAGE, f"daftra: error: {message} (see: {self.prog} --help)\n")

    def format_help(self) -> str:
        if not self.command_groups:
            return super().format_help()
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for title, rows in self.command_groups:
            formatter.start_section(title)
            for name, text in rows:  # shown as argparse shows a subcommand
                formatter.add_argument(argparse.Action([], dest=name, metavar=name, help=text))
            formatter.end_section()
        for group in self._action_groups:  # the subcommands' own listing is suppressed
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()


def help_formatter(prog: str) -> argparse.HelpFormatter:
    """argparse's formatter, with room for the longest resource name before its help."""
    return argparse.HelpFormatter(prog, max_help_position=30)


def laid_out_help_formatter(prog: str) -> argparse.HelpFormatter:
    """:func:`help_formatter`, keeping the description's and epilog's own lines (a
    table of exit statuses)."""
    return argparse.RawDescriptionHelpFormatter(prog, max_help_position=30)


class _BuiltParsers(dict[str, Parser]):
    """The subparsers built so far; asking for one not yet built builds it (its builder
    registers it, through ``add_parser``, together with any it builds alongside)."""

    def __init__(self, builders: Mapping[str, Callable[[], object]]) -> None:
        super().__init__()
        self.builders = builders

    def __missing__(self, name: str) -> Parser:
        self.builders[name]()  # a KeyError for a name nobody builds
        return dict.__getitem__(self, name)


class _Choices(Mapping[str, Parser]):
    """Every command name (for argparse's check and the did-you-mean), each built on
    first access (completion walks them all)."""

    def __init__(self, built: _BuiltParsers) -> None:
        self._built = built

    def __getitem__(self, name: str) -> Parser:
        return self._built[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._built.builders)

    def __len__(self) -> int:
        return len(self._built.builders)

    def __contains__(self, name: object) -> bool:
        return name in self._built.builders


def build_lazily(
    commands: argparse._SubParsersAction[Parser], builders: Mapping[str, Callable[[], object]]
) -> None:
    """Build each subcommand of ``commands`` only when the command line names it: a
    builder adds its parser(s) with ``commands.add_parser``. argparse checks a name
    against ``choices`` and then looks its parser up in ``_name_parser_map`` (the
    documented way to add subparsers offers no laziness, hence these two attributes)."""
    built = _BuiltParsers(builders)
    commands._name_parser_map = built
    commands.choices = _Choices(built)  # type: ignore[assignment]  # typeshed says dict


def add_global_flags(
    parser: argparse.ArgumentParser, *, account: bool, shown: bool, root: bool = False
) -> None:
    """The global flags, on the ``root`` parser (before the command, with their defaults)
    or on a command's (after it): ``account`` the account flags (commands that connect to
    one), ``shown`` whether this parser's help lists them. Given after the command they
    override what was given before; left out, they keep it (on a command their default
    is to set nothing)."""

    def default(value: object) -> object:
        return value if root else argparse.SUPPRESS

    def shown_as(text: str) -> str:
        return text if shown else argparse.SUPPRESS

    if account:
        flags = parser.add_argument_group(
            "account (before or after the command; default: DAFTRA_* environment variables)"
        )
        flags.add_argument(
            "--subdomain",
            default=default(None),
            help=shown_as("the account's subdomain, e.g. acme"),
        )
        flags.add_argument(
            "--base-url",
            default=default(None),
            help=shown_as("full site URL, for custom domains or daftara.com"),
        )
        flags.add_argument(
            "--api-key",
            default=default(None),
            help=shown_as("API key (prefer DAFTRA_API_KEY: flags show in ps)"),
        )
        flags.add_argument(
            "--token",
            default=default(None),
            help=shown_as("OAuth access token (prefer DAFTRA_TOKEN)"),
        )
        flags.add_argument(
            "--timeout",
            type=float,
            default=default(DEFAULT_TIMEOUT),
            help=shown_as("seconds per request"),
        )
        flags.add_argument(
            "--profile",
            default=default(None),
            help=shown_as("a [profiles.NAME] of the config file"),
        )
        flags.add_argument(
            "--config",
            default=default(None),
            help=shown_as(f"config file (default: DAFTRA_CONFIG or {DEFAULT_CONFIG})"),
        )
        flags.add_argument(
            "--sandbox",
            action="store_true",
            default=default(False),
            help=shown_as("run against an embedded local sandbox (a new, seeded account each run)"),
        )
    parser.add_argument(
        "--debug", action="store_true", default=default(False), help=shown_as("show tracebacks")
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=default(0),
        help=shown_as("log retries, lookups and pace changes (-vv: every request too)"),
    )


def writable_target(path: Path, flag: str) -> None:
    """Refuse, before anything is sent, a file that could not be written at the end of
    the run: its folder missing or not writable, or the path a folder."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise CommandError(f"{flag} {path}: is a folder; name a file")
    if not folder.is_dir():
        raise CommandError(f"{flag} {path}: no such folder ({folder}); create it first")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise CommandError(f"{flag} {path}: the folder {folder} is not writable")
    if path.exists() and not os.access(path, os.W_OK):
        raise CommandError(f"{flag} {path}: the file is not writable")


def add_account_flags(command: argparse.ArgumentParser) -> None:
    """Mark ``command`` as one that connects to an account: it takes the account flags
    (``--profile``, ``--sandbox``, …) after its name as well as before."""
    add_global_flags(command, account=True, shown=True)


def plural(count: int, singular: str, many: str | None = None) -> str:
    """``"1 record"``, ``"3 records"``: a count with its noun in the right number."""
    return f"{count} {singular if count == 1 else (many or singular + 's')}"


def resources_that(action: str) -> list[str]:
    """Names of the ``client.<name>`` resources serving ``action`` (``list``, ``create``…)."""
    from daftra_facade.resource_info import all_resources

    return [name for name, info in all_resources().items() if info.can(action)]


def info_of(resource: str) -> ResourceInfo:
    """What the library knows of ``client.<resource>``."""
    from daftra_facade.resource_info import resource_info

    return resource_info(resource)


def is_seeded(resource: str) -> bool:
    """Whether the embedded sandbox starts with a record 1 of ``client.<resource>`` (its
    declaration says so; the tests check the sandbox against it)."""
    from daftra_facade.resource_info import all_resources

    info = all_resources().get(resource)
    return info is not None and info.seeded


def record_id_of(resource: str, action: str, text: str) -> int | str:
    """An id argument of ``action``, typed as the spec types the resource's ids: a
    number, or text kept as written (``007``)."""
    return info_of(resource).record_id(text, action)


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
    unset: list[str] = []
    for secret in ("api_key", "token"):  # a profile may name the variable holding a secret
        variable = settings.pop(f"{secret}_env", None)
        if variable and not settings.get(secret):
            settings[secret] = os.environ.get(variable) or None
            if settings[secret] is None:
                unset.append(f"{secret}_env = {variable!r}, which is not set")
    if unset:  # told only if no other credential is given (see _account)
        settings["unset"] = f"profile {name!r} in {path} names {' and '.join(unset)}"
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
    if "unset" in profile and not (chosen.get("api_key") or chosen.get("token")):
        raise CommandError(f"no credentials: {profile['unset']}")
    return chosen


@contextlib.contextmanager
def client_for(args: argparse.Namespace, records: Sequence[Any] = ()) -> Iterator[Daftra]:
    """The client of the chosen account, or of a new embedded sandbox with ``--sandbox``
    (seeded with the clients and products that invoice records refer to by id)."""
    from daftra_facade import Daftra

    if not getattr(args, "sandbox", False):
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


def output_file(path: Path, *, private: bool = False) -> Any:
    """``path`` opened for writing, or a one-line :class:`CommandError` saying why not;
    ``private``: readable by its owner only (0600, from its creation on)."""
    try:
        if private:
            return open(path, "w", newline="", encoding="utf-8", opener=_owner_only)
        return path.open("w", newline="", encoding="utf-8")
    except FileNotFoundError:
        raise CommandError(f"{path}: no such folder ({path.parent}); create it first") from None
    except IsADirectoryError:
        raise CommandError(f"{path}: is a folder; name a file") from None
    except OSError as exc:
        raise CommandError(f"{path}: cannot write: {exc.strerror or exc}") from None


def _owner_only(path: str, flags: int) -> int:
    descriptor = os.open(path, flags, 0o600)
    os.fchmod(descriptor, 0o600)  # a file that was there before keeps no wider access
    return descriptor
