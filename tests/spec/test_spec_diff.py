"""``scripts/spec-diff`` and the README's "Regenerate after an API change" walkthrough, tried
on a simulated change of each kind: a field added, a group added, a type changed and an
operation removed. Each must be listed as breaking or not, and each that the facade must
act on must fail a check that names it."""

from __future__ import annotations

import contextlib
import copy
import importlib.util
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from daftra_facade import InvalidInputError, NotFoundError
from daftra_facade.resources import capabilities, declarations
from daftra_facade.resources.capabilities import ResourceSpec, classes_for
from daftra_facade.wire.specification import load_spec

from ..resources.test_resource_declarations import annotation_problem, unserved

ROOT = Path(__file__).resolve().parents[2]


def _load_script() -> ModuleType:
    sys.path.insert(0, str(ROOT / "scripts"))
    specification = importlib.util.spec_from_file_location(
        "_spec_diff", ROOT / "scripts" / "_spec_diff.py"
    )
    assert specification is not None and specification.loader is not None
    module = importlib.util.module_from_spec(specification)
    sys.modules["_spec_diff"] = module
    specification.loader.exec_module(module)
    return module


spec_diff = _load_script()


def changed(edit: Any) -> dict[str, Any]:
    spec = copy.deepcopy(load_spec())
    edit(spec)
    return spec


def listing(new: dict[str, Any]) -> list[tuple[bool, str]]:
    return [(c.breaking, str(c)) for c in spec_diff.changes(load_spec(), new)]


