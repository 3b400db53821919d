"""Rows read straight into their models (wire/model_rows.py) are the models the general
path gives (decode the answer, then the generated ``from_dict``), for every documented
list example and for rows in the live dialect, and fail naming the same field."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from daftra_client.models.invoice import Invoice

from daftra_facade.wire.decoding import DecodeFailure, decode_rows, rows_node
from daftra_facade.wire.model_rows import row_reader
from daftra_facade.wire.operations import Operation
from daftra_facade.wire.specification import operations

from .test_decoding import EXAMPLES, LIVE_ROW, list_answer

ROWS_PATHS = (("data",), ("payload", "data"))


def general_rows(operation_id: str, answer: Any, rows_path: tuple[str, ...]) -> list[Any]:
    """The rows as the general path reads them: the answer decoded, then its model."""
    tag = operations()[operation_id][2]["tags"][0]
    response = httpx.Response(200, json=answer, request=httpx.Request("GET", "https://x/"))
    decoded, failures = decode_rows(operation_id, 200, answer, rows_path)
    assert failures == []
    model = Operation(tag, operation_id).parse(response, decoded, decoded=True)
    for key in rows_path:
        model = getattr(model, key)
    return list(model)


def _list_examples() -> Iterator[tuple[str, tuple[str, ...], Any]]:
    for operation_id, status, example in EXAMPLES:
        for rows_path in ROWS_PATHS:
            rows: Any = example
            for key in rows_path:
                rows = rows.get(key) if isinstance(rows, dict) else None
            reader = row_reader(rows_node(operation_id, rows_path))
            if status == 200 and reader is not None and isinstance(rows, list) and rows:
                yield operation_id, rows_path, example


LISTS = list(_list_examples())


def test_most_lists_read_their_rows_straight_into_models() -> None:
    listed = {o for o, (_, method, _) in operations().items() if method == "get"}
    assert len({operation_id for operation_id, _, _ in LISTS}) > len(listed) // 3


@pytest.mark.parametrize(
    ("operation_id", "rows_path", "example"), LISTS, ids=[o for o, _, _ in LISTS]
)
def test_rows_read_straight_are_the_models_the_general_path_gives(
    operation_id: str, rows_path: tuple[str, ...], example: Any
) -> None:
    reader = row_reader(rows_node(operation_id, rows_path))
    assert reader is not None
    raw: Any = copy.deepcopy(example)
    for key in rows_path:
        raw = raw[key]
    expected = general_rows(operation_id, example, rows_path)
    records = [reader.record(row) for row in raw]
    rows = [reader.row(row, record) for row, record in zip(raw, records, strict=True)]
    assert rows == expected
    if reader.main:
        assert records == [getattr(row, reader.main_attribute) for row in expected]


def test_a_live_row_reads_straight_as_the_general_path_reads_it() -> None:
    reader = row_reader(rows_node("listInvoices", ("data",)))
    assert reader is not None
    nested = {**LIVE_ROW, "Invoice": {**LIVE_ROW["Invoice"], "Client": {"id": "7"}}}
    for row in (LIVE_ROW, nested):
        (expected,) = general_rows("listInvoices", list_answer(row), ("data",))
        record = reader.record(copy.deepcopy(row))
        assert isinstance(record, Invoice) and record == expected.invoice
        assert record.additional_properties == {"extra_details": '{"client_balance": 1119194.17}'}
        assert reader.row(row, record) == expected
        assert reader.row(row, record).invoice is record


@pytest.mark.parametrize(
    ("field", "value"),
    [("id", "abc"), ("summary_total", "12,5x"), ("date", "someday"), ("type", [1])],
)
def test_a_row_read_straight_names_the_field_that_does_not_fit(field: str, value: Any) -> None:
    row = {**LIVE_ROW, "Invoice": {**LIVE_ROW["Invoice"], field: value}}
    answer = list_answer(row)
    (general,) = decode_rows("listInvoices", 200, answer, ("data",))[1]
    reader = row_reader(rows_node("listInvoices", ("data",)))
    assert reader is not None
    with pytest.raises(DecodeFailure) as caught:
        reader.record(row)
    assert caught.value.where == general.failure.where == f"Invoice.{field}"


def test_a_row_without_its_main_record_is_refused() -> None:
    reader = row_reader(rows_node("listInvoices", ("data",)))
    assert reader is not None
    for row in ({"Client": {"id": "1"}}, {"Invoice": None}, {"Invoice": {"id": None}}):
        with pytest.raises(DecodeFailure) as caught:
            reader.record(row)
        assert caught.value.where == "Invoice"
