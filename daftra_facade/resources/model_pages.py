"""A list page read with each row touched once: records built straight from the answer
into their models (:mod:`daftra_facade.wire.model_rows`), the rows with their related
records and the whole answer's model built only if read."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..errors import UndecodableRecordError
from ..pagination import Later, Page
from ..wire.decoding import DecodeFailure, RowFailure, rows_node
from ..wire.model_rows import RowReader, row_reader
from ..wire.schema_nodes import _all_null

if TYPE_CHECKING:
    import httpx

    from ..wire.operations import Operation
    from .specs import PageShape


def model_page(
    operation: Operation,
    shape: PageShape,
    model_key: str,
    fetched: tuple[httpx.Response, Any],
    number: int,
) -> tuple[Page[Any], list[RowFailure]] | None:
    """Page ``number`` of a list answered 200, with the rows that could not be read; None
    where its rows cannot be read this way (no generated row model with wire members, or
    no list of rows where the shape says): the general path reads it then."""
    response, data = fetched
    reader = row_reader(rows_node(operation.operation_id, shape.rows_path))
    raw_rows = _member_at(data, shape.rows_path)
    if reader is None or not isinstance(raw_rows, list):
        return None
    # The envelope without its rows: decoded (and so checked) as the spec says.
    frame = operation.decoded(response, _replaced(data, shape.rows_path, []))
    empties = reader.row_empties
    items: list[Any] = []
    kept: list[Any] = []
    failures: list[RowFailure] = []
    for index, row in enumerate(raw_rows):
        if row is None or (type(row) is str and row in empties):
            continue  # no row at all, as decode_rows leaves it out
        if type(row) is dict and _all_null(row):
            continue
        try:
            items.append(reader.record(row))
        except DecodeFailure as failure:
            failures.append(RowFailure(index, failure, row))
        else:
            kept.append((index, row))
    counted = shape.dict_page(frame, model_key, number)
    page = Page(
        items=items,
        page=counted.page,
        page_count=counted.page_count,
        total_results=counted.total_results,
        rows=Later(lambda: _rows(reader, kept, items, operation, response, number)),
        raw=Later(lambda: _whole(operation, response, data, shape)),
    )
    return page, failures


def _rows(
    reader: RowReader,
    kept: list[tuple[int, Any]],
    items: list[Any],
    operation: Operation,
    response: httpx.Response,
    number: int,
) -> list[Any]:
    """The rows as models, each holding the record already built for it."""
    rows = []
    for (index, row), item in zip(kept, items, strict=True):
        try:
            rows.append(reader.row(row, item))
        except DecodeFailure as failure:
            raise UndecodableRecordError(
                f"{operation.operation_id} page {number}, row {index}: could not read "
                f"{failure} in a related record",
                page=number,
                row=index,
                field=failure.where,
                raw=row,
                status=response.status_code,
                response=response,
            ) from failure
    return rows


def _whole(operation: Operation, response: httpx.Response, data: Any, shape: PageShape) -> Any:
    """The whole answer as its generated model, read the general way (its readable rows)."""
    decoded, _ = operation.decoded_rows(response, data, shape.rows_path)
    return operation.parse(response, decoded, decoded=True)


def _member_at(data: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        data = data.get(key) if isinstance(data, Mapping) else None
    return data


def _replaced(data: Any, path: tuple[str, ...], value: Any) -> Any:
    """A shallow copy of ``data`` with the member at ``path`` set to ``value``."""
    if not path or not isinstance(data, Mapping):
        return value
    return {**data, path[0]: _replaced(data.get(path[0]), path[1:], value)}
