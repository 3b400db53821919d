"""Request bodies: callers may pass plain mappings or the generated attrs models."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from ..errors import InvalidInputError
from .encoding import to_json


@cache
def _plain_json() -> type[dict[str, Any]]:
    """The generated package's mark for a body of plain JSON (imported on first use, as the
    facade imports the generated package only when it first calls an endpoint)."""
    from daftra_client.types import PlainJson

    return PlainJson


class JsonBody:
    """Stands in for a generated model where only ``to_dict()`` is needed.

    Passing a caller's dict through a model's ``from_dict`` and back could reshape it
    (dates, enums, unknown keys); this keeps the caller's JSON exactly as given.
    """

    __slots__ = ("payload",)

    def __init__(self, payload: dict[str, Any]) -> None:
        # Marked as plain JSON already (written by wire.encoding or the caller), so the
        # generated request builder sends it without walking it again for Decimals.
        self.payload = _plain_json()(payload)

    def to_dict(self) -> dict[str, Any]:
        return self.payload


def as_payload(value: object, *, where: str = "body") -> dict[str, Any]:
    """The JSON object for ``value``: a mapping, or a model with ``to_dict()``, with its
    amounts, dates and enums written as Daftra reads them (see
    :mod:`daftra_facade.wire.encoding`)."""
    if type(value) is dict or isinstance(value, Mapping):
        payload: dict[str, Any] = to_json(value, where)
        return payload
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        converted = to_dict()
        if isinstance(converted, dict):
            payload = to_json(converted, where)
            return payload
    raise InvalidInputError(
        f"{where} must be a mapping or a generated model, not {type(value).__name__}",
        field_errors={where: (f"expected an object, got {type(value).__name__}",)},
    )
