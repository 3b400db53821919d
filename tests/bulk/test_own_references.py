"""Records carrying their own reference (an invoice's po_number) are never created twice by
a plain rerun: found on the server, they are reported existing and not sent; each
scenario with both clients."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from daftra_facade import Duplicate, Existing, Rejected
from daftra_sandbox import Sandbox

from ..conftest import invoice_body

Run = Callable[..., Any]


def posts(sandbox: Sandbox) -> int:
    return sum(1 for method, _, _ in sandbox.request_log if method == "POST")


def gets(sandbox: Sandbox) -> int:
    return sum(1 for method, _, _ in sandbox.request_log if method == "GET")


def records(count: int, start: int = 0) -> list[dict[str, Any]]:
    return [invoice_body(1, po_number=f"PO-{n}") for n in range(start, start + count)]


def test_a_rerun_reports_every_record_existing_and_sends_nothing(
    sandbox: Sandbox, run: Run
) -> None:
    async def scenario(client: Any) -> None:
        first = await client.invoices.bulk_create(records(5))
        sandbox.request_log.clear()

        again = await client.invoices.bulk_create(records(5))

        assert [type(o) for o in again] == [Existing] * 5
        assert [o.id for o in again] == [o.id for o in first]
        assert [o.number for o in again] == [o.number for o in first]
        assert again.ok and again.counts == {
            "created": 0,
            "existing": 5,
            "rejected": 0,
            "unknown": 0,
        }
        assert posts(sandbox) == 0 and sandbox.state.count("Invoice") == 5

    run(scenario)


def test_only_the_records_not_yet_on_the_server_are_created(sandbox: Sandbox, run: Run) -> None:
    async def scenario(client: Any) -> None:
        await client.invoices.bulk_create(records(3))

        result = await client.invoices.bulk_create(records(5))  # PO-3 and PO-4 are new

        assert [type(o).__name__ for o in result] == ["Existing"] * 3 + ["Created"] * 2
        assert sorted(i["po_number"] for i in sandbox.state.all("Invoice")) == [
            f"PO-{n}" for n in range(5)
        ]

    run(scenario)


def test_duplicates_are_sent_when_asked_for(sandbox: Sandbox, run: Run) -> None:
    async def scenario(client: Any) -> None:
        await client.invoices.bulk_create(records(2))
        sandbox.request_log.clear()

        result = await client.invoices.bulk_create(records(2), allow_duplicates=True)

        assert len(result.created) == 2 and gets(sandbox) == 0
        assert sandbox.state.count("Invoice") == 4

    run(scenario)


def test_generated_references_need_no_lookup(sandbox: Sandbox, run: Run) -> None:
    async def scenario(client: Any) -> None:
        result = await client.invoices.bulk_create([invoice_body(1)] * 4)

        assert len(result.created) == 4 and gets(sandbox) == 0 and posts(sandbox) == 1

    run(scenario)


def test_two_elements_giving_one_reference_are_not_both_sent(sandbox: Sandbox, run: Run) -> None:
    async def scenario(client: Any) -> None:
        result = await client.invoices.bulk_create(
            [invoice_body(1, po_number="PO-SAME"), invoice_body(2, po_number="PO-SAME")]
        )

        refused = result[1]
        assert isinstance(refused, Rejected) and not refused.sent
        assert "records[1] gives the po_number 'PO-SAME' of records[0]" in refused.message
        assert len(result.created) == 1 and sandbox.state.count("Invoice") == 1

    run(scenario)


def test_a_lookup_that_cannot_be_trusted_never_leads_to_a_blind_send(
    sandbox: Sandbox, run: Run
) -> None:
    async def scenario(client: Any) -> None:
        ignored = {
            "code": 200,
            "result": "successful",
            "data": [{"Invoice": {"id": 5, "po_number": "someone-else"}}],
            "pagination": {"page": 1, "page_count": 1, "total_results": 1},
        }
        sandbox.inject(
            200,
            json.dumps(ignored).encode(),
            content_type="application/json",
            path_contains="/invoices.json",
        )
        sandbox.inject(
            500,
            b'{"result":"failed","code":500,"message":"db"}',
            content_type="application/json",
            path_contains="/invoices.json",
        )

        result = await client.invoices.bulk_create(records(3), concurrency=1)

        assert [type(o).__name__ for o in result] == ["Rejected", "Rejected", "Created"]
        assert "did not apply the po_number filter" in result[0].message
        assert "looking up reference 'PO-1' failed" in result[1].message
        assert not result[0].sent and not result[1].sent
        assert sandbox.state.count("Invoice") == 1

    run(scenario)


def test_several_records_already_carrying_a_reference_are_a_duplicate_not_sent(
    sandbox: Sandbox, run: Run
) -> None:
    async def scenario(client: Any) -> None:
        ids = [sandbox.add_invoice(invoice_body(1, po_number="PO-0"))["id"] for _ in range(2)]

        result = await client.invoices.bulk_create(records(1))

        assert result[0] == Duplicate(0, tuple(ids), result[0].reason, sent=False)
        assert not result.ok and posts(sandbox) == 0

    run(scenario)


def test_a_record_another_run_created_meanwhile_is_reported_with_both_ids(
    sandbox: Sandbox, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two runs with different job stores both pass the pre-check; the check after the
    create reports the second record."""
    process = sandbox.handle
    others: list[int] = []

    def another_run_first(request: Any) -> Any:
        if request.method == "POST" and not others:
            others.append(sandbox.add_invoice(invoice_body(2, po_number="PO-0"))["id"])
        return process(request)

    monkeypatch.setattr(sandbox, "handle", another_run_first)

    async def scenario(client: Any) -> None:
        result = await client.invoices.bulk_create(records(1))

        ids = tuple(sorted(i["id"] for i in sandbox.state.all("Invoice")))
        assert len(ids) == 2 and others[0] in ids
        assert isinstance(result[0], Duplicate) and result[0].ids == ids
        assert "another run created it too" in result[0].reason
        assert result.counts == {"created": 0, "duplicate": 1, "rejected": 0, "unknown": 0}

    run(scenario)
