"""Generic resource behaviour, written once; each resource only declares its endpoints.

A resource class mixes in the capabilities its endpoints support and names them in a
:class:`ResourceSpec`::

    class Invoices(Listable["Invoice"], Retrievable["InvoiceView"], Creatable, ...):
        spec = ResourceSpec(tag="invoices", model_key="Invoice", list="listInvoices", ...)
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

import attrs

from ._bodies import JsonBody, as_payload
from ._bulk import BulkProgress, BulkResult, run_bulk
from ._config import V1_PREFIX
from ._errors import InvalidInputError, UnparseableResponseError
from ._numbers import as_int, as_record_id
from ._operations import Operation, module_name
from ._pagination import Page, iterate_items
from ._validation import body_errors

if TYPE_CHECKING:
    from ._transport import Transport

ItemT = TypeVar("ItemT")
ViewT = TypeVar("ViewT")


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
    # Extra fields of a bulk success element worth reporting (e.g. the invoice number).
    bulk_number_field: str | None = None
    # Query parameters the bulk endpoint is documented to take, sent as documented.
    bulk_query: Mapping[str, str] = attrs.field(factory=dict)
    prefix: str = V1_PREFIX


class Resource:
    """Base of every resource: holds the transport and resolves operations by action."""

    spec: ClassVar[ResourceSpec]

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def _operation(self, action: str) -> Operation:
        operation_id = getattr(self.spec, action)
        if operation_id is None:  # only reachable by calling a mixin method directly
            raise NotImplementedError(f"{type(self).__name__} has no {action} endpoint")
        return Operation(self.spec.tag, operation_id, self.spec.prefix)

    def _checked_payload(self, action: str, body: object) -> dict[str, Any]:
        payload = as_payload(body)
        problems = body_errors(getattr(self.spec, action), payload)
        if problems:
            details = "; ".join(f"{path}: {', '.join(why)}" for path, why in problems.items())
            raise InvalidInputError(
                f"{type(self).__name__.lower()}.{action}: invalid body, not sent: {details}",
                field_errors=problems,
            )
        return payload

    def __repr__(self) -> str:
        return f"<{type(self).__name__} resource>"


def _check_id(record_id: int) -> int:
    if isinstance(record_id, bool) or not isinstance(record_id, int) or record_id < 1:
        raise InvalidInputError(f"record id must be a positive integer, not {record_id!r}")
    return record_id


class Listable(Resource, Generic[ItemT]):
    def list(self, *, page: int = 1, limit: int = 20, **filters: Any) -> Page[ItemT]:
        """One page of records. Filters are the endpoint's documented query parameters;
        an undocumented one raises :class:`InvalidInputError` rather than being ignored
        by the server (Daftra silently ignores filters it does not know)."""
        if page < 1 or limit < 1:
            raise InvalidInputError(f"page and limit must be at least 1 (got {page}, {limit})")
        envelope = self._operation("list").call(
            self._transport, page=page, limit=limit, **filters
        )
        rows: builtins.list[Any] = list(envelope.data)
        key = module_name(self.spec.model_key)
        pagination = envelope.pagination
        return Page(
            items=[getattr(row, key) for row in rows],
            page=as_int(pagination.page) or page,
            page_count=as_int(pagination.page_count),
            total_results=as_int(pagination.total_results),
            rows=rows,
            raw=envelope,
        )

    def iter(self, *, limit: int = 100, **filters: Any) -> Iterator[ItemT]:
        """Every record across all pages, fetched lazily page by page.

        Stops after the last page (``page_count``) or at the first empty page.
        """
        return iterate_items(lambda number: self.list(page=number, limit=limit, **filters))


class Retrievable(Resource, Generic[ViewT]):
    def get(self, id: int) -> ViewT:
        """One record with its related records; :class:`NotFoundError` if there is none."""
        view: ViewT = self._operation("get").call(self._transport, id=_check_id(id)).data
        return view


class Creatable(Resource):
    def create(self, body: object) -> int:
        """Create one record from a mapping or generated model; return the new id."""
        payload = self._checked_payload("create", body)
        answer = self._operation("create").call(self._transport, body=JsonBody(payload))
        record_id = as_record_id(answer.id)
        if record_id is None:
            raise UnparseableResponseError(
                f"{self.spec.create}: the answer carried no usable id ({answer.id!r})"
            )
        return record_id


class Updatable(Resource):
    def update(self, id: int, body: object) -> None:
        """Change a record; only the fields given are sent."""
        payload = self._checked_payload("update", body)
        self._operation("update").call(self._transport, id=_check_id(id), body=JsonBody(payload))


class Deletable(Resource):
    def delete(self, id: int) -> None:
        """Delete a record; :class:`NotFoundError` if there is none."""
        self._operation("delete").call(self._transport, id=_check_id(id))


class BulkCreatable(Resource):
    def bulk_create(
        self,
        records: Iterable[object],
        *,
        chunk_size: int = 50,
        validate: bool = True,
        on_progress: Callable[[BulkProgress], None] | None = None,
        **query: str,
    ) -> BulkResult:
        """Create many records, ``chunk_size`` per request; one outcome per input element.

        Elements that fail the specification's checks are rejected locally (never sent);
        the rest are sent and classified from the server's per-element answers. Nothing
        is re-sent: an element whose fate is unclear is reported as unknown.
        """
        operation = self._operation("bulk_create")
        operation_id = operation.operation_id
        parameters = {**self.spec.bulk_query, **query}

        def send_chunk(payloads: builtins.list[dict[str, Any]]) -> object:
            body = [JsonBody(payload) for payload in payloads]
            return operation.call_json(self._transport, body=body, **parameters)[1]

        return run_bulk(
            records,
            chunk_size=chunk_size,
            to_payload=lambda record, index: as_payload(record, where=f"records[{index}]"),
            validate=(lambda payload: body_errors(operation_id, payload, element=True))
            if validate
            else None,
            send_chunk=send_chunk,
            number_field=self.spec.bulk_number_field,
            on_progress=on_progress,
        )
