"""Binding to the generated endpoint modules, imported lazily on first use.

The facade reuses each module's own request builder (``_get_kwargs``) and parser
(``_parse_response``) but sends the request itself, so it can check the answer before
the generated parser sees it: error statuses, HTML pages and broken JSON become facade
errors instead of ``JSONDecodeError``/``ValueError`` from inside the generated code.
It calls ``_parse_response``, which raises when a body does not fit its model, and not
``_build_response`` (behind the raw ``sync_detailed``), which keeps such an answer with
``parsed=None``: a parse that fails here is always a facade error.
"""

from __future__ import annotations

import importlib
import inspect
import re
import typing
from collections.abc import Callable, Mapping
from enum import Enum
from functools import cache
from types import ModuleType, SimpleNamespace
from typing import TYPE_CHECKING, Any

import attrs

from ..constants import V1_PREFIX
from ..errors import DaftraError, InvalidInputError, UnparseableResponseError
from .decoding import DecodeFailure, RowFailure, decode_answer, decode_rows
from .encoding import body_bytes
from .lazy_models import install as install_lazy_models
from .numbers import RecordId, as_int, as_record_id
from .specification import load_spec, operations, resolve

if TYPE_CHECKING:
    import httpx

GENERATED_PACKAGE = "daftra_client"
V2_ROOT = "/v2/"
# The generated parsers only read this flag from the client they are given.
_PARSER_CLIENT = SimpleNamespace(raise_on_unexpected_status=False)


def site_path(url: str) -> str:
    """An endpoint's path from the site root. The spec writes v1 paths relative to the v1
    server (``/api2``) and every v2 path (entities, token, multi-entity) from the root."""
    return url if url.startswith(V2_ROOT) else V1_PREFIX + url


