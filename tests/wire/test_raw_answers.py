"""The raw generated client never raises from inside the generated code on an odd answer.

Whatever the served sandbox answers (a status ``HTTPStatus`` does not list, an HTML page
where JSON was documented, a refusal inside a 202, a date the model cannot read),
``sync_detailed``/``asyncio_detailed`` return a ``Response`` whose status, headers and body
are readable, with ``parsed`` None where the body does not read as documented. The facade,
which runs the generated parsers itself, still turns the same answers into its own errors.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from decimal import Decimal
from http import HTTPStatus
from typing import Any

import pytest
from daftra_client import AuthenticatedClient
from daftra_client.api.invoices import add_invoice, get_invoice
from daftra_client.errors import UnexpectedStatus
from daftra_client.models.invoice_add_request import InvoiceAddRequest
from daftra_client.models.invoice_view_response import InvoiceViewResponse

from daftra_facade import Daftra
from daftra_facade.errors import DaftraError, UnparseableResponseError
from daftra_sandbox import Sandbox
from tests.conftest import invoice_body

ORIGIN_ERROR = b"<html><body>Web server is returning an unknown error</body></html>"
_JSON = "application/json"


def _raw(sandbox: Sandbox, **options: Any) -> AuthenticatedClient:
    """The generated client as a user builds it, with nothing of the facade under it."""
    return AuthenticatedClient(
        base_url=sandbox.base_url + "/api2",
        token=sandbox.api_key,
        prefix="",
        auth_header_name="apikey",
        timeout=5,
        **options,
    )


@pytest.fixture
def raw(sandbox: Sandbox) -> Iterator[AuthenticatedClient]:
    with _raw(sandbox) as client:
        yield client


def test_a_status_outside_httpstatus_is_kept_as_the_int_it_is(
    sandbox: Sandbox, raw: AuthenticatedClient
) -> None:
    sandbox.inject(520, ORIGIN_ERROR, headers={"CF-RAY": "8f2a"}, path_contains="/invoices/")
    answer = get_invoice.sync_detailed(1, client=raw)
    assert answer.status_code == 520 and not isinstance(answer.status_code, HTTPStatus)
    assert answer.headers["cf-ray"] == "8f2a" and answer.content == ORIGIN_ERROR
    assert answer.parsed is None


def test_a_listed_status_is_an_httpstatus_and_amounts_are_decimals() -> None:
    with Sandbox(dialect="documented") as sandbox, _raw(sandbox) as raw:
        created = sandbox.add_invoice(invoice_body(quantity=3, unit_price=0.1))
        answer = get_invoice.sync_detailed(created["id"], client=raw)
    assert answer.status_code is HTTPStatus.OK
    assert isinstance(answer.parsed, InvoiceViewResponse)
    invoice = answer.parsed.data.invoice
    assert isinstance(invoice.summary_total, Decimal) and invoice.summary_total == Decimal("0.3")


def test_an_html_page_in_a_200_is_readable_with_nothing_parsed(
    sandbox: Sandbox, raw: AuthenticatedClient
) -> None:
    page = b"<!DOCTYPE html><html><body>Please log in</body></html>"
    sandbox.inject(200, page, path_contains="/invoices/")
    answer = get_invoice.sync_detailed(1, client=raw)
    assert answer.status_code == HTTPStatus.OK and answer.content == page
    assert answer.headers["content-type"].startswith("text/html")
    assert answer.parsed is None


def test_a_refusal_inside_a_202_is_readable_with_nothing_parsed(
    sandbox: Sandbox, raw: AuthenticatedClient
) -> None:
    sandbox.refuse_in_body("addInvoice", status=202, validation_errors={"client_id": "Invalid"})
    body = InvoiceAddRequest.from_dict(invoice_body())
    answer = add_invoice.sync_detailed(client=raw, body=body)
    assert answer.status_code == HTTPStatus.ACCEPTED and answer.parsed is None
    refusal = json.loads(answer.content)
    assert refusal["result"] == "failed" and refusal["validation_errors"] == {
        "client_id": "Invalid"
    }
    assert sandbox.state.count("invoices") == 0  # nothing stored


def test_a_date_the_model_cannot_read_leaves_the_answer_readable(
    sandbox: Sandbox, raw: AuthenticatedClient
) -> None:
    view = {
        "result": "successful",
        "code": 200,
        "data": {
            "Invoice": {
                "id": "1",
                "client_id": "1",
                "date": "25/09/2026",
                "summary_total": "228.00",
            }
        },
    }
    sandbox.inject(200, json.dumps(view).encode(), content_type=_JSON, path_contains="/invoices/")
    answer = get_invoice.sync_detailed(1, client=raw)
    assert answer.status_code == HTTPStatus.OK and answer.parsed is None
    assert json.loads(answer.content)["data"]["Invoice"]["date"] == "25/09/2026"


def test_the_async_functions_return_the_same_readable_answers(sandbox: Sandbox) -> None:
    sandbox.inject(520, ORIGIN_ERROR, path_contains="/invoices/")
    sandbox.inject(200, b"<html>maintenance</html>", path_contains="/invoices/")

    async def main() -> list[object]:
        async with _raw(sandbox) as client:
            first = await get_invoice.asyncio_detailed(1, client=client)
            second = await get_invoice.asyncio(1, client=client)
            return [first.status_code, first.content, first.parsed, second]

    assert asyncio.run(main()) == [520, ORIGIN_ERROR, None, None]


def test_raise_on_unexpected_status_still_raises_for_an_undocumented_status(
    sandbox: Sandbox,
) -> None:
    sandbox.inject(520, ORIGIN_ERROR, path_contains="/invoices/")
    with (
        _raw(sandbox, raise_on_unexpected_status=True) as client,
        pytest.raises(UnexpectedStatus) as raised,
    ):
        get_invoice.sync_detailed(1, client=client)
    assert raised.value.status_code == 520 and raised.value.content == ORIGIN_ERROR


def test_the_facade_still_raises_its_own_error_where_the_generated_parser_fails(
    sandbox: Sandbox, client: Daftra
) -> None:
    # The facade reads answers with the generated _parse_response, which still raises;
    # only _build_response (sync_detailed) keeps the answer instead.
    sandbox.refuse_in_body("addInvoice", status=202)
    with pytest.raises(DaftraError):
        client.invoices.create(invoice_body())
    sandbox.inject(200, b"<html>maintenance</html>", path_contains="/invoices/")
    with pytest.raises(UnparseableResponseError) as raised:
        client.invoices.get(1)
    assert raised.value.status == 200
