"""Every v1 operation, called through the facade against the sandbox, answers as the spec
documents: a table of resources, each driven through the actions it has, with every
answer the sandbox sent validated against the operation's documented schema."""

from __future__ import annotations

import asyncio
import copy
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from daftra_facade import AsyncDaftra, Daftra, NotFoundError
from daftra_facade.filters import field, where
from daftra_facade.resources.capabilities import CrudResource, ReadOnlyResource, ResourceSpec
from daftra_facade.resources.catalogue import declared_resources
from daftra_facade.wire.operations import module_name
from daftra_facade.wire.specification import load_spec
from daftra_sandbox import Sandbox
from daftra_sandbox.routing import Answer, Request

from ..conftest import every, invoice_body
from ..spec.spec_schemas import operation, response_errors

SPEC_DIR = Path(__file__).resolve().parents[2] / "openapi"
# Every reference field an example body may carry, pointed at a record the test seeds.
SEEDED = {
    "Client": 1,
    "Supplier": 1,
    "Product": 1,
    "Store": 1,
    "Staff": 1,
    "Branch": 1,
    "Treasury": 1,
    "Tax": 1,
    "JournalAccount": 1,
    "JournalCat": 1,
    "WorkOrder": 1,
}
REFERENCE_FIELDS = {
    "client_id": 1,
    "supplier_id": 1,
    "product_id": 1,
    "store_id": 1,
    "staff_id": 1,
    "branch_id": 1,
    "treasury_id": 1,
    "tax1": 1,
    "tax2": None,
    "journal_account_id": 1,
    "journal_cat_id": 1,
    "work_order_id": 1,
    "to_store_id": 1,
}


