"""The gold file (``shared/eval/README.md``): read and checked before anything is scored.

A gold file is written by hand, so a slip (an alias list nested in a list, a measure spelled
wrong, a quote left out) must stop the run with the file and the field named, rather than
surface as a type error deep in the scorer or, worse, as a quietly wrong figure.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from chainatlas.errors import InputError

MEASURES = frozenset({"level", "growth", "share", "gap", "rank", "count", "duration", "ratio"})
_NAMES = ("subject", "indicator")


def load_gold(path: Path) -> list[dict[str, Any]]:
    """The documents of the gold file at ``path``, each checked field by field."""
    name = str(path)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except UnicodeDecodeError as error:
        raise InputError(f"not UTF-8 ({error.reason})", file=name) from error
    except json.JSONDecodeError as error:
        raise InputError(f"not JSON: {error.msg}", file=name, row=error.lineno) from error
    documents = data.get("documents") if isinstance(data, dict) else None
    if not isinstance(documents, list):
        raise InputError("expected an object with a list of documents", file=name)
    for index, document in enumerate(documents):
        _check_document(name, f"documents[{index}]", document)
    return documents


def _check_document(name: str, where: str, document: Any) -> None:
    if not isinstance(document, dict) or not isinstance(document.get("doc"), str):
        raise InputError("expected an object naming its file in doc", file=name, field=where)
    for kind in ("facts", "entities", "events"):
        items = document.get(kind, [])
        if not isinstance(items, list):
            raise InputError("expected a list", file=name, field=f"{where}.{kind}")
        for index, item in enumerate(items):
            at = f"{where}.{kind}[{index}]"
            if not isinstance(item, dict):
                raise InputError("expected an object", file=name, field=at)
            if kind == "facts":
                _check_fact(name, at, item)
            _check_aliases(name, at, item)


def _check_fact(name: str, where: str, fact: dict[str, Any]) -> None:
    if not isinstance(fact.get("quote"), str) or not fact["quote"]:
        raise InputError("a fact needs its quote", file=name, field=f"{where}.quote")
    if fact.get("measure") not in MEASURES:
        measure = fact.get("measure")
        raise InputError(f"unknown measure {measure!r}", file=name, field=f"{where}.measure")
    if not isinstance(fact.get("value"), int | float) or isinstance(fact["value"], bool):
        raise InputError("the value must be a number", file=name, field=f"{where}.value")
    for key in _NAMES:
        if not isinstance(fact.get(key, ""), str):
            raise InputError("expected a name", file=name, field=f"{where}.{key}")


def _check_aliases(name: str, where: str, item: dict[str, Any]) -> None:
    for key, value in item.items():
        names = key.endswith("aliases") or key == "actors"
        if names and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            raise InputError("expected a list of names", file=name, field=f"{where}.{key}")
