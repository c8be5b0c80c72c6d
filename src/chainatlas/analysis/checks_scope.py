"""Figures that look comparable but are not: scope mismatches, reported as warnings.

- nested places: a zone's figure close to its city's figure for the same count or amount
  (溧阳高新区 省级研发机构 近100家 vs 溧阳市 近百家) may describe the same set; the two must
  never be added;
- statistical scope: one subject and period measured by indicators of different scope
  (规上工业总产值 vs 规上工业应税销售收入 vs 产业规模) are not interchangeable;
- subject scope: one subject's figure reported for different scopes (a zone's count of a
  city cluster, fact ``scope``);
- period length: a half-year level beside a full-year level of the same subject is not a
  fall or a rise.
"""

from __future__ import annotations

from collections.abc import Iterator

from chainatlas.analysis.checks import Check, CheckContext, Verdict, independent, written
from chainatlas.analysis.derivations import value_in
from chainatlas.analysis.figures import Figure, make_slot
from chainatlas.model.fact import Measure, SubjectType
from chainatlas.model.period import Grain
from chainatlas.model.units import dimension_of, is_known_unit

_AMOUNTS = (Measure.LEVEL, Measure.COUNT)
_FLOW_GRAINS = (Grain.YEAR, Grain.HALF, Grain.QUARTER, Grain.MONTH)


def _plain(fig: Figure) -> bool:
    return fig.variant == "" and not fig.fact.scope and fig.fact.measure in _AMOUNTS


def check_nested_places(ctx: CheckContext) -> Iterator[Check]:
    """A region's figure that could be as large as its parent region's."""
    for inner in ctx.figures:
        if not _plain(inner) or inner.ref[0] is not SubjectType.REGION or inner.rule:
            continue
        f = inner.fact
        for outer_ref in ctx.graph.ancestors(inner.ref)[:1]:
            slot = make_slot(outer_ref, f.indicator, f.measure, str(f.period))
            for outer in ctx.implications.index.all_in(slot):
                if independent(inner, outer) and not outer.rule:
                    check = _overlap_check(ctx, inner, outer)
                    if check is not None:
                        yield check


def _overlap_check(ctx: CheckContext, inner: Figure, outer: Figure) -> Check | None:
    _, o_iv = value_in(outer, inner.unit)
    if inner.interval.hi < o_iv.lo:
        return None  # clearly smaller: an ordinary part of the whole
    zh = (
        f"{ctx.label(inner)} {written(inner)} 与 {ctx.label(outer)} {written(outer)} "
        f"数值相当，可能是同一批对象（{ctx.name(inner.ref)} 位于 {ctx.name(outer.ref)} 内），不可相加。"
    )
    en = (
        f"{ctx.label(inner)} {written(inner)} is as large as {ctx.label(outer)} "
        f"{written(outer)}: {ctx.name(inner.ref)} lies inside {ctx.name(outer.ref)}, so the two "
        "may count the same set; never add them."
    )
    return Check(
        "scope",
        Verdict.WARN,
        ctx.label(inner),
        (inner.key, outer.key),
        zh,
        en,
        o_iv.hi - inner.interval.lo,
        None,
        inner.unit,
        "nested-places",
    )


def check_indicator_scope(ctx: CheckContext) -> Iterator[Check]:
    """One subject and period measured under indicators of different statistical scope."""
    by_subject: dict[tuple[object, str], dict[str, Figure]] = {}
    for fig in ctx.figures:
        f = fig.fact
        if fig.rule or not _plain(fig) or f.measure is not Measure.LEVEL:
            continue
        if not is_known_unit(fig.unit) or dimension_of(fig.unit) != "money":
            continue
        canonical = min(ctx.graph.same_as(fig.ref), key=lambda r: (r[0].value, r[1]))
        by_subject.setdefault((canonical, str(f.period)), {}).setdefault(f.indicator, fig)
    for figures in by_subject.values():
        items = sorted(figures.items())
        for i, (key_a, a) in enumerate(items):
            for key_b, b in items[i + 1 :]:
                if _scope(ctx, key_a) != _scope(ctx, key_b):
                    yield _scope_check(ctx, a, b)


def _scope(ctx: CheckContext, indicator: str) -> str | None:
    found = ctx.indicators.get(indicator)
    return None if found is None else found.scope


