"""The resources of the Daftra API: the generic behaviour every resource shares
(:mod:`.capabilities`), each resource's declaration and the classes of those with
actions of their own (:mod:`.declarations`), and ``client.<name>`` for each
(:mod:`.catalogue`).

The public names of :mod:`.declarations` are re-exported here, so
``from daftra_facade.resources import Invoices`` keeps working.
"""

from . import declarations
from .declarations import *  # noqa: F403 - its __all__, kept in one place

__all__ = list(declarations.__all__)
