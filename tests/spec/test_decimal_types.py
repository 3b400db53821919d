"""Money and quantities are ``Decimal`` in the generated models, as they are at run time.

The rule (README, "What the live service sends"): every ``number`` in a schema of a body or
an answer is written ``format: decimal`` in the spec, and the project's generator templates
(``openapi/templates/``) make such members ``Decimal``: annotated so, read exactly, given
back by ``to_dict()`` as the ``Decimal`` they are and sent as exact text.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import typing
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from daftra_client import models
from daftra_client.api.invoices import add_invoice
from daftra_client.models.invoice import Invoice
from daftra_client.models.invoice_add_request import InvoiceAddRequest
from daftra_client.models.invoice_item import InvoiceItem
from daftra_client.models.leave_application import LeaveApplication
from daftra_client.models.staff import Staff
from daftra_client.models.workflow_record import WorkflowRecord
from daftra_client.models.workflow_record_budget import WorkflowRecordBudget
from daftra_client.types import UNSET, PlainJson, decimal_from_json, json_ready

from daftra_facade.spec import load_spec
from daftra_facade.wire.bodies import JsonBody
from daftra_facade.wire.decoding import decode_answer

ROOT = Path(__file__).resolve().parents[2]


def _numbers(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema under ``node`` whose type is or includes ``number``."""
    if isinstance(node, dict):
        kinds = node.get("type")
        if kinds == "number" or (isinstance(kinds, list) and "number" in kinds):
            yield where, node
        for key, value in node.items():
            yield from _numbers(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _numbers(value, f"{where}/{index}")


def _body_and_answer_schemas() -> Iterator[tuple[str, Any]]:
    """The spec's component schemas, and the schemas of every request body and answer
    (query and path parameters are left out: they are not held by models)."""
    spec = load_spec()
    for name, schema in spec["components"]["schemas"].items():
        yield f"components/schemas/{name}", schema
    for name, body in spec["components"].get("requestBodies", {}).items():
        yield f"components/requestBodies/{name}", body
    for name, answer in spec["components"].get("responses", {}).items():
        yield f"components/responses/{name}", answer
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict):
                continue
            where = f"paths/{path}/{method}"
            yield f"{where}/requestBody", operation.get("requestBody")
            yield f"{where}/responses", operation.get("responses")


def test_every_number_of_a_body_or_answer_is_written_as_a_decimal_in_the_spec() -> None:
    found = [
        where
        for top, schema in _body_and_answer_schemas()
        for where, number in _numbers(schema, top)
        if number.get("format") != "decimal"
    ]
    assert found == [], "add `format: decimal` beside these numbers: " + ", ".join(found)
    assert sum(1 for top, schema in _body_and_answer_schemas() for _ in _numbers(schema, top))


def _model_classes() -> list[type]:
    return [cls for name in models.__all__ if hasattr(cls := getattr(models, name), "from_dict")]


def _hints(cls: type) -> dict[str, Any]:
    """A model's member annotations; models name each other only when type checking."""
    every_model = {name: getattr(models, name) for name in models.__all__}
    return typing.get_type_hints(cls, localns=every_model)


def _mentions(hint: object, wanted: type) -> bool:
    return hint is wanted or any(_mentions(arg, wanted) for arg in typing.get_args(hint))


def test_no_generated_model_member_is_annotated_float() -> None:
    classes = _model_classes()
    floats = [
        f"{cls.__name__}.{member}"
        for cls in classes
        for member, hint in _hints(cls).items()
        if _mentions(hint, float)
    ]
    assert floats == []
    decimals = sum(_mentions(hint, Decimal) for cls in classes for hint in _hints(cls).values())
    assert decimals > 100  # every money and quantity member, in every model holding one


def test_money_members_are_annotated_decimal() -> None:
    hints = _hints(Invoice)
    for member in ("summary_total", "summary_paid", "discount", "shipping_amount"):
        assert _mentions(hints[member], Decimal) and not _mentions(hints[member], float)
    line = _hints(InvoiceItem)
    assert _mentions(line["unit_price"], Decimal) and _mentions(line["quantity"], Decimal)


def test_models_read_decimals_exactly_and_keep_a_decimal_they_are_given() -> None:
    given = Decimal("228.10")
    invoice = Invoice.from_dict(
        {
            "summary_total": given,
            "summary_paid": 0.1,
            "summary_unpaid": "228.00",
            "summary_discount": 3,
            "summary_deposit": None,
        }
    )
    assert invoice.summary_total is given
    assert invoice.summary_paid == Decimal("0.1")  # the float's shortest text
    assert str(invoice.summary_unpaid) == "228.00"  # trailing zeros kept
    assert invoice.summary_discount == Decimal(3) and type(invoice.summary_discount) is Decimal
    assert invoice.summary_deposit is None and invoice.summary_refund is UNSET
    # to_dict() gives the Decimal back (exports and the database sync read it as a number)
    assert invoice.to_dict()["summary_total"] is given


def test_a_value_that_is_no_number_is_refused_where_the_schema_allows_only_numbers() -> None:
    with pytest.raises(ValueError, match="'twelve' is not a decimal number"):
        Invoice.from_dict({"summary_total": "twelve"})
    for bad in (float("nan"), "NaN", "Infinity", True, "1_000", [1]):
        with pytest.raises(ValueError):
            decimal_from_json(bad)