def _scope_check(ctx: CheckContext, a: Figure, b: Figure) -> Check:
    na, nb = ctx.indicator_name(a.fact.indicator), ctx.indicator_name(b.fact.indicator)
    sa, sb = _scope(ctx, a.fact.indicator) or "?", _scope(ctx, b.fact.indicator) or "?"
    who = f"{ctx.name(a.ref)} {a.fact.period}"
    zh = (
        f"{who}：{na}（{sa}）{written(a)} 与 {nb}（{sb}）{written(b)} 统计口径不同，"
        "不可相互替代、比较或相加。"
    )
    en = (
        f"{who}: {na} ({sa}) {written(a)} and {nb} ({sb}) {written(b)} have different "
        "statistical scopes; do not substitute, compare or add them."
    )
    return Check(
        "scope",
        Verdict.WARN,
        who,
        (a.key, b.key),
        zh,
        en,
        None,
        a.estimate - b.estimate,
        a.unit,
        "indicator-scope",
    )


def check_period_lengths(ctx: CheckContext) -> Iterator[Check]:
    """Half-year (or quarter) levels beside full-year levels of the same thing."""
    groups: dict[tuple[object, str], list[Figure]] = {}
    for g in ctx.figures:
        if _plain(g) and g.fact.measure is Measure.LEVEL and g.fact.period.grain in _FLOW_GRAINS:
            groups.setdefault((g.ref, g.fact.indicator), []).append(g)
    firsts: dict[tuple[object, str, Grain, Grain], tuple[Figure, Figure]] = {}
    for (ref, indicator), levels in groups.items():
        for a in levels:
            for b in levels:
                pa, pb = a.fact.period, b.fact.period
                if pa.days < pb.days and pa.grain != pb.grain:
                    firsts.setdefault((ref, indicator, pa.grain, pb.grain), (a, b))
    for short, long in firsts.values():
        yield _period_check(ctx, short, long)


def _period_check(ctx: CheckContext, short: Figure, long: Figure) -> Check:
    ps, pl = short.fact.period, long.fact.period
    zh = (
        f"{ctx.label(short)} {written(short)} 是 {ps.days} 天的数，{ctx.label(long)} "
        f"{written(long)} 是 {pl.days} 天的数：期间长度不同，不可直接比较涨跌。"
    )
    en = (
        f"{ctx.label(short)} {written(short)} covers {ps.days} days and {ctx.label(long)} "
        f"{written(long)} covers {pl.days}: different period lengths, not a change."
    )
    return Check(
        "scope",
        Verdict.WARN,
        ctx.label(short),
        (short.key, long.key),
        zh,
        en,
        None,
        None,
        short.unit,
        "period-length",
    )


def check_scope_variants(ctx: CheckContext) -> Iterator[Check]:
    """The same subject, indicator and period reported under different scopes (a zone's
    figure for a city's cluster): not the same number, whatever the values."""
    groups: dict[tuple[object, ...], dict[str, Figure]] = {}
    for fig in ctx.figures:
        if fig.rule or fig.variant:
            continue
        f = fig.fact
        canonical = min(ctx.graph.same_as(fig.ref), key=lambda r: (r[0].value, r[1]))
        key = (canonical, f.indicator, f.measure, str(f.period))
        current = groups.setdefault(key, {}).get(f.scope or "")
        if current is None or (fig.sharp and not current.sharp):
            groups[key][f.scope or ""] = fig
    for variants in groups.values():
        if len(variants) < 2:
            continue
        items = sorted(variants.items())
        base = items[0][1]
        for _, other in items[1:]:
            yield _variant_check(ctx, base, other)


def _variant_check(ctx: CheckContext, a: Figure, b: Figure) -> Check:
    _, b_iv = value_in(b, a.unit)
    meet = a.interval.intersects(b_iv)
    sa, sb = ctx.subject_label(a), ctx.subject_label(b)
    what = f"{ctx.indicator_name(a.fact.indicator)} {a.fact.period}"
    zh = (
        f"{what}：{sa} {written(a)} 与 {sb} {written(b)} 口径不同"
        f"（{'数值相容' if meet else '数值不同'}），不是同一个数，不可相加或互相核对。"
    )
    en = (
        f"{what}: {sa} {written(a)} and {sb} {written(b)} have different scopes "
        f"({'values compatible' if meet else 'values differ'}); not the same figure."
    )
    return Check(
        "scope",
        Verdict.WARN,
        what,
        (a.key, b.key),
        zh,
        en,
        -a.interval.distance(b_iv),
        a.estimate - b.estimate,
        a.unit,
        "subject-scope",
    )
