"""The sandbox behaves like Daftra, and every answer it gives matches the spec.

These tests read the sandbox's answers with plain httpx, so they ask for the documented
dialect (typed JSON); how the live dialect words the same answers is specified in
``test_sandbox_live_dialect.py``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from daftra_sandbox import Sandbox

from ..conftest import invoice_body, load_data
from ..spec.spec_schemas import response_errors


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(dialect="documented") as running:
        yield running


def call(http: httpx.Client, operation_id: str, method: str, url: str, **kwargs: Any) -> Any:
    """Send a request and check its answer against the spec before returning the body."""
    response = http.request(method, url, **kwargs)
    body = response.json()
    assert response_errors(operation_id, response.status_code, body) == []
    return response.status_code, body


def test_auth_takes_exactly_one_credential(sandbox: Sandbox) -> None:
    url = sandbox.base_url + "/api2/site_info.json"
    token = sandbox.issue_token()
    assert httpx.get(url).status_code == 401
    assert httpx.get(url, headers={"apikey": "nope"}).status_code == 401
    assert httpx.get(url, headers={"APIKEY": sandbox.api_key}).status_code == 200
    assert httpx.get(url, headers={"Authorization": f"Bearer {token}"}).status_code == 200
    both = httpx.get(url, headers={"apikey": sandbox.api_key, "Authorization": f"Bearer {token}"})
    assert both.status_code == 401 and "not both" in both.json()["message"]
    assert response_errors("getSiteInfo", 401, both.json()) == []


def test_site_info_matches_the_spec(http: httpx.Client) -> None:
    status, body = call(http, "getSiteInfo", "GET", "/site_info.json")
    assert status == 200 and body["data"]["Site"]["subdomain"]


def test_add_then_get_an_invoice_with_totals(http: httpx.Client) -> None:
    body = invoice_body(1, quantity=2, unit_price=50)
    body["InvoiceItem"][0].update(discount=10, discount_type=1)
    body["Payment"] = [{"payment_method": "cash", "amount": 40}]

    status, added = call(http, "addInvoice", "POST", "/invoices.json", json=body)
    assert status == 202 and isinstance(added["id"], str)
    status, view = call(http, "getInvoice", "GET", f"/invoices/{added['id']}.json")

    invoice = view["data"]["Invoice"]
    assert (invoice["summary_subtotal"], invoice["summary_total"]) == (90.0, 90.0)
    assert (invoice["summary_paid"], invoice["summary_unpaid"]) == (40.0, 50.0)
    assert invoice["payment_status"] == 1  # partially paid
    assert view["data"]["InvoiceItem"][0]["calculated_discount"] == 10.0
    assert view["data"]["InvoicePayment"][0]["amount"] == 40.0
    assert invoice["client_business_name"] == view["data"]["Client"]["business_name"]


def test_pages_use_daftras_keys(sandbox: Sandbox, http: httpx.Client) -> None:
    for _ in range(45):
        sandbox.add_invoice(invoice_body(1))

    pages = [
        call(http, "listInvoices", "GET", f"/invoices.json?page={n}&limit=20")[1]
        for n in (1, 2, 3, 4)
    ]

    assert [len(p["data"]) for p in pages] == [20, 20, 5, 0]
    first, _, third, beyond = (p["pagination"] for p in pages)
    assert first == {
        "page": 1,
        "page_count": 3,
        "total_results": 45,
        "prev": None,
        "next": "/api2/invoices.json?page=2&limit=20",
    }
    assert third["next"] is None and third["prev"] == "/api2/invoices.json?page=2&limit=20"
    assert beyond["page_count"] == 3


def test_known_filters_filter_and_unknown_ones_are_ignored(
    sandbox: Sandbox, http: httpx.Client
) -> None:
    for client_id in (1, 1, 2):
        sandbox.add_invoice(invoice_body(client_id))

    only_two = call(http, "listInvoices", "GET", "/invoices.json?client_id=2")[1]
    ignored = call(http, "listInvoices", "GET", "/invoices.json?clientid=2&filter[x]=1")[1]
    garbled = call(http, "listInvoices", "GET", "/invoices.json?page=abc&limit=-4")[1]

    assert [row["Invoice"]["client_id"] for row in only_two["data"]] == [2]
    assert len(ignored["data"]) == 3
    assert garbled["pagination"]["page"] == 1 and len(garbled["data"]) == 3


def test_bulk_judges_each_element_on_its_own(sandbox: Sandbox, http: httpx.Client) -> None:
    elements = [
        invoice_body(1),
        invoice_body(client_id=404),
        invoice_body(2),
        invoice_body(1, quantity=-1),
        invoice_body(1, date="2026-13-01"),
        "not an object",
    ]

    status, results = call(
        http,
        "addInvoicesBulk",
        "POST",
        "/invoices/add_bulk.json?send=&client_id=&terminal_id=",
        json=elements,
    )

    assert status == 200
    assert [r["result"] for r in results] == [
        "successful",
        "failed",
        "successful",
        "failed",
        "failed",
        "failed",
    ]
    assert "Invoice.client_id" in results[1]["validation_errors"]
    assert "InvoiceItem.0.quantity" in results[3]["validation_errors"]
    assert "Invoice.date" in results[4]["validation_errors"]
    assert sandbox.state.count("Invoice") == 2
    assert results[0]["invoice_number"] != results[2]["invoice_number"]


def test_the_documented_bulk_example_is_accepted(sandbox: Sandbox, http: httpx.Client) -> None:
    from daftra_sandbox import seed_references

    elements = load_data("seed_bulk_request.json")
    seed_references(sandbox.state, elements)

    results = call(
        http,
        "addInvoicesBulk",
        "POST",
        "/invoices/add_bulk.json?send=&client_id=&terminal_id=",
        json=elements,
    )[1]

    assert [r["result"] for r in results] == ["successful", "successful"]


def test_edit_merges_and_recomputes(sandbox: Sandbox, http: httpx.Client) -> None:
    invoice_id = sandbox.add_invoice(invoice_body(1, notes="a"))["id"]

    status, _ = call(
        http,
        "editInvoice",
        "PUT",
        f"/invoices/{invoice_id}.json",
        json={"InvoiceItem": [{"item": "X", "unit_price": 7, "quantity": 3}]},
    )

    stored = sandbox.state.get("Invoice", invoice_id)
    assert status == 200 and stored is not None
    assert stored["notes"] == "a" and stored["summary_total"] == 21.0


def test_missing_records_and_paths_are_404(http: httpx.Client) -> None:
    status, body = call(http, "getInvoice", "GET", "/invoices/999.json")
    assert status == 404 and body["message"] == "Invoice not found"
    assert call(http, "deleteInvoice", "DELETE", "/invoices/999.json")[0] == 404
    assert call(http, "editInvoice", "PUT", "/invoices/abc.json", json={})[0] == 404
    unknown = http.get("/no_such_thing.json")
    assert unknown.status_code == 404 and unknown.json()["result"] == "failed"


def test_delete_removes_the_invoice_and_its_lines(sandbox: Sandbox, http: httpx.Client) -> None:
    invoice_id = sandbox.add_invoice(invoice_body(1))["id"]
    assert call(http, "deleteInvoice", "DELETE", f"/invoices/{invoice_id}.json")[0] == 200
    assert sandbox.state.count("Invoice") == 0 and sandbox.state.count("InvoiceItem") == 0


@pytest.mark.parametrize(
    ("operation_id", "url", "content"),
    [
        ("addInvoice", "/invoices.json", b"{not json"),
        ("addInvoice", "/invoices.json", b"[1, 2]"),
        ("addInvoicesBulk", "/invoices/add_bulk.json?send=&client_id=&terminal_id=", b'{"a": 1}'),
    ],
)
def test_bodies_of_the_wrong_kind_are_400(
    http: httpx.Client, operation_id: str, url: str, content: bytes
) -> None:
    status, body = call(
        http,
        operation_id,
        "POST",
        url,
        content=content,
        headers={"Content-Type": "application/json"},
    )
    assert status == 400 and body["result"] == "failed"


HUGE = 10**400  # no float holds it: PHP would read it as INF


@pytest.mark.parametrize(
    ("operation_id", "url", "body", "field"),
    [
        ("addInvoice", "/invoices.json", invoice_body(1, quantity=HUGE), "InvoiceItem.0.quantity"),
        (
            "addInvoice",
            "/invoices.json",
            invoice_body(1, unit_price=HUGE),
            "InvoiceItem.0.unit_price",
        ),
        ("addInvoice", "/invoices.json", invoice_body(HUGE), "Invoice.client_id"),
        ("addInvoice", "/invoices.json", invoice_body(1, discount=2**63), "Invoice.discount"),
        (
            "addInvoice",
            "/invoices.json",
            invoice_body(1, discount=float("inf")),
            "Invoice.discount",
        ),
        (
            "addProduct",
            "/products.json",
            {"Product": {"name": "p", "unit_price": HUGE}},
            "Product.unit_price",
        ),
        (
            "addInvoicePayment",
            "/invoice_payments.json",
            {"InvoicePayment": {"invoice_id": 1, "payment_method": "cash", "amount": -HUGE}},
            "InvoicePayment.amount",
        ),
    ],
)
def test_a_number_no_field_can_hold_is_refused_and_the_server_goes_on(
    sandbox: Sandbox, http: httpx.Client, operation_id: str, url: str, body: Any, field: str
) -> None:
    """A raw client may send integers of any size (or ``Infinity``): each is refused as a
    validation failure naming the field, nothing is stored, and the next request is
    served (it used to kill the request's thread with an ``OverflowError``)."""
    tables = ("Invoice", "InvoiceItem", "Product", "InvoicePayment")
    before = [sandbox.state.count(table) for table in tables]
    status, answer = call(
        http,
        operation_id,
        "POST",
        url,
        content=json.dumps(body),
        headers={"Content-Type": "application/json"},
    )
    assert status == 400 and answer["result"] == "failed"
    assert answer["validation_errors"][field] == "Number out of range"
    assert [sandbox.state.count(table) for table in tables] == before
    assert call(http, "addInvoice", "POST", "/invoices.json", json=invoice_body(1))[0] == 202


def test_a_bulk_element_with_a_huge_number_is_refused_alone(
    sandbox: Sandbox, http: httpx.Client
) -> None:
    elements = [invoice_body(1), invoice_body(1, quantity=HUGE), invoice_body(2)]
    status, results = call(
        http,
        "addInvoicesBulk",
        "POST",
        "/invoices/add_bulk.json?send=&client_id=&terminal_id=",
        json=elements,
    )
    assert status == 200
    assert [r["result"] for r in results] == ["successful", "failed", "successful"]
    assert results[1]["validation_errors"] == {"InvoiceItem.0.quantity": "Number out of range"}
    assert sandbox.state.count("Invoice") == 2


def test_a_v2_save_with_a_huge_number_is_refused_like_laravel_would(sandbox: Sandbox) -> None:
    answer = httpx.post(
        f"{sandbox.base_url}/v2/api/entity/department",
        headers={"apikey": sandbox.api_key},
        json={"name": "Audit", "active": HUGE},
    )
    assert answer.status_code == 422
    assert answer.json()["errors"] == {"active": ["Number out of range"]}


def test_canned_answers_replace_the_next_matching_requests(
    sandbox: Sandbox, http: httpx.Client
) -> None:
    sandbox.inject(502, b"<html>Bad Gateway</html>", times=2, path_contains="site_info")
    assert http.get("/invoices.json").status_code == 200
    assert [http.get("/site_info.json").status_code for _ in range(3)] == [502, 502, 200]


def test_it_binds_to_loopback_by_default(sandbox: Sandbox) -> None:
    assert sandbox.base_url.startswith("http://127.0.0.1:")
