"""Time expressions read from text: years, halves, months and days written out or told
relative to the document (去年, 今年以来, 近日), words that mean "up to now" (累计, 目前) or
"no single period" (每年), and what stands around them (到2027年 a goal, 截至 a stock's date,
是2020年的 a comparison's base). :mod:`periods` resolves them against the document's date.
"""

from __future__ import annotations

import re

from chainatlas.extract.anchors import HALF_ALT, HALVES
from chainatlas.extract.doc import Cue
from chainatlas.extract.event_dates import TO_DAY
from chainatlas.extract.numerals import parse_chinese, parse_number
from chainatlas.extract.period_rules import GOAL_NAMED, planned_clause

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
    rf"|(?:今年|本年)?(?:{_TO_MONTH}|一至|(?<![提之])前)(?P<rytd>1[0-2]|[2-9]|十[一二]?|[二三四五六七八九])个?月"
    rf"|(?P<cur>今年以来|今年|本年|近日)|(?P<next>明年)"
    r"|(?P<rep>全年(?!目标|计划|任务|预期)|年末|年底|年初|一年来)"
    r"|(?:^|(?<=[\n，。；：　 ]))(?P<dd>3[01]|[12]\d|[1-9])日(?=[，,]|上午|下午|晚上|晚间|早上|凌晨|中午)"
    r"|(?:(?<=当年)|(?<=同年)|(?<![\d—\-~年一二三四五六七八九十〇零]))"
    r"(?P<bm>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月"
    r"(?:(?P<bd>3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号])?)"
)
_GROWN_AFTER = re.compile(r"(?:分别)?(?:复合)?(?:增长|增速|增幅)")
_CLAUSE_END = re.compile(r"[，。；,;\n]")
_RELATIVE_YEAR = {"去年": "rel:prev", "明年": "rel:next"}  # 今年 / 本年: rel:cur
_NAMED_LIST = re.compile(r"[^，。；]{0,24}?(?:名单|榜单|评价|排行榜|认定结果|遴选结果)")
_COMPARE_BEFORE = re.compile(r"(?:较|比|同比|相比|对比|与)上?$")
_FROM_BEFORE = re.compile(r"(?:由|从)$")
#: A stock's date told just before its verb (截至9月末，园区拥有…).
_AS_OF_BEFORE = re.compile(
    r"截[至止](?:(?:19|20)\d\d年)?\d{1,2}月(?:末|底)?[^。；，\d]{0,2}[，,]?[^。；，\d]{0,8}$"
)
_ASIDE_BEFORE = re.compile(r"其中，?$")
_ASOF_BEFORE = re.compile(r"(?:截至|截止|截止到)$")
_BASE_BEFORE = re.compile(r"(?:是|为|超过|相当于|高于|低于|达到)“?$")
_SINCE = re.compile(r"(?:末|底)?(?:提升|提高|增长|增加|下降|降低|减少)")
_BASE_AFTER = re.compile(r"(?:全年|年末|年底|末|底)?的")
#: ``到2027年``, ``预计2026年``: the year of a goal, which later figures inherit only if
#: they are goals too (``预计可达49亿平方米``), and which never dates 全年 or 9月21日.
_TARGET_BEFORE = re.compile(r"(?:到|预计|力争|计划|争取|目标|预期)$")
_CHANGE_VERB = re.compile(
    r"增至|增加到|增长到|提高到|提升到|上升到|降至|下降到|减少到|增长至|提高至|提升至|达到|到"
)
_NAMED_EVENT = re.compile(
    r"[^，。；！？：\d]{2,40}?(?:大会|推介会|博览会|交易会|洽谈会|推进会|对接会|座谈会|发布会|峰会|论坛|"
    r"大赛|招商会|活动)"
)


def read_cue(m: re.Match[str], text: str) -> Cue | None:
    """The cue a match of ``CUE`` makes: its period, whether it is explicit, a goal's,
    a comparison's base or a stock's date; None where it dates no figure."""
    if m.lastgroup not in ("y", "h", "ytd", "m", "d", "cy") and _COMPARE_BEFORE.search(
        text, max(0, m.start() - 2), m.start()
    ):
        return None  # 比1—7月回落, 较一季度提高: a baseline, not the period of the figure
    cue = _read_cue(m, text)
    if cue is not None and m.group("rh") and text.startswith("以来", m.end()):
        cue.carry = False  # 二季度以来逐月回升: a trend told since then, no frame for what follows
    if cue is not None and text.startswith(("当月", "单月"), m.end()):
        cue.carry = False  # 9月当月…增长8.1%。分企业规模看…: the month's own, not the span's
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
    if last in ("plan", "cum", "local", "none"):
        return _span_cue(m, text)
    if m.group("prevsame"):
        if not m.group("of"):
            return None  # 较去年同期提高: a comparison
        cue = _from_cue(Cue(s, e, "rel:prevsame", True), text)
        cue.carry = False  # 是去年同期的2.3倍: dates its own clause's base, nothing after
        cue.base = _TIMES_AFTER.match(text, e) is not None
        return cue
    if last == "ago":
        return Cue(s, e, f"rel:ago:{int(parse_number(m.group('ago')))}", True)  # 十年前
    if last == "dd":
        return Cue(s, e, f"rel:day:{int(m.group('dd')):02d}", True)  # 13日上午，… of the month told
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
        return _half_cue(text, s, e, kind, half, last == "rh")
    if last == "rytd":
        kind += f":-{int(parse_number(m.group('rytd'))):02d}"
        return Cue(s, e, kind, True, span=True)
    if last == "bm" and not m.group("bm")[0].isdigit() and text.startswith("一", e):
        return None  # “一月一分析、一季一攻坚”: a routine, not January
    if last in ("bm", "bd"):
        spans = m.group("bd") is not None and TO_DAY.match(text, e) is not None
        kind += f":{int(parse_number(m.group('bm'))):02d}" + (
            f"-{int(parse_number(m.group('bd'))):02d}" if m.group("bd") and not spans else ""
        )  # 7月1日至5日: the days of a month, told as the month
        if _ASIDE_BEFORE.search(text, max(0, s - 3), s):
            return Cue(s, e, kind, True, carry=False)  # 其中3月份增长10.4%: an aside
        month_end = last == "bm" and text[e : e + 1] in ("末", "底")
        if month_end and not _ASOF_BEFORE.search(text, max(0, s - 2), s):
            # 3月末，企业193家: a stock at a month's end, which dates no later flow
            return Cue(s, e + 1, kind, True, carry=False, asof=True)
    if last == "next" and _HALF_AFTER.match(text, e):
        return Cue(s, e, kind, True, carry=False, limit=e)  # 明年二季度: the quarter dates it
    return Cue(s, e, kind, True)


