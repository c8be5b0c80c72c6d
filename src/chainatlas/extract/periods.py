"""periods@6: the time each figure refers to, with inheritance and relative periods.

Time expressions (2023年上半年, 2016年9月, 2021年12月29日, 二〇二〇年) and words that mean
"up to now" (累计, 目前, 如今, 近年来, N年来, 已建, 拥有, 集聚, and 年均 before 增长: a mean
over the years so far) or "no single period" (每年, 年均) are cues; a five-year plan's span
(“十四五”时期) dates what was reached in it by the plan's last year. Relative expressions are read against the document's own date (a short
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

from chainatlas.extract import ceremony
from chainatlas.extract.anchors import (
    HALF_ALT,
    HALVES,
    Anchors,
    lately,
    read_anchors,
    time_written,
    year_of_month,
)
from chainatlas.extract.doc import Cue, Doc
from chainatlas.extract.numerals import parse_chinese, parse_number
from chainatlas.extract.period_rules import (
    TABLE_KINDS,
    as_event_date,
    cues_by_sentence,
    framed,
    period_for,
    planned_clause,
    widen_yearly_plans,
)

NAME = "periods"
VERSION = "6"

#: ``1—10月``: the year so far, dated by the month it ends at (as 1—6月 is H1).
_TO_MONTH = r"1[-—–~至]"
CUE = re.compile(
    r"(?=[\d目如至截一二三四五六七八九十〇零近多先拥集已累现在每年平今去明过本全上下前第])"
    rf"(?:(?P<y>(?:19|20)\d\d)年(?:度)?(?:(?P<h>{HALF_ALT})|{_TO_MONTH}(?P<ytd>1[0-2]|[2-9])月"
    rf"|(?P<m>1[0-2]|0?[1-9])月"
    rf"(?:(?P<d>3[01]|[12]\d|0?[1-9])[日号])?)?"
    r"|(?P<cy>[〇零一二三四五六七八九]{4})年(?:(?P<cm>十[一二]?|[一二三四五六七八九])月"
    r"(?:(?P<cdd>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号])?)?"
    r"|(?P<plan>十[一二三四五])五”?(?:时期|期间)"
    r"|(?P<cum>目前|如今|至今|截至目前|一直以来|近年来|多年来|多年以来"
    r"|(?!一年来)[\d一二两三四五六七八九十]+年来|先后)"
    r"|(?P<ago>\d{1,2}|[一二两三四五六七八九十]{1,3})年前(?!后)"
    r"|(?P<local>拥有|集聚了|已建成|累计|现有|已有|已建|在建)"
    r"|(?P<none>每年|年均|每月|平均每年)"
    r"|(?P<ry>今年|本年|去年|明年)(?P<rm>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月"
    r"(?:(?P<rd>3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号])?"
    rf"|(?P<prevsame>去年同期)(?P<of>的)?"
    rf"|去年(?P<ph>{HALF_ALT})|(?P<prev>过去一年|去年(?:全年)?)"
    rf"|(?:今年|本年)?(?P<rh>{HALF_ALT})"
    rf"|(?:今年|本年)?(?:{_TO_MONTH}|一至|前)(?P<rytd>1[0-2]|[2-9]|十[一二]?|[二三四五六七八九])个?月"
    rf"|(?P<cur>今年以来|今年|本年|近日)|(?P<next>明年)"
    r"|(?P<rep>全年|年末|年底|年初|一年来)"
    r"|(?:(?<=当年)|(?<=同年)|(?<![\d—\-~年一二三四五六七八九十〇零]))"
    r"(?P<bm>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月"
    r"(?:(?P<bd>3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号])?)"
)
_GROWN_AFTER = re.compile(r"(?:复合)?(?:增长|增速|增幅)")
_CLAUSE_END = re.compile(r"[，。；,;\n]")
_RELATIVE_YEAR = {"去年": "rel:prev", "明年": "rel:next"}  # 今年 / 本年: rel:cur
_YEAR_STEP = {"prev": -1, "next": 1}
_NAMED_LIST = re.compile(r"[^，。；]{0,24}?(?:名单|榜单|评价|排行榜|认定结果|遴选结果)")
_COMPARE_BEFORE = re.compile(r"(?:较|比|同比|相比|对比|与)上?$")
_FROM_BEFORE = re.compile(r"(?:由|从)$")
_ASIDE_BEFORE = re.compile(r"其中，?$")
_ASOF_BEFORE = re.compile(r"(?:截至|截止|截止到)$")
_BASE_BEFORE = re.compile(r"(?:是|为|超过|相当于|高于|低于|达到)$")
_SINCE = re.compile(r"(?:末|底)?(?:提升|提高|增长|增加|下降|降低|减少)")
_BASE_AFTER = re.compile(r"(?:全年|年末|年底|末|底)?的")
#: ``到2027年``, ``预计2026年``: the year of a goal, which later figures inherit only if
#: they are goals too (``预计可达49亿平方米``), and which never dates 全年 or 9月21日.
_TARGET_BEFORE = re.compile(r"(?:到|预计|力争|计划|争取|目标|预期)$")
_CHANGE_VERB = re.compile(
    r"增至|增加到|增长到|提高到|提升到|上升到|降至|下降到|减少到|增长至|提高至|提升至|达到|到"
)
_NAMED_EVENT = re.compile(
    r"[^，。；！？：\d]{2,40}?(?:大会|推介会|博览会|交易会|洽谈会|峰会|论坛|大赛|招商会|活动)"
)


def run(doc: Doc) -> Doc:
    anchors = read_anchors(doc)
    skip = doc.paragraphs[anchors.date_paragraph] if anchors.date_paragraph >= 0 else None
    cues = []
    for m in CUE.finditer(doc.text):
        if skip is not None and skip.start <= m.start() < skip.end:
            continue
        cue = _cue(m, doc.text)
        if cue is not None:
            cues.append(cue)
    doc.cues = cues
    _past_ends(doc)
    _assign(doc, anchors)
    widen_yearly_plans(doc)
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


def _cue(m: re.Match[str], text: str) -> Cue | None:
    if m.lastgroup not in ("y", "h", "ytd", "m", "d", "cy") and _COMPARE_BEFORE.search(
        text, max(0, m.start() - 2), m.start()
    ):
        return None  # 比1—7月回落, 较一季度提高: a baseline, not the period of the figure
    cue = _read_cue(m, text)
    if cue is not None and cue.explicit:
        s, e = m.span()
        cue.asof = _ASOF_BEFORE.search(text, max(0, s - 2), s) is not None
        if _BASE_AFTER.match(text, e) and _BASE_BEFORE.search(text, max(0, s - 3), s):
            cue.base, cue.carry = True, False
        elif text[s - 1 : s] == "于" and m.group("y"):
            cue.aside = True  # 该项目于2023年8月开工: an aside on the past, not the frame
    return cue


def _read_cue(m: re.Match[str], text: str) -> Cue | None:
    s, e = m.span()
    last = m.lastgroup
    if m.group("y") or m.group("cy"):
        return _year_cue(m, text)
    if last == "plan":
        # “十四五”时期…增加到486.3亿元: the five-year plan's last year (十一五: 2006–2010)
        end = 2005 + 5 * (int(parse_chinese(m.group("plan"))) - 10)
        return Cue(s, e, str(end), True, carry=False, goal=planned_clause(text, s))
    if last == "cum":
        return Cue(s, e, "cumulative", False)
    if last == "local":
        return Cue(s, e, "cumulative", False, carry=False)
    if last == "none":
        if m.group() == "年均" and _GROWN_AFTER.match(text, e):
            # 由2020年的176.5亿元增加到312.8亿元，年均增长12.1%: the mean over the years up to now
            ends = _CLAUSE_END.search(text, e)
            limit = ends.start() if ends is not None else len(text)
            return Cue(s, e, "cumulative", False, carry=False, limit=limit)
        return Cue(s, e, "unknown", False)
    if m.group("prevsame"):
        if not m.group("of"):
            return None  # 较去年同期提高: a comparison
        return _from_cue(Cue(s, e, "rel:prevsame", True), text)
    if last == "ago":
        return Cue(s, e, f"rel:ago:{int(parse_number(m.group('ago')))}", True)  # 十年前
    kind = {"ph": "rel:prev", "prev": "rel:prev", "rh": "rel:cur", "cur": "rel:cur",
            "rytd": "rel:ytd", "rep": "rel:rep", "bm": "rel:md", "bd": "rel:md",
            "rm": "rel:cur", "rd": "rel:cur", "next": "rel:next"}[last or "cur"]  # fmt: skip
    if text.startswith("近日", s):
        return Cue(s, e, "rel:lately", True)  # 近日: the date line's month
    if last in ("rm", "rd"):
        month = int(parse_number(m.group("rm")))
        kind = _RELATIVE_YEAR.get(m.group("ry"), "rel:cur") + f":-{month:02d}"
        day = f"-{int(parse_number(m.group('rd'))):02d}" if m.group("rd") else ""
        return Cue(s, e, kind + day, True)
    half = m.group("ph") or m.group("rh")
    if half:
        if last == "rh" and "季度" in half and not text.startswith(("今年", "本年"), s):
            kind = "rel:half"  # 第四季度 after 2024年…: that year's quarter
        kind += ":" + HALVES[half]
        if _ASIDE_BEFORE.search(text, max(0, s - 3), s):
            return Cue(s, e, kind, True, carry=False)  # 其中，第二季度单季…: an aside
    if last == "rytd":
        kind += f":-{int(parse_number(m.group('rytd'))):02d}"
    if last == "bm" and not m.group("bm")[0].isdigit() and text.startswith("一", e):
        return None  # “一月一分析、一季一攻坚”: a routine, not January
    if last in ("bm", "bd"):
        spans = m.group("bd") is not None and _TO_DAY.match(text, e) is not None
        kind += f":{int(parse_number(m.group('bm'))):02d}" + (
            f"-{int(parse_number(m.group('bd'))):02d}" if m.group("bd") and not spans else ""
        )  # 7月1日至5日: the days of a month, told as the month
        if _ASIDE_BEFORE.search(text, max(0, s - 3), s):
            return Cue(s, e, kind, True, carry=False)  # 其中3月份增长10.4%: an aside
        month_end = last == "bm" and text[e : e + 1] in ("末", "底")
        if month_end and not _ASOF_BEFORE.search(text, max(0, s - 2), s):
            # 3月末，企业193家: a stock at a month's end, which dates no later flow
            return Cue(s, e + 1, kind, True, carry=False, asof=True)
    return Cue(s, e, kind, True)


_TO_DAY = re.compile(r"[至到—~-]\d{1,2}日")


def _year_cue(m: re.Match[str], text: str) -> Cue | None:
    """A written year, in Arabic or Chinese numerals, with what stands around it."""
    s, e = m.span()
    if _COMPARE_BEFORE.search(text, max(0, s - 2), s):
        # 较2020年提升30%—40%: a change since a past year, up to now
        return Cue(s, e, "cumulative", False, carry=False) if _SINCE.match(text, e) else None
    if m.group("y") and text.startswith("以来", e):
        return Cue(s, e + 2, "cumulative", False)  # 2022年以来: up to now
    if m.group("y") and (e == m.end("y") + 1 or m.group("h")) and _NAMED_EVENT.match(text, e):
        return None  # 2025年(第二季度)…推介会暨…签约活动举行: the time of a name, not a period
    if m.group("y") and text.startswith("度", m.end("y") + 1) and _NAMED_LIST.match(text, e):
        return None  # 7月，…公布2025年度浙江省瞪羚企业名单: the list's name, not the period
    if m.group("y"):
        cue = Cue(s, e, _explicit(m), True, goal=_aimed_at(text, s), written=True)
        return _from_cue(cue, text) if _FROM_BEFORE.search(text, max(0, s - 1), s) else cue
    period = str(parse_chinese(m.group("cy").replace("〇", "零")))
    if m.group("cm"):  # 二〇二四年十月二十二日
        period += f"-{int(parse_chinese(m.group('cm'))):02d}"
        if m.group("cdd"):
            period += f"-{int(parse_chinese(m.group('cdd'))):02d}"
    cue = Cue(s, e, period, True, goal=_aimed_at(text, s), written=True)  # 到二〇二七年
    return _from_cue(cue, text)


def _aimed_at(text: str, s: int) -> bool:
    """Whether the year written at ``s`` is a goal's (到2027年, 力争…, a planned clause)."""
    return _TARGET_BEFORE.search(text, max(0, s - 3), s) is not None or planned_clause(text, s)


