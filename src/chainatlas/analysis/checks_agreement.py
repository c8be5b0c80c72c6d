"""Figures for the same thing: bounds against values, and agreement across documents.

Figures describe the same thing when they share subject (after resolving equivalent
nodes), indicator, measure, period and scope.  Only figures that rest on different
reported facts are compared (a derived figure is not checked against its own inputs).

- bounds: a bound (超60%, 过半, 1/3以上, 近100家) against a two-sided figure: pass when every
  allowed value lies within the bound, warn when only some do, fail when none do;
- agreement: two two-sided figures (two documents, or a reported and a derived one): pass
  when their intervals meet, warn when they miss by less than 1 %, fail otherwise.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from chainatlas.analysis.checks import NEAR, Check, CheckContext, Verdict, independent, written
from chainatlas.analysis.derivations import value_in
from chainatlas.analysis.figures import Figure, Slot
from chainatlas.analysis.intervals import describe_interval, intersect
from chainatlas.model.units import dimension_of, is_known_unit


def _groups(ctx: CheckContext) -> dict[Slot, list[Figure]]:
    """Figures by slot, with equivalent subjects merged under one canonical subject."""
    groups: dict[Slot, list[Figure]] = {}
    for fig in [*ctx.figures, *ctx.implications.alternatives]:
        canonical = min(ctx.graph.same_as(fig.ref), key=lambda r: (r[0].value, r[1]))
        slot = (canonical[0].value, canonical[1], *fig.slot[2:])
        groups.setdefault(slot, []).append(fig)
    return groups


def _comparable(a: Figure, b: Figure) -> bool:
    if a.unit == b.unit:
        return True
    return (
        is_known_unit(a.unit)
        and is_known_unit(b.unit)
        and (dimension_of(a.unit) == dimension_of(b.unit))
    )


def check_agreement(ctx: CheckContext) -> Iterator[Check]:
    """Bounds and agreement between every independent pair of figures for one thing."""
    for figures in _groups(ctx).values():
        for a, b in combinations(figures, 2):
            if not (independent(a, b) and _comparable(a, b)):
                continue
            if a.sharp and b.sharp:
                yield _agree(ctx, a, b)
            elif a.sharp != b.sharp:
                bound, value = (b, a) if a.sharp else (a, b)
                yield _bound(ctx, bound, value)


def _agree(ctx: CheckContext, a: Figure, b: Figure) -> Check:
    b_est, b_iv = value_in(b, a.unit)
    difference = a.estimate - b_est
    gap = a.interval.distance(b_iv)
    if gap == 0:
        verdict, detail = Verdict.PASS, "agree"
    elif abs(difference) <= NEAR * max(abs(a.estimate), abs(b_est)):
        verdict, detail = Verdict.WARN, "near"
    else:
        verdict, detail = Verdict.FAIL, "disagree"
    where = _sources(a, b)
    zh_word = {"agree": "在舍入范围内一致", "near": "接近但超出舍入误差", "disagree": "不一致"}
    zh = f"{ctx.label(a)}：{written(a)} 与 {written(b)}（{where}）{zh_word[detail]}。"
    en = (
        f"{ctx.label(a)}: {written(a)} and {written(b)} ({where}) "
        f"{'agree within rounding' if gap == 0 else f'differ by {abs(difference):.2f}{a.unit}'}."
    )
    return Check(
        "agreement",
        verdict,
        ctx.label(a),
        (a.key, b.key),
        zh,
        en,
        -gap,
        difference,
        a.unit,
        detail,
    )


def _bound(ctx: CheckContext, bound: Figure, value: Figure) -> Check:
    v_est, v_iv = value_in(value, bound.unit)
    inside = intersect(v_iv, bound.interval)
    if inside is None:
        verdict, detail = Verdict.FAIL, "outside"
    elif inside == v_iv:
        verdict, detail = Verdict.PASS, "within"
    else:
        verdict, detail = Verdict.WARN, "partly"
    margin = min(v_iv.lo - bound.interval.lo, bound.interval.hi - v_iv.hi)
    zh_word = {"within": "符合", "partly": "部分符合", "outside": "不符合"}[detail]
    zh = (
        f"{ctx.label(value)}：{written(value)}（区间 {describe_interval(v_iv, 2)}）"
        f"{zh_word}“{written(bound)}”。"
    )
    en = (
        f"{ctx.label(value)}: {written(value)} ({describe_interval(v_iv, 2)}) is "
        f"{'consistent with' if detail == 'within' else 'partly outside' if detail == 'partly' else 'outside'}"
        f" the bound {written(bound)}."
    )
    return Check(
        "bounds",
        verdict,
        ctx.label(value),
        (bound.key, value.key),
        zh,
        en,
        margin,
        v_est - bound.estimate,
        bound.unit,
        detail,
    )


def _sources(a: Figure, b: Figure) -> str:
    docs = [f.fact.provenance.document or ("derived" if f.rule else "?") for f in (a, b)]
    return " / ".join(docs)
