"""Checks on the bundled spec (openapi/daftra.yaml and its fragments): validity, naming
rules, examples and the generator rules.

The examples are validated with JSON Schema 2020-12 against the schemas they illustrate,
with ``$ref``s resolved against the whole specification.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from daftra_facade.wire.specification import load_spec

from ..conftest import load_data

SPEC_DIR = Path(__file__).resolve().parents[2] / "openapi"
# The bundle that scripts/regenerate writes; `regenerate --check` keeps it equal to the parts.
SPEC: dict[str, Any] = copy.deepcopy(load_spec())
SPEC_URI = "urn:daftra-spec"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
LOWER_CAMEL = re.compile(r"^[a-z][a-zA-Z0-9]*$")

# The operations the rest of the project is built on: (method, path) -> (operationId, tag, title).
CONTRACT = {
    ("get", "/site_info.json"): ("getSiteInfo", "site", "GET Site Info"),
    ("get", "/invoices.json"): ("listInvoices", "invoices", "GET All Invoices"),
    ("post", "/invoices.json"): ("addInvoice", "invoices", "Add New Invoice"),
    ("post", "/invoices/add_bulk.json"): ("addInvoicesBulk", "invoices", "Bulk Add Invoices"),
    ("get", "/invoices/{id}.json"): ("getInvoice", "invoices", "GET Single Invoice"),
    ("put", "/invoices/{id}.json"): ("editInvoice", "invoices", "Edit Invoices"),
    ("delete", "/invoices/{id}.json"): ("deleteInvoice", "invoices", "Delete Invoices"),
}

# The request and response of Daftra's "Bulk Add Invoices" documentation page, verbatim.
SEED_BULK_REQUEST: list[dict[str, Any]] = load_data("seed_bulk_request.json")
SEED_BULK_RESPONSE: list[dict[str, Any]] = load_data("seed_bulk_response.json")

# Every query parameter Daftra documents for GET /invoices, by its wire name.
DOCUMENTED_LIST_PARAMETERS = """
    page limit recursive keywords client_id type client_type payment_status draft
    follow_up_status einvoice_status currency_code no item tags po_number external_source
    custom_field custom_field_label subscription_id work_order_id source_type source_id
    order_source_id shipping_option_id staff_id pos_shift_id requisition_delivery_status
    summary_total_from summary_total_to date_from date_to due_date_from due_date_to
    created_from created_to sort direction
"""

BULK_BODY = "/paths/~1invoices~1add_bulk.json/post/requestBody/content/application~1json/schema"
BULK_ANSWER = "/paths/~1invoices~1add_bulk.json/post/responses/200/content/application~1json/schema"


# ---------------------------------------------------------------------------- helpers


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def resolve(node: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    """Follow a local ``$ref``; return the target and its JSON pointer (None if inline)."""
    ref = node.get("$ref")
    if ref is None:
        return node, None
    assert ref.startswith("#/"), ref
    target: Any = SPEC
    for token in ref[2:].split("/"):
        target = target[token.replace("~1", "/").replace("~0", "~")]
    return target, ref[1:]


def operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in SPEC["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield method, path, item[method]


OPERATIONS = [
    pytest.param(method, path, op, id=op.get("operationId", f"{method} {path}"))
    for method, path, op in operations()
]


def media_types() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every media-type object of the spec, each once: its JSON pointer, a label, the object."""
    for path, item in SPEC["paths"].items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            base = f"/paths/{escape(path)}/{method}"
            label = f"{method.upper()} {path}"
            body = op.get("requestBody")
            if body is not None and "$ref" not in body:
                for media, obj in body.get("content", {}).items():
                    pointer = f"{base}/requestBody/content/{escape(media)}"
                    yield pointer, f"{label} request {media}", obj
            for status, response in op.get("responses", {}).items():
                if "$ref" in response:
                    continue
                for media, obj in response.get("content", {}).items():
                    pointer = f"{base}/responses/{status}/content/{escape(media)}"
                    yield pointer, f"{label} {status} {media}", obj
    for kind in ("responses", "requestBodies"):
        for name, component in SPEC.get("components", {}).get(kind, {}).items():
            for media, obj in component.get("content", {}).items():
                pointer = f"/components/{kind}/{name}/content/{escape(media)}"
                yield pointer, f"components {kind} {name} {media}", obj


def all_examples() -> list[Any]:
    found = []
    for pointer, label, obj in media_types():
        if "example" in obj:
            found.append(pytest.param(pointer, obj["example"], id=label))
        for name, example in obj.get("examples", {}).items():
            example, _ = resolve(example)
            found.append(pytest.param(pointer, example["value"], id=f"{label} #{name}"))
    return found


