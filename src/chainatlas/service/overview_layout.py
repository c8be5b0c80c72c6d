"""How a region's slice of the store is arranged into its overview (no database access).

The shapes are plain data, so the CLI prints them, the API returns them as JSON and the
report fills templates with them. Values are shown as published, with their qualifier
(超/近/约/目标) and never rounded or filled in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from chainatlas.model.document import Document, Event
from chainatlas.model.enterprise import Enterprise, Link, ReviewStatus
from chainatlas.model.fact import Fact, Indicator, Measure, SubjectType
from chainatlas.model.period import Period
from chainatlas.model.project import STAGE_LABELS, Project
from chainatlas.model.qualifier import Qualifier
from chainatlas.model.region import Region
from chainatlas.model.scheme import Node, Scheme, SchemeKind
from chainatlas.model.wording import describe_chain_stage, describe_period_text
from chainatlas.service.overview_text import describe_value, label_figure

Names = dict[tuple[SubjectType, str], str]


@dataclass(frozen=True)
class Figure:
    """One reported figure and the words of the document that carry it."""

    fact: str
    subject: str
    label: str
    period: str
    value: str
    document: str | None
    quote: str | None
    start: int | None
    end: int | None


@dataclass(frozen=True)
class Section:
    title: str
    figures: list[Figure]


@dataclass(frozen=True)
class Tier:
    node: str
    name: str
    tier: str | None
    threshold: str | None
    status: str | None
    size: Figure | None  # the largest reported size figure, None when none is given
    figures: list[Figure]
    enterprises: list[str]


@dataclass(frozen=True)
class Segment:
    node: str
    name: str
    enterprises: list[str]
    figures: list[Figure]


@dataclass(frozen=True)
class Stage:
    name: str
    segments: list[Segment]


@dataclass(frozen=True)
class Chain:
    scheme: str
    name: str
    stages: list[Stage]


@dataclass(frozen=True)
class ProjectView:
    key: str
    name: str
    investor: str | None
    stage: str | None
    milestones: list[str]
    figures: list[Figure]


@dataclass(frozen=True)
class Moment:
    date: str
    summary: str
    document: str | None
    quote: str | None


@dataclass(frozen=True)
class Overview:
    region: str
    name: str
    code: str | None
    sections: list[Section]
    clusters: list[Tier]
    chains: list[Chain]
    projects: list[ProjectView]
    timeline: list[Moment]
    missing: list[str]
    counts: dict[str, int] = field(default_factory=dict)


@dataclass
class Slice:
    """The part of the store that concerns one region."""

    regions: list[Region]
    schemes: list[Scheme] = field(default_factory=list)
    nodes: list[Node] = field(default_factory=list)
    enterprises: dict[str, Enterprise] = field(default_factory=dict)
    links: list[Link] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    others: dict[tuple[SubjectType, str], str] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    documents: dict[str, Document] = field(default_factory=dict)
    indicators: dict[str, Indicator] = field(default_factory=dict)


MakeFigure = Callable[[Fact], Figure]


def compose_overview(part: Slice) -> Overview:
    """Arrange a region's slice into the overview (pure: no database access)."""
    top = part.regions[0]
    names = _names(part)
    figure = _figure_maker(part, names)
    shown: set[str] = set()
    sections = _sections(part, figure, shown)
    clusters = _clusters(part, figure, shown)
    chains = [_chain(part, s, figure, shown) for s in part.schemes if s.kind is SchemeKind.CHAIN]
    projects = [_project(p, part, figure, names, shown) for p in part.projects]
    rest = [figure(f) for f in _in_order(part.facts, part) if f.key not in shown]
    if rest:
        sections.append(Section("其他数字", rest))
    return Overview(
        region=top.key,
        name=top.name,
        code=top.code,
        sections=sections,
        clusters=clusters,
        chains=chains,
        projects=projects,
        timeline=_timeline(part),
        missing=_missing(part, clusters, projects),
        counts=_counts(part),
    )


