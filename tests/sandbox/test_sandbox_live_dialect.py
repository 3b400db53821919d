"""The sandbox's live dialect: answers worded as the live Daftra service sends them.

Talked to with plain httpx, over real HTTP: the facade client does not read this dialect.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from daftra_facade.cli import build_parser
from daftra_sandbox import DEFAULT_DIALECT, Sandbox
from daftra_sandbox.crud import schema_properties

from ..conftest import invoice_body

ZERO_DATES = {"0000-00-00", "0000-00-00 00:00:00"}
EMPTY_FORMS = {None, "", "None", *ZERO_DATES}
DECIMAL = re.compile(r"^-?\d+\.(\d{2}|\d{4})$")


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    """Every test here talks to a live-dialect sandbox (conftest's ``http`` included)."""
    with Sandbox(dialect="live") as running:
        yield running


def created_id(answer: httpx.Response) -> str:
    assert answer.status_code == 202, answer.text
    new_id = answer.json()["id"]
    assert isinstance(new_id, str) and new_id.isdigit()
    return new_id


def add_invoice(http: httpx.Client, client_id: int = 1, **header: Any) -> str:
    body = invoice_body(client_id, quantity=2, unit_price=12.5, **header)
    body["Payment"] = [{"payment_method": "cash", "amount": 5}]
    return created_id(http.post("/invoices.json", json=body))


def add_payment(http: httpx.Client, invoice_id: str) -> str:
    return created_id(
        http.post(
            "/invoice_payments.json",
            json={
                "InvoicePayment": {
                    "invoice_id": int(invoice_id),
                    "payment_method": "cash",
                    "amount": 3,
                    "date": "2024-05-01 10:00:00",
                    "staff_id": 1,
                }
            },
        )
    )


def scalars(value: object) -> Iterator[object]:
    """Every scalar inside a JSON value."""
    if isinstance(value, dict):
        for member in value.values():
            yield from scalars(member)
    elif isinstance(value, list):
        for member in value:
            yield from scalars(member)
    else:
        yield value


def test_every_v1_scalar_is_a_string_but_result_and_code(http: httpx.Client) -> None:
    invoice_id = add_invoice(http)
    add_payment(http, invoice_id)
    answer = http.get("/invoice_payments.json").json()
    assert answer["code"] == 200 and answer["result"] == "successful"
    assert all(value is None or isinstance(value, str) for value in scalars(answer["data"]))

    listing = http.get("/invoices.json", params={"recursive": "1"}).json()
    assert all(value is None or isinstance(value, str) for value in scalars(listing["data"]))
    row = listing["data"][0]
    invoice, client = row["Invoice"], row["Client"]
    assert invoice["id"] == invoice_id and invoice["client_id"] == client["id"] == "1"
    assert invoice["draft"] == "0" and invoice["type"] == "0" and invoice["payment_status"] == "1"
    assert DECIMAL.match(invoice["summary_total"]) and float(invoice["summary_total"]) == 25
    assert float(invoice["summary_paid"]) == 8
    item = row["InvoiceItem"][0]
    assert DECIMAL.match(item["unit_price"]) and float(item["unit_price"]) == 12.5

    assert listing["code"] == 200
    pagination = listing["pagination"]
    assert (pagination["page"], pagination["page_count"], pagination["total_results"]) == (
        "1",
        "1",
        "1",
    )


@pytest.mark.parametrize(
    ("path", "header", "items", "payments", "taxes", "party"),
    [
        ("/invoices", "Invoice", "InvoiceItem", "InvoicePayment", "InvoiceTax", "Client"),
        ("/estimates", "Estimate", "InvoiceItem", "InvoicePayment", "InvoiceTax", "Client"),
        ("/credit_notes", "CreditNote", "InvoiceItem", "InvoicePayment", "InvoiceTax", "Client"),
        (
            "/refund_receipts",
            "RefundReceipt",
            "InvoiceItem",
            "InvoicePayment",
            "InvoiceTax",
            "Client",
        ),
        (
            "/purchase_invoices",
            "PurchaseOrder",
            "PurchaseOrderItem",
            "PurchaseOrderPayment",
            "PurchaseOrderTax",
            "Supplier",
        ),
        (
            "/purchase_refunds",
            "PurchaseRefund",
            "PurchaseOrderItem",
            "PurchaseOrderPayment",
            "PurchaseOrderTax",
            "Supplier",
        ),
    ],
)
def test_a_single_document_nests_its_relations_inside_its_header(
    http: httpx.Client,
    path: str,
    header: str,
    items: str,
    payments: str,
    taxes: str,
    party: str,
) -> None:
    """As captured on a live account (GET /invoices/1.json): party, lines (each with its
    product), payments and taxes inside the header; computed amounts as JSON numbers
    beside string ids; the date as dd/mm/yyyy; the preview addresses added."""
    party_id = 1
    if party == "Supplier":
        party_id = int(
            created_id(
                http.post("/suppliers.json", json={"Supplier": {"business_name": "Supplies Ltd"}})
            )
        )
    body = {
        header: {f"{party.lower()}_id": party_id, "date": "2026-09-25"},
        items: [
            {"item": "Widget", "unit_price": 35000, "quantity": 1, "product_id": 1},
            {"item": "Loose", "unit_price": 2.5, "quantity": 2},
        ],
    }
    document_id = created_id(http.post(f"{path}.json", json=body))

    data = http.get(f"{path}/{document_id}.json").json()["data"]
    assert next(iter(data)) == header and not {party, items, payments, taxes} & set(data)
    document = data[header]
    assert document["id"] == document_id and document["date"] == "25/09/2026"
    assert document[f"{party.lower()}_id"] == str(party_id)
    assert document[party]["id"] == str(party_id)
    assert document["invoice_html_url"].startswith("https://")
    assert document["invoice_pdf_url"].endswith(
        ".pdf?hash=" + document["invoice_html_url"].rsplit("=", 1)[1]
    )
    assert document[payments] == [] and document[taxes] == []
    first, second = document[items]
    assert first["id"].isdigit() and first["subtotal"] == 35000  # a JSON integer
    assert second["subtotal"] == 5 and float(first["unit_price"]) == 35000
    assert DECIMAL.match(first["unit_price"])  # not computed: text, as in any row
    assert first["tax1"] is None and first["Product"]["id"] == "1"
    assert set(second["Product"].values()) == {None}  # no product: a record of nulls
    if header != "PurchaseOrder" and header != "PurchaseRefund":
        assert document["summary_total"] == 35005 and document["payment_status"] == 0


def test_the_documented_dialect_keeps_relations_beside_the_header() -> None:
    with (
        Sandbox(dialect="documented") as documented,
        httpx.Client(
            base_url=documented.base_url + "/api2", headers={"apikey": documented.api_key}
        ) as plain,
    ):
        document_id = plain.post("/invoices.json", json=invoice_body(1)).json()["id"]
        data = plain.get(f"/invoices/{document_id}.json").json()["data"]
    assert {"Invoice", "Client", "InvoiceItem", "InvoicePayment"} <= set(data)
    assert "InvoiceItem" not in data["Invoice"] and data["Invoice"]["id"] == int(document_id)


def test_flags_and_booleans_come_as_0_or_1(http: httpx.Client) -> None:
    client_id = created_id(
        http.post(
            "/clients.json",
            json={
                "Client": {"business_name": "Flagged", "type": 3, "is_offline": True, "suspend": 0}
            },
        )
    )
    client = http.get(f"/clients/{client_id}.json").json()["data"]["Client"]
    assert client["is_offline"] == "1" and client["suspend"] == "0" and client["type"] == "3"


def test_a_bulk_answer_gives_string_ids_inside_typed_envelopes(http: httpx.Client) -> None:
    answer = http.post("/invoices/add_bulk.json", json=[invoice_body(1), {"Invoice": {}}]).json()
    assert answer[0]["result"] == "successful" and answer[0]["code"] == 202
    assert answer[0]["id"].isdigit()
    assert answer[1]["result"] == "failed" and answer[1]["code"] == 400


def test_missing_values_take_every_live_form_deterministically(http: httpx.Client) -> None:
    paths = []
    for _ in range(4):
        invoice_id = add_invoice(http)
        payment_id = add_payment(http, invoice_id)
        # A replacing edit empties the payment's date (a datetime column) and staff.
        http.put(
            f"/invoice_payments/{payment_id}.json",
            json={
                "InvoicePayment": {
                    "invoice_id": int(invoice_id),
                    "payment_method": "cash",
                    "amount": 2,
                }
            },
        )
        paths += [f"/invoices/{invoice_id}.json", f"/invoice_payments/{payment_id}.json"]
    answers = [http.get(path) for path in paths]
    seen: dict[object, set[str]] = {}
    for answer in answers:
        records = list(answer.json()["data"].values())
        records += [
            v for r in records if isinstance(r, dict) for v in r.values() if isinstance(v, dict)
        ]  # nested inside a document's header
        for record in records:
            for name, value in record.items() if isinstance(record, dict) else ():
                if not isinstance(value, dict | list) and value in EMPTY_FORMS:
                    seen.setdefault(value, set()).add(name)
    assert set(seen) == EMPTY_FORMS  # null, "", "None" and both zero dates all turn up
    assert all(name.endswith("_id") for name in seen["None"])
    assert seen["0000-00-00 00:00:00"] == {"date"}  # a payment's date has a time
    assert all(name.endswith("date") for name in seen["0000-00-00"])
    # The same state answers with the same bytes.
    assert [http.get(path).content for path in paths] == [a.content for a in answers]


def test_empty_objects_arrive_as_empty_lists(http: httpx.Client) -> None:
    invoice_id = add_invoice(http, InvoiceCustomField={})
    data = http.get(f"/invoices/{invoice_id}.json").json()["data"]
    assert data["InvoiceCustomField"] == [] and data["Deposit"] == []
    assert data["Invoice"]["InvoiceItem"][0]["lot"] == []


def test_a_missing_client_is_a_record_of_nulls_or_null(
    sandbox: Sandbox, http: httpx.Client
) -> None:
    client_id = created_id(
        http.post("/clients.json", json={"Client": {"business_name": "Leaving", "type": 3}})
    )
    for _ in range(12):
        add_invoice(http, int(client_id))
    sandbox.state.remove("Client", int(client_id))  # gone behind the invoices' back

    rows = http.get("/invoices.json", params={"limit": 50}).json()["data"]
    clients = [row["Client"] for row in rows]
    fields = {
        name for name, field in schema_properties("Client").items() if not field.get("writeOnly")
    }
    filled = [c for c in clients if c is not None]
    assert filled and len(filled) < len(clients)  # both forms turn up
    assert all(set(c) == fields and all(v is None for v in c.values()) for c in filled)


def test_records_carry_undocumented_columns(http: httpx.Client) -> None:
    invoice_id = add_invoice(http)
    data = http.get(f"/invoices/{invoice_id}.json").json()["data"]
    invoice = data["Invoice"]
    assert invoice["site_id"] == "1"
    assert isinstance(json.loads(invoice["extra_details"])["client_balance"], float)
    assert data["Invoice"]["InvoiceItem"][0]["site_id"] == "1"


@pytest.mark.parametrize(
    ("path", "header", "items", "party"),
    [
        ("/invoices.json", "Invoice", "InvoiceItem", "Client"),
        ("/purchase_invoices.json", "PurchaseOrder", "PurchaseOrderItem", "Supplier"),
    ],
)
def test_list_rows_carry_items_only_with_recursive_1(
    http: httpx.Client, path: str, header: str, items: str, party: str
) -> None:
    party_id = 1
    if party == "Supplier":
        party_id = int(
            created_id(
                http.post("/suppliers.json", json={"Supplier": {"business_name": "Supplies Ltd"}})
            )
        )
    body = {
        header: {f"{party.lower()}_id": party_id},
        items: [{"item": "Widget", "unit_price": 3, "quantity": 1}],
    }
    created_id(http.post(path, json=body))

    def keys(**params: str) -> set[str]:
        return set(http.get(path, params=params).json()["data"][0])

    assert keys() == {header, party}
    assert {header, party, items} <= keys(recursive="1")
    assert keys(recursive="-1") == {header}


def test_an_edit_replaces_the_record(http: httpx.Client) -> None:
    invoice_id = add_invoice(http)
    payment_id = add_payment(http, invoice_id)
    edited = http.put(
        f"/invoice_payments/{payment_id}.json", json={"InvoicePayment": {"amount": 4}}
    )
    assert edited.status_code == 200 and edited.json()["result"] == "successful"
    payment = http.get(f"/invoice_payments/{payment_id}.json").json()["data"]["InvoicePayment"]
    assert float(payment["amount"]) == 4
    assert payment["date"] in EMPTY_FORMS and payment["staff_id"] in EMPTY_FORMS
    assert payment["id"] == payment_id


def test_v2_answers_are_typed_but_for_some_string_ids(sandbox: Sandbox) -> None:
    with httpx.Client(
        base_url=sandbox.base_url + "/v2/api/entity", headers={"apikey": sandbox.api_key}, timeout=5
    ) as v2:
        rows = v2.get("/cost_center/list").json()["data"]
        assert all(isinstance(row["id"], int) for row in rows)
        assert all(row["cost_center_id"] == "0" for row in rows)
        assert all(isinstance(row["is_primary"], int) for row in rows)
        saved = v2.post("/brand", json={"name": "Umbrella", "entity_id": 0}).json()
        assert isinstance(saved["id"], int)
        assert v2.get(f"/brand/{saved['id']}").json()["entity_id"] == "0"


@pytest.mark.parametrize("status", [200, 202])
def test_a_refusal_inside_a_success_stores_nothing(
    sandbox: Sandbox, http: httpx.Client, status: int
) -> None:
    sandbox.refuse_in_body(
        "addInvoice", status=status, validation_errors={"Invoice.client_id": "Client not found"}
    )
    listed = http.get("/invoices.json")  # same path, another operation: untouched
    assert listed.status_code == 200 and listed.json()["result"] == "successful"

    answer = http.post("/invoices.json", json=invoice_body(1))
    assert answer.status_code == status
    assert answer.json() == {
        "result": "failed",
        "code": 400,
        "message": "فشل في حفظ الفاتورة",
        "validation_errors": {"Invoice.client_id": "Client not found"},
    }
    assert sandbox.state.count("Invoice") == 0
    assert http.post("/invoices.json", json=invoice_body(1)).status_code == 202  # used up


def test_a_whole_bulk_request_can_be_refused(sandbox: Sandbox, http: httpx.Client) -> None:
    sandbox.refuse_in_body("addInvoicesBulk", message="Invalid data")
    answer = http.post("/invoices/add_bulk.json", json=[invoice_body(1), invoice_body(2)])
    assert answer.status_code == 200
    assert answer.json() == {"result": "failed", "code": 400, "message": "Invalid data"}
    assert sandbox.state.count("Invoice") == 0


def test_a_create_can_be_acknowledged_without_being_stored(
    sandbox: Sandbox, http: httpx.Client
) -> None:
    invoice_id = add_invoice(http)
    sandbox.accept_without_saving("addInvoicePayment")
    answer = http.post(
        "/invoice_payments.json",
        json={
            "InvoicePayment": {
                "invoice_id": int(invoice_id),
                "payment_method": "cash",
                "amount": 1,
            }
        },
    )
    assert answer.status_code == 202
    assert answer.json() == {"result": "successful", "code": 202, "id": None}
    assert sandbox.state.count("InvoicePayment") == 1  # the invoice's own payment only


def test_the_documented_dialect_answers_as_before() -> None:
    with (
        Sandbox(dialect="documented") as documented,
        httpx.Client(
            base_url=documented.base_url + "/api2", headers={"apikey": documented.api_key}
        ) as plain,
    ):
        assert plain.get("/clients/1.json").content == (
            b'{"code":200,"result":"successful","data":{"Client":{"business_name":'
            b'"First Client Co","type":3,"email":"first@client.example","id":1}}}'
        )
        plain.post("/invoices.json", json=invoice_body(1))
        listing = plain.get("/invoices.json").json()
        assert listing["pagination"]["total_results"] == 1
        assert listing["data"][0]["Invoice"]["summary_total"] == 10.0
        assert listing["data"][0]["Invoice"]["id"] == 1
        plain.put("/clients/1.json", json={"Client": {"first_name": "Ann"}})
        client = plain.get("/clients/1.json").json()["data"]["Client"]
        assert client["email"] == "first@client.example"  # edits merge here


def test_the_dialect_is_chosen_by_name() -> None:
    assert DEFAULT_DIALECT in ("live", "documented")
    with pytest.raises(ValueError, match="unknown dialect"):
        Sandbox(dialect="cakephp")  # type: ignore[arg-type]
    args = build_parser().parse_args(["sandbox", "serve", "--dialect", "live"])
    assert args.dialect == "live"
    assert build_parser().parse_args(["sandbox", "serve"]).dialect == DEFAULT_DIALECT
