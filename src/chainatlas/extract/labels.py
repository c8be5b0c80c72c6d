"""Numbers that label rather than state: years (2022年), phases (一期项目), plans' names
(三年行动), times ago (十年前), tiers (500亿级, unless aimed at or reached) and the amounts
that sort projects or firms into a class (亿元以上项目).

:mod:`quantities` asks these before it makes a figure of a number.
"""

from __future__ import annotations

import re

from chainatlas.extract.doc import Quantity
from chainatlas.extract.numerals import parse_number

#: What aims at a tier: 打造千亿级, 建成具有国际竞争力的千亿级, 向千亿级迈进, 迈上千亿级台阶.
_BUILD_BEFORE = re.compile(
    r"(?:打造成?|培育|迈向|冲刺|建设|建成|壮大为|迈上|向着?)(?:[\u4e00-\u9fff]{1,8}的)?[“\"]?$"
)


#: The words for a score before its points (综合得分78.36分, 平均得分为74.92分, 打分…以96.5分).
#: The items after it in the sentence too (得分分别为：经济基础77.58分，…；产业升级80.15分).
_SCORED = re.compile(r"(?:得分|打分|评分|总分|分值)[^。]*$")


def names_no_amount(
    num: str, unit: str | None, mag: str | None, arabic: bool, text: str, s: int, e: int
) -> bool:
    """A year (2022年), a phase (一期项目), a plan's name (三年行动) or a time ago (十年前)."""
    if unit == "年" and mag is None and is_year(num, arabic):
        return True
    clock = s > 0 and text[s - 1] in "时点"  # 18时30分, 9点30分: a time, not a score
    reach = 120 if arabic else 16  # 十分重要 far after 得分 is no score
    if unit == "分" and (clock or not _SCORED.search(text, max(0, s - reach), s)):
        return True  # 十分重要, 18时30分: a score only after 得分/打分/评分
    if unit and unit not in ("元", "美元") and text.startswith("级", e):
        return True  # 5万吨级泊位, 百米级风电叶片: a class of berth or blade, no amount
    if unit == "年" and _LISTED_YEAR.fullmatch(num):
        return True  # 附件：1．2026年市级重点项目计划表: an item's number, then a year
    if unit == "期" and text[s - 1 : s] != "分":
        return True  # 一期项目, 二期工程: which phase; only 分两期建设 counts phases
    if unit == "次" and _SESSION.match(text, e) and text[max(0, s - 4) : s].endswith(_BODIES):
        return True  # 市十八届人大五次会议: which session of the congress, not a count
    # “强链延链”三年行动; 十年前，这里还是一片农田: a plan's name, a time ago
    return unit == "年" and (_PLAN_NAMED.match(text, e) is not None or text[e : e + 1] == "前")


def tier_level(num: str, mag: str, arabic: bool, text: str, s: int, e: int) -> Quantity | None:
    """``打造千亿级集群`` (a scale aimed at) and ``全市首个千亿级产业`` (a level passed) are
    figures; 500亿级 and 培育百亿级企业2家 (a kind of firm, counted) only label a tier."""
    counted = _COUNTED_TIER.match(text, e)
    aimed = _BUILD_BEFORE.search(text, max(0, s - 14), s) is not None
    reached = _REACHED_BEFORE.search(text, max(0, s - 4), s) is not None
    if not (aimed or reached) or arabic or counted:
        return None
    value = parse_number(num) * (10000 if mag == "万亿" else 1)
    tier = Quantity(s, e + 1, value, "亿元", kind="tier", indicator="产业规模")
    tier.qualifier = "lower" if reached else "target"
    return tier


#: A tier reached (成为全市首个千亿级产业): the amount is passed.
_REACHED_BEFORE = re.compile(
    r"(?:首个|第一个|迈入|晋级为?|成为|(?<!达)到|做成|织成了?|延伸出|[”\"]出|炼成|撑起|跃上)$"
)  # 从零起步到百亿级, 把“一双袜”织成了千亿级产业集群, 一块矿石“链”出千亿级产业集群
_LISTED_YEAR = re.compile(r"\d{1,2}[.．](?:19|20)\d\d")
#: A congress's session named by its number (十八届人大五次会议, 十届区委七次全会).
_SESSION = re.compile(r"(?:全体)?(?:会议|全会)")
_BODIES = ("届", "人大", "政协", "人代会", "委", "党代会")
_PLAN_NAMED = re.compile(r"(?:行动|攻坚|倍增计划|提升计划|行动计划|行动方案)")
_COUNTED_TIER = re.compile(r"级[\u4e00-\u9fff]{1,6}?[\d一二两三四五六七八九十]+[家个]")


