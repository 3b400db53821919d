"""How a bulk call runs: one value for ``bulk_create``, ``create_many`` and ``upsert``.

Each of them takes ``options=BulkOptions(...)`` and, beside it, any field of
:class:`BulkOptions` as a keyword of the same name, which overrides the value's own
(``options=nightly, job="orders"``): a caller keeps a value for a whole sync and varies
one field per call. The keywords are typed by :class:`BulkSettings`, which a test holds to
the fields of :class:`BulkOptions`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING, Any, TypedDict, cast

import attrs

from ..errors import InvalidInputError
from .outcomes import BulkProgress

if TYPE_CHECKING:
    from .journal import JobStore

DEFAULT_CHUNK_SIZE = 50
DEFAULT_CONCURRENCY = 4


def _at_least_one(name: str) -> Callable[[Any, Any, Any], None]:
    def check(_instance: Any, _attribute: Any, value: Any) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise InvalidInputError(f"{name} must be a whole number of at least 1, not {value!r}")

    return check


def _settle_window(_instance: Any, _attribute: Any, value: Any) -> None:
    if value is None:
        return
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value < 0
    ):
        raise InvalidInputError(f"settle_window must be 0 or more seconds, not {value!r}")


def _job_name(_instance: Any, _attribute: Any, value: Any) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(f"job must be a name (text), not {value!r}")


@attrs.frozen(kw_only=True)
class BulkOptions:
    """How a bulk call runs (every field has the default shown).

    - ``chunk_size``: elements per request of ``bulk_create`` (``create_many`` and
      ``upsert`` send one element a request: they leave a value's ``chunk_size`` and
      ``allow_duplicates`` aside, and refuse either as a keyword);
    - ``concurrency``: requests in flight at a time;
    - ``validate``: check each element against the specification before sending, and
      reject it locally (never sent) if it fails;
    - ``undocumented_fields``: dotted field paths (``InvoiceItem.serial``) to send although
      the specification does not document them (``"*"``: every field);
    - ``on_progress``: called with the running counts after each chunk;
    - ``journal``: a :class:`~daftra_facade.JobStore` keeping every element's state, so
      that running the same ``job`` again skips what was settled and looks up what was
      sent without a settled answer; ``job`` names the job in it; ``retry_rejected``
      sends again the rejected elements whose input changed since;
    - ``settle_window``: seconds a lost create may still commit, during which its absence
      proves nothing (None: the client's);
    - ``allow_duplicates``: ``bulk_create`` only: send elements carrying their own
      reference without looking it up before and after.
    """

    chunk_size: int = attrs.field(default=DEFAULT_CHUNK_SIZE, validator=_at_least_one("chunk_size"))
    concurrency: int = attrs.field(
        default=DEFAULT_CONCURRENCY, validator=_at_least_one("concurrency")
    )
    validate: bool = True
    undocumented_fields: Collection[str] = attrs.field(default=(), converter=tuple)
    on_progress: Callable[[BulkProgress], None] | None = None
    journal: JobStore | None = None
    job: str = attrs.field(default="default", validator=_job_name)
    retry_rejected: bool = False
    settle_window: float | None = attrs.field(default=None, validator=_settle_window)
    allow_duplicates: bool = False

    def merged(self, call: str, settings: BulkSettings) -> BulkOptions:
        """These options with the keywords of one call to ``call`` over them; a keyword
        that is not an option is refused, naming it."""
        known = attrs.fields_dict(BulkOptions)
        unknown = sorted(set(settings) - set(known))
        if unknown:
            raise InvalidInputError(
                f"{call} does not take {', '.join(unknown)}; its options are: {', '.join(known)}"
            )
        return attrs.evolve(self, **cast("dict[str, Any]", settings)) if settings else self


class BulkSettings(TypedDict, total=False):
    """The fields of :class:`BulkOptions`, as keywords of a bulk call."""

    chunk_size: int
    concurrency: int
    validate: bool
    undocumented_fields: Collection[str]
    on_progress: Callable[[BulkProgress], None] | None
    journal: JobStore | None
    job: str
    retry_rejected: bool
    settle_window: float | None
    allow_duplicates: bool


NO_OPTIONS = BulkOptions()


# What only bulk_create does: asked of a call sending one element a request, refused.
_BULK_CREATE_ONLY = {
    "chunk_size": "{call} sends one element a request: chunk_size is for bulk_create",
    "allow_duplicates": "{call} looks every created record up again: "
    "allow_duplicates is for bulk_create",
}


def bulk_options(
    call: str, options: BulkOptions | None, settings: BulkSettings, *, chunks: bool = True
) -> BulkOptions:
    """The options of one call: ``options`` (default: every field's default), with the
    call's keywords over them; a call without ``chunks`` refuses the keywords that only
    a chunked call (``bulk_create``) takes."""
    if options is not None and not isinstance(options, BulkOptions):
        raise InvalidInputError(
            f"{call}: options must be a BulkOptions, not a {type(options).__name__}"
        )
    for name in () if chunks else sorted(set(settings) & set(_BULK_CREATE_ONLY)):
        raise InvalidInputError(_BULK_CREATE_ONLY[name].format(call=call))
    return (options or NO_OPTIONS).merged(call, settings)
