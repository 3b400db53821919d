"""Decoders compiled on several threads at once: a thread never takes another thread's
half-compiled schema (a recursive ``$ref``'s stand-in) for the finished one.

The first requests of a bulk run are sent, and their answers decoded, on several threads
at once, each compiling the schemas it meets on first use."""

from __future__ import annotations

import threading
import time
from typing import Any

from daftra_facade.wire.schema_nodes import _Compiler

INVOICE = {"$ref": "#/components/schemas/Invoice"}


def test_a_schema_compiled_by_another_thread_is_seen_only_once_complete() -> None:
    compiler = _Compiler()
    resolving = threading.Event()
    real_resolve = compiler.resolve

    def slow_resolve(reference: str) -> Any:
        resolving.set()
        time.sleep(0.2)  # the first thread is inside the compilation of a $ref
        return real_resolve(reference)

    compiler.resolve = slow_resolve  # type: ignore[method-assign]
    seen: dict[str, str] = {}

    def compile_and_look(name: str) -> None:
        node = compiler.node(INVOICE)
        seen[name] = node.kind  # as this thread finds it the moment it has it

    first = threading.Thread(target=compile_and_look, args=("first",))
    first.start()
    assert resolving.wait(5)
    second = threading.Thread(target=compile_and_look, args=("second",))
    second.start()
    first.join(10)
    second.join(10)
    assert seen == {"first": "object", "second": "object"}


def test_records_decode_alike_whichever_thread_compiled_their_schema() -> None:
    compiler = _Compiler()
    errors: list[BaseException] = []
    kinds: list[str] = []

    def decode() -> None:
        try:
            node = compiler.node(INVOICE)
            kinds.append(node.kind)
            node.decode({"id": "5", "client_id": "7", "summary_total": "10.50"})
        except BaseException as exc:  # any failure on a thread is the finding
            errors.append(exc)

    threads = [threading.Thread(target=decode) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert errors == [] and kinds == ["object"] * 8
