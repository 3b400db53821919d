"""``python -m daftra_sandbox``: serve the sandbox until Ctrl-C."""

from __future__ import annotations

import sys

from daftra_facade.cli import main

if __name__ == "__main__":
    raise SystemExit(main(["sandbox", "serve", *sys.argv[1:]]))
