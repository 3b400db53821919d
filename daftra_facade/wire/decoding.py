"""Reading what Daftra really sends into the shapes the specification promises.

The live service answers loosely: v1 (CakePHP) sends every scalar as a string
(``"id": "244"``, ``"amount": "32999.9961"``, flags ``"0"``/``"1"``), writes missing values
as ``null``, ``""``, ``"None"`` or MySQL zero dates, sends empty objects as ``[]`` and a
missing related record as one whose every field is ``null``. The generated models read
only what the spec describes, so every answer passes through one decoder, compiled once
per schema from the bundled spec, before they see it:

- integers and numbers written as text become ``int`` and :class:`decimal.Decimal`
  (amounts are never ``float``: a JSON number is read through its shortest text);
- ``""``, ``"None"`` and zero dates become ``None`` where the spec allows null, and are
  left out (the model's ``Unset``) where it does not; text fields keep ``""``;
- ``[]`` becomes ``{}`` where the spec says object, ``{}`` becomes ``[]`` where it says
  array, and a related record whose fields are all ``null`` counts as missing;
- dates also arrive as ``dd/mm/yyyy`` or with a time; they are rewritten as ISO dates;
- related records nested inside the main one (a live invoice carries its ``Client``,
  ``InvoiceItem`` and ``InvoicePayment`` inside ``Invoice``) are moved beside it, where the
  documentation places them; the nested copy wins when both are there;
- keys the spec does not know are kept as they came, and so are values an ``enum`` does
  not list (the live service's value sets are open: journal lines' ``subkey``
  ``sales``, an account's ``entity_type`` ``other_expenses``).

What still does not fit raises :class:`DecodeFailure` naming the field's path, so a
list can report the one row that failed and keep the others. Scalars are read in
:mod:`.scalars` and schemas compiled in :mod:`.schema_nodes`; this module reads whole
answers.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

import attrs

from .scalars import _ABSENT, DecodeFailure
from .schema_nodes import SchemaNode, _compiler, _with_empties
from .specification import operations, request_schema_pointer

__all__ = [
    "DecodeFailure",
    "RowFailure",
    "SchemaNode",
    "answer_member_node",
    "conflicting_relations",
    "decode_answer",
    "decode_rows",
    "request_node",
    "rows_node",
]


def _response_schema(operation: Mapping[str, Any], status: int) -> Any:
    responses = operation.get("responses") or {}
    answer = (
        responses.get(str(status))
        or responses.get(f"{str(status)[0]}XX")
        or responses.get("default")
    )
    if not isinstance(answer, Mapping):
        return None
    if "$ref" in answer:
        answer = _compiler().resolve(answer["$ref"])
    media = (answer.get("content") or {}).get("application/json") or {}
    return media.get("schema")


@cache
def _answer_node(operation_id: str, status: int) -> SchemaNode | None:
    known = operations().get(operation_id)
    schema = _response_schema(known[2], status) if known else None
    return None if schema is None else _compiler().node(schema)


@cache
def request_node(operation_id: str, *, element: bool = False) -> SchemaNode | None:
    """The compiled request body schema of an operation (of one element, for bulk)."""
    pointer = request_schema_pointer(operation_id, element=element)
    return None if pointer is None else _compiler().node({"$ref": "#" + pointer})


def answer_member_node(operation_id: str, path: tuple[str, ...]) -> SchemaNode | None:
    """The compiled schema of the member at ``path`` of an operation's (200) answer
    (``("data",)``: the record a single read returns)."""
    node = _answer_node(operation_id, 200)
    for key in path:
        node = node.member(key) if node is not None else None
    return node


def conflicting_relations(operation_id: str, path: tuple[str, ...], data: Any) -> list[str]:
    """The related records a single read (``data``, the answer as sent) carries both
    inside its main record and beside it, with different contents. Reading takes the
    nested copy; an edit cannot know which one the service keeps."""
    node = answer_member_node(operation_id, path)
    for key in path:
        data = data.get(key) if isinstance(data, Mapping) else None
    if node is None or not isinstance(data, Mapping):
        return []
    main, beside = node.relations
    inner = data.get(main)
    if not beside or not isinstance(inner, Mapping):
        return []
    conflicts = []
    for name in beside:
        if name in inner and name in data:
            member = node.member(name)
            decode = _with_empties(member) if member is not None else (lambda value: value)
            try:
                same = decode(inner[name]) == decode(data[name])
            except DecodeFailure:
                same = False
            if not same:
                conflicts.append(name)
    return conflicts


def rows_node(operation_id: str, rows_path: tuple[str, ...]) -> SchemaNode | None:
    """The compiled schema of one row of a list operation's (200) answer."""
    node = _answer_node(operation_id, 200)
    for key in rows_path:
        node = node.children.get(key) if node is not None else None
    return node.item if node is not None else None


def decode_answer(operation_id: str, status: int, data: Any) -> Any:
    """An operation's answer decoded as its documented schema for ``status`` says.

    Answers with no documented schema are returned as they came; a value that cannot be
    read raises :class:`DecodeFailure` naming its path.
    """
    node = _answer_node(operation_id, status)
    if node is None:
        return data
    result = node.decode(data)
    return None if result is _ABSENT else result


@attrs.frozen
class RowFailure:
    """A list row that could not be read: where it was, why, and the row as it came."""

    index: int
    failure: DecodeFailure
    raw: Any


def decode_rows(
    operation_id: str, status: int, data: Any, rows_path: tuple[str, ...]
) -> tuple[Any, list[RowFailure]]:
    """A list answer decoded row by row: one unreadable row does not lose the others.

    Returns the decoded answer holding only the readable rows, and one
    :class:`RowFailure` per row left out. ``rows_path`` leads from the answer to its
    list of rows (``("data",)``, ``("payload", "data")``).
    """
    node = _answer_node(operation_id, status)
    rows: Any = data
    for key in rows_path:
        rows = rows.get(key) if isinstance(rows, Mapping) else None
        node = node.children.get(key) if node is not None else None
    if node is None or node.item is None or not isinstance(rows, list):
        return decode_answer(operation_id, status, data), []
    decode_row = _with_empties(node.item)
    good: list[Any] = []
    failures: list[RowFailure] = []
    for index, row in enumerate(rows):
        try:
            decoded = decode_row(row)
        except DecodeFailure as failure:
            failures.append(RowFailure(index, failure, row))
        else:
            if decoded is not _ABSENT and decoded is not None:
                good.append(decoded)
    frame = _replaced(data, rows_path, [])
    decoded_frame = decode_answer(operation_id, status, frame)
    return _replaced(decoded_frame, rows_path, good), failures


def _replaced(data: Any, path: tuple[str, ...], value: Any) -> Any:
    """A shallow copy of ``data`` with the member at ``path`` set to ``value``."""
    if not path or not isinstance(data, Mapping):
        return value
    return {**data, path[0]: _replaced(data.get(path[0]), path[1:], value)}
