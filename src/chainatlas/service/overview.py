"""The overview of one region: what a reader of the articles should see first.

Headline figures with their sources, the cluster structure with each tier's status, the
chains stage by stage with their enterprises, projects, the timeline, and what is missing.
Only the region's own slice of the store is read (its sub-regions, schemes, enterprises,
facts and events), so the overview costs the same in a store holding the whole country.
Nothing is estimated: a figure the sources do not give is listed as missing.
"""

from __future__ import annotations

from sqlalchemy import Connection

from chainatlas.errors import NotFound
from chainatlas.model.actors import Person, Platform, Programme
from chainatlas.model.document import Document, Event
from chainatlas.model.enterprise import Enterprise, Link
from chainatlas.model.fact import Fact, Indicator, SubjectType
from chainatlas.model.project import Project
from chainatlas.model.region import Region
from chainatlas.model.scheme import Node, Scheme
from chainatlas.service.overview_layout import Overview, Slice, compose_overview
from chainatlas.service.session import open_store
from chainatlas.settings import Settings
from chainatlas.store import repository as repo

__all__ = ["Overview", "build_overview", "holds_region", "read_slice"]


def holds_region(settings: Settings, region: str) -> bool:
    """Whether the store already holds ``region`` (so a bundled import is not repeated)."""
    store = open_store(settings)
    with store.connect() as conn:
        return repo.exists(conn, Region, region)


def build_overview(settings: Settings, region: str) -> Overview:
    """The overview of ``region`` (a region key such as ``320481``) from the store."""
    store = open_store(settings)
    with store.connect() as conn:
        part = read_slice(conn, region)
    return compose_overview(part)


#: Kinds whose facts are shown by the name of the programme, platform or person.
_NAMED: tuple[tuple[SubjectType, type[Programme | Platform | Person]], ...] = (
    (SubjectType.PROGRAMME, Programme),
    (SubjectType.PLATFORM, Platform),
    (SubjectType.PERSON, Person),
)


def read_slice(conn: Connection, region: str) -> Slice:
    """Read the region, everything under it, and what its records point at."""
    part = Slice(regions=_subtree(conn, region))
    keys = [r.key for r in part.regions]
    for key in keys:
        part.schemes += repo.list_all(conn, Scheme, region=key)
        part.enterprises.update({e.key: e for e in repo.list_all(conn, Enterprise, region=key)})
        part.projects += repo.list_all(conn, Project, region=key)
        part.events += repo.list_all(conn, Event, region=key)
        for kind, cls in _NAMED:
            named: list[Programme | Platform | Person] = list(repo.list_all(conn, cls, region=key))
            part.others.update({(kind, o.key): o.name for o in named})
    _read_links(conn, part)
    _read_nodes(conn, part)
    _read_facts(conn, part)
    _read_references(conn, part)
    return part


def _subtree(conn: Connection, region: str) -> list[Region]:
    try:
        out = [repo.get(conn, Region, region)]
    except NotFound:
        raise NotFound(f"region {region!r} is not in the database") from None
    index = 0
    while index < len(out):
        out += repo.list_all(conn, Region, parent=out[index].key)
        index += 1
    return out


def _read_links(conn: Connection, part: Slice) -> None:
    """Enterprises of the region, and those placed on the region's own schemes' nodes."""
    for scheme in part.schemes:
        for link in repo.list_all(conn, Link, scheme=scheme.key):
            if link.enterprise not in part.enterprises:
                part.enterprises[link.enterprise] = repo.get(conn, Enterprise, link.enterprise)
    for key in sorted(part.enterprises):
        part.links += repo.list_all(conn, Link, enterprise=key)
    own = {s.key for s in part.schemes}
    for key in sorted({link.scheme for link in part.links} - own):
        part.schemes.append(repo.get(conn, Scheme, key))


def _read_nodes(conn: Connection, part: Slice) -> None:
    for scheme in part.schemes:
        part.nodes += repo.list_all(conn, Node, scheme=scheme.key)


def _read_facts(conn: Connection, part: Slice) -> None:
    region_keys = {r.key for r in part.regions}
    subjects: list[tuple[SubjectType, str]] = [(SubjectType.REGION, k) for k in region_keys]
    subjects += [(SubjectType.SCHEME, s.key) for s in part.schemes if s.region in region_keys]
    own = {s.key for s in part.schemes if s.region in region_keys}
    subjects += [(SubjectType.NODE, f"{n.scheme}/{n.key}") for n in part.nodes if n.scheme in own]
    subjects += [(SubjectType.PROJECT, p.key) for p in part.projects]
    subjects += [(SubjectType.ENTERPRISE, k) for k in part.enterprises]
    subjects += list(part.others)
    for kind, key in subjects:
        part.facts += repo.list_all(conn, Fact, subject_type=kind.value, subject=key)


def _read_references(conn: Connection, part: Slice) -> None:
    docs = {f.provenance.document for f in part.facts} | {e.document for e in part.events}
    for key in sorted(d for d in docs if d):
        part.documents[key] = repo.get(conn, Document, key)
    for key in sorted({f.indicator for f in part.facts}):
        part.indicators[key] = repo.get(conn, Indicator, key)
