"""The raw generated client shares the facade's wire: credentials, pool, pace, retries and
timeout; its answers keep the service's status, headers and bytes, and its parsers read
the live dialect through the facade's decoding."""

from __future__ import annotations

import asyncio
import json
import time
from datetime import date
from decimal import Decimal
from typing import Any

import httpx
import pytest
from daftra_client.api.invoices import add_invoice, get_invoice, list_invoices
from daftra_client.api.site import get_site_info
from daftra_client.models import InvoiceAddRequest

from daftra_facade import AsyncDaftra, Daftra, InvalidInputError, RequestTimeoutError
from daftra_facade.transport.raw import operation_of
from daftra_sandbox import FaultProfile, RateLimits, Sandbox

from ..conftest import invoice_body


def raw_client(sandbox: Sandbox, **options: Any) -> Daftra:
    return Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key, **options)


def test_raw_calls_share_the_pace_and_do_not_slow_the_facade() -> None:
    with Sandbox(limits=RateLimits(rate=5, burst=1)) as sandbox, raw_client(sandbox) as client:
        statuses = [get_site_info.sync_detailed(client=client.raw).status_code for _ in range(8)]
        started = time.monotonic()
        for _ in range(8):
            client.site.get()
        facade_s = time.monotonic() - started
        refused = sandbox.limit_counts
    assert statuses == [200] * 8  # a refusal for the pace was waited out and asked again
    assert facade_s < 3.5  # about 1.6 s at 5/s: the raw calls left no penalty behind
    assert client.pace.throttled <= 6, refused  # the pace was learnt, not hammered


def test_async_raw_calls_share_the_pace() -> None:
    async def main(sandbox: Sandbox) -> list[int]:
        async with AsyncDaftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client:
            answers = await asyncio.gather(
                *(get_site_info.asyncio_detailed(client=client.raw) for _ in range(8))
            )
            return [answer.status_code for answer in answers]

    with Sandbox(limits=RateLimits(rate=10, burst=1)) as sandbox:
        assert asyncio.run(main(sandbox)) == [200] * 8


def test_a_sync_clients_raw_async_functions_use_the_same_pace_and_credentials(
    sandbox: Sandbox,
) -> None:
    with raw_client(sandbox, rate_limit=50) as client:
        answer = asyncio.run(get_site_info.asyncio_detailed(client=client.raw))
        assert answer.status_code == 200
        assert client.site.get().subdomain


def test_raw_reads_a_plain_answer_under_a_false_gzip_label(sandbox: Sandbox) -> None:
    sandbox.set_faults(FaultProfile(gzip_lie=1.0))
    with raw_client(sandbox, max_retries=0) as client:
        answer = get_site_info.sync_detailed(client=client.raw)
    assert answer.status_code == 200 and answer.content.startswith(b"{")
    assert "content-encoding" not in answer.headers
    assert answer.parsed.data.site.subdomain == "sandbox"  # type: ignore[union-attr]


def test_with_options_timeout_reaches_the_raw_client(sandbox: Sandbox) -> None:
    sandbox.set_faults(FaultProfile(slow=1.0, slow_seconds=0.5, only_paths=("site_info",)))
    with raw_client(sandbox, timeout=5, max_retries=0) as client:
        with pytest.raises(RequestTimeoutError, match=r"0\.1 s"):
            get_site_info.sync_detailed(client=client.with_options(timeout=0.1).raw)
        assert get_site_info.sync_detailed(client=client.raw).status_code == 200


def test_raw_reads_are_retried_but_raw_creates_are_not(sandbox: Sandbox) -> None:
    sandbox.inject(502, b"<html>bad gateway</html>", times=1, path_contains="site_info")
    sandbox.inject(
        500,
        b'{"result":"failed","code":500,"message":"boom"}',
        content_type="application/json",
        operation="addInvoice",
    )
    with raw_client(sandbox, max_retries=2) as client:
        assert get_site_info.sync_detailed(client=client.raw).status_code == 200
        body = InvoiceAddRequest.from_dict(invoice_body(1))
        refused = add_invoice.sync_detailed(client=client.raw, body=body)
    assert refused.status_code == 500 and b"boom" in refused.content
    assert [(method, status) for method, _, status in sandbox.request_log] == [
        ("GET", 502),
        ("GET", 200),
        ("POST", 500),
    ]


def test_a_password_grant_serves_the_raw_client_too(sandbox: Sandbox) -> None:
    with Daftra(
        base_url=sandbox.base_url,
        username=sandbox.v2.username,
        password=sandbox.v2.password,
        client_secret="x",
        max_retries=0,
    ) as client:
        assert get_site_info.sync_detailed(client=client.raw).status_code == 200


def live_invoice(sandbox: Sandbox, **invoice: Any) -> bytes:
    """A single-invoice answer as the live service words it, ``invoice`` fields replaced."""
    sandbox.add_invoice(invoice_body(1))
    with httpx.Client(
        base_url=sandbox.base_url + "/api2", headers={"apikey": sandbox.api_key}
    ) as http:
        answer = http.get("/invoices/1.json").json()
    answer["data"]["Invoice"].update(invoice)
    return json.dumps(answer).encode()


