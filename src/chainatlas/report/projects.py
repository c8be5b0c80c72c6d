"""Projects and milestones: who invests, on which node, how far it has come, and when.

Milestone dates cite the fact or event that reports them; a milestone without a date says
so.  Spans between milestones (e.g. 签约 -> 投产 in 363 days) are the project pipeline's.
"""

from __future__ import annotations

from collections.abc import Sequence

from chainatlas.analysis.pipeline import ProjectStatus, Span
from chainatlas.model.fact import FactStatus, SubjectType
from chainatlas.model.project import STAGE_LABELS, Milestone, Project
from chainatlas.model.wording import describe_fact_value, describe_period
from chainatlas.report.briefing import Block, Cited, Missing, Section, Table
from chainatlas.report.context import Context

HEADERS = ("项目", "投资方", "产业链节点", "当前阶段", "里程碑", "规模与进展")


def build_projects(ctx: Context, statuses: Sequence[ProjectStatus]) -> Section:
    projects = [p for p in ctx.scope.data.projects if p.key in ctx.scope.projects]
    spans = {s.project: s for s in statuses}
    blocks: list[Block] = []
    if projects:
        rows = tuple(_row(ctx, p, spans.get(p.key)) for p in projects)
        blocks.append(Table(HEADERS, rows, "项目清单"))
        undated = [
            f"{p.name}：{STAGE_LABELS[m.stage]}日期未载"
            for p in projects
            for m in p.milestones
            if m.date is None
        ]
        if undated:
            blocks.append(Missing(tuple(undated)))
    else:
        blocks.append(Missing((f"库中没有{ctx.scope.region.name}的项目记录。",)))
    return Section("四、重点项目与里程碑", tuple(blocks))


def _row(ctx: Context, project: Project, status: ProjectStatus | None) -> tuple[Cited, ...]:
    stage = STAGE_LABELS[project.stage] if project.stage else "未载"
    return (
        Cited(project.name),
        Cited(ctx.names.enterprise(project.investor)),
        Cited(ctx.names.node(project.scheme, project.node)),
        Cited(stage),
        _milestones(ctx, project.milestones),
        _figures(ctx, project, status),
    )


def _milestones(ctx: Context, milestones: Sequence[Milestone]) -> Cited:
    parts, notes = [], []
    for m in milestones:
        when = describe_period(m.date) if m.date else "日期未载"
        parts.append(f"{STAGE_LABELS[m.stage]}{'（预计）' if m.expected else ''}：{when}")
        if m.date and m.fact:
            notes += _cite_key(ctx, m.fact)
    return Cited("；".join(parts) or "未载", tuple(dict.fromkeys(notes)))


def _cite_key(ctx: Context, key: str) -> list[int]:
    """A milestone's source: a fact or an event of the dataset."""
    fact = ctx.fact(key)
    if fact is not None:
        return [ctx.notes.cite_fact(fact)]
    event = next((e for e in ctx.scope.data.events if e.key == key), None)
    return list(ctx.notes.cite_event(event)) if event else []


def _figures(ctx: Context, project: Project, status: ProjectStatus | None) -> Cited:
    facts = [
        f
        for f in ctx.facts_about(project.key)
        if f.subject_type is SubjectType.PROJECT and f.status is not FactStatus.DERIVED
    ]
    parts = [
        ctx.cite(f, f"{ctx.names.indicator(f.indicator)}{describe_fact_value(f)}") for f in facts
    ]
    shown = {f.key for f in facts}
    for span in status.spans if status else ():
        if span.source in shown:
            continue
        days = f"{span.min_days}" if span.exact else f"{span.min_days}–{span.max_days}"
        text = f"{STAGE_LABELS[span.start]}至{STAGE_LABELS[span.end]}{days}天"
        source = ctx.fact(span.source)
        notes = (ctx.notes.cite_fact(source),) if source else _span_note(ctx, project, span)
        parts.append(Cited(text, notes))
    if not parts:
        return Cited("未载")
    notes = tuple(dict.fromkeys(n for p in parts for n in p.notes))
    return Cited("；".join(p.text for p in parts), notes)


def _span_note(ctx: Context, project: Project, span: Span) -> tuple[int, ...]:
    dated = [m for m in project.milestones if m.date and m.fact]
    notes = [n for m in dated for n in _cite_key(ctx, m.fact or "")]
    start, end = STAGE_LABELS[span.start], STAGE_LABELS[span.end]
    formula = f"{project.name}：{end}日期 − {start}日期（按日期精度取区间）"
    return (ctx.notes.cite_formula(formula), *notes)
