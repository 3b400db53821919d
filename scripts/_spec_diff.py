"""Two versions of the spec compared: what a maintainer must look at after Daftra changes.

``scripts/spec-diff OLD NEW`` bundles each side (a spec folder such as ``openapi/``, its
``daftra.yaml``, a bundled ``.json`` like ``daftra_facade/_spec.json``, or ``git:REV`` for
the ``openapi/`` folder of a commit) and lists every change of the public surface, split
into breaking ones (code written against OLD may stop working: an operation, parameter,
schema, property or enum value removed; a type changed; something made required) and
non-breaking ones (things added, something made optional). A group (tag) added is
non-breaking for users but is a task for the facade, which must declare it; the listing
says so. It exits with 1 when anything is breaking, so CI or a maintainer's script can
stop on it.

No published Python tool does this (oasdiff, the usual one, is a Go program that this
project's registries do not carry), and the rules a maintainer needs here are few: the
spec's own shapes (``$ref``, ``anyOf``, type lists) are compared as signatures.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _regenerate import HTTP_METHODS, ROOT, bundle  # noqa: E402

Spec = dict[str, Any]


@attrs.frozen(order=True)
class Change:
    """One difference between the two specs, and whether it breaks code written for OLD."""

    breaking: bool
    where: str  # e.g. "operation listInvoices", "schema Invoice.po_number"
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


def load(source: str) -> Spec:
    """The bundled spec named by ``source`` (see the module docstring)."""
    if source.startswith("git:"):
        return _bundle_at_revision(source.removeprefix("git:"))
    path = Path(source)
    if path.suffix == ".json":
        loaded: Spec = json.loads(path.read_text(encoding="utf-8"))
        return loaded
    return bundle(path.parent if path.is_file() else path)


def _bundle_at_revision(revision: str) -> Spec:
    with tempfile.TemporaryDirectory(prefix="daftra-spec-diff-") as folder:
        archive = Path(folder) / "spec.tar"
        with archive.open("wb") as out:
            subprocess.run(
                ["git", "-C", str(ROOT), "archive", revision, "openapi"], stdout=out, check=True
            )
        with tarfile.open(archive) as tar:
            tar.extractall(folder, filter="data")
        return bundle(Path(folder) / "openapi")


def changes(old: Spec, new: Spec) -> list[Change]:
    """Every change from ``old`` to ``new``, breaking ones first, each group sorted."""
    found = [
        *_tag_changes(old, new),
        *_operation_changes(old, new),
        *_schema_changes(old, new),
    ]
    return sorted(found, key=lambda change: (not change.breaking, change.where, change.what))


def _tag_changes(old: Spec, new: Spec) -> Iterator[Change]:
    before = {tag["name"] for tag in old.get("tags", [])}
    after = {tag["name"] for tag in new.get("tags", [])}
    for name in sorted(after - before):
        yield Change(
            False, f"group {name}", "added: declare it in daftra_facade/resources/catalogue.py"
        )
    for name in sorted(before - after):
        yield Change(True, f"group {name}", "removed")


def _operations(spec: Spec) -> dict[str, tuple[str, str, dict[str, Any]]]:
    return {
        operation["operationId"]: (method.upper(), path, operation)
        for path, item in spec.get("paths", {}).items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    }


def _operation_changes(old: Spec, new: Spec) -> Iterator[Change]:
    before, after = _operations(old), _operations(new)
    for name in sorted(after.keys() - before.keys()):
        method, path, operation = after[name]
        yield Change(False, f"operation {name}", f"added: {method} {path} ({_tag(operation)})")
    for name in sorted(before.keys() - after.keys()):
        method, path, operation = before[name]
        yield Change(True, f"operation {name}", f"removed: {method} {path} ({_tag(operation)})")
    for name in sorted(before.keys() & after.keys()):
        old_method, old_path, old_operation = before[name]
        new_method, new_path, new_operation = after[name]
        where = f"operation {name}"
        if (old_method, old_path) != (new_method, new_path):
            yield Change(
                True, where, f"moved from {old_method} {old_path} to {new_method} {new_path}"
            )
        if _tag(old_operation) != _tag(new_operation):
            yield Change(
                True, where, f"moved from group {_tag(old_operation)} to {_tag(new_operation)}"
            )
        yield from _parameter_changes(where, old, new, old_operation, new_operation)
        old_body = _body_signature(old, old_operation)
        new_body = _body_signature(new, new_operation)
        if old_body != new_body:
            yield Change(True, where, f"request body changed from {old_body} to {new_body}")
        for status, old_answer, new_answer in _answers(old, new, old_operation, new_operation):
            if old_answer != new_answer:
                yield Change(
                    True, where, f"answer {status} changed from {old_answer} to {new_answer}"
                )


def _tag(operation: Mapping[str, Any]) -> str:
    tags = operation.get("tags") or ["?"]
    return str(tags[0])


def _resolved(spec: Spec, node: Any) -> Any:
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = spec
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _parameters(spec: Spec, operation: Mapping[str, Any]) -> dict[tuple[str, str], Any]:
    found = {}
    for parameter in operation.get("parameters", []):
        parameter = _resolved(spec, parameter)
        found[(parameter["in"], parameter["name"])] = parameter
    return found


def _parameter_changes(
    where: str,
    old: Spec,
    new: Spec,
    old_operation: Mapping[str, Any],
    new_operation: Mapping[str, Any],
) -> Iterator[Change]:
    before, after = _parameters(old, old_operation), _parameters(new, new_operation)
    for key in sorted(after.keys() - before.keys()):
        required = bool(after[key].get("required"))
        what = f"{'required' if required else 'optional'} {key[0]} parameter {key[1]} added"
        yield Change(required, where, what)
    for key in sorted(before.keys() - after.keys()):
        yield Change(True, where, f"{key[0]} parameter {key[1]} removed")
    for key in sorted(before.keys() & after.keys()):
        was, now = before[key], after[key]
        if bool(now.get("required")) != bool(was.get("required")):
            made = "required" if now.get("required") else "optional"
            yield Change(bool(now.get("required")), where, f"{key[0]} parameter {key[1]} {made}")
        old_type = signature(old, was.get("schema", {}))
        new_type = signature(new, now.get("schema", {}))
        if old_type != new_type:
            yield Change(
                True, where, f"{key[0]} parameter {key[1]} changed from {old_type} to {new_type}"
            )


def _body_signature(spec: Spec, operation: Mapping[str, Any]) -> str:
    body = _resolved(spec, operation.get("requestBody"))
    if not isinstance(body, Mapping):
        return "none"
    schema = body.get("content", {}).get("application/json", {}).get("schema", {})
    return signature(spec, schema, follow=False)


def _answers(
    old: Spec, new: Spec, old_operation: Mapping[str, Any], new_operation: Mapping[str, Any]
) -> Iterator[tuple[str, str, str]]:
    """(status, old schema, new schema) of the success answers both versions document."""
    old_answers = old_operation.get("responses", {})
    new_answers = new_operation.get("responses", {})
    for status in sorted(old_answers.keys() & new_answers.keys()):
        if not status.startswith("2"):
            continue
        yield (
            status,
            _answer_signature(old, old_answers[status]),
            _answer_signature(new, new_answers[status]),
        )


def _answer_signature(spec: Spec, answer: Any) -> str:
    answer = _resolved(spec, answer)
    content = answer.get("content", {}) if isinstance(answer, Mapping) else {}
    schema = content.get("application/json", {}).get("schema")
    return "no JSON body" if schema is None else signature(spec, schema, follow=False)


def signature(spec: Spec, node: Any, *, follow: bool = True, depth: int = 0) -> str:
    """A schema's type as a short text: ``integer``, ``string|null``, ``Invoice`` (a named
    schema, compared by name; its members are compared schema by schema), ``array of X``,
    ``anyOf(X, Y)``. Descriptions, examples and enum values do not count here."""
    if not isinstance(node, Mapping):
        return "any"
    if "$ref" in node:
        name = str(node["$ref"]).rsplit("/", 1)[-1]
        if follow and depth < 3 and not str(node["$ref"]).startswith("#/components/schemas/"):
            return signature(spec, _resolved(spec, node), depth=depth + 1)
        return name
    for combinator in ("anyOf", "oneOf", "allOf"):
        if combinator in node:
            members = sorted(signature(spec, m, depth=depth + 1) for m in node[combinator])
            return f"{combinator}({', '.join(members)})"
    kind = node.get("type", "any")
    kinds = "|".join(sorted(kind)) if isinstance(kind, list) else str(kind)
    if "format" in node:
        kinds = f"{kinds}({node['format']})"
    if "items" in node:
        kinds = f"{kinds} of {signature(spec, node['items'], depth=depth + 1)}"
    return kinds


def _schema_changes(old: Spec, new: Spec) -> Iterator[Change]:
    before = old.get("components", {}).get("schemas", {})
    after = new.get("components", {}).get("schemas", {})
    for name in sorted(after.keys() - before.keys()):
        yield Change(False, f"schema {name}", "added")
    for name in sorted(before.keys() - after.keys()):
        yield Change(True, f"schema {name}", "removed")
    for name in sorted(before.keys() & after.keys()):
        yield from _node_changes(f"schema {name}", old, new, before[name], after[name])


def _node_changes(where: str, old: Spec, new: Spec, was: Any, now: Any) -> Iterator[Change]:
    if not isinstance(was, Mapping) or not isinstance(now, Mapping):
        return
    old_type, new_type = signature(old, was), signature(new, now)
    if old_type != new_type:
        yield Change(True, where, f"type changed from {old_type} to {new_type}")
    old_values, new_values = was.get("enum"), now.get("enum")
    if isinstance(old_values, list) and isinstance(new_values, list):
        added = [v for v in new_values if v not in old_values]
        removed = [v for v in old_values if v not in new_values]
        if added:
            yield Change(False, where, f"enum values added: {_listed(added)}")
        if removed:
            yield Change(True, where, f"enum values removed: {_listed(removed)}")
    elif isinstance(old_values, list) != isinstance(new_values, list):
        made = "closed to a list of values" if new_values else "opened (no list of values)"
        yield Change(bool(new_values), where, made)
    old_required = set(was.get("required", []))
    new_required = set(now.get("required", []))
    for field in sorted(new_required - old_required):
        yield Change(True, f"{where}.{field}", "made required")
    for field in sorted(old_required - new_required):
        yield Change(False, f"{where}.{field}", "made optional")
    old_fields = was.get("properties", {})
    new_fields = now.get("properties", {})
    for field in sorted(new_fields.keys() - old_fields.keys()):
        yield Change(False, f"{where}.{field}", f"added ({signature(new, new_fields[field])})")
    for field in sorted(old_fields.keys() - new_fields.keys()):
        yield Change(True, f"{where}.{field}", "removed")
    for field in sorted(old_fields.keys() & new_fields.keys()):
        yield from _node_changes(f"{where}.{field}", old, new, old_fields[field], new_fields[field])
    for combinator in ("anyOf", "oneOf", "allOf"):
        old_members, new_members = was.get(combinator), now.get(combinator)
        both_lists = isinstance(old_members, list) and isinstance(new_members, list)
        if both_lists and len(old_members) == len(new_members):
            for position, (a, b) in enumerate(zip(old_members, new_members, strict=True)):
                yield from _node_changes(f"{where}[{position}]", old, new, a, b)
    if isinstance(was.get("items"), Mapping) and isinstance(now.get("items"), Mapping):
        yield from _node_changes(f"{where}[]", old, new, was["items"], now["items"])


def _listed(values: list[Any]) -> str:
    return ", ".join(json.dumps(value, ensure_ascii=False) for value in values)


def report(found: list[Change]) -> str:
    """The listing printed by the script: breaking changes, then the others."""
    if not found:
        return "no changes to the spec's operations, parameters, schemas or groups"
    lines: list[str] = []
    for breaking, heading in ((True, "breaking"), (False, "non-breaking")):
        group = [change for change in found if change.breaking is breaking]
        if group:
            lines.append(f"{heading} ({len(group)}):")
            lines.extend(f"  {change}" for change in group)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/spec-diff",
        description="List the breaking and non-breaking changes between two versions of the "
        "spec; exit 1 if any change is breaking.",
        epilog="example: scripts/spec-diff git:HEAD openapi/",
    )
    parser.add_argument("old", help="a spec folder, its daftra.yaml, a bundled .json or git:REV")
    parser.add_argument("new", help="the same kinds")
    parser.add_argument("--json", action="store_true", help="print the changes as JSON")
    args = parser.parse_args(argv)
    found = changes(load(args.old), load(args.new))
    if args.json:
        print(json.dumps([attrs.asdict(change) for change in found], indent=2))
    else:
        print(report(found))
    return 1 if any(change.breaking for change in found) else 0


if __name__ == "__main__":
    raise SystemExit(main())
