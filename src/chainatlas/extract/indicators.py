"""What a figure measures, read by measure from the words around it.

- level: the noun before it, widened to a dictionary name (``产业规模``); defaults by unit;
- share: ``[numerator]占…比重``; growth: the noun before the verb, else the last level's
  indicator + 增速; gap: ``高于…``;
- count (:mod:`count_names`), rank and duration (:mod:`rank_names`) have readers of their own;
  what every reader may look at is in :mod:`figure_context`.
"""

from __future__ import annotations

import re

from chainatlas.extract.awards import award_name
from chainatlas.extract.count_names import (
    brought_in,
    capacity_name,
    count_name,
    driven,
)
from chainatlas.extract.doc import Doc, Mention, Quantity
from chainatlas.extract.figure_context import (
    BASELINE,
    Floor,
    kept_figure_ends,
    previous_figure,
    previous_indicator,
    referred_indicator,
    shortened,
)
from chainatlas.extract.growth_names import growth_name
from chainatlas.extract.label_lines import line_label, of_label_line
from chainatlas.extract.lexicon import indicators
from chainatlas.extract.multiples import goal_done_name, ratio_name, score_gap_name
from chainatlas.extract.numerators import numerator_before
from chainatlas.extract.period_words import GRANT_AFTER, RATE_BASE, rate_base
from chainatlas.extract.phrases import (
    coordinated_before,
    phrase_before,
    strip_scope_tail,
    trim_before,
)
from chainatlas.extract.rank_names import duration_name, rank_name
from chainatlas.extract.respective import INDUSTRIES_MEASURED, town_or_country
from chainatlas.extract.sentences import clause_at
from chainatlas.extract.wares import listed_output

_GAP_WORD = re.compile(r"高于|低于|快于|慢于|高出")
_SHARE_END = re.compile(r"比重|比例|占比|份额")
_PROJECT_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,4}项目")
_NOT_WORDS = re.compile(r"[“”\"'《》（）()]")
_TRADE_WITH = re.compile(r"对[^，。；]{1,16}[出进]口(?:额|总额)?$")
#: ``“万年贡米”区域公用品牌价值``: a quoted name, then what of it is measured.
_NAMED_MEASURE = re.compile(
    r"“?[^“”]{1,12}”([\u4e00-\u9fff]{0,8}?(?:品牌价值|贷款|授信|贷|收入|产值|销售额|交易额|规模))"
)
#: ``地区生产总值（GDP）``, ``细颗粒物（PM2.5）``: an abbreviation in Latin letters (and digits).
_LATIN_ASIDE = re.compile(r"[（(]([A-Za-z][A-Za-z0-9&.]{0,7})[）)]$")
_ASIDE_AFTER = re.compile(r"（[\u4e00-\u9fff]{1,6}）$")


def assign(
    doc: Doc, q: Quantity, mentions: list[Mention], figure_ends: list[int] | None = None
) -> None:
    """Fill ``q.indicator``; ``figure_ends`` (sorted ends of the kept figures of ``doc``)
    may be passed by a caller that assigns many figures of one document."""
    if q.indicator:
        return
    sentence = doc.sentences[q.sentence]
    cs, _ce = clause_at(doc, sentence, q.start)
    if figure_ends is None:
        figure_ends = kept_figure_ends(doc)
    reader = _READERS.get(q.measure or "level", _level)
    floor = Floor(figure_ends, cs, mentions)
    name = (
        line_label(doc.text, sentence.start, q.start)
        or _respectively(doc, q, cs, floor)
        or referred_indicator(doc, q, cs)
        or capacity_name(doc, q)
        or reader(doc, q, cs, floor)
        or _default(doc, q)
    )
    name = _OF.sub("", name).strip().removeprefix("的")  # …200万套的生产能力: not 的…
    name = of_label_line(doc.text, sentence.start, name)
    made = _MADE_OR_SOLD.fullmatch(name)
    if made is not None:  # 生产电解铝285万吨, 销售发动机…增长9%: its output or its sales
        name = made.group(2) + ("产量" if made.group(1) == "生产" else "销量") + made.group(3)
    if q.measure in ("level", "count"):
        name = listed_output(doc.text, sentence.start, q.start, name, q.unit)
    name = town_or_country(doc.text, sentence.start, cs, q.start, figure_ends, name)
    q.indicator = _abbreviated(doc.text, cs, q.start, _LEADING_ACT.sub("", name))
    market = _MARKET.search(doc.text, cs, q.start) if q.measure in ("level", "growth") else None
    if market is not None and q.indicator.startswith(("营业收入", "营收", "销售收入")):
        q.indicator = market.group(1) + q.indicator  # 公司境外业务实现营业收入6.42亿元
    if q.measure == "count" and q.indicator.endswith("人才"):
        q.indicator = brought_in(doc.text, cs, q.start, q.indicator)
    elif q.measure == "count" and q.unit in ("户", "家"):
        q.indicator = driven(doc.text, cs, q.start, q.indicator)  # households or firms drawn
    taking_part = _TAKING_PART.match(q.indicator) if q.measure == "count" else None
    if taking_part is not None:  # 企业参会 -> 参会企业: those counted, named by what they did
        q.indicator = taking_part.group(2) + taking_part.group(3) + taking_part.group(1)
    elif q.measure == "count" and _FIRMS_DOING.match(q.indicator):
        # 为27家企业发放贷款: the firms lent to, named by the loans
        q.indicator = q.indicator[2:] + "企业"


