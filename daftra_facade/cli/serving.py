"""``daftra sandbox serve``: the local Daftra emulator, with faults and rate limits."""

from __future__ import annotations

import argparse
import contextlib
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from daftra_facade.files import FileError, read_records

from ._common import EXIT_OK, CommandError

if TYPE_CHECKING:
    from daftra_sandbox import RateLimits


def _fault_profile(args: argparse.Namespace) -> Any:
    from daftra_sandbox import FAULT_KINDS, FaultProfile

    chosen = {kind: getattr(args, kind) for kind in FAULT_KINDS if getattr(args, kind)}
    if args.slow_seconds is not None:
        if not args.slow_seconds >= 0:
            raise CommandError(
                f"--slow-seconds must be 0 or more seconds, not {args.slow_seconds:g}"
            )
        if not args.slow:
            raise CommandError("--slow-seconds holds slow requests: give --slow P too")
        chosen["slow_seconds"] = args.slow_seconds
    if not (chosen or args.fault_rate or args.latency):
        return None
    timing: dict[str, Any] = {
        "latency": args.latency,
        "retry_after": args.retry_after,
        "seed": args.seed,
        "only_methods": ("GET",) if args.faults_on_reads_only else (),
    }
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
            rate=args.rate_limit,
            burst=args.burst,
            max_in_flight=args.max_in_flight,
            variant=args.limit_variant,
            retry_after=args.limit_retry_after,
            window=args.limit_window,
            whole_seconds=args.whole_seconds,
        )
    except ValueError as exc:
        raise CommandError(f"rate limit: {exc}") from None


def run_sandbox_serve(args: argparse.Namespace) -> int:
    from daftra_sandbox import Sandbox

    profile = _fault_profile(args)
    limits = _rate_limits(args)
    with Sandbox(
        api_key=args.api_key,
        host=args.host,
        port=args.port,
        faults=profile,
        dialect=args.dialect,
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


def add_commands(commands: Any) -> None:
    sandbox = commands.add_parser("sandbox", help="the local Daftra emulator")
    sandbox_actions = sandbox.add_subparsers(dest="action", required=True)
    serve = sandbox_actions.add_parser(
        "serve",
        help="serve the sandbox until Ctrl-C",
        epilog="example: daftra sandbox serve --port 8765 --slow 0.05 --slow-seconds 35",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (loopback)")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--api-key", default="sandbox-key")
    from daftra_sandbox import DEFAULT_DIALECT, DIALECTS

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
    faults.add_argument(
        "--faults-on-reads-only",
        action="store_true",
        help="strike only GET requests (garbled reads, say, with every write answered)",
    )
    from daftra_sandbox import FAULT_KINDS, FaultProfile

    for kind in FAULT_KINDS:
        faults.add_argument(
            f"--{kind.replace('_', '-')}",
            type=float,
            default=0.0,
            metavar="P",
            help=f"probability of {kind.replace('_', ' ')}",
        )
    faults.add_argument(
        "--slow-seconds",
        type=float,
        metavar="SECONDS",
        help="how long a slow request is held before it is processed, committed and "
        "answered: longer than the client's timeout (30 s by default), it commits after "
        f"the client gave up (default: {attrs.fields(FaultProfile).slow_seconds.default:g})",
    )
    from daftra_sandbox import LIMIT_VARIANTS as VARIANTS

    limits = serve.add_argument_group("rate limit (per credential, like a real service's)")
    limits.add_argument(
        "--rate-limit",
        type=float,
        metavar="PER_SECOND",
        help="requests admitted per second; the others are refused (default: no limit)",
    )
    limits.add_argument("--burst", type=int, default=1, help="requests admitted at once")
    limits.add_argument("--max-in-flight", type=int, metavar="N", help="requests served at a time")
    limits.add_argument(
        "--limit-variant",
        choices=VARIANTS,
        default="retry-after",
        help="how refusals look: 429 with Retry-After and X-RateLimit-* headers, with "
        "Retry-After only, with no header, 503 with Retry-After, or as Laravel's throttle "
        "(X-RateLimit-Limit/-Remaining on every answer; whole-second Retry-After and "
        "X-RateLimit-Reset on a 429); default: %(default)s",
    )
    limits.add_argument(
        "--limit-window",
        type=float,
        metavar="SECONDS",
        help="a fixed window, as Laravel's throttle keeps, instead of a token bucket: "
        "PER_SECOND x SECONDS requests per window (--rate-limit 1 --limit-window 60 "
        "admits 60 a minute)",
    )
    limits.add_argument(
        "--whole-seconds",
        action="store_true",
        help="Retry-After rounded up to whole seconds (HTTP's format), not milliseconds",
    )
    limits.add_argument(
        "--limit-retry-after",
        type=float,
        metavar="SECONDS",
        help="a fixed Retry-After (default: the time until a request would be admitted)",
    )
    serve.set_defaults(handler=run_sandbox_serve)
