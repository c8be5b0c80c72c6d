"""measures@16: what kind of statement each figure makes.

level (an amount), growth (同比增长 …%), share (占…比重, 过半, 1/3), gap (高于…个百分点),
rank (第N位 of a field of M, 首位, 前N位, TOPN), count (家/个/位/名/项), duration (年/天),
ratio (倍, other percentages). A count that only sizes the field of a rank (全省 95 个县市区
第 21 位) becomes that rank's ``rank_of`` instead of a fact of its own.
"""

from __future__ import annotations

import re

from chainatlas.extract.doc import Doc, Quantity
from chainatlas.extract.numerals import parse_number
from chainatlas.extract.period_words import GRANT_AFTER
from chainatlas.extract.sentences import clause_at
from chainatlas.extract.units import COUNT_UNITS

NAME = "measures"
VERSION = "18"

#: The note on a ratio told against another thing (:func:`_against_other`), for its name.
COMPARED = "compared with another thing"
DURATION_UNITS = frozenset({"年", "天", "个月", "分钟", "小时", "秒", "个工作日", "工作日"})
#: Things counted by the piece even when written with 万 (108.6万辆 is 1,086,000 vehicles;
#: a table's 万盒 / 万副 column gives boxes and frames by the piece).
THING_UNITS = frozenset({"辆", "万辆", "盒", "副", "瓶", "粒"})
#: Verbs of a fall or a cut (下降2.7%, 审批时限压缩60%, 成本降了近三成).
_FALL_VERBS = "下降|减少|降低|缩短|压缩|减产|降|减"
_DECLINE = re.compile(rf"(?:{_FALL_VERBS}|回落|下滑)了?$")
#: A change verb right before a part told in words (缩短一半, 降了近三成, 增长了一半以上).
_CHANGED_BY = re.compile(rf"(?:增长|提高|提升|增加|{_FALL_VERBS})了?$")
#: The unit of a pair or list told once, after the last (6.6个和10.0个百分点, 1.9个、3.8个和3.7个百分点).
_POINTS_AFTER = re.compile(
    r"(?:\s*[和、与及]\s*-?\d[\d.]*\s*个(?!百分点))*\s*[和、与及]\s*-?\d[\d.]*\s*个百分点"
)
#: A count told as fewer than its base (常住人口…比上年末减少0.18万人): a change of -1,800.
_FEWER_THAN = re.compile(r"[比较][^，。；]{1,10}?减少了?\s*$")
_NARROWED = re.compile(r"(?:收窄|缩小)了?$")
_LOWER_THAN = re.compile(r"[较比][^，。；]{1,16}?低了?(?:约|近)?$")
_EASED = re.compile(r"降幅|跌幅|降速|下降幅度|减幅")
_SHARE = re.compile(
    r"占|比重|占比|份额|比例|权重|进度|增长面|亏损面|(?<!增长)(?<!利润)(?<!收益)(?<!毛利)(?<!净利)率|相当于[^，。；]{2,20}的$"
    r"|投入强度|盖度|纯度|依存度|依赖度|(?<![目标计划任务预算的])完成$"  # 研发投入强度3.6%, 植被盖度62.5%,
    # 产品纯度99.99%, 对外依存度约60%, 主体工程已完成85%: parts of a whole
)
#: 完成全年预算的78.3%: the part of a goal done, a share while it is a part (108.6% is a ratio).
_GOAL_DONE = re.compile(r"(?:目标|预算|计划|任务)(?:\d[\d.]*(?:万|亿)?元)?的$")
_GOAL_SET = re.compile(r"目标|计划|任务")
_GROWTH = re.compile(
    r"增长(?!面)|增速|增幅|提升|提高|上升|下降|减少|增加(?!值)|回落|下滑|翻番|降低|降幅|上涨|涨幅|下跌|跌幅"
    r"|缩短|压缩|减产|降了|减了"
)
#: A change told against a base (比去年同期多了近四成, 比行业平均水平低约15%): a growth,
#: a fall after 少/低.
_COMPARED = re.compile(
    r"比(?![重例])[^，。；]{1,16}?([多少高低])(?:收|卖|产|挣|赚|销|用)?了?(?:约|近|超|逾)?$"
)
#: A count per head of population (每万人高价值发明专利拥有量7.2件): a ratio, not a count.
_PER_HEAD = re.compile(
    r"每[万千百]?人|万人(?=[\u4e00-\u9fff]{0,12}拥有)|每[万千百]?(?:名|位)?(?:常住)?(?:人口|工人|从业人员)"
    r"|每万锭"  # 每千常住人口执业（助理）医师3.12人, 每万锭用工18人
)
#: Between a figure and the one it moved to (由15.6%提高到去年的22.9%, 从18%升至).
_MOVED_TO = re.compile(
    r"\s*(?:提高|提升|上升|升|增加|增长|下降|降低|减少|降|扩大|缩小)(?:到|至)[^，。；\d]{0,8}"
)
#: A score told against another (低于…平均水平2.8分, 比上年提高1.36分): a gap between scores.
_SCORE_CHANGE = re.compile(
    r"(?:低于|高于|高出|提高|提升|下降|增加|减少|比[^，。；]{1,12}?[高低])[^，。；\d]{0,16}$"
)
#: A gap told below its base (低于全省4.6个百分点, 滞后序时进度3.3个百分点): negative.
_BELOW = re.compile(r"(低于|慢于|落后于?|滞后于?|高于|快于|高出|领先)")
#: A change told in times of the base: 增长1.6倍 is +160 %, unlike 是2020年的2.8倍.
_GROWN_BY = re.compile(r"(?:增长|增加|提高|提升|上升)了?$")
#: What stands between a field's size and the rank in it: 95个县市区第21位, 102个县（市）第2位,
#: 10个县（市）区和开发区第1位.
_FIELD_GAP = re.compile(
    r"[\u4e00-\u9fff]{1,8}|[\u4e00-\u9fff]{1,4}（[\u4e00-\u9fff、]{1,4}）[\u4e00-\u9fff]{0,6}"
    r"|[\u4e00-\u9fff（）、]{1,24}中[\u4e00-\u9fff]{0,4}"
)
_RATE_BEFORE = re.compile(r"[\u4e00-\u9fff]率(?:提高|提升|达到|为|保持)")
_STRONG = re.compile(r"(百|十|[二三四五六七八九]十|\d+)强")