@cache
def registry() -> Registry[Any]:
    resource = Resource.from_contents(SPEC, default_specification=DRAFT202012)
    return Registry().with_resource(SPEC_URI, resource)


def validator(schema_pointer: str) -> Draft202012Validator:
    return Draft202012Validator(
        {"$ref": f"{SPEC_URI}#{schema_pointer}"},
        registry=registry(),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def problems(schema_pointer: str, instance: Any) -> list[str]:
    return [
        f"{'/'.join(map(str, error.absolute_path)) or '<root>'}: {error.message}"
        for error in validator(schema_pointer).iter_errors(instance)
    ]


def walk(node: Any, pointer: str = "") -> Iterator[tuple[str, Any]]:
    yield pointer, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, f"{pointer}/{escape(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{pointer}/{index}")


def schema_nodes() -> Iterator[tuple[str, dict[str, Any]]]:
    """Every dict that sits where a schema may sit (components, parameters, bodies)."""
    for pointer, node in walk(SPEC):
        if (
            isinstance(node, dict)
            and (
                pointer.startswith("/components/schemas/")
                or pointer.endswith("/schema")
                or "/schema/" in pointer
            )
            and not re.search(r"/(examples?|x-[^/]*)(/|$)", pointer)
        ):
            yield pointer, node


# Keywords a schema object may carry, by vocabulary: JSON Schema 2020-12's and the OpenAPI 3.1
# base vocabulary. Anything else (bar `x-` extensions) is a typo or text that YAML turned
# into a key.
SCHEMA_VOCABULARIES = {
    "core": "$schema $id $ref $anchor $dynamicRef $dynamicAnchor $vocabulary $comment $defs",
    "applicator": "prefixItems items contains additionalProperties properties"
    " patternProperties dependentSchemas propertyNames if then else allOf anyOf oneOf not",
    "unevaluated": "unevaluatedItems unevaluatedProperties",
    "validation": "type const enum multipleOf maximum exclusiveMaximum minimum"
    " exclusiveMinimum maxLength minLength pattern maxItems minItems uniqueItems maxContains"
    " minContains maxProperties minProperties required dependentRequired",
    "meta-data": "title description default deprecated readOnly writeOnly examples",
    "format-annotation": "format",
    "content": "contentEncoding contentMediaType contentSchema",
    "openapi-base": "discriminator xml externalDocs example",
}
SCHEMA_KEYWORDS = frozenset(
    keyword for keywords in SCHEMA_VOCABULARIES.values() for keyword in keywords.split()
)
# Schema keywords whose value is one subschema, a list of them, or a map of name -> subschema.
SUBSCHEMA = (
    "items",
    "contains",
    "additionalProperties",
    "propertyNames",
    "if",
    "then",
    "else",
    "not",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contentSchema",
)
SUBSCHEMA_LISTS = ("prefixItems", "allOf", "anyOf", "oneOf")
SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")

# The fixed fields of the OpenAPI 3.1 objects the spec uses.
OBJECT_FIELDS = {
    "document": "openapi info jsonSchemaDialect servers paths webhooks components security"
    " tags externalDocs",
    "info": "title summary description termsOfService contact license version",
    "server": "url description variables",
    "serverVariable": "enum default description",
    "tag": "name description externalDocs",
    "components": "schemas responses parameters examples requestBodies headers"
    " securitySchemes links callbacks pathItems",
    "securityScheme": "type description name in scheme bearerFormat flows openIdConnectUrl",
    "pathItem": "$ref summary description get put post delete options head patch trace"
    " servers parameters",
    "operation": "tags summary description externalDocs operationId parameters requestBody"
    " responses callbacks deprecated security servers",
    "parameter": "name in description required deprecated allowEmptyValue style explode"
    " allowReserved schema example examples content",
    "header": "description required deprecated allowEmptyValue style explode allowReserved"
    " schema example examples content",
    "requestBody": "description content required",
    "mediaType": "schema example examples encoding",
    "encoding": "contentType headers style explode allowReserved",
    "response": "description headers content links",
    "example": "summary description value externalValue",
    "link": "operationRef operationId parameters requestBody description server",
    "reference": "$ref summary description",
}
OBJECT_KEYWORDS = {kind: frozenset(fields.split()) for kind, fields in OBJECT_FIELDS.items()}
RESPONSE_CODE = re.compile(r"^([1-5]([0-9]{2}|XX)|default)$")


