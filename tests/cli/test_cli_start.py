"""The daftra command starts fast: ``--version`` and ``--help`` load nothing a command
needs, only the command named is built, help lists every command grouped and sorted from
a small index that equals what the resource classes give, and the global flags are
accepted before or after the command."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from daftra_facade.cli import RESOURCES, build_parser, main
from daftra_facade.cli.indexing import INDEX, index_text, resource_actions
from daftra_sandbox import Sandbox

ROOT = Path(__file__).resolve().parents[2]
# What a start-up must not load: the client, the resources and the wire layer, the
# generated code, the emulator, and the libraries of httpx's own CLI.
HEAVY = (
    "daftra_facade.client",
    "daftra_facade.resources",
    "daftra_facade.bulk",
    "daftra_facade.wire",
    "daftra_facade.transport",
    "daftra_client",
    "daftra_sandbox",
    "httpx",
    "click",
    "rich",
    "pygments",
)
LOADED_AFTER = """
import sys
from daftra_facade.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print("=== modules")
print("\\n".join(sorted(name for name, module in sys.modules.items() if module)))
"""


def loaded_after(*argv: str) -> set[str]:
    """The modules a fresh interpreter holds after running ``daftra ARGV``."""
    done = subprocess.run(
        [sys.executable, "-c", LOADED_AFTER, *argv],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=True,
    )
    return set(done.stdout.split("=== modules\n", 1)[1].split())


@pytest.mark.parametrize(
    "argv", [["--version"], ["--help"], ["invoices", "--help"], ["nonsense"]], ids=" ".join
)
def test_version_and_help_load_no_client_generated_code_sandbox_or_cli_library(
    argv: list[str],
) -> None:
    loaded = loaded_after(*argv)
    heavy = sorted(m for m in loaded if m.split(".")[0] in HEAVY or m.startswith(HEAVY))
    assert heavy == []


def test_a_command_loads_only_its_own_commands_modules() -> None:
    loaded = loaded_after("sandbox", "serve", "--help")
    assert "daftra_facade.cli.serving" in loaded
    assert not {"daftra_facade.cli.importing", "daftra_facade.cli.exporting"} & loaded
    assert not {"daftra_facade.cli.syncing", "daftra_facade.cli.records"} & loaded


def test_a_command_that_connects_loads_httpx_without_its_own_cli() -> None:
    loaded = loaded_after("whoami", "--sandbox")
    assert {"httpx", "daftra_facade.client", "daftra_sandbox"} <= loaded
    assert not {"click", "pygments", "rich"} & {name.split(".")[0] for name in loaded}


def test_the_index_equals_what_the_resource_classes_give() -> None:
    # If this fails after a resource changed: python -m daftra_facade.cli.indexing
    assert INDEX.read_text(encoding="utf-8") == index_text()
    assert {name: actions for name, (_, actions) in RESOURCES.items()} == resource_actions()
    assert {"invoices", "clients", "brands"} <= set(RESOURCES)
    assert RESOURCES["staff"][1] == ("export", "get", "list")  # read only: no create


def test_every_resource_has_exactly_its_actions_as_commands() -> None:
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "resource")
    assert commands.choices is not None
    for name, (_, actions) in RESOURCES.items():
        resource = commands.choices[name]
        subcommands = next(a for a in resource._actions if a.dest == "action")
        assert subcommands.choices is not None
        assert tuple(sorted(subcommands.choices)) == actions, name
        assert all(subcommands.choices[action].prog.endswith(action) for action in actions)


def test_an_action_a_resource_lacks_is_refused_with_the_one_it_has(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["staff", "create", "{}"])
    assert stopped.value.code == 2
    assert "unknown action 'create'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["invoices", "lst"])
    assert "unknown action 'lst'; did you mean list? (see: daftra invoices --help)" in (
        capsys.readouterr().err
    )


def sections(text: str) -> dict[str, list[str]]:
    """A help text's sections: title line → the names listed under it."""
    found: dict[str, list[str]] = {}
    title = ""
    for line in text.splitlines():
        if line.endswith(":") and not line.startswith(" "):
            title = line
            found[title] = []
        elif title and re.match(r"^  \S", line):
            found[title].append(line.split("  ")[1].strip())
    return found


