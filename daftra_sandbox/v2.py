"""Daftra's v2 API in the sandbox: the entity API, the OAuth token, multi-entity, app status.

Records are flat JSON objects kept in tables named ``v2:<entity>``; ``invoice``, ``booking``
and a few other entities are read-only views of the v1 tables. Lists are Laravel paginators
and take the documented ``filter[...]`` and ``sort[...]`` parameters.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Mapping
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any
from urllib.parse import parse_qs

from .crud import now_text
from .routing import Answer, Request
from .state import Record, SandboxState
from .v2_entities import (
    ENTITIES,
    V1_RELATIONS,
    Entity,
    entity_named,
    enveloped,
    v2_table,
)
from .v2_filters import Problem, Query, compare, equalities, parse_query, plain
from .v2_pages import DEFAULT_PER_PAGE, Pages, paginate, positive
from .v2_tokens import TokenBook

# How long the documentation's sample token lives (about three years): the expires_in
# reported for tokens that never expire.
LONG_LIFE_SECONDS = 94_694_400
_MAX_LEVEL = 4
_SHOW_LEVEL = 2  # a show without a level embeds the record's relations
_LIST_LEVEL = 1


# ---------------------------------------------------------------------------- messages

_MESSAGES: dict[str, tuple[str, str]] = {
    "required": (
        "This field is required and cannot be empty",
        "هذا الحقل مطلوب ولا يمكن ان يكون فارغ",
    ),
    "taken": ("This value is already in use", "هذا الحقل موجود من قبل"),
    "no_reference": ("The related record does not exist", "الحقل المرتبط به غير موجود"),
    "added": ("{label} added successfully", "تم إضافة {label} بنجاح"),
    "updated": ("{label} updated successfully", "تم تحديث {label} بنجاح"),
}
_NOT_FOUND = "Record not found"


# ---------------------------------------------------------------------------- bodies


def _header(request: Request, name: str) -> str:
    for key, value in request.headers.items():
        if key.lower() == name:
            return value
    return ""


def _json(request: Request) -> Any:
    try:
        return json.loads(request.body.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise Problem(400, "The request body is not valid JSON") from None


def _json_object(request: Request) -> dict[str, Any]:
    body = _json(request)
    if not isinstance(body, dict):
        raise Problem(400, "The request body must be a JSON object")
    return body


def _entity_input(request: Request) -> dict[str, Any]:
    """A create or update body. Like Laravel, which reads a missing or unreadable body as
    no input, anything but a JSON object counts as empty, so validation answers 422."""
    try:
        body = json.loads(request.body.decode("utf-8")) if request.body.strip() else {}
    except (ValueError, UnicodeDecodeError):
        return {}
    return body if isinstance(body, dict) else {}


def _form(request: Request) -> dict[str, str]:
    """The fields of a JSON, URL-encoded or multipart body, as text."""
    given = _header(request, "content-type")
    kind = given.lower()
    if kind.startswith("multipart/form-data"):
        return _multipart(given, request.body)  # the boundary is case-sensitive
    if kind.startswith("application/x-www-form-urlencoded") or (
        not kind and not request.body.lstrip().startswith(b"{")
    ):
        try:
            pairs = parse_qs(request.body.decode("utf-8"), keep_blank_values=True)
        except UnicodeDecodeError:
            raise Problem(400, "The request body is not valid form data") from None
        return {key: values[0] for key, values in pairs.items()}
    body = _json_object(request)
    return {key: plain(value) for key, value in body.items()}


def _multipart(kind: str, body: bytes) -> dict[str, str]:
    head = f"Content-Type: {kind}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + body)
    fields: dict[str, str] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        if isinstance(name, str) and isinstance(payload, bytes):
            fields[name] = payload.decode("utf-8", "replace")
    return fields


def _blank(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, list | dict) and not value


def _record_id(text: object) -> int | None:
    if isinstance(text, bool):
        return None
    if isinstance(text, int):
        return text if text > 0 else None
    if isinstance(text, str) and text.strip().isdigit() and int(text) > 0:
        return int(text)
    return None


# ---------------------------------------------------------------------------- the API


class V2Api:
    """Answers every request under ``/v2/``; the server checks credentials first, except
    on the token endpoint (see :func:`requires_auth`)."""

    def __init__(
        self,
        state: SandboxState,
        tokens: TokenBook,
        *,
        username: str = "owner@sandbox.example",
        password: str = "sandbox-password",
        token_ttl: float | None = 3600.0,
    ) -> None:
        self.state = state
        self.tokens = tokens
        self.username = username
        self.password = password
        self.token_ttl = token_ttl
        self.inactive_apps: set[str] = set()  # app ids that is_active reports as inactive
        for entity in ENTITIES.values():
            for _key, table, field in entity.children:
                state.index_by(table, field)

    def handle(self, request: Request) -> Answer:
        parts = [part for part in request.path.split("/") if part]
        method = request.method.upper()
        try:
            match parts:
                case ["v2", "oauth", "token"] if method == "POST":
                    return self._token(request)
                case ["v2", "api", "multi-entity"] if method == "POST":
                    return self._multi(request)
                case ["v2", "api", "app-manager", "is_active", app_id] if method == "GET":
                    return Answer(200, {"is_active": app_id not in self.inactive_apps})
                case ["v2", "api", "entity", name, *rest]:
                    return self._entity_route(request, method, name, rest)
        except Problem as problem:
            return problem.answer
        return self._no_route(request)

    # Routing.
    def _entity_route(self, request: Request, method: str, name: str, rest: list[str]) -> Answer:
        entity = entity_named(name)
        if entity is None:
            return Answer(404, {"message": f"Entity '{name}' not found"})
        match method, rest:
            case "GET", ["list", *level] if len(level) <= 1:
                return self._list(request, entity, self._level(level, _LIST_LEVEL))
            case "GET", [record_id, *level] if len(level) <= 1 and _record_id(record_id):
                return self._show(entity, int(record_id), self._level(level, _SHOW_LEVEL))
            case "POST", []:
                # A POST carrying an id edits that record; an id naming no record is a
                # field error (422), as Laravel's `exists` rule reports it.
                body = _entity_input(request)
                if _blank(body.get("id")):
                    return self._save(entity, body, None)
                target = _record_id(body.get("id"))
                if target is None or self.state.live(entity.store, target) is None:
                    return Answer(
                        422,
                        {
                            "message": "Entity not saved",
                            "errors": {"id": ["The selected id is invalid."]},
                        },
                    )
                return self._save(entity, body, target)
            case "PUT", [record_id] if _record_id(record_id):
                return self._save(entity, _entity_input(request), int(record_id))
        return self._no_route(request)

    @staticmethod
    def _level(given: list[str], default: int) -> int:
        if not given or given[0] == "show":
            return default
        # A depth that is out of range or no number is clamped or defaulted rather than
        # refused: the documentation names no error for it.
        try:
            level = int(given[0])
        except ValueError:
            return default
        return max(-1, min(level, _MAX_LEVEL))

    @staticmethod
    def _no_route(request: Request) -> Answer:
        return Answer(404, {"message": f"No v2 endpoint for {request.method} {request.path}"})

    # Reading.
    def _list(self, request: Request, entity: Entity, level: int) -> Answer:
        query = parse_query(request.query)
        page = positive(request.param("page"), 1)
        per_page = positive(request.param("per_page"), DEFAULT_PER_PAGE)
        params = tuple(
            (key, value)
            for key, values in request.query.items()
            if key != "page"
            for value in values
        )
        host = _header(request, "host")
        pages = Pages(f"http://{host}{request.path}" if host else request.path, params)
        listed = self._page(entity, query, page, per_page, level, pages)
        if entity.enveloped:
            listed = enveloped(
                {
                    "data": listed["data"],
                    "pagination": {
                        "total": listed["total"],
                        "current_page": page,
                        "per_page": per_page,
                        "has_more_pages": page < listed["last_page"],
                    },
                    "permissions": {},
                }
            )
        return Answer(200, listed)

    def _page(
        self, entity: Entity, query: Query, page: int, per_page: int, level: int, pages: Pages
    ) -> Record:
        start = (page - 1) * per_page
        with self.state.lock:
            virtual = self.state.virtual(entity.store) if not entity.writable else None
            if virtual is not None:  # generated rows (benchmarks): no filters or sorting
                total, make = virtual
                chosen = [make(n) for n in range(start, min(start + per_page, total))]
            else:
                records = self._select(entity, query)
                total, chosen = len(records), records[start : start + per_page]
            rows = [self._shape(entity, record, level) for record in chosen]
        return paginate(rows, total=total, page=page, per_page=per_page, pages=pages)

    def _select(self, entity: Entity, query: Query) -> list[Record]:
        """The matching stored records, in the query's order (by id by default)."""
        records = self.state.rows(entity.store)
        if any("." in field for field in query.fields):
            expanded = {id(r): self._shape(entity, r, _MAX_LEVEL) for r in records}

            def view(record: Record) -> Record:
                return expanded[id(record)]
        else:
            view = self._flat
        chosen = [record for record in records if query.matches(view(record))]
        return query.sort(chosen, view)

    def _show(self, entity: Entity, record_id: int, level: int) -> Answer:
        with self.state.lock:
            record = self.state.live(entity.store, record_id)
            if record is None:
                return Answer(404, {"message": _NOT_FOUND})
            shaped = self._shape(entity, record, level)
            return Answer(200, enveloped({"data": shaped}) if entity.enveloped else shaped)

    @staticmethod
    def _flat(record: Record) -> Record:
        """A copy, id first, without v1's associated-model keys (``InvoiceCustomField``...)."""
        flat = {"id": record.get("id")}
        flat.update((key, value) for key, value in record.items() if not key[:1].isupper())
        return flat

    def _shape(self, entity: Entity, record: Record, level: int) -> Record:
        """The record as answered: flat, with its relations embedded from level 2."""
        shaped = self._flat(record)
        if level < 2:
            return shaped
        for field, value in record.items():
            if not field.endswith("_id"):
                continue
            key = field.removesuffix("_id")
            table = self._related_table(entity, field, key)
            related_id = _record_id(value)
            if table and key not in shaped:
                related = self.state.live(table, related_id) if related_id else None
                shaped[key] = self._flat(related) if related is not None else None
        for key, table, field in entity.children:
            rows = self.state.children(table, field, record["id"])
            shaped[key] = [self._flat(row) for row in rows]
        return shaped

    @staticmethod
    def _related_table(entity: Entity, field: str, key: str) -> str | None:
        target = ENTITIES.get(entity.references.get(field, key))
        if target is not None:
            return target.store
        return V1_RELATIONS.get(key)

    # Writing.
    def _save(self, entity: Entity, body: Mapping[str, Any], record_id: int | None) -> Answer:
        if not entity.writable:
            return Answer(
                405, {"message": f"The sandbox serves '{entity.name}' read-only; use the v1 API"}
            )
        fields = {key: value for key, value in body.items() if key != "id"}
        with self.state.lock:
            existing = None
            if record_id is not None:
                existing = self.state.live(entity.store, record_id)
                if existing is None:
                    return Answer(400, {"message": _NOT_FOUND})
            errors = self._check(entity, {**(existing or {}), **fields}, record_id)
            if errors:
                return Answer(422, {"message": "Entity not saved", "errors": errors})
            stamp = now_text()
            if existing is None:
                record = self.state.insert(
                    entity.store, {**fields, "id": None, "created": stamp, "modified": stamp}
                )
                message = self._say("added", entity)
            else:
                existing.update(fields)
                existing["modified"] = stamp
                record, message = existing, self._say("updated", entity)
        return Answer(200, {"message": message, "id": record["id"]})

    def _check(
        self, entity: Entity, record: Mapping[str, Any], record_id: int | None
    ) -> dict[str, list[str]]:
        errors: dict[str, list[str]] = {}
        for field in entity.required:
            if _blank(record.get(field)):
                errors.setdefault(field, []).append(self._say("required"))
        others = (
            [r for r in self.state.rows(entity.store) if r["id"] != record_id]
            if (entity.unique)
            else []
        )
        for field in entity.unique:
            value = record.get(field)
            if not _blank(value) and any(
                compare(row.get(field), plain(value)) == 0 for row in others
            ):
                errors.setdefault(field, []).append(self._say("taken"))
        for field, target in entity.references.items():
            value = record.get(field)
            if _blank(value) or field in errors:
                continue
            related_id = _record_id(value)
            if related_id is None or not self.state.exists(v2_table(target), related_id):
                errors.setdefault(field, []).append(self._say("no_reference"))
        return errors

    def _say(self, message: str, entity: Entity | None = None) -> str:
        arabic = self.state.site.get("language_code") == "ar"
        english, translated = _MESSAGES[message]
        text = translated if arabic else english
        if entity is None:
            return text
        return text.format(label=entity.label_ar if arabic else entity.label_en)

    # OAuth.
    def _token(self, request: Request) -> Answer:
        form = _form(request)
        grant = form.get("grant_type", "")
        if not grant:
            return _oauth_error(400, "invalid_request", "The grant_type parameter is missing.")
        if grant != "password":
            return _oauth_error(
                400, "unsupported_grant_type", f"The grant type '{grant}' is not supported."
            )
        for field in ("client_id", "client_secret", "username", "password"):
            if not form.get(field, "").strip():
                return _oauth_error(400, "invalid_request", f"The {field} parameter is missing.")
        right_user = secrets.compare_digest(
            form["username"].strip().casefold().encode(), self.username.casefold().encode()
        )
        right_password = secrets.compare_digest(form["password"].encode(), self.password.encode())
        if not (right_user and right_password):
            return _oauth_error(401, "invalid_grant", "The user credentials were incorrect.")
        ttl = self.token_ttl
        return Answer(
            200,
            {
                "token_type": "Bearer",
                "expires_in": int(ttl) if ttl is not None else LONG_LIFE_SECONDS,
                "access_token": self.tokens.issue(ttl),
                "refresh_token": secrets.token_urlsafe(48),
            },
        )

    # Multi-entity.
    def _multi(self, request: Request) -> Answer:
        elements = _json(request)
        if not isinstance(elements, list):
            return Answer(400, {"message": "The request body must be a JSON array"})
        answers: dict[str, object] = {}
        for position, element in enumerate(elements):
            name = str(position)
            if isinstance(element, Mapping):
                for key in ("alias", "key"):
                    if isinstance(element.get(key), str) and element[key]:
                        name = element[key]
                        break
            try:
                answers[name] = self._multi_element(element)
            except Problem as problem:
                answers[name] = problem.answer.body
        return Answer(200, answers)

    def _multi_element(self, element: object) -> object:
        if not isinstance(element, Mapping):
            raise Problem(400, "Each element must be an object with key, action and options")
        name, action, options = element.get("key"), element.get("action"), element.get("options")
        entity = entity_named(name) if isinstance(name, str) else None
        if entity is None:
            raise Problem(404, f"Entity '{name}' not found")
        raw_level = element.get("data_level")
        level = self._level([str(raw_level)] if raw_level is not None else [], _LIST_LEVEL)
        if action == "show":
            record_id = _record_id(options)
            if record_id is None:
                raise Problem(400, "A show takes the record's id as its options")
            answer = self._show(entity, record_id, level)
            return answer.body
        if action == "list":
            if options is None:
                options = {}
            if not isinstance(options, Mapping):
                raise Problem(400, "A list takes an object of field: value filters as options")
            page = positive(options.get("page"), 1)
            per_page = positive(options.get("per_page"), DEFAULT_PER_PAGE)
            pages = Pages(f"/v2/api/entity/{entity.name}/list/{level}")
            return self._page(entity, equalities(options), page, per_page, level, pages)
        raise Problem(400, f"Unknown action '{action}'; use show or list")


def _oauth_error(status: int, error: str, message: str) -> Answer:
    return Answer(status, {"error": error, "error_description": message, "message": message})
