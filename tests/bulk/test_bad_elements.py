"""One bad element never stops a run: whatever cannot be encoded or would be stored wrong
is refused locally, naming its index and field with its value cut short, and every other
element goes on; each scenario with both clients, against the served sandbox."""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from daftra_facade import Created, InvalidInputError, Rejected
from daftra_facade.wire.encoding import MAX_DEPTH, MAX_TEXT, to_json
from daftra_sandbox import Sandbox

from ..conftest import Scenario, invoice_body

Run = Callable[[Scenario], Any]


def nested(levels: int) -> Any:
    value: Any = "x"
    for _ in range(levels):
        value = {"a": value}
    return value


def itself() -> dict[str, Any]:
    loop: dict[str, Any] = {}
    loop["again"] = loop
    return loop


# Each bad value, where it goes in an invoice body, and what the reason must say.
BAD_VALUES: dict[str, tuple[str, Any, str]] = {
    "lone surrogate": ("Invoice.notes", "ok \ud800 then", "lone surrogate (U+D800) at position 3"),
    "NUL character": ("Invoice.notes", "a\x00b", "NUL character at position 1"),
    "10 MB cell": ("Invoice.notes", "x" * 10_485_760, "…(10,485,760 chars) is longer than"),
    "deep nesting": ("Invoice.notes", nested(10_000), f"nested deeper than {MAX_DEPTH} levels"),
    "a value holding itself": ("Invoice.notes", itself(), "contains itself"),
    "5,000-digit integer": ("Invoice.client_id", 10**4999, "…(5,000 digits) is beyond"),
    "5,000-digit Decimal": (
        "InvoiceItem.0.unit_price",
        Decimal("9" * 5000),
        "…(5,000 digits) has 5,000 digits",
    ),
    "integer beyond PHP's": ("Invoice.client_id", 2**63, "beyond the largest integer"),
    "5,000-digit numeric text": ("Invoice.client_id", "7" * 5000, "is not of type 'integer'"),
    "NaN": ("Invoice.discount", float("nan"), "nan is not a number JSON can carry"),
    "field name with a surrogate": ("Invoice.no\udc80tes", "x", "field name 'no\\udc80tes'"),
}


def bad_record(path: str, value: Any) -> dict[str, Any]:
    record = invoice_body(1)
    holder: Any = record
    *parents, last = path.split(".")
    for part in parents:
        holder = holder[int(part)] if part.isdigit() else holder[part]
    holder[last] = value
    return record


def test_a_lone_surrogate_in_the_middle_of_5000_records_rejects_that_one_and_creates_the_rest(
    sandbox: Sandbox, run: Run
) -> None:
    async def scenario(client: Any) -> None:
        records = [invoice_body(1, notes=f"order {n}") for n in range(5000)]
        records[2500]["Invoice"]["notes"] = "café \ud83d"  # half of an emoji's pair

        result = await client.invoices.bulk_create(records)

        assert result.counts == {"created": 4999, "rejected": 1, "unknown": 0}
        rejected = result[2500]
        assert isinstance(rejected, Rejected) and not rejected.sent
        assert rejected.message.startswith("records[2500], field Invoice.notes: ")
        assert "lone surrogate (U+D83D)" in rejected.message
        assert list(rejected.field_errors) == ["Invoice.notes"]
        assert sandbox.state.count("Invoice") == 4999
        notes = {invoice["notes"] for invoice in sandbox.state.all("Invoice")}
        assert "order 2499" in notes and "order 2501" in notes and "order 4999" in notes

    run(scenario)


def test_every_kind_of_bad_value_is_refused_at_its_index_and_field_and_the_rest_created(
    sandbox: Sandbox, run: Run
) -> None:
    async def scenario(client: Any) -> None:
        kinds = list(BAD_VALUES)
        records: list[Any] = []
        for kind in kinds:
            path, value, _ = BAD_VALUES[kind]
            records += [invoice_body(1, notes=f"good before {kind}"), bad_record(path, value)]
        records.append(invoice_body(1, notes="good at the end"))

        result = await client.invoices.bulk_create(records)

        assert result.counts == {"created": len(kinds) + 1, "rejected": len(kinds), "unknown": 0}
        for position, kind in enumerate(kinds):
            path, _, reason = BAD_VALUES[kind]
            index = 2 * position + 1
            outcome = result[index]
            assert isinstance(outcome, Rejected) and not outcome.sent, kind
            described = outcome.message + " " + json.dumps(outcome.field_errors)
            assert f"records[{index}]" in described or outcome.field_errors, kind
            assert reason in described.replace("\\\\", "\\"), (kind, described[:300])
            field = path.rsplit(".", 1)[0] if "field name" in kind else path
            assert any(name.startswith(field.split(".")[0]) for name in outcome.field_errors)
            # Cut short: a refused value never comes back whole.
            assert len(described) < 2_000, kind
            described.encode("utf-8")  # printable and writable, surrogates escaped
            assert isinstance(result[index - 1], Created), kind
        assert sandbox.state.count("Invoice") == len(kinds) + 1

    run(scenario)


