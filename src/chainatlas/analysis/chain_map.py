"""The chain map of a region: each node of a chain with the region's enterprises on it.

Inputs are plain model objects already narrowed to one region (the enterprises placed in
it or in any region inside it, and their links for the chain); the map orders nodes by
stage and ``order`` and keeps the directed edges, so that the diagnosis
(:mod:`chainatlas.analysis.gaps`) can walk upstream and downstream.  Rejected links never
count; proposed links count only when asked (``include_proposed``) and are otherwise
reported per node as waiting for review.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from chainatlas.model.enterprise import Enterprise, Link, ReviewStatus
from chainatlas.model.fact import Fact
from chainatlas.model.project import Project
from chainatlas.model.scheme import Edge, Node, Scheme

#: Tags that make an enterprise a leader (链主/龙头) of its node.
LEADER_TAGS: tuple[str, ...] = ("链主", "龙头", "龙头企业", "链主企业", "单项冠军", "隐形冠军")
STAGE_ORDER: tuple[str, ...] = (
    "resources", "materials", "equipment", "cells", "applications", "recycling",
)  # fmt: skip
#: Edge kinds that close a loop (回收 -> 资源) and stay out of the acyclic supply structure.
LOOP_KINDS: frozenset[str] = frozenset({"recycles"})


def is_leader(enterprise: Enterprise) -> bool:
    """A 链主/龙头 tag, or a segment ranking such as ``TOP3``/``细分领域TOP3``."""
    return any(tag in LEADER_TAGS or "TOP" in tag.upper() for tag in enterprise.tags)


@dataclass(frozen=True)
class Member:
    """One enterprise on a node, with the link that put it there."""

    enterprise: Enterprise
    link: Link
    leader: bool
    facts: tuple[Fact, ...] = ()
    presence: str = ""  # why the enterprise counts as in the region


@dataclass(frozen=True)
class NodeView:
    node: Node
    members: tuple[Member, ...]
    upstream: tuple[str, ...]
    downstream: tuple[str, ...]
    pending: int = 0  # proposed links not counted, waiting for review

    @property
    def leaders(self) -> tuple[Member, ...]:
        return tuple(m for m in self.members if m.leader)

    @property
    def present(self) -> bool:
        return bool(self.members)


@dataclass(frozen=True)
class ChainMap:
    region: str
    scheme: str
    nodes: tuple[NodeView, ...]
    edges: tuple[Edge, ...]
    stages: tuple[tuple[str, tuple[str, ...]], ...] = field(default=())

    def view(self, key: str) -> NodeView:
        for view in self.nodes:
            if view.node.key == key:
                return view
        raise KeyError(key)


def stage_rank(stage: str | None) -> int:
    return STAGE_ORDER.index(stage) if stage in STAGE_ORDER else len(STAGE_ORDER)


def build_chain_map(
    region: str,
    nodes: Sequence[Node],
    edges: Sequence[Edge],
    enterprises: Iterable[Enterprise],
    links: Iterable[Link],
    facts: Iterable[Fact] = (),
    *,
    presence: Mapping[str, str] | None = None,
    include_proposed: bool = False,
) -> ChainMap:
    """Group the region's linked enterprises by node; nodes in stage order, then ``order``.

    ``presence`` says why each enterprise is in the region (see :func:`find_presence`).
    """
    if not nodes:
        return ChainMap(region, "", (), tuple(edges))
    scheme = nodes[0].scheme
    by_key = {e.key: e for e in enterprises}
    facts_of: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        facts_of[fact.subject].append(fact)
    members: dict[str, list[Member]] = defaultdict(list)
    pending: dict[str, int] = defaultdict(int)
    for link in links:
        enterprise = by_key.get(link.enterprise)
        if link.scheme != scheme or enterprise is None or link.status is ReviewStatus.REJECTED:
            continue
        if link.status is ReviewStatus.PROPOSED and not include_proposed:
            pending[link.node] += 1
            continue
        facts_here = tuple(facts_of.get(enterprise.key, ()))
        why = (presence or {}).get(enterprise.key, "")
        members[link.node].append(Member(enterprise, link, is_leader(enterprise), facts_here, why))
    ups, downs = _neighbours(edges)
    ordered = sorted(nodes, key=lambda n: (stage_rank(n.stage), n.order, n.key))
    views = tuple(
        NodeView(
            node=n,
            members=tuple(sorted(members[n.key], key=_member_rank)),
            upstream=tuple(ups[n.key]),
            downstream=tuple(downs[n.key]),
            pending=pending[n.key],
        )
        for n in ordered
    )
    return ChainMap(region, scheme, views, tuple(edges), _stages(ordered))


def _member_rank(member: Member) -> tuple[int, float, str]:
    return (0 if member.leader else 1, -member.link.confidence, member.enterprise.name)


def _neighbours(edges: Sequence[Edge]) -> tuple[Mapping[str, list[str]], Mapping[str, list[str]]]:
    ups: dict[str, list[str]] = defaultdict(list)
    downs: dict[str, list[str]] = defaultdict(list)
    for edge in edges:
        if edge.kind in LOOP_KINDS:
            continue
        downs[edge.source].append(edge.target)
        ups[edge.target].append(edge.source)
    return ups, downs


def _stages(nodes: Sequence[Node]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    grouped: dict[str, list[str]] = {}
    for node in nodes:
        grouped.setdefault(node.stage or "", []).append(node.key)
    return tuple((stage, tuple(keys)) for stage, keys in grouped.items())


def add_member(chain_map: ChainMap, node: str, member: Member) -> ChainMap:
    """The map with one more enterprise on ``node`` (a what-if; the input is unchanged)."""
    views = tuple(
        NodeView(
            v.node,
            tuple(sorted((*v.members, member), key=_member_rank)),
            v.upstream,
            v.downstream,
            v.pending,
        )
        if v.node.key == node
        else v
        for v in chain_map.nodes
    )
    return ChainMap(chain_map.region, chain_map.scheme, views, chain_map.edges, chain_map.stages)


def find_presence(
    inside: Mapping[str, str],
    enterprises: Iterable[Enterprise],
    projects: Iterable[Project] = (),
    links: Iterable[Link] = (),
    schemes: Iterable[Scheme] = (),
) -> dict[str, str]:
    """Which enterprises are in the region, and why.

    ``inside`` maps the keys of the region and every region within it to their names.  An
    enterprise is in when (1) it is registered there, (2) it invests in a project located
    there (引进的项目: a group's plant without its own record), or (3) an accepted link puts
    it in a cluster or list scheme that belongs to the region (the region's own 2+2+X
    names it as a member).
    """
    found: dict[str, str] = {}
    for enterprise in enterprises:
        where = inside.get(enterprise.region or "")
        if where is not None:
            found[enterprise.key] = f"registered in {where}"
    for project in projects:
        where = inside.get(project.region or "")
        if project.investor and where is not None and project.investor not in found:
            found[project.investor] = f"project {project.name} in {where}"
    own = {s.key: s.name for s in schemes if s.region in inside and s.kind.value != "chain"}
    for link in links:
        accepted = link.status is ReviewStatus.ACCEPTED
        if link.scheme in own and accepted and link.enterprise not in found:
            found[link.enterprise] = (
                f"member of {own[link.scheme]} ({link.detail or link.evidence})"
            )
    return found
