"""quantities@22: numbers with their units, found by one compiled pattern.

Arabic and Chinese numerals, 万/亿 magnitudes, fractions (1/3, 三分之一), ranges
(50%-80%), ranks (第21位, 前10位, TOP3, 首位, 全国第一), shares in words (过半) and
counts of the form 六大品质. What is *not* a quantity is decided here too, by the shape of
the text around the number: years (2022年), ordinals (第二批), tier labels (千亿级), slogans
(2+2+X, 十二五, 四连冠), articles (一个, 一家家) and numbers without a unit.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Decimal

from chainatlas.extract.account_tables import account_rows
from chainatlas.extract.bare_figures import bare_figures, in_every
from chainatlas.extract.doc import Doc, Quantity
from chainatlas.extract.goal_tables import goal_rows
from chainatlas.extract.grid_tables import grid_rows
from chainatlas.extract.labels import is_class_label, names_no_amount, tier_level, told_of
from chainatlas.extract.lexicon import tier_words
from chainatlas.extract.numeral_places import place_spans
from chainatlas.extract.numerals import (
    CHINESE_DIGITS,
    MAGNITUDES,
    chinese_span,
    fraction_value,
    parse_chinese,
    parse_number,
)
from chainatlas.extract.segment_tables import segment_rows
from chainatlas.extract.tables import table_rows
from chainatlas.extract.units import UNIT_ALT, UNITS

NAME = "quantities"
VERSION = "24"

#: Arabic numbers, thousands set off by commas (1,268.35) or by a space as the national
#: standard writes them (1 268.35亿元): a lone group of three digits after one space.
_AR = r"(?:(?<!\d)(?<!\d )\d{1,3} \d{3}(?![\d ])|\d+(?:,\d{3})*)(?:\.\d+)?"
#: Chinese numerals, with a 万 inside (一万二千人) and decimals (八十六点四); 一 alone before a
#: word is an article (一家家企业), but not in 提前一年 (a year early).
_CN = (
    rf"(?!(?<!提前)一[^{CHINESE_DIGITS}万亿点])(?!零[^{CHINESE_DIGITS}点])[{CHINESE_DIGITS}]+"
    rf"(?:万(?=[一二两三四五六七八九][千百])[{CHINESE_DIGITS}]+)?(?:点[零〇一二三四五六七八九]+)?"
)
_MAG = "万亿|亿|万"
#: Every alternative starts with one of these; the lookahead lets the regex engine skip
#: the rest of the text quickly instead of trying each alternative at every position.
#: Units a range may end in (800—1000人, 10-20万吨, a wage of 4200—5200元); not 年 (2025-2027年 names years) and
#: not 万人 (1-2万人 would need the magnitude folded into both ends).
_RANGE_UNITS = (
    "%|个百分点|个月|亿元|万元|亿美元|万美元|GWh|GW|MW|万千瓦|万吨|吨|万斤|公斤|千克|斤|万辆|辆|万平方米|平方米|"
    "万亩|亩|家|个|人|名|项|天|台|套|元"
)
_FIRST = rf"(?=[\dTt{CHINESE_DIGITS}第前首过半万亿翻榜之])"
PATTERN = re.compile(
    # 3亿—4亿元: a magnitude after the first end too, where the second end has the same
    rf"{_FIRST}(?:(?P<r1>{_AR})(?:%|(?P<rmag>万|亿)(?=[-~—–至到]{_AR}(?P=rmag)))?"
    rf"(?:-|~|—|–|至|到)(?P<r2>{_AR})(?P<runit>{_RANGE_UNITS})"
    rf"|(?<![\dA-Za-z/-])(?P<fn>\d{{1,3}})/(?P<fd>\d{{1,3}})(?![\d/-])"
    rf"|百分之(?P<pct>[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)"
    rf"|(?P<cfd>[一二三四五六七八九十百]+)分之(?P<cfn>[一二三四五六七八九十]+)"
    rf"|(?P<cheng>[一二两三四五六七八九])成(?:(?=[以左上，。；、的\n　 提增降]|$)"
    r"|(?<=不足.成)|(?<=不到.成)|(?<=[约近超逾].成))"  # 由不足三成提升至92%, 约三成用电需求
    rf"|(?i:top)(?P<top>\d+)"
    rf"|第(?P<rank>\d+|[一二三四五六七八九十百]+)(?:位|名|大(?=[\u4e00-\u9fff])(?!力|幅|批|量|会)"
    rf"|(?<=排名第\d)(?=[，。；、])"
    rf"|(?:(?<=[居列]第[\d二三四五六七八九十])|(?<=[居列]第\d\d)|(?<=[居列]第十[一二三四五六七八九]))(?=[，。；、！]))"
    rf"|前(?P<front>\d+|[二三四五六七八九十百]+)(?:位|名|强|(?=[，。；、！]|$))"
    rf"|(?P<first>首位(?![\u4e00-\u9fff])|榜首|之首|第一(?=[，。；！]|、(?![二三第])|$))"
    rf"|(?P<half>过半|一半|半数)"
    rf"|(?P<digits>两位数)"
    rf"|翻了?(?P<fan>一|两|二|三|(?=番))番"
    rf"|(?<!第)(?P<big>[二两三四五六七八九十]+|[2-9])大(?=[\u4e00-\u9fff])(?!力|幅|批|量|多|型|中|大)"
    rf"|(?P<num>{_AR}|{_CN})(?P<ap1>[多余])?(?P<mag>{_MAG})?(?P<ap2>[多余])?(?P<unit>{UNIT_ALT})?"
    rf"|(?<![{CHINESE_DIGITS}“《\s每])(?P<bare>万亿|万|亿)(?P<bunit>{UNIT_ALT})?)"
)
_KEEP_MAGNITUDE_UNITS = {
    "元": ("万元", "亿元", "万亿元"),
    "美元": ("万美元", "亿美元"),
    "平方米": ("万平方米", "亿平方米"),
    "吨": ("万吨",),
    "载重吨": ("万载重吨",),
    "蒸吨": ("万蒸吨",),
    "辆": ("万辆",),
    "亩": ("万亩",),
    "千瓦": ("万千瓦",),
    "千瓦时": ("万千瓦时", "亿千瓦时"),
    "升": ("万升",),
}
#: A tier named after a count (2个千亿级, 3个百亿级): the structure counts its tiers.
TIER_AFTER = re.compile(r"[一二两三四五六七八九十百千万亿\d]+级")
_IDIOM = re.compile(
    r"千家万户|万家|千方百计|千军万马|万无一失|三心二意|四面八方|五湖四海|十全十美|百花齐放"
)
_SLOGAN_NEIGHBOUR = "+＋X"
#: What is measured per ten thousand of something (万锭用工, 万元产值能耗, 万元GDP能耗).
_PER_BARE = re.compile(
    r"(?:GDP|产值|增加值|工业增加值)?(?:综合)?(?:用工|能耗|耗能|水耗|用水|电耗|排放)|(?:高价值)?发明专利"
)
#: The words a 三大-style count counts (三大主导产业): a group named again refers back.
_BIG_NOUN = re.compile(r"[\u4e00-\u9fff]{2,6}?(?=[，。；、的产增占“”‘’（）]|$)")


def run(doc: Doc) -> Doc:
    """Append every quantity in the body and heading paragraphs to ``doc.quantities``."""
    starts = [p.start for p in doc.paragraphs]
    text = doc.text
    rows = [*table_rows(doc), *grid_rows(doc), *goal_rows(doc), *account_rows(doc),
            *segment_rows(doc)]  # fmt: skip
    rows.sort(key=lambda q: q.start)
    # paragraphs that are rows of a statistical table (a project table's row also names
    # capacities in its projects' names, read as anywhere else)
    taken = {bisect_right(starts, q.start) - 1 for q in rows if q.kind.startswith("table")}
    named: set[str] = set()  # 三大主导产业 counted once; later it names them
    places = place_spans(text)  # 万年县, 五家渠市: no 万年 or 五家 in them
    shares = in_every(doc)  # 每3辆童车就有1辆: one share, no counts of its own
    places = sorted(places + [(q.start, q.end) for q in shares])
    place_starts = [s for s, _e in places]
    for m in PATTERN.finditer(text):
        at = bisect_right(starts, m.start()) - 1
        para = doc.paragraphs[at] if starts else None
        if para is not None and (para.kind not in ("body", "heading") or at in taken):
            continue
        try:
            q = _build(m, text)
        except ValueError:
            continue  # 一百五百, 五五: Chinese digits that make no number
        if q is None or is_class_label(text, q.start, q.end, q.unit) or _titled(text, q.start):
            continue
        if _NO_COUNT.match(text, q.start):
            continue  # 前十大股东, 唯一一家, 四套班子, 时间过半: a class, "the only one", set terms
        if text[q.start - 1 : q.start] in ("×", "÷"):
            continue  # 完成率＝完成数÷年度目标×100%: a formula's constant, no figure
        k = bisect_right(place_starts, q.start) - 1
        if k >= 0 and q.end <= places[k][1]:
            continue
        signed = q.unit in ("%", "‰") or q.unit.endswith("元")
        if signed and _MINUS.match(text, max(0, q.start - 2), q.start):
            q.start, q.value = q.start - 1, -q.value  # 自然增长率-1.26‰, 上年同期为-3,512.46万元
        if q.kind == "big":
            words = _BIG_NOUN.match(text, q.end)
            group = text[q.start : words.end() if words else q.end]
            if group in named or group.endswith("看"):
                continue  # 分三大门类看: a view, not a count of the divisions
            named.add(group)
        doc.quantities.append(q)
    rows += bare_figures(doc) + shares  # 三次产业结构为17.0：27.7：55.3, 城乡居民收入比为1.78
    if rows:
        doc.quantities = sorted(doc.quantities + rows, key=lambda q: q.start)
    doc.made_by["quantities"] = f"{NAME}@{VERSION}"
    return doc


_UNIT_TOLD = re.compile(r"单位[：:]\s*$")


def _titled(text: str, at: int) -> bool:
    """Whether ``at`` lies inside the title of a work (《…人才十条》, 《…三年行动方案》): its
    numbers name it; or names a table's unit (单位：万元), which counts nothing."""
    if _UNIT_TOLD.search(text, max(0, at - 4), at):
        return True
    opened = text.rfind("《", max(0, at - 40), at)
    if opened < 0 or text.find("》", opened, at) >= 0:
        return False
    closed = text.find("》", at, at + 40)
    return closed >= 0 and text.find("\n", at, closed) < 0


