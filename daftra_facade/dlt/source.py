"""The dlt source of a Daftra account: one dlt resource per listable resource of the client."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import dlt
from dlt.sources import DltResource, DltSource

from ..resources.capabilities import DEFAULT_CONCURRENCY
from .reader import DEFAULT_PAGE_SIZE, OnProgress, Reader
from .resources import resource_names

if TYPE_CHECKING:
    from ..client import Daftra

__all__ = ["SOURCE_NAME", "daftra_source"]

SOURCE_NAME = "daftra"


def daftra_source(
    client: Daftra,
    resources: Iterable[str] | None = None,
    *,
    full_scan: bool = False,
    page_size: int = DEFAULT_PAGE_SIZE,
    concurrency: int = DEFAULT_CONCURRENCY,
    on_progress: OnProgress | None = None,
) -> DltSource:
    """The dlt source of a Daftra account: one resource per name in ``resources`` (all of
    :func:`resource_names` by default). ``full_scan`` reads every record even where
    changes could be asked for, which also finds records deleted since the last scan.
    ``concurrency`` bounds the ``get`` calls in flight for a page's details (the
    client's own ``max_concurrency`` applies as well). Raises :class:`ValueError` for a
    name that is not a loadable resource."""
    known = resource_names()
    chosen = list(known if resources is None else resources)
    unknown = [name for name in chosen if name not in known]
    if unknown:
        raise ValueError(
            f"not a resource the source can load: {', '.join(unknown)} (known: {', '.join(known)})"
        )
    if page_size < 1 or concurrency < 1:
        raise ValueError("page_size and concurrency must be at least 1")
    readers = [
        Reader(client, name, full_scan, page_size, concurrency, on_progress)
        for name in dict.fromkeys(chosen)
    ]
    built = [reader.resource() for reader in readers]

    @dlt.source(name=SOURCE_NAME, max_table_nesting=2, root_key=True)
    def daftra() -> list[DltResource]:
        return built

    source: DltSource = daftra()
    return source
