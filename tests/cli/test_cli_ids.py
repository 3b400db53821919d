"""``daftra <resource> get ID``: the id typed as the spec types the resource's ids."""

from __future__ import annotations

import json

import pytest

from daftra_facade.cli import main

from ..spec.test_spec_diff import store_ids_as_text  # noqa: F401 (a fixture)


def test_get_reads_a_number_where_the_spec_types_ids_integer(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["stores", "get", "1", "--sandbox"]) == 0
    assert json.loads(capsys.readouterr().out)["Store"]["id"] == 1


@pytest.mark.parametrize("given", ["abc", "0", "-2", "1.5"])
def test_get_refuses_what_is_not_an_integer_id_in_one_line_naming_the_argument(
    given: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["stores", "get", given, "--sandbox"]) == 2
    captured = capsys.readouterr()
    shown = repr(int(given)) if given.lstrip("-").isdigit() else repr(given)
    assert captured.err == f"daftra: error: id must be a positive integer, not {shown}\n"
    assert captured.out == ""


@pytest.mark.usefixtures("store_ids_as_text")
@pytest.mark.parametrize("given", ["WH-01", "007"])
def test_get_sends_a_text_id_as_written_where_the_spec_types_ids_string(
    given: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # The sandbox keeps its warehouses under number ids: the id is sent, and not found.
    assert main(["stores", "get", given, "--sandbox"]) == 1
    error = capsys.readouterr().err.splitlines()[-1]
    assert error == f"daftra: error: 404 from GET /api2/stores/{given}.json: Store not found"


def test_filters_are_typed_as_the_list_parameters_so_text_keys_keep_their_zeros() -> None:
    from daftra_facade.cli.exporting import _filters
    from daftra_facade.resource_info import resource_info

    listing = resource_info("invoices")
    found = _filters(["no=0007", "client_id=2", "keywords=0042", "tags=01", "tags=2"], listing)
    # An invoice number and keywords are text in the spec; client and tag ids integers.
    assert found == {"no": "0007", "client_id": 2, "keywords": "0042", "tags": [1, 2]}


def test_where_values_are_typed_as_the_listed_fields() -> None:
    from daftra_facade.cli.exporting import where_query
    from daftra_facade.resource_info import resource_info

    query = where_query(["name=007", "id>=5"], resource_info("brands"))
    assert query is not None
    assert [(c.field, c.value) for c in query.all_of] == [("name", "007"), ("id", 5)]
