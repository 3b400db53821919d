"""The client is built in layers, each importing only its own layer and those below, with
no import cycle anywhere; the emulator uses only the client's public modules, and the
client never loads the emulator (except the command line). The generated package
(``daftra_client``) is imported only by the layers that bind to it.

Every import counts, including those inside functions and under ``TYPE_CHECKING``: a
type-only import upward still ties a lower layer to a higher one. Every module is named
here by its full name: a new module must be placed in ``LAYERS``, or this test names it
(a package's name places its ``__init__`` only, never the modules inside it).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# From the bottom up: each layer and every module in it, one a line (add yours to its layer).
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "constants, exceptions and logs",
        (
            "daftra_facade.constants",
            "daftra_facade.errors",
            "daftra_facade.logs",
        ),
    ),
    (
        "settings",
        ("daftra_facade.settings",),
    ),
    (
        "wire",
        (
            "daftra_facade.filters",
            "daftra_facade.spec",
            "daftra_facade.wire",
            "daftra_facade.wire.answers",
            "daftra_facade.wire.bodies",
            "daftra_facade.wire.decoding",
            "daftra_facade.wire.encoding",
            "daftra_facade.wire.lazy_models",
            "daftra_facade.wire.model_rows",
            "daftra_facade.wire.numbers",
            "daftra_facade.wire.operations",
            "daftra_facade.wire.scalars",
            "daftra_facade.wire.schema_nodes",
            "daftra_facade.wire.shapes",
            "daftra_facade.wire.specification",
            "daftra_facade.wire.strict_check",
            "daftra_facade.wire.validation",
        ),
    ),
    (
        "transport",
        (
            "daftra_facade.transport",
            "daftra_facade.transport.auth",
            "daftra_facade.transport.http",
            "daftra_facade.transport.pace",
            "daftra_facade.transport.pace_store",
            "daftra_facade.transport.raw",
            "daftra_facade.transport.responses",
            "daftra_facade.transport.retries",
        ),
    ),
    (
        "flows",
        ("daftra_facade.flows",),
    ),
    (
        "pagination and bulk runs",
        (
            "daftra_facade.pagination",
            "daftra_facade.bulk",
            "daftra_facade.bulk.chunks",
            "daftra_facade.bulk.creating",
            "daftra_facade.files.csv_reading",
            "daftra_facade.files.values",
            "daftra_facade.files.reading",
            "daftra_facade.bulk.journal",
            "daftra_facade.bulk.journal_jobs",
            "daftra_facade.bulk.options",
            "daftra_facade.bulk.outcomes",
            "daftra_facade.bulk.references",
            "daftra_facade.bulk.runs",
            "daftra_facade.bulk.store_file",
        ),
    ),
    (
        "resources",
        (
            "daftra_facade.resources",
            "daftra_facade.resources.base",
            "daftra_facade.resources.bulk_creating",
            "daftra_facade.resources.capabilities",
            "daftra_facade.resources.catalogue",
            "daftra_facade.resources.declarations",
            "daftra_facade.resources.each_record",
            "daftra_facade.resources.facts",
            "daftra_facade.resources.finding",
            "daftra_facade.resources.key_locks",
            "daftra_facade.resources.model_pages",
            "daftra_facade.resources.multi_entity",
            "daftra_facade.resources.reading",
            "daftra_facade.resources.specs",
            "daftra_facade.resources.upsert",
            "daftra_facade.resources.writing",
        ),
    ),
    (
        "clients",
        ("daftra_facade.client",),
    ),
    (
        "resources described, and record files",
        (
            "daftra_facade.resource_info",
            "daftra_facade.files",
            "daftra_facade.files.bodies",
            "daftra_facade.files.csv_reading",
            "daftra_facade.files.reading",
            "daftra_facade.files.values",
            "daftra_facade.files.writing",
        ),
    ),
    (
        "database sync: values, ids, digests, tables",
        (
            "daftra_facade.dlt.landing",
            "daftra_facade.dlt.ids",
            "daftra_facade.dlt.fingerprints",
            "daftra_facade.dlt.tables",
            "daftra_facade.dlt.loaded",
        ),
    ),
    (
        "database sync: reading",
        ("daftra_facade.dlt.resources", "daftra_facade.dlt.account", "daftra_facade.dlt.reader"),
    ),
    ("database sync: source, pipeline", ("daftra_facade.dlt.source", "daftra_facade.dlt.pipeline")),
    (
        "entry points",
        (
            "daftra_facade",
            "daftra_facade.cli",
            "daftra_facade.cli.__main__",
            "daftra_facade.cli._common",
            "daftra_facade.cli.completion",
            "daftra_facade.cli.exporting",
            "daftra_facade.cli.importing",
            "daftra_facade.cli.indexing",
            "daftra_facade.cli.records",
            "daftra_facade.cli.reports",
            "daftra_facade.cli.serving",
            "daftra_facade.cli.syncing",
            "daftra_facade.dlt",
        ),
    ),
)
# The layers that may import the generated package: wire binds to its endpoints and
# builds its models, transport hands out its raw client, resources and clients name its
# models in their types. Nothing else reaches past the facade's own modules.
MAY_IMPORT_THE_GENERATED = ("wire", "transport", "resources", "clients")
GENERATED = "daftra_client"
# What the emulator may take from the client: its public face only.
PUBLIC_FOR_THE_SANDBOX = {"daftra_facade", "daftra_facade.spec", "daftra_facade.cli"}
# The only modules of the client that may load the emulator (lazily, for the CLI).
MAY_LOAD_THE_SANDBOX = ("daftra_facade.cli",)


def modules(package: str) -> dict[str, Path]:
    found = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


FACADE = modules("daftra_facade")
SANDBOX = modules("daftra_sandbox")


def imports(module: str, path: Path, known: set[str]) -> set[str]:
    """Every module of ``known`` that ``module`` imports, wherever the import stands."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = ".".join(
                    parts[: len(parts) - node.level + 1] + ([node.module] if node.module else [])
                )
            else:
                base = node.module or ""
            names = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
                for alias in node.names
            ]
        else:
            continue
        for name in names:
            # the module itself, or the closest enclosing module this tree has
            while name and name not in known:
                name = name.rpartition(".")[0]
            if name and name != module:
                found.add(name)
    return found


