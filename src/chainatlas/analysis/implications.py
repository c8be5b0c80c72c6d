"""Everything a set of facts implies: the derivation rules applied until nothing new follows.

Each round applies every rule of :mod:`chainatlas.analysis.derivation_rules` to the
reported and already derived figures.  A proposal for a slot that holds no two-sided
figure yet becomes the derived figure for it; a proposal for a filled slot that does not
rest on the figure already there is kept as an *alternative* route (checks compare the
two); anything that merely goes round in a circle is dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from chainatlas.analysis.derivation_rules import RULES
from chainatlas.analysis.figures import Figure, FigureIndex
from chainatlas.analysis.subjects import SubjectGraph
from chainatlas.model.fact import Fact, Indicator

#: Rounds of rule application; each round can only build on the previous ones, and the
#: longest chain we know (share → total → previous → complement → growth) needs five.
MAX_ROUNDS = 8


@dataclass(frozen=True)
class Implications:
    """Derived figures in the order they were found, and alternative routes."""

    index: FigureIndex
    derived: tuple[Figure, ...]
    alternatives: tuple[Figure, ...]

    @property
    def facts(self) -> tuple[Fact, ...]:
        return tuple(f.fact for f in self.derived)

    def figure(self, key: str) -> Figure | None:
        for fig in self.index:
            if fig.key == key:
                return fig
        return None


def derive_all(
    facts: Iterable[Fact],
    graph: SubjectGraph,
    indicators: Iterable[Indicator] = (),
    *,
    max_rounds: int = MAX_ROUNDS,
) -> Implications:
    """Apply every rule until a round adds nothing (or ``max_rounds`` pass)."""
    index = FigureIndex.of(facts, graph)
    additive: Mapping[str, bool] = {i.key: i.additive for i in indicators}
    lineage: dict[str, frozenset[str]] = {fig.key: frozenset({fig.key}) for fig in index}
    seen: set[str] = set()
    derived: list[Figure] = []
    alternatives: list[Figure] = []
    for _ in range(max_rounds):
        added = 0
        for rule in RULES:
            for fig in rule(index, additive):
                if fig.key in seen:
                    continue
                seen.add(fig.key)
                inputs = fig.fact.provenance.inputs
                lineage[fig.key] = frozenset({fig.key}).union(
                    *(lineage.get(k, frozenset({k})) for k in inputs)
                )
                added += _place(index, fig, lineage, derived, alternatives)
        if not added:
            break
    return Implications(index, tuple(derived), tuple(alternatives))


def _place(
    index: FigureIndex,
    fig: Figure,
    lineage: Mapping[str, frozenset[str]],
    derived: list[Figure],
    alternatives: list[Figure],
) -> int:
    """Add ``fig`` as the slot's figure, as an alternative route, or not at all."""
    current = index.best(fig.slot)
    if current is None:
        index.add(fig)
        derived.append(fig)
        return 1
    independent = not (lineage[fig.key] & lineage.get(current.key, frozenset({current.key})))
    if independent:
        alternatives.append(fig)
    return 0