def _names(part: Slice) -> Names:
    names = dict(part.others)
    names.update({(SubjectType.REGION, r.key): r.name for r in part.regions})
    names.update({(SubjectType.SCHEME, s.key): s.name for s in part.schemes})
    names.update({(SubjectType.NODE, f"{n.scheme}/{n.key}"): n.name for n in part.nodes})
    names.update({(SubjectType.ENTERPRISE, k): e.name for k, e in part.enterprises.items()})
    names.update({(SubjectType.PROJECT, p.key): p.name for p in part.projects})
    return names


def _figure_maker(part: Slice, names: Names) -> MakeFigure:
    def make(fact: Fact) -> Figure:
        subject = names.get((fact.subject_type, fact.subject), fact.subject)
        if fact.scope:
            scope = names.get((SubjectType.REGION, fact.scope), fact.scope)
            subject = f"{subject}（{scope}）"
        indicator = part.indicators.get(fact.indicator)
        doc = part.documents.get(fact.provenance.document or "")
        return Figure(
            fact=fact.key,
            subject=subject,
            label=label_figure(indicator.name if indicator else fact.indicator, fact),
            period=str(fact.period),
            value=describe_value(fact),
            document=doc.title if doc else fact.provenance.document,
            quote=fact.provenance.quote,
            start=fact.provenance.start,
            end=fact.provenance.end,
        )

    return make


def _in_order(facts: list[Fact], part: Slice) -> list[Fact]:
    """Facts in the order the documents state them (document, then offset)."""
    order = {key: i for i, key in enumerate(sorted(part.documents))}
    return sorted(
        facts,
        key=lambda f: (order.get(f.provenance.document or "", len(order)), f.provenance.start or 0),
    )


def _sections(part: Slice, figure: MakeFigure, shown: set[str]) -> list[Section]:
    """One section per region in the subtree (city first), including zone-scoped figures."""
    sections = []
    for region in part.regions:
        own = [
            f
            for f in part.facts
            if (f.subject_type is SubjectType.REGION and f.subject == region.key)
            or (
                f.subject_type is SubjectType.SCHEME
                and _scheme_region(part, f.subject) == region.key
            )
            or f.scope == region.key
        ]
        if own:
            shown.update(f.key for f in own)
            sections.append(Section(region.name, [figure(f) for f in _in_order(own, part)]))
    return sections


def _scheme_region(part: Slice, scheme: str) -> str | None:
    return next((s.region for s in part.schemes if s.key == scheme), None)


def _linked(part: Slice, scheme: str, node: str) -> list[str]:
    """Names of enterprises on a node; proposed links are marked, rejected ones left out."""
    out = []
    for link in part.links:
        if link.scheme == scheme and link.node == node and link.status is not ReviewStatus.REJECTED:
            name = part.enterprises[link.enterprise].name
            out.append(name if link.status is ReviewStatus.ACCEPTED else f"{name}（待核实）")
    return out


def _clusters(part: Slice, figure: MakeFigure, shown: set[str]) -> list[Tier]:
    """Each cluster node with its tier, whether the tier is reached, and the size behind it."""
    regions = {r.key for r in part.regions}
    tiers = []
    for scheme in (s for s in part.schemes if s.kind is SchemeKind.CLUSTER and s.region in regions):
        for node in sorted((n for n in part.nodes if n.scheme == scheme.key), key=_node_order):
            ref = f"{node.scheme}/{node.key}"
            facts = [f for f in _in_order(part.facts, part) if _about(f, SubjectType.NODE, ref)]
            sizes = [f for f in facts if _is_size(f)]
            size = max(sizes, key=lambda f: f.quantity.base_value(), default=None)
            shown.update(f.key for f in facts)
            tiers.append(
                Tier(
                    node=ref,
                    name=node.name,
                    tier=node.tier,
                    threshold=node.tier_threshold,
                    status=None if node.tier_status is None else node.tier_status.value,
                    size=None if size is None else figure(size),
                    figures=[figure(f) for f in facts],
                    enterprises=_linked(part, node.scheme, node.key),
                )
            )
    return tiers


def _about(fact: Fact, kind: SubjectType, key: str) -> bool:
    """A fact about the subject itself, not about a part of it (scoped to a zone)."""
    return fact.subject_type is kind and fact.subject == key and fact.scope is None


def _is_size(fact: Fact) -> bool:
    return (
        fact.measure is Measure.LEVEL
        and fact.quantity.dimension == "money"
        and fact.qualifier is not Qualifier.TARGET
    )


