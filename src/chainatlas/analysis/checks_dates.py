"""Date sanity: nothing is reported before it happens, milestones run in order, and an
implied date (d0 = d1 − duration) fits the milestones the data records.

A document's date may be a window (2023H2: "some time in the second half of 2023"); a
reported fact or an event may not start after that window ends, unless it is a target
(预计, 有望) or an expected milestone.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from chainatlas.analysis.checks import Check, CheckContext, Verdict
from chainatlas.analysis.figures import Figure
from chainatlas.errors import InvalidValue
from chainatlas.model.fact import SubjectType
from chainatlas.model.period import Grain, Period
from chainatlas.model.project import STAGE_LABELS, STAGE_ORDER, Project, Stage
from chainatlas.model.qualifier import Qualifier


def _period(text: str | None) -> Period | None:
    if not text:
        return None
    try:
        period = Period.parse(text)
    except InvalidValue:
        return None
    return period if period.known else None


def check_report_dates(ctx: CheckContext) -> Iterator[Check]:
    """Facts and events dated after the document that reports them."""
    for fig in ctx.figures:
        f = fig.fact
        if fig.rule or f.qualifier is Qualifier.TARGET or not f.period.known:
            continue
        doc = ctx.documents.get(f.provenance.document or "")
        written_on = _period(doc.date) if doc else None
        late = written_on is not None and f.period.start > written_on.end
        if late and written_on is not None and f.period.grain is not Grain.CUMULATIVE:
            title = doc.title if doc else ""
            yield _too_late(ctx.label(fig), f.key, str(f.period), title, str(written_on))
    for event in ctx.events:
        doc = ctx.documents.get(event.document or "")
        when, written_on = _period(event.date), _period(doc.date) if doc else None
        if when is not None and written_on is not None and when.start > written_on.end:
            yield _too_late(
                event.summary, event.key, event.date, doc.title if doc else "", str(written_on)
            )


def _too_late(label: str, key: str, when: str, title: str, written_on: str) -> Check:
    zh = f"{label}：日期 {when} 晚于报道它的文档《{title}》的日期 {written_on}。"
    en = f"{label}: dated {when}, after the document 《{title}》 ({written_on}) that reports it."
    return Check("date", Verdict.FAIL, label, (key,), zh, en, None, None, None, "after-document")


def check_milestones(ctx: CheckContext) -> Iterator[Check]:
    """Dated milestones of a project follow 签约 → 开工 → 投产 → 达产."""
    for project in ctx.projects:
        dated = [(m.stage, _period(m.date)) for m in project.milestones if not m.expected]
        dated_known = [(s, p) for s, p in dated if p is not None]
        dated_known.sort(key=lambda sp: STAGE_ORDER.index(sp[0]))
        for (s1, p1), (s2, p2) in pairwise(dated_known):
            if p1 is not None and p2 is not None and p2.end < p1.start:
                zh = f"{project.name}：{STAGE_LABELS[s2]} {p2} 早于 {STAGE_LABELS[s1]} {p1}。"
                en = f"{project.name}: {s2.value} {p2} comes before {s1.value} {p1}."
                keys = (project.key,)
                yield Check(
                    "date", Verdict.FAIL, project.name, keys, zh, en, None, None, None, "order"
                )


def check_implied_dates(ctx: CheckContext) -> Iterator[Check]:
    """Each derived start date against a recorded 签约 milestone, or stated as found."""
    projects = {p.key: p for p in ctx.projects}
    for fig in ctx.implications.derived:
        if fig.rule != "start-date":
            continue
        f = fig.fact
        start = f.period
        project = projects.get(f.subject) if f.subject_type is SubjectType.PROJECT else None
        recorded = _signed(project)
        name = project.name if project else ctx.name(fig.ref)
        if recorded is None:
            yield _implied_alone(ctx, fig, name, _first_dated(project))
            continue
        ok = recorded.start <= start.start <= recorded.end
        lag = float((start.start - recorded.start).days)
        zh = f"{name}：推得起点 {start}，记录的签约日期 {recorded}，{'相符' if ok else '不符'}。"
        en = f"{name}: implied start {start}, recorded signing {recorded}: {'agree' if ok else 'disagree'}."
        verdict = Verdict.PASS if ok else Verdict.FAIL
        yield Check("date", verdict, name, (fig.key,), zh, en, None, lag, "天", "implied")


def _signed(project: Project | None) -> Period | None:
    if project is None:
        return None
    for milestone in project.milestones:
        if milestone.stage is Stage.SIGNED and not milestone.expected:
            return _period(milestone.date)
    return None


def _first_dated(project: Project | None) -> tuple[Stage, Period] | None:
    """The earliest dated milestone that actually happened."""
    if project is None:
        return None
    dated = [(m.stage, _period(m.date)) for m in project.milestones if not m.expected]
    known = [(s, p) for s, p in dated if p is not None]
    return min(known, key=lambda sp: sp[1].start) if known else None


def _implied_alone(
    ctx: CheckContext, fig: Figure, name: str, first: tuple[Stage, Period] | None
) -> Check:
    """No recorded start: the implied one must not fall after the first dated milestone."""
    f = fig.fact
    start, how = f.period, f.provenance.formula or ""
    what = ctx.indicator_name(f.indicator)
    if first is None:
        zh = f"{name}：{what} 推得起点约为 {start}（{how}）。"
        en = f"{name}: the span implies a start on about {start} ({how})."
        return Check("date", Verdict.PASS, name, (fig.key,), zh, en, None, None, "天", "implied")
    stage, when = first
    ok = start.start <= when.end
    room = float((when.end - start.start).days)
    zh = (
        f"{name}：{what} 推得起点约为 {start}（{how}），"
        f"{'不晚于' if ok else '晚于'}最早记录的{STAGE_LABELS[stage]} {when}。"
    )
    en = (
        f"{name}: the span implies a start on about {start} ({how}), "
        f"{'not after' if ok else 'after'} the first recorded milestone, {stage.value} {when}."
    )
    verdict = Verdict.PASS if ok else Verdict.FAIL
    return Check("date", verdict, name, (fig.key,), zh, en, room, None, "天", "implied")
