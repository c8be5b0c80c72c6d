"""Use cases of the chain work: imports, 挂链, chain map and diagnosis, targets, projects.

Every import runs in one transaction (all or nothing); analysis gets plain model objects
read here and never sees the database.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from chainatlas.analysis.chain_map import ChainMap, build_chain_map, find_presence
from chainatlas.analysis.gaps import Diagnosis, diagnose_chain
from chainatlas.analysis.linking import Linker, LinkProposal, LinkRules
from chainatlas.analysis.pipeline import ProjectStatus, WhatIf, simulate_project, summarise_project
from chainatlas.analysis.targets import RegionTree, Target, rank_targets
from chainatlas.errors import InputError, NotFound
from chainatlas.ingest.address import Gazetteer, Placement, PlacementStatus
from chainatlas.ingest.division_codes import read_division_codes
from chainatlas.ingest.enterprise_table import EnterpriseTable, read_enterprise_table, read_mapping
from chainatlas.ingest.industry_codes import SCHEME_KEY, read_industry_codes
from chainatlas.model.enterprise import Enterprise, Link
from chainatlas.model.fact import Fact
from chainatlas.model.project import Project
from chainatlas.model.region import Region, RegionLevel
from chainatlas.model.scheme import Edge, Node, Scheme
from chainatlas.service.session import open_store
from chainatlas.settings import Settings
from chainatlas.store import bulk, repository

__all__ = [
    "ChainReport",
    "build_region_chain",
    "find_targets",
    "import_enterprises",
    "import_industries",
    "import_regions",
    "link_all",
    "list_projects",
]


def import_regions(settings: Settings, path: Path) -> dict[str, int]:
    """Add the divisions of a 民政部 list; regions already stored are kept as they are."""
    regions = read_division_codes(path)
    store = open_store(settings)
    try:
        with store.transaction() as conn:
            have = bulk.existing_keys(conn, Region, [r.key for r in regions])
            country = [] if bulk.existing_keys(conn, Region, ["CN"]) else [_CN]
            new = [*country, *(r for r in regions if r.key not in have)]
            repository.add_many(conn, new)
        return {"read": len(regions), "added": len(new), "kept": len(have)}
    finally:
        store.dispose()


_CN = Region(key="CN", name="中国", level=RegionLevel.COUNTRY)


def import_industries(settings: Settings, path: Path) -> dict[str, int]:
    """Add GB/T 4754-2017 as scheme ``gbt4754``; classes already stored are kept."""
    scheme, nodes = read_industry_codes(path)
    store = open_store(settings)
    try:
        with store.transaction() as conn:
            have = {n.key for n in repository.list_all(conn, Node, scheme=SCHEME_KEY)}
            if not repository.exists(conn, Scheme, SCHEME_KEY):
                repository.add(conn, scheme)
            new = [n for n in nodes if n.key not in have]
            repository.add_many(conn, new)
        return {"read": len(nodes), "added": len(new), "kept": len(have)}
    finally:
        store.dispose()


@dataclass
class ImportReport:
    file: str
    imported: int
    placed: dict[str, int]
    unplaced: list[dict[str, Any]]
    warnings: list[str]
    ignored_columns: list[str]

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def industry_lookup(conn: Connection) -> dict[str, str] | None:
    """GB/T 4754 codes (with and without letter) and class names -> node key, if imported."""
    nodes = repository.list_all(conn, Node, scheme=SCHEME_KEY)
    if not nodes:
        return None
    lookup: dict[str, str] = {}
    for node in nodes:
        digits = node.key.lstrip("ABCDEFGHIJKLMNOPQRST")
        lookup.update({node.key: node.key, node.name: node.key})
        if digits:
            lookup.setdefault(digits, node.key)
    return lookup


def import_enterprises(settings: Settings, path: Path, mapping: Path | None = None) -> ImportReport:
    """Read, place and insert an enterprise table in one transaction."""
    store = open_store(settings)
    try:
        with store.connect() as conn:
            industries = industry_lookup(conn)
            gazetteer = Gazetteer(repository.list_all(conn, Region))
        table = read_enterprise_table(path, read_mapping(mapping) if mapping else None, industries)
        placed, report = place_table(table, gazetteer)
        with store.transaction() as conn:
            taken = bulk.existing_keys(conn, Enterprise, [e.key for e in placed])
            if taken:
                first = next(r for r in table.records if r.enterprise.key in taken)
                raise InputError(
                    f"{first.enterprise.key!r} is already in the database",
                    file=table.file, row=first.row, field="key", code="E132",
                )  # fmt: skip
            repository.add_many(conn, placed)
        return report
    finally:
        store.dispose()


def place_table(
    table: EnterpriseTable, gazetteer: Gazetteer
) -> tuple[list[Enterprise], ImportReport]:
    counts = {status.value: 0 for status in PlacementStatus}
    unplaced: list[dict[str, Any]] = []
    placed: list[Enterprise] = []
    for record in table.records:
        where: Placement = gazetteer.place(record.enterprise.address, record.hints)
        counts[where.status.value] += 1
        if where.status is not PlacementStatus.COUNTY:
            unplaced.append(
                {"row": record.row, "key": record.enterprise.key, "name": record.enterprise.name,
                 "address": record.enterprise.address, "status": where.status.value,
                 "region": where.region, "reason": where.reason}
            )  # fmt: skip
        placed.append(replace(record.enterprise, region=where.region))
    report = ImportReport(table.file, len(placed), counts, unplaced, table.warnings, table.ignored)
    return placed, report


def read_chain(conn: Connection, chain: str) -> tuple[Scheme, list[Node], list[Edge]]:
    scheme = repository.get(conn, Scheme, chain)
    return (
        scheme,
        repository.list_all(conn, Node, scheme=chain),
        repository.list_all(conn, Edge, scheme=chain),
    )


def link_all(
    settings: Settings, chain: str = "power-battery", threshold: float | None = None
) -> dict[str, int]:
    """Propose links for every stored enterprise; links already stored are left alone."""
    rules = LinkRules() if threshold is None else LinkRules(threshold=threshold)
    store = open_store(settings)
    try:
        with store.transaction() as conn:
            _, nodes, _ = read_chain(conn, chain)
            have = bulk.link_keys(conn, chain)
            linker = Linker(nodes, rules)
            counts = {"enterprises": 0, "accepted": 0, "proposed": 0, "kept": len(have)}
            fresh = _fresh_links(linker, bulk.iter_link_inputs(conn), have, counts)
            bulk.insert_links(conn, fresh)
        return counts
    finally:
        store.dispose()


def _fresh_links(
    linker: Linker,
    enterprises: Iterable[Enterprise],
    have: set[tuple[str, str]],
    counts: dict[str, int],
) -> Iterator[dict[str, Any]]:
    for enterprise in enterprises:
        counts["enterprises"] += 1
        for proposal in linker.propose(enterprise):
            if (proposal.enterprise, proposal.node) in have:
                continue
            counts[proposal.status.value] += 1
            best = proposal.evidence[0]  # evidence is ordered strongest first
            yield {
                "enterprise": proposal.enterprise, "scheme": proposal.scheme, "node": proposal.node,
                "evidence": best.kind.value, "detail": proposal.detail,
                "confidence": round(proposal.confidence, 4), "status": proposal.status.value,
                "reviewer": None,
            }  # fmt: skip


@dataclass
class ChainReport:
    region: Region
    chain_map: ChainMap
    diagnosis: Diagnosis


def read_region_chain(
    conn: Connection, region: str, chain: str, include_proposed: bool = False
) -> ChainReport:
    """Read what the map needs for one region and chain, then map and diagnose it."""
    inside = bulk.region_subtree(conn, region)
    if not inside:
        raise NotFound(f"no region {region!r}")
    _, nodes, edges = read_chain(conn, chain)
    local = bulk.select_in(conn, Enterprise, "region", list(inside))
    projects = [p for p in repository.list_all(conn, Project) if p.region in inside]
    own = [
        s
        for s in repository.list_all(conn, Scheme)
        if s.region in inside and s.kind.value != "chain"
    ]
    own_links = [link for s in own for link in repository.list_all(conn, Link, scheme=s.key)]
    found = (
        {e.key for e in local}
        | {p.investor for p in projects if p.investor}
        | {x.enterprise for x in own_links}
    )
    extra = bulk.select_in(conn, Enterprise, "key", sorted(found - {e.key for e in local}))
    presence = find_presence(inside, [*local, *extra], projects, own_links, own)
    members = [e for e in (*local, *extra) if e.key in presence]
    links = bulk.select_in(conn, Link, "enterprise", list(presence), scheme=chain)
    facts = bulk.select_in(conn, Fact, "subject", list(presence))
    chain_map = build_chain_map(region, nodes, edges, members, links, facts,
                                presence=presence, include_proposed=include_proposed)  # fmt: skip
    home = repository.get(conn, Region, region)
    return ChainReport(home, chain_map, diagnose_chain(chain_map))


def build_region_chain(
    settings: Settings, region: str, chain: str = "power-battery", include_proposed: bool = False
) -> ChainReport:
    store = open_store(settings)
    try:
        with store.connect() as conn:
            return read_region_chain(conn, region, chain, include_proposed)
    finally:
        store.dispose()


def find_targets(
    settings: Settings,
    region: str,
    chain: str,
    pool: Path | None,
    mapping: Path | None = None,
    per_gap: int = 10,
) -> tuple[ChainReport, dict[str, list[Target]]]:
    """Rank candidates for each gap from a table file, or from the store when ``pool`` is None."""
    store = open_store(settings)
    try:
        with store.connect() as conn:
            report = read_region_chain(conn, region, chain)
            _, nodes, _ = read_chain(conn, chain)
            tree = RegionTree(repository.list_all(conn, Region))
            if pool is None:
                candidates = {e.key: e for e in repository.iter_all(conn, Enterprise)}
            else:
                table = read_enterprise_table(
                    pool, read_mapping(mapping) if mapping else None, industry_lookup(conn)
                )
                gazetteer = Gazetteer(repository.list_all(conn, Region))
                candidates = {e.key: e for e in place_table(table, gazetteer)[0]}
        linker = Linker(nodes)
        proposals: list[LinkProposal] = [p for e in candidates.values() for p in linker.propose(e)]
        ranked = rank_targets(
            report.chain_map, report.diagnosis, candidates, proposals, tree, per_gap=per_gap
        )
        return report, ranked
    finally:
        store.dispose()


def list_projects(
    settings: Settings,
    region: str | None = None,
    what_if: str | None = None,
    chain: str = "power-battery",
) -> tuple[list[ProjectStatus], WhatIf | None]:
    """Projects (in ``region`` if given) with stage and spans; optionally one what-if."""
    store = open_store(settings)
    try:
        with store.connect() as conn:
            projects = repository.list_all(conn, Project)
            if region is not None:
                inside = bulk.region_subtree(conn, region)
                projects = [p for p in projects if p.region in inside]
            facts = _facts_by_key(conn, [m.fact for p in projects for m in p.milestones if m.fact])
            statuses = [summarise_project(p, facts) for p in projects]
            if what_if is None:
                return statuses, None
            project = repository.get(conn, Project, what_if)
            home = region or _county_of(conn, project)
            report = read_region_chain(conn, home, project.scheme or chain)
            investor = (
                repository.get(conn, Enterprise, project.investor) if project.investor else None
            )
            return statuses, simulate_project(report.chain_map, project, investor)
    finally:
        store.dispose()


def _facts_by_key(conn: Connection, keys: list[str]) -> Mapping[str, Fact]:
    return {f.key: f for f in bulk.select_in(conn, Fact, "key", keys)}


def _county_of(conn: Connection, project: Project) -> str:
    """The county holding the project's region (the level a chain map is usually read at)."""
    key = project.region
    while key is not None:
        region = repository.get(conn, Region, key)
        if region.level.value == "county":
            return region.key
        key = region.parent
    raise NotFound(f"project {project.key} has no county; pass --region")
