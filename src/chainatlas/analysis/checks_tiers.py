"""Cluster tiers (千亿级 ≥ 1000亿元, 五百亿级 ≥ 500亿元 …): achieved or a target?

A tier is *achieved* when a figure for the node shows a size at or above the threshold for
every value it allows, *not reached* when every allowed value lies below, and undecided
otherwise.  That is compared with the node's ``tier_status`` from the data.

Across a cluster structure, the thresholds add up: if Σ thresholds exceeds what the
region's own total allows in a year, the tiers cannot all have been reached that year, so
at least one of them must be a target (a name for an ambition, not a description).  The
region total is usually 规上工业总产值 while tier sizes are often 产业规模 (全口径), which
can only be larger, so the conclusion is stated with that caveat.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from chainatlas.analysis.checks import Check, CheckContext, Verdict, written
from chainatlas.analysis.derivations import value_in
from chainatlas.analysis.figures import Figure
from chainatlas.analysis.subjects import Ref
from chainatlas.model.fact import Measure, SubjectType
from chainatlas.model.period import Grain
from chainatlas.model.quantity import Quantity
from chainatlas.model.scheme import Node, TierStatus
from chainatlas.model.units import dimension_of, is_known_unit

_THRESHOLD = re.compile(r"^\s*([0-9.]+)\s*(\S+)\s*$")


def parse_threshold(text: str | None) -> Quantity | None:
    """'1000亿元' → Quantity(1000, 亿元); None when absent or unreadable."""
    m = _THRESHOLD.match(text or "")
    if m is None or not is_known_unit(m.group(2)):
        return None
    return Quantity.of(m.group(1), m.group(2))


def _money_levels(ctx: CheckContext) -> dict[Ref, list[Figure]]:
    """Plain level figures in money, by subject."""
    found: dict[Ref, list[Figure]] = {}
    for fig in ctx.figures:
        f = fig.fact
        plain = fig.variant == "" and not f.scope and f.measure is Measure.LEVEL
        if plain and is_known_unit(fig.unit) and dimension_of(fig.unit) == "money":
            found.setdefault(fig.ref, []).append(fig)
    return found


def _sizes(ctx: CheckContext, ref: Ref, levels: dict[Ref, list[Figure]]) -> list[Figure]:
    """Level figures in money for the node (or its equivalents), newest year first."""
    found = [fig for same in ctx.graph.same_as(ref) for fig in levels.get(same, ())]
    return sorted(found, key=lambda g: (g.fact.period.sort_key(), g.sharp), reverse=True)


def check_tiers(ctx: CheckContext) -> Iterator[Check]:
    """Each tiered node: its status in the data against what its figures show."""
    levels = _money_levels(ctx)
    for node in ctx.nodes:
        threshold = parse_threshold(node.tier_threshold)
        if threshold is None:
            continue
        ref = (SubjectType.NODE, f"{node.scheme}/{node.key}")
        sizes = _sizes(ctx, ref, levels)
        best = _sharpest_latest(sizes)
        yield _tier_check(ctx, node, threshold, best)


def _sharpest_latest(sizes: list[Figure]) -> Figure | None:
    if not sizes:
        return None
    latest = sizes[0].fact.period
    same_year = [s for s in sizes if s.fact.period == latest]
    return min(same_year, key=lambda s: (not s.sharp, s.interval.width))


def _tier_check(ctx: CheckContext, node: Node, threshold: Quantity, size: Figure | None) -> Check:
    status = node.tier_status or TierStatus.TARGET
    label = f"{node.name} {node.tier or ''}".strip()
    t = float(threshold.value)
    if size is None:
        verdict = Verdict.WARN if status is TierStatus.ACHIEVED else Verdict.PASS
        zh = f"{label}：没有规模数字；标为{_zh(status)}。"
        en = f"{label}: no size figure; marked {status.value}."
        return Check("tier", verdict, label, (), zh, en, None, None, threshold.unit, status.value)
    _, iv = value_in(size, threshold.unit)
    reached = iv.lo >= t
    below = iv.hi < t or (iv.hi == t and not iv.hi_closed)
    shown = "achieved" if reached else "not reached" if below else "undecided"
    agrees = (reached and status is TierStatus.ACHIEVED) or (
        not reached and status is TierStatus.TARGET
    )
    verdict = Verdict.PASS if agrees else Verdict.FAIL if below else Verdict.WARN
    period = size.fact.period
    zh = (
        f"{label}：{period}年 {ctx.indicator_name(size.fact.indicator)} {written(size)} "
        f"{'≥' if reached else '<' if below else '约等于'} 门槛 {threshold}，"
        f"{'已达到' if reached else '未达到' if below else '无法判定'}；数据标为{_zh(status)}。"
    )
    en = (
        f"{label}: {period} {ctx.indicator_name(size.fact.indicator)} {written(size)} "
        f"{'≥' if reached else '<' if below else '≈'} threshold {threshold}, so {shown}; "
        f"the data marks it {status.value}."
    )
    return Check(
        "tier",
        verdict,
        label,
        (size.key,),
        zh,
        en,
        iv.lo - t,
        size.estimate - t,
        threshold.unit,
        shown,
    )


def _zh(status: TierStatus) -> str:
    return "已达到" if status is TierStatus.ACHIEVED else "目标"


def check_tier_totals(ctx: CheckContext) -> Iterator[Check]:
    """Σ tier thresholds of a cluster structure against its region's yearly totals."""
    by_scheme: dict[str, list[tuple[Node, Quantity]]] = {}
    for node in ctx.nodes:
        threshold = parse_threshold(node.tier_threshold)
        if threshold is not None:
            by_scheme.setdefault(node.scheme, []).append((node, threshold))
    levels = _money_levels(ctx)
    for scheme, tiers in by_scheme.items():
        region = ctx.graph.parents.get((SubjectType.SCHEME, scheme))
        if region is None or region[0] is not SubjectType.REGION:
            continue
        for total in _region_totals(levels.get(region, []), tiers[0][1].unit):
            yield _tiers_against(ctx, scheme, tiers, total)


