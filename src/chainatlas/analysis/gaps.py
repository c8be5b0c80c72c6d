"""Gap diagnosis of a chain map: a verdict per node and the actions the structure implies.

Verdicts (every one with the facts that led to it):

* **missing** – no enterprise of the region on the node;
* **strong** – a leader (链主/龙头/segment TOP) on the node, or at least ``min_members``
  enterprises of which one is sizable (注册资本 >= ``sizable_capital_wan`` or listed);
* **weak** – present but neither: few, small or unknown size, and no leader.

Actions follow the directed structure (upstream -> downstream, ``recycles`` loops left
out):

* **补链** (fill) – a missing node directly upstream or downstream of a strong node;
* **强链** (strengthen) – a weak node; first priority when it lies on the main path;
* **延链** (extend) – a missing node with no strong neighbour: it lengthens the chain the
  region has beyond its present ends.

The main path is the path of greatest total node ``weight`` from a source to a sink of the
supply graph (a longest path in a DAG by dynamic programming over a topological order,
Cormen et al., *Introduction to Algorithms*, 3rd ed., §24.2), i.e. the value spine of the
chain.  External dependence is not assessed: the map holds no purchase data.

Reasons are :class:`~chainatlas.analysis.reasons.Reason` objects (a code, its parameters,
and the Chinese and English text made from them), so pages and reports show the Chinese
and JSON carries both.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from chainatlas.analysis.chain_map import LOOP_KINDS, ChainMap, Member, NodeView
from chainatlas.analysis.reasons import Reason, make_reason
from chainatlas.model.enterprise import Enterprise
from chainatlas.model.scheme import Edge, Node
from chainatlas.model.wording import VERDICT_WORDS


class Verdict(StrEnum):
    MISSING = "missing"
    WEAK = "weak"
    STRONG = "strong"

    @property
    def zh(self) -> str:
        return VERDICT_WORDS[self.value]

    @property
    def en(self) -> str:
        return self.value


class Action(StrEnum):
    """The value is the Chinese name the policy documents use; ``en`` its English."""

    FILL = "补链"
    STRENGTHEN = "强链"
    EXTEND = "延链"

    @property
    def zh(self) -> str:
        return self.value

    @property
    def en(self) -> str:
        return _ACTION_EN[self]


_ACTION_EN = {Action.FILL: "fill", Action.STRENGTHEN: "strengthen", Action.EXTEND: "extend"}


@dataclass(frozen=True)
class GapRules:
    min_members: int = 3
    sizable_capital_wan: Decimal = Decimal(10000)  # 1亿元


@dataclass(frozen=True)
class NodeDiagnosis:
    node: str
    name: str
    stage: str | None
    verdict: Verdict
    members: int
    leaders: tuple[str, ...]
    on_main_path: bool
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class ActionItem:
    action: Action
    node: str
    name: str
    priority: int  # 1 first
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class Diagnosis:
    region: str
    scheme: str
    main_path: tuple[str, ...]
    nodes: tuple[NodeDiagnosis, ...]
    actions: tuple[ActionItem, ...]

    def verdict(self, node: str) -> Verdict:
        return next(d.verdict for d in self.nodes if d.node == node)

    def actions_for(self, node: str) -> tuple[ActionItem, ...]:
        return tuple(a for a in self.actions if a.node == node)


def find_main_path(nodes: Sequence[Node], edges: Sequence[Edge]) -> tuple[str, ...]:
    """Keys on the heaviest source-to-sink path of the supply graph (ties: node order)."""
    weight = {n.key: n.weight for n in nodes}
    supply = [
        e for e in edges if e.kind not in LOOP_KINDS and e.source in weight and e.target in weight
    ]
    incoming: dict[str, list[str]] = {k: [] for k in weight}
    for edge in supply:
        incoming[edge.target].append(edge.source)
    best: dict[str, tuple[float, tuple[str, ...]]] = {}
    for key in topological_order(list(weight), supply):
        prior = max((best[s] for s in incoming[key]), default=(0.0, ()), key=lambda b: b[0])
        best[key] = (prior[0] + weight[key], (*prior[1], key))
    sinks = [k for k in weight if not any(e.source == k for e in supply)]
    if not sinks:
        return ()
    return max((best[k] for k in sinks), key=lambda b: b[0])[1]


def topological_order(keys: list[str], edges: Sequence[Edge]) -> list[str]:
    """Kahn's algorithm; a cycle among supply edges is a broken ontology and raises."""
    indegree = {k: 0 for k in keys}
    for edge in edges:
        indegree[edge.target] += 1
    ready = [k for k in keys if indegree[k] == 0]
    order: list[str] = []
    while ready:
        key = ready.pop(0)
        order.append(key)
        for edge in edges:
            if edge.source == key:
                indegree[edge.target] -= 1
                if indegree[edge.target] == 0:
                    ready.append(edge.target)
    if len(order) != len(keys):
        raise ValueError(f"supply edges form a cycle among {sorted(set(keys) - set(order))}")
    return order


