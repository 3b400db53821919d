"""The client a source's resources read through: the caller's, or one opened from settings
(dlt's config) while the source runs."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Mapping
from typing import Any

from ..client import Daftra
from ..errors import ConfigurationError
from ..settings import resolve_settings

__all__ = ["Account"]

# What resolve_settings needs beside the settings given (which Daftra defaults).
_NO_SETTINGS = {"subdomain": None, "api_key": None, "token": None, "base_url": None, "timeout": 1.0}


class Account:
    """The client every resource of one source shares (one pace, one concurrency cap).

    A client the caller passed is used as it is and left open. Otherwise a client is
    opened from ``settings`` (:class:`~daftra_facade.Daftra`'s arguments) when the first
    resource starts reading and closed when the last one ends, so a source built and
    never run holds no connection; a source run again opens another."""

    def __init__(
        self, client: Daftra | None = None, settings: Mapping[str, Any] | None = None
    ) -> None:
        self._given = client
        self._settings = dict(settings or {})
        self._opened: Daftra | None = None
        self._users = 0
        self._lock = threading.Lock()

    @classmethod
    def configured(cls, settings: Mapping[str, Any], where: str) -> Account:
        """An account opened from ``settings``, checked now: a missing account or
        credentials raise :class:`~daftra_facade.ConfigurationError` naming ``where``
        they are looked for (the ``DAFTRA_*`` environment fills in what is missing, as
        for any client)."""
        try:
            resolve_settings(**{**_NO_SETTINGS, **settings})
        except ConfigurationError as exc:
            raise ConfigurationError(
                f"daftra_source: {exc}; it reads its account from {where}"
            ) from None
        return cls(settings=settings)

    @contextlib.contextmanager
    def lease(self) -> Iterator[Daftra]:
        """The client, for as long as one resource reads."""
        if self._given is not None:
            yield self._given
            return
        with self._lock:
            if self._opened is None:
                self._opened = Daftra(**self._settings)
            self._users += 1
            client = self._opened
        try:
            yield client
        finally:
            with self._lock:
                self._users -= 1
                if self._users == 0:
                    self._opened = None
                    client.close()