def test_text_and_integers_are_kept_where_the_schema_lists_them_before_numbers() -> None:
    # LeaveApplication.days is [integer, number, string]: each value keeps the first kind
    # that reads it, in the spec's order, as the facade's decoder does.
    assert LeaveApplication.from_dict({"days": 3}).days == 3
    assert type(LeaveApplication.from_dict({"days": "3"}).days) is int
    assert LeaveApplication.from_dict({"days": "2.5"}).days == Decimal("2.5")
    assert LeaveApplication.from_dict({"days": "two"}).days == "two"
    assert decimal_from_json("12.50", ("string", "number")) == "12.50"
    assert decimal_from_json("12.50", ("number", "string")) == Decimal("12.50")


def test_a_decimal_that_may_also_be_an_object_reads_either() -> None:
    # WorkflowRecord.budget: anyOf [number, string, null] or the {number, currency} object.
    as_object = WorkflowRecord.from_dict(
        {"id": 1, "budget": {"number": 15000.5, "currency": "EGP"}}
    )
    assert isinstance(as_object.budget, WorkflowRecordBudget)
    assert as_object.budget.number == Decimal("15000.5")
    assert as_object.to_dict()["budget"] == {"number": Decimal("15000.5"), "currency": "EGP"}
    assert WorkflowRecord.from_dict({"id": 1, "budget": 15000.5}).budget == Decimal("15000.5")
    assert WorkflowRecord.from_dict({"id": 1, "budget": None}).budget is None


def test_a_decoded_live_answer_reads_into_decimals_unchanged() -> None:
    live = {
        "result": "successful",
        "code": 200,
        "data": {
            "Staff": {
                "id": "7",
                "name": "Mona",
                "hourly_rate": "12.5000",
                "maximum_general_discount": "",
            }
        },
    }
    decoded = decode_answer("getStaff", 200, live)
    staff = Staff.from_dict(decoded["data"]["Staff"])
    assert staff.hourly_rate == Decimal("12.5000") and str(staff.hourly_rate) == "12.5000"


def test_raw_bodies_send_decimals_as_their_exact_text() -> None:
    body = InvoiceAddRequest.from_dict(
        {
            "Invoice": {"client_id": 1, "discount_amount": Decimal("0.10")},
            "InvoiceItem": [{"item": "Widget", "unit_price": Decimal("19.999999"), "quantity": 3}],
        }
    )
    sent = add_invoice._get_kwargs(body=body)["json"]
    assert sent["Invoice"]["discount_amount"] == "0.10"
    assert sent["InvoiceItem"][0] == {"item": "Widget", "unit_price": "19.999999", "quantity": "3"}
    with pytest.raises(ValueError, match="not a number JSON can carry"):
        json_ready({"amount": Decimal("NaN")})


def test_a_body_already_written_as_plain_json_is_sent_as_it_is() -> None:
    # The facade writes its bodies with its own encoder; they are not walked again.
    payload = {"Invoice": {"client_id": 1}}
    body = JsonBody(payload)
    sent = add_invoice._get_kwargs(body=body)["json"]  # type: ignore[arg-type]
    assert type(sent) is PlainJson and sent == payload
    assert json_ready(sent) is sent


USER_SCRIPT = """\
from decimal import Decimal

from daftra_client.models.invoice import Invoice
from daftra_client.types import Unset


def tax_of(invoice: Invoice) -> Decimal:
    total = invoice.summary_total
    if isinstance(total, Unset):
        return Decimal(0)
    return total * Decimal("0.14")


def gross_of(invoice: Invoice) -> object:
    total = invoice.summary_total
    if isinstance(total, Unset):
        return None
    return total * 1.15  # line 18: Decimal times float, a TypeError at run time
"""


@pytest.fixture
def user_script(tmp_path: Path) -> Path:
    script = tmp_path / "user_script.py"
    script.write_text(USER_SCRIPT, encoding="utf-8")
    return script


def test_mypy_sees_decimal_money_in_user_code(user_script: Path, tmp_path: Path) -> None:
    # As a user's project sees the installed package: strict for their code, the
    # generated package's own internals not reported.
    config = tmp_path / "mypy.ini"
    config.write_text(
        "[mypy]\nstrict = True\n\n[mypy-daftra_client.*]\nignore_errors = True\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(config),
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / "cache"),
            user_script.name,
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
        env={"MYPYPATH": str(ROOT / "generated"), "PATH": ""},
    )
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert errors == [
        'user_script.py:18: error: Unsupported operand types for * ("Decimal" and "float")'
        "  [operator]"
    ], done.stdout + done.stderr


def _pyright() -> str:
    beside_python = str(Path(sys.executable).parent)
    found = shutil.which("pyright") or shutil.which("pyright", path=beside_python)
    if found is None:
        pytest.skip("pyright is not installed (pip install pyright)")
    try:
        ready = subprocess.run([found, "--version"], capture_output=True, timeout=300)
    except subprocess.TimeoutExpired:
        pytest.skip("pyright could not start in time (it fetches its engine on first use)")
    if ready.returncode != 0:
        pytest.skip("pyright could not start (it fetches its engine on first use)")
    return found


def test_pyright_sees_decimal_money_in_user_code(user_script: Path, tmp_path: Path) -> None:
    pyright = _pyright()
    (tmp_path / "pyrightconfig.json").write_text(
        '{"typeCheckingMode": "strict", "extraPaths": ["%s"], "pythonVersion": "3.11"}'
        % (ROOT / "generated"),
        encoding="utf-8",
    )
    done = subprocess.run(
        [pyright, "--pythonpath", sys.executable, str(user_script)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    errors = [line.strip() for line in done.stdout.splitlines() if " - error:" in line]
    # Only the float product is refused (strict mode adds that its type is then unknown).
    assert errors and all(line.startswith(f"{user_script}:18:") for line in errors), done.stdout
    assert any('Operator "*" not supported for types "Decimal" and "float"' in e for e in errors)
