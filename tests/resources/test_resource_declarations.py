"""A resource is declared once, as ``client.<name>`` (its classes and its spec); everything
else that names resources is checked against that declaration here: the capability
classes and the typed attribute, the bundled spec, the sandbox, the contract tests'
tables and the README's table. Adding a resource that one of them lacks fails a test."""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path
from typing import Any

import daftra_client.models
import pytest

from daftra_facade.resources import capabilities, declarations
from daftra_facade.resources.capabilities import ResourceSpec
from daftra_facade.resources.catalogue import CLIENT_METHOD_GROUPS, Resources, declared_resources
from daftra_facade.wire.specification import load_spec, operations
from daftra_sandbox import Sandbox
from daftra_sandbox.v2_entities import entity_names

from ..contract import test_contract_v1, test_contract_v2

ROOT = Path(__file__).resolve().parents[2]
DECLARED = declared_resources()
# Each action a spec may name, and the sync and async capability classes that serve it.
CAPABILITIES = {
    "list": (capabilities.Listable, capabilities.AsyncListable),
    "get": (capabilities.Retrievable, capabilities.AsyncRetrievable),
    "create": (capabilities.Creatable, capabilities.AsyncCreatable),
    "update": (capabilities.Updatable, capabilities.AsyncUpdatable),
    "delete": (capabilities.Deletable, capabilities.AsyncDeletable),
    "bulk_create": (capabilities.BulkCreatable, capabilities.AsyncBulkCreatable),
}
# The typed attribute's alias → the generic sync class it stands for.
ALIASES = {
    "CrudAttribute": capabilities.CrudResource,
    "ReadOnlyAttribute": capabilities.ReadOnlyResource,
    "EntityAttribute": capabilities.EntityResource,
    "AppendOnlyAttribute": capabilities.AppendOnlyResource,
    "NoEditAttribute": capabilities.NoEditResource,
    "ReadDeleteAttribute": capabilities.ReadDeleteResource,
    "ListCreateAttribute": capabilities.ListCreateResource,
    "ListOnlyAttribute": capabilities.ListOnlyResource,
}


def named_operations(spec: ResourceSpec) -> dict[str, str]:
    return {action: getattr(spec, action) for action in CAPABILITIES if getattr(spec, action)}


# Resources whose class serves an action by a method of its own, with its own signature.
OWN_METHODS = {
    ("site", "get"): "get",
    ("general_listing", "get"): "get",
    ("notes", "create"): "add_to",
}


@pytest.mark.parametrize("name", DECLARED)
def test_the_classes_serve_exactly_the_actions_the_spec_names(name: str) -> None:
    sync_class, async_class, spec = DECLARED[name]
    for action, (sync_capability, async_capability) in CAPABILITIES.items():
        named = getattr(spec, action) is not None
        own = OWN_METHODS.get((name, action))
        if own is not None:
            assert named and callable(getattr(sync_class, own))
            assert inspect.iscoroutinefunction(getattr(async_class, own))
            continue
        assert issubclass(sync_class, sync_capability) == named, (name, action, "sync")
        assert issubclass(async_class, async_capability) == named, (name, action, "async")


@pytest.mark.parametrize("name", DECLARED)
def test_every_operation_a_resource_names_is_in_the_spec_under_its_tag(name: str) -> None:
    _, _, spec = DECLARED[name]
    known = operations()
    for action, operation_id in named_operations(spec).items():
        assert operation_id in known, f"{name}.{action}: {operation_id} is not in the spec"
        _, _, operation = known[operation_id]
        assert operation["tags"] == [spec.tag], (name, operation_id, operation["tags"])


def operation_ids_named_in_the_facade() -> set[str]:
    """operationIds the facade's code names outright (``Operation("bookings", "...")``),
    for actions a resource or the client serves by a method of its own."""
    named: set[str] = set()
    for path in (ROOT / "daftra_facade").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                named.add(node.value)
    return named


