"""Reading a list's rows straight into their generated models, each value touched once.

The general path (:func:`.decoding.decode_rows`, then the generated ``from_dict``) builds
every row twice: the decoder writes a new dict of decoded values, and ``from_dict`` copies
that dict again, member by member, into the model, building the related records (the
``Client`` beside an ``Invoice``) that ``iter()`` then throws away. Here one compiled
builder per model decodes each member as :mod:`.decoding` does and hands it to the
model's constructor, with the generated reading of that member (``WIRE_MEMBERS``, written
by the project's model template) where ``from_dict`` does more than take the value: an
enum member, a date, a model. A row's main record is built at once; the rows with their
related records are built only when read (see :class:`RowReader`).

A value that does not fit raises :class:`.scalars.DecodeFailure` naming its path, as the
general path does, and so does one the generated reading refuses.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from decimal import Decimal
from functools import cache
from typing import Any

import attrs

from .scalars import _ABSENT, DecodeFailure, _integer, _number, _string
from .schema_nodes import SchemaNode, _all_null, _lifted, _member

Builder = Callable[[Any], Any]
_MODELS = "daftra_client.models"


@cache
def model_class(name: str) -> type | None:
    """The generated model named ``name`` if it carries ``WIRE_MEMBERS``, else None."""
    models = importlib.import_module(_MODELS)
    found = getattr(models, name, None)
    if not isinstance(found, type):
        return None
    module = importlib.import_module(found.__module__)
    return found if hasattr(module, "WIRE_MEMBERS") else None


class _Builders:
    """Compiles one builder per (schema node, model), each once: schemas may be recursive."""

    def __init__(self) -> None:
        self.made: dict[tuple[int, type], Builder] = {}

    def of(self, node: SchemaNode, cls: type) -> Builder:
        key = (id(node), cls)
        found = self.made.get(key)
        if found is None:
            later: list[Builder] = []
            self.made[key] = lambda value: later[0](value)  # a model met inside itself
            found = self._compile(node, cls)
            later.append(found)
            self.made[key] = found
        return found

    def _value(self, node: SchemaNode, nested: str | None) -> Builder:
        """How one member's non-empty value is read: a nested model (or a list of them)
        built here, anything else by the node's decoder."""
        target = model_class(nested) if nested else None
        if target is not None and node.kind == "object":
            return self.of(node, target)
        item = node.item
        if (
            target is not None
            and node.kind == "array"
            and item is not None
            and item.kind == "object"
        ):
            return _list_of(node, self.of(item, target))
        return node.decode

    def _compile(self, node: SchemaNode, cls: type) -> Builder:
        """The builder of ``cls`` from ``node``'s values, written out as Python source with
        one straight block per member (what a loop over a table of members would decide
        for every field of every row is decided here, once)."""
        namespace: dict[str, Any] = {
            "ABSENT": _ABSENT,
            "MISSING": _MISSING,
            "Decimal": Decimal,
            "DecodeFailure": DecodeFailure,
            "all_null": _all_null,
            "lifted": _lifted,
            "cls": cls,
            "from_dict": cls.from_dict,  # type: ignore[attr-defined]
            "decode_whole": node.decode,
            "relations": node.relations,
            "others": _extra_reader(node),
        }
        fields = [field for field in attrs.fields(cls) if field.init]
        # The model's arguments: positional locals where its __init__ allows (faster than
        # a dict of keywords), each starting at its default (MISSING where it has none).
        positional = not any(
            field.kw_only or isinstance(field.default, attrs.Factory)  # type: ignore[arg-type]
            for field in fields
        )
        target = {
            field.name: f"x{n}" if positional else f"a[{field.name!r}]"
            for n, field in enumerate(fields)
        }
        if positional:
            for n, field in enumerate(fields):
                default = _MISSING if field.default is attrs.NOTHING else field.default
                namespace[f"F{n}"] = default
        blocks: dict[str, list[str]] = {}  # each member's block, by its key
        attributes: dict[str, str] = {}
        module = importlib.import_module(cls.__module__)
        for index, (key, attribute, convert, nested) in enumerate(module.WIRE_MEMBERS):
            child = node.children.get(key)
            if child is None or attribute not in target:
                continue  # the schema does not know it: kept among the extra members
            attributes[key] = attribute
            decode, empties, missing, related = _member(child)
            read = self._value(child, nested)
            if read is not decode:
                convert = None  # a model built here: nothing left for from_dict's reading
            namespace[f"D{index}"], namespace[f"E{index}"] = read, empties
            namespace[f"C{index}"] = convert
            memo = read is decode and read is not _number
            memo = memo and (convert is not None or read not in (_string, _integer))
            if memo:
                namespace[f"M{index}"] = {}
            blocks[key] = _member_source(
                index, target[attribute], read, empties, missing, related, convert, memo
            )
        namespace["KNOWN"] = frozenset(attributes)
        keeps_extras = "additional_properties" in attrs.fields_dict(cls)
        kept_as_sent = not node.patterns and node.extra is None
        keys = {attribute: key for key, attribute in attributes.items()}
        required = {attributes[key] for key in node.required if key in attributes}
        required |= {field.name for field in fields if field.default is attrs.NOTHING}

        def source(name: str, shape: tuple[str, ...] | None) -> str:
            """The builder's source: for any dict (``shape`` None), or for dicts whose keys
            are ``shape``, in that order (each value unpacked at once, no lookups)."""
            lines = [f"def {name}(value):"]
            if shape is None:
                lines += [
                    "    if type(value) is not dict:  # PHP's [] for {}, a list for a map",
                    "        return from_dict(decode_whole(value))",
                ]
                if node.relations[1]:
                    lines.append("    value = lifted(value, *relations)")
                lines += ["    get = value.get", "    a = {}", "    k = None"]
            else:
                names = [f"v{n}" for n in range(len(shape))]
                lines += [f"    {', '.join(names)}, = value.values()", "    a = {}", "    k = None"]
            if positional:
                lines += [f"    x{n} = F{n}" for n in range(len(fields))]
            lines += ["    try:", "        pass"]
            for key, block in blocks.items():
                if shape is None:
                    lines += [
                        f"        v = get({key!r}, MISSING)",
                        "        if v is not MISSING:",
                        f"            k = {key!r}",
                        *block,
                    ]
                elif key in shape:
                    lines += [f"        v = v{shape.index(key)}", "        if True:", *block]
            if keeps_extras and shape is None:  # members the model does not name, as they came
                lines += [
                    "        extras = {}",
                    "        unknown = value.keys() - KNOWN",
                    "        if unknown:",
                    "            for k in value if len(unknown) > 1 else unknown:",
                    "                if k in unknown:",
                    "                    v = others(k, value[k])",
                    "                    if v is not ABSENT:",
                    "                        extras[k] = v",
                ]
            elif keeps_extras and shape is not None:
                lines.append("        extras = {}")
                for position, key in enumerate(shape):
                    if key in attributes:
                        continue
                    if kept_as_sent and key not in node.children:  # no schema for it: as sent
                        lines.append(f"        extras[{key!r}] = v{position}")
                        continue
                    lines += [
                        f"        v = others({key!r}, v{position})",
                        "        if v is not ABSENT:",
                        f"            extras[{key!r}] = v",
                    ]
            lines += [
                "    except DecodeFailure as failure:",
                "        failure.path.insert(0, k)",
                "        raise",
                "    except (ValueError, TypeError, KeyError, AttributeError) as exc:",
                "        failure = DecodeFailure(f'not read by the model ({exc})', value.get(k))",
                "        failure.path.insert(0, k)",
                "        raise failure from exc",
            ]
            for attribute in sorted(required):
                unset = (
                    f"{target[attribute]} is MISSING" if positional else f"{attribute!r} not in a"
                )
                key = keys.get(attribute, attribute)
                lines += [
                    f"    if {unset}:",
                    "        failure = DecodeFailure('missing or empty, and required', "
                    f"value.get({key!r}))",
                    f"        failure.path.insert(0, {key!r})",
                    "        raise failure",
                ]
            if positional:
                lines.append(f"    model = cls({', '.join(target[f.name] for f in fields)})")
            else:
                lines.append("    model = cls(**a)")
            if keeps_extras:
                lines += ["    if extras:", "        model.additional_properties = extras"]
            lines.append("    return model")
            return "\n".join(lines)

        made: dict[str, Builder] = {}
        exec(source("build", None), namespace, made)  # the source written above, from the spec
        general = made["build"]
        if node.relations[1]:
            return general  # related records may need moving out first: no shortcut
        shaped: dict[tuple[str, ...], Builder] = {}

        def build(value: Any) -> Any:
            """The builder made for ``value``'s keys (rows of one list share them), made on
            first sight of them for a few shapes; any failure is told by the general one."""
            if type(value) is not dict:
                return general(value)
            shape = tuple(value)
            builder = shaped.get(shape)
            if builder is None:
                if len(shaped) >= _SHAPES or any(keys.get(a, a) not in shape for a in required):
                    return general(value)
                made: dict[str, Builder] = {}
                exec(source("shaped", shape), namespace, made)  # as above, for these keys
                builder = shaped[shape] = made["shaped"]
            try:
                return builder(value)
            except Exception:  # the general builder says what was wrong, naming where
                return general(value)

        return build