class RecordingSandbox(Sandbox):
    """A sandbox that keeps every answer it sends, with the operation that sent it."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[tuple[str, int, object]] = []
        self.exercised: set[str] = set()

    def handle(self, request: Request) -> Answer:
        answer = super().handle(request)
        route, _, _ = self._router.match(request.method, request.path)
        if route is not None:
            self.answers.append((route.operation_id, answer.status, answer.body))
            self.exercised.add(route.operation_id)
        return answer

    def undocumented(self) -> list[str]:
        """Every recorded answer that breaks its documented schema, then forgets them."""
        problems = [
            f"{operation_id} {status}: {problem}"
            for operation_id, status, body in self.answers
            for problem in response_errors(operation_id, status, body)
        ]
        self.answers.clear()
        return problems


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RecordingSandbox]:
    with RecordingSandbox() as running:
        for model, record_id in SEEDED.items():
            running.state.ensure(model, record_id, name=f"{model} {record_id}")
        for model in ("Client", "Supplier"):
            running.state.live(model, 1).update(business_name=f"{model} 1", type=3)
        yield running


@pytest.fixture(scope="module")
def client(sandbox: RecordingSandbox) -> Iterator[Daftra]:
    with Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key, max_retries=0) as daftra:
        yield daftra


def example_body(operation_id: str, *, ground: bool = True) -> dict[str, Any]:
    """The first documented example of an operation's request body (``ground``: with its
    references pointed at seeded records, see :func:`grounded`)."""
    _, _, found = operation(operation_id)
    media = found["requestBody"]["content"]["application/json"]
    examples = media.get("examples") or {"only": {"value": media.get("example")}}
    value = next(iter(examples.values()))
    if "$ref" in value:
        value = load_spec()["components"]["examples"][value["$ref"].rsplit("/", 1)[1]]
    body = copy.deepcopy(value["value"])
    return grounded(body) if ground else body


def grounded(node: Any) -> Any:
    """The example with every reference pointed at a seeded record and no fixed number,
    so it can be sent to a fresh sandbox as it is."""
    if isinstance(node, dict):
        return {
            key: REFERENCE_FIELDS[key]
            if key in REFERENCE_FIELDS and value is not None
            else grounded(value)
            for key, value in node.items()
            if key not in ("id", "no")
        }
    if isinstance(node, list):
        return [grounded(item) for item in node]
    return node


def resource_of(client: Any, spec: ResourceSpec) -> Any:
    name = {"InvoicePayment": "invoice_payments"}.get(spec.model_key, spec.tag)
    return getattr(client, name)


# Every declared v1 resource with the usual actions, from the client's own declarations.
CRUD = [
    spec
    for sync_class, _, spec in declared_resources().values()
    if issubclass(sync_class, CrudResource) and spec.pages.kind == "v1"
]
READ_ONLY = [
    spec
    for sync_class, _, spec in declared_resources().values()
    if issubclass(sync_class, ReadOnlyResource) and not spec.create and spec.pages.kind == "v1"
]


@pytest.mark.parametrize("spec", CRUD, ids=lambda spec: spec.tag)
def test_a_resource_goes_through_its_whole_life_as_documented(
    spec: ResourceSpec, run: Callable[[Any], Any], sandbox: RecordingSandbox
) -> None:
    """Create, read, list, edit, delete, with ``Daftra`` and with ``AsyncDaftra``."""

    async def scenario(client: Any) -> None:
        resource = resource_of(client, spec)
        body = example_body(spec.create)
        if spec.model_key == "InvoicePayment":
            body["InvoicePayment"]["invoice_id"] = await client.invoices.create(invoice_body())
        record_id = await resource.create(body)
        assert record_id > 0

        view = await resource.get(record_id)
        assert int(getattr(view, module_name(spec.model_key)).id) == record_id
        listed = await every(resource.iter(limit=5))
        assert any(int(item.id) == record_id for item in listed)

        await resource.update(record_id, example_body(spec.update))
        await resource.delete(record_id)
        with pytest.raises(NotFoundError):
            await resource.get(record_id)

    run(scenario)
    assert sandbox.undocumented() == []


@pytest.mark.parametrize("spec", READ_ONLY, ids=lambda spec: spec.tag)
def test_a_read_only_resource_lists_and_reads_as_documented(
    spec: ResourceSpec, client: Daftra, sandbox: RecordingSandbox
) -> None:
    stored = sandbox.state.add(spec.model_key, name=f"A {spec.model_key}")
    resource = resource_of(client, spec)
    page = resource.list(limit=50)
    assert stored["id"] in [int(item.id) for item in page.items]
    assert int(getattr(resource.get(stored["id"]), module_name(spec.model_key)).id) == stored["id"]
    with pytest.raises(NotFoundError):
        resource.get(999_999)
    assert sandbox.undocumented() == []


def test_the_async_client_has_the_same_resources(sandbox: RecordingSandbox) -> None:
    async def scenario() -> None:
        async with AsyncDaftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client:
            new_id = await client.clients.create(
                {"Client": {"business_name": "Async Co", "type": 3}}
            )
            view = await client.clients.get(new_id)
            assert view.client.business_name == "Async Co"
            names = [item.business_name async for item in client.clients.iter(limit=2)]
            assert "Async Co" in names
            await client.clients.delete(new_id)
            payments = [p async for p in client.invoice_payments.iter()]
            assert isinstance(payments, list)

    asyncio.run(scenario())
    assert sandbox.undocumented() == []


def test_the_irregular_v1_operations_answer_as_documented(
    client: Daftra, sandbox: RecordingSandbox
) -> None:
    assert client.site.get().subdomain == "sandbox"
    invoice_id = client.invoices.create(invoice_body())
    client.invoices.update(invoice_id, {"Invoice": {"notes": "Checked"}})
    assert client.invoices.get(invoice_id).invoice.notes == "Checked"
    assert client.invoices.bulk_create([invoice_body()]).counts["created"] == 1
    assert invoice_id in [invoice.id for invoice in client.invoices.iter()]
    client.invoices.delete(invoice_id)

    note_id = client.notes.add_to("client", 1, example_body("addNote"))
    assert note_id in [int(note.id) for note in client.notes.iter()]
    assert client.notes.get(note_id).note.item_type == 1
    client.notes.update(note_id, example_body("editNote"))
    client.notes.delete(note_id)

    assert client.general_listing.get("Timezone")
    assert client.client_attendance_logs.create(example_body("addClientAttendanceLog")) > 0

    advance_id = client.advance_payments.create(example_body("addAdvancePayment"))
    assert [int(row.id) for row in client.advance_payments.iter()] == [advance_id]
    assert int(client.advance_payments.get(advance_id).id) == advance_id

    booking_id = client.bookings.create(example_body("addBooking"))
    assert int(client.bookings.get(booking_id).id) == booking_id
    assert booking_id in [int(row.id) for row in client.bookings.iter()]
    client.bookings.change_status(booking_id, 1)
    assert client.bookings.convert_to_invoice(booking_id) > 0
    client.bookings.delete(booking_id)
    assert sandbox.undocumented() == []


def test_the_v2_filters_reach_the_v1_documents_listed_through_v2(client: Daftra) -> None:
    client.advance_payments.create(example_body("addAdvancePayment"))
    newest = client.advance_payments.list(query=where(field("id").gt(0)).sort("id", "desc"))
    ids = [int(row.id) for row in newest.items]
    assert ids == sorted(ids, reverse=True) and ids


def test_every_v1_operation_was_exercised(sandbox: RecordingSandbox) -> None:
    """Runs last: the tests above between them called every documented v1 operation."""
    inventory_titles = {
        line.split(" | ")[1].strip()
        for line in SPEC_DIR.joinpath("endpoints-v1.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }
    v1_operations = {
        op["operationId"]
        for item in load_spec()["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and op.get("x-doc-title") in inventory_titles
    }
    assert v1_operations - sandbox.exercised == set()
