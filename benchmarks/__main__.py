"""Run the benchmarks and print one ``name: value`` line per figure."""

from __future__ import annotations

import argparse

from . import bulk, faults, iteration, pace, soak, startup, sync


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--quick", action="store_true", help="CI-sized runs")
    groups = {
        "startup": startup,
        "bulk": bulk,
        "iteration": iteration,
        "soak": soak,
        "pace": pace,
        "sync": sync,
        "faults": faults,
    }
    parser.add_argument("--only", choices=list(groups), help="run one group")
    args = parser.parse_args()
    for group, module in groups.items():
        if args.only and group != args.only:
            continue
        for name, value in module.run(args.quick).items():
            shown = f"{value:.4f}" if isinstance(value, float) else str(value)
            print(f"{name}: {shown}", flush=True)


if __name__ == "__main__":
    main()
