"""A create whose answer is lost is settled by its reference: never created twice; each
scenario with both clients."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from daftra_facade import Created, Duplicate, DuplicateRecordsError, ServerError, Unknown
from daftra_sandbox import Sandbox

from ..conftest import Scenario, invoice_body

Run = Callable[[Scenario], Any]

LOST = b"<html><body>502 Bad Gateway</body></html>"


def posts(sandbox: Sandbox) -> int:
    return sum(1 for method, _, _ in sandbox.request_log if method == "POST")


def test_a_bulk_chunk_stored_but_unanswered_is_found_not_resent(sandbox: Sandbox, run: Run) -> None:
    async def scenario(client: Any) -> None:
        sandbox.inject(502, LOST, path_contains="add_bulk", process=True)

        records = [invoice_body(1), invoice_body(2), invoice_body(1)]
        result = await client.invoices.bulk_create(records)

        assert result.ok and posts(sandbox) == 1
        stored = {i["id"]: i for i in sandbox.state.all("Invoice")}
        assert len(stored) == 3
        assert [stored[o.id]["client_id"] for o in result.created] == [1, 2, 1]
        assert all(o.number == stored[o.id]["no"] for o in result.created)

    run(scenario)


def test_a_single_create_stored_but_unanswered_returns_the_stored_id(
    sandbox: Sandbox, run: Run
) -> None:
    async def scenario(client: Any) -> None:
        sandbox.inject(502, LOST, path_contains="/invoices.json", process=True)

        invoice_id = await client.invoices.create(invoice_body(2))

        assert [i["id"] for i in sandbox.state.all("Invoice")] == [invoice_id]
        assert posts(sandbox) == 1

    run(scenario)


def test_the_callers_reference_is_kept_and_others_are_stamped(sandbox: Sandbox, run: Run) -> None:
    async def scenario(client: Any) -> None:
        records = [invoice_body(1, po_number="PO-77"), invoice_body(1)]

        await client.invoices.bulk_create(records)

        first, second = sandbox.state.all("Invoice")
        assert first["po_number"] == "PO-77"
        assert second["po_number"].startswith("dpy-") and second["po_number"].endswith("-1")
        assert "po_number" not in records[1]["Invoice"]  # the caller's record is not changed

    run(scenario)


def test_an_ignored_filter_leaves_the_element_unknown(sandbox: Sandbox, run: Run) -> None:
    async def scenario(client: Any) -> None:
        sandbox.inject(502, LOST, path_contains="add_bulk")  # not stored
        unrelated = {
            "code": 200,
            "result": "successful",
            "data": [{"Invoice": {"id": 5, "po_number": "someone-else"}}],
            "pagination": {"page": 1, "page_count": 1, "total_results": 1},
        }
        sandbox.inject(
            200,
            json.dumps(unrelated).encode(),
            content_type="application/json",
            path_contains="/invoices.json",
        )

        result = await client.invoices.bulk_create([invoice_body(1)])

        assert isinstance(result[0], Unknown)
        assert "did not apply the po_number filter" in result[0].reason
        assert sandbox.state.count("Invoice") == 0 and posts(sandbox) == 1

    run(scenario)


def test_a_lost_create_whose_reference_several_records_carry_is_a_duplicate(
    sandbox: Sandbox, run: Run
) -> None:
    async def scenario(client: Any) -> None:
        first = sandbox.add_invoice(invoice_body(1, po_number="PO-DUP"))["id"]
        sandbox.inject(502, LOST, path_contains="add_bulk", process=True)

        result = await client.invoices.bulk_create(
            [invoice_body(1, po_number="PO-DUP")], allow_duplicates=True
        )

        [second] = [i["id"] for i in sandbox.state.all("Invoice") if i["id"] != first]
        assert result[0] == Duplicate(0, (first, second), result[0].reason)
        assert "2 records carry po_number 'PO-DUP'" in result[0].reason
        assert result.counts == {"created": 0, "duplicate": 1, "rejected": 0, "unknown": 0}
        assert not result.ok and posts(sandbox) == 1

    run(scenario)


def test_a_single_create_found_twice_raises_with_both_ids(sandbox: Sandbox, run: Run) -> None:
    async def scenario(client: Any) -> None:
        first = sandbox.add_invoice(invoice_body(1, po_number="PO-TWICE"))["id"]
        sandbox.inject(502, LOST, path_contains="/invoices.json", process=True)

        with pytest.raises(DuplicateRecordsError) as raised:
            await client.invoices.create(invoice_body(1, po_number="PO-TWICE"))

        ids = sorted(i["id"] for i in sandbox.state.all("Invoice"))
        assert raised.value.ids == ids and first in ids and len(ids) == 2
        assert raised.value.reference == "PO-TWICE" and posts(sandbox) == 1

    run(scenario)


def test_a_lookup_failing_to_the_end_of_the_window_leaves_the_element_unknown(
    sandbox: Sandbox, run: Run
) -> None:
    async def scenario(client: Any) -> None:
        sandbox.inject(502, LOST, path_contains="add_bulk")
        sandbox.inject(
            500,
            b'{"result":"failed","code":500,"message":"db"}',
            content_type="application/json",
            path_contains="/invoices.json",
            times=100,
        )

        result = await client.invoices.bulk_create([invoice_body(1)], settle_window=0.2)

        assert isinstance(result[0], Unknown) and "looking up" in result[0].reason
        assert posts(sandbox) == 1

    run(scenario)


def test_a_lookup_failing_within_the_window_is_asked_again(sandbox: Sandbox, run: Run) -> None:
    async def scenario(client: Any) -> None:
        sandbox.inject(502, LOST, path_contains="add_bulk", process=True)
        sandbox.inject(
            500,
            b'{"result":"failed","code":500,"message":"db"}',
            content_type="application/json",
            path_contains="/invoices.json",
        )

        result = await client.invoices.bulk_create([invoice_body(1)], settle_window=0.5)

        [stored] = sandbox.state.all("Invoice")
        assert result[0] == Created(0, stored["id"], stored["no"])
        assert posts(sandbox) == 1

    run(scenario)


def test_a_create_that_cannot_be_settled_raises_and_says_why(sandbox: Sandbox, run: Run) -> None:
    async def scenario(client: Any) -> None:
        # the POST and every lookup until the window has passed
        sandbox.inject(502, LOST, path_contains="/invoices.json", times=100)

        with pytest.raises(ServerError) as raised:
            await client.invoices.create(invoice_body(1), settle_window=0.2)

        assert any("is unknown" in note for note in raised.value.__notes__)
        assert posts(sandbox) == 1

    run(scenario)


def test_found_elements_report_the_stored_record(sandbox: Sandbox, run: Run) -> None:
    async def scenario(client: Any) -> None:
        sandbox.inject(
            200, b"[]", content_type="application/json", path_contains="add_bulk", process=True
        )

        result = await client.invoices.bulk_create([invoice_body(1, po_number="PO-1")])

        created = result[0]
        assert isinstance(created, Created)
        assert sandbox.state.get("Invoice", created.id)["po_number"] == "PO-1"  # type: ignore[index]

    run(scenario)
