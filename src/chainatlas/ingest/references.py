"""Reference checks: every key a record names must exist in the dataset or the database.

The rules are data (which field of which collection points at which kind), so the check
is one loop, and a new reference is one line.  The checker is incremental so an import can
stream: records arrive in collection order, each collection may refer to itself (a region
to its parent) in any order, and earlier collections are settled when a later one starts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from chainatlas.ingest.records import Where

Known = Callable[[str, str], bool]

#: (collection, field, kind referred to, getter). Node references are "scheme/node";
#: kind "*" means the getter returns "kind:key" (facts' subjects, honours' recipients).
_RULES: list[tuple[str, str, str, Callable[[Any], Iterable[str | None]]]] = [
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

RULES_BY_COLLECTION: dict[str, list[tuple[str, str, Callable[[Any], Iterable[str | None]]]]] = {}
for _collection, _field, _kind, _getter in _RULES:
    RULES_BY_COLLECTION.setdefault(_collection, []).append((_field, _kind, _getter))

KIND_OF_COLLECTION = {
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


def key_of(collection: str, obj: Any) -> str:
    if collection == "nodes":
        return f"{obj.scheme}/{obj.key}"
    return str(obj.key)


class ReferenceChecker:
    """Feed records in collection order; raises InputError at the first bad key."""

    def __init__(self, known: Known) -> None:
        self._known = known
        self._keys: dict[str, set[str]] = {}
        self._pending: list[tuple[str, str, str, Where]] = []  # same-collection refs
        self._cache: dict[tuple[str, str], bool] = {}

    def add(self, collection: str, obj: Any, where: Where) -> None:
        kind = KIND_OF_COLLECTION.get(collection)
        if kind is not None:
            seen = self._keys.setdefault(kind, set())
            key = key_of(collection, obj)
            if key in seen:
                raise where.error("key", f"{key!r} appears twice in the dataset", "E131")
            seen.add(key)
        for field, target, getter in RULES_BY_COLLECTION.get(collection, ()):
            for ref in getter(obj):
                if ref is None:
                    continue
                ref_kind, ref_key = ref.partition(":")[::2] if target == "*" else (target, ref)
                if ref_key in self._keys.get(ref_kind, ()):
                    continue
                if ref_kind == kind:
                    self._pending.append((ref_kind, ref_key, field, where))
                else:
                    self._require(ref_kind, ref_key, field, where)

    def close(self) -> None:
        """Settle references to records of the same collection that came later."""
        pending, self._pending = self._pending, []
        for kind, key, field, where in pending:
            if key not in self._keys.get(kind, ()):
                self._require(kind, key, field, where)

    def _require(self, kind: str, key: str, field: str, where: Where) -> None:
        if (kind, key) not in self._cache:
            self._cache[(kind, key)] = self._known(kind, key)
        if not self._cache[(kind, key)]:
            raise where.error(
                field,
                f"refers to {kind} {key!r}, which is neither in the dataset nor in the database",
                "E130",
            )
