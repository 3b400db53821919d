"""The dlt source of a Daftra account: one dlt resource per listable resource of the client,
its account and credentials from a client passed in or from dlt's config and secrets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import dlt
from dlt.common.typing import TSecretStrValue
from dlt.sources import DltResource, DltSource

from ..bulk.options import DEFAULT_CONCURRENCY
from ..client import Daftra
from .account import Account
from .reader import DEFAULT_PAGE_SIZE, OnProgress, Reader
from .resources import resource_names

__all__ = ["SOURCE_NAME", "daftra_source"]

SOURCE_NAME = "daftra"
# Where dlt looks for the account when no client is passed (its section is the source's).
_CONFIGURED = (
    "dlt's config: sources.daftra.subdomain (or base_url) in .dlt/config.toml and "
    "sources.daftra.api_key (or token) in .dlt/secrets.toml, or SOURCES__DAFTRA__SUBDOMAIN "
    "and SOURCES__DAFTRA__API_KEY in the environment (or pass client=)"
)


def daftra_source(
    client: Daftra | None = None,
    resources: Iterable[str] | None = None,
    *,
    start_date: dt.date | str | None = None,
    full_scan: bool = False,
    page_size: int = DEFAULT_PAGE_SIZE,
    concurrency: int = DEFAULT_CONCURRENCY,
    on_progress: OnProgress | None = None,
) -> DltSource:
    """The dlt source of a Daftra account: one resource per name in ``resources`` (all of
    :func:`resource_names` by default).

    Without a ``client``, the account comes from dlt's config and secrets, section
    ``sources.daftra``: ``subdomain`` or ``base_url``, and ``api_key`` or ``token``
    (``.dlt/config.toml``, ``.dlt/secrets.toml``, or variables such as
    ``SOURCES__DAFTRA__API_KEY``; the ``DAFTRA_*`` variables fill in what dlt has not).
    That client is opened while the source runs and closed after; a client passed is
    left open.

    ``start_date`` (a date, a date-time in the account's time, or ISO text; also read
    from ``sources.daftra.start_date``): records last changed before it are not brought
    in, and a resource whose changes can be asked for reads only those since it on its
    first run. ``full_scan`` reads every record even where changes could be asked for,
    which also finds records deleted since the last scan. ``concurrency`` bounds the
    ``get`` calls in flight for a page's details (the client's own ``max_concurrency``
    applies as well).

    Raises :class:`ValueError` for a name that is not a loadable resource or a bad
    option, :class:`TypeError` for a first argument that is not a client, and
    :class:`~daftra_facade.ConfigurationError` when no client is passed and the config
    names no account or credentials."""
    if client is not None and not isinstance(client, Daftra):
        raise TypeError(
            f"daftra_source's first argument is a Daftra client, not {type(client).__name__}: "
            "pass the resources as resources=[...]"
        )
    if isinstance(resources, str):
        resources = [resources]
    known = resource_names()
    chosen = list(known if resources is None else resources)
    unknown = [name for name in chosen if name not in known]
    if unknown:
        raise ValueError(
            f"not a resource the source can load: {', '.join(unknown)} (known: {', '.join(known)})"
        )
    if page_size < 1 or concurrency < 1:
        raise ValueError("page_size and concurrency must be at least 1")
    given: dict[str, Any] = {}
    if start_date is not None:
        given["start_date"] = start_date if isinstance(start_date, str) else start_date.isoformat()

    # dlt resolves these from its config where they are not passed (None counts as passed).
    @dlt.source(name=SOURCE_NAME, section=SOURCE_NAME, max_table_nesting=2, root_key=True)
    def daftra(
        subdomain: str | None = dlt.config.value,
        base_url: str | None = dlt.config.value,
        api_key: TSecretStrValue | None = dlt.secrets.value,
        token: TSecretStrValue | None = dlt.secrets.value,
        start_date: str | None = None,
    ) -> list[DltResource]:
        if client is not None:
            account = Account(client)
        else:
            settings = {"subdomain": subdomain, "base_url": base_url}
            account = Account.configured(
                {**settings, "api_key": api_key, "token": token}, _CONFIGURED
            )
        start = _start(start_date)
        return [
            Reader(account, name, full_scan, page_size, concurrency, on_progress, start).resource()
            for name in dict.fromkeys(chosen)
        ]

    source: DltSource = daftra(**given)
    return source


def _start(value: str | None) -> dt.datetime | None:
    """The start date as the account's local time (a date starts at midnight)."""
    if value is None:
        return None
    try:
        start = dt.datetime.fromisoformat(str(value))
    except ValueError:
        raise ValueError(
            f"start_date {value!r} is not a date (YYYY-MM-DD) or date-time (YYYY-MM-DD HH:MM)"
        ) from None
    if start.tzinfo is not None:
        raise ValueError(
            f"start_date {value!r} has a time zone: give the account's local time, without one"
        )
    return start
