"""find/find_one by business keys, upsert and create_many: every answer checked on the
client, and no duplicates when answers are lost."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from daftra_facade import (
    AsyncDaftra,
    AuthenticationError,
    BulkAbortedError,
    Created,
    Daftra,
    InvalidInputError,
    JobStore,
    MultipleMatchesError,
    Rejected,
    Unchanged,
    Unknown,
    Updated,
)
from daftra_sandbox import Sandbox

from ..conftest import invoice_body

LOST = b"<html><body>502 Bad Gateway</body></html>"


def posts(sandbox: Sandbox) -> int:
    return sum(1 for method, _, _ in sandbox.request_log if method == "POST")


def client_body(email: str, name: str = "Acme", **fields: object) -> dict[str, object]:
    return {"Client": {"business_name": name, "email": email, "type": 3, **fields}}


def test_find_checks_every_record_even_when_a_filter_is_ignored(
    sandbox: Sandbox, client: Daftra
) -> None:
    client.clients.create(client_body("x@acme.example", phone2="555-1"))
    # v1 clients have no email filter; v2's filter[email] answers, and is checked here.
    found = client.clients.find(email="X@ACME.example")
    assert [view.client.email for view in found] == ["x@acme.example"]
    # No filter at all for a phone: every page is read, every row checked.
    assert [v.client.id for v in client.clients.find(phone="555-1")] == [found[0].client.id]
    assert client.clients.find_one(email="nobody@acme.example") is None


def test_find_one_refuses_to_choose_between_several(client: Daftra) -> None:
    for _ in range(2):
        client.invoices.create(invoice_body(1, po_number="PO-2"))
    with pytest.raises(MultipleMatchesError) as raised:
        client.invoices.find_one(po_number="PO-2")
    assert len(raised.value.ids) == 2


def test_find_by_an_unknown_key_is_refused(client: Daftra) -> None:
    with pytest.raises(InvalidInputError, match="keys: email, phone, client_number"):
        client.clients.find(name="Acme")


def test_find_by_invoice_number_is_exact_and_by_custom_field(client: Daftra) -> None:
    first = client.invoices.create({**invoice_body(1), "InvoiceCustomField": {"Ref": "A-1"}})
    for _ in range(10):
        client.invoices.create(invoice_body(1))
    number = client.invoices.get(first).invoice.no
    # The sandbox's "no" filter, like Daftra's, also matches parts of numbers.
    assert [v.invoice.id for v in client.invoices.find(no=number)] == [first]
    assert client.invoices.find_one(custom_field=("Ref", "A-1")).invoice.id == first
    assert client.invoices.find(custom_field=("Ref", "A-2")) == []


def test_upsert_creates_edits_or_leaves_alone(client: Daftra) -> None:
    records = [
        client_body("new@acme.example"),
        client_body("first@client.example", "First Client Co"),
    ]
    first = client.clients.upsert(records, key="email")
    assert isinstance(first[0], Created) and isinstance(first[1], Unchanged)

    records[1] = client_body("first@client.example", "Renamed Co")
    second = client.clients.upsert(records, key="email")
    assert isinstance(second[0], Unchanged) and isinstance(second[1], Updated)
    assert client.clients.get(second[1].id).client.business_name == "Renamed Co"
    assert second.counts == {
        "created": 0,
        "rejected": 0,
        "unknown": 0,
        "updated": 1,
        "unchanged": 1,
    }


def test_upsert_rejects_an_element_without_the_key_before_sending(
    sandbox: Sandbox, client: Daftra
) -> None:
    result = client.clients.upsert(
        [{"Client": {"business_name": "No mail", "type": 3}}, client_body("a@acme.example")],
        key="email",
    )
    assert isinstance(result[0], Rejected) and not result[0].sent
    assert "records[0] gives no email" in result[0].message
    assert isinstance(result[1], Created)
    assert posts(sandbox) == 1


def test_upsert_by_product_code_compares_amounts_by_value(client: Daftra) -> None:
    body = {"Product": {"name": "Bolt", "product_code": "B-1", "unit_price": 5}}
    assert isinstance(client.products.upsert([body], key="product_code")[0], Created)
    again = {"Product": {"name": "Bolt", "product_code": "B-1", "unit_price": "5.00"}}
    assert isinstance(client.products.upsert([again], key="product_code")[0], Unchanged)


def test_a_lost_create_answer_is_settled_by_the_key_not_resent(
    sandbox: Sandbox, client: Daftra
) -> None:
    sandbox.inject(502, LOST, path_contains="/clients.json", process=True)
    # The sandbox commits at once: a short settle window spares the default 30 s.
    result = client.clients.upsert(
        [client_body("lost@acme.example")], key="email", settle_window=0.5
    )
    assert isinstance(result[0], Created)
    stored = [c for c in sandbox.state.all("Client") if c.get("email") == "lost@acme.example"]
    assert [c["id"] for c in stored] == [result[0].id]


def test_create_many_settles_a_lost_answer_by_the_first_key_it_gives(
    sandbox: Sandbox, client: Daftra
) -> None:
    sandbox.inject(502, LOST, path_contains="/products.json", process=True)
    result = client.products.create_many(
        [{"Product": {"name": "Nut", "product_code": "N-1", "unit_price": 1}}]
    )
    assert isinstance(result[0], Created)
    assert sum(p.get("product_code") == "N-1" for p in sandbox.state.all("Product")) == 1


def test_create_many_without_a_key_leaves_a_lost_answer_unknown(
    sandbox: Sandbox, client: Daftra
) -> None:
    sandbox.inject(502, LOST, path_contains="/suppliers.json", process=True)
    result = client.suppliers.create_many([{"Supplier": {"business_name": "S"}}])
    assert isinstance(result[0], Unknown)


def test_refused_credentials_leave_the_job_pending(sandbox: Sandbox, tmp_path: Path) -> None:
    store = JobStore(tmp_path / "job.sqlite")
    with (
        Daftra(base_url=sandbox.base_url, api_key="wrong", max_retries=0) as wrong,
        pytest.raises(BulkAbortedError) as raised,
    ):
        wrong.clients.upsert([client_body("p@acme.example")], key="email", journal=store)
    assert isinstance(raised.value.cause, AuthenticationError)
    with Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key, max_retries=0) as right:
        result = right.clients.upsert([client_body("p@acme.example")], key="email", journal=store)
        assert isinstance(result[0], Created) and not result[0].earlier
        again = right.clients.upsert([client_body("p@acme.example")], key="email", journal=store)
    assert isinstance(again[0], Created) and again[0].earlier


def test_async_find_and_upsert(sandbox: Sandbox) -> None:
    async def main() -> None:
        async with AsyncDaftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as aclient:
            result = await aclient.clients.upsert([client_body("async@acme.example")], key="email")
            assert isinstance(result[0], Created)
            found = await aclient.clients.find_one(email="async@acme.example")
            assert found is not None and found.client.id == result[0].id

    asyncio.run(main())