def is_sizable(enterprise: Enterprise, rules: GapRules) -> bool:
    if "上市" in enterprise.tags:
        return True
    try:
        capital = Decimal(enterprise.capital_wan) if enterprise.capital_wan else None
    except InvalidOperation:
        capital = None
    return capital is not None and capital >= rules.sizable_capital_wan


def judge_node(view: NodeView, rules: GapRules) -> tuple[Verdict, tuple[Reason, ...]]:
    """The verdict on one node and the facts behind it."""
    members = view.members
    waiting = (make_reason("pending_review", pending=view.pending),) if view.pending else ()
    if not members:
        return Verdict.MISSING, (make_reason("no_members", node=view.node.name), *waiting)
    count = make_reason(
        "members",
        count=len(members),
        names=tuple(m.enterprise.name for m in members[:5]),
        more="…" if len(members) > 5 else "",
    )
    leaders = [m for m in members if m.leader]
    if leaders:
        tagged = tuple(f"{m.enterprise.name}（{'/'.join(m.enterprise.tags)}）" for m in leaders)
        return Verdict.STRONG, (make_reason("leaders", leaders=tagged), count)
    sizable = [m for m in members if is_sizable(m.enterprise, rules)]
    if len(members) >= rules.min_members and sizable:
        return Verdict.STRONG, (count, make_reason("sizable", names=_names(sizable)))
    reasons = [count]
    if len(members) < rules.min_members:
        reasons.append(make_reason("few_members", min=rules.min_members))
    reasons.append(make_reason("no_leader"))
    if not sizable:
        cap = rules.sizable_capital_wan / 10000
        reasons.append(make_reason("none_sizable", capital=f"{cap}"))
    return Verdict.WEAK, (*reasons, *waiting)


def _names(members: Sequence[Member]) -> tuple[str, ...]:
    return tuple(m.enterprise.name for m in members)


def diagnose_chain(chain_map: ChainMap, rules: GapRules | None = None) -> Diagnosis:
    """Verdicts for every node, then 补链/强链/延链 actions with their reasons."""
    rules = rules or GapRules()
    nodes = [v.node for v in chain_map.nodes]
    main = find_main_path(nodes, chain_map.edges)
    judged: dict[str, NodeDiagnosis] = {}
    for view in chain_map.nodes:
        verdict, reasons = judge_node(view, rules)
        leaders = tuple(m.enterprise.name for m in view.leaders)
        judged[view.node.key] = NodeDiagnosis(
            view.node.key, view.node.name, view.node.stage, verdict,
            len(view.members), leaders, view.node.key in main, reasons,
        )  # fmt: skip
    actions = [a for v in chain_map.nodes if (a := _action(v, judged, main)) is not None]
    actions.sort(key=lambda a: (a.priority, a.action != Action.FILL, a.node))
    return Diagnosis(
        chain_map.region, chain_map.scheme, main, tuple(judged.values()), tuple(actions)
    )


def _action(
    view: NodeView, judged: dict[str, NodeDiagnosis], main: tuple[str, ...]
) -> ActionItem | None:
    here = judged[view.node.key]
    path = make_reason("on_main_path", path="→".join(judged[k].name for k in main if k in judged))
    if here.verdict is Verdict.WEAK:
        why = (*here.reasons, path if here.on_main_path else make_reason("off_main_path"))
        return ActionItem(
            Action.STRENGTHEN, here.node, here.name, 1 if here.on_main_path else 2, why
        )
    if here.verdict is not Verdict.MISSING:
        return None
    strong_up = _names_of(judged, view.upstream, Verdict.STRONG)
    strong_down = _names_of(judged, view.downstream, Verdict.STRONG)
    if strong_up or strong_down:
        reasons: list[Reason] = [*here.reasons]
        if strong_down:
            reasons.append(make_reason("strong_downstream", names=strong_down))
        if strong_up:
            reasons.append(make_reason("strong_upstream", names=strong_up))
        if here.on_main_path:
            reasons.append(path)
        return ActionItem(
            Action.FILL, here.node, here.name, 1 if here.on_main_path else 2, tuple(reasons)
        )
    present = _names_of(judged, (*view.upstream, *view.downstream), Verdict.WEAK)
    reasons = [*here.reasons, make_reason("no_strong_neighbour")]
    if present:
        reasons.append(make_reason("weak_neighbour", names=present))
    return ActionItem(Action.EXTEND, here.node, here.name, 3, tuple(reasons))


def _names_of(
    judged: dict[str, NodeDiagnosis], keys: Sequence[str], verdict: Verdict
) -> tuple[str, ...]:
    return tuple(judged[k].name for k in keys if judged[k].verdict is verdict)