def _abbreviated(text: str, cs: int, pos: int, name: str) -> str:
    """``研究与试验发展（R&D）经费支出``: a name after a bracketed abbreviation in Latin
    letters is told by it (R&D经费支出); 占…的比重 -> 占…比重 is done before."""
    at = text.rfind(name[:2], cs, pos) if len(name) >= 2 else -1
    short = _LATIN_ASIDE.search(text, max(cs, at - 10), at) if at > cs else None
    return short.group(1) + name if short is not None else name


_MARKET = re.compile(
    r"(境外|海外|国外|境内|国内)(?:业务|市场)?(?:实现|完成)?(?=营业收入|营收|销售收入)"
)


#: ``120余家企业参会``, ``2860名选手报名参赛``: who took part, then what they took part in.
_TAKING_PART = re.compile(
    r"^(企业家|企业|选手|院校|高校|毕业生|客商|嘉宾|专家)"
    r"(参会|参展|参赛|报名参赛|报名|进入决赛|进入|签订|签约|入驻|到会|参与|参加)(.*)$"
)


#: ``27家企业发放贷款``, ``42家企业实施数字化改造``: firms counted by what was done for or by them.
_FIRMS_DOING = re.compile(r"^企业(?![家、和及与])[\u4e00-\u9fff]{2,}$")
_VALUE = re.compile(r"产值|营业收入|营收|增加值|主营业务收入")
#: A verb of doing opening a measure's name (建设冷库库容, 开展数字技能培训): what was built or
#: held is measured, not the doing.
_LEADING_ACT = re.compile(
    r"^(?:确保(?:此次)?|组织(?:[^开]{0,16}?开展)?)?(?:地?(?:建设|开展)(?![期周投]))?(?=[\u4e00-\u9fff]{2})"
)
_OF = re.compile(r"的(?=比重|占比|份额|比例|产值|产量|营业收入|销售收入|价格)|(?<=元)的")
_CONJUNCTION = re.compile(r"和|、|及|与")


def _respectively(doc: Doc, q: Quantity, cs: int, floor: Floor) -> str:
    """``城镇和农村居民人均可支配收入分别达到46820元和23150元``: the n-th figure after
    分别 takes the n-th member of the coordinated noun before it."""
    text = doc.text
    at = text.rfind("分别", cs, q.start)
    if at < 0:
        return ""
    named_at = at
    if not text[cs:at].strip("，,；"):  # …分别达到A和B，分别增长x和y: the list of the first
        sentence = doc.sentences[q.sentence]
        named_at = text.rfind("分别", sentence.start, cs)
        if named_at < 0:
            return ""
        floor = Floor(floor.figure_ends, clause_at(doc, sentence, named_at)[0], [])
    listed = coordinated_before(text, named_at, floor.before(named_at))
    industries = INDUSTRIES_MEASURED.fullmatch(listed)
    if industries is not None:
        return industries.group(2)  # 汽车零部件、…新材料产业产值分别增长: each industry's 产值
    parts = _CONJUNCTION.split(listed)
    if parts[0].startswith("第"):  # 第一、二、三产业: each member the 第 of the first
        parts = [p if p.startswith("第") else "第" + p for p in parts]
    if len(parts) < 2 or any(not p or len(p) > 6 for p in parts[:-1]):
        return ""
    last = parts[-1]
    # the shared noun: a dictionary indicator ending the last member (空调产量 -> 产量),
    # else what the last member has beyond the first one's length (农村居民人均可支配收入)
    tail = next((last[i:] for i in range(1, len(last) - 1) if last[i:] in indicators()), "")
    tail = tail or last[len(parts[0]) :]
    if len(tail) < 2:
        return ""
    names = [p + tail for p in parts[:-1]] + [parts[-1]]
    index = sum(
        1
        for p in doc.quantities
        if not p.drop and p.sentence == q.sentence and at < p.start < q.start
    )
    if index >= len(names):
        return ""
    grown = q.measure == "growth" and not names[index].endswith(("增速", "增长"))
    return names[index] + "增速" if grown else names[index]


