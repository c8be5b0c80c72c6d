"""Browsing the store: list, show and search any entity kind."""

from __future__ import annotations

from typing import Any

from chainatlas.errors import NotFound
from chainatlas.model.fact import Fact
from chainatlas.model.record import record_of
from chainatlas.service.session import open_store
from chainatlas.settings import Settings
from chainatlas.store import repository
from chainatlas.store.codec import KINDS, Codec
from chainatlas.store.search import search_names

#: Kinds in the order they are shown by ``chainatlas overview``.
ENTITY_KINDS: tuple[str, ...] = tuple(KINDS)


def codec_of(kind: str) -> Codec:
    try:
        return KINDS[kind]
    except KeyError:
        raise NotFound(f"unknown kind {kind!r} (one of {', '.join(ENTITY_KINDS)})") from None


def list_entities(
    settings: Settings, kind: str, /, *, limit: int = 50, offset: int = 0, **equals: Any
) -> list[dict[str, Any]]:
    """Records of ``kind``; keyword filters are column equalities (``kind=`` included)."""
    codec = codec_of(kind)
    store = open_store(settings)
    with store.connect() as conn:
        items = repository.list_all(conn, codec.cls, limit=limit, offset=offset, **equals)
    return [record_of(i) for i in items]


def show_entity(settings: Settings, kind: str, key: str) -> dict[str, Any]:
    """The entity's record and, for subjects of facts, the facts about it."""
    codec = codec_of(kind)
    store = open_store(settings)
    with store.connect() as conn:
        obj = repository.get(conn, codec.cls, key)
        record = record_of(obj)
        if kind != "fact":
            facts = repository.list_all(conn, Fact, subject_type=kind, subject=key)
            if facts:
                record["facts"] = [record_of(f) for f in facts]
    return record


def search(
    settings: Settings, text: str, kinds: list[str] | None = None, limit: int = 20
) -> list[dict[str, str]]:
    store = open_store(settings)
    with store.connect() as conn:
        hits = search_names(conn, text, kinds, limit)
    return [{"kind": h.kind, "key": h.key, "name": h.name} for h in hits]


def overview_counts(settings: Settings) -> dict[str, int]:
    """How many of each kind the store holds."""
    store = open_store(settings)
    with store.connect() as conn:
        return {kind: repository.count(conn, c.cls) for kind, c in KINDS.items()}
