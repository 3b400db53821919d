"""The report of an import: one line per element on the terminal, and one row per element
in a ``--report`` file (JSON, or CSV safe to open in a spreadsheet)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import IO, Any

from daftra_facade import BulkResult, Duplicate, Existing, Outcome, Rejected, Unknown
from daftra_facade.files import safe_cell

from ._common import CommandError, in_cli_words, output_file


def _outcome_row(outcome: Outcome, label: str) -> dict[str, Any]:
    row: dict[str, Any] = {
        "index": outcome.index,
        "key": label,
        "outcome": type(outcome).__name__.lower(),
        "id": None,
        "number": None,
        "error": None,
        "sent": None,
        "earlier": getattr(outcome, "earlier", False),
    }
    if isinstance(outcome, Rejected):
        fields = "; ".join(
            f"{field}: {', '.join(reasons)}" for field, reasons in outcome.field_errors.items()
        )
        message = in_cli_words(outcome.message)
        row.update(error=message + (f" ({fields})" if fields else ""), sent=outcome.sent)
    elif isinstance(outcome, Unknown):
        row.update(error=outcome.reason)
    elif isinstance(outcome, Duplicate):
        # Every record carrying the reference, so that the extra ones can be deleted.
        row.update(id=" ".join(map(str, outcome.ids)), error=outcome.reason, sent=outcome.sent)
    else:
        row.update(id=outcome.id, number=getattr(outcome, "number", None))
        if isinstance(outcome, Existing):
            row.update(sent=False)  # already on the server under its own reference
    # A key or message may quote a lone surrogate (from the file, or a server's \ud800
    # escape): written as its escape, so printing and writing the report cannot fail.
    # A 10 MB key is shown cut short, like values in messages.
    if isinstance(row["key"], str) and len(row["key"]) > LONGEST_KEY:
        row["key"] = f"{row['key'][:LONGEST_KEY]}…({len(row['key']):,} chars)"
    return {
        name: value.encode("utf-8", "backslashreplace").decode("utf-8")
        if isinstance(value, str)
        else value
        for name, value in row.items()
    }


LONGEST_KEY = 80


REPORT_COLUMNS = ["index", "key", "outcome", "id", "number", "error", "sent", "earlier"]


def write_report(
    result: BulkResult, labels: list[str], path: Path, *, raw_cells: bool = False
) -> None:
    """One row per input element, as JSON (``.json``) or CSV (anything else); readable
    by its owner only (it names records, ids and the server's messages). CSV cells are
    made safe to open in a spreadsheet unless ``raw_cells`` (see
    :func:`daftra_facade.files.safe_cell`)."""
    rows = [_outcome_row(outcome, _at(labels, outcome.index)) for outcome in result]
    try:
        with output_file(path, private=True) as handle:
            if path.suffix.lower() == ".json":
                handle.write(
                    json.dumps(
                        {"summary": result.counts, "elements": rows}, indent=2, ensure_ascii=False
                    )
                    + "\n"
                )
                return
            writer = csv.DictWriter(handle, fieldnames=REPORT_COLUMNS)
            writer.writeheader()
            writer.writerows(
                {
                    name: safe_cell(value, raw=raw_cells) if isinstance(value, str) else value
                    for name, value in row.items()
                }
                for row in rows
            )
    except OSError as exc:  # a full disk, mostly
        raise CommandError(
            f"{path}: the report could not be written: {exc.strerror or exc}"
        ) from None


def _at(labels: list[str], index: int) -> str:
    return labels[index] if 0 <= index < len(labels) else ""


def print_report(result: BulkResult, labels: list[str], out: IO[str]) -> None:
    for outcome in result:
        row = _outcome_row(outcome, _at(labels, outcome.index))
        if row["error"] is None:
            detail = f"id={row['id']}" + (f" number={row['number']}" if row["number"] else "")
        elif isinstance(outcome, Duplicate):
            detail = f"ids={row['id']} {row['error']}"
        else:
            detail = str(row["error"])
        shown = ("already " if row["earlier"] else "") + row["outcome"]
        label = f" [{row['key']}]" if row["key"] else ""
        print(f"#{outcome.index:<5} {shown:<17} {detail}{label}", file=out)