def vocabulary_offences(document: dict[str, Any]) -> list[str]:
    """``pointer: key`` for every key outside the vocabulary of the object that holds it.

    Walks the OpenAPI objects from the document root (a whole spec or one fragment), so each
    dict is checked against what it is: schema keywords only where a schema sits, field names
    only in OpenAPI objects; the names under ``properties``, ``components/schemas`` and the
    like are names, not keywords.
    """
    found: list[str] = []

    def check(kind: str, node: Any, pointer: str) -> bool:
        if not isinstance(node, dict):
            found.append(f"{pointer}: a {kind} that is not an object")
            return False
        allowed = SCHEMA_KEYWORDS if kind == "schema" else OBJECT_KEYWORDS[kind]
        if kind != "schema" and "$ref" in node:
            allowed = OBJECT_KEYWORDS["reference"]
        found.extend(
            f"{pointer}: {key}"
            for key in node
            if not (isinstance(key, str) and (key in allowed or key.startswith("x-")))
        )
        return "$ref" not in node or kind == "schema"

    def each(node: Any, pointer: str) -> Iterator[tuple[str, Any, str]]:
        """The entries of a map whose keys are names (not checked: any name goes)."""
        if isinstance(node, dict):
            for name, value in node.items():
                yield str(name), value, f"{pointer}/{escape(str(name))}"

    def schema(node: Any, pointer: str) -> None:
        if isinstance(node, bool):
            return
        if not check("schema", node, pointer):
            return
        for key in SUBSCHEMA:
            if key in node:
                schema(node[key], f"{pointer}/{key}")
        for key in SUBSCHEMA_LISTS:
            for index, sub in enumerate(node.get(key) or []):
                schema(sub, f"{pointer}/{key}/{index}")
        for key in SUBSCHEMA_MAPS:
            for _, sub, where in each(node.get(key), f"{pointer}/{key}"):
                schema(sub, where)
        if isinstance(node.get("discriminator"), dict):
            extra = set(node["discriminator"]) - {"propertyName", "mapping"}
            found.extend(f"{pointer}/discriminator: {key}" for key in sorted(extra))

    def examples(node: dict[str, Any], pointer: str) -> None:
        for _, example, where in each(node.get("examples"), f"{pointer}/examples"):
            check("example", example, where)

    def content(node: dict[str, Any], pointer: str) -> None:
        for _, media, where in each(node.get("content"), f"{pointer}/content"):
            if check("mediaType", media, where):
                if "schema" in media:
                    schema(media["schema"], f"{where}/schema")
                examples(media, where)
                for _, encoding, at in each(media.get("encoding"), f"{where}/encoding"):
                    if check("encoding", encoding, at):
                        for _, head, h in each(encoding.get("headers"), f"{at}/headers"):
                            parameter_like("header", head, h)

    def parameter_like(kind: str, node: Any, pointer: str) -> None:
        if check(kind, node, pointer):
            if "schema" in node:
                schema(node["schema"], f"{pointer}/schema")
            examples(node, pointer)
            content(node, pointer)

    def response(node: Any, pointer: str) -> None:
        if check("response", node, pointer):
            for _, head, where in each(node.get("headers"), f"{pointer}/headers"):
                parameter_like("header", head, where)
            content(node, pointer)
            for _, link, where in each(node.get("links"), f"{pointer}/links"):
                check("link", link, where)

    def request_body(node: Any, pointer: str) -> None:
        if check("requestBody", node, pointer):
            content(node, pointer)

    def parameters(node: Any, pointer: str) -> None:
        for index, parameter in enumerate(node or []):
            parameter_like("parameter", parameter, f"{pointer}/parameters/{index}")

    def path_item(node: Any, pointer: str) -> None:
        if not check("pathItem", node, pointer):
            return
        parameters(node.get("parameters"), pointer)
        for method in HTTP_METHODS:
            if method in node:
                operation(node[method], f"{pointer}/{method}")

    def operation(node: Any, pointer: str) -> None:
        if not check("operation", node, pointer):
            return
        parameters(node.get("parameters"), pointer)
        if "requestBody" in node:
            request_body(node["requestBody"], f"{pointer}/requestBody")
        for code, answer, where in each(node.get("responses"), f"{pointer}/responses"):
            if not RESPONSE_CODE.match(code) and not code.startswith("x-"):
                found.append(f"{pointer}/responses: {code}")
            else:
                response(answer, where)
        for _, callback, where in each(node.get("callbacks"), f"{pointer}/callbacks"):
            for _, item, at in each(callback, where):
                path_item(item, at)

    check("document", document, "")
    if "info" in document:
        check("info", document["info"], "/info")
    for index, server in enumerate(document.get("servers") or []):
        if check("server", server, f"/servers/{index}"):
            for _, variable, where in each(server.get("variables"), f"/servers/{index}/variables"):
                check("serverVariable", variable, where)
    for index, tag in enumerate(document.get("tags") or []):
        check("tag", tag, f"/tags/{index}")
    for _, item, where in each(document.get("paths"), "/paths"):
        path_item(item, where)
    components = document.get("components") or {}
    check("components", components, "/components")
    walkers = {
        "schemas": schema,
        "responses": response,
        "parameters": lambda node, at: parameter_like("parameter", node, at),
        "headers": lambda node, at: parameter_like("header", node, at),
        "requestBodies": request_body,
        "examples": lambda node, at: check("example", node, at),
        "securitySchemes": lambda node, at: check("securityScheme", node, at),
        "links": lambda node, at: check("link", node, at),
        "pathItems": path_item,
    }
    for kind, walker in walkers.items():
        for _, node, where in each(components.get(kind), f"/components/{kind}"):
            walker(node, where)
    return found


