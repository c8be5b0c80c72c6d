"""Which time dates one figure: the rules of :mod:`periods` that look at the figure.

Given the cues of its sentence (already resolved) and the cue in force before the sentence,
a figure takes the nearest cue before it, unless the figure says otherwise: a capacity
after 达产后 has no period (or a goal's), an area of a place none, 连续23年 tells how long
something has stood (cumulative), a time heading the sentence beats 累计/拥有 after it,
a count of what exists in a paragraph with no date of its own is how things stand, and a
goal is never for a year gone.
"""

from __future__ import annotations

import re

from chainatlas.extract.anchors import Anchors
from chainatlas.extract.ceremony import DAY
from chainatlas.extract.doc import Cue, Doc, Quantity
from chainatlas.extract.goal_tables import column_year
from chainatlas.extract.happening import LIST_YEAR
from chainatlas.extract.period_words import GROWTH_RANKED, PART_AFTER, is_price, settled_by_words
from chainatlas.extract.qualifiers import (
    GRANTED,
    PLANNED_SPAN,
    RAISED_SINCE,
    is_named_capacity,
    phase_start,
)
from chainatlas.extract.quantities import TIER_AFTER
from chainatlas.extract.sentences import clause_at
from chainatlas.extract.standing import after_the_cues, dated_before, standing

#: A year that names a goal's (2026年迈上百亿台阶的目标), which dates no figure told beside it.
GOAL_NAMED = re.compile(r"[^，。；\d]{0,14}?的目标")
#: ``较2020年的126.5亿元``: a base written with its year, right before the figure.
_BASE_YEAR = re.compile(r"(?:较|比|相比|同)((?:19|20)\d\d)年(?:末|底)?的$")
#: A time heading its sentence alone (今年以来，…): it frames every clause after it.
_FRAME = re.compile(r"[^，。；\d]{0,6}，")
_SINCE_THEN = re.compile(
    r"[\d一二三四五六七八九十两多]年来|(?:成立|揭牌|建成|投产|运营|设立|组建|开园|创建)以来"
)
_DATED = re.compile(r"\d{4}-\d\d(?:-\d\d)?")
_TOTAL = re.compile(r"累计(?:达到?|建成|拥有|有)")
_SO_FAR = re.compile(r"已(?!于|在|经|从|由|是|成为)|累计")
#: ``120余位企业家``: 位 counting people, as a noun follows, not places gained (上升8位).
_PEOPLE = re.compile(r"[\u4e00-\u9fff]")
#: A park's planned extent before its figure (规划面积约2.6平方公里, 规划面积1260亩).
_PLANNED_AREA = re.compile(r"规划(?:总)?面积(?:为|达|约|达到)?[^，。；\d]{0,2}$")
#: Words of a shortfall that stands (仅为42%, 缺口约300人, 占比不足10%).
_SHORT_NOW = re.compile(r"仅为?约?$|仅约$|缺口约?$|(?<!一成|三成|五成)不足$|偏低$")
_STATE_RATE = re.compile(r"占有率|配套率|覆盖率|普及率|渗透率")
_RUNNING = re.compile(r"连续[\d一二三四五六七八九十两]+年")
#: Words that make a count a flow of its period (新增12家) rather than a stock (企业12家).
_FLOW = re.compile(
    r"新增|新签约|签约|引进|开工|竣工|投产|实施|完成|新建|孵化|推广|培育|招引|举办|增加|减少|"
    r"产量|销量|产值|出口|生产|销售|交付|装机|走访|拜访|考察|接待|参观|洽谈|会见|出栏|召开|达成|前移|进位"
)
#: A count followed by its growth over a span (生猪出栏38.72万头，增长1.9%): a flow.
_GROWN_AFTER = re.compile(r"[，,]\s*(?:同比)?(?:增长|下降)\s*-?\d")
#: After these a figure is what a project will do once built, not of any period.
_CAPACITY_LEAD = re.compile(r"达产后|投产后|建成后|规划年产|设计产能|预计年产值")
#: ``上年同期为-3,512.46万元``: the amount of the same span a year before, told as a base.
_SAME_SPAN_BEFORE = re.compile(r"(?:上年|去年)同期(?:为|是)$")