def served_operation_ids() -> set[str]:
    """Every operationId the facade can send: the declared resources' actions, those of
    the resources the client builds on demand, and those named by resource methods."""
    on_demand = [declarations.workflow_records(1), declarations.entity_records("invoice")]
    specs = [spec for _, _, spec in DECLARED.values()] + on_demand
    return {op for spec in specs for op in named_operations(spec).values()} | (
        operation_ids_named_in_the_facade()
    )


def unserved(spec: dict[str, Any]) -> list[str]:
    """What ``spec`` holds that the facade does not serve, one line each: a group no
    resource or client method declares, and an operation nothing in the facade sends."""
    declared_tags = {resource_spec.tag for _, _, resource_spec in DECLARED.values()}
    served = served_operation_ids()
    problems = []
    for tag in spec.get("tags", []):
        name = tag["name"]
        if name not in declared_tags and name not in CLIENT_METHOD_GROUPS:
            problems.append(
                f"spec group {name!r} is not declared by the facade: declare it in "
                "daftra_facade/resources/catalogue.py"
            )
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and operation.get("operationId") not in served:
                problems.append(
                    f"operation {operation['operationId']} ({method.upper()} {path}, group "
                    f"{operation['tags'][0]!r}) is served by no resource or method"
                )
    return problems


def test_every_group_and_operation_of_the_spec_is_served_by_the_facade() -> None:
    assert unserved(load_spec()) == []


@pytest.mark.parametrize("group", CLIENT_METHOD_GROUPS)
def test_a_group_served_by_a_client_method_has_it_on_both_clients(group: str) -> None:
    from daftra_facade import AsyncDaftra, Daftra

    method = CLIENT_METHOD_GROUPS[group]
    assert callable(getattr(Daftra, method)) and callable(getattr(AsyncDaftra, method))


def typed_attributes() -> dict[str, ast.expr]:
    tree = ast.parse(inspect.getsource(Resources))
    [klass] = tree.body
    assert isinstance(klass, ast.ClassDef)
    return {
        node.target.id: node.annotation
        for node in klass.body
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
    }


def annotation_problem(name: str, alias: str, sync_class: type) -> str | None:
    """Why the annotation ``alias`` of ``client.<name>`` misstates its class, if it does:
    naming the alias that would state it (a spec that lost or gained an operation)."""
    if sync_class is ALIASES.get(alias):
        return None
    served = capabilities.actions_of(sync_class)
    fitting = [a for a, cls in ALIASES.items() if capabilities.actions_of(cls) == served]
    advice = (
        f"annotate it {fitting[0]}"
        if fitting
        else ("no alias serves exactly these; annotate it with one serving a subset of them")
    )
    return f"{name}: annotated {alias}, but its spec serves {', '.join(sorted(served))}: {advice}"


@pytest.mark.parametrize("name", list(typed_attributes()))
def test_the_typed_attribute_states_the_same_class_and_real_models(name: str) -> None:
    annotation = typed_attributes()[name]
    assert isinstance(annotation, ast.Subscript) and isinstance(annotation.value, ast.Name)
    sync_class, _, _ = DECLARED[name]
    assert annotation_problem(name, annotation.value.id, sync_class) is None
    arguments = (
        annotation.slice.elts if isinstance(annotation.slice, ast.Tuple) else [annotation.slice]
    )
    for model in arguments:  # each ``m.<Model>``, ``m`` being daftra_client.models
        assert (
            isinstance(model, ast.Attribute)
            and isinstance(model.value, ast.Name)
            and model.value.id == "m"
            and hasattr(daftra_client.models, model.attr)
        ), (name, ast.unparse(model))


def test_every_generic_resource_is_typed() -> None:
    generic = {
        name for name, (sync_class, _, _) in DECLARED.items() if sync_class in ALIASES.values()
    }
    assert generic == set(typed_attributes())


def test_the_sandbox_serves_every_operation_of_every_declared_resource() -> None:
    served = Sandbox(seed=False).served_operations()
    missing = {
        f"{name}.{action}: {operation_id}"
        for name, (_, _, spec) in DECLARED.items()
        for action, operation_id in named_operations(spec).items()
        if operation_id not in served and not operation_id.startswith("listEntity")
    }
    # v2 entities are served by one generic handler per action; the sandbox knows them by
    # their entity name (checked below), not by operationId.
    v2_entities = {name for name, (_, _, spec) in DECLARED.items() if is_v2_entity(spec)}
    assert {m for m in missing if m.split(".")[0] not in v2_entities} == set()


