"""One value says how a bulk call runs: ``bulk_create``, ``create_many`` and ``upsert``
take ``options=BulkOptions(...)``, each field of which a keyword of the call overrides;
a bad value or an unknown keyword is refused before anything is sent, naming it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

from daftra_facade import BulkOptions, Created, InvalidInputError, JobStore
from daftra_facade.bulk.options import BulkSettings
from daftra_sandbox import Sandbox

from ..conftest import Scenario, invoice_body

Run = Callable[[Scenario], Any]


def bulk_posts(sandbox: Sandbox) -> int:
    return sum(1 for _, path, _ in sandbox.request_log if path.endswith("add_bulk.json"))


def test_the_keywords_of_a_bulk_call_are_the_fields_of_bulk_options() -> None:
    """BulkSettings types the keywords; it is held here to BulkOptions, name and type."""
    fields = {field.name: field.type for field in attrs.fields(BulkOptions)}
    keywords = {name: hint.__forward_arg__ for name, hint in BulkSettings.__annotations__.items()}
    assert keywords == fields


def test_an_options_value_runs_the_call_and_a_keyword_overrides_its_field(
    sandbox: Sandbox, run: Run, tmp_path: Path
) -> None:
    nightly = BulkOptions(chunk_size=2, concurrency=1, job="nightly")
    records = [invoice_body(1, po_number=f"OPT-{n}") for n in range(7)]

    async def scenario(client: Any) -> list[type]:
        with JobStore(tmp_path / "jobs.sqlite") as store:
            result = await client.invoices.bulk_create(
                records, options=nightly, chunk_size=3, journal=store
            )
            assert store.job("nightly", "invoices") is not None
        return [type(outcome) for outcome in result]

    assert run(scenario) == [Created] * 7
    assert bulk_posts(sandbox) == 3  # chunks of 3 (the keyword), not of 2 (the value)
    assert nightly.chunk_size == 2  # the value itself is left as it was


def test_create_many_and_upsert_take_the_same_value(sandbox: Sandbox, run: Run) -> None:
    options = BulkOptions(concurrency=2, chunk_size=25)  # chunk_size: bulk_create's alone

    async def scenario(client: Any) -> tuple[list[type], list[type]]:
        made = await client.clients.create_many(
            [
                {"Client": {"business_name": f"Opt {n}", "email": f"opt{n}@x.test"}}
                for n in range(3)
            ],
            options=options,
        )
        kept = await client.clients.upsert(
            [{"Client": {"business_name": "Opt 0", "email": "opt0@x.test"}}],
            key="email",
            options=options,
        )
        return [type(o) for o in made], [type(o).__name__ for o in kept]

    made, kept = run(scenario)
    assert made == [Created] * 3 and kept == ["Unchanged"]


@pytest.mark.parametrize(
    ("make", "named"),
    [
        (lambda: BulkOptions(concurrency=0), "concurrency"),
        (lambda: BulkOptions(chunk_size="50"), "chunk_size"),
        (lambda: BulkOptions(settle_window=-1), "settle_window"),
        (lambda: BulkOptions(job=""), "job"),
    ],
)
def test_a_bad_value_is_refused_naming_its_field(make: Callable[[], Any], named: str) -> None:
    with pytest.raises(InvalidInputError, match=named):
        make()


@pytest.mark.parametrize(
    ("call", "keywords", "named"),
    [
        ("bulk_create", {"chunck_size": 10}, "bulk_create does not take chunck_size"),
        ("bulk_create", {"concurrency": 0}, "concurrency must be"),
        ("bulk_create", {"options": {"chunk_size": 5}}, "options must be a BulkOptions"),
        ("create_many", {"chunk_size": 10}, "one element a request: chunk_size is for bulk"),
        ("create_many", {"allow_duplicates": True}, "allow_duplicates is for bulk_create"),
    ],
)
def test_a_bad_keyword_is_refused_before_anything_is_sent(
    sandbox: Sandbox, run: Run, call: str, keywords: dict[str, Any], named: str
) -> None:
    resource = "invoices" if call == "bulk_create" else "clients"
    record = invoice_body(1) if call == "bulk_create" else {"Client": {"business_name": "X"}}

    async def scenario(client: Any) -> None:
        await getattr(getattr(client, resource), call)([record], **keywords)

    with pytest.raises(InvalidInputError, match=named):
        run(scenario)
    assert not sandbox.request_log
