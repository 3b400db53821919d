"""Measured figures; run ``python -m benchmarks [--quick]``. Each prints ``name: value``."""