def period_for(doc: Doc, own: list[Cue], state: Cue | None, q: Quantity, anchors: Anchors) -> str:
    """The period of ``q``. A day or a month that dates what happened (7月，工信部公布…) dates
    a rank only by its year (the list ranks a year) and does not date a stock counted so
    far (全区…累计达到27家); a monthly release's own span stays."""
    settled = column_year(q) or settled_by_words(doc, q)  # 2027年预期目标's column: that year
    if settled is not None:
        return settled
    period = _period_for(doc, own, state, q, anchors)
    period = after_the_cues(doc, q, own, period)
    if period == "unknown" and q.qualifier != "target" and is_price(doc, q):
        return "cumulative"  # 工业用水3.2元/吨: a price as it stands
    prior = q.kind in ("table_prior", "prior_ratio", "prior_share") or (
        _SAME_SPAN_BEFORE.search(doc.text, max(0, q.start - 6), q.start) is not None
    )
    if prior and period[:4].isdigit():
        return str(int(period[:4]) - 1) + period[4:]  # 上年同期数: the same span a year before
    if q.kind == "table_year_end" and period[:4].isdigit():
        return str(int(period[:4]) - 1)  # 上年度末: the end of the year before
    if q.kind in ("table_end", "table_end_growth") and period[:4].isdigit():
        return period[:4] + _LAST_MONTH.get(period[4:], period[4:])  # 本报告期末: its last month
    if (
        q.qualifier == "target"
        and TIER_AFTER.match(doc.text, q.end)
        and not any(c.goal for c in own)
    ):
        return "unknown"  # 聚力构建以…2个千亿级产业集群: a structure aimed at, by no year
    if not _DATED.fullmatch(period) or period == anchors.frame or q.qualifier == "target":
        return period
    ranked = q.measure == "rank" or (q.unit == "位" and not _PEOPLE.match(doc.text, q.end))
    if ranked and not GROWTH_RANKED.search(doc.text, max(0, q.start - 16), q.start):
        return period[:4]  # a place in a list is the list's year; a growth's keeps its span
    if q.measure == "count" and not _in_review(anchors, q.start):
        clause_start = clause_at(doc, doc.sentences[q.sentence], q.start)[0]
        if _SO_FAR.search(doc.text, clause_start, q.start):
            return "cumulative"
    return period


def _in_review(anchors: Anchors, pos: int) -> bool:
    """Whether ``pos`` is in a year's review (a work report or summary, not a half-year's),
    before the plan for the next: what it says was done in all (累计完成…134家, 累计达到5家)
    was that year's doing."""
    return anchors.review and anchors.frame is None and not 0 <= anchors.plan_at <= pos


