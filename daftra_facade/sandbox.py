"""Deprecated alias of :mod:`daftra_sandbox`, kept for one release.

The emulator moved to its own top-level package so that the client no longer ships it
inside itself; import ``daftra_sandbox`` instead.
"""

import warnings

from daftra_sandbox import (
    DEFAULT_DIALECT,
    DIALECTS,
    LIMIT_VARIANTS,
    Dialect,
    FaultProfile,
    RateLimits,
    Sandbox,
    SandboxState,
    seed_references,
)

warnings.warn(
    "daftra_facade.sandbox is deprecated; import daftra_sandbox instead",
    DeprecationWarning,
    stacklevel=2,
)

__all__ = [
    "DEFAULT_DIALECT",
    "DIALECTS",
    "LIMIT_VARIANTS",
    "Dialect",
    "FaultProfile",
    "RateLimits",
    "Sandbox",
    "SandboxState",
    "seed_references",
]