def run(doc: Doc) -> Doc:
    before: Quantity | None = None
    for q in doc.quantities:
        if q.unit == "个" and _POINTS_AFTER.match(doc.text, q.end):
            q.unit = "个百分点"  # 分别超序时进度6.6个和10.0个百分点: both are points
        q.measure = classify(doc, q)
        if before is not None and _moved_to(doc, before, q):
            q.measure = before.measure  # 比重由15.6%提高到22.9%: the same measure, later
        before = q
        if q.measure in ("growth", "gap") and q.value > 0 and _declines(doc, q):
            q.value = -q.value  # 下降2.7%: a change of -2.7 %; 低于全省4.6个百分点
        elif q.measure == "count" and _FEWER_THAN.search(doc.text, max(0, q.start - 16), q.start):
            q.value = -q.value  # 比上年末减少0.18万人: a change of -1,800 people
    _attach_rank_fields(doc)
    doc.made_by["measures"] = f"{NAME}@{VERSION}"
    return doc


def _moved_to(doc: Doc, before: Quantity, q: Quantity) -> bool:
    """Whether ``q`` is what the figure ``before`` it moved to (由15.6%提高到22.9%)."""
    same = before.unit == q.unit and before.sentence == q.sentence
    return same and _MOVED_TO.fullmatch(doc.text, before.end, q.start) is not None