def _period_for(doc: Doc, own: list[Cue], state: Cue | None, q: Quantity, anchors: Anchors) -> str:
    pos, target = q.start, q.qualifier == "target"
    clause_start = clause_at(doc, doc.sentences[q.sentence], pos)[0]
    fixed = _fixed_period(doc, own, state, q, clause_start)
    if fixed is not None:
        return fixed
    told = doc.sentences[q.sentence].start
    if q.kind in TABLE_KINDS and anchors.reported and pos < anchors.reported_until:
        return anchors.reported  # a firm's report's table of accounts: the report's span
    if anchors.reported and not target and _PERIOD_END.search(doc.text, told, pos):
        return anchors.reported  # 截至报告期末…拥有授权专利386项; 报告期内，境外收入41.5亿元
    told_so = _own_cue_period(doc, own, q, anchors, clause_start, state)
    if told_so is not None:
        return told_so
    if state is None and not target and standing(doc, q, clause_start):
        return "cumulative"
    undated = state is None and not target and not anchors.annual
    if undated and _SHORT_NOW.search(doc.text, max(clause_start, pos - 12), pos):
        return "cumulative"  # 回收率仅约35%, 工程师缺口约300人: a shortfall as things stand
    in_plan = anchors.plan_year is not None and 0 <= anchors.plan_at <= pos
    if (
        target
        and in_plan
        and (state is None or not state.explicit or state.start < anchors.plan_at)
    ):
        return str(anchors.plan_year)  # 二、2026年工作计划 / 固定资产投资增长10%以上
    if state is None and not target and q.measure == "duration" and q.unit in ("年", "轮"):
        return "cumulative"  # 十年蝶变, 发展四十余年: how long, up to now
    if state is None and not target and anchors.reported and pos < anchors.reported_until:
        return anchors.reported  # 公司发布2024年年度报告…: its figures are of that year
    if state is None and not target and anchors.annual and anchors.report:
        return anchors.frame or str(anchors.report)  # a bulletin tells its span throughout
    if state is None and not target and q.measure in ("share", "growth", "gap", "ratio"):
        return "cumulative"
    if state is None and not target and PART_AFTER.match(doc.text, q.end):
        return "cumulative"  # 全市电力总装机达到568万千瓦，其中…: a whole as it stands
    if state is None or not (state.explicit or not target) or (state.goal and not target):
        return "unknown"
    if not target and _is_stock(doc, q, clause_start, anchors):
        return "cumulative"
    so_far = _SO_FAR.search(doc.text, clause_start, pos) and not _in_review(anchors, pos)
    if not target and q.measure == "count" and so_far:
        return "cumulative"  # 已孵化科技型企业21家, 已出口…三十多个国家: what is done so far
    return _not_past(state.period, target, anchors, pos)


def _own_cue_period(
    doc: Doc, own: list[Cue], q: Quantity, anchors: Anchors, clause_start: int, state: Cue | None
) -> str | None:
    """The period the sentence's own cues give ``q``: the nearest before it that applies."""
    pos, target = q.start, q.qualifier == "target"
    asof = False  # a stock dated before its 拥有/累计 (截至去年底…拥有; 今年以来…累计新签约)
    this_year = False  # …and dated this year: 今年以来，…新增3家，累计达到47家 is all so far
    for cue in own:
        near = cue.asof or cue.start >= clause_start or _FRAME.match(doc.text, cue.end)
        dating = cue.start <= pos and cue.explicit and not cue.goal and bool(near)
        asof = asof or dating
        this_year = this_year or (dating and _of_this_year(cue.period, anchors))
    reviewed = _in_review(anchors, pos)
    for cue in reversed(own):
        if cue.start > pos or not (cue.explicit or not target) or 0 <= cue.limit <= pos:
            continue
        if cue.goal and not target and GOAL_NAMED.match(doc.text, cue.end):
            continue  # 提前实现2026年迈上百亿台阶的目标；…实现产值64.6亿元: the goal's year, not its
        if doc.text.startswith("先后", cue.start) and (
            _dated_before(doc.text, own, cue, anchors) or _month_of(state)
        ):
            continue  # 21日，代表团先后走访了…4家企业: one after another that day (or month)
        if reviewed and cue.period == "cumulative" and doc.text.startswith("累计", cue.start):
            continue  # a year's review: 累计完成…关改搬转134家 is what that year completed
        if anchors.frame and doc.text.startswith("在建", cue.start):
            # a release's 在建亿元以上项目286个: under way in its span, or in the month's span
            # its paragraph tells (1—9月，…。全县在建亿元以上项目23个)
            return _month_of(state) or anchors.frame
        since = doc.text.startswith("来", cue.end)  # 揭牌，两年来累计攻克…42项: up to now
        if this_year and not since:
            told_in = clause_at(doc, doc.sentences[q.sentence], cue.start)[0]
            since = _total(doc.text, told_in, cue.start)
        if cue.base or (
            asof and not cue.carry and not cue.explicit and not since and cue.limit < 0
        ):
            continue  # 是2020年的2.8倍; 截至去年底…拥有…1126家
        if target and cue.explicit and (cue.goal or doc.text[cue.start - 1 : cue.start] == "到"):
            return cue.period  # “十四五”之初…明确到2025年培育…2家: a plan told since, its year kept
        return _not_past(cue.period, target, anchors, pos)
    return None