# The key orders of one model a builder is made for, beyond which the general one reads.
_SHAPES = 8
_MISSING: Any = object()  # a member not sent at all


def _member_source(
    index: int,
    target: str,
    read: Builder,
    empties: frozenset[str],
    missing: Any,
    related: bool,
    convert: Any,
    memo: bool,
) -> list[str]:
    """The block reading one member into ``target`` (its argument of the model): the
    empty-value rule of :func:`.schema_nodes._member`, then the member's decoding, with the
    usual cases (text kept, an integer or its digits) written out instead of called."""
    converts = convert is not None
    none = f"{target} = None" if missing is None else "pass"
    lines = ["            if v is None:", f"                {none}"]
    if empties:
        lines += [f"            elif type(v) is str and v in E{index}:", f"                {none}"]
    if read is _string and not converts:
        lines += ["            elif type(v) is str:", f"                {target} = v"]
    elif read is _integer and not converts:
        lines += [
            "            elif type(v) is int:",
            f"                {target} = v",
            "            elif type(v) is str and v.isdigit() and v.isascii():",
            f"                {target} = int(v)",
        ]
    elif read is _number:  # Decimal reads the usual "12.5000" as _number does, faster
        lines += [
            "            elif type(v) is str and v.isascii() and '_' not in v:",
            "                try:",
            "                    r = Decimal(v)",
            "                except ArithmeticError:",
            "                    r = None",
            "                if r is None or not r.is_finite():",
            f"                    r = D{index}(v)  # raises, naming the value",
            f"                {target} = r",
        ]
    if related:
        lines += ["            elif type(v) is dict and all_null(v):", f"                {none}"]
    if memo:
        # A text read before by this member: its reading again (see _MEMO_SIZE).
        lines += [
            f"            elif type(v) is str and (r := M{index}.get(v, MISSING)) is not MISSING:",
            "                if r is not ABSENT:",
            f"                    {target} = r",
        ]
    lines += ["            else:", f"                r = D{index}(v)"]
    if converts:
        lines += [
            "                if r is not None and r is not ABSENT and type(r) is not Decimal:",
            f"                    r = C{index}(r)",
        ]
    if memo:
        lines += [
            f"                if type(v) is str and len(M{index}) < {_MEMO_SIZE}:",
            f"                    M{index}[v] = r",
        ]
    lines += ["                if r is not ABSENT:", f"                    {target} = r"]
    return lines