#: Hours summed over a year (日照时数, 利用小时数): an amount of them, not a time taken.
_HOURS_SUMMED = re.compile(r"(?:日照|利用)(?:时数|小时数|时间)")
#: Days counted rather than a span (空气质量优良天数268天，比上年增加11天), not how long a
#: thing takes (库存周转天数由90天缩短至50天).
_DAYS_COUNTED = re.compile(
    r"(?:优良|达标|污染)天数[^，。；\d]{0,4}$"
    r"|(?:优良|达标|污染)天数[^。；]{0,4}\d+\s?天[，,](?:比上年|较上年|同比)?[增减][加少]$"
)


def classify(doc: Doc, q: Quantity) -> str:
    """The measure of ``q`` from its kind, unit and the words before it in its clause."""
    if q.kind in ("rank", "first", "front", "top", "table_rank"):
        return "rank"
    if q.kind == "table_ratio":
        return "ratio"  # 加权平均净资产收益率（%）
    if q.kind in ("table_growth", "table_end_growth", "digits"):
        return "growth"  # the 比上年增长（%） column; 保持两位数增长
    if q.kind in ("table", "table_goal") and q.unit == "%" and q.value < 0:
        return "growth"  # 单位工业增加值能耗下降率 | % | 3.5, read as -3.5: a fall, no share
    if q.kind in ("half", "cheng") and _CHANGED_BY.search(doc.text, max(0, q.start - 4), q.start):
        return "growth"  # 生产周期缩短一半, 成本降了近三成: a change by so large a part
    if q.kind in ("half", "table_share", "prior_share") or q.unit == "分数":
        return "share"
    if q.unit == "个百分点" or (
        q.unit == "分"
        and doc.text[q.start - 1 : q.start] not in ("（", "(")  # 高于平均水平（76.84分）: the mean
        and _SCORE_CHANGE.search(doc.text, max(0, q.start - 20), q.start)
    ):
        return "gap"  # 得分低于百强县平均水平2.8分, 比上年提高1.36分: scores apart
    if q.unit == "%":
        measure = _percent_measure(doc, q)
        return "share" if measure == "ratio" and q.kind == "cheng" else measure  # 不足一成
    if q.unit in COUNT_UNITS or q.unit in THING_UNITS:
        return "ratio" if _per_head(doc, q) else "count"
    if q.unit in DURATION_UNITS:
        days_counted = q.unit == "天" and _DAYS_COUNTED.search(
            doc.text, max(0, q.start - 24), q.start
        )
        if q.unit == "小时" and _HOURS_SUMMED.search(doc.text, max(0, q.start - 12), q.start):
            return "level"  # 年日照时数3100小时以上: the hours a year adds up, no time elapsed
        return "count" if days_counted else "duration"  # 空气质量优良天数268天: days counted
    if q.unit == "‰":
        return "ratio"  # 人口出生率8.36‰
    if q.unit == "倍":
        if _GROWN_BY.search(doc.text, max(0, q.start - 4), q.start):
            q.value, q.unit = q.value * 100, "%"  # 同比增长1.6倍: up by 160 %
            return "growth"
        return "ratio"
    return "level"


def _declines(doc: Doc, q: Quantity) -> bool:
    """Whether the verb right before the figure says it fell (下降2.7%, 较上年下降2.3个百分点),
    or a gap is told below its base (低于全省4.6个百分点, the last comparison in its clause)."""
    if _DECLINE.search(doc.text, max(0, q.start - 3), q.start) is not None:
        return True
    if q.measure != "gap" or q.sentence < 0:
        return False
    start, _ = clause_at(doc, doc.sentences[q.sentence], q.start)
    if _LOWER_THAN.search(doc.text, start, q.start) is not None:
        return True  # 平均利率较普通经营贷款低约0.5个百分点: below its base
    if doc.text.find("拖累", start, q.start) >= 0:
        return True  # 拖累全县规上工业产值增长0.5个百分点: what it took off the growth
    if _NARROWED.search(doc.text, max(start, q.start - 3), q.start) is not None:
        # 亏损面…收窄3.1个百分点: less by so much; 降幅收窄: a fall that eased, up by so much
        return _EASED.search(doc.text, start, q.start) is None
    compared = list(_BELOW.finditer(doc.text, start, q.start))
    return bool(compared) and compared[-1].group(1).startswith(("低", "慢", "落", "滞"))