def is_year(num: str, arabic: bool) -> bool:
    """``2022年`` and ``二〇二〇年`` name a year, not a duration."""
    if arabic:
        return len(num) == 4 and num.isdigit() and 1900 <= int(num) <= 2100  # not 14.5年
    return len(num) == 4 and not set(num) & set("十百千两")


#: A size that sorts farms or bases into a class, then counted (万只规模羊场6个, 千亩以上标准化
#: 基地12个): the size names the class.
_SCALE_CLASS = re.compile(
    r"\s*(?:及?以上|规模)[的\u4e00-\u9fff]{0,6}?(?:场|基地|园区|园|企业|合作社|农场|车间)"
    r"\s*[\d一二两三四五六七八九十]+\s*[个家座处]"
)
_CLASS_AFTER = re.compile(r"及?以上(?:的)?[\u4e00-\u9fff]{0,6}?(?:项目|企业|法人单位)")
#: ``5亿元至10亿元项目``, ``5亿—10亿元项目``: a class bounded both ways.
_CLASS_SPAN = re.compile(r"(?:至|到|—|-|~)\d+(?:\.\d+)?[亿万]?元?(?:的)?(?:项目|企业)")
_CLASS_SPAN_END = re.compile(r"(?:的)?(?:项目|企业)")
_SPAN_BEFORE = re.compile(r"\d[亿万]?元?(?:至|到|—|-|~)$")
_ONE_OF = re.compile(r"首家|首个|作为")
_CLASS_OVER = re.compile(
    r"[\u4e00-\u9fff]{0,2}?(?:项目|企业)(?:不少于|超过|达到|达|近|约|共)?[\d一二两三四五六七八九十]"
    r"|的?[\u4e00-\u9fff]{0,4}?(?:企业|项目|单品|酒庄)(?:仅|有|达|中|，|。|、|\d)"  # 营收超50亿元的企业仅3家
    r"|的(?:仅|只|有|共)?[\d一二两三四五六七八九十]+[家个]"  # 61家企业中，营收超过10亿元的仅3家
)


#: The thresholds listed for the firms a policy rewards (对…首次突破10亿元、50亿元、100亿元的企业).
_REWARDED = re.compile(r"(?:[、和及]\d+(?:\.\d+)?[亿万]?元)*(?:以上)?的(?:企业|项目|单位)")
_FOR_WHOM = re.compile(r"对[^，。；]{0,16}(?:[、和及]\d+(?:\.\d+)?[亿万]?元)*[、和及]?$")


def is_class_label(text: str, start: int, end: int, unit: str) -> bool:
    """``亿元以上项目412个``, ``产值超10亿元企业11家``: an amount that sorts projects or
    firms into a class states nothing itself, nor does a size that sorts farms (万只规模羊场)."""
    if not unit.endswith("元"):
        return _SCALE_CLASS.match(text, end) is not None  # 建成千只以上标准化羊场12个
    if _CLASS_AFTER.match(text, end) or _CLASS_SPAN.match(text, end):
        return True
    if _CLASS_SPAN_END.match(text, end) and _SPAN_BEFORE.search(text, max(0, start - 12), start):
        return True  # 5亿元至10亿元项目5个: the upper end of a class of projects
    if _REWARDED.match(text, end) and _FOR_WHOM.search(text, max(0, start - 20), start):
        return True  # 对年营业收入首次突破10亿元、50亿元的企业: the firms a reward is for
    over = text[max(0, start - 2) : start]
    if _ONE_OF.search(text, max(0, start - 12), start):
        return False  # 作为全区首家营收超百亿元的纺织企业: what the one firm reached
    return over.endswith(("超", "过")) and bool(_CLASS_OVER.match(text, end))


def told_of(unit: str | None, text: str, s: int, e: int) -> bool:
    """Numbers that say what a unit means (（每秒千万亿次浮点运算）, 每10股派…) or the months a
    text tells of (今年前10个月, a period), not a figure; 近三年，…累计引进 is a duration."""
    if text[max(0, s - 2) : s] == "每秒" or (unit == "股" and text[s - 1 : s] == "每"):
        return True
    return unit == "个月" and text[s - 1 : s] == "前"
