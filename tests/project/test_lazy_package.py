"""``import daftra_facade`` is cheap: each public name is imported on first use, from the
module the type checkers are told it comes from."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import daftra_facade

INIT = Path(daftra_facade.__file__)


def type_checking_imports() -> dict[str, str]:
    """What the ``if TYPE_CHECKING:`` block of the package imports: name → module."""
    tree = ast.parse(INIT.read_text(encoding="utf-8"))
    block = next(
        node
        for node in tree.body
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING"
    )
    return {
        alias.name: "." * node.level + (node.module or "")
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }


def test_the_lazy_table_names_what_type_checkers_see() -> None:
    assert type_checking_imports() == daftra_facade._HOMES
    assert set(daftra_facade.__all__) == set(daftra_facade._HOMES)


def test_every_public_name_is_the_object_of_its_module() -> None:
    for name, home in daftra_facade._HOMES.items():
        module = importlib.import_module(home, "daftra_facade")
        assert getattr(daftra_facade, name) is getattr(module, name), name


def test_importing_the_package_loads_no_client_until_a_name_is_used() -> None:
    code = (
        "import sys, daftra_facade\n"
        "print('daftra_facade.client' in sys.modules, 'httpx' in sys.modules)\n"
        "from daftra_facade import Daftra\n"
        "print('daftra_facade.client' in sys.modules, Daftra.__name__)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split("\n")[:2] == ["False False", "True Daftra"]
