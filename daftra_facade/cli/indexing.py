"""The resources of the command line and their actions, worked out from the resource
classes, and the light index (``_index.json``) written from them.

Building every resource's commands means importing the client, its resources and the
generated models the commands are checked against: far too slow for ``daftra --help``.
The top-level parser reads the index instead, a small JSON file written by this module
(``python -m daftra_facade.cli.indexing``) and checked by the tests to equal what the
resource classes give (``tests/cli/test_cli_start.py``).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from ._common import info_of, resources_that

# The actions of the command line, by what a resource must serve for each.
ACTIONS = {
    "create": "create",
    "delete": "delete",
    "export": "list",
    "get": "get",
    "import": "create",
    "list": "list",
    "update": "update",
}
INDEX = Path(__file__).with_name("_index.json")


def resource_actions() -> dict[str, tuple[str, ...]]:
    """Every resource the command line has a command for, with its actions (sorted)."""
    having = {action: set(resources_that(served)) for action, served in ACTIONS.items()}
    names = sorted(set().union(*having.values()))
    return {name: tuple(a for a in sorted(ACTIONS) if name in having[a]) for name in names}


def summary(resource: str, *, width: int = 60) -> str:
    """The resource's one-line description: the first sentence of its spec tag's,
    shortened to about ``width`` characters (asides dropped, then what follows a colon
    or a comma)."""
    text = " ".join(info_of(resource).description.split())
    first = re.split(r"(?<=[a-z)])\. ", text, maxsplit=1)[0].rstrip(".")
    # How the API names or documents it is not what it is: ", v2 entity `asset_type`".
    first = re.sub(r",? (?:the )?v[12] (?:entity|resource) `[^`]*`.*$", "", first)
    first = re.sub(r" \([^()]*documented in[^()]*\)", "", first)
    if len(first) > width:
        first = re.sub(r" \([^()]*\)", "", first)
    if len(first) > width:
        first = first.split(": ", 1)[0] if ": " in first else first.split(", ", 1)[0]
    return first or resource


def index_text() -> str:
    """The text of ``_index.json``, as the resource classes give it today: each resource
    the command line has a command for, with its description and actions."""
    rows = [
        f"  {json.dumps(name)}: {json.dumps([summary(name), list(actions)], ensure_ascii=False)}"
        for name, actions in resource_actions().items()
    ]
    return "{\n" + ",\n".join(rows) + "\n}\n"  # a line per resource: readable diffs


def main() -> int:
    """Write ``_index.json`` (``--check``: only say whether it is current)."""
    current = INDEX.read_text(encoding="utf-8") if INDEX.exists() else ""
    wanted = index_text()
    if "--check" in sys.argv[1:]:
        if current != wanted:
            print(f"{INDEX} is out of date: python -m daftra_facade.cli.indexing", file=sys.stderr)
            return 1
        return 0
    if current != wanted:
        INDEX.write_text(wanted, encoding="utf-8")
        print(f"wrote {INDEX}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
