"""What a resource is: where its endpoints are and how its lists page.

A :class:`ResourceSpec` names a resource's operations; a :class:`PageShape` says how its
list answers page and where their rows are. The capability classes read both.
"""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable, Mapping
from typing import Any, Literal

import attrs

from ..bulk.references import (
    ReferenceSpec,
)
from ..filters import Query
from ..pagination import (
    Page,
)
from ..wire.decoding import SchemaNode, rows_node
from ..wire.numbers import RecordId, as_int, as_record_id
from ..wire.operations import Operation, module_name
from .facts import NO_FACTS, ResourceFacts


@attrs.frozen
class Envelope:
    """Where one kind of list answer keeps its rows and its counts, and so how to read
    a page of it: the one reader of that envelope, as data."""

    size_parameter: str
    # Where the list of rows sits in the answer; the members before the last lead to the
    # envelope proper (the paginator).
    rows_path: tuple[str, ...]
    # The envelope's member holding the counts (None: the envelope itself).
    counts_at: str | None
    page_key: str
    last_key: str
    total_key: str
    # A flag that tells whether another page follows, where the counts give one.
    more_key: str | None = None
    # v1 rows wrap their record in the model's name ({"Client": {...}}).
    rows_wrapped: bool = False

    def more(self, data: object) -> bool:
        """Whether a fetched page (decoded JSON) says another follows."""
        container = _walk_mapping(data, self.rows_path[:-1])
        if container is None or not container.get(self.rows_path[-1]):
            return False
        counts = container if self.counts_at is None else container.get(self.counts_at)
        if not isinstance(counts, Mapping):
            return True  # without counts, read on until an empty page
        if self.more_key is not None:
            return counts.get(self.more_key) is not False
        page, last = as_int(counts.get(self.page_key)), as_int(counts.get(self.last_key))
        return page is None or last is None or page < last

    def last_page(self, data: object) -> int | None:
        """The number of the last page, as a fetched page (decoded JSON) counts it;
        None when it does not say."""
        path = self.rows_path[:-1] + ((self.counts_at,) if self.counts_at is not None else ())
        counts = _walk_mapping(data, path)
        return None if counts is None else as_int(counts.get(self.last_key))

    def page(self, answer: Any, model_key: str, number: int) -> Page[Any]:
        """The page of an answer made into the generated models."""
        container = answer
        for member in self.rows_path[:-1]:
            container = getattr(container, member)
        rows: builtins.list[Any] = list(getattr(container, self.rows_path[-1]))
        counts = container if self.counts_at is None else getattr(container, self.counts_at)
        key = module_name(model_key)
        return Page(
            items=[getattr(row, key) for row in rows] if self.rows_wrapped else rows,
            page=as_int(getattr(counts, self.page_key, None)) or number,
            page_count=as_int(getattr(counts, self.last_key, None)),
            total_results=as_int(getattr(counts, self.total_key, None)),
            rows=rows,
            raw=container,
        )

    def dict_page(self, decoded: Any, model_key: str, number: int) -> Page[Any]:
        """:meth:`page` for an answer left as decoded JSON (dicts, not models)."""
        container = _walk_mapping(decoded, self.rows_path[:-1]) or {}
        rows: builtins.list[Any] = list(container.get(self.rows_path[-1]) or ())
        counts = container if self.counts_at is None else container.get(self.counts_at)
        counts = counts if isinstance(counts, Mapping) else {}
        return Page(
            items=[row.get(model_key) if isinstance(row, Mapping) else None for row in rows]
            if self.rows_wrapped
            else rows,
            page=as_int(counts.get(self.page_key)) or number,
            page_count=as_int(counts.get(self.last_key)),
            total_results=as_int(counts.get(self.total_key)),
            rows=rows,
            raw=decoded,
        )


def _walk_mapping(data: object, path: tuple[str, ...]) -> Mapping[str, Any] | None:
    for member in path:
        data = data.get(member) if isinstance(data, Mapping) else None
    return data if isinstance(data, Mapping) else None


# The list envelopes Daftra answers with, each read by its own Envelope.
ENVELOPES: Mapping[str, Envelope] = {
    # {data: [{Model: …}, …], pagination: {page, page_count, total_results}}, sized by limit
    "v1": Envelope(
        "limit", ("data",), "pagination", "page", "page_count", "total_results", rows_wrapped=True
    ),
    # A Laravel paginator {data: [record, …], current_page, last_page, total}
    "v2": Envelope("per_page", ("data",), None, "current_page", "last_page", "total"),
    # Some v2 entities: {payload: {data: […], pagination: {current_page, total,
    # has_more_pages}}}
    "payload": Envelope(
        "per_page",
        ("payload", "data"),
        "pagination",
        "current_page",
        "last_page",
        "total",
        more_key="has_more_pages",
    ),
}


