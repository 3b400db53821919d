"""The bundled API description, for tools that work beside the client.

The sandbox (``daftra_sandbox``) and the tests read the same OpenAPI document the client
validates with; this module is the public way to reach it and the body check made with
it, so nothing outside the client needs its private modules.
"""

from __future__ import annotations

from typing import Any

from .errors import FieldErrors
from .wire.specification import load_spec
from .wire.validation import body_errors as _body_errors

__all__ = ["FieldErrors", "body_errors", "bundled_spec"]


def bundled_spec() -> dict[str, Any]:
    """The whole OpenAPI document the client was generated from, parsed once.

    Every caller shares the same object, so treat it as read-only.
    """
    return load_spec()


def body_errors(operation_id: str, body: object, *, element: bool = False) -> FieldErrors:
    """Field path → reasons for everything in ``body`` the operation's documented request
    schema does not allow (``element=True``: check one element of an array body).

    Empty when the body is valid or the operation takes no JSON body.
    """
    return _body_errors(operation_id, body, element=element)
