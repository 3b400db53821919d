"""Prints the lowest versions pyproject.toml allows, one ``name==floor`` line per direct
dependency of the library and of its user-facing extras, for pip's ``-c``.

scripts/test-lowest installs exactly these, so a floor that the code has outgrown fails CI
instead of a user's install beside older packages.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

# Extras a user installs; dev tools are not part of what the library promises to run with.
USER_EXTRAS = ("cli", "dlt", "postgres")
REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9_.-]+)(\[[^\]]*\])?\s*(.*)$")


def floors(pyproject: Path) -> dict[str, str]:
    """Each direct dependency's floor (the version after ``>=``), by distribution name."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    texts = list(project["dependencies"])
    for extra in USER_EXTRAS:
        texts += project["optional-dependencies"].get(extra, [])
    found: dict[str, str] = {}
    for text in texts:
        match = REQUIREMENT.match(text)
        if match is None or match.group(1) == project["name"]:
            continue
        name, specifier = match.group(1), match.group(3)
        lowest = re.search(r">=\s*([^,\s;]+)", specifier)
        if lowest is None:
            sys.exit(f"{text!r} has no floor (>=): every direct dependency needs one")
        if found.setdefault(name, lowest.group(1)) != lowest.group(1):
            sys.exit(f"{name} has two floors: {found[name]} and {lowest.group(1)}")
    return found


if __name__ == "__main__":
    for name, version in floors(Path(__file__).resolve().parents[1] / "pyproject.toml").items():
        print(f"{name}=={version}")
