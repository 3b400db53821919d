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
import threading
import time
from typing import Any

from daftra_facade.sandbox import FaultProfile, RateLimits, Sandbox, server


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--virtual-invoices", type=int, default=0)
    parser.add_argument("--fault-rate", type=float, default=0.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--lines", type=int, default=0, help="items per generated invoice")
    parser.add_argument("--dialect", default="live")
    args = parser.parse_args()
    faults = (
        FaultProfile.mixed(args.fault_rate, seed=args.seed, retry_after=0)
        if args.fault_rate
        else None
    )
    with Sandbox(faults=faults, dialect=args.dialect) as sandbox:
        if args.virtual_invoices:
            sandbox._invoices.add_virtual(args.virtual_invoices, lines=args.lines)
        lock = threading.Lock()
        stats = {"requests": 0, "service_s": 0.0}
        handler_class = server._RequestHandler
        serve, parse_request = handler_class._serve, handler_class.parse_request

        def stamped_parse_request(handler: Any) -> bool:
            handler.started = time.perf_counter()  # the request line has just been read
            return bool(parse_request(handler))

        def timed_serve(handler: Any) -> None:
            # The network's round trip, simulated where each request waits on its own thread.
            time.sleep(args.latency)
            try:
                serve(handler)  # reading the body, processing, writing the answer
            finally:
                with lock:
                    stats["requests"] += 1
                    stats["service_s"] += time.perf_counter() - handler.started - args.latency

        handler_class.parse_request = stamped_parse_request  # type: ignore[method-assign]
        for method in ("do_GET", "do_POST", "do_PUT", "do_DELETE"):
            setattr(handler_class, method, timed_serve)
        print(json.dumps({"base_url": sandbox.base_url, "api_key": sandbox.api_key}), flush=True)
        for line in sys.stdin:
            command = line.strip()
            if command == "stats":
                with lock:
                    print(json.dumps(stats), flush=True)
            elif command == "reset":
                with lock:
                    stats.update(requests=0, service_s=0.0)
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
