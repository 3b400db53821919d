"""One paginator for every listable resource."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Generic, TypeVar

import attrs

T = TypeVar("T")


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


def iterate_pages(fetch: Callable[[int], Page[T]], *, first_page: int = 1) -> Iterator[Page[T]]:
    """Fetch pages lazily from ``first_page`` until an empty page or the last page."""
    number = first_page
    while True:
        page = fetch(number)
        if not page.items:
            return
        yield page
        if not page.has_next:
            return
        number += 1


def iterate_items(fetch: Callable[[int], Page[T]], *, first_page: int = 1) -> Iterator[T]:
    for page in iterate_pages(fetch, first_page=first_page):
        yield from page.items