_YEAR = re.compile(r"(?:19|20)\d\d")
_NO_COUNT = re.compile(
    r"(?<=前)[一二三四五六七八九十\d]+大|(?<=唯)一一|四套班子|(?<=时间)过半|三次(?=产业)"
    r"|(?<=“)[一二三四五六七八九十]个(?=[^”]{1,4}”)|[十\d]+件(?=民生实事)"
    # a government's term of five years, the span its review or plan covers: 过去五年, 今后五年,
    # 极不平凡的五年, 五年累计完成固定资产投资…, 五年间年均增长 (五年来 is told as a figure)
    r"|(?:(?<=过去)|(?<=今后)|(?<=新的)|(?<=这)|(?<=一个)|(?<=的))五年(?!来)|五年(?=累计|间?年均)"
)


#: A minus sign before a rate or an amount, not a range's dash (1-2%) nor a date's (2026-10).
_MINUS = re.compile(r"[^0-9A-Za-z.．][-－−]|^[-－−]")


def _build(m: re.Match[str], text: str) -> Quantity | None:
    # Which alternative matched, from the group that closed last: cheaper than groupdict.
    last = m.lastgroup
    s, e = m.span()
    if last == "runit":
        unit = _unit_of(m.group("runit"))
        return Quantity(s, e, parse_number(m.group("r1")), unit, parse_number(m.group("r2")),
                        kind="range")  # fmt: skip
    if last == "fd":
        if text[max(0, s - 1) : s].isdigit() or not int(m.group("fd")):
            return None
        if _YEAR.fullmatch(m.group("fn")) and _YEAR.fullmatch(m.group("fd")):
            return None  # 2025/2026年榨季: a season of two years, no fraction
        value = fraction_value(Decimal(m.group("fn")), Decimal(m.group("fd")))
        return Quantity(s, e, value, "分数")
    if last == "pct":
        return Quantity(s, e, parse_chinese(m.group("pct")), "%")
    if last == "cheng":
        if text[s - 1 : s] and text[s - 1] in CHINESE_DIGITS:
            return None  # 十成, 二三成: not a share in tenths
        return Quantity(s, e, parse_chinese(m.group("cheng")) * 10, "%", kind="cheng")
    if last == "cfn":
        value = fraction_value(parse_chinese(m.group("cfn")), parse_chinese(m.group("cfd")))
        return Quantity(s, e, value, "分数")
    if last == "digits":
        if not _GROWTH_AFTER.match(text, e):
            return None  # 两位数 of anything but a growth: no amount
        q = Quantity(s, e, Decimal(10), "%", kind="digits")
        q.qualifier = "lower"
        return q
    if last in _SIMPLE:
        return _simple(s, e, last, m.group(last))
    if last == "bare" or last == "bunit":
        return _bare(s, e, m.group("bare"), m.group("bunit"), text)
    return _general(m, text)


