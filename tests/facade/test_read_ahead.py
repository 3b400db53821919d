"""The paginator's read-ahead: one page fetched ahead of the caller; a page held up (the
service asked the client to wait) does not hold up the pages known to follow it, which
are fetched meanwhile and handed over in order, never more than ``MOST_AHEAD`` beyond."""

from __future__ import annotations

import asyncio
import itertools
import threading
import time
from typing import Any

import pytest

from daftra_facade.pagination import (
    HELD_AFTER,
    MOST_AHEAD,
    MOST_RECORDS_AHEAD,
    Page,
    aiterate_pages,
    iterate_pages,
)

PAGES = 12
HOLD = 1.0


class Listing:
    """A listing of ``pages`` pages of one row each; ``held`` pages wait ``HOLD`` seconds
    before answering, the others ``each``; ``counted`` says whether the answers carry the
    page count."""

    def __init__(
        self,
        pages: int = PAGES,
        held: frozenset[int] = frozenset(),
        counted: bool = True,
        each: float = 0.01,
    ):
        self.pages, self.held, self.counted, self.each = pages, held, counted, each
        self.asked: list[tuple[int, float]] = []  # (page, when)
        self.lock = threading.Lock()
        self.started = time.monotonic()

    def answer(self, number: int) -> dict[str, Any]:
        with self.lock:
            self.asked.append((number, time.monotonic() - self.started))
        return {"page": number, "last": self.pages if self.counted else None}

    def fetch(self, number: int) -> dict[str, Any]:
        time.sleep(HOLD if number in self.held else self.each)
        return self.answer(number)

    async def afetch(self, number: int) -> dict[str, Any]:
        await asyncio.sleep(HOLD if number in self.held else self.each)
        return self.answer(number)

    @staticmethod
    def parse(fetched: dict[str, Any], number: int) -> Page[int]:
        assert fetched["page"] == number
        return Page(items=[number], page=number, page_count=fetched["last"], total_results=None)

    def more(self, fetched: dict[str, Any]) -> bool:
        return bool(fetched["page"] < self.pages)

    @staticmethod
    def last_page(fetched: dict[str, Any]) -> int | None:
        last: int | None = fetched["last"]
        return last


def read(listing: Listing, page_size: int = 100) -> list[int]:
    pages = iterate_pages(
        listing.fetch, listing.parse, listing.more, last_page=listing.last_page, page_size=page_size
    )
    return [page.page for page in pages]


def aread(listing: Listing, page_size: int = 100) -> list[int]:
    async def main() -> list[int]:
        pages = aiterate_pages(
            listing.afetch,
            listing.parse,
            listing.more,
            last_page=listing.last_page,
            page_size=page_size,
        )
        return [page.page async for page in pages]

    return asyncio.run(main())


READERS = [pytest.param(read, id="sync"), pytest.param(aread, id="async")]


@pytest.mark.parametrize("reader", READERS)
def test_pages_come_in_order_each_asked_for_once(reader: Any) -> None:
    listing = Listing()
    assert reader(listing) == list(range(1, PAGES + 1))
    assert sorted(number for number, _ in listing.asked) == list(range(1, PAGES + 1))


@pytest.mark.parametrize("reader", READERS)
def test_a_held_page_does_not_hold_up_the_pages_after_it(reader: Any) -> None:
    listing = Listing(held=frozenset({2}))
    started = time.monotonic()
    assert reader(listing) == list(range(1, PAGES + 1))
    # Pages 3 to 12 were fetched while page 2 waited: the whole read takes about the hold.
    assert time.monotonic() - started < HOLD + 0.5
    when = dict(listing.asked)
    assert all(when[number] < when[2] for number in range(3, PAGES + 1))


@pytest.mark.parametrize("reader", READERS)
def test_pages_ahead_of_a_held_page_are_bounded(reader: Any) -> None:
    listing = Listing(pages=MOST_AHEAD + 10, held=frozenset({2}))
    assert reader(listing) == list(range(1, MOST_AHEAD + 11))
    when = dict(listing.asked)
    before_the_held_one = [number for number in when if when[number] < when[2]]
    assert max(before_the_held_one) == 2 + MOST_AHEAD


@pytest.mark.parametrize("reader", READERS)
def test_pages_ahead_hold_a_bounded_number_of_records(reader: Any) -> None:
    listing = Listing(held=frozenset({2}))
    assert reader(listing, page_size=1_000) == list(range(1, PAGES + 1))
    when = dict(listing.asked)
    before_the_held_one = [number for number in when if when[number] < when[2]]
    assert max(before_the_held_one) == 2 + MOST_RECORDS_AHEAD // 1_000


@pytest.mark.parametrize("reader", READERS)
def test_pages_that_are_merely_slow_are_read_one_after_another(reader: Any) -> None:
    listing = Listing(pages=5, each=0.15)  # longer than HELD_AFTER, every one of them
    assert reader(listing) == [1, 2, 3, 4, 5]
    times = [when for _, when in sorted(listing.asked)]
    assert all(later - earlier >= 0.14 for earlier, later in itertools.pairwise(times))


@pytest.mark.parametrize("reader", READERS)
def test_without_a_page_count_nothing_is_fetched_beyond_the_next_page(reader: Any) -> None:
    listing = Listing(held=frozenset({2}), counted=False)
    started = time.monotonic()
    assert reader(listing) == list(range(1, PAGES + 1))
    # No page is known to exist past a held one: read one after the other.
    assert time.monotonic() - started >= HOLD
    when = dict(listing.asked)
    assert all(when[number] > when[2] for number in range(3, PAGES + 1))


@pytest.mark.parametrize("reader", READERS)
def test_a_page_answering_in_time_is_not_taken_for_held(reader: Any) -> None:
    listing = Listing(pages=4)
    assert HELD_AFTER > 0.01
    reader(listing)
    # Each page was asked for only once the one before had arrived.
    times = [when for _, when in sorted(listing.asked)]
    assert times == sorted(times)


def test_leaving_early_stops_reading_ahead() -> None:
    listing = Listing(held=frozenset({2}))
    pages = iterate_pages(listing.fetch, listing.parse, listing.more, last_page=listing.last_page)
    assert next(pages).page == 1
    pages.close()
    asked = len(listing.asked)
    time.sleep(0.1)
    assert len(listing.asked) == asked  # no thread goes on fetching