def _dated_before(text: str, own: list[Cue], cue: Cue, anchors: Anchors) -> bool:
    """Whether the sentence names its day, or the year under review or this year, before
    ``cue``: 先后 then is what that time held (21日，代表团先后走访了…4家企业; 今年以来，公司先后
    中标…37个), but after a year of the story (2019年，…先后引进…46家) or since last year
    (去年以来，…先后赴…12场) all up to now."""
    for c in own:
        if c.start >= cue.start or c.goal or not c.explicit:
            continue
        recent = (
            anchors.current and c.period[:4].isdigit() and int(c.period[:4]) >= anchors.current - 1
        )
        if DAY.fullmatch(c.period) or (recent and not text.startswith("以来", c.end)):
            return True
    return False


#: A period of a month or a day (2026-09, 2026-09-21).
MONTH = re.compile(r"\d{4}-\d\d")


def _month_of(cue: Cue | None) -> str | None:
    """The month a dated cue tells (1—9月 in a text of 2026: 2026-09), if it tells a month."""
    return cue.period if cue is not None and cue.explicit and MONTH.fullmatch(cue.period) else None


def _total(text: str, clause_start: int, at: int) -> bool:
    """``累计达到47家``: what stands in all, unless the clause counts a flow
    (新签约亿元以上项目累计达到31个 is this year's signing)."""
    return _TOTAL.match(text, at) is not None and _FLOW.search(text, clause_start, at) is None


def _of_this_year(period: str, anchors: Anchors) -> bool:
    return anchors.current is not None and period[:4] == str(anchors.current)


_PERIOD_END = re.compile(r"报告期[末内]")
#: A goal's date that is a plant's start-up (2026年底建成投产), not when it runs at capacity.
_STARTS_UP = re.compile(r"[底末]?(?:建成(?:投产)?|投产|开工|竣工)")


def _fixed_period(
    doc: Doc, own: list[Cue], state: Cue | None, q: Quantity, clause_start: int
) -> str | None:
    """The period the words around a figure settle before any cue is weighed, or None."""
    pos, target = q.start, q.qualifier == "target"
    if q.kind == "cell_asof":
        return "cumulative"  # a project table titled 截至8月末: its amounts stand up to now
    sentence = doc.sentences[q.sentence]
    segment = doc.text.rfind("；", sentence.start, pos) + 1 or sentence.start
    lead = _CAPACITY_LEAD.search(doc.text, segment, pos)
    if lead is not None and any(lead.end() <= c.start < pos and c.explicit for c in own):
        lead = None  # 一期项目2023年投产后，去年实现营业收入…: what it did since
    if lead is not None and lead.group() == "达产后":
        # a start-up planned in the sentence before (计划2028年四季度投产。全部达产后…) dates no
        # output at full capacity, which comes later; a goal told with it (到2027年…达产后) does
        goals = (c for c in reversed(own) if c.goal and c.start < pos)
        goal = next((c for c in goals if not _STARTS_UP.match(doc.text, c.end)), None)
        return goal.period if goal is not None else "unknown"
    if lead is not None and not target and RAISED_SINCE.match(doc.text, lead.end(), pos):
        return "cumulative"  # 项目投产后，公司年产能由2.6万吨提升至4.1万吨: what it has now
    if lead is not None or is_named_capacity(doc.text, pos, q.end):
        return state.period if state is not None and state.goal else "unknown"  # 投产后: its year
    started = phase_start(doc.text, pos, q.end)
    if started is not None:
        planned = [c for c in own if q.end < c.start < started and c.explicit]
        return planned[-1].period if planned else "unknown"  # 一期5万吨，计划2026年一季度投产
    area = not target and _PLANNED_AREA.search(doc.text, max(segment, pos - 10), pos)
    if area and not dated_before(own, pos):  # 2021年10月，…开园，规划面积…
        return "cumulative"  # 园区规划面积12.6平方公里: the park's extent, as it stands
    if q.unit == "期" or (q.measure == "duration" and PLANNED_SPAN.search(doc.text, segment, pos)):
        return "unknown"  # 分两期建设, 建设期2年: the phases and span of a plan, of no period
    if q.unit.endswith("元") and GRANTED.search(doc.text, max(segment, pos - 40), pos):
        return "unknown"  # 对新认定的…给予一次性奖励50万元: what a policy grants
    base = _BASE_YEAR.search(doc.text, max(clause_start, pos - 12), pos)
    if base is not None:
        return base.group(1)  # 较2020年的126.5亿元翻了一番: the base is that year's
    if q.measure == "duration" and doc.text.startswith("来", q.end):
        return "cumulative"  # 两年来: up to now
    if q.measure == "duration" and not target and doc.text.endswith("以内", q.start, q.end):
        return "cumulative"  # 审批时限压缩至30个工作日以内: a norm that stands
    if not target and _RUNNING.search(doc.text, clause_start, q.end):
        return "cumulative"  # 连续23年位居福建省首位: how long it has stood
    if not target and _SINCE_THEN.search(doc.text, clause_start, pos):
        return "cumulative"  # 2022年12月…揭牌，两年来累计攻克关键技术42项: up to now
    if (q.measure == "rank" or q.unit == "位") and not target:  # 第2位, 前进1位
        listed = LIST_YEAR.search(doc.text, sentence.start, pos)
        if listed is not None:
            return listed.group(1) or listed.group(2)  # 今年4月发布的《2024…排行榜》中…第15位
    return None