KNOWN = set(FACADE) | set(SANDBOX)
GRAPH = {module: imports(module, path, KNOWN) for module, path in {**FACADE, **SANDBOX}.items()}


PLACED = {module: index for index, (_, members) in enumerate(LAYERS) for module in members}


def unplaced(found: dict[str, Path]) -> list[str]:
    """The modules of ``found`` that no layer names."""
    return sorted(module for module in found if module not in PLACED)


def layer_of(module: str) -> int:
    if module not in PLACED:
        pytest.fail(f"{module} has no layer: add it to LAYERS in {Path(__file__).name}")
    return PLACED[module]


def test_every_module_of_the_client_has_a_layer() -> None:
    assert unplaced(FACADE) == []


def test_every_module_named_in_the_layers_exists() -> None:
    assert sorted(set(PLACED) - set(FACADE)) == []


def test_a_module_in_no_layer_is_named(tmp_path: Path) -> None:
    """The guard above can fail: a new module, even inside a placed package, is named."""
    probe = tmp_path / "probe.py"
    probe.write_text("from . import constants\n", encoding="utf-8")
    probes = {"daftra_facade.wire.probe": probe, "daftra_facade.probe": probe}
    named = unplaced({**FACADE, **probes})
    assert set(probes) <= set(named) and "daftra_facade.wire.decoding" not in named


def test_no_import_goes_up_a_layer() -> None:
    upward = [
        f"{module} ({LAYERS[layer_of(module)][0]}) imports {target} ({LAYERS[layer_of(target)][0]})"
        for module in FACADE
        for target in sorted(GRAPH[module])
        if target in FACADE and layer_of(target) > layer_of(module)
    ]
    assert upward == []


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's components of more than one module, or of one that imports itself."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_there_is_no_import_cycle() -> None:
    assert strongly_connected(GRAPH) == []


def test_the_cycle_finder_finds_cycles() -> None:
    assert strongly_connected({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_sandbox_uses_only_the_public_client() -> None:
    private = {
        f"{module} imports {target}"
        for module in SANDBOX
        for target in GRAPH[module]
        if target in FACADE and target not in PUBLIC_FOR_THE_SANDBOX
    }
    assert private == set()


def test_the_client_does_not_load_the_sandbox() -> None:
    loading = {
        f"{module} imports {target}"
        for module in FACADE
        for target in GRAPH[module]
        if target in SANDBOX and not module.startswith(MAY_LOAD_THE_SANDBOX)
    }
    assert loading == set()


def generated_imports(module: str, path: Path) -> set[str]:
    """The modules of the generated package ``module`` imports, wherever the import
    stands, counting a dotted name written out for a dynamic import (``importlib``)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.add(node.value)  # perhaps a module named in text, for importlib
    return {name for name in found if name == GENERATED or name.startswith(GENERATED + ".")}


def reaching_the_generated(found: dict[str, Path]) -> list[str]:
    """Each import of the generated package from a layer that may not import it."""
    allowed = {name for name, _ in LAYERS if name in MAY_IMPORT_THE_GENERATED}
    return sorted(
        f"{module} ({LAYERS[layer_of(module)][0]}) imports {target}"
        for module, path in found.items()
        if LAYERS[layer_of(module)][0] not in allowed
        for target in generated_imports(module, path)
    )


def test_only_the_binding_layers_import_the_generated_package() -> None:
    assert reaching_the_generated(FACADE) == []
    assert sorted(m for m, p in SANDBOX.items() if generated_imports(m, p)) == []


def test_the_layers_allowed_the_generated_package_exist() -> None:
    assert set(MAY_IMPORT_THE_GENERATED) <= {name for name, _ in LAYERS}


def test_an_import_of_the_generated_package_from_elsewhere_is_named(tmp_path: Path) -> None:
    """The guard above can fail: flows (a layer that may not) importing a model is named,
    whether imported plainly, under TYPE_CHECKING, or named for importlib."""
    plain = tmp_path / "plain.py"
    plain.write_text("from daftra_client.models import Invoice\n", encoding="utf-8")
    typed = tmp_path / "typed.py"
    typed.write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import daftra_client\n",
        encoding="utf-8",
    )
    dynamic = tmp_path / "dynamic.py"
    dynamic.write_text(
        "import importlib\nimportlib.import_module('daftra_client.api')\n", encoding="utf-8"
    )
    for probe, target in (
        (plain, "daftra_client.models"),
        (typed, "daftra_client"),
        (dynamic, "daftra_client.api"),
    ):
        assert reaching_the_generated({"daftra_facade.flows": probe}) == [
            f"daftra_facade.flows (flows) imports {target}"
        ]
