"""Which of the client's resources the source loads, read from their declarations (see
:func:`daftra_facade.resources.catalogue.declared_resources`): documents (with lines and
payments), listing arguments, and how their changes are found."""

from __future__ import annotations

from ..resources.capabilities import Listable
from ..resources.catalogue import declared_resources
from ..resources.facts import ResourceFacts

__all__ = ["DOCUMENTS", "facts_of", "resource_names"]


def resource_names() -> list[str]:
    """The resources the source can load: every listable ``client.<name>`` but those
    that need an argument to be listed (``follow_up_actions`` needs a record kind)."""
    return [
        name
        for name, declared in declared_resources().items()
        if issubclass(declared.sync_class, Listable) and not declared.facts.needs_arguments
    ]


def facts_of(name: str) -> ResourceFacts:
    """The declared facts of ``client.<name>``."""
    return declared_resources()[name].facts


# Documents: their lines and payments become child tables.
DOCUMENTS = tuple(
    name for name, declared in declared_resources().items() if declared.facts.document
)
