"""periods@26: the time each figure refers to, with inheritance and relative periods.

Time expressions (2023年上半年, 2016年9月, 2021年12月29日, 二〇二〇年) and words that mean
"up to now" (累计, 目前, 如今, 近年来, N年来, 已建, 拥有, 集聚, and 年均 before 增长: a mean
over the years so far) or "no single period" (每年, 年均) are cues (read by :mod:`cues`); a
five-year plan's span (“十四五”时期) dates what was reached in it by the plan's last year.
Relative expressions are read against the document's own date (a short
date line near the top: ``2024年8月5日``, ``发布时间：2024-04-18``) and its title year
(``滁州市2023年…统计公报``): 今年/今年以来/上半年/一季度/前三季度/1—6月 are the current
year, 去年/过去一年 the year before, 4月16日 a day of the year in force, and 全年/年末/
年底 the year in force, else the year the report covers (a goal is never in the past).
A year after 较/比 (较2022年末增加) is a comparison, not a cue; ``由2020年末的12家增至58家``
dates only the figure before 增至.

A figure takes the nearest cue before it in its sentence; a sentence without one inherits
the last cue of the sentence before it in the same paragraph. A new paragraph inherits a
dated cue from the previous one, widened from a month or day to its year (the next
paragraph tells the same year, rarely the same day); "up to now" does not cross a
paragraph, and a heading starts afresh. Targets (预计…) ignore "up to now".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chainatlas.extract import ceremony
from chainatlas.extract.anchors import (
    Anchors,
    lately,
    read_anchors,
    time_written,
    year_of_month,
)
from chainatlas.extract.cues import CUE, read_cue
from chainatlas.extract.delegations import DAYS_SPENT
from chainatlas.extract.doc import Cue, Doc, Quantity
from chainatlas.extract.event_dates import as_event_date
from chainatlas.extract.period_rules import (
    MONTH,
    ON_THE_SPOT,
    TABLE_KINDS,
    cues_by_sentence,
    framed,
    period_for,
    widen_yearly_plans,
)
from chainatlas.extract.reviews import date_reached_ends
from chainatlas.extract.sections import numbered_at, opens_section
from chainatlas.extract.yearly_runs import date_runs

NAME = "periods"
VERSION = "28"

_YEAR_STEP = {"prev": -1, "next": 1}


def run(doc: Doc) -> Doc:
    anchors = read_anchors(doc)
    skip = doc.paragraphs[anchors.date_paragraph] if anchors.date_paragraph >= 0 else None
    cues = []
    for m in CUE.finditer(doc.text):
        if skip is not None and skip.start <= m.start() < skip.end:
            continue
        cue = read_cue(m, doc.text)
        if cue is not None:
            cues.append(cue)
    doc.cues = cues
    _past_ends(doc)
    _assign(doc, anchors)
    date_runs(doc)  # 2020年至2024年…分别为A、B、C、D和E: a year each
    widen_yearly_plans(doc)
    date_reached_ends(doc, anchors)
    doc.made_by["periods"] = f"{NAME}@{VERSION}"
    return doc


def _past_ends(doc: Doc) -> None:
    """``到2006年荔浦衣架产业园开园`` in a text of 2026: a year gone by, told with 到, is a
    step of the story it tells, which sets no goal."""
    ends = [c for c in doc.cues if c.goal and doc.text[c.start - 1 : c.start] == "到"]
    now = time_written(doc) if ends else None
    for cue in ends:
        if now is not None and cue.period[:4].isdigit() and int(cue.period[:4]) < now:
            cue.goal = False


def resolve(cue: Cue, state: Cue | None, anchors: Anchors) -> str | None:
    """The period of a relative cue, given the cue in force before it; None if unknown."""
    if not cue.period.startswith("rel:"):
        return cue.period
    parts = cue.period.split(":")
    kind, rest = parts[1], parts[2] if len(parts) > 2 else ""
    in_force = _year_of(state)
    if kind == "prevsame":
        if state is None or in_force is None:
            return None
        return str(in_force - 1) + state.period[4:]
    if kind == "md":
        written = in_force is not None and state is not None and state.written
        if written and state is not None and lately(rest, anchors) and in_force != anchors.current:
            written = False  # a new paragraph's 3月18日, a week before the date line
        if cue.asof:
            written = False  # 2024年，…产值…。截至5月末，全市…企业达到93家: up to the date line
        year = in_force if written else year_of_month(rest, anchors)
        reviewed = anchors.review and (anchors.report or 0) < (anchors.current or 0)
        reviewed = reviewed and not 0 <= anchors.plan_at <= cue.start
        if not written and reviewed and not cue.asof:
            year = anchors.report  # 2025年工作总结: 6月，…集群入选… is a month of the year reviewed
        return f"{year}-{rest}" if year else None
    if kind == "day":
        return f"{state.period[:7]}-{rest}" if state is not None and _month_told(state) else None
    if kind == "rep":
        year = in_force or anchors.report
        return str(year) if year else None
    if kind == "ago":
        return str(anchors.current - int(rest)) if anchors.current else None
    if kind == "lately" and anchors.current and anchors.month:
        return f"{anchors.current}-{anchors.month:02d}"
    recent = in_force is not None and in_force >= (anchors.current or in_force) - 1
    if kind == "half" and state is not None and state.written and state.end and recent:
        # 发布2024年年度报告…第四季度: last year's quarter, written in this paragraph (not
        # one carried over, nor a year of history: 2012年升级为…。一季度 is this year's)
        return f"{in_force}{rest}"
    year = anchors.current
    if year is None:
        return None
    if kind == "half" and anchors.month and _SPAN_START.get(rest, 0) > anchors.month + 2:
        year -= 1  # 第四季度 in a report dated April: last year's quarter, this one's far ahead
    return str(year + _YEAR_STEP.get(kind, 0)) + rest  # cur, ytd (1—10月), prev, next


#: The first month of a quarter or a half.
_SPAN_START = {"Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10, "H1": 1, "H2": 7}


def _year_of(cue: Cue | None) -> int | None:
    if cue is None or not cue.explicit or cue.goal or not cue.period[:4].isdigit():
        return None
    return int(cue.period[:4])


def widen(period: str) -> str:
    """A month or a day widened to its year (``2016-09`` -> ``2016``)."""
    return period[:4] if "-" in period else period


@dataclass
class _Reading:
    """What the reading of a document carries from sentence to sentence."""

    state: Cue | None = None  # the cue in force
    lasting: Cue | None = None  # the cue in force but for asides: what a paragraph passes on
    framing: Cue | None = None  # the last cue written, unwidened, whatever paragraph it was in
    day: Cue | None = None  # the last day written (7月2日上午，…推介会举行)
    box: Cue | None = None  # the date a heading gives the label lines under it
    section_time: Cue | None = None  # the last dated cue in force, for a numbered section
    paragraph: int = -1  # the paragraph read
    told: int = -1  # the last paragraph that told of anything
    kind: str = ""  # the kind of the paragraph read
    lead: Cue | None = None  # the cue of a line that leads a list (重点签约项目有：)

    def open(self, doc: Doc, paragraph: int, title_at: int, anchors: Anchors) -> bool:
        """Enter ``paragraph``; False when its kind tells no time (a caption, a credit)."""
        if self.paragraph >= 0 and doc.text[doc.paragraphs[self.paragraph].end - 1] in "：:":
            self.lead = self.lasting  # 10月15日，…推介会…。重点签约项目有： / ▶…项目，总投资…
        elif not doc.is_item(paragraph):
            self.lead = None
        self.paragraph, self.kind = paragraph, doc.paragraphs[paragraph].kind
        if self.kind in ("caption", "footer", "credit", "byline", "question"):
            return False
        if self.lead is not None and doc.is_item(paragraph):
            self.told = paragraph  # the items a line leads are of its time, its day kept
            self.state = self.lasting = self.lead
            return True
        # a heading starts afresh, and the title's year is not the body's (鹰铜股份2024年
        # 营收增长…: 3月27日 in the body is the date line's year)
        carried = self.kind != "heading" and self.told != title_at
        self.told = paragraph
        inherited = _carried(self.lasting, anchors) if carried else None
        if carried and _TRIP_DAYS.match(doc.text, doc.paragraphs[paragraph].start):
            inherited = _the_month(self.lasting)  # 五天时间里，代表团…: the trip's month
        self.state = self.lasting = inherited
        opened = doc.paragraphs[paragraph].start
        if (
            self.state is None
            and carried
            and (opens_section(doc, paragraph) or self._breaks_down(doc, opened, anchors))
        ):
            # （三）智能制造产业链。实现产值…: the sections of one review share its year,
            # though the one before ended on what stands now (目前，…); so does 从区域分布看，…
            # under a heading, the breakdown of a list told before it
            self.state = self.lasting = _carried(self.section_time, anchors)
        # 【集群数据一览】（截至2025年末） / 营业收入：６１２．８亿元: a box's lines, its date
        boxed = self.kind == "heading" and _LABEL_LINE.match(
            doc.text, doc.paragraphs[paragraph].start
        )
        self.state = self.lasting = self.box if boxed else self.state
        self.box = self.box if boxed else None
        return True

    def item(self) -> None:
        """A section numbered inside a paragraph starts from the time of the sections, not
        from what stands now (目前…) told at the end of the one before."""
        if self.state is not None and self.state.period == "cumulative":
            self.state = self.lasting = self.section_time

    @staticmethod
    def _breaks_down(doc: Doc, at: int, anchors: Anchors) -> bool:
        """A breakdown (分行业看，…) outside a release or a report, whose span frames it."""
        return not (anchors.annual or anchors.reported) and bool(_BREAKDOWN.match(doc.text, at))

    def take(self, own: list[Cue], row: bool) -> None:
        """Carry the cues a sentence told; a row's own aside (地区生产总值（前三季度）)
        frames no other row."""
        if self.kind == "heading" and own and own[-1].explicit:
            self.box = own[-1]
        for cue in own:
            if cue.carry:
                # 于2025年6月开工建设 dates its own sentence, not the next one's 熔铸机组4套
                self.state = self.state if cue.aside else cue
                self.lasting = self.lasting if cue.aside else cue
                explicit = cue.explicit and not cue.goal
                self.section_time = cue if explicit else self.section_time
                self.framing = self.framing if cue.aside or cue.goal or row else cue
            self.day = cue if len(cue.period) == 10 and cue.explicit and not cue.goal else self.day


def _assign(doc: Doc, anchors: Anchors) -> None:
    by_sentence = cues_by_sentence(doc)
    facts: dict[int, list[int]] = {}
    for qi, q in enumerate(doc.quantities):
        facts.setdefault(q.sentence, []).append(qi)
    title_at = doc.title_index()
    frame = ceremony.find(doc, by_sentence, lambda cue: resolve(cue, None, anchors))
    reading = _Reading()
    dated: list[Cue] = []
    for si, sentence in enumerate(doc.sentences):
        opened = sentence.paragraph == reading.paragraph
        if not opened and not reading.open(doc, sentence.paragraph, title_at, anchors):
            continue  # a caption's or a credit's first sentence tells no time
        if opened and numbered_at(doc, sentence.start):
            reading.item()  # （二）“菜篮子”…: a section run on in its paragraph
        own: list[Cue] = []
        if raw_cues := by_sentence.get(si):
            told = next((c for c in (reading.day, reading.framing) if _month_told(c)), None)
            pairs = _resolved(raw_cues, reading.state, anchors, told)
            own = [_in_passing(doc, raw, done, anchors) for raw, done in pairs]
            dated += [as_event_date(doc.text, raw, done) for raw, done in pairs]
        if frame is not None:
            ceremony.follow(frame, doc, si, own)
        # 推介会现场签约项目5个: signed on the day of the happening last dated
        spot = reading.day if not own and ON_THE_SPOT.match(doc.text, sentence.start) else None
        reading.state = spot or reading.state  # and the sentences after it (其中，…项目…)
        reading.lasting = spot or reading.lasting  # …and the items it leads (…总投资41.2亿元：)
        quantities = [doc.quantities[qi] for qi in facts.get(si, [])]
        for i, q in enumerate(quantities):
            # a table's cells are of the span its title or header names, row after row
            table = q.kind in TABLE_KINDS and not own
            given = spot or (framed(reading.framing, anchors) if table else reading.state)
            q.period = period_for(doc, own, given, q, anchors)
            if frame is not None:
                q.period = ceremony.period(frame, doc, q, own, reading.state) or q.period
            if i and _moved_on(doc.text, quantities[i - 1], q):
                q.period = quantities[i - 1].period  # 位列第6位，较上年提升3位: the list's year
        reading.take(own, bool(own) and any(q.kind in TABLE_KINDS for q in quantities))
    doc.cues = dated


#: Places gained or lost on a list since the year before, told right after the place held.
_MOVED_SINCE = re.compile(
    r"[，,]\s*(?:较|比)上年(?:度)?(?:提升|上升|前移|进位|提高|后退|下降|下滑)了?\s*$"
)


def _moved_on(text: str, before: Quantity, q: Quantity) -> bool:
    """``位列第6位，较上年提升3位``: a move on a list is of the year of the place held."""
    return (
        before.measure == "rank" and _MOVED_SINCE.fullmatch(text, before.end, q.start) is not None
    )


#: ``从区域分布看，…``, ``分行业看，…``: a paragraph breaking down what was told before it.
_BREAKDOWN = re.compile(r"(?:从|分|按)[^，。；\d]{1,8}?(?:看|来看)[，,：:]")
_LABEL_LINE = re.compile(r"[\u4e00-\u9fff]{2,12}[：:]")


def _in_passing(doc: Doc, raw: Cue, done: Cue, anchors: Anchors) -> Cue:
    """In a year's review, a month that dates one happening (11月，…集群入选…名单；) dates
    nothing past its part of the sentence, or past the sentence: the review goes on telling
    the year."""
    if not (anchors.review and raw.period.startswith("rel:md") and done.carry):
        return done
    ends = [at for at in (doc.text.find("；", done.end), doc.text.find("。", done.end)) if at >= 0]
    if not ends:
        return done
    stop = min(ends)  # …9月一期1万吨建成投产。南丹工业园区新增…: the review's year again
    return Cue(done.start, done.end, done.period, done.explicit, False, stop, done.goal,
               written=done.written)  # fmt: skip


#: A paragraph telling what a trip did in its days (五天时间里，代表团…; 此行，…; 考察期间，…).
_TRIP_DAYS = re.compile(
    r"[ \u3000]*(?:[\d一二三四五六七八九十两]+天" + DAYS_SPENT + r"|此行|考察期间|活动期间)[，,]?"
)


def _the_month(state: Cue | None) -> Cue | None:
    """The month of the days a trip was told in (11月3日至7日 -> 2026-11), which its doings
    in the paragraph after are of; None where no month was told."""
    if state is None or not state.explicit or not MONTH.match(state.period):
        return None
    return Cue(0, 0, state.period[:7], True, written=state.written)


def _carried(state: Cue | None, anchors: Anchors) -> Cue | None:
    """What a new paragraph inherits of the cue in force: a dated one, widened to its year."""
    if state is None or not state.explicit:
        return None
    period = state.period if state.span else _widen_to(state.period, anchors)
    return Cue(0, 0, period, True, goal=state.goal, written=state.written, span=state.span)


def _widen_to(period: str, anchors: Anchors) -> str:
    """What a new paragraph inherits: the year, or the span of a monthly release in it."""
    year = widen(period)
    return anchors.frame if anchors.frame and anchors.frame[:4] == year else year


def _month_told(cue: Cue | None) -> bool:
    return cue is not None and not cue.goal and MONTH.match(cue.period) is not None


def _resolved(
    own: list[Cue], state: Cue | None, anchors: Anchors, framing: Cue | None = None
) -> list[tuple[Cue, Cue]]:
    """Each cue of a sentence with its period resolved, in order; unresolvable ones left out.
    A bare day (13日上午，…) is of the month last written, in this paragraph or before it."""
    out = []
    for cue in own:
        day = cue.period.startswith("rel:day") and not _month_told(state)
        period = resolve(cue, framing if day else state, anchors)
        if period is None:
            continue
        done = cue
        if cue.asof and anchors.current and period[:4].isdigit():
            # 截至9月末，园区拥有…86家: a stock as of the month told (2026-09), this year's
            # or an earlier one's, which no later sentence takes on; 截至2026年6月30日, a
            # quarter's last day, is a report's date: its month
            period = period[:7] if period[4:] in _QUARTER_ENDS else period
            done = Cue(cue.start, cue.end, period, True, carry=False, asof=True,
                       written=cue.written)  # fmt: skip
        elif period != cue.period:
            done = Cue(cue.start, cue.end, period, cue.explicit, cue.carry, cue.limit, cue.goal,
                       base=cue.base, aside=cue.aside, span=cue.span)  # fmt: skip
        out.append((cue, done))
        if done.carry:
            state = done
    return out


#: The last days of the quarters, on which reports close their books.
_QUARTER_ENDS = frozenset({"-03-31", "-06-30", "-09-30", "-12-31"})
