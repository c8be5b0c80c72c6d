"""Consistency checks over reported and derived figures: the shared vocabulary.

A check compares what figures *allow* (their intervals), never only their midpoints, and
says why in Chinese and English.  Verdicts:

- ``pass``: the figures can agree (or the rule holds for every allowed value);
- ``warn``: they cannot be taken at face value (a near miss beyond rounding, a scope or
  period mismatch, an unusual implication) but nothing is contradicted outright;
- ``fail``: no values the figures allow satisfy the rule.

``margin`` is signed, in ``unit``: how much room the most favourable allowed values leave
(≥ 0) or by how much they still miss the rule (< 0).  ``difference`` is the plain
difference of the point estimates where one is meaningful.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from chainatlas.analysis.derivation_rules import EXCLUDING
from chainatlas.analysis.figures import Figure, is_round_word
from chainatlas.analysis.implications import Implications
from chainatlas.analysis.subjects import Ref, SubjectGraph
from chainatlas.model.document import Document, Event
from chainatlas.model.fact import Indicator
from chainatlas.model.project import Project
from chainatlas.model.scheme import Node
from chainatlas.model.wording import describe_period

#: Relative difference below which a miss beyond rounding still counts as "near" (1 %).
NEAR = 0.01


class Verdict(StrEnum):
    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"


@dataclass(frozen=True)
class Check:
    """One finding: what was checked, the verdict, how close, which facts, and why."""

    kind: str  # containment, additivity, tier, tiers, bounds, agreement, scope, date, trend
    verdict: Verdict
    subject: str
    facts: tuple[str, ...]
    zh: str
    en: str
    margin: float | None = None
    difference: float | None = None
    unit: str | None = None
    detail: str = ""  # e.g. exact / near / broken for additivity


@dataclass(frozen=True)
class CheckContext:
    """Everything the checks read; built once by :func:`run_checks`."""

    implications: Implications
    graph: SubjectGraph
    indicators: Mapping[str, Indicator] = field(default_factory=dict)
    nodes: tuple[Node, ...] = ()
    documents: Mapping[str, Document] = field(default_factory=dict)
    projects: tuple[Project, ...] = ()
    events: tuple[Event, ...] = ()

    @cached_property
    def figures(self) -> list[Figure]:
        """Reported and derived figures (computed once per context)."""
        return list(self.implications.index)

    def indicator_name(self, key: str) -> str:
        indicator = self.indicators.get(key)
        return indicator.name if indicator is not None else key

    def label(self, figure: Figure) -> str:
        """'溧阳市 规上工业总产值 2023年上半年' for messages (periods in words: users read
        these in Chinese)."""
        f = figure.fact
        return (
            f"{self.subject_label(figure)} {self.indicator_name(f.indicator)} "
            f"{describe_period(f.period)}"
        )

    def subject_label(self, figure: Figure) -> str:
        """The subject's name, with what a complement leaves out: 溧阳市（不含…）."""
        scope = figure.fact.scope
        name = self.graph.name(figure.ref)
        if not scope:
            return name
        if scope.startswith(EXCLUDING):
            left_out = self.graph.resolve(scope[len(EXCLUDING) :])
            return f"{name}（不含{self.graph.name(left_out) if left_out else scope}）"
        named = self.graph.resolve(scope)
        return f"{name}（{self.graph.name(named) if named else scope}）"

    def name(self, ref: Ref) -> str:
        return self.graph.name(ref)


def independent(a: Figure, b: Figure) -> bool:
    """Whether two figures rest on different reported facts (else comparing is circular)."""
    return not (a.basis & b.basis)


def written(figure: Figure) -> str:
    """A figure as a reader sees it: 1287.4亿元, 超60%, ≈1453.0亿元."""
    q = figure.fact.quantity
    if figure.rule:
        return f"≈{q}"
    if is_round_word(figure.fact):
        return f"约{q}"
    mark = {"lower": "超", "upper": "近", "approx": "约"}.get(figure.fact.qualifier.value, "")
    return f"{mark}{q}"
