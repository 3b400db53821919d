"""Spec → generated client, run by ``scripts/regenerate`` inside the generator's venv.

The spec is written in parts: ``openapi/daftra.yaml`` (the document's frame: info,
servers, security and the components every part shares) and one fragment per area under
``openapi/v1/`` and ``openapi/v2/``, each holding ``tags``, ``paths`` and ``components``.
They are bundled into one document, which feeds the generator and is kept as
``daftra_facade/_spec.json`` (the facade, the sandbox and the tests read that copy).

Steps: bundle the parts (a name defined twice is an error), check the operation names
(the generator silently overwrites colliding modules), generate into a temporary folder
with ``--fail-on-warning`` (the generator silently drops schemas it cannot name), then
either swap the result in atomically or, with ``--check``, compare it with what is
committed.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "openapi"
SPEC = SPEC_DIR / "daftra.yaml"
FRAGMENT_DIRS = ("v1", "v2")
FRAGMENT_KEYS = {"tags", "paths", "components"}
CONFIG = ROOT / "openapi" / "generator-config.yaml"
# The project's own versions of some generator templates (see openapi/templates/README.md).
TEMPLATES = ROOT / "openapi" / "templates"
PACKAGE = ROOT / "generated" / "daftra_client"
SPEC_COPY = ROOT / "daftra_facade" / "_spec.json"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
LOWER_CAMEL = re.compile(r"^[a-z][a-zA-Z0-9]*$")


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def fragments(spec_dir: Path = SPEC_DIR) -> list[Path]:
    return sorted(path for folder in FRAGMENT_DIRS for path in (spec_dir / folder).glob("*.yaml"))


def bundle(spec_dir: Path = SPEC_DIR) -> dict:
    """The whole spec: the frame with every fragment's tags, paths and components merged in.

    A path, component or tag defined in two places is refused, naming both places, so a
    fragment can never silently replace what another defines. ``spec_dir`` is the folder
    holding ``daftra.yaml`` and the fragment folders (``scripts/spec-diff`` bundles an
    older copy of it).
    """
    frame = spec_dir / SPEC.name
    spec = yaml.safe_load(frame.read_text(encoding="utf-8"))
    origin: dict[tuple[str, ...], str] = {}
    for key in spec.get("paths", {}):
        origin[("paths", key)] = frame.name
    for kind, entries in spec.get("components", {}).items():
        for name in entries:
            origin[("components", kind, name)] = frame.name
    for tag in spec.get("tags", []):
        origin[("tags", tag["name"])] = frame.name
    for path in fragments(spec_dir):
        where = str(path.relative_to(spec_dir))
        part = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        unknown = set(part) - FRAGMENT_KEYS
        if unknown:
            raise SystemExit(f"regenerate: {where} has keys a fragment may not: {sorted(unknown)}")

        def claim(key: tuple[str, ...], where: str = where) -> None:
            if key in origin:
                raise SystemExit(
                    f"regenerate: {'/'.join(key)} is defined in both {origin[key]} and {where}"
                )
            origin[key] = where

        for tag in part.get("tags", []):
            claim(("tags", tag["name"]))
            spec.setdefault("tags", []).append(tag)
        for key, item in part.get("paths", {}).items():
            claim(("paths", key))
            spec.setdefault("paths", {})[key] = item
        for kind, entries in part.get("components", {}).items():
            for name, body in entries.items():
                claim(("components", kind, name))
                spec.setdefault("components", {}).setdefault(kind, {})[name] = body
    return spec


def operation_name_problems(spec: dict) -> list[str]:
    problems: list[str] = []
    modules: dict[tuple[str, str], str] = {}
    seen_ids: dict[str, str] = {}
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            where = f"{method.upper()} {path}"
            op_id = op.get("operationId")
            tags = op.get("tags") or []
            if len(tags) != 1:
                problems.append(f"{where}: needs exactly one tag, has {tags}")
            if not op_id or not LOWER_CAMEL.match(op_id):
                problems.append(f"{where}: operationId {op_id!r} is not lowerCamelCase")
                continue
            if op_id in seen_ids:
                problems.append(f"{where}: operationId {op_id} also used by {seen_ids[op_id]}")
            seen_ids[op_id] = where
            key = (tags[0] if tags else "default", snake(op_id))
            if key in modules:
                problems.append(f"{where}: module {key[0]}/{key[1]}.py also made by {modules[key]}")
            modules[key] = where
    return problems


def generate(spec: dict, workdir: Path) -> Path:
    """Generate the package into ``workdir``; return the package folder."""
    spec_json = workdir / "daftra.json"
    spec_json.write_text(json.dumps(spec), encoding="utf-8")  # JSON parses faster than YAML
    out = workdir / "daftra_client"
    command = [
        "openapi-python-client",
        "generate",
        "--path",
        str(spec_json),
        "--config",
        str(CONFIG),
        "--custom-template-path",
        str(TEMPLATES),
        "--meta",
        "none",
        "--fail-on-warning",
        "--output-path",
        str(out),
    ]
    done = subprocess.run(command, capture_output=True, text=True, cwd=workdir)
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit("regenerate: the generator failed; generated/ is unchanged")
    (out / "py.typed").write_text("", encoding="utf-8")
    return out


def spec_copy_text(spec: dict) -> str:
    return json.dumps(spec, ensure_ascii=False, separators=(",", ":")) + "\n"


def differences(new: Path, old: Path) -> list[str]:
    if not old.exists():
        return [f"{old.relative_to(ROOT)} is missing"]
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: Path) -> None:
        for name in cmp.left_only:
            found.append(f"{prefix / name} would be added")
        for name in cmp.right_only:
            if name != "__pycache__":
                found.append(f"{prefix / name} would be removed")
        for name in cmp.diff_files:
            found.append(f"{prefix / name} differs")
        for name, sub in cmp.subdirs.items():
            if name != "__pycache__":
                walk(sub, prefix / name)

    walk(filecmp.dircmp(new, old, ignore=[]), old.relative_to(ROOT))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(prog="scripts/regenerate", description=__doc__)
    parser.add_argument("--check", action="store_true", help="only report drift")
    args = parser.parse_args()

    spec = bundle()
    problems = operation_name_problems(spec)
    if problems:
        sys.stderr.write("regenerate: fix the spec's operation names first:\n")
        sys.stderr.writelines(f"  {p}\n" for p in problems)
        return 1

    with tempfile.TemporaryDirectory(prefix="daftra-regen-") as tmp:
        fresh = generate(spec, Path(tmp))
        copy_text = spec_copy_text(spec)
        if args.check:
            drift = differences(fresh, PACKAGE)
            if not SPEC_COPY.exists() or SPEC_COPY.read_text(encoding="utf-8") != copy_text:
                drift.append(f"{SPEC_COPY.relative_to(ROOT)} differs")
            if drift:
                sys.stderr.write(
                    "regenerate --check: generated files are stale; run scripts/regenerate\n"
                )
                sys.stderr.writelines(f"  {d}\n" for d in drift)
                return 1
            print("regenerate --check: generated files match the spec")
            return 0
        # Swap in wholesale: the generator's --overwrite would keep stray files.
        PACKAGE.parent.mkdir(parents=True, exist_ok=True)
        staged = PACKAGE.parent / ".daftra_client.new"
        retired = PACKAGE.parent / ".daftra_client.old"
        for leftover in (staged, retired):
            shutil.rmtree(leftover, ignore_errors=True)
        shutil.copytree(fresh, staged)
        if PACKAGE.exists():
            PACKAGE.rename(retired)
        staged.rename(PACKAGE)
        shutil.rmtree(retired, ignore_errors=True)
        tmp_copy = SPEC_COPY.with_suffix(".json.new")
        tmp_copy.write_text(copy_text, encoding="utf-8")
        tmp_copy.replace(SPEC_COPY)
    print(f"regenerate: wrote {PACKAGE.relative_to(ROOT)} and {SPEC_COPY.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
