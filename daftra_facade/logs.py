"""The ``daftra`` logger tree, the redaction of credentials in what it records, and the one
function that shows it.

Like httpx, the library configures no handler of its own: its records go where the
application's logging sends them (nowhere unless it was configured; Python's last-resort
handler prints WARNING and above). :func:`setup_logging` (or ``DAFTRA_LOG=debug|info|
warning`` in the environment, or ``-v``/``-vv`` on the command line) adds one stderr
handler to the tree. The loggers:

- ``daftra.http`` (DEBUG): one line per request sent and per answer (method, URL, status,
  elapsed seconds, attempt).
- ``daftra.retry`` (INFO): a request sent again: why, and after how long.
- ``daftra.pace`` (INFO): the adaptive pace slowing down or speeding up.
- ``daftra.find`` (INFO): a create looked up by its reference before it is sent (again),
  and what was found.
- ``daftra.bulk`` (INFO): bulk runs: records settled by lookup, runs resumed.
- ``daftra.wire`` (WARNING): filters the service ignores, values kept as sent.
- ``daftra.sync``: the database sync.

Credentials never appear in a record: URLs pass :func:`redact_url` (query parameters
named like a key, token, password or secret) and any other text passes :func:`redact`.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

ROOT = "daftra"
ENVIRONMENT_VARIABLE = "DAFTRA_LOG"
LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}
REDACTED = "[redacted]"

http = logging.getLogger("daftra.http")
retry = logging.getLogger("daftra.retry")
pace = logging.getLogger("daftra.pace")
find = logging.getLogger("daftra.find")
bulk = logging.getLogger("daftra.bulk")
wire = logging.getLogger("daftra.wire")
sync = logging.getLogger("daftra.sync")

# Words in the names of fields that carry a credential (a query string, a form, JSON).
_SECRET_WORDS = r"api[-_]?key|token|password|secret|authorization|passwd"
_SECRET_NAME = re.compile(f"({_SECRET_WORDS})", re.IGNORECASE)
# `name=value` (query or form), `"name": "value"` (JSON) and `Bearer value` in free text.
_SECRET_PAIR = re.compile(
    rf"""(?P<name>["']?[\w-]*(?:{_SECRET_WORDS})"""
    r"""[\w-]*["']?\s*[:=]\s*)(?P<quote>["']?)(?P<value>[^"'&\s,;}]+)""",
    re.IGNORECASE,
)
_BEARER = re.compile(r"(Bearer\s+)[^\s\"',;]+", re.IGNORECASE)
# Marks the handler setup_logging adds, so calling it again replaces rather than adds.
_OWN_HANDLER = "_daftra_handler"


def redact_url(url: object) -> str:
    """``url`` with the value of every query parameter named like a credential replaced."""
    text = str(url)
    parts = urlsplit(text)
    if not parts.query:
        return text
    pairs = [
        (name, REDACTED if _SECRET_NAME.search(name) else value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
    ]
    return urlunsplit(parts._replace(query=urlencode(pairs, safe="[]")))


def redact(text: object, secrets: Iterable[str] = ()) -> str:
    """``text`` with the values of credential-named fields, bearer tokens and each of
    ``secrets`` (a client's own key, token or password) replaced."""
    result = str(text)
    for secret in secrets:
        if secret:
            result = result.replace(secret, REDACTED)
    result = _BEARER.sub(rf"\g<1>{REDACTED}", result)
    return _SECRET_PAIR.sub(rf"\g<name>\g<quote>{REDACTED}", result)


def level_named(level: str | int) -> int:
    """The logging level ``level`` names (``"debug"``, ``"info"``, ``"warning"``, or a
    number); a clear ValueError for anything else."""
    if isinstance(level, int):
        return level
    try:
        return LEVELS[level.strip().lower()]
    except KeyError:
        raise ValueError(f"unknown log level {level!r}: use one of {', '.join(LEVELS)}") from None


def setup_logging(level: str | int = "info") -> logging.Logger:
    """Show the ``daftra`` tree's records at ``level`` and above on standard error, one
    line each (time, level, logger, message). Calling it again changes the level; it
    never adds a second handler. Returns the tree's root logger."""
    logger = logging.getLogger(ROOT)
    logger.setLevel(level_named(level))
    for handler in logger.handlers:
        if getattr(handler, _OWN_HANDLER, False):
            break
    else:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%H:%M:%S")
        )
        setattr(handler, _OWN_HANDLER, True)
        logger.addHandler(handler)
    return logger


def setup_from_environment() -> None:
    """Apply ``DAFTRA_LOG`` if it is set (each client does this when it opens)."""
    level = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    if level:
        setup_logging(level)
