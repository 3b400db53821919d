"""The sandbox's v2 API, driven directly through V2Api.handle: entities, lists, filters,
the OAuth token, multi-entity and the token book."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

import pytest

from daftra_sandbox.routing import Answer, Request, parse_target
from daftra_sandbox.state import SandboxState
from daftra_sandbox.v2 import LONG_LIFE_SECONDS, V2Api
from daftra_sandbox.v2_entities import seed_v2_defaults, v2_table
from daftra_sandbox.v2_pages import DEFAULT_PER_PAGE
from daftra_sandbox.v2_tokens import TokenBook, requires_auth, unauthenticated

REQUIRED_AR = "هذا الحقل مطلوب ولا يمكن ان يكون فارغ"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def state() -> SandboxState:
    return SandboxState()


@pytest.fixture
def api(state: SandboxState, clock: FakeClock) -> V2Api:
    return V2Api(state, TokenBook(clock=clock))


def call(
    api: V2Api,
    method: str,
    target: str,
    body: object = None,
    *,
    raw: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> Answer:
    path, query = parse_target(target)
    payload = raw if raw is not None else (b"" if body is None else json.dumps(body).encode())
    return api.handle(Request(method, path, query, headers or {}, payload))


def body(answer: Answer) -> dict[str, Any]:
    assert isinstance(answer.body, dict)
    return answer.body


def create(api: V2Api, entity: str, **fields: Any) -> int:
    answer = call(api, "POST", f"/v2/api/entity/{entity}", fields)
    assert answer.status == 200, answer.body
    return int(body(answer)["id"])


def listed(api: V2Api, target: str) -> list[dict[str, Any]]:
    answer = call(api, "GET", target)
    assert answer.status == 200, answer.body
    rows = body(answer)["data"]
    assert isinstance(rows, list)
    return rows


def ids(api: V2Api, entity: str, query: str) -> list[int]:
    return [row["id"] for row in listed(api, f"/v2/api/entity/{entity}/list/1?{query}")]


# ------------------------------------------------------------------------ CRUD


def test_a_record_can_be_created_shown_updated_and_listed(api: V2Api) -> None:
    created = call(api, "POST", "/v2/api/entity/brand", {"name": "new brand"})
    assert created.status == 200
    assert body(created) == {"message": "Brand added successfully", "id": 1}

    shown = body(call(api, "GET", "/v2/api/entity/brand/1/1"))
    assert shown["id"] == 1 and shown["name"] == "new brand"
    assert {"created", "modified"} <= shown.keys()

    updated = call(api, "PUT", "/v2/api/entity/brand/1", {"id": 1, "name": "edited brand"})
    assert updated.status == 200
    assert body(updated) == {"message": "Brand updated successfully", "id": 1}

    assert body(call(api, "GET", "/v2/api/entity/brand/1"))["name"] == "edited brand"
    assert [row["name"] for row in listed(api, "/v2/api/entity/brand/list/1")] == ["edited brand"]
    assert [row["name"] for row in listed(api, "/v2/api/entity/brand/list")] == ["edited brand"]


def test_an_update_keeps_the_fields_it_does_not_name(api: V2Api) -> None:
    record_id = create(api, "designation", name="Sales agent", description="sells", active=1)
    call(api, "PUT", f"/v2/api/entity/designation/{record_id}", {"active": 0})
    shown = body(call(api, "GET", f"/v2/api/entity/designation/{record_id}/1"))
    assert shown["name"] == "Sales agent" and shown["description"] == "sells"
    assert shown["active"] == 0


def test_a_post_carrying_an_existing_id_updates_that_record(api: V2Api) -> None:
    record_id = create(api, "credit_type", name="Points", unit="point")
    answer = call(api, "POST", "/v2/api/entity/credit_type", {"id": record_id, "name": "Stars"})
    assert answer.status == 200
    assert body(answer) == {"message": "Credit type updated successfully", "id": record_id}
    assert [r["name"] for r in listed(api, "/v2/api/entity/credit_type/list/1")] == ["Stars"]


def test_a_post_with_a_blank_id_creates(api: V2Api) -> None:
    answer = call(
        api,
        "POST",
        "/v2/api/entity/leave_application",
        {
            "id": "",
            "staff_id": "1",
            "date_from": "2025-11-17",
            "date_to": "2025-12-29",
            "type": "leave",
        },
    )
    assert answer.status == 200 and body(answer)["id"] == 1


def test_records_are_kept_in_a_table_named_after_the_entity(
    api: V2Api, state: SandboxState
) -> None:
    record_id = create(api, "cost_center", name="Project D", code="0001")
    assert v2_table("cost_center") == "v2:cost_center"
    stored = state.get("v2:cost_center", record_id)
    assert stored is not None and stored["name"] == "Project D"


def test_workflow_entities_of_any_number_are_served(api: V2Api) -> None:
    for number in (36, 48):
        entity = f"le_workflow-type-entity-{number}"
        record_id = create(api, entity, title=f"Instance {number}", budget={"number": 1000})
        shown = body(call(api, "GET", f"/v2/api/entity/{entity}/{record_id}/1"))
        assert shown["title"] == f"Instance {number}"
        assert shown["budget"] == {"number": 1000}
    # Each workflow type has its own records.
    assert len(listed(api, "/v2/api/entity/le_workflow-type-entity-36/list/1")) == 1


def test_every_documented_entity_answers_a_list(api: V2Api) -> None:
    names = [
        "brand",
        "unit_template",
        "cost_center",
        "site_payment_gateway",
        "credit_usage",
        "charge_usage",
        "credit_type",
        "credit_charge",
        "package",
        "credit_type_package",
        "leave_application",
        "attendance_log",
        "purchase_debit_note",
        "product_bundle",
        "follow_up_status",
        "asset_type",
        "asset_location",
        "storage",
        "employee_asset",
        "designation",
        "department",
        "employment_type",
        "invoice",
        "booking",
    ]
    for name in names:
        assert call(api, "GET", f"/v2/api/entity/{name}/list/-1").status == 200, name


# ------------------------------------------------------------------------ refusals


def test_a_missing_required_field_is_refused_with_a_list_of_messages(api: V2Api) -> None:
    answer = call(api, "POST", "/v2/api/entity/brand", {"name": "  "})
    assert answer.status == 422
    assert body(answer) == {
        "message": "Entity not saved",
        "errors": {"name": ["This field is required and cannot be empty"]},
    }


def test_every_missing_required_field_is_named(api: V2Api) -> None:
    answer = call(api, "POST", "/v2/api/entity/employee_asset", {"code": "A1"})
    assert answer.status == 422
    assert set(body(answer)["errors"]) == {"name", "used_by", "location_id"}


def test_an_arabic_account_gets_arabic_messages(api: V2Api, state: SandboxState) -> None:
    state.site["language_code"] = "ar"
    refused = call(api, "POST", "/v2/api/entity/asset_type", {"description": "x"})
    assert refused.status == 422
    assert body(refused) == {"message": "Entity not saved", "errors": {"name": [REQUIRED_AR]}}

    added = call(api, "POST", "/v2/api/entity/asset_type", {"name": "type 1"})
    assert body(added) == {"message": "تم إضافة نوع الأصل بنجاح", "id": 1}
    changed = call(api, "PUT", "/v2/api/entity/asset_type/1", {"name": "type 2"})
    assert body(changed)["message"] == "تم تحديث نوع الأصل بنجاح"


def test_an_update_that_blanks_a_required_field_is_refused(api: V2Api) -> None:
    record_id = create(api, "department", name="Sales")
    answer = call(api, "PUT", f"/v2/api/entity/department/{record_id}", {"name": ""})
    assert answer.status == 422 and "name" in body(answer)["errors"]
    assert body(call(api, "GET", f"/v2/api/entity/department/{record_id}"))["name"] == "Sales"


def test_values_that_must_be_unique_are_refused_when_taken(api: V2Api) -> None:
    create(api, "department", name="Sales", abbr="sls")
    answer = call(api, "POST", "/v2/api/entity/department", {"name": "sales", "abbr": "sls"})
    assert answer.status == 422
    assert set(body(answer)["errors"]) == {"name", "abbr"}
    # A record does not clash with itself.
    assert call(api, "PUT", "/v2/api/entity/department/1", {"name": "Sales"}).status == 200


def test_a_reference_to_a_missing_record_is_refused(api: V2Api) -> None:
    fields = {"name": "Printer", "used_by": "storage", "location_id": 9}
    refused = call(api, "POST", "/v2/api/entity/employee_asset", fields)
    assert refused.status == 422
    assert body(refused)["errors"] == {"location_id": ["The related record does not exist"]}
    location = create(api, "asset_location", name="HQ")
    fields["location_id"] = location
    assert call(api, "POST", "/v2/api/entity/employee_asset", fields).status == 200


def test_updating_a_missing_record_answers_400(api: V2Api) -> None:
    answer = call(api, "PUT", "/v2/api/entity/brand/99", {"name": "x"})
    assert (answer.status, answer.body) == (400, {"message": "Record not found"})


def test_a_post_naming_a_missing_record_is_a_field_error_on_id(api: V2Api) -> None:
    by_post = call(api, "POST", "/v2/api/entity/brand", {"id": 99, "name": "x"})
    assert by_post.status == 422
    assert list(body(by_post)["errors"]) == ["id"]


def test_showing_a_missing_record_answers_404(api: V2Api) -> None:
    answer = call(api, "GET", "/v2/api/entity/brand/99/1")
    assert (answer.status, answer.body) == (404, {"message": "Record not found"})


def test_an_unknown_entity_answers_404(api: V2Api) -> None:
    for method, target in (
        ("GET", "/v2/api/entity/spaceship/list/1"),
        ("GET", "/v2/api/entity/spaceship/1/1"),
        ("POST", "/v2/api/entity/spaceship"),
        ("GET", "/v2/api/entity/le_workflow-type-entity-x/list/1"),
    ):
        answer = call(api, method, target, {"name": "x"})
        assert answer.status == 404
        assert "message" in body(answer)


def test_other_paths_under_v2_answer_404(api: V2Api) -> None:
    for method, target in (
        ("GET", "/v2/api/nothing"),
        ("DELETE", "/v2/api/entity/brand/1"),
        ("GET", "/v2/oauth/token"),
    ):
        answer = call(api, method, target)
        assert answer.status == 404, target
        assert isinstance(body(answer)["message"], str)


def test_a_body_that_is_not_a_json_object_counts_as_no_input(api: V2Api) -> None:
    for sent in ({"raw": b"{nope"}, {"raw": b""}):
        answer = call(api, "POST", "/v2/api/entity/brand", **sent)
        assert (answer.status, list(body(answer)["errors"])) == (422, ["name"])
    assert call(api, "POST", "/v2/api/entity/brand", ["name"]).status == 422


def test_a_level_out_of_range_is_clamped_not_refused(api: V2Api) -> None:
    assert call(api, "GET", "/v2/api/entity/brand/list/9").status == 200


def test_v1_owned_entities_are_read_only(api: V2Api) -> None:
    answer = call(api, "POST", "/v2/api/entity/invoice", {"client_id": 1})
    assert answer.status == 405


# ------------------------------------------------------------------------ v1 tables


def test_invoices_are_read_from_the_v1_table_as_flat_records(
    api: V2Api, state: SandboxState
) -> None:
    state.add("Client", business_name="First Client Co", type=3)
    state.add(
        "Invoice", client_id=1, no="000001", summary_total=10.0, InvoiceCustomField={"ref": "x"}
    )
    state.add("InvoiceItem", invoice_id=1, item="Widget", unit_price=10.0, quantity=1)

    row = listed(api, "/v2/api/entity/invoice/list/1")[0]
    assert row["no"] == "000001" and "InvoiceCustomField" not in row
    assert "client" not in row  # level 1: the bare record

    shown = body(call(api, "GET", "/v2/api/entity/invoice/1/2"))
    assert shown["client"]["business_name"] == "First Client Co"
    assert [item["item"] for item in shown["invoice_item"]] == ["Widget"]
    assert shown["payment"] == []


def test_bookings_are_read_from_the_v1_table(api: V2Api, state: SandboxState) -> None:
    state.add("Booking", client_id=1, date="2025-01-01")
    assert [row["date"] for row in listed(api, "/v2/api/entity/booking/list/1")] == ["2025-01-01"]


def test_generated_invoices_are_listed_page_by_page(api: V2Api, state: SandboxState) -> None:
    state.add_virtual("Invoice", 1000, lambda n: {"id": 1 + n, "no": f"V{n}"})
    page = body(call(api, "GET", "/v2/api/entity/invoice/list/1?page=3&per_page=10"))
    assert page["total"] == 1000 and page["last_page"] == 100
    assert [row["no"] for row in page["data"]][:2] == ["V20", "V21"]


# ------------------------------------------------------------------------ pages


def add_brands(api: V2Api, count: int) -> None:
    for number in range(1, count + 1):
        create(api, "brand", name=f"brand {number:02d}")


def test_lists_come_in_pages_of_20_by_default(api: V2Api) -> None:
    add_brands(api, 45)
    page = body(call(api, "GET", "/v2/api/entity/brand/list/1"))
    assert page["per_page"] == DEFAULT_PER_PAGE == 20
    assert len(page["data"]) == 20
    assert (page["current_page"], page["last_page"], page["total"]) == (1, 3, 45)
    assert (page["from"], page["to"]) == (1, 20)
    assert page["prev_page_url"] is None
    assert page["next_page_url"].endswith("page=2")
    assert page["path"] == "/v2/api/entity/brand/list/1"


def test_per_page_and_page_choose_the_slice(api: V2Api) -> None:
    add_brands(api, 45)
    page = body(call(api, "GET", "/v2/api/entity/brand/list/1?per_page=10&page=5"))
    assert [row["id"] for row in page["data"]] == [41, 42, 43, 44, 45]
    assert (page["current_page"], page["last_page"], page["from"], page["to"]) == (5, 5, 41, 45)
    assert page["next_page_url"] is None
    assert "per_page=10" in page["prev_page_url"] and page["prev_page_url"].endswith("page=4")


def test_a_page_past_the_end_is_empty_and_keeps_last_page(api: V2Api) -> None:
    add_brands(api, 5)
    page = body(call(api, "GET", "/v2/api/entity/brand/list/1?per_page=2&page=9"))
    assert page["data"] == []
    assert (page["current_page"], page["last_page"], page["total"]) == (9, 3, 5)
    assert page["from"] is None and page["to"] is None and page["next_page_url"] is None


def test_an_empty_list_has_one_page(api: V2Api) -> None:
    page = body(call(api, "GET", "/v2/api/entity/brand/list/1"))
    assert (page["data"], page["last_page"], page["total"]) == ([], 1, 0)


def test_nonsense_paging_values_fall_back_to_the_defaults(api: V2Api) -> None:
    add_brands(api, 3)
    page = body(call(api, "GET", "/v2/api/entity/brand/list/1?page=x&per_page=0"))
    assert (page["current_page"], page["per_page"]) == (1, 20)


def test_page_links_follow_laravel(api: V2Api) -> None:
    add_brands(api, 3)
    page = body(
        call(
            api,
            "GET",
            "/v2/api/entity/brand/list/1?per_page=1&page=2",
            headers={"host": "sandbox.test"},
        )
    )
    labels = [(link["label"], link["page"], link["active"]) for link in page["links"]]
    assert labels == [
        ("pagination.previous", 1, False),
        ("1", 1, False),
        ("2", 2, True),
        ("3", 3, False),
        ("pagination.next", 3, False),
    ]
    assert (
        page["first_page_url"] == "http://sandbox.test/v2/api/entity/brand/list/1?per_page=1&page=1"
    )


def test_many_pages_are_elided_in_the_links(api: V2Api) -> None:
    add_brands(api, 30)
    page = body(call(api, "GET", "/v2/api/entity/brand/list/1?per_page=1&page=15"))
    labels = [link["label"] for link in page["links"]][1:-1]
    assert labels == ["1", "2", "...", "12", "13", "14", "15", "16", "17", "18", "...", "29", "30"]


# ------------------------------------------------------------------------ filters


@pytest.fixture
def packages(api: V2Api) -> V2Api:
    """Five packages with numbers, dates, text and nulls to filter on."""
    for fields in (
        {
            "name": "Gold plan",
            "price": 250,
            "type": "membership",
            "starts": "2025-01-10",
            "notes": None,
        },
        {
            "name": "Silver",
            "price": "90",
            "type": "membership",
            "starts": "2025-02-01 08:30:00",
            "notes": "popular",
        },
        {"name": "Bronze", "price": 9.5, "type": "credits", "starts": "2025-02-01", "notes": ""},
        {"name": "GOLDEN extra", "price": 1000, "type": "credits", "starts": "2025-03-15"},
        {
            "name": "Trial 100%",
            "price": 0,
            "type": "trial",
            "starts": "2024-12-31",
            "notes": "free",
        },
    ):
        create(api, "package", **fields)
    return api


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("filter[type]=credits", [3, 4]),
        ("filter[type][eq]=CREDITS", [3, 4]),
        ("filter[price]=90.0", [2]),
        ("filter[type][not_equal]=membership", [3, 4, 5]),
        ("filter[price][gt]=90", [1, 4]),
        ("filter[price][gte]=90", [1, 2, 4]),
        ("filter[price][lt]=90", [3, 5]),
        ("filter[price][lte]=9.5", [3, 5]),
        ("filter[starts][from]=2025-02-01", [2, 3, 4]),
        ("filter[starts][to]=2025-02-01", [1, 2, 3, 5]),
        ("filter[starts][gte]=2025-01-01&filter[starts][lt]=2025-02-01", [1]),
        ("filter[name][like]=gold", [1, 4]),
        ("filter[name][like]=g%d", [1, 4]),
        ("filter[name][like]=100%25", [5]),
        ("filter[type][in][]=trial&filter[type][in][]=credits", [3, 4, 5]),
        ("filter[type][not_in][]=trial&filter[type][not_in][]=credits", [1, 2]),
        ("filter[notes][is_null]=1", [1, 4]),
        ("filter[notes][is_null]=0", [2, 3, 5]),
        ("filter[type]=membership&filter[price][gt]=100", [1]),
        ("filter[missing_field]=x", []),
    ],
)
def test_each_filter_operator_selects_as_documented(
    packages: V2Api, query: str, expected: list[int]
) -> None:
    assert ids(packages, "package", query) == expected


def test_numbers_compare_as_numbers_and_text_as_text(packages: V2Api) -> None:
    # 1000 > 250 numerically although "1000" < "250" as text; names compare as text.
    assert ids(packages, "package", "filter[price][gt]=250") == [4]
    assert ids(packages, "package", "filter[name][gt]=s") == [2, 5]


def test_or_conditions_need_one_match_and_plain_ones_all(packages: V2Api) -> None:
    query = "filter[or][name][like]=silver&filter[or][name][like]=bronze"
    assert ids(packages, "package", query) == [2, 3]
    # A repeated OR key gives one alternative per value.
    assert ids(
        packages,
        "package",
        urlencode([("filter[or][name][like]", "gold"), ("filter[or][name][like]", "trial")]),
    ) == [1, 4, 5]
    # Plain conditions still hold for every record.
    assert ids(packages, "package", f"{query}&filter[type]=credits") == [3]
    # Different fields may be ORed.
    assert ids(packages, "package", "filter[or][type]=trial&filter[or][price][gte]=1000") == [4, 5]


def test_indexed_or_groups_are_conjunctions(packages: V2Api) -> None:
    query = urlencode(
        [
            ("filter[or][0][type]", "membership"),
            ("filter[or][0][price][lt]", "100"),
            ("filter[or][1][type]", "trial"),
        ]
    )
    assert ids(packages, "package", query) == [2, 5]


def test_dotted_fields_look_into_nested_objects_and_lists(api: V2Api) -> None:
    entity = "le_workflow-type-entity-7"
    create(
        api,
        entity,
        title="A",
        client={"name": "Acme Corp"},
        assigned_users=[{"name": "Sam"}, {"name": "Kim"}],
        tags=["red", "blue"],
    )
    create(
        api,
        entity,
        title="B",
        client={"name": "Other"},
        assigned_users=[{"name": "Lee"}],
        tags=["green"],
    )
    create(api, entity, title="C", client=None, assigned_users=[])

    def titles(query: str) -> list[str]:
        return [row["title"] for row in listed(api, f"/v2/api/entity/{entity}/list/1?{query}")]

    assert titles("filter[client.name][like]=acme") == ["A"]
    assert titles("filter[assigned_users.name]=Kim") == ["A"]
    assert titles(
        "filter[assigned_users.name][in][]=Lee&filter[assigned_users.name][in][]=Sam"
    ) == ["A", "B"]
    assert titles("filter[client.name][is_null]=1") == ["C"]
    assert titles("filter[tags]=blue") == ["A"]


def test_dotted_fields_reach_related_records(api: V2Api) -> None:
    seed_v2_defaults(api.state)
    rows = listed(api, "/v2/api/entity/designation/list/1?filter[department.name]=Sales")
    assert [row["name"] for row in rows] == ["Sales agent"]
    assert "department" not in rows[0]  # the filter does not change the level answered


def test_sorting_by_one_field_either_way(packages: V2Api) -> None:
    assert ids(packages, "package", "sort[price]=asc") == [5, 3, 2, 1, 4]
    assert ids(packages, "package", "sort[price]=DESC") == [4, 1, 2, 3, 5]
    assert ids(packages, "package", "") == [1, 2, 3, 4, 5]  # by id by default


def test_sorting_by_several_fields_applies_them_in_order(packages: V2Api) -> None:
    assert ids(packages, "package", "sort[type]=asc&sort[price]=desc") == [4, 3, 1, 2, 5]
    assert ids(packages, "package", "sort[type]=desc&sort[name]=desc") == [5, 2, 1, 4, 3]


def test_nulls_sort_first_ascending(packages: V2Api) -> None:
    assert ids(packages, "package", "sort[notes]=asc")[:2] == [1, 4]


def test_filters_and_sorting_work_together_with_pages(packages: V2Api) -> None:
    page = body(
        call(
            packages,
            "GET",
            "/v2/api/entity/package/list/1?filter[price][gt]=0&sort[price]=desc&per_page=2&page=2",
        )
    )
    assert [row["id"] for row in page["data"]] == [2, 3]
    assert page["total"] == 4 and page["last_page"] == 2 and page["next_page_url"] is None
    assert "filter%5Bprice%5D%5Bgt%5D=0" in page["prev_page_url"]


def test_an_unknown_operator_answers_400_naming_it(api: V2Api) -> None:
    answer = call(api, "GET", "/v2/api/entity/brand/list/1?filter[name][approx]=x")
    assert answer.status == 400
    assert "approx" in body(answer)["message"]


@pytest.mark.parametrize(
    "query",
    ["filter[name][like][x]=1", "filter[]=1", "sort[name]=up", "filter[notes][is_null]=maybe"],
)
def test_malformed_filters_and_sorts_answer_400(api: V2Api, query: str) -> None:
    answer = call(api, "GET", f"/v2/api/entity/brand/list/1?{query}")
    assert answer.status == 400 and body(answer)["message"]


# ------------------------------------------------------------------------ token


TOKEN_FIELDS = {
    "grant_type": "password",
    "client_id": "1",
    "client_secret": "secret",
    "username": "owner@sandbox.example",
    "password": "sandbox-password",
}


def test_right_credentials_in_json_give_a_bearer_token(api: V2Api) -> None:
    answer = call(
        api, "POST", "/v2/oauth/token", TOKEN_FIELDS, headers={"content-type": "application/json"}
    )
    assert answer.status == 200
    grant = body(answer)
    assert grant["token_type"] == "Bearer"
    assert grant["expires_in"] == 3600
    assert grant["refresh_token"] and grant["refresh_token"] != grant["access_token"]
    assert api.tokens.is_valid(grant["access_token"])


def test_right_credentials_in_a_form_give_a_token(api: V2Api) -> None:
    answer = call(
        api,
        "POST",
        "/v2/oauth/token",
        raw=urlencode(TOKEN_FIELDS).encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert answer.status == 200
    assert api.tokens.is_valid(body(answer)["access_token"])


def test_right_credentials_in_a_multipart_form_give_a_token(api: V2Api) -> None:
    parts = b"".join(
        f'--BOUND\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in TOKEN_FIELDS.items()
    )
    answer = call(
        api,
        "POST",
        "/v2/oauth/token",
        raw=parts + b"--BOUND--\r\n",
        headers={"content-type": "multipart/form-data; boundary=BOUND"},
    )
    assert answer.status == 200


def test_the_token_lives_as_long_as_configured(state: SandboxState, clock: FakeClock) -> None:
    api = V2Api(state, TokenBook(clock=clock), token_ttl=60.0)
    token = body(call(api, "POST", "/v2/oauth/token", TOKEN_FIELDS))["access_token"]
    clock.now += 59
    assert api.tokens.is_valid(token)
    clock.now += 1
    assert not api.tokens.is_valid(token)


def test_a_token_without_expiry_reports_a_long_life(state: SandboxState) -> None:
    api = V2Api(state, TokenBook(), token_ttl=None, username="me@x.test", password="pw")
    answer = call(
        api, "POST", "/v2/oauth/token", {**TOKEN_FIELDS, "username": "me@x.test", "password": "pw"}
    )
    assert body(answer)["expires_in"] == LONG_LIFE_SECONDS


@pytest.mark.parametrize("wrong", [{"password": "nope"}, {"username": "someone@else.example"}])
def test_wrong_credentials_answer_401(api: V2Api, wrong: dict[str, str]) -> None:
    answer = call(api, "POST", "/v2/oauth/token", {**TOKEN_FIELDS, **wrong})
    assert answer.status == 401
    assert isinstance(body(answer)["message"], str)


@pytest.mark.parametrize(
    "change",
    [
        {"grant_type": "client_credentials"},
        {"grant_type": ""},
        {"client_secret": ""},
        {"client_id": ""},
        {"username": ""},
        {"password": ""},
    ],
)
def test_a_missing_field_or_another_grant_answers_400(api: V2Api, change: dict[str, str]) -> None:
    answer = call(api, "POST", "/v2/oauth/token", {**TOKEN_FIELDS, **change})
    assert answer.status == 400 and body(answer)["message"]


def test_the_token_endpoint_alone_needs_no_credentials() -> None:
    assert not requires_auth("/v2/oauth/token")
    assert requires_auth("/v2/api/entity/brand/list/1")
    assert unauthenticated().status == 401
    assert unauthenticated().body == {"message": "Unauthenticated."}


# ------------------------------------------------------------------------ token book


def test_tokens_expire_after_their_ttl(clock: FakeClock) -> None:
    book = TokenBook(clock=clock)
    short, forever = book.issue(10), book.issue()
    assert book.is_valid(short) and book.is_valid(forever)
    clock.now += 10
    assert not book.is_valid(short)
    clock.now += 10**9
    assert book.is_valid(forever)
    assert not book.is_valid("never-issued")


def test_tokens_can_be_expired_by_hand(clock: FakeClock) -> None:
    book = TokenBook(clock=clock)
    first, second, third = book.issue(), book.issue(60), book.issue()
    book.expire(first)
    assert not book.is_valid(first) and book.is_valid(second)
    book.expire("unknown")  # no error
    book.expire_all()
    assert not book.is_valid(second) and not book.is_valid(third)


def test_issued_tokens_are_distinct() -> None:
    book = TokenBook()
    assert len({book.issue() for _ in range(50)}) == 50


# ------------------------------------------------------------------------ multi-entity


def test_multi_entity_answers_each_element_under_its_alias_or_key(api: V2Api) -> None:
    seed_v2_defaults(api.state)
    answer = call(
        api,
        "POST",
        "/v2/api/multi-entity",
        [
            {"key": "brand", "action": "show", "options": "2", "data_level": 1},
            {
                "key": "department",
                "action": "list",
                "options": {"abbr": "sls"},
                "alias": "sales_departments",
            },
            {
                "key": "employment_type",
                "action": "list",
                "options": {"per_page": 2, "page": 2},
                "alias": "types",
            },
            {"key": "designation", "action": "show", "options": 99, "alias": "missing"},
            {"key": "brand", "action": "explode", "options": 1, "alias": "broken"},
            "not an object",
            {"key": "spaceship", "action": "list", "alias": "unknown"},
        ],
    )
    assert answer.status == 200
    result = body(answer)
    assert result["brand"]["name"] == "Globex"
    assert [row["name"] for row in result["sales_departments"]["data"]] == ["Sales"]
    assert result["types"]["current_page"] == 2 and result["types"]["total"] == 3
    assert [row["id"] for row in result["types"]["data"]] == [3]
    assert result["missing"] == {"message": "Record not found"}
    assert "explode" in result["broken"]["message"]
    assert "message" in result["5"]
    assert "message" in result["unknown"]


def test_multi_entity_list_options_may_list_several_values(api: V2Api) -> None:
    seed_v2_defaults(api.state)
    answer = call(
        api,
        "POST",
        "/v2/api/multi-entity",
        [
            {"key": "brand", "action": "list", "options": {"name": ["Acme", "Initech"]}},
        ],
    )
    assert [row["id"] for row in body(answer)["brand"]["data"]] == [1, 3]


def test_multi_entity_needs_an_array(api: V2Api) -> None:
    answer = call(api, "POST", "/v2/api/multi-entity", {"key": "brand"})
    assert answer.status == 400 and body(answer)["message"]
    assert call(api, "POST", "/v2/api/multi-entity", raw=b"[").status == 400


# ------------------------------------------------------------------------ the rest


def test_app_status_reports_whether_an_app_is_active(api: V2Api) -> None:
    assert body(call(api, "GET", "/v2/api/app-manager/is_active/12")) == {"is_active": True}
    api.inactive_apps.add("12")
    assert body(call(api, "GET", "/v2/api/app-manager/is_active/12")) == {"is_active": False}


def test_the_seed_fills_the_common_lookups(api: V2Api, state: SandboxState) -> None:
    seed_v2_defaults(state)
    seed_v2_defaults(state)  # twice changes nothing
    for entity in (
        "brand",
        "designation",
        "department",
        "employment_type",
        "unit_template",
        "cost_center",
        "site_payment_gateway",
    ):
        rows = listed(api, f"/v2/api/entity/{entity}/list/1")
        assert 2 <= len(rows) <= 5, entity
    gateways = listed(api, "/v2/api/entity/site_payment_gateway/list/1")
    assert {row["payment_gateway"] for row in gateways} >= {"cash", "bank"}
    assert create(api, "brand", name="Fresh") == 4  # new records follow the seeded ids


def test_level_two_embeds_related_records(api: V2Api) -> None:
    seed_v2_defaults(api.state)
    flat = body(call(api, "GET", "/v2/api/entity/designation/1/1"))
    assert "department" not in flat
    full = body(call(api, "GET", "/v2/api/entity/designation/1/2"))
    assert full["department"]["name"] == "Finance"
    shown = body(call(api, "GET", "/v2/api/entity/designation/1"))
    assert "department" in shown  # a show without a level embeds relations