@attrs.frozen
class PageShape:
    """How a list endpoint pages: which envelope its answers come in (``ENVELOPES``)."""

    kind: Literal["v1", "v2", "payload"]

    @property
    def envelope(self) -> Envelope:
        return ENVELOPES[self.kind]

    @property
    def size_parameter(self) -> str:
        return self.envelope.size_parameter

    @property
    def rows_path(self) -> tuple[str, ...]:
        """Where the list of rows sits in the answer."""
        return self.envelope.rows_path

    def more(self, data: object) -> bool:
        """Whether a fetched page says another follows, read before parsing it."""
        return self.envelope.more(data)

    def last_page(self, data: object) -> int | None:
        """The number of the last page, as a fetched page counts it (None: not told)."""
        return self.envelope.last_page(data)

    def page(self, envelope: Any, model_key: str, number: int) -> Page[Any]:
        return self.envelope.page(envelope, model_key, number)

    def dict_page(self, decoded: Any, model_key: str, number: int) -> Page[Any]:
        """:meth:`page` for an answer left as decoded JSON (dicts, not models)."""
        return self.envelope.dict_page(decoded, model_key, number)


Reshape = Callable[[Any], Any]


@functools.cache
def model_shaped_rows(operation_id: str, rows_path: tuple[str, ...]) -> Reshape | None:
    """:func:`_model_shaped` for one row of a list operation's answer."""
    return _model_shaped(rows_node(operation_id, rows_path))


def _model_shaped(node: SchemaNode | None) -> Reshape | None:
    """What turns a decoded value into the one the generated models' ``to_dict()`` give
    for it; None where the two are the same (nearly everywhere).

    The one difference: where a yes/no field may be a boolean or an integer enum (the
    spec's ``Flag``, 0 or 1), the generated parser reads a boolean as the enum, so the
    models give ``1``/``0`` where the decoder gives ``True``/``False``. Loaders that
    must land what the models give (the dlt source's columns) rely on that."""
    return _Reshaper().of(node)


class _Reshaper:
    """Compiles :func:`_model_shaped` once per schema node (schemas may be recursive)."""

    def __init__(self) -> None:
        self.made: dict[int, Reshape | None] = {}

    def of(self, node: SchemaNode | None) -> Reshape | None:
        if node is None:
            return None
        key = id(node)
        if key in self.made:
            return self.made[key]
        self.made[key] = None  # a schema met again inside itself: left as it is
        made = self._compile(node)
        self.made[key] = made
        return made

    def _compile(self, node: SchemaNode) -> Reshape | None:
        if node.kind == "union":
            kinds = {option.kind for option in node.options}
            if "boolean" in kinds and any(
                option.kind == "integer" and option.listed for option in node.options
            ):
                return _flag_of_boolean
            inner = [r for r in (self.of(option) for option in node.options) if r is not None]
            return inner[0] if len(inner) == 1 else None
        if node.kind == "array":
            item = self.of(node.item)
            if item is None:
                return None
            return lambda value: [item(v) for v in value] if type(value) is list else value
        if node.kind == "object":
            members = {
                name: reshape
                for name, child in node.children.items()
                if (reshape := self.of(child)) is not None
            }
            if not members:
                return None

            def reshape_object(value: Any) -> Any:
                if type(value) is not dict:
                    return value
                for name, reshape in members.items():
                    if name in value:
                        value[name] = reshape(value[name])
                return value

            return reshape_object
        return None


def _flag_of_boolean(value: Any) -> Any:
    return int(value) if type(value) is bool else value


V1_PAGES = PageShape("v1")
V2_PAGES = PageShape("v2")
PAYLOAD_PAGES = PageShape("payload")


@attrs.frozen
class ResourceSpec:
    """Where a resource's endpoints are: the generated tag and each action's operationId."""

    tag: str
    model_key: str
    list: str | None = None
    get: str | None = None
    create: str | None = None
    update: str | None = None
    delete: str | None = None
    bulk_create: str | None = None
    # A field of a bulk success element worth reporting (e.g. the invoice number).
    bulk_number_field: str | None = None
    # Query parameters the bulk endpoint is documented to take, sent as documented.
    bulk_query: Mapping[str, str] = attrs.field(factory=dict)
    # Where creates are stamped so that a lost answer can be settled (see bulk/references.py).
    reference: ReferenceSpec | None = None
    pages: PageShape = V1_PAGES
    # v2: the relation depth of list and show answers (the ``{level}`` path segment).
    level: int | None = None
    # Where a single read's record sits in the answer, dotted (v1 wraps it under ``data``).
    view_member: str | None = "data"
    # Path arguments every call carries (e.g. ``workflow_id`` of a workflow's records).
    bound: Mapping[str, Any] = attrs.field(factory=dict)
    # v2 filters every listing carries (advance payments are the invoices of type 19).
    list_query: Query | None = None
    # Query parameters a listing carries unless the caller gives them.
    list_defaults: Mapping[str, Any] = attrs.field(factory=dict)
    # What the finders, the database sync, the CLI and the sandbox's seed know about it.
    facts: ResourceFacts = NO_FACTS

    def read_id(self, value: object) -> RecordId | None:
        """An id the service sent for a record of this resource (a create's answer), typed
        as the resource's own operations type ids: a positive integer, or text where the
        spec says string (see :meth:`Operation.read_record_id`); None if unusable."""
        for operation_id in (self.get, self.update, self.delete):
            if operation_id is not None:
                return Operation(self.tag, operation_id, self.bound).read_record_id(value)
        return as_record_id(value)
