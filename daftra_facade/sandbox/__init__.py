"""A local, stateful emulator of the Daftra API, served over real HTTP on loopback."""

from .server import Sandbox
from .state import SandboxState, seed_references

__all__ = ["Sandbox", "SandboxState", "seed_references"]
