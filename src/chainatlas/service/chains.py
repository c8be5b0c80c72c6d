"""Use cases of the chain work: imports, 挂链, chain map and diagnosis, targets, projects.

Every import runs in one transaction (all or nothing); analysis gets plain model objects
read here and never sees the database.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from chainatlas.analysis.chain_map import ChainMap, build_chain_map, find_presence
from chainatlas.analysis.gaps import Diagnosis, diagnose_chain
from chainatlas.analysis.linking import Linker, LinkProposal, LinkRules
from chainatlas.analysis.pipeline import ProjectStatus, WhatIf, simulate_project, summarise_project
from chainatlas.analysis.targets import RegionTree, Target, rank_targets
from chainatlas.errors import Conflict, InputError, NotFound
from chainatlas.ingest.address import Gazetteer, Placement, PlacementStatus
from chainatlas.ingest.division_codes import read_division_codes
from chainatlas.ingest.enterprise_table import (
    EnterpriseReader,
    TableRecord,
    read_enterprise_table,
    read_mapping,
    refuse_repeats,
)
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
    with store.transaction() as conn:
        have = bulk.existing_keys(conn, Region, [r.key for r in regions])
        country = [] if bulk.existing_keys(conn, Region, ["CN"]) else [_CN]
        new = [*country, *(r for r in regions if r.key not in have)]
        repository.add_many(conn, new)
    return {"read": len(regions), "added": len(new), "kept": len(have)}


_CN = Region(key="CN", name="中国", level=RegionLevel.COUNTRY)


def import_industries(settings: Settings, path: Path) -> dict[str, int]:
    """Add GB/T 4754-2017 as scheme ``gbt4754``; classes already stored are kept."""
    scheme, nodes = read_industry_codes(path)
    store = open_store(settings)
    with store.transaction() as conn:
        have = {n.key for n in repository.list_all(conn, Node, scheme=SCHEME_KEY)}
        if not repository.exists(conn, Scheme, SCHEME_KEY):
            repository.add(conn, scheme)
        new = [n for n in nodes if n.key not in have]
        repository.add_many(conn, new)
    return {"read": len(nodes), "added": len(new), "kept": len(have)}


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
    """Read, place and insert an enterprise table in one transaction, a batch at a time.

    Rows stream from the file through validation and placement into batched inserts
    (``repository.add_many``, which also indexes the names), so memory stays flat in the
    file's size.  Any failure rolls the whole transaction back; a key that clashes with
    the database or with an earlier row is then traced to its row by re-reading the file.
    """
    store = open_store(settings)
    with store.connect() as conn:
        industries = industry_lookup(conn)
        gazetteer = Gazetteer(repository.list_all(conn, Region))
    fields = read_mapping(mapping) if mapping else None
    reader = EnterpriseReader(path, fields, industries, gazetteer)
    counts = {status.value: 0 for status in PlacementStatus}
    report = ImportReport(reader.file, 0, counts, [], [], [])
    try:
        with store.transaction() as conn:
            for batch in bulk.batched(reader, repository.BATCH):
                _insert_batch(conn, batch, report)
    except _BatchClash as clash:
        with store.connect() as conn:
            raise _locate_clash(conn, EnterpriseReader(path, fields), clash) from None
    report.warnings, report.ignored_columns = reader.all_warnings(), reader.ignored
    return report


class _BatchClash(Exception):
    """A batch of rows that broke a uniqueness rule of the database."""

    def __init__(self, batch: list[TableRecord], cause: Conflict) -> None:
        super().__init__(cause.message)
        self.first, self.last = batch[0].row, batch[-1].row
        self.keys = {r.enterprise.key for r in batch}
        self.cause = cause


def _insert_batch(conn: Connection, batch: list[TableRecord], report: ImportReport) -> None:
    try:
        repository.add_many(conn, [record.enterprise for record in batch])
    except Conflict as exc:
        raise _BatchClash(batch, exc) from exc
    report.imported += len(batch)
    for record in batch:
        if record.placement is not None:
            tally_placement(report, record, record.placement)


def tally_placement(report: ImportReport, record: TableRecord, where: Placement) -> None:
    """Count the placement; anything short of a county is listed with its reason."""
    report.placed[where.status.value] += 1
    if where.status is not PlacementStatus.COUNTY:
        report.unplaced.append(
            {"row": record.row, "key": record.enterprise.key, "name": record.enterprise.name,
             "address": record.enterprise.address, "status": where.status.value,
             "region": where.region, "reason": where.reason}
        )  # fmt: skip


def _locate_clash(conn: Connection, reader: EnterpriseReader, clash: _BatchClash) -> InputError:
    """After the rollback: the first row of the failed batch already stored or repeated.

    Re-reads the file up to the batch, remembering only the batch's keys (flat memory);
    :func:`refuse_repeats` raises for a key an earlier row had.
    """
    taken = bulk.existing_keys(conn, Enterprise, sorted(clash.keys))
    for record in refuse_repeats(reader, reader.file, watch=clash.keys):
        if record.row > clash.last:
            break
        if record.row >= clash.first and record.enterprise.key in taken:
            return InputError(
                f"{record.enterprise.key!r} is already in the database",
                file=reader.file, row=record.row, field="key", code="E132",
            )  # fmt: skip
    return InputError(
        f"rows {clash.first} to {clash.last} conflict with the database: {clash.cause.message}",
        file=reader.file, code="E132",
    )  # fmt: skip


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
    """Propose links for every stored enterprise; links already stored are left alone.

    Enterprises stream from the database in a narrow select and their links go back in
    batches through the driver's executemany, all in one transaction.
    """
    rules = LinkRules() if threshold is None else LinkRules(threshold=threshold)
    store = open_store(settings)
    with store.transaction() as conn:
        _, nodes, _ = read_chain(conn, chain)
        linker = Linker(nodes, rules)
        counts = {"enterprises": 0, "accepted": 0, "proposed": 0, "kept": 0}
        relink = bulk.has_links(conn, chain)
        for batch in bulk.batched(bulk.iter_link_inputs(conn), repository.BATCH):
            have = bulk.link_keys(conn, chain, [e[0] for e in batch]) if relink else set()
            counts["enterprises"] += len(batch)
            counts["kept"] += len(have)
            bulk.add_links(conn, _new_links(linker, batch, have, counts))
    return counts


def _new_links(
    linker: Linker,
    batch: Iterable[bulk.LinkInput],
    have: set[tuple[str, str]],
    counts: dict[str, int],
) -> list[Link]:
    """The links proposed for ``batch`` that are not already stored, counted by status."""
    links = []
    for key, name, code, products, scope in batch:
        for proposal in linker.propose_record(key, name, code, products, scope):
            if have and (key, proposal.node) in have:
                continue
            counts[proposal.status.value] += 1
            links.append(proposal.to_link())
    return links


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
    with store.connect() as conn:
        return read_region_chain(conn, region, chain, include_proposed)


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
    with store.connect() as conn:
        report = read_region_chain(conn, region, chain)
        _, nodes, _ = read_chain(conn, chain)
        tree = RegionTree(repository.list_all(conn, Region))
        if pool is None:
            candidates = {e.key: e for e in repository.iter_all(conn, Enterprise)}
        else:
            fields = read_mapping(mapping) if mapping else None
            gazetteer = Gazetteer(repository.list_all(conn, Region))
            table = read_enterprise_table(pool, fields, industry_lookup(conn), gazetteer)
            candidates = {r.enterprise.key: r.enterprise for r in table.records}
    linker = Linker(nodes)
    proposals: list[LinkProposal] = [p for e in candidates.values() for p in linker.propose(e)]
    ranked = rank_targets(
        report.chain_map, report.diagnosis, candidates, proposals, tree, per_gap=per_gap
    )
    return report, ranked


def list_projects(
    settings: Settings,
    region: str | None = None,
    what_if: str | None = None,
    chain: str = "power-battery",
) -> tuple[list[ProjectStatus], WhatIf | None]:
    """Projects (in ``region`` if given) with stage and spans; optionally one what-if."""
    store = open_store(settings)
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
        investor = repository.get(conn, Enterprise, project.investor) if project.investor else None
        return statuses, simulate_project(report.chain_map, project, investor)


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
