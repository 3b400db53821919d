"""A local, stateful emulator of the Daftra API, served over real HTTP on loopback."""

from .dialect import DEFAULT_DIALECT, DIALECTS, Dialect
from .faults import FaultProfile
from .server import Sandbox
from .state import SandboxState, seed_references

__all__ = [
    "DEFAULT_DIALECT",
    "DIALECTS",
    "Dialect",
    "FaultProfile",
    "Sandbox",
    "SandboxState",
    "seed_references",
]
