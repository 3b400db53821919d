# Sourced by scripts/regenerate and scripts/spec-diff: sets $root and $venv, the code
# generator's own environment (.venv-gen/), created or refreshed from the pinned
# requirements whenever they change.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.venv-gen"
reqs="$root/scripts/generator-requirements.txt"
stamp="$venv/.requirements"
if [[ ! -x "$venv/bin/python" ]] || ! cmp -s "$reqs" "$stamp"; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$reqs"
    cp "$reqs" "$stamp"
fi
