"""One paginator for every listable resource."""

from __future__ import annotations

import asyncio
import queue
import threading
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, TypeVar, cast

import attrs

from .errors import UndecodableRecordError

T = TypeVar("T")
R = TypeVar("R")  # a fetched, not yet parsed, page
OnUndecodable = Callable[[UndecodableRecordError], None]


@attrs.frozen
class Later:
    """A page's member built only when first read (see :class:`Page`)."""

    make: Callable[[], Any]


@attrs.frozen
class Page(Generic[T]):
    """One page of a list: its records and where it stands among the pages.

    ``items`` holds the primary record of each row (the ``Invoice`` of
    ``{"Invoice": ..., "Client": ...}``); ``rows`` holds the rows as the server sent
    them, related records included; ``raw`` is the whole parsed answer. ``rows`` and
    ``raw`` may be given as :class:`Later`: built on first read, so that reading the
    records alone (``iter()``) never builds the related ones.
    """

    items: list[T]
    page: int
    page_count: int | None
    total_results: int | None
    _rows: list[Any] | Later = attrs.field(factory=list, repr=False, alias="rows")
    _raw: Any = attrs.field(default=None, repr=False, alias="raw")
    # Rows that could not be read, left out of ``items`` (see :class:`Records`).
    undecodable: list[UndecodableRecordError] = attrs.field(factory=list, repr=False)

    @property
    def rows(self) -> list[Any]:
        """The rows with their related records."""
        if isinstance(self._rows, Later):
            object.__setattr__(self, "_rows", self._rows.make())
        return cast("list[Any]", self._rows)

    @property
    def raw(self) -> Any:
        """The whole answer, parsed."""
        if isinstance(self._raw, Later):
            object.__setattr__(self, "_raw", self._raw.make())
        return self._raw

    @property
    def has_next(self) -> bool:
        """Whether another page may follow (without a page count: while pages are non-empty)."""
        if not self.items and not self.undecodable:
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
    room_ahead = threading.Semaphore(2)  # pages fetched and not yet consumed
    stop = threading.Event()

    def produce() -> None:
        number = first_page
        try:
            while True:
                while not room_ahead.acquire(timeout=0.1):
                    if stop.is_set():
                        return
                if stop.is_set():
                    return
                fetched = fetch(number)
                again = more(fetched)
                pages.put([number, fetched])
                del fetched  # handed over: not held while waiting for room
                if not again:
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
            handed = cast("list[Any]", item)
            del item
            # Taken out of the list as it is parsed: while the caller holds the page, this
            # frame holds nothing of it (the raw answer goes as soon as the page does).
            yield parse(handed.pop(), handed.pop())
            room_ahead.release()
    finally:
        stop.set()
        producer.join()


async def aiterate_pages(
    fetch: Callable[[int], Awaitable[R]],
    parse: Callable[[R, int], Page[T]],
    more: Callable[[R], bool],
    *,
    first_page: int = 1,
) -> AsyncIterator[Page[T]]:
    """The same for the async client: the next page is fetched by a task meanwhile."""
    number = first_page
    upcoming: asyncio.Task[R] | None = asyncio.ensure_future(fetch(number))
    try:
        while upcoming is not None:
            fetched = await upcoming
            upcoming = asyncio.ensure_future(fetch(number + 1)) if more(fetched) else None
            page = parse(fetched, number)
            number += 1
            yield page
    finally:
        if upcoming is not None and not upcoming.done():
            upcoming.cancel()


def report_undecodable(page: Page[T], on_undecodable: OnUndecodable | None) -> Page[T]:
    """``page`` once its unreadable rows are reported: to ``on_undecodable`` if given,
    else by raising the first of them."""
    for error in page.undecodable:
        if on_undecodable is None:
            raise error
        on_undecodable(error)
    return page


class _RecordQueue(Generic[T]):
    """The rows of the current page still to hand out, then its unreadable rows."""

    def __init__(self, on_undecodable: OnUndecodable | None) -> None:
        self._on_undecodable = on_undecodable
        self._items: deque[T] = deque()
        self._errors: deque[UndecodableRecordError] = deque()

    def load(self, page: Page[T]) -> None:
        self._items.extend(page.items)
        self._errors.extend(page.undecodable)

    def take(self) -> tuple[bool, T | None]:
        """(True, record) for the next record; (False, None) when the page is used up.

        An unreadable row goes to ``on_undecodable``, or is raised; either way the
        queue moves past it, so calling again goes on with the next row.
        """
        while True:
            if self._items:
                return True, self._items.popleft()
            if not self._errors:
                return False, None
            error = self._errors.popleft()
            if self._on_undecodable is None:
                raise error
            self._on_undecodable(error)


class Records(Iterator[T]):
    """Every record of a listing, page after page (what ``iter()`` returns).

    A row that cannot be read is left out: it goes to ``on_undecodable`` when one was
    given, and is raised as :class:`UndecodableRecordError` otherwise, after the
    readable rows of its page. The iterator survives that error: calling ``next()``
    again goes on with the rows after it, so no row around a bad one is lost.
    """

    def __init__(self, pages: Iterator[Page[T]], on_undecodable: OnUndecodable | None) -> None:
        self._pages = pages
        self._queue: _RecordQueue[T] = _RecordQueue(on_undecodable)

    def __next__(self) -> T:
        while True:
            found, record = self._queue.take()
            if found:
                return cast("T", record)
            self._queue.load(next(self._pages))

    def close(self) -> None:
        """Stop reading ahead (the page fetched in the background is dropped)."""
        close = getattr(self._pages, "close", None)
        if close is not None:
            close()


class AsyncRecords(AsyncIterator[T]):
    """The async twin of :class:`Records`, with the same handling of unreadable rows."""

    def __init__(self, pages: AsyncIterator[Page[T]], on_undecodable: OnUndecodable | None) -> None:
        self._pages = pages
        self._queue: _RecordQueue[T] = _RecordQueue(on_undecodable)

    async def __anext__(self) -> T:
        while True:
            found, record = self._queue.take()
            if found:
                return cast("T", record)
            self._queue.load(await self._pages.__anext__())

    async def aclose(self) -> None:
        """Stop reading ahead (the page being fetched is cancelled)."""
        aclose = getattr(self._pages, "aclose", None)
        if aclose is not None:
            await aclose()
