"""Every v2 operation, called through the facade against the sandbox, answers as the spec
documents; filters, the token grant and multi-entity requests behave as described."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from daftra_facade import (
    AsyncDaftra,
    Daftra,
    EntityQuery,
    Fetched,
    InvalidInputError,
    Missing,
    NotFoundError,
    Refused,
    ValidationError,
)
from daftra_facade.filters import field, where
from daftra_facade.resources.capabilities import AppendOnlyResource, EntityResource, ResourceSpec
from daftra_facade.resources.catalogue import declared_resources
from daftra_facade.wire.specification import load_spec
from daftra_sandbox.v2_entities import entity_names, v2_table

from .test_contract_v1 import RecordingSandbox, example_body

# Every declared v2 entity with the generic actions, from the client's own declarations;
# not a filtered view of another entity (advance payments: invoices of type 19, created
# through v1), which tests/resources/test_v1_behaviours.py and the v1 contract check.
ENTITIES = [
    spec
    for sync_class, _, spec in declared_resources().values()
    if sync_class in (EntityResource, AppendOnlyResource) and spec.list_query is None
]


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RecordingSandbox]:
    with RecordingSandbox() as running:
        # Whatever an example refers to exists: every v2 entity has records 1..30.
        for entity in entity_names():
            if entity.startswith("le_") or entity in ("invoice", "booking"):
                continue
            for record_id in range(1, 31):
                running.state.ensure(v2_table(entity), record_id, name=f"{entity} {record_id}")
        for model in ("Client", "Staff", "Product", "Store", "Branch"):
            for record_id in range(1, 31):
                running.state.ensure(model, record_id, name=f"{model} {record_id}")
        yield running


@pytest.fixture(scope="module")
def client(sandbox: RecordingSandbox) -> Iterator[Daftra]:
    with Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key, max_retries=0) as daftra:
        yield daftra


def example(operation_id: str) -> dict[str, Any]:
    """The documented example as it is: the sandbox has every record it refers to."""
    return example_body(operation_id, ground=False)


def unique(body: dict[str, Any], tag: str) -> dict[str, Any]:
    """The example, with the fields entities keep unique made unique for this test."""
    stamp = f"{tag}-{len(tag)}"
    return {
        key: f"{value} {stamp}"
        if key in ("name", "abbr", "serial_number", "barcode") and isinstance(value, str)
        else value
        for key, value in body.items()
        if key != "id"
    }


@pytest.mark.parametrize("spec", ENTITIES, ids=lambda spec: spec.tag)
def test_an_entity_is_created_read_listed_and_changed_as_documented(
    spec: ResourceSpec, client: Daftra, sandbox: RecordingSandbox
) -> None:
    resource = getattr(client, spec.tag)
    record_id = resource.create(unique(example(spec.create), spec.tag))
    assert int(resource.get(record_id).id) == record_id

    found = resource.list(query=where(field("id").eq(record_id)))
    assert [int(row.id) for row in found.items] == [record_id]
    assert record_id in [int(row.id) for row in resource.iter(limit=10)]

    if spec.update:
        resource.update(record_id, unique(example(spec.update), spec.tag))
    with pytest.raises(NotFoundError):
        resource.get(999_999)
    assert sandbox.undocumented() == []


def test_the_other_v2_operations_answer_as_documented(
    client: Daftra, sandbox: RecordingSandbox
) -> None:
    note_id = client.purchase_debit_notes.create(example("addPurchaseDebitNote"))
    assert note_id in [int(row.id) for row in client.purchase_debit_notes.iter()]
    assert client.product_bundles.create(example("addProductBundle")) > 0
    assert [int(branch.id) for branch in client.branches.list(limit=50).items][:1] == [1]

    status_id = client.follow_up_statuses.create(example("addFollowUpStatus"))
    assert int(client.follow_up_statuses.get(status_id).follow_up_status.id) == status_id
    assert status_id in [int(row.id) for row in client.follow_up_statuses.iter()]
    client.follow_up_statuses.delete(status_id)

    sandbox.state.add("FollowUpAction", item_type=1, name="Call")
    actions = client.follow_up_actions.list(type=1)
    action_id = int(actions.items[0].id)
    assert int(client.follow_up_actions.get(action_id).follow_up_action.id) == action_id
    client.follow_up_actions.delete(action_id)

    records = client.workflow(7)
    record_id = records.create(example("addWorkflowRecord"))
    assert int(records.get(record_id).id) == record_id
    assert record_id in [int(row.id) for row in records.iter()]
    records.update(record_id, example("editWorkflowRecord"))
    assert [row["id"] for row in client.entity("product").list(limit=3).items] == [1, 2, 3]
    assert sandbox.undocumented() == []


def test_filters_sorting_and_or_groups_reach_the_server(client: Daftra) -> None:
    for name in ("Alpha Tools", "Beta Tools", "Gamma Parts"):
        client.brands.create({"name": name})
    tools = where(field("name").like("Tools")).sort("name", "desc")
    assert [row.name for row in client.brands.iter(query=tools)] == ["Beta Tools", "Alpha Tools"]
    either = where().or_(field("name").eq("Alpha Tools"), field("name").eq("Gamma Parts"))
    assert sorted(row.name for row in client.brands.iter(query=either)) == [
        "Alpha Tools",
        "Gamma Parts",
    ]
    with pytest.raises(InvalidInputError):
        client.brands.list(query="filter[name]=x")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="v1 list"):
        client.clients.list(query=where(field("name").eq("x")))  # v1 would ignore it


def test_a_refusal_in_arabic_keeps_its_field_errors(
    client: Daftra, sandbox: RecordingSandbox
) -> None:
    sandbox.state.site["language_code"] = "ar"
    try:
        with pytest.raises(ValidationError) as refused:
            client.brands.create({"name": ""})
    finally:
        sandbox.state.site["language_code"] = "en"
    assert refused.value.status == 422
    (message,) = refused.value.field_errors["name"]
    assert "الحقل" in message  # the service's own words, untouched
    assert "name" in str(refused.value)


def test_an_edit_by_post_sends_the_id_in_the_body(client: Daftra) -> None:
    body = unique(example("addCreditType"), "post")
    credit_type_id = client.credit_types.create(body)
    client.credit_types.update(credit_type_id, {**body, "name": "Loyalty points, renamed"})
    assert client.credit_types.get(credit_type_id).name == "Loyalty points, renamed"


def test_a_multi_entity_request_classifies_each_query(client: Daftra) -> None:
    brand_id = client.brands.create({"name": "Multi Brand"})
    result = client.multi_entity(
        [
            EntityQuery.show("brand", brand_id, alias="one"),
            EntityQuery.list("brand", {"name": "Multi Brand"}, alias="many"),
            EntityQuery.show("brand", 999_999, alias="gone"),
        ]
    )
    one, many, gone = result["one"], result["many"], result["gone"]
    assert isinstance(one, Fetched) and one.data["id"] == brand_id
    assert isinstance(many, Fetched) and [r["id"] for r in many.data["data"]] == [brand_id]
    assert isinstance(gone, Refused)
    assert result.counts == {"fetched": 2, "refused": 1, "missing": 0}
    with pytest.raises(InvalidInputError, match=r"queries\[1\]"):
        client.multi_entity(
            [EntityQuery.show("brand", 1, alias="x"), EntityQuery.show("brand", 2, alias="x")]
        )


def test_a_query_the_answer_leaves_out_is_missing_not_lost() -> None:
    from daftra_facade.resources.multi_entity import classify

    queries = [EntityQuery.show("brand", 1, alias="a"), EntityQuery.show("brand", 2, alias="b")]
    result = classify(queries, {"a": {"id": 1}})
    assert isinstance(result["b"], Missing)


def test_the_async_client_reaches_v2_too(sandbox: RecordingSandbox) -> None:
    async def scenario() -> list[str]:
        async with AsyncDaftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client:
            await client.designations.create({"name": "Async designation"})
            result = await client.multi_entity([EntityQuery.list("designation", alias="all")])
            assert isinstance(result["all"], Fetched)
            query = where(field("name").like("Async"))
            return [row.name async for row in client.designations.iter(query=query)]

    assert asyncio.run(scenario()) == ["Async designation"]
    assert sandbox.undocumented() == []


def test_the_raw_v2_client_reaches_the_generated_v2_functions(client: Daftra) -> None:
    from daftra_client.api.brands import list_brands
    from daftra_client.models import BrandPage

    page = list_brands.sync(client=client.raw_v2, level=1, per_page=2)
    assert isinstance(page, BrandPage) and len(page.data) == 2


def test_every_v2_operation_was_exercised(sandbox: RecordingSandbox) -> None:
    """Runs after the tests above (token and app status have their own tests)."""
    v2 = {
        op["operationId"]
        for item in load_spec()["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "x-doc-group" in op
    }
    left = v2 - sandbox.exercised - {"generateAccessToken", "checkAppStatus"}
    assert left == set()