@pytest.mark.parametrize("kind", list(BAD_VALUES))
def test_create_refuses_a_bad_value_with_a_clear_error_before_sending(
    kind: str, sandbox: Sandbox, run: Run
) -> None:
    path, value, reason = BAD_VALUES[kind]

    async def scenario(client: Any) -> None:
        with pytest.raises(InvalidInputError) as raised:
            await client.invoices.create(bad_record(path, value))

        message = str(raised.value)
        assert reason in message.replace("\\\\", "\\")
        assert len(message) < 2_000
        message.encode("utf-8")
        assert sandbox.state.count("Invoice") == 0
        assert not [entry for entry in sandbox.request_log if "invoices" in entry[1]]

    run(scenario)


def test_upsert_refuses_a_bad_element_and_goes_on_with_the_others(
    sandbox: Sandbox, run: Run
) -> None:
    async def scenario(client: Any) -> None:
        def client_body(email: str, name: str) -> dict[str, Any]:
            return {"Client": {"business_name": name, "email": email, "type": 3}}

        records = [
            client_body("a@acme.example", "A"),
            client_body("b@acme.example", "B \udfff"),
            client_body("c@acme.example", "x" * (MAX_TEXT + 1)),
            client_body("d@acme.example", "D"),
        ]

        result = await client.clients.upsert(records, key="email")

        assert [type(outcome) for outcome in result] == [Created, Rejected, Rejected, Created]
        assert "records[1], field Client.business_name" in result[1].message
        assert "…(1,000,001 chars)" in result[2].message
        emails = {row["email"] for row in sandbox.state.all("Client")}
        assert {"a@acme.example", "d@acme.example"} <= emails
        assert not {"b@acme.example", "c@acme.example"} & emails

    run(scenario)


def test_a_model_whose_to_dict_fails_is_refused_alone(sandbox: Sandbox, run: Run) -> None:
    class Broken:
        def to_dict(self) -> dict[str, Any]:
            raise ValueError("cannot convert \ud800")

    async def scenario(client: Any) -> None:
        result = await client.invoices.bulk_create([invoice_body(1), Broken(), invoice_body(1)])

        assert [type(outcome) for outcome in result] == [Created, Rejected, Created]
        assert result[1].message == (
            "records[1] cannot be read: ValueError: cannot convert \\ud800"
        )

    run(scenario)


def test_whatever_passes_the_local_checks_can_be_written_as_a_json_request_body() -> None:
    # httpx writes bodies with json.dumps(ensure_ascii=False, allow_nan=False) then UTF-8:
    # every value the checks let through must survive that, so nothing fails at send.
    accepted = to_json(
        {
            "text": "عربي \u0661\u0662\u0665\u0660\u066b\u0660\u0660 😀 tab\there",
            "name": "x" * MAX_TEXT,
            "nested": nested(MAX_DEPTH - 1),
            "big": 2**63 - 1,
            "amount": Decimal("1" * 65),
            "float": 1e308,
        }
    )
    json.dumps(accepted, ensure_ascii=False, allow_nan=False).encode("utf-8")
    for kind, (path, value, _) in BAD_VALUES.items():
        if kind == "5,000-digit numeric text":
            continue  # encodable: refused by the schema check, not by the encoder
        with pytest.raises(InvalidInputError):
            to_json(bad_record(path, value))


def test_the_encoding_checks_hold_without_validation(sandbox: Sandbox, run: Run) -> None:
    async def scenario(client: Any) -> None:
        records = [invoice_body(1), invoice_body(1, notes="\ud800"), invoice_body(1)]

        result = await client.invoices.bulk_create(records, validate=False)

        assert [type(outcome) for outcome in result] == [Created, Rejected, Created]
        assert "lone surrogate" in result[1].message

    run(scenario)