def _is_stock(doc: Doc, q: Quantity, clause_start: int, anchors: Anchors) -> bool:
    """A duration (连续23年), or a count of what exists (企业超过1500家) in a sentence or
    part of one with no date of its own, tells how things stand, not the year told before
    it; except in a bulletin or report, where every paragraph tells the report's year."""
    if q.measure == "duration" and q.unit in ("年", "轮"):
        return not doc.text.endswith("提前", 0, q.start)  # 提前一年 is dated by when it was met
    if (
        q.measure == "share"
        and not anchors.annual
        and _STATE_RATE.search(doc.text, clause_start, q.start)
    ):
        return True  # 国内市场占有率超过15%: how things stand
    clause_end = clause_at(doc, doc.sentences[q.sentence], q.start)[1]
    if doc.is_item(doc.sentences[q.sentence].paragraph):
        return False  # 2024年，长兴县 / ★集聚产业链企业312家: an item of that year's list
    if ON_THE_SPOT.match(doc.text, doc.sentences[q.sentence].start):
        return False  # 当晚，…座谈会，…现场推荐招商线索12条: done that day, no stock
    if doc.text.startswith("其中", doc.sentences[q.sentence].start):
        return False  # 签约项目27个…。其中，10亿元以上项目5个: a part of what was told, as dated
    return (
        q.measure == "count"
        and not anchors.annual
        and not _FLOW.search(doc.text, clause_start, clause_end)  # 15个项目集中签约: a flow
        and not _GROWN_AFTER.match(doc.text, q.end)
    )


def _not_past(period: str, target: bool, anchors: Anchors, pos: int) -> str:
    """A goal set in this document is for this year or later, never for a year gone; but
    in the review before a work report's plan, 预计 estimates the year under review
    (过去一年…地区生产总值预计完成586.4亿元)."""
    if anchors.annual and (pos < anchors.plan_at or anchors.plan_at < 0):
        return period
    if target and anchors.current and period[:4].isdigit() and int(period[:4]) < anchors.current:
        return str(anchors.current)
    return period


