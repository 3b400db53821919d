"""One paginator for every listable resource."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Generic, TypeVar

import attrs

T = TypeVar("T")
R = TypeVar("R")  # a fetched, not yet parsed, page


@attrs.frozen
class Page(Generic[T]):
    """One page of a list: its records and where it stands among the pages.

    ``items`` holds the primary record of each row (the ``Invoice`` of
    ``{"Invoice": ..., "Client": ...}``); ``rows`` holds the rows as the server sent
    them, related records included; ``raw`` is the whole parsed answer.
    """

    items: list[T]
    page: int
    page_count: int | None
    total_results: int | None
    rows: list[Any] = attrs.field(factory=list, repr=False)
    raw: Any = attrs.field(default=None, repr=False)

    @property
    def has_next(self) -> bool:
        """Whether another page may follow (without a page count: while pages are non-empty)."""
        if not self.items:
            return False
        if self.page_count is None:
            return True
        return self.page < self.page_count

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


def iterate_items(
    fetch: Callable[[int], R],
    parse: Callable[[R, int], Page[T]],
    more: Callable[[R], bool],
    *,
    first_page: int = 1,
) -> Iterator[T]:
    """Every item from ``first_page`` on, until an empty page or the last page.

    Pages are fetched on a helper thread, one ahead of the caller: as soon as a page has
    arrived and ``more`` (a cheap look at its counts) says another follows, that one is
    requested, and only then is the page parsed in the caller's thread. Waiting for the
    network, parsing and the caller's own work overlap; at most two pages are held.
    """
    with ThreadPoolExecutor(1, thread_name_prefix="daftra-page") as pool:
        number = first_page
        upcoming: Future[R] | None = pool.submit(fetch, number)
        while upcoming is not None:
            fetched = upcoming.result()
            upcoming = pool.submit(fetch, number + 1) if more(fetched) else None
            page = parse(fetched, number)
            number += 1
            yield from page.items


async def aiterate_items(
    fetch: Callable[[int], Awaitable[R]],
    parse: Callable[[R, int], Page[T]],
    more: Callable[[R], bool],
    *,
    first_page: int = 1,
) -> AsyncIterator[T]:
    """The same for the async client: the next page is fetched by a task meanwhile."""
    number = first_page
    upcoming: asyncio.Task[R] | None = asyncio.ensure_future(fetch(number))
    try:
        while upcoming is not None:
            fetched = await upcoming
            upcoming = asyncio.ensure_future(fetch(number + 1)) if more(fetched) else None
            page = parse(fetched, number)
            number += 1
            for item in page.items:
                yield item
    finally:
        if upcoming is not None and not upcoming.done():
            upcoming.cancel()
