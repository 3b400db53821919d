"""The project installs like a library: light imports, an optional CLI, compatible ranges."""

from __future__ import annotations

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
    }
    assert all(not any(s.operator in ("==", "===") for s in r.specifier) for r in requirements)
    for requirement in requirements:
        name = canonicalize_name(requirement.name)
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