#: ``设立规模20亿元的产业基金``: the size of a fund named after its amount.
_FUND_AFTER = re.compile(r"的?[\u4e00-\u9fff“”]{0,16}?基金")


def _level(doc: Doc, q: Quantity, cs: int, floor: Floor) -> str:
    if doc.text.endswith("规模", cs, q.start) and _FUND_AFTER.match(doc.text, q.end):
        return "基金规模"
    short = _SHORT_OF_GOAL.search(doc.text, cs, q.start)
    if short is not None:
        return short.group(1) + "差额"  # 距百亿目标还差23.2亿元: the shortfall
    if _THRESHOLD.match(doc.text, q.end):  # 实现产值56.3亿元，提前一年迈过五十亿台阶
        return previous_indicator(doc, q, ("level",), q.unit) or "产业规模"
    moved = shortened(doc, q, cs, floor)
    if len(moved) >= 2:
        return moved  # 营业收入由2016年的46.3亿元增长到218.64亿元: both are 营业收入
    latin = _LATIN_ASIDE.search(doc.text, max(cs, q.start - 10), q.start)
    at = latin.start() if latin else q.start  # 地区生产总值（GDP）186.74亿元: the name before it
    phrase = phrase_before(doc.text, at, floor.before(at))
    if phrase == "建设面积" and doc.text.find("规划建设面积", max(cs, q.start - 9), q.start) >= 0:
        phrase = "规划面积"  # 规划建设面积约6.8平方公里
    if phrase.endswith("规划") and q.unit in _AREA_UNITS:
        phrase = "规划面积"  # 在勐海镇规划了约5.2平方公里的茶产业园: the area planned
    phrase = _ASIDE_AFTER.sub("", phrase)  # 实际到位资金（区外境内）486.3亿元: the measure
    awarded = award_name(doc, q, cs, phrase)
    if awarded:
        return awarded  # 对链主项目最高给予1000万元奖励; 对A、B分别给予X、Y一次性奖励
    named = _named_measure(phrase)
    if named:
        return named
    if _NOT_WORDS.search(phrase) and not _TRADE_WITH.match(phrase):
        return ""  # 向“四千亿”进发: a slogan, read by the unit (对“一带一路”…出口 is trade)
    funds = _FUNDS_AFTER.match(doc.text, q.end)
    if funds is not None and _SETS_ASIDE.search(phrase):
        return funds.group(1)  # 市财政每年安排1亿元机床产业发展专项资金
    per_shares = _PER_SHARES.search(doc.text, max(cs, q.start - 16), q.start)
    if per_shares is not None:
        return per_shares.group()  # 每10股派发现金红利1.50元
    if phrase.startswith("占") and doc.text.startswith("的", q.end):
        phrase = _WHOLE_OF.sub("", phrase)  # 占全市规上工业总产值735.6亿元的42.5%: the whole
    if phrase in ("拟投", "拟投资", "投资") or (
        not phrase and _INVESTS.search(doc.text, cs, q.start)
    ):
        return "投资额"  # 拟投资35亿元; 公司投资36亿元的…项目
    if phrase == "项目总投资":
        return "总投资"  # 项目总投资26亿元: the project is the subject
    if phrase.startswith("从") or len(phrase) < 2 or BASELINE.match(phrase):
        return _restated(doc, q)
    return phrase


def _named_measure(phrase: str) -> str:
    """The measure of a quoted name (“万年贡米”区域公用品牌价值: 品牌价值, the brand being the
    subject's; “链易贷”专项贷款 keeps its name), or "" when the phrase is no such thing."""
    named = _NAMED_MEASURE.fullmatch(phrase)
    if named is None:
        return ""
    if named.group(1).endswith("品牌价值"):
        return "品牌价值"
    return phrase if phrase.startswith("“") else named.group(1)


def _restated(doc: Doc, q: Quantity) -> str:
    """A bare amount (首次突破500亿元，达到532亿元) restates the one before it; one just after a
    growth (总产值增长12%，达到545亿元) is the amount the growth reaches."""
    level = previous_indicator(doc, q, ("level",), q.unit)
    grown = previous_figure(doc, q, ("growth",)) if q.measure == "level" else None
    if level is None and grown is not None and grown.indicator and q.start - grown.end <= 10:
        return grown.indicator.removesuffix("增速")
    return level or ""


