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
class PageShape:
    """How a list endpoint pages: its page-size parameter and where rows and counts are.

    ``v1``: ``{data: [{Model: …}, …], pagination: {page, page_count, total_results}}``,
    sized by ``limit``. ``v2``: a Laravel paginator ``{data: [record, …], current_page,
    last_page, total}``, sized by ``per_page``. ``payload``: the envelope some v2 entities
    use, ``{payload: {data: […], pagination: {current_page, total, has_more_pages}}}``.
    """

    kind: Literal["v1", "v2", "payload"]

    @property
    def size_parameter(self) -> str:
        return "limit" if self.kind == "v1" else "per_page"

    @property
    def rows_path(self) -> tuple[str, ...]:
        """Where the list of rows sits in the answer."""
        return ("payload", "data") if self.kind == "payload" else ("data",)

    def more(self, data: object) -> bool:
        """Whether a fetched page says another follows, read before parsing it."""
        if self.kind == "payload":
            data = data.get("payload") if isinstance(data, Mapping) else None
        if not isinstance(data, Mapping) or not data.get("data"):
            return False
        counts = data if self.kind == "v2" else data.get("pagination")
        if not isinstance(counts, Mapping):
            return True  # without counts, read on until an empty page
        if self.kind == "payload":
            return counts.get("has_more_pages") is not False
        page_key, last_key = (
            ("page", "page_count") if self.kind == "v1" else ("current_page", "last_page")
        )
        page, last = as_int(counts.get(page_key)), as_int(counts.get(last_key))
        return page is None or last is None or page < last

    def page(self, envelope: Any, model_key: str, number: int) -> Page[Any]:
        if self.kind == "payload":
            envelope = envelope.payload
        rows: builtins.list[Any] = list(envelope.data)
        if self.kind == "v1":
            key = module_name(model_key)
            counts = envelope.pagination
            return Page(
                items=[getattr(row, key) for row in rows],
                page=as_int(counts.page) or number,
                page_count=as_int(counts.page_count),
                total_results=as_int(counts.total_results),
                rows=rows,
                raw=envelope,
            )
        counts = envelope if self.kind == "v2" else envelope.pagination
        return Page(
            items=rows,
            page=as_int(getattr(counts, "current_page", None)) or number,
            page_count=as_int(getattr(counts, "last_page", None)),
            total_results=as_int(getattr(counts, "total", None)),
            rows=rows,
            raw=envelope,
        )

    def dict_page(self, decoded: Any, model_key: str, number: int) -> Page[Any]:
        """:meth:`page` for an answer left as decoded JSON (dicts, not models)."""
        envelope = decoded.get("payload") if self.kind == "payload" else decoded
        envelope = envelope if isinstance(envelope, Mapping) else {}
        rows: builtins.list[Any] = list(envelope.get("data") or ())
        counts = envelope if self.kind == "v2" else envelope.get("pagination")
        counts = counts if isinstance(counts, Mapping) else {}
        if self.kind == "v1":
            return Page(
                items=[row.get(model_key) if isinstance(row, Mapping) else None for row in rows],
                page=as_int(counts.get("page")) or number,
                page_count=as_int(counts.get("page_count")),
                total_results=as_int(counts.get("total_results")),
                rows=rows,
                raw=decoded,
            )
        return Page(
            items=rows,
            page=as_int(counts.get("current_page")) or number,
            page_count=as_int(counts.get("last_page")),
            total_results=as_int(counts.get("total")),
            rows=rows,
            raw=decoded,
        )


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