def module_name(operation_id: str) -> str:
    """The generated module for an operationId: ``addInvoicesBulk`` → ``add_invoices_bulk``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()


@cache
def _endpoint_module(tag: str, operation_id: str) -> ModuleType:
    install_lazy_models(GENERATED_PACKAGE)
    return importlib.import_module(f"{GENERATED_PACKAGE}.api.{tag}.{module_name(operation_id)}")


@cache
def _parameters(build: Callable[..., Any]) -> Mapping[str, inspect.Parameter]:
    return inspect.signature(build).parameters


def _enum_classes(annotation: object) -> tuple[type[Enum] | None, type[Enum] | None]:
    """(enum of the value, enum of list items), read from a generated parameter annotation."""
    scalar: type[Enum] | None = None
    item: type[Enum] | None = None
    for option in typing.get_args(annotation) or (annotation,):
        if isinstance(option, type) and issubclass(option, Enum):
            scalar = option
        elif typing.get_origin(option) is list:
            inner = typing.get_args(option)
            if inner and isinstance(inner[0], type) and issubclass(inner[0], Enum):
                item = inner[0]
    return scalar, item


def _coerce(name: str, value: Any, parameter: inspect.Parameter) -> Any:
    """Plain values for enum-typed parameters become the generated enum members."""
    scalar, item = _enum_classes(parameter.annotation)
    enum_class = scalar or item
    try:
        if scalar is not None and not isinstance(value, Enum):
            return scalar(value)
        if item is not None and isinstance(value, list | tuple):
            return [v if isinstance(v, Enum) else item(v) for v in value]
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in enum_class or ())
        raise InvalidInputError(
            f"{name}={value!r} is not one of the documented values ({allowed})"
        ) from None
    return value


@cache
def _path_parameter_type(operation_id: str, name: str) -> str | None:
    """The JSON type the spec gives a path parameter of an operation (``integer``,
    ``string``), declared on the operation or on its path."""
    known = operations().get(operation_id)
    if known is None:
        return None
    path, _, operation = known
    declared = [*load_spec()["paths"][path].get("parameters", []), *operation.get("parameters", [])]
    for parameter in declared:
        if "$ref" in parameter:
            parameter = resolve(parameter["$ref"])
        if parameter.get("in") == "path" and parameter.get("name") == name:
            kind = parameter.get("schema", {}).get("type")
            return kind if isinstance(kind, str) else None
    return None


@attrs.frozen
class _DecodedResponse:
    """What the generated parsers read from a response, with the body decoded once."""

    status_code: int
    content: bytes
    data: Any

    def json(self) -> Any:
        return self.data


@attrs.frozen
class Operation:
    """One documented endpoint: where its generated module is and how to call it."""

    tag: str
    operation_id: str
    # Arguments every call of this operation carries (e.g. a workflow's entity id).
    bound: Mapping[str, Any] = attrs.field(factory=dict)

    @property
    def module(self) -> ModuleType:
        return _endpoint_module(self.tag, self.operation_id)

    def takes(self, name: str) -> bool:
        """Whether the endpoint has a parameter of this name (path, query or body)."""
        return name in self.parameters()

    def parameters(self) -> Mapping[str, inspect.Parameter]:
        """The generated request builder's parameters, by their Python names (``type_``
        for a parameter the generator renamed), each with its annotation and default."""
        return _parameters(self.module._get_kwargs)

    def record_id(self, value: object, name: str = "id") -> RecordId:
        """``value`` checked as the path parameter ``name``, typed as the spec types it: a
        positive integer, or non-empty text without a slash where the spec says string."""
        if _path_parameter_type(self.operation_id, name) == "string":
            if isinstance(value, int) and not isinstance(value, bool) and value > 0:
                return str(value)
            if isinstance(value, str) and value.strip() and "/" not in value:
                return value
            raise InvalidInputError(f"{name} must be a record id (text), not {value!r}")
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise InvalidInputError(f"{name} must be a positive integer, not {value!r}")
        return value

    def read_record_id(self, value: object, name: str = "id") -> RecordId | None:
        """An id the service sent (in a create's answer, a found record), read as the path
        parameter ``name`` types ids: a positive integer in any of Daftra's spellings, or
        non-empty text where the spec says string; None when it is no usable id."""
        if _path_parameter_type(self.operation_id, name) == "string":
            if isinstance(value, int) and not isinstance(value, bool):
                value = str(value)
            return value if isinstance(value, str) and value.strip() and value != "None" else None
        return as_record_id(value)

    def record_id_from_text(self, text: str, name: str = "id") -> RecordId:
        """``text`` (a command-line argument, say) checked as the path parameter ``name``
        as :meth:`record_id` checks a value: read as a number where the spec types it
        integer, kept as written (``007`` stays ``007``) where it types it string."""
        if _path_parameter_type(self.operation_id, name) == "string":
            return self.record_id(text, name)
        number = as_int(text)
        return self.record_id(text if number is None else number, name)

    def build_request(self, **arguments: Any) -> dict[str, Any]:
        build = self.module._get_kwargs
        parameters = _parameters(build)
        prepared: dict[str, Any] = {}
        for name, value in {**self.bound, **arguments}.items():
            # The generator renames parameters that clash with Python names (type → type_).
            target = name if name in parameters else f"{name}_"
            if target not in parameters:
                # Named as the caller names them (type, not the generator's type_).
                known = ", ".join(sorted({p.removesuffix("_") for p in parameters} - {"body"}))
                raise InvalidInputError(
                    f"{self.operation_id} does not take {name!r} "
                    f"(Daftra would silently ignore it); it takes: {known}"
                )
            prepared[target] = _coerce(name, value, parameters[target])
        request: dict[str, Any] = build(**prepared)
        request["url"] = site_path(request["url"])
        if "json" in request and (content := body_bytes(request["json"])) is not None:
            del request["json"]
            request["content"] = content
            request["headers"] = {**request.get("headers", {}), "Content-Type": "application/json"}
        return request

    def decoded(self, response: httpx.Response, data: Any) -> Any:
        """``data`` read as the operation's documented answer (see
        :mod:`daftra_facade.wire.decoding`)."""
        try:
            return decode_answer(self.operation_id, response.status_code, data)
        except DecodeFailure as failure:
            raise self._unfit(response, failure) from failure

    def decoded_rows(
        self, response: httpx.Response, data: Any, rows_path: tuple[str, ...]
    ) -> tuple[Any, list[RowFailure]]:
        """A list answer read row by row: the readable rows, and each row that was not."""
        try:
            return decode_rows(self.operation_id, response.status_code, data, rows_path)
        except DecodeFailure as failure:
            raise self._unfit(response, failure) from failure

    def _unfit(self, response: httpx.Response, failure: DecodeFailure) -> UnparseableResponseError:
        """The error of an answer that does not fit the spec, naming where it does not."""
        return UnparseableResponseError(
            f"{self.operation_id}: the answer does not fit the specification at {failure}",
            status=response.status_code,
            response=response,
        )

    def parse(self, response: httpx.Response, data: Any, *, decoded: bool = False) -> Any:
        """The generated model of an answer; ``decoded`` says ``data`` already went
        through :meth:`decoded` (or :func:`decode_rows`)."""
        status = response.status_code
        if not decoded:
            data = self.decoded(response, data)
        decoded_response = _DecodedResponse(status, response.content, data)
        try:
            parsed = self.module._parse_response(client=_PARSER_CLIENT, response=decoded_response)
        except DaftraError:
            raise
        except Exception as exc:  # the generated parsers raise KeyError, ValueError, TypeError...
            raise UnparseableResponseError(
                f"{self.operation_id}: the answer does not match the specification "
                f"({type(exc).__name__}: {exc})",
                status=status,
                response=response,
            ) from exc
        if parsed is None:
            raise UnparseableResponseError(
                f"{self.operation_id}: status {status} is not a documented answer",
                status=status,
                response=response,
            )
        return parsed