def _node_order(node: Node) -> tuple[int, str]:
    return (node.order, node.key)


def _chain(part: Slice, scheme: Scheme, figure: MakeFigure, shown: set[str]) -> Chain:
    """A chain stage by stage; stage headers (nodes with children) hold their segments."""
    nodes = {n.key: n for n in part.nodes if n.scheme == scheme.key}
    parents = {n.parent for n in nodes.values() if n.parent}
    groups: dict[str, list[Node]] = {}
    for node in sorted(nodes.values(), key=_node_order):
        if node.key not in parents:
            groups.setdefault(_stage_of(node, nodes), []).append(node)
    stages = []
    for stage, members in sorted(groups.items(), key=lambda g: _group_order(g[1], nodes)):
        segments = []
        for node in members:
            ref = f"{scheme.key}/{node.key}"
            facts = [f for f in _in_order(part.facts, part) if _about(f, SubjectType.NODE, ref)]
            shown.update(f.key for f in facts)
            names = _linked(part, scheme.key, node.key)
            segments.append(Segment(ref, node.name, names, [figure(f) for f in facts]))
        stages.append(Stage(_stage_name(stage, nodes), segments))
    return Chain(scheme.key, scheme.name, stages)


def _stage_of(node: Node, nodes: dict[str, Node]) -> str:
    if node.stage:
        return node.stage
    parent = nodes.get(node.parent or "")
    return parent.stage or "" if parent else ""


def _group_order(members: list[Node], nodes: dict[str, Node]) -> int:
    return min(nodes[n.parent].order if n.parent in nodes else n.order for n in members)


def _stage_name(stage: str, nodes: dict[str, Node]) -> str:
    header = next(
        (
            n
            for n in nodes.values()
            if n.stage == stage
            and n.parent is None
            and any(c.parent == n.key for c in nodes.values())
        ),
        None,
    )
    if header is not None and header.aliases:
        return f"{header.name}（{header.aliases[0]}）"
    return describe_chain_stage(stage)


def _project(
    project: Project, part: Slice, figure: MakeFigure, names: Names, shown: set[str]
) -> ProjectView:
    facts = [f for f in _in_order(part.facts, part) if _about(f, SubjectType.PROJECT, project.key)]
    shown.update(f.key for f in facts)
    milestones = []
    for m in project.milestones:
        when = describe_period_text(m.date) if m.date else "日期缺失"
        milestones.append(f"{STAGE_LABELS[m.stage]} {when}{'（预计）' if m.expected else ''}")
    investor = names.get((SubjectType.ENTERPRISE, project.investor or ""), project.investor)
    return ProjectView(
        key=project.key,
        name=project.name,
        investor=investor,
        stage=None if project.stage is None else STAGE_LABELS[project.stage],
        milestones=milestones,
        figures=[figure(f) for f in facts],
    )


def _timeline(part: Slice) -> list[Moment]:
    """Events by date; a coarser date (2016) comes before a finer one inside it (2016-09)."""
    events = sorted(part.events, key=lambda e: (Period.parse(e.date).start, e.date, e.key))
    out = []
    for event in events:
        doc = part.documents.get(event.document or "")
        out.append(Moment(event.date, event.summary, doc.title if doc else None, event.quote))
    return out


def _missing(part: Slice, clusters: list[Tier], projects: list[ProjectView]) -> list[str]:
    """What the sources name but do not give, and sizes no source reports."""
    out = [f"《{d.title}》：{gap}" for d in part.documents.values() for gap in d.gaps]
    out += [
        f"{t.name}（{t.tier}）：规模数字未见报道，档位为目标" for t in clusters if t.size is None
    ]
    out += [
        f"{p.name}：{m.split()[0]}日期未给出"
        for p in projects
        for m in p.milestones
        if "日期缺失" in m
    ]
    return out


def _counts(part: Slice) -> dict[str, int]:
    return {
        "regions": len(part.regions),
        "enterprises": len(part.enterprises),
        "links": len(part.links),
        "projects": len(part.projects),
        "facts": len(part.facts),
        "events": len(part.events),
        "documents": len(part.documents),
    }
