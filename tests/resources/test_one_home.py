"""A resource has one home: its declaration (``client.<name>`` in
``daftra_facade/resources/catalogue.py``, its spec and facts beside it). Everything else
reads it through ``declared_resources()``; a table of resource names anywhere else is a
second home that a maintainer adding or removing a resource would have to find."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from daftra_facade import Daftra
from daftra_facade.errors import NotFoundError
from daftra_facade.resources.capabilities import Retrievable
from daftra_facade.resources.catalogue import declared_resources
from daftra_sandbox import Sandbox
from daftra_sandbox.v1 import V1_TABLES

ROOT = Path(__file__).resolve().parents[2]
NAMES = set(declared_resources())
# The declarations themselves: the one home.
HOMES = {
    "daftra_facade/resources/catalogue.py",
    "daftra_facade/resources/declarations.py",
}
# Legitimate mentions of a resource name outside the declarations, each with why: the
# (file, name) pairs a scan finds. None of them holds a fact the client needs.
ALLOWED = {
    # The emulator's route table: it serves the service's v1 paths (the same words as the
    # resource names), by design independent of the client, and
    # test_the_sandbox_serves_every_operation_of_every_declared_resource checks it against
    # the declarations.
    *{("daftra_sandbox/v1.py", table.tag) for table in V1_TABLES},
    # Daftra's preview links of documents (``https://<site>.daftra.com/invoices/...``).
    ("daftra_sandbox/documents.py", "invoices"),
    ("daftra_sandbox/documents.py", "purchase_invoices"),
    # A document's text field, not the resource.
    ("daftra_sandbox/document_kinds.py", "notes"),
    # The v2 entity named "staff" (its own word in the service's entity list).
    ("daftra_sandbox/v2_entities.py", "staff"),
}


def string_homes(path: Path) -> set[str]:
    """The resource names a module holds as string literals (docstrings excepted), or as
    keys of dict literals: each a place a resource's fact could hide."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    found: set[str] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
            and node.value in NAMES
        ):
            found.add(node.value)
    return found


def second_homes() -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for package in ("daftra_facade", "daftra_sandbox"):
        for path in sorted((ROOT / package).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if relative in HOMES:
                continue
            found |= {(relative, name) for name in string_homes(path)}
    return found


def test_no_module_but_the_declarations_names_a_resource() -> None:
    assert second_homes() - ALLOWED == set()


def test_the_allow_list_has_no_stale_entries() -> None:
    assert ALLOWED - second_homes() == set()


def test_the_scan_finds_a_table_of_resource_names(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text('"""estimates"""\nDOCUMENTS = ("invoices",)\nKEYS = {"clients": 1}\n')
    assert string_homes(probe) == {"invoices", "clients"}


RETRIEVABLE = [
    name
    for name, declared in declared_resources().items()
    if issubclass(declared.sync_class, Retrievable)
]


@pytest.fixture(scope="module")
def fresh_client() -> Iterator[Daftra]:
    with (
        Sandbox() as sandbox,
        Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key, max_retries=0) as client,
    ):
        yield client


@pytest.mark.parametrize("name", RETRIEVABLE)
def test_a_new_sandbox_has_a_record_1_of_exactly_the_resources_declared_seeded(
    fresh_client: Daftra, name: str
) -> None:
    try:
        getattr(fresh_client, name).get(1)
        has_one = True
    except NotFoundError:
        has_one = False
    assert has_one == declared_resources()[name].facts.seeded, name
