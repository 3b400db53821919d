"""Contains some shared types for properties"""

import math
import re
from collections.abc import Mapping, MutableMapping
from decimal import Decimal, InvalidOperation
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define, fields


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint

    ``status_code`` is an ``HTTPStatus`` when the status is one, else the plain ``int``
    (proxies send statuses such as 520 that ``HTTPStatus`` does not list). ``parsed`` is
    None when the status is not documented or the body does not read as documented; the
    body is always in ``content``.
    """

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


def status_of(code: int) -> HTTPStatus | int:
    """``code`` as an ``HTTPStatus`` where it is one, else as the ``int`` it is"""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


_CANONICAL_INTEGER = re.compile(r"-?(0|[1-9][0-9]*)")


def decimal_from_json(value: Any, kinds: tuple[str, ...] = ("number",)) -> Any:
    """A ``format: decimal`` value read exactly, as the schema's ``kinds`` allow

    ``kinds`` are the schema's types in its own order, among ``integer``, ``number`` and
    ``string``. A ``Decimal``, None and UNSET are kept; an ``int`` stays one where the
    schema also allows integers, else becomes a ``Decimal``; a ``float`` becomes the
    ``Decimal`` of its shortest text (``0.1`` → ``Decimal("0.1")``, never its binary
    expansion); text is read by the first kind that can read it, so numeric text becomes a
    ``Decimal`` unless text comes first. Anything else raises ``ValueError``.
    """
    if value is None or isinstance(value, Unset | Decimal):
        return value
    kind = type(value)
    if kind is int:
        return value if "integer" in kinds else Decimal(value)
    if kind is float:
        if math.isfinite(value):
            return Decimal(repr(value))
    elif kind is str:
        for allowed in kinds:
            if allowed == "string":
                return value
            if allowed == "integer" and _CANONICAL_INTEGER.fullmatch(value):
                return int(value)
            if allowed == "number" and "_" not in value:
                try:
                    number = Decimal(value)
                except InvalidOperation:
                    continue
                if number.is_finite():
                    return number
    raise ValueError(f"{value!r} is not a decimal number")


class PlainJson(dict[str, Any]):
    """A JSON object already made of plain JSON values, which ``json_ready`` sends as it is

    For callers that write bodies with their own encoder (the facade does), so that a large
    body is not walked a second time.
    """


def json_ready(value: Any) -> Any:
    """``value`` with every ``Decimal`` written as its exact text, for a JSON body

    ``Decimal("0.10")`` is sent as ``"0.10"``: Daftra's PHP reads numeric text as a
    number, and text keeps every digit a float would round. A NaN or infinity cannot be
    sent and raises ``ValueError``. Other values, and a ``PlainJson``, are left as they are.
    """
    kind = type(value)
    if kind is PlainJson:
        return value
    if kind is Decimal:
        if not value.is_finite():
            raise ValueError(f"{value!r} is not a number JSON can carry")
        return format(value, "f")
    if kind is dict:
        return {key: json_ready(item) for key, item in value.items()}
    if kind is list or kind is tuple:
        return [json_ready(item) for item in value]
    return value


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "PlainJson",
    "RequestFiles",
    "Response",
    "Unset",
    "decimal_from_json",
    "json_ready",
    "status_of",
]


def set_fields_repr(model: Any) -> str:
    """A model's repr naming only the members that hold a value (``Invoice(id=7,
    client_id=3)``), then its additional properties if it has any: a model read from a
    sparse answer would otherwise print every one of its UNSET members."""
    shown = [
        f"{field.name}={getattr(model, field.name)!r}"
        for field in fields(type(model))
        if field.name != "additional_properties"
        and not isinstance(getattr(model, field.name), Unset)
    ]
    extra = getattr(model, "additional_properties", None)
    if extra:
        shown.append(f"additional_properties={extra!r}")
    return f"{type(model).__name__}({', '.join(shown)})"
