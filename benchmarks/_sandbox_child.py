"""A sandbox in its own process, so that it does not share the benchmark's GIL.

Prints one JSON line with its address, then answers ``stats`` and ``reset`` lines on
standard input with the sandbox's own service time (time spent processing requests,
excluding injected latency); ``stop`` ends it.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from typing import Any

from daftra_facade.sandbox import Sandbox


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--virtual-invoices", type=int, default=0)
    args = parser.parse_args()
    options: dict[str, Any] = {}
    if args.latency:
        from daftra_facade.sandbox.faults import FaultProfile

        options["faults"] = FaultProfile(latency=args.latency, seed=1)
    with Sandbox(**options) as sandbox:
        if args.virtual_invoices:
            sandbox._invoices.add_virtual(args.virtual_invoices)
        lock = threading.Lock()
        stats = {"requests": 0, "service_s": 0.0}
        process = sandbox.handle

        def timed(request: Any) -> Any:
            started = time.perf_counter()
            try:
                return process(request)
            finally:
                with lock:
                    stats["requests"] += 1
                    stats["service_s"] += time.perf_counter() - started

        sandbox.handle = timed  # type: ignore[method-assign]
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
            elif command == "stop":
                break


if __name__ == "__main__":
    main()