# ---------------------------------------------------------------------------- the document


def test_the_spec_is_valid_openapi_3_1() -> None:
    assert SPEC["openapi"].startswith("3.1")
    validate(SPEC)


def test_every_object_carries_only_keywords_of_its_vocabulary() -> None:
    """A key outside JSON Schema 2020-12 + OpenAPI 3.1 is usually a description that YAML
    cut at `, ` or `: ` (in a flow mapping) and turned into a stray key with a null value."""
    assert vocabulary_offences(SPEC) == []


def test_the_vocabulary_check_finds_stray_keys_but_not_property_names() -> None:
    spec = copy.deepcopy(SPEC)
    page = spec["components"]["schemas"]["Pagination"]["properties"]["page"]
    page["counted from 1."] = None
    spec["paths"]["/invoices.json"]["get"]["parameters"].append(
        {"name": "q", "in": "query", "schema": {"type": "string"}, "the rest": None}
    )
    assert vocabulary_offences(spec) == [
        "/paths/~1invoices.json/get/parameters/"
        f"{len(spec['paths']['/invoices.json']['get']['parameters']) - 1}: the rest",
        "/components/schemas/Pagination/properties/page: counted from 1.",
    ]


def test_servers_and_security_are_kept() -> None:
    (server,) = SPEC["servers"]
    assert "{subdomain}" in server["url"]
    assert "subdomain" in server["variables"]
    schemes = SPEC["components"]["securitySchemes"]
    assert schemes["apikey"] == schemes["apikey"] | {"type": "apiKey", "in": "header"}
    assert schemes["bearer"]["scheme"] == "bearer"
    assert SPEC["security"] == [{"apikey": []}, {"bearer": []}]


def test_the_contracted_operations_keep_their_names() -> None:
    found = {
        (method, path): (op["operationId"], op["tags"][0], op["x-doc-title"])
        for method, path, op in operations()
    }
    assert {key: found.get(key) for key in CONTRACT} == CONTRACT


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS)
def test_operation_is_named_and_described(method: str, path: str, op: dict[str, Any]) -> None:
    assert len(op.get("tags", [])) == 1, "exactly one tag"
    assert LOWER_CAMEL.match(op.get("operationId", "")), "lowerCamelCase operationId"
    assert op.get("summary", "").strip(), "a summary"
    assert op.get("description", "").strip(), "a description"
    assert op.get("x-doc-title", "").strip(), "the documented title in x-doc-title"


def test_operation_ids_are_unique() -> None:
    ids = [op["operationId"] for _, _, op in operations()]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS)
def test_operation_declares_the_error_answers(method: str, path: str, op: dict[str, Any]) -> None:
    responses = op["responses"]
    assert "default" not in responses
    assert "401" in responses
    if "{id}" in path:
        assert "404" in responses
    assert any(status.startswith("2") for status in responses)


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS)
def test_every_answer_and_body_has_an_example(method: str, path: str, op: dict[str, Any]) -> None:
    for status, response in op["responses"].items():
        response, _ = resolve(response)
        for media, obj in response.get("content", {}).items():
            assert "example" in obj or obj.get("examples"), f"{status} {media}"
    if "requestBody" in op:
        body, _ = resolve(op["requestBody"])
        for media, obj in body["content"].items():
            assert "example" in obj or obj.get("examples"), f"request {media}"


