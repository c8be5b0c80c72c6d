"""招商 targets: rank enterprises of an external pool for each gap of a region's chain.

For a gap node ``n`` and a candidate ``c`` (an enterprise outside the region linked to
``n``), every part lies in [0, 1] and is shown:

* ``fit`` – the link's confidence (:mod:`chainatlas.analysis.linking`);
* ``size`` – ``log10(capital_wan) / 7`` clipped to [0, 1] (1000亿元 of capital scores 1);
  a listed company's 总股本 at 1 元 par stands in for capital; unknown size scores 0;
* ``distance`` – closeness in the region tree: 1.0 in the same prefecture, 0.7 in the same
  province, 0.4 elsewhere in the country, 0 when the candidate is not placed (there are no
  coordinates to measure kilometres);
* ``leadership`` – 1.0 for a 链主/龙头/segment TOP tag, 0.6 listed, 0.5 专精特新/冠军, else 0;
* ``relatedness`` – ``(density + bridge) / 2``: ``density`` is the share of ``n``'s chain
  neighbours the region has (the chain analogue of Hidalgo et al. 2007's density), and
  ``bridge`` the share of the candidate's other nodes that the region has.

``score = sum(weight_k * part_k)`` with :class:`TargetWeights` (they sum to 1).  Each
target carries a reason per part, in Chinese and English (:mod:`chainatlas.analysis.reasons`).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from decimal import Decimal, InvalidOperation

from chainatlas.analysis.chain_map import ChainMap, is_leader
from chainatlas.analysis.gaps import Action, Diagnosis, Verdict
from chainatlas.analysis.linking import LinkProposal
from chainatlas.analysis.reasons import Reason, make_reason
from chainatlas.model.enterprise import Enterprise
from chainatlas.model.region import Region, RegionLevel
from chainatlas.model.wording import RECORD_FIELD_WORDS

_NICHE_TAGS = ("专精特新", "小巨人", "单项冠军", "隐形冠军")


@dataclass(frozen=True)
class TargetWeights:
    fit: float = 0.35
    size: float = 0.2
    distance: float = 0.1
    leadership: float = 0.2
    relatedness: float = 0.15


@dataclass(frozen=True)
class ScoreParts:
    fit: float
    size: float
    distance: float
    leadership: float
    relatedness: float

    def total(self, weights: TargetWeights) -> float:
        mine, theirs = asdict(self), asdict(weights)
        return float(sum(mine[k] * theirs[k] for k in mine))


@dataclass(frozen=True)
class Target:
    node: str
    action: Action
    enterprise: str
    name: str
    region: str | None
    score: float
    parts: ScoreParts
    reasons: tuple[Reason, ...]


def score_size(enterprise: Enterprise) -> float:
    try:
        capital = Decimal(enterprise.capital_wan) if enterprise.capital_wan else None
    except InvalidOperation:
        capital = None
    if capital is None or capital <= 1:
        return 0.0
    return min(1.0, max(0.0, math.log10(float(capital)) / 7.0))


def score_leadership(enterprise: Enterprise) -> float:
    if is_leader(enterprise):
        return 1.0
    if "上市" in enterprise.tags:
        return 0.6
    if any(any(t in tag for t in _NICHE_TAGS) for tag in enterprise.tags):
        return 0.5
    return 0.0


class RegionTree:
    """Ancestors of each region, to tell same prefecture / province / country apart."""

    def __init__(self, regions: Iterable[Region]) -> None:
        self.regions = {r.key: r for r in regions}

    def ancestors(self, key: str | None) -> list[str]:
        chain: list[str] = []
        while key is not None and key in self.regions and key not in chain:
            chain.append(key)
            key = self.regions[key].parent
        return chain

    def enclosing(self, key: str | None, level: RegionLevel) -> str | None:
        return next((k for k in self.ancestors(key) if self.regions[k].level is level), None)

    def is_within(self, key: str | None, outer: str) -> bool:
        return outer in self.ancestors(key)

    def score_distance(self, key: str | None, home: str) -> float:
        if not self.ancestors(key):
            return 0.0
        for level, score in ((RegionLevel.PREFECTURE, 1.0), (RegionLevel.PROVINCE, 0.7)):
            mine = self.enclosing(key, level)
            if mine is not None and mine == self.enclosing(home, level):
                return score
        return 0.4


def rank_targets(
    chain_map: ChainMap,
    diagnosis: Diagnosis,
    pool: Mapping[str, Enterprise],
    proposals: Iterable[LinkProposal],
    tree: RegionTree,
    *,
    weights: TargetWeights | None = None,
    per_gap: int = 10,
) -> dict[str, list[Target]]:
    """For each 补链/强链/延链 node, the best ``per_gap`` candidates outside the region.

    Enterprises placed inside the region, or already on its chain map, are not candidates.
    """
    weights = weights or TargetWeights()
    actions = {a.node: a.action for a in diagnosis.actions}
    present = {d.node for d in diagnosis.nodes if d.verdict is not Verdict.MISSING}
    members = {m.enterprise.key for view in chain_map.nodes for m in view.members}
    nodes_of: dict[str, dict[str, LinkProposal]] = defaultdict(dict)
    for proposal in proposals:
        enterprise = pool.get(proposal.enterprise)
        if enterprise is None or enterprise.key in members:
            continue
        if tree.is_within(enterprise.region, chain_map.region):
            continue
        nodes_of[proposal.enterprise][proposal.node] = proposal
    ranked: dict[str, list[Target]] = {node: [] for node in actions}
    for key, links in nodes_of.items():
        for node, proposal in links.items():
            if node not in actions:
                continue
            others = [n for n in links if n != node]
            density = _density(chain_map, node, present)
            bridge = sum(n in present for n in others) / len(others) if others else 0.0
            target = _target(pool[key], proposal, actions[node], tree, chain_map,
                             density, bridge, weights)  # fmt: skip
            ranked[node].append(target)
    for node in ranked:
        ranked[node].sort(key=lambda t: (-t.score, t.name))
        del ranked[node][per_gap:]
    return ranked


def _density(chain_map: ChainMap, node: str, present: set[str]) -> float:
    view = chain_map.view(node)
    around = (*view.upstream, *view.downstream)
    return sum(n in present for n in around) / len(around) if around else 0.0


def _target(
    enterprise: Enterprise,
    proposal: LinkProposal,
    action: Action,
    tree: RegionTree,
    chain_map: ChainMap,
    density: float,
    bridge: float,
    weights: TargetWeights,
) -> Target:
    parts = ScoreParts(
        fit=round(proposal.confidence, 4),
        size=round(score_size(enterprise), 4),
        distance=tree.score_distance(enterprise.region, chain_map.region),
        leadership=score_leadership(enterprise),
        relatedness=round((density + bridge) / 2, 4),
    )
    reasons = (
        _fit_reason(proposal, chain_map.view(proposal.node).node.name),
        make_reason("capital", capital=enterprise.capital_wan)
        if enterprise.capital_wan
        else make_reason("size_unknown"),
        make_reason("placed", region=tree.regions[enterprise.region].name)
        if enterprise.region in tree.regions
        else make_reason("not_placed"),
        make_reason("tags", tags=enterprise.tags) if enterprise.tags else make_reason("no_tags"),
        make_reason("relatedness", density=density, bridge=bridge),
    )
    return Target(
        node=proposal.node,
        action=action,
        enterprise=enterprise.key,
        name=enterprise.name,
        region=enterprise.region,
        score=round(parts.total(weights), 4),
        parts=parts,
        reasons=reasons,
    )


def _fit_reason(proposal: LinkProposal, node_name: str) -> Reason:
    """Which field of the record matched the node, and with what text."""
    return make_reason(
        "fit",
        node=node_name,
        evidence="; ".join(f"{e.field}:{e.text}" for e in proposal.evidence),
        evidence_zh="；".join(
            f"{RECORD_FIELD_WORDS.get(e.field, e.field)}“{e.text}”" for e in proposal.evidence
        ),
    )