#: ``生产锂盐产品2.46万吨``, ``销售锂盐产品…增长16.7%``: what was made or sold, by its product.
_MADE_OR_SOLD = re.compile(
    r"(生产|销售)(?!性|效率|网络|总值|能力|线|基地|经营|企业|收入|成本|车间|规模|资料|设备|费用|毛利|额)"
    r"([\u4e00-\u9fff]{1,10}?)(?<![额率价比])(增速|)"
)
_SHORT_OF_GOAL = re.compile(r"([距离][^，。；]{0,16}?目标)[^，。；\d]{0,3}差$")
#: A mark passed (千亿台阶, 百亿元门槛, 五十亿大关): the level the sentence told has passed it.
_THRESHOLD = re.compile(r"(?:台阶|门槛|大关|关口)")
#: ``每年安排1亿元机床产业发展专项资金``: an amount set aside is named after it.
_FUNDS_AFTER = re.compile(r"(?:的|用于)?([\u4e00-\u9fff]{2,14}?(?:专项资金|资金|基金))")
_SETS_ASIDE = re.compile(r"安排|设立|筹集|拨付|出资|投入")
_PER_SHARES = re.compile(r"每\d+股[\u4e00-\u9fff]{2,8}$")
_RATE_TO_FIGURE = re.compile(r"[已由从的年末底提高升到至达为保持稳定在降低减少超过约近不\d.%]*")


def _rate(doc: Doc, q: Quantity, cs: int, floor: Floor) -> str:
    """``本地配套率由2020年的70%提高到83%``, ``市场占有率保持在60%以上``: a named rate
    before the figure, with nothing but verbs of change and dates between."""
    text = doc.text
    at = text.rfind("率", cs, q.start)
    if at < 0 or not _RATE_TO_FIGURE.fullmatch(text, at + 1, q.start):
        return ""
    phrase = phrase_before(text, at + 1, floor.before(at + 1))
    return phrase if len(phrase) >= 3 and phrase.endswith("率") else ""


def _share(doc: Doc, q: Quantity, cs: int, floor: Floor) -> str:
    text = doc.text
    rate = goal_done_name(doc, q, cs) or _rate(doc, q, cs, floor)
    if rate:
        return rate
    at = text.rfind("占", cs, q.start)
    like = _AS_MUCH_AS.search(text, cs, q.start) if at < 0 else None
    granted = GRANT_AFTER.match(text, q.end) if at < 0 else None
    based = RATE_BASE.search(text, cs, q.start) if granted is not None else None
    if based is not None and granted is not None:  # 按设备投资额的10%给予补助: 设备投资补助比例
        return rate_base(based) + granted.group(1) + "比例"
    if at < 0 and like is None:
        return _level(doc, q, cs, floor)
    if like is not None:  # R&D经费支出相当于地区生产总值的2.39%: its share of the whole
        at, tail = like.start(), f"占{like.group(1)}比重"
    else:
        tail = _WHOLE_AMOUNT.sub("", text[at : trim_before(text, q.start, at)])
        ends = list(_SHARE_END.finditer(tail))
        bare = tail.rstrip("的") == "占"  # 对欧盟出口占21.3%: no whole named, a share alone
        tail = tail[: ends[-1].end()] if ends else "占比" if bare else tail.rstrip("的") + "比重"
    if text[at - 1 : at] == "约":
        at -= 1  # 约占全国的三成
    lo = floor.before(at)
    held = next((m for m in floor.mentions if m.end == lo and m.type == "industry"), None)
    if held is not None and text[held.start : at] in indicators():
        return text[held.start : at] + tail  # 高新技术产业产值占…: a dictionary numerator
    numerator = phrase_before(text, at, lo) if at > cs else ""
    if not numerator and at - cs <= 1:
        return numerator_before(doc, q, tail) + tail
    if held is not None and _VALUE.fullmatch(numerator):
        return tail  # 稀土新材料产值占…: the part is the subject, 产值 adds nothing
    if numerator and not text[lo:at].endswith(numerator):
        return tail  # 锂电产业产值占…: the holder is the subject; 产值 alone adds nothing
    to = "对" if text.endswith("对", 0, at - len(numerator)) and _TRADE.search(numerator) else ""
    return to + strip_scope_tail(numerator) + tail  # 对欧盟出口占…: trade with a market


_TRADE = re.compile(r"(?:出口|进口|贸易)$")