def _explicit(m: re.Match[str]) -> str:
    y = m.group("y")
    if m.group("h"):
        return y + HALVES[m.group("h")]
    if m.group("ytd"):
        return f"{y}-{int(m.group('ytd')):02d}"
    if m.group("d"):
        return f"{y}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"
    if m.group("m"):
        return f"{y}-{int(m.group('m')):02d}"
    return y


def _from_cue(cue: Cue, text: str) -> Cue:
    """``由2020年末的12家增至58家``: the date holds only up to the verb of change."""
    before = _FROM_BEFORE.search(text, max(0, cue.start - 1), cue.start)
    if before or text.startswith("的", cue.end) or text.startswith("末的", cue.end):
        verb = _CHANGE_VERB.search(text, cue.end, cue.end + 20)
        cue.carry = False
        cue.limit = verb.start() if verb else cue.end + 20
    return cue


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
        if written and state is not None and state.start == 0 and lately(rest, anchors):
            written = False  # a new paragraph's 3月18日, a week before the date line
        if cue.asof:
            written = False  # 2024年，…产值…。截至5月末，全市…企业达到93家: up to the date line
        year = in_force if written else year_of_month(rest, anchors)
        return f"{year}-{rest}" if year else None
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
    return str(year + _YEAR_STEP.get(kind, 0)) + rest  # cur, ytd (1—10月), prev, next


