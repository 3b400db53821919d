"""Laravel's paginator as the v2 entity API answers lists: ``data``, ``current_page``,
``per_page``, ``total``, ``last_page``, the page links and their numbered window."""

from __future__ import annotations

import math
from urllib.parse import urlencode

import attrs

from .state import Record

DEFAULT_PER_PAGE = 20


def positive(text: object, default: int) -> int:
    try:
        number = int(str(text)) if text is not None else default
    except ValueError:
        return default
    return number if number >= 1 else default


@attrs.frozen
class Pages:
    """Addresses of a list's pages: its path and the query it was asked with."""

    path: str
    params: tuple[tuple[str, str], ...] = ()

    def url(self, page: int) -> str:
        return f"{self.path}?{urlencode([*self.params, ('page', str(page))])}"


def _window(page: int, last: int) -> list[int | None]:
    """Laravel's page selector (three pages either side; None stands for "...")."""
    side = 3
    if last < side * 2 + 8:
        return list(range(1, last + 1))
    window = side + 4
    start: list[int | None] = [1, 2]
    finish: list[int | None] = [last - 1, last]
    if page <= window:
        return [*range(1, window + side + 1), None, *finish]
    if page > last - window:
        return [*start, None, *range(last - (window + side - 1), last + 1)]
    return [*start, None, *range(page - side, page + side + 1), None, *finish]


def paginate(rows: list[Record], *, total: int, page: int, per_page: int, pages: Pages) -> Record:
    """A Laravel length-aware paginator around one page of ``rows``."""
    last = max(1, math.ceil(total / per_page))
    start = (page - 1) * per_page
    prev_url = pages.url(page - 1) if page > 1 else None
    next_url = pages.url(page + 1) if page < last else None
    links: list[Record] = [
        {
            "url": prev_url,
            "label": "pagination.previous",
            "page": page - 1 if prev_url else None,
            "active": False,
        },
    ]
    for number in _window(page, last):
        if number is None:
            links.append({"url": None, "label": "...", "page": None, "active": False})
        else:
            links.append(
                {
                    "url": pages.url(number),
                    "label": str(number),
                    "page": number,
                    "active": number == page,
                }
            )
    links.append(
        {
            "url": next_url,
            "label": "pagination.next",
            "page": page + 1 if next_url else None,
            "active": False,
        }
    )
    return {
        "current_page": page,
        "data": rows,
        "first_page_url": pages.url(1),
        "from": start + 1 if rows else None,
        "last_page": last,
        "last_page_url": pages.url(last),
        "links": links,
        "next_page_url": next_url,
        "path": pages.path,
        "per_page": per_page,
        "prev_page_url": prev_url,
        "to": start + len(rows) if rows else None,
        "total": total,
    }


__all__ = ["DEFAULT_PER_PAGE", "Pages", "paginate", "positive"]