def _half_cue(text: str, s: int, e: int, kind: str, half: str, bare: bool) -> Cue:
    """A half or a quarter: this year's, the year before's (去年上半年), the year last told's
    (2024年…第四季度) or next year's (明年一季度), which dates its own clause only."""
    if bare and "季度" in half and not text.startswith(("今年", "本年"), s):
        kind = "rel:half"  # 第四季度 after 2024年…: that year's quarter
    if bare and text.endswith("明年", 0, s):
        # 订单排产已至明年一季度; 二期明年二季度建成投产: a time ahead, framing no later clause
        stop = min((k for k in (text.find("；", e), text.find("。", e)) if k >= 0), default=e)
        return Cue(s, e, "rel:next:" + HALVES[half], True, carry=False, limit=stop)
    kind += ":" + HALVES[half]
    if _ASIDE_BEFORE.search(text, max(0, s - 3), s):
        return Cue(s, e, kind, True, carry=False)  # 其中，第二季度单季…: an aside
    return Cue(s, e, kind, True)


_HALF_AFTER = re.compile(HALF_ALT)
#: A span of days written earlier in the sentence (5月18日至21日): a trip's or a fair's.
_DATED_BEFORE = re.compile(r"\d{1,2}月\d{1,2}日[至到—~-](?:\d{1,2}月)?\d{1,2}日")


def _paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n", max(0, pos - 200), pos) + 1


def _span_cue(m: re.Match[str], text: str) -> Cue | None:
    """A cue of no single date: a five-year plan's span, "up to now" (累计, 目前, 年均增长) or
    "no single period" (每年); None for 先后 on the days of a trip, which dates nothing."""
    s, e = m.span()
    last = m.lastgroup
    if last == "plan":
        # “十四五”时期…增加到486.3亿元: the five-year plan's last year (十一五: 2006–2010)
        end = 2005 + 5 * (int(parse_chinese(m.group("plan"))) - 10)
        return Cue(s, e, str(end), True, carry=False, goal=planned_clause(text, s))
    if last == "cum":
        if m.group() == "先后" and _DATED_BEFORE.search(text, _paragraph_start(text, s), s):
            return None  # 5月18日至21日，…。代表团先后走访企业16家: one by one on those days
        return Cue(s, e, "cumulative", False)
    if last == "local":
        if _AS_OF_BEFORE.search(text, max(0, s - 24), s):
            return None  # 截至9月末，园区拥有…86家: as of the month told, not up to now
        return Cue(s, e, "cumulative", False, carry=False)
    if m.group() == "年均" and _GROWN_AFTER.match(text, e):
        # 由2020年的176.5亿元增加到312.8亿元，年均增长12.1%: the mean over the years up to now
        ends = _CLAUSE_END.search(text, e)
        limit = ends.start() if ends is not None else len(text)
        return Cue(s, e, "cumulative", False, carry=False, limit=limit)
    return Cue(s, e, "unknown", False)


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
        cue = Cue(s, e, _explicit(m), True, goal=_aimed_at(text, s, e), written=True)
        cue.span = m.group("ytd") is not None
        return _from_cue(cue, text) if _FROM_BEFORE.search(text, max(0, s - 1), s) else cue
    period = str(parse_chinese(m.group("cy").replace("〇", "零")))
    if m.group("cm"):  # 二〇二四年十月二十二日
        period += f"-{int(parse_chinese(m.group('cm'))):02d}"
        if m.group("cdd"):
            period += f"-{int(parse_chinese(m.group('cdd'))):02d}"
    cue = Cue(s, e, period, True, goal=_aimed_at(text, s, e), written=True)  # 到二〇二七年
    return _from_cue(cue, text)


def _aimed_at(text: str, s: int, e: int) -> bool:
    """Whether the year written at ``s`` is a goal's (到2027年, 力争…, a planned clause, or
    the year a goal names: 提前一年实现2026年迈上百亿台阶的目标)."""
    return (
        _TARGET_BEFORE.search(text, max(0, s - 3), s) is not None
        or planned_clause(text, s)
        or GOAL_NAMED.match(text, e) is not None
    )


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


#: A multiple right after its base (去年同期的2.3倍).
_TIMES_AFTER = re.compile(r"\d+(?:\.\d+)?倍")


def _from_cue(cue: Cue, text: str) -> Cue:
    """``由2020年末的12家增至58家``: the date holds only up to the verb of change."""
    before = _FROM_BEFORE.search(text, max(0, cue.start - 1), cue.start)
    if before or text.startswith("的", cue.end) or text.startswith("末的", cue.end):
        verb = _CHANGE_VERB.search(text, cue.end, cue.end + 20)
        cue.carry = False
        cue.limit = verb.start() if verb else cue.end + 20
    return cue
