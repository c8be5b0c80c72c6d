"""Derive, then check: the whole consistency review of a set of facts.

:func:`review_facts` is pure (model objects in, a frozen :class:`Review` out); the
service layer loads the objects from the store and turns the review into JSON.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from chainatlas.analysis.checks import Check, CheckContext, Verdict
from chainatlas.analysis.checks_agreement import check_agreement
from chainatlas.analysis.checks_dates import (
    check_implied_dates,
    check_milestones,
    check_report_dates,
)
from chainatlas.analysis.checks_scope import (
    check_indicator_scope,
    check_nested_places,
    check_period_lengths,
    check_scope_variants,
)
from chainatlas.analysis.checks_sums import check_additivity, check_containment
from chainatlas.analysis.checks_tiers import check_tier_totals, check_tiers
from chainatlas.analysis.checks_trends import check_residual_growth
from chainatlas.analysis.figures import Figure
from chainatlas.analysis.implications import derive_all
from chainatlas.analysis.subjects import build_subject_graph
from chainatlas.model.dataset import Dataset
from chainatlas.model.fact import SubjectType

CHECKS: tuple[Callable[[CheckContext], Iterator[Check]], ...] = (
    check_containment,
    check_additivity,
    check_tiers,
    check_tier_totals,
    check_agreement,
    check_nested_places,
    check_indicator_scope,
    check_period_lengths,
    check_scope_variants,
    check_report_dates,
    check_milestones,
    check_implied_dates,
    check_residual_growth,
)


@dataclass(frozen=True)
class Review:
    """Derived figures and check results; ``counts`` by verdict."""

    derived: tuple[Figure, ...]
    alternatives: tuple[Figure, ...]
    checks: tuple[Check, ...]

    def counts(self) -> dict[str, int]:
        found = {v.value: 0 for v in Verdict}
        for check in self.checks:
            found[check.verdict.value] += 1
        return found

    def of_kind(self, kind: str) -> tuple[Check, ...]:
        return tuple(c for c in self.checks if c.kind == kind)


def review_dataset(
    data: Dataset, *, checks: Iterable[Callable[[CheckContext], Iterator[Check]]] = CHECKS
) -> Review:
    """Derive everything the dataset's facts imply and run every check over the result."""
    located = [
        *((SubjectType.ENTERPRISE, e.key, e.region, e.name) for e in data.enterprises),
        *((SubjectType.PROJECT, p.key, p.region, p.name) for p in data.projects),
        *((SubjectType.PLATFORM, p.key, p.region, p.name) for p in data.platforms),
    ]
    graph = build_subject_graph(data.regions, data.schemes, data.nodes, located)
    implications = derive_all(data.facts, graph, data.indicators)
    ctx = CheckContext(
        implications=implications,
        graph=graph,
        indicators={i.key: i for i in data.indicators},
        nodes=tuple(data.nodes),
        documents={d.key: d for d in data.documents},
        projects=tuple(data.projects),
        events=tuple(data.events),
    )
    found = tuple(check for run in checks for check in run(ctx))
    return Review(implications.derived, implications.alternatives, found)
