"""``daftra_facade.resource_info`` describes each resource from its one declaration:
what it serves, how its listing is filtered, how its ids and keys are typed, and what
the client would refuse in a new record, without sending anything."""

from __future__ import annotations

import pytest

from daftra_facade import AsyncDaftra, Daftra, InvalidInputError
from daftra_facade.resource_info import ListFilter, all_resources, resource_info

METHODS = {
    "list": "list",
    "get": "get",
    "create": "create",
    "update": "update",
    "delete": "delete",
    "bulk_create": "bulk_create",
    "upsert": "upsert",
}

GETS_BY_NO_ID = {"site", "general_listing"}


@pytest.mark.parametrize("client_class", [Daftra, AsyncDaftra])
def test_the_actions_are_the_methods_each_client_has(client_class: type) -> None:
    client = client_class(base_url="http://127.0.0.1:9", api_key="k")
    for name, info in all_resources().items():
        resource = getattr(client, name)
        served = {action for action, method in METHODS.items() if hasattr(resource, method)}
        if name in GETS_BY_NO_ID:  # their get() reads the account or a list, not a record
            served.discard("get")
        assert served == set(info.actions), name


def test_every_resource_of_the_client_is_described() -> None:
    attributes = {n for n in dir(Daftra) if not n.startswith("_")}
    assert set(all_resources()) <= attributes
    assert "invoices" in all_resources() and "branches" in all_resources()


def test_an_unknown_resource_is_named() -> None:
    with pytest.raises(KeyError, match="no resource 'invoice'"):
        resource_info("invoice")


def test_list_filters_say_which_are_needed_and_which_take_text_only() -> None:
    invoices = resource_info("invoices").list_filters()
    assert invoices["no"] == ListFilter("no", required=False, text=True)
    assert invoices["client_id"] == ListFilter("client_id", required=False, text=False)
    assert "page" not in invoices and "limit" not in invoices
    required = {
        name: [f.name for f in info.list_filters().values() if f.required]
        for name, info in all_resources().items()
    }
    assert {name: needed for name, needed in required.items() if needed} == {
        "follow_up_actions": ["type"]
    }


def test_the_since_filter_is_the_one_the_listing_takes() -> None:
    assert resource_info("invoices").since_filter() == ("created_from", "created")
    assert resource_info("brands").since_filter() == (None, "created")


def test_ids_from_text_are_typed_as_the_spec_types_them() -> None:
    assert resource_info("invoices").record_id("7") == 7
    with pytest.raises(InvalidInputError, match="id must be a positive integer, not 'x'"):
        resource_info("stores").record_id("x")
    with pytest.raises(ValueError, match="branches cannot get"):
        resource_info("branches").record_id("1")


def test_keys_references_and_kinds_come_from_the_declarations() -> None:
    clients = resource_info("clients")
    assert clients.keys == ("email", "phone", "client_number")
    assert clients.reference is not None and clients.reference.option == "client_key"
    assert clients.api == "v1" and clients.model_key == "Client" and clients.seeded
    assert resource_info("brands").api == "v2"
    assert resource_info("invoices").document and not clients.document
    assert resource_info("invoices").create_operation == ("addInvoicesBulk", True)
    assert clients.create_operation == ("addClient", False)
    assert resource_info("staff").create_operation is None


def test_the_business_key_a_body_gives() -> None:
    clients = resource_info("clients")
    body = {"Client": {"email": " a@b.c ", "client_number": "C-1"}}
    assert clients.key_value(body) == ("email", "a@b.c")
    assert clients.key_value(body, "client_number") == ("client_number", "C-1")
    assert clients.key_value({"Client": {}}) is None
    assert clients.key_value_problem("x" * 1_001) is not None
    assert clients.key_value_problem("a@b.c") is None


def test_body_problems_name_the_element_and_field_and_send_nothing() -> None:
    invoices = resource_info("invoices")
    example = invoices.create_example()
    assert example is not None and invoices.body_problems(example) == {}
    problems = invoices.body_problems({"Invoice": {"client_id": "x", "bogus": 1}})
    assert set(problems) == {"Invoice.bogus", "Invoice.client_id"}
    unwritable = invoices.body_problems({"Invoice": {"notes": "\x00"}}, index=4)
    assert list(unwritable) == ["records[4]"] and "NUL" in unwritable["records[4]"][0]


def test_field_kinds_and_documented_parts_of_listed_records() -> None:
    brands = resource_info("brands")
    assert brands.field_is_text("name") and not brands.field_is_text("id")
    invoices = resource_info("invoices")
    record = {"Invoice": {"id": "3", "undocumented": 1}, "Surprise": {}}
    assert invoices.documented(record) == {"Invoice": {"id": "3"}}
    assert invoices.own_fields({"Invoice": {"id": 3}}) == {"id": 3}


def test_the_module_s_example_runs_as_written() -> None:
    import doctest

    from daftra_facade import resource_info as module

    outcome = doctest.testmod(module)
    assert outcome.attempted and not outcome.failed
