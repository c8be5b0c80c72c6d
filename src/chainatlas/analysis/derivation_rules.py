"""Which figures combine into which derivations.

Each rule looks at the index and proposes derived figures.  Relations come from the data
only: a share and a level of the same subject, indicator and period give a total for the
whole the share is taken of (:meth:`SubjectGraph.whole_of_share`); a level and a growth give
the level a year earlier; two levels a year apart give growth and increment; a level of a
whole and of a subject directly inside it give the rest (complement); and so on.  Figures
combine only when their periods are equal (or exactly a year apart, for growth), so a
half-year is never mixed with a full year (period alignment); levels are converted to one
unit before they are combined (unit alignment).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from chainatlas.analysis.derivations import (
    Target,
    derive_base_growth,
    derive_complement,
    derive_contribution,
    derive_growth,
    derive_increment,
    derive_part,
    derive_previous,
    derive_share,
    derive_start_date,
    derive_total,
)
from chainatlas.analysis.figures import Figure, FigureIndex, make_slot
from chainatlas.analysis.subjects import Ref
from chainatlas.errors import InvalidValue
from chainatlas.model.fact import Measure, SubjectType
from chainatlas.model.period import Grain, Period
from chainatlas.model.units import dimension_of, is_known_unit

Rule = Callable[[FigureIndex, Mapping[str, bool]], Iterator[Figure]]

#: Scope text of a complement: the whole without one of its parts.
EXCLUDING = "excluding "


def previous_year(period: Period) -> Period | None:
    """The same period a year earlier (2023H1 → 2022H1); None when there is none."""
    if period.grain not in (Grain.YEAR, Grain.HALF, Grain.QUARTER, Grain.MONTH, Grain.DATE):
        return None
    text = str(period)
    try:
        return Period.parse(f"{int(text[:4]) - 1:04d}{text[4:]}")
    except InvalidValue:  # 29 February has no twin a year earlier
        return None


def _plain_levels(index: FigureIndex, additive: Mapping[str, bool]) -> Iterator[Figure]:
    """Sharp level figures of additive indicators, in money-like units."""
    for fig in list(index):
        f = fig.fact
        plain = fig.sharp and fig.variant == "" and f.measure is Measure.LEVEL
        if plain and additive.get(f.indicator, True) and _is_amount(fig.unit):
            yield fig


def _is_amount(unit: str) -> bool:
    return is_known_unit(unit) and dimension_of(unit) not in ("percent", "points", "rank")


def _rates(index: FigureIndex, measure: Measure) -> Iterator[Figure]:
    for fig in list(index):
        if fig.sharp and fig.variant == "" and fig.fact.measure is measure:
            yield fig


def rule_total_and_part(index: FigureIndex, additive: Mapping[str, bool]) -> Iterator[Figure]:
    """w = p / s when the part's level is known; p = s · w when the whole's is."""
    for share in _rates(index, Measure.SHARE):
        f = share.fact
        whole = index.graph.whole_of_share(f)
        if whole is None or not additive.get(f.indicator, True):
            continue
        wref, wscope = whole
        period = str(f.period)
        part = index.best(make_slot(share.ref, f.indicator, Measure.LEVEL, period))
        if part is not None and _is_amount(part.unit):
            yield derive_total(
                part, share, Target(wref, f.indicator, Measure.LEVEL, f.period, wscope)
            )
        total = index.best(make_slot(wref, f.indicator, Measure.LEVEL, period, wscope))
        if total is not None and _is_amount(total.unit):
            yield derive_part(share, total, Target(share.ref, f.indicator, Measure.LEVEL, f.period))


def rule_share(index: FigureIndex, additive: Mapping[str, bool]) -> Iterator[Figure]:
    """s = p / w for a level and the level of the region it lies in."""
    for part in _plain_levels(index, additive):
        f = part.fact
        if f.scope:
            continue
        wref = _region_whole(index, part.ref)
        if wref is None:
            continue
        whole = index.best(make_slot(wref, f.indicator, Measure.LEVEL, str(f.period)))
        if whole is not None and dimension_of(whole.unit) == dimension_of(part.unit):
            yield derive_share(part, whole, Target(part.ref, f.indicator, Measure.SHARE, f.period))


def _region_whole(index: FigureIndex, ref: Ref) -> Ref | None:
    if ref[0] is SubjectType.REGION:
        return index.graph.parents.get(ref)
    return index.graph.region_of(ref)


def rule_previous(index: FigureIndex, additive: Mapping[str, bool]) -> Iterator[Figure]:
    """x(t0) = x(t1) / (1 + g)."""
    for growth in _rates(index, Measure.GROWTH):
        f = growth.fact
        before = previous_year(f.period)
        if before is None or not is_known_unit(growth.unit) or growth.unit != "%":
            continue
        slot = make_slot(growth.ref, f.indicator, Measure.LEVEL, str(f.period), f.scope)
        level = index.best(slot)
        if level is not None:
            target = Target(growth.ref, f.indicator, Measure.LEVEL, before, f.scope)
            yield derive_previous(level, growth, target)


def rule_base_growth(index: FigureIndex, additive: Mapping[str, bool]) -> Iterator[Figure]:
    """g(w) = g(p) − gap for a gap in 个百分点 relative to the whole."""
    for gap in _rates(index, Measure.GAP):
        f = gap.fact
        if not is_known_unit(gap.unit) or dimension_of(gap.unit) != "points":
            continue
        whole = index.graph.whole_of_share(f)
        growth = index.best(make_slot(gap.ref, f.indicator, Measure.GROWTH, str(f.period)))
        if whole is not None and growth is not None:
            target = Target(whole[0], f.indicator, Measure.GROWTH, f.period, whole[1])
            yield derive_base_growth(growth, gap, target)


def _year_pairs(
    index: FigureIndex, additive: Mapping[str, bool]
) -> Iterator[tuple[Figure, Figure]]:
    for now in _plain_levels(index, additive):
        f = now.fact
        before = previous_year(f.period)
        if before is None:
            continue
        slot = make_slot(now.ref, f.indicator, Measure.LEVEL, str(before), f.scope)
        prior = index.best(slot)
        if prior is not None and dimension_of(prior.unit) == dimension_of(now.unit):
            yield now, prior


def rule_growth_and_increment(index: FigureIndex, additive: Mapping[str, bool]) -> Iterator[Figure]:
    """g = x(t1)/x(t0) − 1 and Δx = x(t1) − x(t0) for levels a year apart."""
    for now, prior in _year_pairs(index, additive):
        f = now.fact
        yield derive_growth(
            now, prior, Target(now.ref, f.indicator, Measure.GROWTH, f.period, f.scope)
        )
        target = Target(now.ref, f.indicator, Measure.GAP, f.period, f.scope, "increment")
        yield derive_increment(now, prior, target)


def rule_complement(index: FigureIndex, additive: Mapping[str, bool]) -> Iterator[Figure]:
    """w − p for a whole and each subject directly inside it."""
    children = _children(index)
    for whole in _plain_levels(index, additive):
        f = whole.fact
        if f.scope:
            continue
        for child in children.get(whole.ref, ()):
            part = index.best(make_slot(child, f.indicator, Measure.LEVEL, str(f.period)))
            if part is None or part.ref == whole.ref or not _is_amount(part.unit):
                continue
            scope = f"{EXCLUDING}{child[0].value}:{child[1]}"
            note = f"{index.graph.name(whole.ref)} excluding {index.graph.name(child)}"
            target = Target(whole.ref, f.indicator, Measure.LEVEL, f.period, scope, note=note)
            yield derive_complement(whole, part, target)


def _children(index: FigureIndex) -> dict[Ref, list[Ref]]:
    found: dict[Ref, list[Ref]] = {}
    for child, parent in index.graph.parents.items():
        found.setdefault(parent, []).append(child)
    return found


def rule_contribution(index: FigureIndex, additive: Mapping[str, bool]) -> Iterator[Figure]:
    """c = (p(t1) − p(t0)) / w(t0): a part's share of its whole's growth, in points."""
    for now, prior in _year_pairs(index, additive):
        f = now.fact
        if f.scope and f.scope.startswith(EXCLUDING):
            wref: Ref | None = now.ref
        elif f.scope:
            continue
        else:
            wref = index.graph.parents.get(now.ref)
        if wref is None:
            continue
        whole_before = index.best(
            make_slot(wref, f.indicator, Measure.LEVEL, str(prior.fact.period))
        )
        if whole_before is None:
            continue
        note = f"contribution to the growth of {index.graph.name(wref)}"
        target = Target(now.ref, f.indicator, Measure.GAP, f.period, f.scope, "contribution", note)
        yield derive_contribution(now, prior, whole_before, target)


def rule_start_date(index: FigureIndex, additive: Mapping[str, bool]) -> Iterator[Figure]:
    """d0 = d1 − duration for a duration reported on the day it ended."""
    for fig in list(index):
        f = fig.fact
        if fig.sharp and not fig.rule and f.measure is Measure.DURATION:
            derived = derive_start_date(fig, fig.ref)
            if derived is not None:
                yield derived


RULES: tuple[Rule, ...] = (
    rule_total_and_part,
    rule_base_growth,
    rule_previous,
    rule_share,
    rule_growth_and_increment,
    rule_complement,
    rule_contribution,
    rule_start_date,
)