def _per_head(doc: Doc, q: Quantity) -> bool:
    """Whether a count is told per head of population (每万人…拥有量7.2件)."""
    if q.sentence < 0:
        return False
    start, _ = clause_at(doc, doc.sentences[q.sentence], q.start)
    return _PER_HEAD.search(doc.text, start, q.start) is not None


def _percent_measure(doc: Doc, q: Quantity) -> str:
    if q.sentence < 0:
        return "ratio"
    start, _ = clause_at(doc, doc.sentences[q.sentence], q.start)
    before = doc.text[start : q.start]
    share = [m.end() for m in _SHARE.finditer(before)]
    if before.startswith(("由", "从")) and _SHARE.search(doc.text, max(0, start - 8), start):
        share.append(0)  # …的比重，由2023年的15.6%提高到…: the share the clause before named
    if _GOAL_DONE.search(before) or (
        before.endswith("完成")
        and _GOAL_SET.search(doc.text, doc.sentences[q.sentence].start, start)
    ):
        share.append(len(before))  # 全年目标新建厂房20万平方米，已建成16.5万平方米，完成82.5%
    growth = [
        m.end()
        for m in _GROWTH.finditer(before)
        if before[m.end() : m.end() + 1] not in ("到", "至")
    ]
    compared = _COMPARED.search(before)
    if compared is not None and (not share or share[-1] < compared.start()):
        if _against_other(doc, q, before):
            return "ratio"  # 物流成本比公路运输降低约20%
        if compared.group(1) in "少低":
            q.value = -q.value
        return "growth"
    if share and (not growth or share[-1] >= growth[-1]):
        return "share"
    if before.endswith("按") and GRANT_AFTER.match(doc.text, q.end):
        return "share"  # 研发投入增量部分按10%给予补助: a policy's rate of its base
    if growth:
        return "ratio" if _against_other(doc, q, before) else "growth"
    sentence = doc.sentences[q.sentence]
    if _RATE_BEFORE.search(doc.text, sentence.start, start):
        return "share"  # 精细化率提高到53%，到2027年达到60%: the rate named before
    if _PART_OF_AFTER.match(doc.text, q.end) or _PART_OF_BEFORE.search(before):
        return "share"  # 90%以上的生产企业, 销售收入的4%以上: a part of a whole
    return "ratio"


#: A change told against another thing, not an earlier time (单位产品能耗较原有生产线降低18%,
#: 与公司老线相比，人均产出提高45%): how two things compare, a ratio; against a time it is a
#: growth (较上年提高, 与2020年相比).
#: The verbs of such a change, which :mod:`multiples` names the thing compared by.
CHANGED_AGAINST = "降低|提高|提升|减少"
_AGAINST = re.compile(
    rf"(?:较|比)([^，。；,]{{1,16}}?)(?:{CHANGED_AGAINST})了?(?:约|近|超|逾)?\s*$"
)
_AGAINST_LEAD = re.compile(r"与([^，。；,]{1,16}?)相比[，,]")
_TIME_BASE = re.compile(
    r"上年|去年|同期|年前|前年|\d{4}\s*年|年初|此前|以前|过去|之前|上一|上季|上月|原来|[月年季]末|[前后]$"
)


