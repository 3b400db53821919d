"""bulk_create: every input element ends created, rejected or unknown, by its index;
each scenario with both clients."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest

from daftra_facade import (
    BulkAbortedError,
    BulkIncompleteError,
    Created,
    Rejected,
    Unknown,
)
from daftra_sandbox import Sandbox, seed_references

from ..conftest import Scenario, invoice_body, load_data

Run = Callable[[Scenario], Any]


def bulk_requests(sandbox: Sandbox) -> int:
    return sum(1 for _, path, _ in sandbox.request_log if "add_bulk" in path)


def test_the_documented_bulk_example_creates_both_invoices(sandbox: Sandbox, run: Run) -> None:
    async def scenario(client: Any) -> None:
        records = load_data("seed_bulk_request.json")
        seed_references(sandbox.state, records)

        result = await client.invoices.bulk_create(records)

        assert result.counts == {"created": 2, "rejected": 0, "unknown": 0}
        assert [type(o) for o in result] == [Created, Created]
        first, second = result.created
        assert (first.index, second.index) == (0, 1)
        assert first.id != second.id
        assert first.number and second.number
        stored = {invoice["id"]: invoice for invoice in sandbox.state.all("Invoice")}
        assert set(stored) == {first.id, second.id}
        assert stored[first.id]["client_id"] == 7 and stored[second.id]["client_id"] == 6

    run(scenario)


def test_a_mixed_batch_is_classified_at_the_right_indices(sandbox: Sandbox, run: Run) -> None:
    async def scenario(client: Any) -> None:
        records = [invoice_body(1), invoice_body(client_id=999_999), invoice_body(2)]

        result = await client.invoices.bulk_create(records)

        assert [type(o) for o in result] == [Created, Rejected, Created]
        rejected = result[1]
        assert isinstance(rejected, Rejected) and rejected.sent
        assert "Invoice.client_id" in rejected.field_errors
        assert sandbox.state.count("Invoice") == 2
        with pytest.raises(BulkIncompleteError, match=r"#1 rejected") as raised:
            result.raise_for_failures()
        assert raised.value.result is result

    run(scenario)


def test_invalid_elements_are_refused_locally_and_the_rest_still_sent(
    sandbox: Sandbox, run: Run
) -> None:
    async def scenario(client: Any) -> None:
        records = [
            invoice_body(1),
            {"InvoiceItem": []},  # no Invoice member
            invoice_body(1, quantity="plenty"),  # type: ignore[arg-type]
            "not a record",
            invoice_body(2, date="2026-02-30"),
            invoice_body(2),
        ]

        result = await client.invoices.bulk_create(records)

        assert [type(o).__name__ for o in result] == [
            "Created",
            "Rejected",
            "Rejected",
            "Rejected",
            "Rejected",
            "Created",
        ]
        local = {o.index: o for o in result.rejected}
        assert all(not o.sent for o in local.values())
        assert any("Invoice" in reason for reason in local[1].field_errors["<body>"])
        assert "InvoiceItem.0.quantity" in local[2].field_errors
        assert "records[3]" in local[3].field_errors
        assert "Invoice.date" in local[4].field_errors
        assert sandbox.state.count("Invoice") == 2

    run(scenario)


def test_records_are_sent_in_chunks_and_reported_in_input_order(sandbox: Sandbox, run: Run) -> None:
    async def scenario(client: Any) -> None:
        seen = []
        records = [invoice_body(1 + i % 2, unit_price=float(i + 1)) for i in range(7)]

        result = await client.invoices.bulk_create(records, chunk_size=3, on_progress=seen.append)

        assert bulk_requests(sandbox) == 3
        assert [o.index for o in result] == list(range(7))
        assert result.ok and len(result.created) == 7
        assert len(seen) == 3 and seen[-1].done == seen[-1].created == 7
        assert [p.done for p in seen] == sorted(p.done for p in seen)
        totals = {inv["id"]: inv["summary_total"] for inv in sandbox.state.all("Invoice")}
        assert [totals[o.id] for o in result.created] == [float(i + 1) for i in range(7)]

    run(scenario)


def test_an_answer_that_does_not_line_up_is_settled_by_reference(
    sandbox: Sandbox, run: Run
) -> None:
    async def scenario(client: Any) -> None:
        sandbox.inject(
            200,
            b'[{"result":"successful","code":202,"id":90,"invoice_number":"90"}]',
            content_type="application/json",
            path_contains="add_bulk",
            process=True,
        )

        result = await client.invoices.bulk_create([invoice_body(1), invoice_body(2)])

        assert [type(o) for o in result] == [Created, Created]
        stored = {i["id"]: i["client_id"] for i in sandbox.state.all("Invoice")}
        assert [stored[o.id] for o in result.created] == [1, 2]  # nothing created twice
        assert bulk_requests(sandbox) == 1

    run(scenario)


def test_a_chunk_lost_before_processing_is_sent_again(sandbox: Sandbox, run: Run) -> None:
    async def scenario(client: Any) -> None:
        sandbox.inject(502, b"<html><body>Bad gateway</body></html>", path_contains="add_bulk")

        started = time.monotonic()
        result = await client.invoices.bulk_create(
            [invoice_body(1)] * 4, chunk_size=2, concurrency=1, settle_window=0.3
        )

        assert result.ok and len(result.created) == 4
        assert sandbox.state.count("Invoice") == 4
        assert bulk_requests(sandbox) == 3  # the lost chunk once more, after lookups
        # a 502 may come from a proxy while the server goes on: resent after the window
        assert time.monotonic() - started >= 0.3

    run(scenario)


def test_elements_the_server_never_takes_end_unknown_after_the_resends(
    sandbox: Sandbox, run: Run
) -> None:
    async def scenario(client: Any) -> None:
        sandbox.inject(503, b"<html>down</html>", path_contains="add_bulk", times=50)

        result = await client.invoices.bulk_create([invoice_body(1)] * 2, settle_window=0.05)

        assert [type(o) for o in result] == [Unknown, Unknown]
        assert "not sent again" in result[0].reason  # type: ignore[union-attr]
        assert sandbox.state.count("Invoice") == 0
        assert bulk_requests(sandbox) == 3  # the first send and two resends

    # The pace would learn from the 503s and slow the lookups down; not what is tested.
    run(scenario, adaptive_pace=False)


def test_garbled_elements_are_settled_without_losing_the_others(run: Run, sandbox: Sandbox) -> None:
    async def scenario(client: Any) -> None:
        sandbox.inject(
            200,
            b'[{"result":"successful","code":"202","id":"41","invoice_number":"A-41"},'
            b' {"result":"weird"}, 7]',
            content_type="application/json",
            path_contains="add_bulk",
        )

        result = await client.invoices.bulk_create([invoice_body(1)] * 3)

        created, odd, not_object = result
        assert created == Created(0, 41, "A-41")  # numeric strings accepted
        # The server did not process the request: the other two were found absent, sent again.
        assert isinstance(odd, Created) and isinstance(not_object, Created)
        assert sandbox.state.count("Invoice") == 2

    run(scenario)


def test_refused_credentials_stop_the_run_and_keep_what_was_done(
    sandbox: Sandbox, run: Run
) -> None:
    async def scenario(client: Any) -> None:
        records = [invoice_body(1)] * 6
        sandbox.inject(
            401,
            b'{"result":"failed","code":401,"message":"Unauthorized"}',
            content_type="application/json",
            path_contains="add_bulk",
            after=1,
        )

        with pytest.raises(BulkAbortedError) as raised:
            await client.invoices.bulk_create(records, chunk_size=2, concurrency=1)

        partial = raised.value.result
        assert [type(o) for o in partial] == [Created, Created, Rejected, Rejected]
        assert raised.value.cause.status == 401
        assert bulk_requests(sandbox) == 2

    run(scenario)


def test_chunks_go_concurrently_and_results_keep_input_order(sandbox: Sandbox, run: Run) -> None:
    async def scenario(client: Any) -> None:
        records = [invoice_body(1, unit_price=float(i + 1)) for i in range(40)]

        result = await client.invoices.bulk_create(records, chunk_size=3, concurrency=4)

        assert [o.index for o in result] == list(range(40)) and result.ok
        totals = {inv["id"]: inv["summary_total"] for inv in sandbox.state.all("Invoice")}
        assert [totals[o.id] for o in result.created] == [float(i + 1) for i in range(40)]
        assert bulk_requests(sandbox) == 14

    run(scenario)


def test_a_refusal_mid_run_reports_every_chunk_already_sent(sandbox: Sandbox, run: Run) -> None:
    async def scenario(client: Any) -> None:
        sandbox.inject(
            401,
            b'{"result":"failed","code":401,"message":"Unauthorized"}',
            content_type="application/json",
            path_contains="add_bulk",
            after=3,
        )

        with pytest.raises(BulkAbortedError) as raised:
            await client.invoices.bulk_create([invoice_body(1)] * 40, chunk_size=2, concurrency=3)

        partial = raised.value.result
        indexes = [o.index for o in partial]
        assert len(indexes) == len(set(indexes))  # nothing reported twice
        assert {o.id for o in partial.created} == {i["id"] for i in sandbox.state.all("Invoice")}
        assert len(partial.rejected) == 2

    run(scenario)


def test_records_must_be_a_sequence_of_records(run: Run) -> None:
    async def scenario(client: Any) -> None:
        with pytest.raises(TypeError, match="iterable of records"):
            await client.invoices.bulk_create({"Invoice": {"client_id": 1}})
        with pytest.raises(ValueError, match="chunk_size"):
            await client.invoices.bulk_create([], chunk_size=0)

    run(scenario)


def test_an_empty_input_sends_nothing(sandbox: Sandbox, run: Run) -> None:
    async def scenario(client: Any) -> None:
        result = await client.invoices.bulk_create([])
        assert len(result) == 0 and result.ok
        assert bulk_requests(sandbox) == 0

    run(scenario)


def test_an_error_in_the_progress_callback_reaches_the_caller(run: Run) -> None:
    async def scenario(client: Any) -> None:
        def broken(progress: object) -> None:
            raise RuntimeError("progress display failed")

        with pytest.raises(RuntimeError, match="progress display failed"):
            await client.invoices.bulk_create(
                [invoice_body(1)] * 4, chunk_size=2, on_progress=broken
            )

    run(scenario)