_QUOTED_NAME = re.compile(r"“[^”“，。]{0,8}$")
#: ``保持两位数增长``: a growth of at least 10 %.
_GROWTH_AFTER = re.compile(r"(?:以上)?(?:的)?(?:增长|增速|增幅)")
_SIMPLE = frozenset({"top", "rank", "front", "first", "half", "big", "fan"})


def _simple(s: int, e: int, kind: str, found: str) -> Quantity:
    """Ranks, shares in words and 六大-style counts."""
    if kind == "top":
        return Quantity(s, e, Decimal(found), "位", kind="top")
    if kind in ("rank", "front"):
        return Quantity(s, e, parse_number(found), "位", kind=kind)
    if kind == "first":
        return Quantity(s, e, Decimal(1), "位", kind="first")
    if kind == "half":
        return Quantity(s, e, Decimal(50), "%", kind="half")
    if kind == "fan":  # 翻一番: doubled; 翻两番: four times
        times = int(parse_chinese(found)) if found else 1  # 翻番: doubled
        return Quantity(s, e, Decimal(2) ** times, "倍", kind="fan")
    return Quantity(s, e, parse_number(found), "个", kind="big")


def _unit_of(unit: str | None) -> str:
    if unit is None:
        return ""
    return {"百分点": "个百分点", "平方千米": "平方公里", "个人": "人"}.get(unit, unit)


