"""Filtered, paginated listings for the dashboard and the API (enterprises by name, node,
tag and region) without counting a million rows: a page asks for one row more than it shows
to know whether there is a next page."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from chainatlas.errors import NotFound
from chainatlas.model.document import Event
from chainatlas.model.enterprise import Enterprise, Link, Relation
from chainatlas.model.fact import Fact
from chainatlas.model.project import Project
from chainatlas.model.record import record_of
from chainatlas.model.region import Region
from chainatlas.model.scheme import Scheme
from chainatlas.service.session import open_store
from chainatlas.settings import Settings
from chainatlas.store import repository
from chainatlas.store.search import search_names

#: How many search hits are looked at before filters, at most.
SEARCH_WINDOW = 2000


@dataclass(frozen=True)
class EnterpriseFilter:
    q: str | None = None  # substring of a name or alias
    region: str | None = None
    node: str | None = None  # "scheme/node"
    tag: str | None = None


def _candidates(conn: Connection, flt: EnterpriseFilter) -> Iterator[Enterprise]:
    if flt.q and flt.q.strip():
        for hit in search_names(conn, flt.q, ["enterprise"], SEARCH_WINDOW):
            yield repository.get(conn, Enterprise, hit.key)
    elif flt.node:
        scheme, _, node = flt.node.partition("/")
        if not node:
            raise NotFound(f"node {flt.node!r} needs the form scheme/node")
        for link in repository.iter_all(conn, Link, scheme=scheme, node=node):
            yield repository.get(conn, Enterprise, link.enterprise)
    else:
        yield from repository.iter_all(conn, Enterprise, region=flt.region)


def _matches(enterprise: Enterprise, flt: EnterpriseFilter, on_node: set[str] | None) -> bool:
    if flt.region and enterprise.region != flt.region:
        return False
    if flt.tag and flt.tag not in enterprise.tags:
        return False
    return on_node is None or enterprise.key in on_node


def _node_members(conn: Connection, flt: EnterpriseFilter) -> set[str] | None:
    """Keys linked to the node, when the node filter is not the one driving the scan."""
    if not flt.node or not (flt.q and flt.q.strip()):
        return None
    scheme, _, node = flt.node.partition("/")
    return {lk.enterprise for lk in repository.iter_all(conn, Link, scheme=scheme, node=node)}


def list_enterprises(
    settings: Settings, flt: EnterpriseFilter, *, limit: int = 50, offset: int = 0
) -> tuple[list[dict[str, Any]], bool]:
    """One page of enterprises matching ``flt`` and whether another page follows."""
    store = open_store(settings)
    with store.connect() as conn:
        if not (flt.q and flt.q.strip()) and not flt.node and not flt.tag:
            rows = repository.list_all(
                conn, Enterprise, limit=limit + 1, offset=offset, region=flt.region
            )
            return [record_of(e) for e in rows[:limit]], len(rows) > limit
        on_node = _node_members(conn, flt)
        page: list[dict[str, Any]] = []
        skipped = 0
        for enterprise in _candidates(conn, flt):
            if not _matches(enterprise, flt, on_node):
                continue
            if skipped < offset:
                skipped += 1
                continue
            if len(page) == limit:
                return page, True
            page.append(record_of(enterprise))
    return page, False


def describe_enterprise(settings: Settings, key: str) -> dict[str, Any]:
    """An enterprise with its chain links, relations, projects and the facts about it."""
    store = open_store(settings)
    with store.connect() as conn:
        record = record_of(repository.get(conn, Enterprise, key))
        record["links"] = [record_of(lk) for lk in repository.iter_all(conn, Link, enterprise=key)]
        record["relations"] = [
            *(record_of(r) for r in repository.iter_all(conn, Relation, parent=key)),
            *(record_of(r) for r in repository.iter_all(conn, Relation, child=key)),
        ]
        record["projects"] = [
            record_of(p) for p in repository.iter_all(conn, Project, investor=key)
        ]
        record["facts"] = [
            record_of(f)
            for f in repository.iter_all(conn, Fact, subject_type="enterprise", subject=key)
        ]
    return record


def list_timeline(
    settings: Settings, *, region: str | None = None, limit: int = 50, offset: int = 0
) -> list[dict[str, Any]]:
    """Events oldest first (dates are compact period texts, which sort as written)."""
    store = open_store(settings)
    with store.connect() as conn:
        events = repository.list_all(conn, Event, region=region)
    events.sort(key=lambda e: (str(e.date), e.key))
    return [record_of(e) for e in events[offset : offset + limit]]


def default_region(settings: Settings) -> str:
    """The region the dashboard opens on: the first county-level region, else the first."""
    store = open_store(settings)
    with store.connect() as conn:
        counties = repository.list_all(conn, Region, limit=1, level="county")
        regions = counties or repository.list_all(conn, Region, limit=1)
    if not regions:
        raise NotFound("the store holds no region yet (run chainatlas import or demo)")
    return regions[0].key


def list_chains(settings: Settings) -> list[dict[str, Any]]:
    """Schemes of kind chain (for the chain-map picker)."""
    store = open_store(settings)
    with store.connect() as conn:
        return [record_of(s) for s in repository.iter_all(conn, Scheme, kind="chain")]