def _year_of(cue: Cue | None) -> int | None:
    if cue is None or not cue.explicit or cue.goal or not cue.period[:4].isdigit():
        return None
    return int(cue.period[:4])


def widen(period: str) -> str:
    """A month or a day widened to its year (``2016-09`` -> ``2016``)."""
    return period[:4] if "-" in period else period


def _assign(doc: Doc, anchors: Anchors) -> None:
    by_sentence = cues_by_sentence(doc)
    facts: dict[int, list[int]] = {}
    for qi, q in enumerate(doc.quantities):
        facts.setdefault(q.sentence, []).append(qi)
    title_at = doc.title_index()
    frame = ceremony.find(doc, by_sentence, lambda cue: resolve(cue, None, anchors))
    state: Cue | None = None
    lasting: Cue | None = None  # the cue in force but for asides: what a paragraph passes on
    framing: Cue | None = None  # the last cue written, unwidened, whatever paragraph it was in
    day: Cue | None = None  # the last day written (7月2日上午，…推介会举行)
    box: Cue | None = None  # the date a heading gives the label lines under it
    paragraph = told = -1  # the paragraph read, and the last one that told of anything
    dated: list[Cue] = []
    for si, sentence in enumerate(doc.sentences):
        if sentence.paragraph != paragraph:
            paragraph = sentence.paragraph
            kind = doc.paragraphs[paragraph].kind
            if kind in ("caption", "footer", "credit", "byline", "question"):
                continue
            # a heading starts afresh, and the title's year is not the body's (鹰铜股份2024年
            # 营收增长…: 3月27日 in the body is the date line's year)
            carried = kind != "heading" and told != title_at
            told = paragraph
            state = lasting = _carried(lasting, anchors) if carried else None
            # 【集群数据一览】（截至2025年末） / 营业收入：６１２．８亿元: a box's lines, its date
            boxed = kind == "heading" and _LABEL_LINE.match(
                doc.text, doc.paragraphs[paragraph].start
            )
            state = lasting = box if boxed else state
            box = box if boxed else None
        raw_cues = by_sentence.get(si)
        own: list[Cue] = []
        if raw_cues:
            pairs = _resolved(raw_cues, state, anchors)
            own = [_in_passing(doc, raw, done, anchors) for raw, done in pairs]
            dated += [as_event_date(doc.text, raw, done) for raw, done in pairs]
        if frame is not None:
            ceremony.follow(frame, doc, si, own)
        # 推介会现场签约项目5个: signed on the day of the happening last dated
        spot = day if not own and _ON_THE_SPOT.match(doc.text, sentence.start) else None
        state = spot or state  # and the sentences after it in its paragraph (其中，…项目…)
        for qi in facts.get(si, []):
            q = doc.quantities[qi]
            # a table's cells are of the span its title or header names, row after row
            table = q.kind in TABLE_KINDS and not own
            given = spot or (framed(framing, anchors) if table else state)
            q.period = period_for(doc, own, given, q, anchors)
            if frame is not None:
                q.period = ceremony.period(frame, doc, q, own, state) or q.period
        if kind == "heading" and own and own[-1].explicit:
            box = own[-1]
        # a row's own aside (地区生产总值（前三季度）) frames no other row
        row = bool(own) and any(doc.quantities[qi].kind in TABLE_KINDS for qi in facts.get(si, []))
        for cue in own:
            if cue.carry:
                state = cue
                lasting = lasting if cue.aside else cue
                framing = framing if cue.aside or cue.goal or row else cue
            day = cue if len(cue.period) == 10 and cue.explicit and not cue.goal else day
    doc.cues = dated


