"""The timeline: dated events in order, each citing the words that report it, with a chart.

A coarser date (2016) comes before a finer one inside it (2016-09); dates are shown at the
precision the source gives.
"""

from __future__ import annotations

from chainatlas.model.document import Event
from chainatlas.model.period import Period
from chainatlas.model.wording import describe_period
from chainatlas.report.briefing import Block, Chart, Cited, Missing, Section, Table
from chainatlas.report.charts import chart_block, render_timeline
from chainatlas.report.context import Context

HEADERS = ("日期", "事件", "相关方")
CHART_LABEL = 14  # characters of a summary shown on the chart


def events_in_scope(ctx: Context) -> list[Event]:
    events = [
        e
        for e in ctx.scope.data.events
        if Period.parse(e.date).known
        and (e.region in ctx.scope.regions or e.region is None)
        and (ctx.period is None or Period.parse(e.date).start <= ctx.period.end)
    ]
    return sorted(events, key=lambda e: (Period.parse(e.date).start, e.date, e.key))


def build_timeline(ctx: Context) -> Section:
    events = events_in_scope(ctx)
    if not events:
        return Section("五、发展历程", (Missing(("库中没有带日期的事件。",)),))
    rows = tuple(
        (
            Cited(describe_period(e.date), ctx.notes.cite_event(e)),
            Cited(e.summary),
            Cited("、".join(ctx.names.actor(a) for a in e.actors)),
        )
        for e in events
    )
    blocks: list[Block] = [_chart(ctx, events), Table(HEADERS, rows, "大事记")]
    return Section("五、发展历程", tuple(blocks))


def _chart(ctx: Context, events: list[Event]) -> Chart | Missing:
    points = []
    for event in events:
        period = Period.parse(event.date)
        year = period.start.year + (period.start.timetuple().tm_yday - 1) / 366
        label = f"{event.date}\n{_short(event.summary)}"
        points.append((year, label))
    caption = (Cited("按资料所载日期精度标注；事件来源见下表注释。"),)
    return chart_block("timeline", "发展历程", lambda: render_timeline(points), caption)


def _short(text: str) -> str:
    return text if len(text) <= CHART_LABEL else text[: CHART_LABEL - 1] + "…"