def entity_of(spec: ResourceSpec) -> str | None:
    """The v2 entity name in the path of the resource's first operation, if any."""
    for operation_id in named_operations(spec).values():
        path, _, _ = operations()[operation_id]
        found = re.match(r"/v2/api/entity/([^/{]+)(?:/|$)", path)
        if found:
            return found.group(1)
    return None


def is_v2_entity(spec: ResourceSpec) -> bool:
    return entity_of(spec) is not None


def test_the_sandbox_has_a_table_for_every_declared_v2_entity() -> None:
    declared = {name: entity_of(spec) for name, (_, _, spec) in DECLARED.items()}
    missing = {
        name: entity
        for name, entity in declared.items()
        if entity is not None and entity not in entity_names()
    }
    assert missing == {}


def test_the_contract_tests_cover_every_declared_resource_of_their_kind() -> None:
    v1 = {spec.tag for spec in test_contract_v1.CRUD + test_contract_v1.READ_ONLY}
    expected_v1 = {
        spec.tag
        for sync_class, _, spec in DECLARED.values()
        if issubclass(sync_class, capabilities.CrudResource | capabilities.ReadOnlyResource)
        and spec.pages.kind == "v1"
    }
    assert v1 == expected_v1
    v2 = {spec.tag for spec in test_contract_v2.ENTITIES}
    expected_v2 = {
        spec.tag
        for sync_class, _, spec in DECLARED.values()
        if sync_class in (capabilities.EntityResource, capabilities.AppendOnlyResource)
        and spec.list_query is None
    }
    assert v2 == expected_v2


def readme_resource_names() -> set[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split("| | resources on `client.` |", 1)[1].split("\n\n", 1)[0]
    names: set[str] = set()
    for row in table.splitlines()[2:]:
        cells = row.split("|")
        names.update(re.findall(r"`([a-z_]+)(?:[.(`])", cells[2]))
    return names


def test_the_readme_table_names_every_resource_and_nothing_else() -> None:
    methods = set(CLIENT_METHOD_GROUPS.values())
    actions = {
        name
        for action in ("bulk_create", "change_status", "convert_to_invoice", "add_to")
        for name in [action]
    }
    listed: Any = readme_resource_names() - methods - actions
    assert listed == set(DECLARED)


def public_methods(cls: type) -> dict[str, Any]:
    return {
        name: getattr(cls, name)
        for name in dir(cls)
        if not name.startswith("_") and callable(getattr(cls, name))
    }


# Methods that hand back an iterator rather than an answer: ``async for`` drives them.
ITERATING = {"iter", "pages", "dict_pages"}


@pytest.mark.parametrize("name", DECLARED)
def test_every_sync_method_has_an_async_twin(name: str) -> None:
    sync_class, async_class, _ = DECLARED[name]
    sync_methods, async_methods = public_methods(sync_class), public_methods(async_class)
    assert set(sync_methods) == set(async_methods), name
    for method, function in async_methods.items():
        if method in ITERATING:
            assert not inspect.iscoroutinefunction(function), (name, method)
        else:
            assert inspect.iscoroutinefunction(function), (name, method)
        assert inspect.signature(function) == inspect.signature(sync_methods[method]) or (
            list(inspect.signature(function).parameters)
            == list(inspect.signature(sync_methods[method]).parameters)
        ), (name, method)
        assert function.__doc__, (name, method, "has no docstring")


def test_both_clients_offer_the_same_methods() -> None:
    from daftra_facade import AsyncDaftra, Daftra

    renamed = {"close": "aclose"}
    sync_names = {renamed.get(n, n) for n in public_methods(Daftra)}
    assert sync_names == set(public_methods(AsyncDaftra))
    for method in ("multi_entity", "app_is_active", "aclose"):
        assert inspect.iscoroutinefunction(getattr(AsyncDaftra, method))