def _bare(s: int, e: int, mag: str, unit: str | None, text: str) -> Quantity | None:
    """``万名`` (10000 people) and ``万亿`` (a trillion yuan) written without a digit."""
    if unit is None and mag != "万亿":
        return None
    if s > 0 and text[s - 1] in "（(" and text[e : e + 1] in ("）", ")"):
        return None  # 总投资（亿元）: a column's unit, not an amount
    if _PER_BARE.match(text, e) or _IDIOM.search(text, max(0, s - 2), e + 2):
        return None  # 万锭用工由25人降至12人, 万元产值能耗: per ten thousand; 千家万户: words
    if text.startswith("级", e):
        return None  # 万吨级以上泊位: a class of berth, no amount
    if unit is None:
        return _tier(s, e, Decimal(1), mag, text)
    return _combine(s, e, Decimal(1), MAGNITUDES[mag], mag, unit)


def _general(m: re.Match[str], text: str) -> Quantity | None:
    s, e = m.span()
    num, mag, unit = m.group("num", "mag", "unit")
    if unit is None and mag is None:
        return None  # every test below also rejects; this one is cheapest and most common
    arabic = num[0].isdigit()
    before, after = text[max(0, s - 1) : s], text[e : e + 1]
    if (before and before in _SLOGAN_NEIGHBOUR) or (after and after in _SLOGAN_NEIGHBOUR):
        return None
    approx = m.group("ap1") or m.group("ap2")
    if before == "第":
        counts = unit in ("家", "个") or (unit in ("座", "条", "场") and arabic)  # 第2座加氢站
        if counts and mag is None and not approx:
            # 成为园区第9家上市企业: the ordinal of a new item counts the items so far
            return Quantity(s - 1, e, parse_number(num), unit, kind="ordinal")
        return None
    if arabic and ((before.isascii() and before.isalpha()) or before == "."):
        return None
    if _IDIOM.match(text, max(0, s - 1)) or _IDIOM.match(text, s) or told_of(unit, text, s, e):
        return None  # 千方百计; （每秒千万亿次…）; 近三年，…
    if not arabic and unit and len(unit) == 1 and text[e : e + 1] == unit:
        return None  # 一家家, 两个个: reduplication, not a count
    if names_no_amount(num, unit, mag, arabic, text, s, e):
        return None
    if unit and after == "”" and _QUOTED_NAME.search(text, max(0, s - 8), s):
        return None  # 出台“高新人才十条”: a policy's name
    if mag is not None and unit in (None, "元") and after == "级":
        return tier_level(num, mag, arabic, text, s, e)  # 千亿级, 百亿元级项目3个
    span = None if arabic else chinese_span(num)
    value = span[0] if span is not None else parse_number(num)
    if unit is None:
        if not arabic:
            q = _tier(s, e, value, mag, text)
        else:
            q = _combine(s, e, value, MAGNITUDES[mag], mag, "元" if mag != "万" else "")
    elif mag is None:
        if not arabic and unit in ("元", "美元") and len(num) < 2:
            return None  # 一元: a word, not an amount; 四千元 is one
        q = Quantity(s, e, value, _unit_of(unit))
    else:
        q = _combine(s, e, value, MAGNITUDES[mag], mag, unit)
    if q is not None and after in ("多", "余") and unit in ("年", "个月", "天", "小时"):
        q.end, approx = e + 1, after  # 三年多来: more than three years
    if q is not None and approx:
        q.qualifier = "lower"
    if q is not None and span is not None:
        q.value_max, q.kind = q.value * span[1] / span[0], "range"  # 四五千元: 4000 to 5000
    if q is not None and not arabic and q.unit in ("亿元", "万元") and q.value in (10, 100, 1000):
        q.kind = "tier"  # 百亿元: a round magnitude in words
    return q


