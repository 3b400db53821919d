"""Run the benchmarks and print one ``name: value`` line per figure."""

from __future__ import annotations

import argparse

from . import startup


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--quick", action="store_true", help="CI-sized runs")
    args = parser.parse_args()
    for module in (startup,):
        for name, value in module.run(args.quick).items():
            print(f"{name}: {value:.4f}")


if __name__ == "__main__":
    main()