_AS_MUCH_AS = re.compile(r"相当于([^，。；的]{2,20})的$")
#: ``占全市规上工业总产值735.6亿元的42.5%``: the whole's own amount, told inside the share.
_WHOLE_AMOUNT = re.compile(r"\d[\d.]*\s*[万亿]?(?:美元|元|吨|辆|家|人)(?=的?$)")
_INVESTS = re.compile(r"投资(?:约|超过|超|近)?\s*$")
_WHOLE_OF = re.compile(r"^占(?:全[市县区省国镇])?")


_CHANGED_SINCE = re.compile(
    r"(?:比重|占比)?((?:比|较)(?:上年同期|去年同期|上年末|上年|去年|同期|年初|(?:19|20)\d\d年末?|"
    r"上半年|前三季度|[一二三四]季度|上月|1[—-]\d{1,2}月)?)"  # 比上半年加快: against an earlier span
    r"[^，。；]{0,4}?(提高|提升|下降|降低|增加|减少|回落|加快|收窄|扩大)了?$"
)


#: ``增速比上半年加快``, ``降幅比1—7月收窄``: a growth rate against an earlier span.
_PACE = re.compile(
    r"(增速|增幅|降幅)((?:比|较)[^，。；\d]{0,6}?(?:\d{1,2}[—-]\d{1,2}月[^，。；\d]{0,3})?"
    r"(?:加快|回落|放缓|收窄|扩大|提高|下降))了?$"
)


def _gap(doc: Doc, q: Quantity, cs: int, floor: Floor) -> str:
    if q.unit == "分" and (scored := score_gap_name(doc, q, cs, floor)):
        return scored  # 创新驱动得分低于百强县平均水平2.8分
    words = list(_GAP_WORD.finditer(doc.text, cs, q.start))
    if words:
        return doc.text[words[-1].start() : trim_before(doc.text, q.start, words[-1].end())]
    paced = _PACE.search(doc.text, cs, q.start)
    grown = previous_indicator(doc, q, ("growth",)) if paced else None
    if paced is not None and grown:
        # 增长8.2%，增速比1—9月加快0.3个百分点: the growth before, against an earlier span
        rate = "降幅" if paced.group(1) == "降幅" else "增速"
        return grown.removesuffix("增速") + rate + paced.group(2)
    changed = _CHANGED_SINCE.search(doc.text, cs, q.start)
    if changed is not None and changed.start() == cs:
        # 占…比重为37.7%，比上年提高1.7个百分点: the share before, changed
        previous = previous_figure(doc, q, ("share", "growth", "ratio"))
        if previous is not None and previous.indicator:
            # 比1—7月加快0.3个百分点 after a growth: its rate changed (增速加快)
            # …比上年同期提高: the base it changed against is part of what is measured
            rate = "增速" if previous.measure == "growth" else ""
            base = changed.group(1) if len(changed.group(1)) > 1 else ""
            return previous.indicator.removesuffix("增速") + rate + base + changed.group(2)
    return _level(doc, q, cs, floor)


def _ratio(doc: Doc, q: Quantity, cs: int, floor: Floor) -> str:
    return ratio_name(doc, q, cs, floor) or _level(doc, q, cs, floor)


_READERS = {
    "count": count_name,
    "level": _level,
    "share": _share,
    "growth": growth_name,
    "gap": _gap,
    "rank": rank_name,
    "duration": duration_name,
    "ratio": _ratio,
}


def _default(doc: Doc, q: Quantity) -> str:
    """When the text names no indicator: by unit and by what the figure qualifies."""
    after = doc.text[q.end : q.end + 8]
    if doc.text.endswith("年产", max(0, q.start - 2), q.start):
        return "年产能"
    if q.unit.endswith("元") and _PROJECT_AFTER.match(after):
        return "投资额"
    if q.unit in _AREA_UNITS:
        return "规划面积" if "规划" in doc.text[max(0, q.start - 6) : q.start] else "面积"
    if q.unit.endswith("Wh") or q.unit.endswith("W"):
        return "产能"
    if q.unit.endswith("元"):
        return "产业规模"
    if q.measure == "ratio" and "翻" in doc.text[q.start : q.end]:
        return "翻番"  # 院士工作站数量翻番, 比2022年翻了一番: a doubling, named as one
    return _GENERIC_NAMES.get(q.measure or "level", "规模")


_AREA_UNITS = frozenset({"平方公里", "平方米", "万平方米", "亿平方米", "亩", "万亩", "公顷"})
#: What a figure measures when the text names nothing: the measure's own word.
_GENERIC_NAMES = {"level": "规模", "count": "数量", "share": "比重", "growth": "增速",
                  "gap": "差距", "rank": "排名", "ratio": "倍数", "duration": "时长"}  # fmt: skip
