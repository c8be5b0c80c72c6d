"""Cluster structure: each tier's nodes, their threshold, whether the tier is reached or a
target, and the reported size that decides it (or that no size is given).

The size figure is the overview's; the verdict of the tier check, when the consistency
review ran, is shown beside it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chainatlas.analysis.consistency import Review
from chainatlas.errors import ChainAtlasError
from chainatlas.model.fact import Fact
from chainatlas.model.quantity import Quantity
from chainatlas.model.wording import CHECK_WORDS, TIER_WORDS, describe_period
from chainatlas.report.briefing import Block, Chart, Cited, Missing, Paragraph, Section, Table
from chainatlas.report.charts import chart_block, render_tier_chart
from chainatlas.report.context import Context
from chainatlas.report.inputs import TierLike

HEADERS = ("集群", "梯级", "门槛", "状态", "已报规模", "时期", "核验")


def build_clusters(ctx: Context, tiers: Sequence[TierLike], review: Review | None) -> Section:
    blocks: list[Block] = []
    by_scheme: dict[str, list[TierLike]] = {}
    for tier in tiers:
        if tier.tier:
            by_scheme.setdefault(tier.node.split("/", 1)[0], []).append(tier)
    schemes = {s.key: s for s in ctx.scope.data.schemes}
    for key, rows in by_scheme.items():
        scheme = schemes.get(key)
        name = scheme.name if scheme else key
        blocks.append(Paragraph((Cited(f"{name}：{scheme.description if scheme else ''}"),)))
        table = tuple(_row(ctx, r, review) for r in rows)
        blocks.append(Table(HEADERS, table, name))
        blocks.append(_chart(ctx, key, rows))
    if not by_scheme:
        blocks.append(Missing((f"库中没有{ctx.scope.region.name}的产业集群架构。",)))
    return Section("二、产业集群结构与梯级", tuple(blocks))


def _size_fact(ctx: Context, tier: TierLike) -> Fact | None:
    return ctx.fact(tier.size.fact) if tier.size is not None else None


def _row(ctx: Context, tier: TierLike, review: Review | None) -> tuple[Cited, ...]:
    size = _size_fact(ctx, tier)
    return (
        Cited(tier.name),
        Cited(tier.tier or ""),
        Cited(tier.threshold or "未载"),
        Cited(TIER_WORDS.get(tier.status or "", "未标注")),
        ctx.cite(size) if size else Cited("未载"),
        Cited(describe_period(size.period) if size else "—"),
        _tier_check(ctx, size, review),
    )


def _tier_check(ctx: Context, size: Fact | None, review: Review | None) -> Cited:
    """The tier check on the size figure: 通过 / 提示 / 不一致, citing what it compared."""
    if review is None:
        return Cited("未核验")
    if size is None:
        return Cited("无规模，不能核验")
    found = [c for c in review.of_kind("tier") if size.key in c.facts]
    if not found:
        return Cited("—")
    check = found[0]
    return Cited(
        CHECK_WORDS.get(check.verdict.value, check.verdict.value), ctx.cite_keys(check.facts)
    )


def _chart(ctx: Context, scheme: str, rows: Sequence[TierLike]) -> Chart | Missing:
    bars = []
    sizes = []
    for tier in rows:
        size = _size_fact(ctx, tier)
        value = float(size.quantity.to("亿元").value) if size else None
        if size:
            sizes.append(size)
        bars.append((tier.name, value, _threshold_in_yi(tier.threshold)))
    notes = ctx.notes.cite_facts(sizes)
    caption: tuple[Cited, ...] = (
        Cited("柱为已报规模（亿元），红线为梯级门槛；无柱者资料未给出规模。"),
    )
    if notes:
        caption += (Cited("数据来源", notes),)
    return chart_block(
        f"tiers-{scheme}", "集群规模与梯级门槛", lambda: render_tier_chart(bars), caption
    )


def _threshold_in_yi(text: str | None) -> float:
    """``1000亿元`` -> 1000.0 (0 when no threshold, or not a money figure, is given)."""
    match = re.fullmatch(r"\s*([0-9.]+)\s*(\S+)", text or "")
    if match is None:
        return 0.0
    try:
        return float(Quantity.of(match.group(1), match.group(2)).to("亿元").value)
    except ChainAtlasError:
        return 0.0
