"""Load the generated models one module at a time instead of all at once.

The generated package's ``models/__init__.py`` imports every model (over four hundred),
so the first endpoint the facade uses would cost most of a second. Before importing
any endpoint, the facade puts a lazy stand-in for that package in ``sys.modules``: it
has the same ``__path__``, so ``from ...models.brand_page import BrandPage`` loads just
that module (and the ones it needs), and ``from daftra_client.models import Brand``
still works, the name resolved on first use from the real ``__init__``'s import list.
Nothing generated is changed; the stand-in is only installed if the real package has
not been imported yet.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
import types
from functools import cache
from typing import Any

_FROM_IMPORT = re.compile(r"^from \.(\w+) import (\w+)$", re.MULTILINE)


def install(package: str) -> None:
    """Put the lazy ``<package>.models`` in place, unless models are already loaded."""
    name = f"{package}.models"
    if name in sys.modules:
        return
    parent = importlib.import_module(package)
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None or not spec.submodule_search_locations:
        return
    with open(spec.origin, encoding="utf-8") as source:
        where = {cls: module for module, cls in _FROM_IMPORT.findall(source.read())}
    lazy = types.ModuleType(name, "Generated models, each loaded when first used.")
    lazy.__path__ = list(spec.submodule_search_locations)
    lazy.__spec__ = spec
    lazy.__package__ = name
    lazy.__all__ = sorted(where)  # type: ignore[attr-defined]

    @cache
    def __getattr__(attribute: str) -> Any:
        module = where.get(attribute)
        if module is None:
            raise AttributeError(f"module {name!r} has no attribute {attribute!r}")
        return getattr(importlib.import_module(f"{name}.{module}"), attribute)

    lazy.__getattr__ = __getattr__  # type: ignore[method-assign]
    sys.modules[name] = lazy
    parent.models = lazy  # type: ignore[attr-defined]