# Members read through a union, an enum, a date or the generated reading (not plain text,
# integers, amounts or models) take few distinct values (a type, a status, a flag, a
# day): each member remembers the reading of up to this many texts. Those readings are
# immutable (numbers, text, enum members, dates), so one object may stand in many rows.
_MEMO_SIZE = 256


def _list_of(node: SchemaNode, build_item: Builder) -> Builder:
    """A list of models, read as the node's decoder reads a list (a PHP map of rows
    counts as a list, empty rows are left out)."""
    assert node.item is not None
    _, empties, _, related = _member(node.item)

    def build(value: Any) -> Any:
        if type(value) is dict:
            value = list(value.values())
        elif type(value) is not list:
            raise DecodeFailure("not a list", value)
        built = []
        for index, item in enumerate(value):
            if (
                item is None
                or (type(item) is str and item in empties)
                or (related and type(item) is dict and _all_null(item))
            ):
                continue
            try:
                built.append(build_item(item))
            except DecodeFailure as failure:
                failure.path.insert(0, index)
                raise
        return built

    return build


def _extra_reader(node: SchemaNode) -> Callable[[str, Any], Any]:
    """How a member the model does not name is read: by the schema's patterns or its
    ``additionalProperties`` when it has them, else kept as it came."""
    patterns = node.patterns

    def read(key: str, item: Any) -> Any:
        child = node.member(key) if patterns else node.children.get(key)
        if child is None:
            child = node.extra
        if child is None:
            return item
        decode, empties, missing, _ = _member(child)
        if item is None or (type(item) is str and item in empties):
            return missing
        return decode(item)

    return read


