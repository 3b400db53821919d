"""The ``daftra`` command is built on the library's public API only: it parses arguments
and prints, and everything it knows about resources, files and records it asks of the
modules a user of the library would import.

Every module of ``daftra_facade.cli`` may import the standard library, third-party
packages, its own modules, and the names a public module lists in ``__all__``: nothing
else of the client, the generated package or the emulator, and no ``_name``. An
attribute read with one leading underscore is refused too (other than argparse's own,
which the parser subclasses), so that a private helper cannot be reached through a
public object either. The probes at the end prove each rule can fail.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

CLI = Path(__file__).resolve().parents[2] / "daftra_facade" / "cli"
# The library's public face, as a user imports it.
PUBLIC = (
    "daftra_facade",
    "daftra_facade.files",
    "daftra_facade.filters",
    "daftra_facade.resource_info",
    "daftra_facade.dlt",
    "daftra_sandbox",
)
OURS = ("daftra_facade", "daftra_sandbox", "daftra_client")
# argparse's internals, read by the command line's parser and completion code.
ARGPARSE_INTERNALS = frozenset(
    {
        "_actions",
        "_SubParsersAction",
        "_action_groups",
        "_fill_text",
        "_get_formatter",
        "_group_actions",
        "_mutually_exclusive_groups",
        "_name_parser_map",
        "_option_string_actions",
    }
)


def _exported(module: str) -> frozenset[str]:
    return frozenset(importlib.import_module(module).__all__)


def _ours(name: str) -> bool:
    return name.split(".")[0] in OURS


def violations(source: str, module: str) -> list[str]:
    """What ``module`` (of the cli package, with this source) reaches beyond the
    library's public API."""
    package = module if module.endswith(".cli") else module.rpartition(".")[0]
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1])
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            if target.startswith("daftra_facade.cli"):
                continue
            if not _ours(target):
                continue
            if target not in PUBLIC:
                found.append(f"line {node.lineno}: imports from {target}")
                continue
            exported = _exported(target)
            for alias in node.names:
                if alias.name.startswith("_") or alias.name not in exported:
                    found.append(f"line {node.lineno}: {target}.{alias.name} is not public")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if _ours(alias.name) and alias.name not in PUBLIC:
                    found.append(f"line {node.lineno}: imports {alias.name}")
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "import_module":
            named = node.args[0] if node.args else None
            text = named.value if isinstance(named, ast.Constant) else None
            if isinstance(text, str) and _ours(text) and text not in PUBLIC:
                found.append(f"line {node.lineno}: loads {text}")
        elif isinstance(node, ast.Attribute):
            name = node.attr
            private = name.startswith("_") and not name.startswith("__")
            if private and name not in ARGPARSE_INTERNALS and not _on_self(node):
                found.append(f"line {node.lineno}: reads .{name}")
    return found


def _on_self(node: ast.Attribute) -> bool:
    """``self._x``: a class of the command line reading its own attribute."""
    return isinstance(node.value, ast.Name) and node.value.id == "self"


def _cli_modules() -> dict[str, Path]:
    found = {}
    for path in sorted(CLI.glob("*.py")):
        stem = path.stem
        found["daftra_facade.cli" + ("" if stem == "__init__" else f".{stem}")] = path
    return found


@pytest.mark.parametrize("module", sorted(_cli_modules()))
def test_the_command_line_uses_only_the_public_api(module: str) -> None:
    source = _cli_modules()[module].read_text(encoding="utf-8")
    assert violations(source, module) == []


def test_every_public_module_lists_its_names() -> None:
    for module in PUBLIC:
        names = _exported(module)
        assert names and not any(name.startswith("_") for name in names), module
        loaded = importlib.import_module(module)
        assert all(hasattr(loaded, name) for name in names), module


@pytest.mark.parametrize(
    ("probe", "named"),
    [
        ("from daftra_facade.wire.operations import Operation\n", "daftra_facade.wire.operations"),
        ("from ..bulk.journal import JobStore\n", "daftra_facade.bulk.journal"),
        ("from ..resources.capabilities import Listable\n", "daftra_facade.resources"),
        ("from daftra_facade.files import bodies\n", "daftra_facade.files.bodies"),
        ("from daftra_facade.files import _renamed_members\n", "_renamed_members"),
        ("from daftra_facade import Declaration\n", "daftra_facade.Declaration"),
        ("from daftra_sandbox.faults import FAULT_KINDS\n", "daftra_sandbox.faults"),
        ("import daftra_client.models\n", "daftra_client.models"),
        ("import importlib\nimportlib.import_module('daftra_facade.wire')\n", "daftra_facade.wire"),
        ("def f(operation):\n    return operation.module._get_kwargs\n", "._get_kwargs"),
    ],
)
def test_the_guard_names_each_way_past_the_public_api(probe: str, named: str) -> None:
    found = violations(probe, "daftra_facade.cli.probe")
    assert found and any(named in line for line in found), found


def test_the_guard_allows_what_a_user_may_write() -> None:
    allowed = (
        "import argparse\nimport rich\n"
        "from daftra_facade import Daftra, BulkOptions\n"
        "from daftra_facade.files import RecordWriter, read_bodies\n"
        "from daftra_facade.resource_info import resource_info\n"
        "from daftra_sandbox import Sandbox\n"
        "from ._common import CommandError\n"
        "from .exporting import _needed\n"
        "class P(argparse.ArgumentParser):\n"
        "    def f(self):\n        return self._actions, self._own\n"
    )
    assert violations(allowed, "daftra_facade.cli.probe") == []
