"""v2 filters are built as values and rendered as Daftra reads them."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest

from daftra_facade import InvalidInputError
from daftra_facade.filters import field, where


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        (field("branch_id").eq(2), [("filter[branch_id]", "2")]),
        (field("status").not_equal("draft"), [("filter[status][not_equal]", "draft")]),
        (field("total").gt(10), [("filter[total][gt]", "10")]),
        (field("total").gte(10.5), [("filter[total][gte]", "10.5")]),
        (field("total").lt(3), [("filter[total][lt]", "3")]),
        (field("total").lte(3), [("filter[total][lte]", "3")]),
        (field("date").from_(dt.date(2026, 1, 1)), [("filter[date][from]", "2026-01-01")]),
        (field("date").to("2026-12-31"), [("filter[date][to]", "2026-12-31")]),
        (field("name").like("Acme"), [("filter[name][like]", "Acme")]),
        (
            field("type").in_([0, 5, 6]),
            [("filter[type][in][]", "0"), ("filter[type][in][]", "5"), ("filter[type][in][]", "6")],
        ),
        (field("type").not_in([1]), [("filter[type][not_in][]", "1")]),
        (field("deleted_at").is_null(), [("filter[deleted_at][is_null]", "1")]),
        (field("deleted_at").is_null(False), [("filter[deleted_at][is_null]", "0")]),
        (field("draft").eq(False), [("filter[draft]", "0")]),
        (
            field("created").gte(dt.datetime(2026, 5, 1, 8, 30)),
            [("filter[created][gte]", "2026-05-01 08:30:00")],
        ),
    ],
)
def test_each_operator_renders_as_documented(
    condition: object, expected: list[tuple[str, str]]
) -> None:
    assert where(condition).params() == expected  # type: ignore[arg-type]


def test_relations_or_groups_and_sorting_combine() -> None:
    query = (
        where(field("journal.date").gte("2026-01-01"), field("draft").eq(0))
        .or_(field("client.business_name").like("Acme"), field("no").like("A-"))
        .sort("date", "DESC")
        .sort("id")
    )
    assert query.params() == [
        ("filter[journal.date][gte]", "2026-01-01"),
        ("filter[draft]", "0"),
        ("filter[or][client.business_name][like]", "Acme"),
        ("filter[or][no][like]", "A-"),
        ("sort[date]", "desc"),
        ("sort[id]", "asc"),
    ]


def test_the_parameters_travel_encoded_by_httpx() -> None:
    request = httpx.Request(
        "GET", "https://x.example/list/1", params=where(field("type").in_([0, 5])).params()
    )
    assert request.url.query == b"filter%5Btype%5D%5Bin%5D%5B%5D=0&filter%5Btype%5D%5Bin%5D%5B%5D=5"


@pytest.mark.parametrize("name", ["", "a]b", "x[y]", "a&b=c", "1st", "a..b", "date "])
def test_field_names_cannot_smuggle_parameters(name: str) -> None:
    with pytest.raises(InvalidInputError, match="not a field name"):
        field(name)


def test_bad_values_and_directions_are_refused() -> None:
    with pytest.raises(InvalidInputError, match="at least one value"):
        field("type").in_([])
    with pytest.raises(InvalidInputError, match="'asc' or 'desc'"):
        where().sort("date", "up")
    with pytest.raises(InvalidInputError, match="not list"):
        where(field("x").eq([1])).params()  # type: ignore[arg-type]