def add_field(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["Store"]["properties"]["manager_name"] = {
        "type": ["string", "null"],
        "description": "Who runs the warehouse.",
    }


def add_group(spec: dict[str, Any]) -> None:
    spec["tags"].append({"name": "loyalty_points", "description": "Points clients earn."})
    spec["paths"]["/loyalty_points.json"] = {
        "get": {
            "tags": ["loyalty_points"],
            "operationId": "listLoyaltyPoints",
            "responses": {"200": {"description": "A page."}},
        }
    }


def change_id_type(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["Store"]["properties"]["id"]["type"] = "string"


def remove_operation(spec: dict[str, Any]) -> None:
    del spec["paths"]["/taxes/{id}.json"]["delete"]


def test_an_unchanged_spec_has_no_changes() -> None:
    assert spec_diff.changes(load_spec(), copy.deepcopy(load_spec())) == []


def test_a_field_added_is_listed_and_breaks_nothing() -> None:
    assert listing(changed(add_field)) == [
        (False, "schema Store.manager_name: added (null|string)")
    ]


def test_a_group_added_is_listed_and_fails_the_facade_until_declared() -> None:
    spec = changed(add_group)
    assert listing(spec) == [
        (False, "group loyalty_points: added: declare it in daftra_facade/resources/catalogue.py"),
        (False, "operation listLoyaltyPoints: added: GET /loyalty_points.json (loyalty_points)"),
    ]
    problems = unserved(spec)
    assert any("'loyalty_points' is not declared by the facade" in p for p in problems)
    assert any(p.startswith("operation listLoyaltyPoints (GET") for p in problems)


def test_a_type_changed_is_breaking() -> None:
    assert listing(changed(change_id_type)) == [
        (True, "schema Store.id: type changed from integer to string")
    ]


def test_an_operation_removed_is_breaking_and_the_resource_follows_the_spec(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spec = changed(remove_operation)
    assert listing(spec) == [
        (True, "operation deleteTax: removed: DELETE /taxes/{id}.json (taxes)")
    ]
    # The declaration is unchanged: the resource drops the action the spec dropped, with
    # no new class, and the check of its annotation says what to write instead.
    left = {
        operation["operationId"]: (path, method, operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and "operationId" in operation
    }
    monkeypatch.setattr(declarations, "operations", lambda: left)
    taxes = declarations.v1_resource("taxes", "Tax")
    sync_class, async_class = classes_for(taxes)
    assert taxes.delete is None and not hasattr(sync_class, "delete")
    assert not hasattr(async_class, "delete") and hasattr(async_class, "update")
    assert annotation_problem("taxes", "CrudAttribute", sync_class) == (
        "taxes: annotated CrudAttribute, but its spec serves create, get, list, update: "
        "annotate it EntityAttribute"
    )


def test_a_resource_with_an_unusual_set_of_operations_needs_no_class_of_its_own() -> None:
    spec = ResourceSpec(tag="taxes", model_key="Tax", get="getTax", delete="deleteTax")
    sync_class, async_class = classes_for(spec)
    assert capabilities.actions_of(sync_class) == {"get", "delete"}
    assert capabilities.actions_of(async_class) == {"get", "delete"}
    assert classes_for(spec) == (sync_class, async_class)  # composed once


@pytest.mark.parametrize(
    ("edit", "breaking"),
    [(add_field, False), (add_group, False), (change_id_type, True), (remove_operation, True)],
)
def test_the_script_exits_1_only_on_a_breaking_change(
    edit: Any, breaking: bool, tmp_path: Path
) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(load_spec()))
    new.write_text(json.dumps(changed(edit)))
    assert spec_diff.main([str(old), str(new)]) == (1 if breaking else 0)


def test_the_script_compares_a_commit_with_the_working_folder() -> None:
    """The README's own command, run as a maintainer runs it."""
    done = subprocess.run(
        [str(ROOT / "scripts" / "spec-diff"), "git:HEAD", str(ROOT / "openapi")],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    if "not a git repository" in done.stderr:
        pytest.skip("not run from a git checkout")
    assert done.returncode in (0, 1), done.stderr
    assert done.stdout.strip()


def string_store_ids(spec: dict[str, Any]) -> None:
    change_id_type(spec)
    spec["paths"]["/stores/{id}.json"]["parameters"] = [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    ]


@contextlib.contextmanager
def text_store_ids() -> Iterator[None]:
    """The facade reading a spec in which warehouses have text ids, while in the block."""
    from daftra_facade.resources import specs
    from daftra_facade.wire import decoding, specification
    from daftra_facade.wire import operations as operations_module

    spec = changed(string_store_ids)
    caches = (
        specification.operations,
        operations_module._path_parameter_type,
        decoding._compiler,
        decoding._answer_node,
        decoding.request_node,
        specs.model_shaped_rows,
    )
    with pytest.MonkeyPatch.context() as monkeypatch:
        for cached in caches:
            cached.cache_clear()
        for module in (specification, operations_module):
            monkeypatch.setattr(module, "load_spec", lambda: spec)
        try:
            yield
        finally:
            monkeypatch.undo()
            for cached in caches:
                cached.cache_clear()


@pytest.fixture
def store_ids_as_text() -> Iterator[None]:
    """The facade reading a spec in which warehouses have text ids."""
    with text_store_ids():
        yield


def test_a_record_id_is_checked_as_the_spec_types_it(run: Any) -> None:
    async def scenario(client: Any) -> None:
        with pytest.raises(InvalidInputError, match="id must be a positive integer, not 'WH-01'"):
            await client.stores.get("WH-01")

    run(scenario)


def test_a_record_id_the_spec_makes_text_reaches_the_service(
    run: Any, store_ids_as_text: None
) -> None:
    async def scenario(client: Any) -> None:
        # The sandbox keeps integer ids: the text id is sent, and not found there.
        with pytest.raises(NotFoundError, match=re.escape("/stores/WH-01.json")):
            await client.stores.get("WH-01")
        with pytest.raises(InvalidInputError, match="a record id \\(text\\), not ''"):
            await client.stores.delete("")

    run(scenario)


def test_a_created_record_s_id_is_read_as_the_spec_types_ids(run: Any) -> None:
    async def scenario(client: Any) -> Any:
        return await client.stores.create({"Store": {"name": "Annex"}})

    assert isinstance(run(scenario), int)
    with text_store_ids():
        created = run(scenario)
    # The sandbox numbers its warehouses; the facade keeps the id as the text it came as.
    assert isinstance(created, str) and created.isdigit()
