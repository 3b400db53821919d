"""The project installs like a library: light imports, an optional CLI, compatible ranges."""

from __future__ import annotations

import ast
import importlib.metadata
import subprocess
import sys
import zipfile
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

import daftra_facade

ROOT = Path(__file__).resolve().parents[2]


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT
    )


def test_importing_the_library_loads_no_cli_libraries() -> None:
    done = run_python(
        "import sys, daftra_facade\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'rich', 'pygments'}))"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_importing_the_library_loads_no_sandbox() -> None:
    done = run_python(
        "import sys, daftra_facade\n"
        "from daftra_facade import AsyncDaftra, Daftra\n"
        "print(sorted(m for m in sys.modules if 'sandbox' in m))"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_without_the_cli_extra_the_command_says_what_to_install() -> None:
    done = run_python(
        "import sys\n"
        "sys.modules['rich'] = None  # as if rich were not installed\n"
        "from daftra_facade.cli import main\n"
        "raise SystemExit(main(['invoices', 'list', '--sandbox']))"
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        "daftra: the command-line tool needs the cli extra: pip install 'daftra-python[cli]'"
    ]


def test_version_comes_from_the_package_metadata() -> None:
    assert daftra_facade.__version__ == importlib.metadata.version("daftra-python")
    assert daftra_facade.__version__[0].isdigit()


def constraints() -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, version = line.partition("==")
            pins[canonicalize_name(name)] = version.strip()
    return pins


def test_requirements_are_ranges_and_the_tested_set_satisfies_them() -> None:
    pins = constraints()
    requirements = [
        Requirement(text) for text in importlib.metadata.requires("daftra-python") or []
    ]
    assert {str(r.marker) for r in requirements if r.marker} == {
        'extra == "cli"',
        'extra == "dev"',
        'extra == "dlt"',
        'extra == "postgres"',
    }
    assert all(not any(s.operator in ("==", "===") for s in r.specifier) for r in requirements)
    for requirement in requirements:
        name = canonicalize_name(requirement.name)
        if name == "daftra-python":  # an extra naming another (postgres includes dlt)
            continue
        assert name in pins, f"{name} is missing from constraints.txt: run scripts/lock"
        assert requirement.specifier.contains(pins[name], prereleases=True), (
            f"constraints.txt pins {name}=={pins[name]}, outside {requirement}"
        )
    runtime = {canonicalize_name(r.name) for r in requirements if not r.marker}
    assert "rich" not in runtime
    assert "daftra-python" not in pins


def test_the_wheel_ships_every_package_typed(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "--disable-pip-version-check",
            "--wheel-dir",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    [wheel] = tmp_path.glob("daftra_python-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {
        "daftra_facade/py.typed",
        "daftra_facade/_spec.json",
        "daftra_facade/cli/__init__.py",
        "daftra_client/py.typed",
        "daftra_client/client.py",
        "daftra_sandbox/py.typed",
        "daftra_sandbox/server.py",
    } <= names


def _declared() -> dict[str, set[str]]:
    """Each declared dependency's distribution name, mapped to the extras declaring it
    (``""`` for the runtime requirements)."""
    declared: dict[str, set[str]] = {}
    for text in importlib.metadata.requires("daftra-python") or []:
        requirement = Requirement(text)
        extra = ""
        if requirement.marker:
            extra = str(requirement.marker).split("==")[1].strip().strip("\"'")
        declared.setdefault(canonicalize_name(requirement.name), set()).add(extra)
    return declared


def _third_party_imports() -> dict[str, set[str]]:
    """Every distribution the shipped packages import (anywhere in a module, lazily too),
    mapped to the modules importing it."""
    first_party = {"daftra_facade", "daftra_sandbox", "daftra_client"}
    distributions = importlib.metadata.packages_distributions()
    found: dict[str, set[str]] = {}
    for package in ("daftra_facade", "daftra_sandbox", "generated/daftra_client"):
        for path in sorted((ROOT / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    top = name.partition(".")[0]
                    if top in sys.stdlib_module_names or top in first_party:
                        continue
                    for distribution in distributions.get(top, [top]):
                        found.setdefault(canonicalize_name(distribution), set()).add(
                            str(path.relative_to(ROOT))
                        )
    return found


def test_every_runtime_dependency_is_imported_by_the_shipped_code() -> None:
    runtime = {name for name, extras in _declared().items() if "" in extras}
    imported = set(_third_party_imports())
    assert runtime - imported == set(), "declared but never imported: drop them"


def test_everything_the_shipped_code_imports_is_declared() -> None:
    declared = _declared()
    # dlt and its own extras (parquet, postgres) bring these; the code imports them lazily.
    through_extras = {"orjson", "pyarrow", "psycopg2-binary"}
    undeclared = {
        name: sorted(modules)
        for name, modules in _third_party_imports().items()
        if name not in declared and name not in through_extras
    }
    assert undeclared == {}


def test_the_package_metadata_carries_license_urls_and_classifiers(tmp_path: Path) -> None:
    metadata = importlib.metadata.metadata("daftra-python")
    assert metadata["License-Expression"] == "MIT"
    urls = metadata.get_all("Project-URL") or []
    assert any(url.startswith("Daftra API reference, https://") for url in urls)
    classifiers = metadata.get_all("Classifier") or []
    assert "Typing :: Typed" in classifiers
    assert "Programming Language :: Python :: 3.11" in classifiers
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert "## Unreleased" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