def widen_yearly_plans(doc: Doc) -> None:
    """``开工…年度计划投资148.6亿元``, ``年度目标60亿元，上半年完成31.8亿元``: a year's planned
    amount is a goal for the year, not a figure of the day the ceremony dates or of the half
    year a report reviews."""
    for q in doc.quantities:
        yearly = q.kind == "table_goal"  # a table's column of goals for the year
        yearly = yearly or _YEAR_PLANNED.search(doc.text, max(0, q.start - 8), q.start) is not None
        if (
            q.qualifier == "target" and not yearly
        ):  # 全年目标签约亿元以上项目30个: the clause's goal
            opens = max(doc.text.rfind(c, 0, q.start) for c in "，。；\n") + 1
            yearly = _YEAR_GOAL_OPENS.match(doc.text, opens, q.start) is not None
        if yearly and len(q.period) > 4 and q.period[:4].isdigit():
            q.period = q.period[:4]


_YEAR_GOAL_OPENS = re.compile(r"(?:全年|年度)目标(?:任务)?[^，。；\d]{2,16}$")
_YEAR_PLANNED = re.compile(
    r"(?:年度(?:计划投资|投资计划)[^，。；\d]{0,2}|(?<![于过出比])(?:年度|全年)(?:目标|任务|目标任务)[为是：:（(]?)$"
)


def framed(framing: Cue | None, anchors: Anchors) -> Cue | None:
    """What frames a table: the last cue written before it, or the span of a release the
    title names when that cue is in its year; a month's span keeps its month (a 1—9月完成
    column under a 前三季度 title is of 2026-09, as most sets date it)."""
    if anchors.frame and (framing is None or not framing.explicit):
        return Cue(0, 0, anchors.frame, True)  # 目前…。/ a table: a release's span, not up to now
    if framing is None or not anchors.frame or anchors.frame[:4] != framing.period[:4]:
        return framing
    if _month_of(framing) is not None:
        return framing  # 1—9月: 2026-09
    return Cue(framing.start, framing.end, anchors.frame, True, written=framing.written)


#: A sentence told on the day last dated: 当晚，代表团召开…座谈会; 推介会现场签约项目5个.
ON_THE_SPOT = re.compile(
    r"(?:当天|当晚|当日|同日|同一天)(?:上午|下午|中午|晚上|晚间)?[，,]|"
    r"(?:[\u4e00-\u9fff]{0,8}?(?:会|仪式|活动))?现场|"
    r"(?:[\u4e00-\u9fff]{0,8}?(?:推介|招商|恳谈|洽谈|对接)会上|[\u4e00-\u9fff]{0,4}?(?:签约|开工)(?:仪式|活动)上)"
    r"[，,](?=[^。；]*?(?:签约|开工))"  # 推介会上，郏县集中签约项目9个: what was signed there
)
#: Kinds of figure read from a table's cells, framed by the cue above the table.
TABLE_KINDS = frozenset(
    ("table", "table_growth", "table_share", "table_goal", "table_prior", "table_rank",
     "table_end", "table_year_end", "table_end_growth", "table_ratio", "table_gap")
)  # fmt: skip
#: The last month of a part of the year (2026Q3 ends in 2026-09).
_LAST_MONTH = {"Q1": "-03", "H1": "-06", "Q3": "-09", "H2": "-12", "Q2": "-06", "Q4": "-12"}


def cues_by_sentence(doc: Doc) -> dict[int, list[Cue]]:
    """The cues of each sentence (both lists are in text order)."""
    cues = doc.cues
    out: dict[int, list[Cue]] = {}
    ci = 0
    for si, sentence in enumerate(doc.sentences):
        while ci < len(cues) and cues[ci].start < sentence.start:
            ci += 1
        cj = ci
        while cj < len(cues) and cues[cj].start < sentence.end:
            cj += 1
        out[si] = cues[ci:cj]
    return out


_PLAN_WORD = re.compile(r"计划|预计|力争|拟|将于|有望|争取")


def planned_clause(text: str, s: int) -> bool:
    """Whether a plan word opens the clause before ``s`` (计划今年7月开工、2026年底投产)."""
    start = max(max(text.rfind(c, max(0, s - 40), s) for c in "，。；\n") + 1, s - 40)
    return _PLAN_WORD.search(text, max(0, start), s) is not None
