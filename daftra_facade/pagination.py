"""One paginator for every listable resource."""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import Any, Generic, Protocol, TypeVar, cast

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


# A page the caller has waited for this long, and several times as long as pages have
# been taking, is taken to be held up (a refusal's wait): the pages known to follow it
# are asked for meanwhile. Pages that are merely slow (large ones, a slow server) take
# their usual time and are read one after another.
HELD_AFTER = 0.1
_USUAL_TIMES = 4  # how many times a page's usual time counts as held up
# Pages asked for beyond the one the caller waits for, at most, while it is held up;
# and at most this many records in them.
MOST_AHEAD = 16
MOST_RECORDS_AHEAD = 2_000


class _Handle(Protocol):
    """A page being fetched: a thread's future or a task."""

    def done(self) -> bool: ...

    def cancel(self) -> bool: ...

    def add_done_callback(self, fn: Callable[[Any], object], /) -> None: ...


H = TypeVar("H", bound=_Handle)


class _ReadAhead(Generic[H]):
    """The pages being fetched for a caller waiting for page ``awaited``, started by
    ``start``: the one policy of both paginators.

    One page is asked for at a time, the next as soon as the one before arrived. When
    every page asked for has been waited for longer than it is usual (see
    :data:`HELD_AFTER`), the next page known to exist (a fetched page told the page
    count) is asked for beside them, so that a page held by the service's advice to
    wait does not hold up the pages after it; at most :data:`MOST_AHEAD` beyond the
    awaited one, and :data:`MOST_RECORDS_AHEAD` records of ``page_size``.
    """

    def __init__(self, first_page: int, start: Callable[[int, bool], H], page_size: int) -> None:
        self.awaited = first_page
        self._start = start
        self._fetching: dict[int, tuple[H, float]] = {}  # page: (its fetch, when asked)
        self._last: int | None = None
        self._most_ahead = max(1, min(MOST_AHEAD, MOST_RECORDS_AHEAD // max(1, page_size)))
        self._usual = 0.0  # how long a page has been taking (the longest of the last few)
        self._recent: list[float] = []
        self._ask(first_page)

    def _ask(self, number: int, *, beside: bool = False) -> None:
        asked = time.monotonic()
        fetch = self._start(number, beside)
        fetch.add_done_callback(lambda _: self._took(time.monotonic() - asked))
        self._fetching[number] = (fetch, asked)

    def _took(self, seconds: float) -> None:
        self._recent = [*self._recent[-4:], seconds]
        self._usual = max(self._recent)

    def waiting(self) -> tuple[list[H], float] | None:
        """None when the awaited page has arrived; else the fetches to wait for, and
        for how long at most before asking again (further pages may be started)."""
        while not self._fetching[self.awaited][0].done():
            now = time.monotonic()
            held_after = max(HELD_AFTER, _USUAL_TIMES * self._usual)
            pending = [(h, asked) for h, asked in self._fetching.values() if not h.done()]
            fresh = [asked + held_after - now for _, asked in pending]
            if max(fresh) > 0:
                return [h for h, _ in pending], min(left for left in fresh if left > 0)
            following = max(self._fetching) + 1
            if self._last is None or following > min(self._last, self.awaited + self._most_ahead):
                return [h for h, _ in pending], held_after
            self._ask(following, beside=True)
        return None

    def take(self) -> H:
        """The awaited page's fetch, done."""
        return self._fetching.pop(self.awaited)[0]

    def arrived(self, last: int | None, again: bool) -> None:
        """The caller has the awaited page, which told ``last`` (the page count, if
        any) and whether ``again`` another follows: ask for that one."""
        self.awaited += 1
        self._last = last if last is not None else self._last
        if again and self.awaited not in self._fetching:
            self._ask(self.awaited)

    def cancel(self) -> list[H]:
        """Stop every fetch not yet done; the fetches that were still going."""
        for fetch, _ in self._fetching.values():
            fetch.cancel()
        return [fetch for fetch, _ in self._fetching.values()]


def iterate_pages(
    fetch: Callable[[int], R],
    parse: Callable[[R, int], Page[T]],
    more: Callable[[R], bool],
    *,
    last_page: Callable[[R], int | None] = lambda fetched: None,
    page_size: int = 100,
    first_page: int = 1,
) -> Iterator[Page[T]]:
    """Every page from ``first_page`` on, until an empty page or the last page.

    Helper threads fetch pages ahead of the caller: as soon as a page has arrived and
    ``more`` (a cheap look at its counts) says another follows, the next is requested,
    while the caller parses and consumes the one before; so two pages are held at a
    time. A page held up does not hold up those after it: pages that ``last_page``
    says exist are fetched meanwhile (see :class:`_ReadAhead`; ``page_size`` records a
    page at most) and handed over in order.
    """
    # One thread fetches the pages in turn, as long as none is held up (threads each
    # keep memory of their own); the pages beside a held one go to threads of their own.
    in_turn = ThreadPoolExecutor(max_workers=1, thread_name_prefix="daftra-pages")
    beside = ThreadPoolExecutor(max_workers=MOST_AHEAD, thread_name_prefix="daftra-pages-held")

    def start(number: int, held: bool) -> Future[R]:
        return (beside if held else in_turn).submit(fetch, number)

    plan: _ReadAhead[Future[R]] = _ReadAhead(first_page, start, page_size)
    try:
        while True:
            while (waiting := plan.waiting()) is not None:
                wait(waiting[0], waiting[1], FIRST_COMPLETED)
            handed: list[Any] = [plan.awaited, plan.take().result()]
            again = more(handed[1])
            plan.arrived(last_page(handed[1]), again)
            # Taken out of the list as it is parsed: while the caller holds the page, this
            # frame holds nothing of it (the raw answer goes as soon as the page does).
            yield parse(handed.pop(), handed.pop())
            if not again:
                return
    finally:
        plan.cancel()
        for pool in (in_turn, beside):
            pool.shutdown(wait=True, cancel_futures=True)


async def aiterate_pages(
    fetch: Callable[[int], Awaitable[R]],
    parse: Callable[[R, int], Page[T]],
    more: Callable[[R], bool],
    *,
    last_page: Callable[[R], int | None] = lambda fetched: None,
    page_size: int = 100,
    first_page: int = 1,
) -> AsyncIterator[Page[T]]:
    """The same for the async client: pages are fetched by tasks meanwhile."""
    plan: _ReadAhead[asyncio.Future[R]] = _ReadAhead(
        first_page, lambda n, _beside: asyncio.ensure_future(fetch(n)), page_size
    )
    try:
        while True:
            while (waiting := plan.waiting()) is not None:
                await asyncio.wait(waiting[0], timeout=waiting[1], return_when=FIRST_COMPLETED)
            number = plan.awaited
            fetched = plan.take().result()
            again = more(fetched)
            plan.arrived(last_page(fetched), again)
            page = parse(fetched, number)
            del fetched
            yield page
            if not again:
                return
    finally:
        # Cancelled tasks are awaited, so none is left running or with an unread error.
        await asyncio.gather(*plan.cancel(), return_exceptions=True)


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
