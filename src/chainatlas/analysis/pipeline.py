"""Project pipeline: 线索 → 洽谈 → 签约 → 开工 → 投产 → 达产, durations, and what-ifs.

A duration between two milestones is ``later - earlier`` in days (the way reports count
"从签约到投产仅用363天": 2020-12-31 to 2021-12-29 is 363).  Milestones written at a coarser
grain (a month, a year) give a range: ``[later.start - earlier.end, later.end -
earlier.start]``; only two full dates give an exact number.  The current stage is the
latest milestone that has happened (not ``expected``), or the project's own ``stage``.

The what-if adds the project's investor to the project's node in the region's chain map
and diagnoses again, so one sees which verdicts and actions the project would change.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from chainatlas.analysis.chain_map import ChainMap, Member, add_member, is_leader
from chainatlas.analysis.gaps import Diagnosis, GapRules, Verdict, diagnose_chain
from chainatlas.analysis.reasons import Reason, make_reason
from chainatlas.model.enterprise import Enterprise, EvidenceKind, Link
from chainatlas.model.fact import Fact, Measure
from chainatlas.model.period import Grain, Period
from chainatlas.model.project import STAGE_LABELS, STAGE_ORDER, Milestone, Project, Stage


@dataclass(frozen=True)
class Span:
    start: Stage
    end: Stage
    min_days: int
    max_days: int
    source: str = "dates"  # "dates", or the key of a reported duration fact

    @property
    def exact(self) -> bool:
        return self.min_days == self.max_days


@dataclass(frozen=True)
class ProjectStatus:
    project: str
    name: str
    stage: Stage | None
    label: str | None
    spans: tuple[Span, ...]  # between consecutive dated milestones that happened
    planned: tuple[Milestone, ...]  # expected milestones still ahead

    def span(self, start: Stage, end: Stage) -> Span | None:
        return next((s for s in self.spans if s.start is start and s.end is end), None)


def measure_span(start: Milestone, end: Milestone) -> Span | None:
    """Days from one dated milestone to a later one, a range unless both are full dates."""
    if start.date is None or end.date is None:
        return None
    first, last = Period.parse(start.date), Period.parse(end.date)
    if Grain.UNKNOWN in (first.grain, last.grain) or Grain.CUMULATIVE in (first.grain, last.grain):
        return None
    low = (last.start - first.end).days
    high = (last.end - first.start).days
    return Span(start.stage, end.stage, max(low, 0), high)


def summarise_project(project: Project, facts: Mapping[str, Fact] | None = None) -> ProjectStatus:
    """Current stage, the spans between dated milestones, and what is still planned.

    An undated milestone whose ``fact`` reports a duration in 天 (江苏时代四期: 签约 -> 下线
    363天) spans to the latest milestone with a full date.
    """
    done = sorted(
        (m for m in project.milestones if not m.expected),
        key=lambda m: STAGE_ORDER.index(m.stage),
    )
    planned = tuple(m for m in project.milestones if m.expected)
    stage = done[-1].stage if done else project.stage
    dated = [m for m in done if m.date is not None]
    spans = [measure_span(a, b) for i, a in enumerate(dated) for b in dated[i + 1 :]]
    spans += [_reported_span(m, done, facts or {}) for m in done if m.date is None]
    return ProjectStatus(
        project=project.key,
        name=project.name,
        stage=stage,
        label=STAGE_LABELS[stage] if stage is not None else None,
        spans=tuple(s for s in spans if s is not None),
        planned=planned,
    )


def _reported_span(
    start: Milestone, done: list[Milestone], facts: Mapping[str, Fact]
) -> Span | None:
    fact = facts.get(start.fact or "")
    if fact is None or fact.measure is not Measure.DURATION or fact.quantity.unit != "天":
        return None
    later = [m for m in done if m.date and Period.parse(m.date).grain is Grain.DATE]
    if not later or STAGE_ORDER.index(later[-1].stage) <= STAGE_ORDER.index(start.stage):
        return None
    days = int(fact.quantity.value)
    return Span(start.stage, later[-1].stage, days, days, fact.key)


@dataclass(frozen=True)
class Change:
    node: str
    before: Verdict
    after: Verdict


@dataclass(frozen=True)
class WhatIf:
    project: str
    node: str | None
    before: Diagnosis
    after: Diagnosis
    changes: tuple[Change, ...]
    reasons: tuple[Reason, ...]


def simulate_project(
    chain_map: ChainMap,
    project: Project,
    investor: Enterprise | None,
    rules: GapRules | None = None,
) -> WhatIf:
    """The diagnosis before and after the project's investor operates on its node here."""
    before = diagnose_chain(chain_map, rules)
    node = project.node if project.scheme in (None, chain_map.scheme) else None
    known = {v.node.key for v in chain_map.nodes}
    if node is None or node not in known:
        why = make_reason("no_node", project=project.name, chain=chain_map.scheme)
        return WhatIf(project.key, None, before, before, (), (why,))
    actor = investor or Enterprise(key=f"project:{project.key}", name=project.name)
    if any(m.enterprise.key == actor.key for m in chain_map.view(node).members):
        name = chain_map.view(node).node.name
        why = make_reason("already_member", investor=actor.name, node=name)
        return WhatIf(project.key, node, before, before, (), (why,))
    link = Link(
        enterprise=actor.key,
        scheme=chain_map.scheme,
        node=node,
        evidence=EvidenceKind.MANUAL,
        detail=f"project {project.key}",
    )
    after = diagnose_chain(
        add_member(chain_map, node, Member(actor, link, is_leader(actor))), rules
    )
    changes = tuple(
        Change(b.node, b.verdict, a.verdict)
        for b, a in zip(before.nodes, after.nodes, strict=True)
        if b.verdict is not a.verdict
    )
    gone = {(x.action, x.node) for x in before.actions} - {
        (x.action, x.node) for x in after.actions
    }
    reasons = tuple(
        [_change_reason(c, chain_map) for c in changes]
        + [
            make_reason("resolves", action=action.value, node=chain_map.view(key).node.name)
            for action, key in sorted(gone)
        ]
    ) or (make_reason("no_change", project=project.name, node=chain_map.view(node).node.name),)
    return WhatIf(project.key, node, before, after, changes, reasons)


def _change_reason(change: Change, chain_map: ChainMap) -> Reason:
    return make_reason(
        "verdict_change",
        node=chain_map.view(change.node).node.name,
        before=change.before.value,
        after=change.after.value,
        before_zh=change.before.zh,
        after_zh=change.after.zh,
    )
