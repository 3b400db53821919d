"""One paginator for every listable resource."""

from __future__ import annotations

import asyncio
import queue
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, TypeVar, cast

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


_DONE = object()  # the producer's last word: no more pages


def iterate_pages(
    fetch: Callable[[int], R],
    parse: Callable[[R, int], Page[T]],
    more: Callable[[R], bool],
    *,
    first_page: int = 1,
) -> Iterator[Page[T]]:
    """Every page from ``first_page`` on, until an empty page or the last page.

    A helper thread fetches pages ahead of the caller: as soon as a page has arrived
    and ``more`` (a cheap look at its counts) says another follows, the helper requests
    it, while the caller parses and consumes the one before. Two pages at most are held
    at a time: the one being consumed and the one being fetched.
    """
    pages: queue.SimpleQueue[object] = queue.SimpleQueue()
    slots = threading.Semaphore(2)  # pages fetched and not yet consumed
    stop = threading.Event()

    def produce() -> None:
        number = first_page
        try:
            while True:
                while not slots.acquire(timeout=0.1):
                    if stop.is_set():
                        return
                if stop.is_set():
                    return
                fetched = fetch(number)
                pages.put((number, fetched))
                if not more(fetched):
                    break
                number += 1
        except BaseException as exc:  # handed to the caller, raised there
            pages.put(exc)
            return
        pages.put(_DONE)

    producer = threading.Thread(target=produce, name="daftra-pages", daemon=True)
    producer.start()
    try:
        while (item := pages.get()) is not _DONE:
            if isinstance(item, BaseException):
                raise item
            page_number, fetched = cast("tuple[int, R]", item)
            yield parse(fetched, page_number)
            del fetched
            slots.release()
    finally:
        stop.set()
        producer.join()


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
