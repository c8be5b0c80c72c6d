"""What of a dataset belongs in one region's briefing.

A region's briefing covers the region and every region inside it (a city and its zones
and parks), the schemes drawn up for them, and the enterprises, projects, facts and events
placed there.  An enterprise without a recorded region is kept when it is linked to one of
those schemes or invests in one of those projects: the articles name companies by their
local plants without always giving an address.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from chainatlas.errors import NotFound
from chainatlas.model.dataset import Dataset
from chainatlas.model.fact import Fact, SubjectType
from chainatlas.model.region import Region


@dataclass(frozen=True)
class Scope:
    """Keys in scope, by kind; ``data`` is the whole dataset for name look-ups."""

    region: Region
    regions: frozenset[str]
    schemes: frozenset[str]
    enterprises: frozenset[str]
    projects: frozenset[str]
    data: Dataset

    def holds_fact(self, fact: Fact) -> bool:
        kind, key = fact.subject_type, fact.subject
        if kind is SubjectType.REGION:
            return key in self.regions
        if kind is SubjectType.SCHEME:
            return key in self.schemes
        if kind is SubjectType.NODE:
            return key.split("/", 1)[0] in self.schemes
        if kind is SubjectType.ENTERPRISE:
            return key in self.enterprises
        if kind is SubjectType.PROJECT:
            return key in self.projects
        return True  # platforms, people, programmes: kept when the dataset holds them

    def facts(self) -> list[Fact]:
        return [f for f in self.data.facts if self.holds_fact(f)]


def subtree(regions: Iterable[Region], root: str) -> frozenset[str]:
    """``root`` and every region whose chain of parents reaches it."""
    children: dict[str, list[str]] = {}
    for r in regions:
        if r.parent:
            children.setdefault(r.parent, []).append(r.key)
    found, todo = {root}, [root]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return frozenset(found)


def scope_region(data: Dataset, region: str) -> Scope:
    """The scope of ``region`` (its key or exact name); NotFound names the region."""
    match = [r for r in data.regions if region in (r.key, r.name, *r.aliases)]
    if not match:
        raise NotFound(f"no region {region!r} in the database (import a dataset first)")
    root = match[0]
    keys = subtree(data.regions, root.key)
    projects = frozenset(p.key for p in data.projects if p.region in keys)
    schemes = {s.key for s in data.schemes if s.region in keys}
    schemes |= {p.scheme for p in data.projects if p.key in projects and p.scheme}
    enterprises = {e.key for e in data.enterprises if e.region in keys}
    investors = {p.investor for p in data.projects if p.key in projects and p.investor}
    unplaced = {e.key for e in data.enterprises if e.region is None}
    enterprises |= unplaced & investors
    enterprises |= {lk.enterprise for lk in data.links if lk.scheme in schemes} & unplaced
    return Scope(
        region=root,
        regions=keys,
        schemes=frozenset(schemes),
        enterprises=frozenset(enterprises),
        projects=projects,
        data=data,
    )