@pytest.mark.parametrize(
    ("sent", "read"), [("0000-00-00", None), ("25/09/2026", date(2026, 9, 25))]
)
def test_raw_reads_a_live_invoice_date(sandbox: Sandbox, sent: str, read: date | None) -> None:
    body = live_invoice(sandbox, date=sent, summary_total="12.5000")
    sandbox.inject(200, body, content_type="application/json", path_contains="/invoices/1.json")
    with raw_client(sandbox, max_retries=0) as client:
        answer = get_invoice.sync_detailed(client=client.raw, id=1)
    assert answer.status_code == 200 and answer.content == body  # the bytes as sent
    assert answer.headers["content-type"] == "application/json"
    invoice = answer.parsed.data.invoice  # type: ignore[union-attr]
    assert (invoice.date if isinstance(invoice.date, date) else None) == read
    assert invoice.summary_total == Decimal("12.5")
    assert invoice.id == 1  # "1" on the wire


def test_raw_reads_the_live_list_dialect(sandbox: Sandbox) -> None:
    for _ in range(3):
        sandbox.add_invoice(invoice_body(1))
    with raw_client(sandbox) as client:
        answer = list_invoices.sync_detailed(client=client.raw, page=1, limit=2)
    assert b'"id":"1"' in answer.content.replace(b" ", b"")  # the service's text ids
    assert [row.invoice.id for row in answer.parsed.data] == [1, 2]  # type: ignore[union-attr]


def test_raw_reads_a_refusal_inside_a_202(sandbox: Sandbox) -> None:
    sandbox.refuse_in_body("addInvoice", status=202)
    with raw_client(sandbox, max_retries=0) as client:
        body = InvoiceAddRequest.from_dict(invoice_body(1))
        answer = add_invoice.sync_detailed(client=client.raw, body=body)
    assert answer.status_code == 202 and b'"failed"' in answer.content
    assert answer.parsed is None or not getattr(answer.parsed, "id", None)


def test_raw_reads_a_520(sandbox: Sandbox) -> None:
    sandbox.inject(
        520,
        b"web server returned an unknown error",
        content_type="text/plain",
        path_contains="site_info",
    )
    with raw_client(sandbox, max_retries=0) as client:
        answer = get_site_info.sync_detailed(client=client.raw)
    assert answer.status_code == 520 and answer.content.startswith(b"web server")
    assert answer.parsed is None


def test_raw_reads_an_html_page_with_status_200(sandbox: Sandbox) -> None:
    page = b"<html><body>Something went wrong</body></html>"
    sandbox.inject(200, page, path_contains="site_info")
    with raw_client(sandbox, max_retries=0) as client:
        answer = get_site_info.sync_detailed(client=client.raw)
    assert answer.status_code == 200 and answer.content == page
    assert answer.headers["content-type"] == "text/html"
    assert answer.parsed is None


@pytest.mark.parametrize(
    ("method", "path", "operation"),
    [
        ("GET", "/api2/invoices/7.json", "getInvoice"),
        ("POST", "/api2/invoices/add_bulk.json", "addInvoicesBulk"),
        ("POST", "/api2/invoices.json", "addInvoice"),
        ("GET", "/v2/api/entity/brand/list/1", "listBrands"),
        ("GET", "/api2/no_such_thing.json", None),
    ],
)
def test_a_raw_request_is_matched_to_its_documented_operation(
    method: str, path: str, operation: str | None
) -> None:
    assert operation_of(method, path) == operation
    assert operation_of(method, "/books" + path, "/books") == operation


def test_extra_query_reaches_the_service_without_overriding_the_facade(
    sandbox: Sandbox, client: Daftra
) -> None:
    sandbox.add_invoice(invoice_body(1))
    page = client.invoices.list(
        limit=5, extra_query={"include_client_credit": 1, "tags": ["a", "b"]}
    )
    assert len(page.items) == 1
    records = list(client.invoices.iter(limit=5, extra_query={"x_trace": "t1"}))
    assert len(records) == 1
    with pytest.raises(InvalidInputError, match="'limit' is sent by the facade"):
        client.invoices.list(limit=5, extra_query={"limit": 1000})
    with pytest.raises(InvalidInputError, match="extra_query: 'when' must be text"):
        client.invoices.list(extra_query={"when": object()})


def test_extra_query_is_sent_as_given(sandbox: Sandbox) -> None:
    seen: list[httpx.URL] = []

    async def main() -> None:
        async with AsyncDaftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client:
            client._transport._http.event_hooks["request"].append(_record(seen))
            await client.invoices.list(limit=5, extra_query={"include_client_credit": 1})
            async for _ in client.invoices.iter(limit=5, extra_query={"tags": ["a", "b"]}):
                pass

    asyncio.run(main())
    assert seen[0].params.get("include_client_credit") == "1"
    assert seen[0].params.get("limit") == "5"
    assert seen[1].params.get_list("tags") == ["a", "b"]


def _record(seen: list[httpx.URL]) -> Any:
    async def hook(request: httpx.Request) -> None:
        seen.append(request.url)

    return hook
