"""Reference checks: every key a record names must exist in the dataset or the database.

The rules are data (which field of which collection points at which kind), so the check
is one loop, and a new reference is one line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from chainatlas.ingest.records import Where
from chainatlas.model.dataset import COLLECTION_TYPES, Dataset

Known = Callable[[str, str], bool]

#: (collection, field, kind referred to). Node references are "scheme/node" strings,
#: built by the getter when the record holds scheme and node separately.
_RULES: list[tuple[str, str, str, Callable[[Any], Iterable[str]]]] = [
    ("regions", "parent", "region", lambda r: [r.parent]),
    ("regions", "predecessor", "region", lambda r: [r.predecessor]),
    ("schemes", "region", "region", lambda r: [r.region]),
    ("nodes", "scheme", "scheme", lambda r: [r.scheme]),
    ("nodes", "parent", "node", lambda r: [f"{r.scheme}/{r.parent}" if r.parent else None]),
    ("edges", "source", "node", lambda r: [f"{r.scheme}/{r.source}"]),
    ("edges", "target", "node", lambda r: [f"{r.scheme}/{r.target}"]),
    ("enterprises", "region", "region", lambda r: [r.region]),
    ("relations", "parent", "enterprise", lambda r: [r.parent]),
    ("relations", "child", "enterprise", lambda r: [r.child]),
    ("links", "enterprise", "enterprise", lambda r: [r.enterprise]),
    ("links", "node", "node", lambda r: [f"{r.scheme}/{r.node}"]),
    ("projects", "investor", "enterprise", lambda r: [r.investor]),
    ("projects", "region", "region", lambda r: [r.region]),
    ("projects", "node", "node", lambda r: [f"{r.scheme}/{r.node}" if r.node else None]),
    ("platforms", "region", "region", lambda r: [r.region]),
    ("platforms", "nodes", "node", lambda r: r.nodes),
    ("people", "region", "region", lambda r: [r.region]),
    ("programmes", "region", "region", lambda r: [r.region]),
    (
        "honours",
        "recipient",
        "*",
        lambda r: [
            f"{r.recipient_type}:{r.recipient}" if r.recipient_type and r.recipient else None
        ],
    ),
    ("facts", "indicator", "indicator", lambda r: [r.indicator]),
    ("facts", "subject", "*", lambda r: [f"{r.subject_type.value}:{r.subject}"]),
    ("facts", "source.document", "document", lambda r: [r.provenance.document]),
    ("facts", "source.inputs", "fact", lambda r: r.provenance.inputs),
    ("events", "region", "region", lambda r: [r.region]),
    ("events", "document", "document", lambda r: [r.document]),
]

_KIND_OF_COLLECTION = {
    "regions": "region",
    "schemes": "scheme",
    "nodes": "node",
    "indicators": "indicator",
    "documents": "document",
    "enterprises": "enterprise",
    "projects": "project",
    "platforms": "platform",
    "people": "person",
    "programmes": "programme",
    "facts": "fact",
}


def _key_of(collection: str, obj: Any) -> str:
    if collection == "nodes":
        return f"{obj.scheme}/{obj.key}"
    return str(obj.key)


def check_references(data: Dataset, origins: dict[str, list[Where]], known: Known) -> None:
    """Raise InputError for the first duplicate key or dangling reference."""
    keys: dict[str, set[str]] = {}
    for collection, kind in _KIND_OF_COLLECTION.items():
        seen = keys.setdefault(kind, set())
        for obj, where in zip(data.items(collection), origins.get(collection, []), strict=True):
            key = _key_of(collection, obj)
            if key in seen:
                raise where.error("key", f"{key!r} appears twice in the dataset", "E131")
            seen.add(key)
    cache: dict[tuple[str, str], bool] = {}

    def exists(kind: str, key: str) -> bool:
        if kind == "*":
            kind, _, key = key.partition(":")
        if key in keys.get(kind, ()):
            return True
        if (kind, key) not in cache:
            cache[(kind, key)] = known(kind, key)
        return cache[(kind, key)]

    for collection, field, kind, getter in _RULES:
        assert collection in COLLECTION_TYPES
        for obj, where in zip(data.items(collection), origins.get(collection, []), strict=True):
            for ref in getter(obj):
                if ref is None or exists(kind, ref):
                    continue
                what = ref.partition(":")[0] if kind == "*" else kind
                name = ref.partition(":")[2] if kind == "*" else ref
                raise where.error(
                    field,
                    f"refers to {what} {name!r}, which is neither in the dataset nor in the database",
                    "E130",
                )