def test_no_additional_properties_false_anywhere() -> None:
    offenders = [
        pointer
        for pointer, node in walk(SPEC)
        if isinstance(node, dict) and node.get("additionalProperties") is False
    ]
    assert offenders == []


# ---------------------------------------------------------------------------- examples

EXAMPLES = all_examples()


def test_examples_were_found() -> None:
    assert len(EXAMPLES) >= 15


@pytest.mark.parametrize(("pointer", "value"), EXAMPLES)
def test_example_matches_its_schema(pointer: str, value: Any) -> None:
    assert problems(f"{pointer}/schema", value) == []


def test_the_bulk_request_example_is_the_documented_one() -> None:
    content = SPEC["paths"]["/invoices/add_bulk.json"]["post"]["requestBody"]["content"]
    examples = content["application/json"]["examples"]
    assert SEED_BULK_REQUEST in [example["value"] for example in examples.values()]


def test_the_documented_bulk_request_is_accepted() -> None:
    assert problems(BULK_BODY, SEED_BULK_REQUEST) == []


def test_the_documented_bulk_answer_is_accepted() -> None:
    assert problems(BULK_ANSWER, SEED_BULK_RESPONSE) == []


# ---------------------------------------------------------------------------- schema behaviour


def schema(name: str) -> str:
    return f"/components/schemas/{name}"


def test_creating_requires_client_id_but_editing_does_not() -> None:
    assert problems(schema("InvoiceAddRequest"), {"Invoice": {"client_id": 1}}) == []
    assert any(
        "client_id" in problem
        for problem in problems(schema("InvoiceAddRequest"), {"Invoice": {"notes": "x"}})
    )
    assert problems(schema("InvoiceEditRequest"), {"Invoice": {"notes": "x"}}) == []


@pytest.mark.parametrize("draft", [True, False, 0, 1, None])
def test_flags_accept_booleans_zero_one_and_null(draft: Any) -> None:
    assert problems(schema("Invoice"), {"draft": draft, "is_offline": draft}) == []


def test_flags_refuse_other_numbers() -> None:
    assert problems(schema("Invoice"), {"draft": 2}) != []


def test_enum_fields_accept_null_and_unlisted_values_of_their_kind() -> None:
    """Value lists are open (the live service uses values the documentation does not
    list): a value of the right kind passes, one of another kind does not."""
    assert problems(schema("Invoice"), {"type": None, "payment_status": None}) == []
    assert problems(schema("Invoice"), {"type": 4}) == []
    assert problems(schema("InvoiceItem"), {"discount_type": 3}) == []
    assert problems(schema("InvoiceItem"), {"discount_type": "percent"}) != []
    assert problems(schema("JournalTransaction"), {"subkey": "sales"}) == []


def test_add_answer_ids_may_be_numbers_or_strings() -> None:
    for new_id in (2415, "2415"):
        answer = {"code": 202, "result": "successful", "id": new_id}
        assert problems(schema("AddResult"), answer) == []


def test_bulk_results_are_either_a_success_or_a_failure() -> None:
    failure = {
        "result": "failed",
        "code": 400,
        "message": "Bad Request",
        "validation_errors": {"client_id": "missing", "date": ["closed period"]},
    }
    success = {"result": "successful", "code": 202, "id": "12", "invoice_number": "0001"}
    assert problems(BULK_ANSWER, [success, failure]) == []
    assert problems(schema("InvoiceBulkSuccess"), failure) != []
    assert problems(schema("InvoiceBulkFailure"), success) != []
    assert problems(BULK_ANSWER, [{"result": "maybe"}]) != []


def test_the_bulk_query_parameters_are_required_strings() -> None:
    parameters = SPEC["paths"]["/invoices/add_bulk.json"]["post"]["parameters"]
    assert {p["name"]: (p["in"], p["required"], p["schema"]) for p in parameters} == {
        name: ("query", True, {"type": "string"}) for name in ("send", "client_id", "terminal_id")
    }


def test_list_filters_use_daftras_names() -> None:
    names = set()
    for parameter in SPEC["paths"]["/invoices.json"]["get"]["parameters"]:
        parameter, _ = resolve(parameter)
        names.add(parameter["name"])
        assert "default" not in parameter["schema"], parameter["name"]
        if parameter["name"].endswith("[]"):
            assert parameter["schema"]["type"] == "array"
        assert parameter["schema"].get("type") != "boolean", parameter["name"]
    assert set(DOCUMENTED_LIST_PARAMETERS.split()) <= names


