"""The facade loads only the generated models an endpoint needs, so a first call stays
fast however large the API grows; every model is still importable by name."""

from __future__ import annotations

import subprocess
import sys

from daftra_sandbox import Sandbox

FIRST_CALL = """
import sys
from daftra_facade import Daftra
with Daftra(base_url=sys.argv[1], api_key=sys.argv[2]) as client:
    client.brands.list(limit=1)
loaded = [m for m in sys.modules if m.startswith("daftra_client.models.")]
from daftra_client.models import Invoice, BrandPage
import daftra_client.models as models
print(len(loaded), len(models.__all__), Invoice.__name__, BrandPage.__name__)
"""


def test_a_first_call_loads_only_the_models_it_needs(sandbox: Sandbox) -> None:
    done = subprocess.run(
        [sys.executable, "-c", FIRST_CALL, sandbox.base_url, sandbox.api_key],
        capture_output=True,
        text=True,
        check=True,
    )
    loaded, available, invoice, page = done.stdout.split()
    assert int(loaded) < 20 < 400 < int(available)
    assert (invoice, page) == ("Invoice", "BrandPage")
