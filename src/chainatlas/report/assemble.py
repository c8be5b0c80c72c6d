"""Assemble a briefing from its inputs, section by section, numbering footnotes in the
order the reader meets them."""

from __future__ import annotations

from collections.abc import Sequence

from chainatlas.model.wording import describe_period
from chainatlas.report.briefing import Briefing, Cited, Missing, Paragraph, Section
from chainatlas.report.chain import build_chains
from chainatlas.report.clusters import build_clusters
from chainatlas.report.context import Context
from chainatlas.report.headline import build_headline
from chainatlas.report.inputs import BriefingInputs
from chainatlas.report.projects import build_projects
from chainatlas.report.review import build_review
from chainatlas.report.scope import scope_region
from chainatlas.report.timeline import build_timeline


def assemble_briefing(inputs: BriefingInputs) -> Briefing:
    """The whole briefing; every number in it cites a footnote."""
    scope = scope_region(inputs.data, inputs.region)
    derived = [f.fact for f in inputs.review.derived] if inputs.review else []
    ctx = Context.create(scope, inputs.period, derived)
    ctx.names.add(inputs.names)
    sections = (
        build_headline(ctx),
        build_clusters(ctx, inputs.tiers, inputs.review),
        build_chains(ctx, inputs.chains, inputs.staged),
        build_projects(ctx, inputs.statuses),
        build_timeline(ctx),
        build_review(ctx, inputs.review),
        _missing(inputs.missing),
    )
    name = scope.region.name
    period = describe_period(inputs.period) if inputs.period else "全部时期"
    cited = {n.text.split("》")[0] + "》" for n in ctx.notes.notes() if n.kind == "document"}
    sources = tuple(
        f"《{d.title}》" + (f"（{'、'.join(d.authors)}）" if d.authors else "")
        for d in scope.data.documents
        if f"《{d.title}》" in cited
    )
    return Briefing(
        title=f"{name}产业发展简报",
        subtitle=f"数据范围：{period}；编制日期：{inputs.generated or '未载'}",
        region=scope.region.key,
        period=str(inputs.period) if inputs.period else None,
        sections=sections,
        footnotes=ctx.notes.notes(),
        sources=sources,
    )


def _missing(items: Sequence[str]) -> Section:
    listed = tuple(items)
    if not listed:
        return Section("七、数据缺口", (Paragraph((Cited("资料未标注缺口。"),)),))
    lead = Paragraph((Cited("以下数据资料提及但未给出，本简报不作估算："),))
    return Section("七、数据缺口", (lead, Missing(tuple(str(i) for i in listed))))