def test_help_lists_every_command_grouped_and_sorted(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    listed = sections(capsys.readouterr().out)
    titles = [title.split(" (")[0].rstrip(":") for title in listed]
    assert titles[:5] == ["records", "data", "account", "sandbox", "shell"]
    records = next(names for title, names in listed.items() if title.startswith("records"))
    assert records == sorted(RESOURCES)
    for title, names in listed.items():
        if not title.startswith(("options", "account (", "exit statuses")):
            assert names == sorted(names), title
    assert listed["data:"] == ["RESOURCE export", "RESOURCE import", "sync"]
    assert "--profile PROFILE" in next(
        names for title, names in listed.items() if title.startswith("account (before")
    )


def test_a_resource_help_groups_its_actions(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["invoices", "--help"])
    listed = sections(capsys.readouterr().out)
    assert listed["one record:"] == ["create", "delete", "get", "update"]
    assert listed["many records:"] == ["export", "import", "list"]
    with pytest.raises(SystemExit):
        main(["staff", "--help"])
    listed = sections(capsys.readouterr().out)
    assert listed["one record:"] == ["get"]
    assert listed["many records:"] == ["export", "list"]


@pytest.fixture
def profile(sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A config file with a profile ``box`` naming the sandbox, and nothing from the
    environment of the machine running the tests."""
    for name in ("API_KEY", "TOKEN", "SUBDOMAIN", "BASE_URL", "PROFILE", "CONFIG"):
        monkeypatch.delenv(f"DAFTRA_{name}", raising=False)
    config = tmp_path / "config.toml"
    config.write_text(
        f'[profiles.box]\nbase_url = "{sandbox.base_url}"\napi_key = "{sandbox.api_key}"\n'
        '[profiles.wrong]\nbase_url = "http://127.0.0.1:9"\napi_key = "nope"\n'
    )
    return ["--config", str(config)]


@pytest.mark.parametrize(
    "argv",
    [
        ["invoices", "list", "--profile", "box", "--config", "{config}"],
        ["--config", "{config}", "invoices", "list", "--profile", "box"],
        ["--profile", "box", "--config", "{config}", "invoices", "list"],
        ["invoices", "--profile", "box", "--config", "{config}", "list"],
    ],
    ids=["after", "split", "before", "between"],
)
def test_global_flags_are_accepted_before_or_after_the_command(
    argv: list[str], profile: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    config = profile[1]
    assert main([part.format(config=config) for part in argv]) == 0
    assert "page 1" in capsys.readouterr().err


def test_a_global_flag_after_the_command_overrides_the_one_before(
    profile: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*profile, "--profile", "wrong", "whoami", "--profile", "box"]) == 0
    assert "Sandbox Trading" in capsys.readouterr().out
    args = build_parser().parse_args(["--timeout", "7", "--debug", "whoami"])
    assert (args.timeout, args.debug, args.sandbox) == (7.0, True, False)  # kept, not reset
    args = build_parser().parse_args(["completion", "bash", "--debug"])
    assert args.debug


def test_list_takes_page_size_and_the_old_limit_spelling(
    sandbox: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    account = ["--base-url", sandbox.base_url, "--api-key", sandbox.api_key]
    for flag in ("--page-size", "--limit"):
        assert main(["clients", "list", flag, "1", *account]) == 0
        out, err = capsys.readouterr()
        assert len(out.splitlines()) == 1 and "1 record, page 1 of" in err, flag
    with pytest.raises(SystemExit):
        main(["clients", "list", "--help"])
    assert "--limit" not in capsys.readouterr().out  # one name shown for one idea


def test_the_completion_script_still_offers_every_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["completion", "bash"]) == 0
    script = capsys.readouterr().out
    for name, (_, actions) in RESOURCES.items():
        line = re.search(rf'^\s+"{name}"\) words="([^"]*)"', script, re.MULTILINE)
        assert line is not None, name
        assert set(actions) <= set(line[1].split()), name


def test_the_version_is_printed_on_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    out = capsys.readouterr().out
    assert re.fullmatch(r"daftra \S+\n", out)
    assert json.loads(json.dumps(out))  # one plain line
