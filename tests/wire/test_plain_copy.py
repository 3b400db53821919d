"""A body that is plain JSON already is copied by orjson in one step (where it is
installed), and that copy keeps every rule of the value-by-value walk: whatever the walk
refuses or converts, the copy declines, leaving it to the walk."""

from __future__ import annotations

import math
import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from daftra_facade import InvalidInputError
from daftra_facade.wire import encoding
from daftra_facade.wire.encoding import MAX_DEPTH, MAX_NAME, _plain_copy, to_json


class Colour(Enum):
    RED = "red"


def _walked(value: Any) -> Any:
    """What the value-by-value walk makes of ``value``, or the refusal it raises."""
    try:
        return encoding._json(value, "body", "", 0)
    except InvalidInputError as refused:
        return refused


SCALARS = (
    st.text(alphabet=st.characters(codec=None), max_size=8)
    | st.sampled_from(["\x00", "a\x00b", "\ud800", "x" * (MAX_NAME + 1), 'q"uote', "\\u0000"])
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.booleans()
    | st.none()
    | st.decimals(allow_nan=False, allow_infinity=False, places=2, max_value=10**6)
    | st.just(date(2026, 1, 2))
    | st.just(datetime(2026, 1, 2, 3, 4, 5))
    | st.just(Colour.RED)
    | st.just(uuid.UUID(int=7))
)
KEYS = st.text(max_size=6) | st.sampled_from(["k" * (MAX_NAME + 1), 'k"' * 600, "\x00"])
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.tuples(inner) | st.dictionaries(KEYS, inner, max_size=3)
    ),
    max_leaves=12,
)


def _deep(levels: int) -> dict[str, Any]:
    value: Any = 1
    for _ in range(levels - 1):
        value = [value]
    return {"a": value}


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(KEYS, VALUES, max_size=4))
@example({"a": float("nan")})
@example({"a": 2**63})
@example({"k" * (MAX_NAME + 1): 1})
@example({("k" * 600) + '"' + ("k" * 600): 1})
@example(_deep(MAX_DEPTH))
@example(_deep(MAX_DEPTH + 1))
def test_the_copy_is_what_the_walk_makes_or_it_declines(body: dict[str, Any]) -> None:
    copied = _plain_copy(body)
    walked = _walked(body)
    if copied is not None:
        assert not isinstance(walked, InvalidInputError), walked
        assert copied == walked
        assert copied is not body


@pytest.mark.parametrize(
    "body",
    [
        {"notes": "a\x00b"},
        {"amount": math.inf},
        {"amount": Decimal("1.5")},
        {"date": date(2026, 1, 2)},
        {"id": 2**53 + 1},
        {1: "a key that is not text"},
        {"k" * (MAX_NAME + 1): 1},
        _deep(MAX_DEPTH + 1),
        {"empty": None},
    ],
)
def test_what_needs_the_walk_is_declined(body: dict[str, Any]) -> None:
    assert _plain_copy(body) is None


def test_a_plain_body_is_copied_whole_and_apart_from_the_original() -> None:
    body = {"Invoice": {"client_id": 1, "notes": "ÄÖ"}, "InvoiceItem": [{"quantity": 2.5}]}
    copied = _plain_copy(body)
    assert copied == body and copied is not body
    assert copied is not None and copied["InvoiceItem"] is not body["InvoiceItem"]
    assert to_json(body) == body


def test_without_orjson_the_walk_copies_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(encoding, "_orjson", lambda: None)
    body = {"Invoice": {"client_id": 1}}
    assert _plain_copy(body) is None and to_json(body) == body