def _region_totals(levels: list[Figure], unit: str) -> Iterator[Figure]:
    """The sharpest yearly money level of each indicator among the region's ``levels``."""
    chosen: dict[tuple[str, str], Figure] = {}
    for fig in levels:
        f = fig.fact
        if not fig.sharp or f.period.grain is not Grain.YEAR:
            continue
        if dimension_of(fig.unit) != dimension_of(unit):
            continue
        key = (f.indicator, str(f.period))
        if key not in chosen or fig.interval.width < chosen[key].interval.width:
            chosen[key] = fig
    yield from chosen.values()


def _tiers_against(
    ctx: CheckContext, scheme: str, tiers: list[tuple[Node, Quantity]], total: Figure
) -> Check:
    unit = total.unit
    need = sum(float(q.to(unit).value) for _, q in tiers)
    _, iv = value_in(total, unit)
    targets = [n.name for n, _ in tiers if n.tier_status is not TierStatus.ACHIEVED]
    name = ctx.name((SubjectType.SCHEME, scheme))
    period = total.fact.period
    keys = (total.key,)
    if need <= iv.hi:
        zh = f"{name}：各级门槛合计 {need:g}{unit} 不超过 {ctx.label(total)} {written(total)}。"
        en = f"{name}: the tier thresholds sum to {need:g}{unit}, within {written(total)}."
        return Check(
            "tiers", Verdict.PASS, name, keys, zh, en, iv.hi - need, None, unit, "possible"
        )
    verdict = Verdict.PASS if targets else Verdict.FAIL
    zh = (
        f"{name}：{len(tiers)}个分级产业的门槛合计至少 {need:g}{unit}，超过 {period}年"
        f"{ctx.label(total)} {written(total)}，故{period}年不可能全部达到，至少一级是目标"
        f"（数据中为目标的：{'、'.join(targets) or '无'}）。注意：产业规模口径可能大于规上产值。"
    )
    en = (
        f"{name}: the {len(tiers)} tiers need at least {need:g}{unit}, more than "
        f"{ctx.label(total)} {written(total)} allows, so they cannot all have been reached in "
        f"{period}; at least one tier is a target (targets in the data: "
        f"{', '.join(targets) or 'none'}). Caveat: 产业规模 may be wider than 规上 output."
    )
    return Check("tiers", verdict, name, keys, zh, en, iv.hi - need, None, unit, "impossible")