def _against_other(doc: Doc, q: Quantity, before: str) -> bool:
    """Whether the change in ``before`` (the clause up to ``q``) is told against another
    thing; a fall then makes the ratio negative (降低18%: -18)."""
    base = _AGAINST.search(before)
    if (
        base is None
        and _DECLINE.search(before) is None
        and not before.rstrip("约近超逾 ").endswith(("提高", "提升", "提高了", "提升了"))
    ):
        return False
    if base is None:
        sentence = doc.sentences[q.sentence]
        leads = list(_AGAINST_LEAD.finditer(doc.text, sentence.start, q.start))
        if not leads:
            return False
        base_text = leads[-1].group(1)
    else:
        base_text = base.group(1)
    if _TIME_BASE.search(base_text):
        return False
    if _DECLINE.search(before.rstrip("约近超逾 ")) is not None:
        q.value = -q.value
    q.notes.append(COMPARED)
    return True


#: ``90%以上的生产企业``: the part of the things named after it.
_PART_OF_AFTER = re.compile(r"\s*(?:以上|左右)?的[\u4e00-\u9fff]")
#: ``销售收入的4%以上``: the part of the whole named before it (not 去年同期的, a base).
_PART_OF_BEFORE = re.compile(r"(?<!同期)(?<!年)的$")


def _attach_rank_fields(doc: Doc) -> None:
    """``全省 95 个县市区第 21 位``: 95 is the field of the rank, not a count fact; so is 39 in
    ``在全省39个县（市）…评价中，梅河口连续六年位列第1位``, the field the sentence opened with."""
    previous: Quantity | None = None
    counts: list[Quantity] = []  # the counts of the sentence read so far
    for q in doc.quantities:
        counts = [c for c in counts if c.sentence == q.sentence]
        if (
            previous is not None
            and previous.measure == "rank"
            and q.measure == "count"
            and _FIELD_AFTER.fullmatch(doc.text, previous.end, q.start)
            and doc.text.startswith(("）", ")"), q.end)
        ):
            previous.rank_of, q.drop = int(q.value), True  # 位列第9位（共76个）: of 76
        if q.measure == "rank" and q.sentence >= 0:
            if previous is not None and previous.measure == "count":
                gap = doc.text[previous.end : q.start]
                by = doc.text[previous.start - 1 : previous.start] == "以" and gap[:1] == "居"
                if previous.sentence == q.sentence and _FIELD_GAP.fullmatch(gap or "x") and not by:
                    q.rank_of = int(previous.value)
                    previous.drop = True
            field = _field_opened(doc.text, counts, q) if q.rank_of is None else None
            if field is not None:
                q.rank_of, field.drop = int(field.value), True
            if q.rank_of is None:
                start, _ = clause_at(doc, doc.sentences[q.sentence], q.start)
                strong = list(_STRONG.finditer(doc.text, start, q.start))
                if strong:
                    q.rank_of = int(parse_number(strong[-1].group(1)))
        previous = q
        counts += [q] if q.measure == "count" and not q.drop else []


def _field_opened(text: str, counts: list[Quantity], rank: Quantity) -> Quantity | None:
    """The count of a field opened with 在 (在全省39个县（市）高质量发展考核评价中，) before
    ``rank`` in its sentence, with no other rank between; None if there is none."""
    for c in reversed(counts):
        frame = _IN_FIELD.match(text, c.end)
        opened = _FIELD_OPENS.search(text, max(0, c.start - 4), c.start)
        if frame is not None and opened is not None and frame.end() <= rank.start:
            return c
    return None


#: ``第9位（共76个）``: the field's size told in brackets right after the rank.
_FIELD_AFTER = re.compile(r"\s*[（(]\s*(?:共|全部|参评)?\s*")
#: 在全省 / 在全国 / 在 before a field's count, and what the field holds up to its 中.
_FIELD_OPENS = re.compile(r"在(?:全国|全省|全市|全区|全疆|全州|全盟|同组)?\s*$")
_IN_FIELD = re.compile(r"[\u4e00-\u9fff（）()、“”]{1,30}?中[，,]?")
