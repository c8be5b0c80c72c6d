"""Headline indicators: each reported level with the growth and share of the same figure.

A row is one (subject, indicator, period, scope); its level is the most precise reported
value (an exact figure before a bound), and growth, share and growth gap are the facts
reported for the same slot.  Shares without a level and the region's rankings follow as
lists.  Nothing is computed here: derived figures come from the checks service with their
formulas.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from chainatlas.model.fact import Fact, FactStatus, Measure, SubjectType
from chainatlas.model.qualifier import Qualifier
from chainatlas.model.wording import describe_period
from chainatlas.report.briefing import Block, Bullets, Cited, Missing, Paragraph, Section, Table
from chainatlas.report.context import Context

PRECISION: dict[Qualifier, int] = {
    Qualifier.EXACT: 0,
    Qualifier.RANGE: 1,
    Qualifier.APPROX: 2,
    Qualifier.LOWER: 3,
    Qualifier.UPPER: 3,
    Qualifier.TARGET: 9,
}
SUBJECTS = (SubjectType.REGION, SubjectType.SCHEME, SubjectType.NODE)
HEADERS = ("主体", "指标", "时期", "数值", "增速", "占比")

Slot = tuple[str, str, str, str, str]


@dataclass(frozen=True)
class HeadlineRow:
    level: Fact
    growth: tuple[Fact, ...]
    share: tuple[Fact, ...]
    gap: tuple[Fact, ...]


def slot_of(fact: Fact) -> Slot:
    return (fact.subject_type, fact.subject, fact.indicator, str(fact.period), fact.scope or "")


def select_headline(facts: Sequence[Fact]) -> list[HeadlineRow]:
    """Money levels of regions, schemes and nodes, newest period first, then largest."""
    by_slot: dict[Slot, dict[Measure, list[Fact]]] = {}
    for fact in facts:
        if fact.subject_type in SUBJECTS and fact.qualifier is not Qualifier.TARGET:
            by_slot.setdefault(slot_of(fact), {}).setdefault(fact.measure, []).append(fact)
    rows = []
    for measures in by_slot.values():
        levels = [f for f in measures.get(Measure.LEVEL, []) if f.quantity.dimension == "money"]
        if not levels:
            continue
        level = min(levels, key=lambda f: (PRECISION[f.qualifier], -f.quantity.value))
        rows.append(
            HeadlineRow(
                level,
                tuple(measures.get(Measure.GROWTH, [])),
                tuple(measures.get(Measure.SHARE, [])),
                tuple(measures.get(Measure.GAP, [])),
            )
        )
    rows.sort(key=lambda r: (r.level.period, r.level.quantity.base_value()), reverse=True)
    return rows


def build_headline(ctx: Context) -> Section:
    facts = [f for f in ctx.facts if ctx.in_period(f) and f.status is not FactStatus.DERIVED]
    rows = select_headline(facts)
    blocks: list[Block] = []
    if rows:
        lead = max(rows, key=lambda r: (len(r.growth) + len(r.share) + len(r.gap), r.level.period))
        blocks.append(_lead(ctx, lead))
        blocks.append(Table(HEADERS, tuple(_row(ctx, r) for r in rows), "主要指标"))
    else:
        asked = describe_period(ctx.period) if ctx.period else "任何时期"
        blocks.append(Missing((f"库中没有{ctx.scope.region.name}{asked}的规模类指标。",)))
    used = {r.level.key for r in rows} | {f.key for r in rows for f in (*r.growth, *r.share)}
    shares = [
        f
        for f in facts
        if f.measure is Measure.SHARE and f.key not in used and f.subject_type in SUBJECTS
    ]
    if shares:
        blocks.append(Paragraph((Cited("结构与占比："),)))
        blocks.append(Bullets(tuple(_statement(ctx, f) for f in shares)))
    ranks = [f for f in facts if f.measure is Measure.RANK and f.subject in ctx.scope.regions]
    if ranks:
        blocks.append(Paragraph((Cited("区域位次："),)))
        blocks.append(Bullets(tuple(_statement(ctx, f) for f in ranks)))
    return Section("一、主要指标", tuple(blocks))


def _lead(ctx: Context, row: HeadlineRow) -> Paragraph:
    level = row.level
    runs = [
        Cited(f"{describe_period(level.period)}，{ctx.names.subject(level)}"),
        Cited(f"{ctx.names.indicator(level.indicator)}达"),
        ctx.cite(level),
    ]
    for fact in (*row.growth, *row.share, *row.gap):
        runs += [Cited("，"), ctx.cite(fact)]
    runs.append(Cited("。"))
    return Paragraph(tuple(runs))


def _row(ctx: Context, row: HeadlineRow) -> tuple[Cited, ...]:
    level = row.level
    return (
        Cited(ctx.names.subject(level)),
        Cited(ctx.names.indicator(level.indicator)),
        Cited(describe_period(level.period)),
        ctx.cite(level),
        _joined(ctx, (*row.growth, *row.gap)),
        _joined(ctx, row.share),
    )


def _joined(ctx: Context, facts: Sequence[Fact]) -> Cited:
    """Several facts in one cell: their words joined, their footnotes together."""
    if not facts:
        return Cited("未载")
    parts = [ctx.cite(f) for f in facts]
    return Cited("；".join(p.text for p in parts), tuple(n for p in parts for n in p.notes))


def _statement(ctx: Context, fact: Fact) -> tuple[Cited, ...]:
    """One sentence: 2022年，溧阳市高新技术产业产值占比超50%."""
    indicator = ctx.names.indicator(fact.indicator)
    head = f"{describe_period(fact.period)}，{ctx.names.subject(fact)}{indicator}"
    value = ctx.cite(fact)
    if fact.measure is Measure.SHARE and ("比重" in indicator or "占" in indicator):
        value = Cited(value.text.removeprefix("占比"), value.notes)
    return (Cited(head), value)
