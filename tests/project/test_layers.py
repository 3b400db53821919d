"""The client is built in layers, each importing only its own layer and those below, with
no import cycle anywhere; the emulator uses only the client's public modules, and the
client never loads the emulator (except its deprecated alias and the command line).

Every import counts, including those inside functions and under ``TYPE_CHECKING``: a
type-only import upward still ties a lower layer to a higher one. A new module must be
given a layer here, or this test names it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# From the bottom up. A module belongs to the entry naming it or its closest package.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "constants, exceptions and logs",
        ("daftra_facade.constants", "daftra_facade.errors", "daftra_facade.logs"),
    ),
    ("settings", ("daftra_facade.settings",)),
    ("wire", ("daftra_facade.wire", "daftra_facade.filters", "daftra_facade.spec")),
    ("transport", ("daftra_facade.transport",)),
    ("flows", ("daftra_facade.flows",)),
    ("pagination and bulk runs", ("daftra_facade.pagination", "daftra_facade.bulk")),
    ("resources", ("daftra_facade.resources",)),
    ("clients", ("daftra_facade.client",)),
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
        ("daftra_facade", "daftra_facade.cli", "daftra_facade.dlt", "daftra_facade.sandbox"),
    ),
)
# What the emulator may take from the client: its public face only.
PUBLIC_FOR_THE_SANDBOX = {"daftra_facade", "daftra_facade.spec", "daftra_facade.cli"}
# The only modules of the client that may load the emulator (lazily, for the CLI).
MAY_LOAD_THE_SANDBOX = ("daftra_facade.sandbox", "daftra_facade.cli")


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


def layer_of(module: str) -> int:
    best, best_length = -1, -1
    for index, (_, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best_length:
                best, best_length = index, len(prefix)
    if best < 0:
        pytest.fail(f"{module} has no layer: add it to LAYERS in {Path(__file__).name}")
    return best


def test_every_module_of_the_client_has_a_layer() -> None:
    for module in FACADE:
        layer_of(module)


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