_BUILDERS = _Builders()


@attrs.frozen
class RowReader:
    """Reads a list page's rows: each row's main record straight into its model (what
    ``iter()`` hands out), and the whole rows, related records included, on demand.

    ``main`` is the row's member holding the main record (``Invoice``), or "" where the
    row is the record itself (v2 lists)."""

    main: str
    main_attribute: str
    beside: frozenset[str]
    build_main: Builder
    build_row: Builder
    required: tuple[str, ...]
    # The texts that mean "no main record" (which a row may not lack), and "no row".
    empties: frozenset[str] = frozenset()
    row_empties: frozenset[str] = frozenset()

    def record(self, row: Any) -> Any:
        """The main record of ``row`` as its model; raises :class:`DecodeFailure`."""
        if not self.main:
            return self.build_main(row)
        if type(row) is not dict:
            raise DecodeFailure("not an object", row)
        for key in self.required:
            if key not in row:
                absent = DecodeFailure("missing or empty, and required", None)
                absent.path.insert(0, key)
                raise absent
        inner = row.get(self.main)
        if (
            inner is None
            or (type(inner) is str and inner in self.empties)
            or (type(inner) is dict and _all_null(inner))
        ):
            absent = DecodeFailure("missing or empty, and required", inner)
            absent.path.insert(0, self.main)
            raise absent
        if type(inner) is dict and not self.beside.isdisjoint(inner):
            # Related records nested inside the main one belong to the row (see _lifted).
            inner = {k: v for k, v in inner.items() if k not in self.beside}
        try:
            return self.build_main(inner)
        except DecodeFailure as failure:
            failure.path.insert(0, self.main)
            raise

    def row(self, row: Any, record: Any) -> Any:
        """``row`` as its model, holding ``record`` (built by :meth:`record`) as its main
        record; raises :class:`DecodeFailure` for a related record that does not fit."""
        if not self.main:
            return record
        built = self.build_row(row)
        setattr(built, self.main_attribute, record)
        return built


@cache
def row_reader(row_node: SchemaNode | None) -> RowReader | None:
    """The :class:`RowReader` of a list's row schema, or None where its models are not
    generated with ``WIRE_MEMBERS`` (the general path then reads the page)."""
    if row_node is None or row_node.kind != "object" or row_node.ref is None:
        return None
    row_class = model_class(row_node.ref)
    if row_class is None:
        return None
    build_row = _BUILDERS.of(row_node, row_class)
    main, beside = row_node.relations
    if not main:
        return RowReader(
            "", "", frozenset(), build_row, build_row, (), row_empties=row_node.empties
        )
    members = importlib.import_module(row_class.__module__).WIRE_MEMBERS
    found = next((m for m in members if m[0] == main), None)
    main_node = row_node.children.get(main)
    main_class = model_class(found[3]) if found and found[3] else None
    if found is None or main_node is None or main_class is None or main_node.kind != "object":
        return None
    required = tuple(key for key in row_node.required if key != main)
    return RowReader(
        main,
        found[1],
        frozenset(beside),
        _BUILDERS.of(main_node, main_class),
        build_row,
        required,
        main_node.empties,
        row_node.empties,
    )
