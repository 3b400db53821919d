"""``daftra completion bash|zsh``: a shell completion script, printed.

The script is generated from the parser itself (commands, resources, actions and their
options), so it cannot drift from the CLI. It is static text rather than a call back
into Python on every Tab (as argcomplete does): no extra dependency, and completing
costs nothing at start-up.
"""

from __future__ import annotations

import argparse
from typing import Any

from ._common import EXIT_OK


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _options(parser: argparse.ArgumentParser) -> list[str]:
    return sorted(
        option
        for action in parser._actions
        for option in action.option_strings
        if option.startswith("--")
    )


def completion_table(parser: argparse.ArgumentParser) -> dict[str, list[str]]:
    """What to offer after each command path: ``""`` (top level), ``"clients"``,
    ``"clients import"``, … → words."""
    table: dict[str, list[str]] = {"": [*_subcommands(parser), *_options(parser)]}

    def walk(prefix: str, node: argparse.ArgumentParser) -> None:
        children = _subcommands(node)
        table[prefix] = [*children, *_options(node)]
        for name, child in children.items():
            walk(f"{prefix} {name}".strip(), child)

    walk("", parser)
    return table


def bash_script(parser: argparse.ArgumentParser) -> str:
    cases = "\n".join(
        f'        "{path}") words="{" ".join(words)}" ;;'
        for path, words in sorted(completion_table(parser).items())
    )
    return f"""# daftra completion for bash: eval "$(daftra completion bash)"
_daftra() {{
    local current="${{COMP_WORDS[COMP_CWORD]}}" path="" word words=""
    for word in "${{COMP_WORDS[@]:1:COMP_CWORD-1}}"; do
        case "$word" in -*) ;; *) path="${{path:+$path }}$word" ;; esac
    done
    case "$path" in
{cases}
        *) words="" ;;
    esac
    COMPREPLY=($(compgen -W "$words" -- "$current"))
}}
complete -o default -F _daftra daftra
"""


def zsh_script(parser: argparse.ArgumentParser) -> str:
    return (
        '#compdef daftra\n# daftra completion for zsh: eval "$(daftra completion zsh)"\n'
        "autoload -U +X bashcompinit && bashcompinit\n" + bash_script(parser)
    )


def run_completion(args: argparse.Namespace) -> int:
    """Print the completion script of the whole command line (``args.root_parser``)."""
    parser: argparse.ArgumentParser = args.root_parser
    print(bash_script(parser) if args.shell == "bash" else zsh_script(parser), end="")
    return EXIT_OK


def add_commands(commands: Any, root: argparse.ArgumentParser) -> None:
    """``daftra completion bash|zsh``, printing the script of ``root`` and its commands."""
    completion = commands.add_parser(
        "completion",
        help="print a shell completion script",
        epilog='example: daftra completion bash   (then: eval "$(daftra completion bash)")',
    )
    completion.add_argument("shell", choices=["bash", "zsh"])
    completion.set_defaults(handler=run_completion, root_parser=root)
