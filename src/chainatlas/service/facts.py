"""Writing facts by hand through the API: add one, or correct one, recording who and when.

Every written fact keeps its provenance (document span, formula or file row) and gets
``accepted_by``/``accepted_at`` from the token that wrote it.  A correction locks the row
before reading it, so two editors changing different fields at once both keep their change.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection

from chainatlas.errors import InvalidValue, NotFound
from chainatlas.ingest.records import Where, build
from chainatlas.model.fact import Fact
from chainatlas.model.record import record_of
from chainatlas.service.auth import Principal, now_iso
from chainatlas.service.session import open_store
from chainatlas.settings import Settings
from chainatlas.store import repository
from chainatlas.store.codec import KINDS
from chainatlas.store.locks import lock_row

#: Fields a correction may change; the key and the subject stay (make a new fact instead).
EDITABLE = frozenset(
    {
        "indicator",
        "measure",
        "period",
        "value",
        "value_max",
        "unit",
        "qualifier",
        "status",
        "rank_of",
        "scope",
        "note",
        "source",
    }
)
BODY = Where("request body", 1)


def _signed(fact: Fact, principal: Principal) -> Fact:
    provenance = dataclasses.replace(
        fact.provenance, accepted_by=principal.name, accepted_at=now_iso()
    )
    return dataclasses.replace(fact, provenance=provenance)


def _check_subject(conn: Connection, fact: Fact) -> None:
    codec = KINDS.get(fact.subject_type.value)
    if codec is None or not repository.exists(conn, codec.cls, fact.subject):
        raise NotFound(f"subject {fact.subject_type.value} {fact.subject!r} is not in the store")


def create_fact(
    settings: Settings, record: Mapping[str, Any], principal: Principal
) -> dict[str, Any]:
    """Validate ``record`` (dataset format, with a source) and add it; Conflict if the key exists."""
    fact = _signed(build(Fact, dict(record), BODY), principal)
    store = open_store(settings)
    with store.transaction() as conn:
        repository.add(conn, fact)  # write first: takes SQLite's write lock at once
        _check_subject(conn, fact)
    return record_of(fact)


def update_fact(
    settings: Settings, key: str, changes: Mapping[str, Any], principal: Principal
) -> dict[str, Any]:
    """Apply ``changes`` to fact ``key`` under a row lock and sign it with ``principal``."""
    refused = sorted(set(changes) - EDITABLE)
    if refused:
        raise InvalidValue(
            f"field {refused[0]} cannot be changed (editable: {', '.join(sorted(EDITABLE))})"
        )
    store = open_store(settings)
    with store.transaction() as conn:
        lock_row(conn, Fact, key)
        current = record_of(repository.get(conn, Fact, key))
        merged = _merge(current, changes)
        fact = _signed(build(Fact, merged, BODY), principal)
        repository.replace(conn, fact)
    return record_of(fact)


def _merge(current: dict[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    merged = {**current, **changes}
    if "source" in changes and isinstance(changes["source"], Mapping):
        merged["source"] = {**current.get("source", {}), **changes["source"]}
    merged.get("source", {}).pop("accepted_by", None)
    merged.get("source", {}).pop("accepted_at", None)
    return {k: v for k, v in merged.items() if v is not None}
