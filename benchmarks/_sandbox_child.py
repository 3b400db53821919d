"""A sandbox in its own process, so that it does not share the benchmark's GIL.

Every request waits ``--latency`` seconds before it is processed, like a round trip to a
distant server; ``--fault-rate`` adds a seeded mix of faults. The process prints one JSON
line with its address, then answers lines on standard input: ``stats`` (the sandbox's own
service time, from parsing a request to having written its answer, the waiting
excluded), ``reset``, ``references`` (every stored invoice's po_number), ``faults``
(counts by kind), ``limits {json}`` (rate limits from now on, as RateLimits' arguments;
``null`` lifts them), ``limit_counts`` (requests admitted and refused by them, counted
from zero again); ``stop`` ends it.
"""

from __future__ import annotations

import argparse
import json
import sys

from daftra_sandbox import FaultProfile, RateLimits, Sandbox


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--virtual-invoices", type=int, default=0)
    parser.add_argument("--fault-rate", type=float, default=0.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--lines", type=int, default=0, help="items per generated invoice")
    parser.add_argument("--dialect", default="live")
    parser.add_argument(
        "--profile", help="a FaultProfile's arguments as JSON (not with --fault-rate)"
    )
    args = parser.parse_args()
    faults = (
        FaultProfile.mixed(args.fault_rate, seed=args.seed, retry_after=0)
        if args.fault_rate
        else FaultProfile(**json.loads(args.profile))
        if args.profile
        else None
    )
    sandbox = Sandbox(
        faults=faults,
        dialect=args.dialect,
        latency=args.latency,
        virtual_invoices=args.virtual_invoices,
        virtual_invoice_lines=args.lines,
    )
    with sandbox:
        print(json.dumps({"base_url": sandbox.base_url, "api_key": sandbox.api_key}), flush=True)
        for line in sys.stdin:
            command = line.strip()
            if command == "stats":
                print(json.dumps(sandbox.service_stats()), flush=True)
            elif command == "reset":
                sandbox.service_stats(reset=True)
                print("{}", flush=True)
            elif command == "references":  # every stored invoice's reference
                references = [i["po_number"] for i in sandbox.state.all("Invoice")]
                print(json.dumps({"references": references}), flush=True)
            elif command == "faults":
                print(json.dumps(sandbox.fault_counts), flush=True)
            elif command.startswith("limits "):
                options = json.loads(command.removeprefix("limits "))
                sandbox.set_limits(RateLimits(**options) if options else None)
                print("{}", flush=True)
            elif command == "limit_counts":
                print(json.dumps(sandbox.limit_counts), flush=True)
                sandbox.reset_limit_counts()
            elif command == "stop":
                break


if __name__ == "__main__":
    main()
