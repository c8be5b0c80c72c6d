"""Consistency checks in brief: how many passed, what needs a second look and why, and the
figures the published ones imply (each with its formula and inputs).

Only checks and derived figures that rest on the region's facts are shown; the wording is
the check's own Chinese explanation.
"""

from __future__ import annotations

from chainatlas.analysis.checks import Check
from chainatlas.analysis.consistency import Review
from chainatlas.analysis.figures import Figure
from chainatlas.analysis.intervals import describe_interval
from chainatlas.model.wording import (
    CHECK_KIND_WORDS,
    CHECK_WORDS,
    describe_check_counts,
    describe_period,
)
from chainatlas.report.briefing import Block, Bullets, Cited, Missing, Paragraph, Section, Table
from chainatlas.report.context import Context

CHECK_HEADERS = ("类别", "结论", "说明")
DERIVED_HEADERS = ("推算对象", "指标", "时期", "推算值", "允许区间")
SHOWN_DERIVED = 12


def build_review(ctx: Context, review: Review | None) -> Section:
    title = "六、数据一致性核验"
    if review is None:
        return Section(title, (Missing(("本次未运行一致性核验。",)),))
    region_facts = {f.key for f in ctx.facts}
    checks = [c for c in review.checks if set(c.facts) & region_facts]
    counts = {v: sum(1 for c in checks if c.verdict.value == v) for v in CHECK_WORDS}
    note = ctx.notes.cite_formula(
        "核验计数：对本地区数字逐项运行包含、加总、梯级、界限、跨文档一致、口径、日期与趋势核验"
        "（按发布精度与限定词取区间比较），按结论计数"
    )
    summary = describe_check_counts(counts)
    blocks: list[Block] = [Paragraph((Cited(f"共核验{len(checks)}项：{summary}。", (note,)),))]
    flagged = [c for c in checks if c.verdict.value != "pass"]
    if flagged:
        blocks.append(Table(CHECK_HEADERS, tuple(_check_row(ctx, c) for c in flagged), "需关注"))
    passed = [c for c in checks if c.verdict.value == "pass"]
    if passed:
        blocks.append(Paragraph((Cited("通过的核验（摘要）："),)))
        blocks.append(Bullets(tuple((_check_text(ctx, c),) for c in passed[:SHOWN_DERIVED])))
    derived = [f for f in review.derived if f.basis & region_facts][:SHOWN_DERIVED]
    if derived:
        blocks.append(Paragraph((Cited("由已发布数字推算（非发布值）："),)))
        blocks.append(Table(DERIVED_HEADERS, tuple(_derived_row(ctx, f) for f in derived)))
    return Section(title, tuple(blocks))


def _check_text(ctx: Context, check: Check) -> Cited:
    return Cited(
        f"{CHECK_KIND_WORDS.get(check.kind, check.kind)}：{check.zh}", ctx.cite_keys(check.facts)
    )


def _check_row(ctx: Context, check: Check) -> tuple[Cited, ...]:
    return (
        Cited(CHECK_KIND_WORDS.get(check.kind, check.kind)),
        Cited(CHECK_WORDS.get(check.verdict.value, check.verdict.value)),
        _check_text(ctx, check),
    )


def _derived_row(ctx: Context, figure: Figure) -> tuple[Cited, ...]:
    fact = figure.fact
    note = (ctx.notes.cite_fact(fact),)
    return (
        Cited(ctx.names.subject(fact)),
        Cited(ctx.names.indicator(fact.indicator)),
        Cited(describe_period(fact.period)),
        Cited(f"{fact.quantity.value}{fact.quantity.unit}", note),
        Cited(describe_interval(figure.interval, 2), note),
    )