def _combine(
    s: int, e: int, value: Decimal, factor: Decimal, mag: str, unit: str
) -> Quantity | None:
    """Keep 亿元/万辆 as units; fold 万 into the value of counts (3万名 -> 30000 名)."""
    if not unit:
        return None
    for base, spelled in _KEEP_MAGNITUDE_UNITS.items():
        if unit == base and mag + base in spelled:
            return Quantity(s, e, value, mag + base)
    if unit in UNITS and unit[0] in "亿万":
        return Quantity(s, e, value, unit)
    return Quantity(s, e, (value * factor).normalize() if factor != 1 else value, _unit_of(unit))


#: ``从一块铝锭到三百亿产业集群``: a story's span from where it began to the scale reached
#: (not ``从百亿项目到千亿产业`` or ``到百亿企业再到三百亿产业``, a row of milestones).
_GROWN_TO = re.compile(r"从[^，。；！？,;!?亿]{1,24}?(?<!再)到(?:一条|一个|一座)?[“\"]?$")
_WHAT_GREW = re.compile(r"(?:产业集群|产业链|产业|集群)")
_WHAT_GREW_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:产业集群|产业链|产业|集群)")
#: A headline's verb of growing into (一根衣架“撑”起百亿产业, 一滴油炼出近六百亿…产业).
_BROUGHT_OUT = re.compile(r"(?:[出起成升]|撬动|迈上|站上)[”\"]?(?:近|超|约)?$")


def _tier(s: int, e: int, value: Decimal, mag: str | None, text: str) -> Quantity | None:
    """A bare magnitude (千亿, 百亿, 万亿): an amount of yuan unless it labels a tier.

    ``千亿级`` labels a tier and ``百亿项目`` a kind of project: neither states an amount,
    unless a determiner points at one thing (``首个百亿项目``) or the lexicon knows the word
    (``千亿县`` = a county whose GDP passed 1000 亿元).
    """
    if mag not in ("亿", "万亿"):
        return None
    nxt = text[e : e + 1]
    value = value * (10000 if mag == "万亿" else 1)
    if nxt == "级":
        return None
    q = Quantity(s, e, value, "亿元", kind="tier")
    word = next((w for w in tier_words() if text.startswith(w, e)), None)
    if word is not None:
        q.indicator = tier_words()[word]
        return q
    if text.startswith("台阶", e):
        q.qualifier = "lower"  # 首次迈上千亿台阶: the level passed
        return q
    grown = _GROWN_TO.search(text, max(0, s - 30), s) or _BROUGHT_OUT.search(text, max(0, s - 3), s)
    if grown and (_WHAT_GREW_AFTER.match(text, e) or text.startswith(("园区", "市场"), e)):
        q.indicator = "产业规模"
        return q  # 从一块铝锭到三百亿产业集群; 一根衣架“撑”起百亿产业: the scale it grew to
    if nxt and "\u4e00" <= nxt <= "\u9fff" and nxt not in "的达元":
        if re.search(r"(?:首个|一个|该|这个|第一个)$", text[max(0, s - 4) : s]) and text.startswith(
            "项目", e
        ):
            q.indicator = "投资额"
            q.qualifier = "lower"
            return q
        return None
    return q
