"""Deprecated alias of :mod:`daftra_sandbox`, kept for one release.

The emulator moved to its own top-level package so that the client no longer ships it
inside itself; import ``daftra_sandbox`` instead.
"""

import warnings

import daftra_sandbox
from daftra_sandbox import *  # noqa: F403 - every public name, as the package defines them

warnings.warn(
    "daftra_facade.sandbox is deprecated; import daftra_sandbox instead",
    DeprecationWarning,
    stacklevel=2,
)

__all__ = list(daftra_sandbox.__all__)
