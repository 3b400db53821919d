"""What the library knows of each ``client.<name>`` resource, described for tools.

A tool built on the library (the ``daftra`` command is one) asks here what a resource
can do, which list filters it takes, which business keys find its records, which
related records a document may name by key, and how its ids are typed, instead of
reading the resource classes or the spec::

    >>> from daftra_facade.resource_info import resource_info
    >>> invoices = resource_info("invoices")
    >>> invoices.can("bulk_create"), invoices.keys[:1]
    (True, ('po_number',))

Everything here is read from the resources' one declaration
(:mod:`daftra_facade.resources.catalogue`) and the spec; nothing is stored twice.
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import attrs

from .errors import DaftraError
from .resources.capabilities import ACTION_CAPABILITIES, ResourceSpec
from .resources.catalogue import Declaration, declared_resources
from .resources.facts import Reference
from .resources.finding import business_key, key_names
from .resources.upsert import Upsertable
from .wire.bodies import as_payload
from .wire.decoding import SchemaNode, rows_node
from .wire.encoding import text_problem
from .wire.operations import Operation
from .wire.shapes import documented_part
from .wire.specification import load_spec, operations
from .wire.validation import body_problems

__all__ = ["ListFilter", "Reference", "ResourceInfo", "all_resources", "resource_info"]

# The longest business key looked up (an email, phone, product code): longer ones are
# refused, not sent in a query string.
KEY_LENGTH = 1_000
# Arguments of every listing that are paging, not filtering.
_PAGING = frozenset({"page", "limit", "level"})
# The list filters a "created or dated since" bound goes by, with the record field each
# bounds, in the order they are preferred.
_SINCE_FILTERS = (("created_from", "created"), ("date_from", "date"))
# Documents: records with lines that may name their client, supplier and products by key.
_DOCUMENT_MODELS = frozenset(
    {
        "Invoice",
        "Estimate",
        "CreditNote",
        "RefundReceipt",
        "PurchaseOrder",
        "PurchaseRefund",
        "WorkOrder",
    }
)


@attrs.frozen
class ListFilter:
    """An argument a resource's listing takes: ``required`` when no listing can do
    without it, ``text`` when it takes text and never a number (an id the spec types as
    a string: ``007`` stays ``007``)."""

    name: str
    required: bool
    text: bool


@attrs.frozen
class ResourceInfo:
    """One ``client.<name>`` resource, described (see the module's docstring)."""

    name: str
    _declaration: Declaration = attrs.field(repr=False, alias="declaration")

    @property
    def _spec(self) -> ResourceSpec:
        return self._declaration.spec

    @property
    def actions(self) -> frozenset[str]:
        """What the resource serves on its records: ``list``, ``get`` (by id),
        ``create``, ``update``, ``delete``, ``bulk_create`` and ``upsert`` (create or
        edit by a business key)."""
        return _actions(self.name)

    def can(self, action: str) -> bool:
        """Whether the resource serves ``action`` (one of :attr:`actions`' names)."""
        return action in self.actions

    @property
    def model_key(self) -> str:
        """The member a v1 record sits under (``Invoice``); a v2 record is flat."""
        return self._spec.model_key

    @property
    def api(self) -> str:
        """``"v1"`` for the CakePHP API under ``/api2``, ``"v2"`` for the entity API."""
        return "v1" if self._spec.pages.kind == "v1" else "v2"

    @property
    def description(self) -> str:
        """The spec's description of the resource's group of endpoints."""
        return _tag_descriptions().get(self._spec.tag, "")

    @property
    def keys(self) -> tuple[str, ...]:
        """The business keys the resource's records can be found (and upserted) by,
        ``custom_field:<label>`` last where custom fields can be one."""
        return tuple(key_names(self._spec))

    @property
    def reference(self) -> Reference | None:
        """How a document names a record of this resource by a business key instead of
        its id (the option, the id field, whether in the document's lines)."""
        return self._declaration.facts.reference

    @property
    def document(self) -> bool:
        """Whether the resource's records are documents with lines (invoices, estimates,
        purchase invoices…), which may name related records by key."""
        return self.model_key in _DOCUMENT_MODELS

    @property
    def seeded(self) -> bool:
        """Whether a new embedded sandbox starts with a record 1 of it."""
        return self._declaration.facts.seeded

    @property
    def example_needs(self) -> str | None:
        """What the documented create body refers to that a new sandbox lacks, if any."""
        return self._declaration.facts.example_needs

    @property
    def create_operation(self) -> tuple[str, bool] | None:
        """The operation new records are sent by, and whether it takes a list of them
        (the bulk endpoint, where there is one); None where records cannot be created."""
        spec = self._spec
        if spec.bulk_create:
            return spec.bulk_create, True
        return (spec.create, False) if spec.create else None

    def key_value_problem(self, value: str) -> str | None:
        """Why ``value`` cannot be looked up as a business key (longer than a query may
        carry it, or holding a NUL or a lone surrogate), or None where it can."""
        return text_problem(value, KEY_LENGTH)

    def key_value(
        self, record: Mapping[str, Any], key: str | None = None
    ) -> tuple[str, str] | None:
        """The business key an add body gives, as ``(name, value)``: ``key`` if named,
        else the first of :attr:`keys` the body fills; None when it gives none."""
        spec = self._spec
        member = spec.model_key if self.api == "v1" else None
        keys = [business_key(spec, key)] if key else list(spec.facts.keys)
        for candidate in keys:
            value = candidate.read(record, member)
            if value:
                return candidate.name, value
        return None

    def list_filters(self) -> Mapping[str, ListFilter]:
        """Every argument the listing takes beyond paging, by the name a caller gives
        (``type``, not the generated ``type_``); arguments every call carries already
        (a workflow's id) are left out."""
        return _list_filters(self.name)

    def since_filter(self) -> tuple[str | None, str]:
        """The list filter bounding records created (or dated) from a day, if the
        listing has one, and the record field that bound is about."""
        filters = self.list_filters()
        for server, record_field in _SINCE_FILTERS:
            if server in filters:
                return server, record_field
        return None, "created"

    @property
    def row_schema(self) -> SchemaNode | None:
        """The compiled schema of one listed record (None where nothing is listed)."""
        spec = self._spec
        return rows_node(spec.list, spec.pages.rows_path) if spec.list else None

    def field_is_text(self, name: str) -> bool:
        """Whether a listed record's field (dotted for a nested one) is documented as
        text, so that ``007`` is compared as text and not as the number 7."""
        row = self.row_schema
        member = row.member(name) if row is not None else None
        return member is not None and member.kind == "string"

    def documented(self, record: Any) -> Any:
        """A listed record (a model, or its dict) as JSON values, keeping only the
        members the spec documents: what an export writes."""
        data = record.to_dict() if hasattr(record, "to_dict") else record
        return documented_part(data, self.row_schema)

    def own_fields(self, record: Mapping[str, Any]) -> Mapping[str, Any]:
        """The record's own fields: the ``model_key`` member of a v1 record (whose other
        members are related records), the record itself for a v2 one."""
        inner = record.get(self.model_key)
        return inner if isinstance(inner, Mapping) else record

    def record_id(self, text: str, action: str = "get") -> int | str:
        """A record id given as text (a command-line argument), typed as the spec types
        the ids of ``action``: a number, or text kept as written (``007``)."""
        spec = self._spec
        operation_id = getattr(spec, action, None)
        if not isinstance(operation_id, str):
            raise ValueError(f"{self.name} cannot {action}")
        return Operation(spec.tag, operation_id, spec.bound).record_id_from_text(text)

    def create_example(self) -> dict[str, Any] | None:
        """One record's create body as Daftra's documentation shows it, if it does."""
        found = self.create_operation
        known = operations().get(found[0]) if found else None
        if found is None or known is None:
            return None
        request: Mapping[str, Any] = known[2].get("requestBody") or {}
        content = request.get("content", {}).get("application/json", {})
        example = content.get("example")
        if example is None:
            shown: Mapping[str, Any] = next(iter(content.get("examples", {}).values()), {})
            example = shown.get("value")
        if isinstance(example, list) and example and found[1]:
            example = example[0]
        return example if isinstance(example, dict) else None

    def body_problems(
        self, record: object, *, index: int = 0, undocumented: tuple[str, ...] = ()
    ) -> dict[str, tuple[str, ...]]:
        """Everything the client would refuse in ``record`` as a new record, by field
        (dotted: ``Invoice.client_id``), without sending it; empty when it would be
        sent. A value that cannot be written as JSON at all (a NUL in a text) is named
        under ``records[<index>]``."""
        found = self.create_operation
        if found is None:
            return {"": (f"{self.name} cannot be created",)}
        operation_id, bulk = found
        where = f"records[{index}]"
        try:
            payload = as_payload(record, where=where)
            problems = body_problems(operation_id, payload, element=bulk, undocumented=undocumented)
        except DaftraError as exc:  # a value the client cannot even write as JSON
            return {where: (exc.message,)}
        return {name: tuple(why) for name, why in problems.items()}


def resource_info(name: str) -> ResourceInfo:
    """The resource ``client.<name>``; ``KeyError`` naming it where there is none."""
    found = all_resources().get(name)
    if found is None:
        raise KeyError(f"no resource {name!r}")
    return found


@functools.cache
def all_resources() -> Mapping[str, ResourceInfo]:
    """Every resource of the client, by its attribute name, in declaration order."""
    return MappingProxyType(
        {name: ResourceInfo(name, declared) for name, declared in declared_resources().items()}
    )


@functools.cache
def _actions(name: str) -> frozenset[str]:
    sync_class = declared_resources()[name].sync_class
    served = {
        action
        for action, (capability, _) in ACTION_CAPABILITIES.items()
        if issubclass(sync_class, capability)
    }
    if issubclass(sync_class, Upsertable):
        served.add("upsert")
    return frozenset(served)


@functools.cache
def _tag_descriptions() -> Mapping[str, str]:
    return {tag["name"]: tag.get("description", "") for tag in load_spec().get("tags", [])}


@functools.cache
def _list_filters(name: str) -> Mapping[str, ListFilter]:
    spec = declared_resources()[name].spec
    if not spec.list:
        return MappingProxyType({})
    found: dict[str, ListFilter] = {}
    for python_name, parameter in Operation(spec.tag, spec.list, spec.bound).parameters().items():
        given = python_name.removesuffix("_")
        if given in _PAGING or given in spec.bound or given == "body":
            continue
        required = parameter.default is parameter.empty
        found[given] = ListFilter(given, required, _takes_text_only(parameter.annotation))
    return MappingProxyType(found)


def _takes_text_only(annotation: object) -> bool:
    kinds: set[object] = set()
    for option in typing.get_args(annotation) or (annotation,):
        inner = typing.get_args(option) if typing.get_origin(option) is list else (option,)
        kinds.update(inner)
    return str in kinds and int not in kinds
