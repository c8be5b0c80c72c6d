"""Figures: facts together with the interval of values they allow, indexed by what they
measure so that derivations and checks can find related figures.

A reported fact's interval is :func:`allowed_interval`; a derived fact's interval is the
one propagated through its formula (its written value is only the point estimate).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from chainatlas.analysis.intervals import allowed_interval
from chainatlas.analysis.subjects import Ref, SubjectGraph
from chainatlas.model.fact import Fact, Measure, SubjectType
from chainatlas.model.interval import Interval
from chainatlas.model.qualifier import APPROX_SPREAD, Qualifier

#: Qualifiers whose interval is bounded on both sides, so that arithmetic stays useful.
SHARP: frozenset[Qualifier] = frozenset(
    {Qualifier.EXACT, Qualifier.APPROX, Qualifier.RANGE, Qualifier.TARGET}
)

_DIGIT = re.compile(r"[0-9０-９]")

#: What a figure is about: (subject_type, subject, indicator, measure, period, scope, variant).
#: ``variant`` separates derived quantities that share a measure (an increment and a
#: contribution are both differences): "" for plain figures.
Slot = tuple[str, str, str, Measure, str, str, str]


@dataclass(frozen=True)
class Figure:
    """A fact and the values it allows; ``basis`` is the reported facts it rests on."""

    fact: Fact
    interval: Interval
    estimate: float
    basis: frozenset[str]
    rule: str = ""  # the derivation rule; empty for a reported fact
    variant: str = ""

    @property
    def key(self) -> str:
        return self.fact.key

    @property
    def unit(self) -> str:
        return self.fact.quantity.unit

    @property
    def ref(self) -> Ref:
        return (self.fact.subject_type, self.fact.subject)

    @property
    def sharp(self) -> bool:
        """Bounded on both sides (so it can feed arithmetic)."""
        finite = not (math.isinf(self.interval.lo) or math.isinf(self.interval.hi))
        return finite and (bool(self.rule) or self.fact.qualifier in SHARP)

    @property
    def slot(self) -> Slot:
        f = self.fact
        return (
            f.subject_type.value,
            f.subject,
            f.indicator,
            f.measure,
            str(f.period),
            f.scope or "",
            self.variant,
        )


def is_round_word(fact: Fact) -> bool:
    """A figure written in words as a round magnitude (千亿, 百亿, 万亿), not in digits.

    "从0到千亿" says "about a thousand 亿", not "1000 ± 0.5"; such figures are read as
    approximate.  Small word numbers (六大, 十年) stay exact.
    """
    quote = fact.provenance.quote
    if not quote or _DIGIT.search(quote) or fact.qualifier is not Qualifier.EXACT:
        return False
    value = fact.quantity.value
    return value >= 100 and value % 100 == 0


def reported_figure(fact: Fact) -> Figure:
    """The figure a reported (or imported) fact gives."""
    interval = allowed_interval(fact)
    if is_round_word(fact):
        v = float(fact.quantity.value)
        interval = Interval(v * (1 - APPROX_SPREAD), v * (1 + APPROX_SPREAD))
    value = fact.quantity.value
    top = fact.quantity.value_max
    estimate = float(value if top is None else (value + top) / 2)
    if fact.provenance.formula is not None and fact.provenance.inputs:
        basis = frozenset(fact.provenance.inputs)
    else:
        basis = frozenset({fact.key})
    return Figure(fact=fact, interval=interval, estimate=estimate, basis=basis)


@dataclass
class FigureIndex:
    """Figures by slot; lookups see through equivalent subjects."""

    graph: SubjectGraph
    by_slot: dict[Slot, list[Figure]] = field(default_factory=dict)

    @classmethod
    def of(cls, facts: Iterable[Fact], graph: SubjectGraph) -> FigureIndex:
        index = cls(graph)
        for fact in facts:
            index.add(reported_figure(fact))
        return index

    def add(self, figure: Figure) -> None:
        self.by_slot.setdefault(figure.slot, []).append(figure)

    def __iter__(self) -> Iterator[Figure]:
        for figures in self.by_slot.values():
            yield from figures

    def all_in(self, slot: Slot) -> list[Figure]:
        """Figures for ``slot`` and for the same slot on equivalent subjects."""
        found: list[Figure] = []
        for ref in self.graph.same_as(_ref_of(slot)):
            found.extend(self.by_slot.get((ref[0].value, ref[1], *slot[2:]), []))
        return found

    def best(self, slot: Slot) -> Figure | None:
        """The sharpest figure for ``slot``: reported before derived, then narrowest."""
        sharp = [f for f in self.all_in(slot) if f.sharp]
        if not sharp:
            return None
        return min(sharp, key=lambda f: (bool(f.rule), f.interval.width))


def _ref_of(slot: Slot) -> Ref:
    return (SubjectType(slot[0]), slot[1])


def make_slot(
    ref: Ref,
    indicator: str,
    measure: Measure,
    period: str,
    scope: str | None = None,
    variant: str = "",
) -> Slot:
    return (ref[0].value, ref[1], indicator, measure, period, scope or "", variant)