_LABEL_LINE = re.compile(r"[\u4e00-\u9fff]{2,12}[：:]")
_ON_THE_SPOT = re.compile(r"(?:[\u4e00-\u9fff]{0,8}?(?:会|仪式|活动))?现场")


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


def _carried(state: Cue | None, anchors: Anchors) -> Cue | None:
    """What a new paragraph inherits of the cue in force: a dated one, widened to its year."""
    if state is None or not state.explicit:
        return None
    period = _widen_to(state.period, anchors)
    return Cue(0, 0, period, True, goal=state.goal, written=state.written)


def _widen_to(period: str, anchors: Anchors) -> str:
    """What a new paragraph inherits: the year, or the span of a monthly release in it."""
    year = widen(period)
    return anchors.frame if anchors.frame and anchors.frame[:4] == year else year


def _resolved(own: list[Cue], state: Cue | None, anchors: Anchors) -> list[tuple[Cue, Cue]]:
    """Each cue of a sentence with its period resolved, in order; unresolvable ones left out."""
    out = []
    for cue in own:
        period = resolve(cue, state, anchors)
        if period is None:
            continue
        done = cue
        if cue.asof and anchors.current and period[:4].isdigit():
            if int(period[:4]) >= anchors.current:
                period = "cumulative"  # 截至6月底: up to now
            up_to_now = period == "cumulative"
            done = Cue(cue.start, cue.end, period, not up_to_now, carry=up_to_now and cue.carry,
                       asof=True,
                       written=cue.written)  # fmt: skip
        elif period != cue.period:
            done = Cue(cue.start, cue.end, period, cue.explicit, cue.carry, cue.limit, cue.goal,
                       base=cue.base, aside=cue.aside)  # fmt: skip
        out.append((cue, done))
        if done.carry:
            state = done
    return out
