"""How records land: typed values, flat rows and Arrow tables with dlt's column types."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

pa = pytest.importorskip("pyarrow", reason="the dlt extra is not installed")

from daftra_facade.dlt.landing import arrow_table, landed  # noqa: E402


def test_dates_are_typed_by_field_name_and_zero_dates_are_no_value() -> None:
    record = {
        "date": "2026-02-03",
        "created": "2026-02-03 10:11:12",
        "modified": "",
        "issue_date": "0000-00-00",
        "notes": "2026-02-03",
        "due_date": "soon",
    }
    assert landed(record) == {
        "date": dt.date(2026, 2, 3),
        "created": dt.datetime(2026, 2, 3, 10, 11, 12),
        "modified": None,
        "issue_date": None,
        "notes": "2026-02-03",
        "due_date": "soon",
    }


def test_nested_records_are_kept_for_dlt_or_spread_into_columns_when_flat() -> None:
    record = {
        "id": 1,
        "Client": {"name": "Acme", "Address": {"city": "Cairo"}},
        "tags": ["a", "b"],
        "empty": [],
        "amount": Decimal("1.0000000001"),
    }
    assert landed(record) == {
        "id": 1,
        "Client": {"name": "Acme", "Address": {"city": "Cairo"}},
        "tags": ["a", "b"],
        "empty": [],
        "amount": Decimal("1.000000000"),
    }
    assert landed(record, flat=True) == {
        "id": 1,
        "Client__name": "Acme",
        "Client__Address__city": "Cairo",
        "tags": '["a", "b"]',
        "empty": None,
        "amount": Decimal("1.0000000001"),
    }


def test_columns_take_the_types_dlt_gives_the_same_values() -> None:
    table = arrow_table(
        [
            {
                "id": 1,
                "total": Decimal("10.5"),
                "date": dt.date(2026, 1, 2),
                "draft": False,
                "created": dt.datetime(2026, 1, 2, 3, 4, 5),
                "name": "A",
                "rate": 1.5,
            },
            {"id": 2, "total": 3, "nothing": None, "rate": 2},
        ]
    )
    assert table.schema.field("id").type == pa.int64()
    assert table.schema.field("total").type == pa.decimal128(38, 9)
    assert table.schema.field("date").type == pa.date32()
    assert table.schema.field("created").type == pa.timestamp("us")
    assert table.schema.field("draft").type == pa.bool_()
    assert table.schema.field("rate").type == pa.float64()
    assert "nothing" not in table.column_names  # no value, no type: dlt adds no column either
    assert table.column("total").to_pylist() == [Decimal("10.5"), Decimal("3")]


def test_a_decimal_longer_than_the_column_is_rounded_half_up() -> None:
    table = arrow_table([{"rate": Decimal("0.3333333335")}, {"rate": Decimal("2")}])
    assert table.column("rate").to_pylist() == [Decimal("0.333333334"), Decimal("2")]


def test_a_value_its_column_cannot_hold_goes_to_a_text_variant_column() -> None:
    table = arrow_table(
        [
            {"date": dt.date(2026, 1, 2), "code": "000244"},
            {"date": "31/02/2026", "code": 245},
        ]
    )
    assert table.column("date").to_pylist() == [dt.date(2026, 1, 2), None]
    assert table.column("date__v_text").to_pylist() == [None, "31/02/2026"]
    assert table.column("code").to_pylist() == ["000244", "245"]  # text takes anything
    assert "code__v_text" not in table.column_names
