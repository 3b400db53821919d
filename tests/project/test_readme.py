"""Every Python block of the README runs, as written, against a sandbox.

What a reader must fill in is defined by a hidden prelude, and the account a block opens
(``Daftra("acme", api_key="...")``, a password sign-in) is pointed at the sandbox: the
rest of each block runs unchanged.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from daftra_facade import Daftra
from daftra_sandbox import Sandbox

README = Path(__file__).resolve().parents[2] / "README.md"
README_TEXT = README.read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", README_TEXT, re.S)
# The account a reader would name, pointed at the sandbox.
ACCOUNTS = [
    (r'Daftra\("acme", api_key="\.\.\."\)', "Daftra(base_url=sandbox_url, api_key=sandbox_key)"),
    (
        r'Daftra\("acme", username="[^"]*", password="\.\.\.", client_secret="\.\.\."\)',
        'Daftra(base_url=sandbox_url, username="owner@sandbox.example", '
        'password="sandbox-password", client_secret="any")',
    ),
]


@pytest.fixture
def prelude() -> Iterator[dict[str, Any]]:
    with Sandbox() as sandbox, Daftra(base_url=sandbox.base_url, api_key=sandbox.api_key) as client:
        for record_id in range(1, 11):
            sandbox.state.ensure("Client", record_id, business_name=f"Client {record_id}")
        sandbox.add_invoice(
            {
                "Invoice": {"client_id": 7, "currency_code": "USD"},
                "InvoiceItem": [{"item": "Widget", "unit_price": 5, "quantity": 1}],
            }
        )
        brand_id = client.brands.create({"name": "Acme"})
        credit_type = {
            "name": "Sessions",
            "unit": "session",
            "status": 1,
            "description": "Prepaid sessions",
            "allow_decimal": 0,
        }
        credit_type_id = client.credit_types.create(credit_type)
        while brand_id < 3 or credit_type_id < 3:  # the blocks name record 3
            brand_id = max(brand_id, client.brands.create({"name": f"Acme {brand_id}"}))
            credit_type_id = max(credit_type_id, client.credit_types.create(credit_type))
        yield {
            "sandbox_url": sandbox.base_url,
            "sandbox_key": sandbox.api_key,
            "client": client,  # blocks that continue from an open client
            "records": [
                {
                    "Invoice": {"client_id": 7, "currency_code": "USD"},
                    "InvoiceItem": [{"item": "Consulting", "unit_price": 100, "quantity": n}],
                }
                for n in range(1, 4)
            ],
            "credit_type": {**credit_type, "name": "Sessions (renamed)"},
        }


@contextlib.contextmanager
def dlt_project(folder: Path, sandbox_url: str, sandbox_key: str) -> Iterator[None]:
    """``folder`` as the project of a dlt pipeline of one's own: the README's
    ``.dlt/secrets.toml``, its account pointed at the sandbox, and dlt's working data
    kept there; dlt reads its config files again on the way in and out."""
    from dlt.common.configuration.container import Container
    from dlt.common.configuration.specs import PluggableRunContext

    secrets = re.search(r"```toml\n# \.dlt/secrets\.toml\n(.*?)```", README_TEXT, re.S)
    assert secrets, "the README shows no .dlt/secrets.toml"
    text = secrets[1].replace('subdomain = "acme"', f'base_url = "{sandbox_url}"')
    text = text.replace('api_key = "..."', f'api_key = "{sandbox_key}"')
    assert sandbox_key in text and sandbox_url in text, text
    (folder / ".dlt").mkdir()
    (folder / ".dlt" / "secrets.toml").write_text(text, encoding="utf-8")
    context = Container()[PluggableRunContext]
    context.reload_providers()
    try:
        yield
    finally:
        shutil.rmtree(folder / ".dlt")
        context.reload_providers()


@pytest.mark.parametrize("block", BLOCKS, ids=[f"block{n}" for n in range(1, len(BLOCKS) + 1)])
def test_the_readme_block_runs(
    block: str, prelude: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # a block may write files (a database) where it runs
    for pattern, replacement in ACCOUNTS:
        block = re.sub(pattern, replacement, block)
    assert '"acme"' not in block, "a block opens an account the test does not know"
    with contextlib.ExitStack() as stack:
        if "dlt.pipeline(" in block:  # a pipeline of one's own, configured by dlt's files
            for name in [name for name in os.environ if name.startswith(("DAFTRA_", "SOURCES__"))]:
                monkeypatch.delenv(name)
            monkeypatch.setenv("DLT_DATA_DIR", str(tmp_path / "dlt"))
            stack.enter_context(
                dlt_project(tmp_path, prelude["sandbox_url"], prelude["sandbox_key"])
            )
        exec(compile(block, str(README), "exec"), prelude)