# ---------------------------------------------------------------------------- generator rules


def enum_components() -> set[str]:
    return {name for name, body in SPEC["components"]["schemas"].items() if "enum" in body}


def test_integer_enums_name_their_members() -> None:
    for name in enum_components():
        body = SPEC["components"]["schemas"][name]
        if body["type"] == "integer":
            assert len(body["x-enum-varnames"]) == len(body["enum"]), name


def test_invoice_type_has_no_4() -> None:
    body = SPEC["components"]["schemas"]["InvoiceType"]
    assert 4 not in body["enum"]
    assert dict(zip(body["enum"], body["x-enum-varnames"], strict=True))[19] == "ADVANCE_PAYMENT"


def test_no_nullable_type_list_is_combined_with_enum() -> None:
    offenders = [
        pointer
        for pointer, node in schema_nodes()
        if "enum" in node and isinstance(node.get("type"), list)
    ]
    assert offenders == []


def test_model_fields_reach_enums_only_through_a_nullable_any_of() -> None:
    enums = {f"#/components/schemas/{name}" for name in enum_components()}
    offenders = []
    for name, body in SPEC["components"]["schemas"].items():
        for field, prop in body.get("properties", {}).items():
            if prop.get("$ref") in enums or prop.get("items", {}).get("$ref") in enums:
                offenders.append(f"{name}.{field}")
            refs = [option.get("$ref") for option in prop.get("anyOf", [])]
            if any(ref in enums for ref in refs):
                assert {"type": "null"} in prop["anyOf"], f"{name}.{field}"
    assert offenders == []


def test_const_only_on_result() -> None:
    for pointer, node in schema_nodes():
        if "const" in node:
            assert pointer.endswith("/properties/result"), pointer


def test_no_date_time_formats() -> None:
    formats = {node.get("format") for _, node in schema_nodes()}
    assert "date-time" not in formats


def inventory(name: str) -> list[tuple[str, str, str]]:
    """(group, title, method) of every documented endpoint listed in ``openapi/<name>``."""
    entries = []
    for line in (SPEC_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            group, title, target = (part.strip() for part in line.split(" | "))
            entries.append((group, title, target.split()[0].lower()))
    return entries


V1_INVENTORY = inventory("endpoints-v1.txt")
V2_INVENTORY = inventory("endpoints-v2.txt")


def spec_operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, operation)
        for path, item in SPEC["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    ]


def implemented(operation: dict[str, Any], method: str) -> list[tuple[str, str, str]]:
    """The documented endpoints an operation implements, as inventory entries: v2
    operations name their group; one operation may stand for several documented ones."""
    titles = [operation.get("x-doc-title"), *operation.get("x-doc-also", [])]
    group = operation.get("x-doc-group")
    if group is None:  # v1: titles are unique
        groups = {title: g for g, title, _ in V1_INVENTORY}
        return [(groups.get(str(title), "?"), str(title), method) for title in titles]
    return [(group, str(title), method) for title in titles]


def test_the_v1_inventory_lists_each_documented_endpoint_once() -> None:
    assert len({title for _, title, _ in V1_INVENTORY}) == len(V1_INVENTORY) > 0


def test_the_readme_counts_the_endpoints_the_inventories_list() -> None:
    """The README's endpoint counts are read off the inventories, never typed in twice."""
    readme = (SPEC_DIR.parent / "README.md").read_text(encoding="utf-8")
    claim = re.search(r"each of Daftra's (\d+) documented v1 endpoints and (\d+) v2", readme)
    assert claim is not None
    assert (int(claim[1]), int(claim[2])) == (len(V1_INVENTORY), len(V2_INVENTORY))


def test_the_v2_inventory_lists_each_documented_endpoint_once() -> None:
    assert len(V2_INVENTORY) == len(set(V2_INVENTORY)) >= 91


def test_every_operation_traces_to_a_documented_endpoint() -> None:
    documented = set(V1_INVENTORY) | set(V2_INVENTORY)
    for path, method, operation in spec_operations():
        for entry in implemented(operation, method):
            assert entry in documented, f"{method.upper()} {path}: {entry} is not documented"


def test_every_documented_endpoint_has_an_operation() -> None:
    covered = {
        entry
        for _, method, operation in spec_operations()
        for entry in implemented(operation, method)
    }
    missing = [entry for entry in [*V1_INVENTORY, *V2_INVENTORY] if entry not in covered]
    assert missing == []
