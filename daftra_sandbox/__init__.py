"""A local, stateful emulator of the Daftra API, served over real HTTP on loopback."""

from .dialect import DEFAULT_DIALECT, DIALECTS, Dialect
from .faults import FAULT_KINDS, FaultProfile
from .limits import VARIANTS as LIMIT_VARIANTS
from .limits import RateLimits
from .server import Sandbox
from .state import SandboxState, seed_references

__all__ = [
    "DEFAULT_DIALECT",
    "DIALECTS",
    "FAULT_KINDS",
    "LIMIT_VARIANTS",
    "Dialect",
    "FaultProfile",
    "RateLimits",
    "Sandbox",
    "SandboxState",
    "seed_references",
]
