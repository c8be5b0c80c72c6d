"""qualifiers@15: how a figure relates to the truth, from the words around it.

超/突破/逾/过 and 以上/余/多 make a lower bound, 近/不到 an upper bound, 约/左右 an
approximation, two ends a range, and 预计/有望/力争/目标 a target. The words become part of
the quoted span, as a reader would quote them (``超 3万名``, ``1/3 以上``).
"""

from __future__ import annotations

import re

from chainatlas.extract.anchors import plan_section, time_written
from chainatlas.extract.cards import is_planned_line
from chainatlas.extract.doc import Doc, Quantity
from chainatlas.extract.item_plans import plans_in_item
from chainatlas.extract.period_words import GRANT_AFTER
from chainatlas.extract.sentences import assign_sentences, clause_at

NAME = "qualifiers"
VERSION = "16"

_BEFORE = re.compile(
    r"(不少于|不低于|不超过|超过|超出|超|突破|(?<=首)破|逾|多于|(?<![经通度走])过|接近|将近|逼近|近|不到|不足|大约|约为|(?<![签节制预公合条契])约)$"
)
_AFTER = re.compile(r"(以上|之多|(?<=[倍番])多|以下|以内|左右|上下(?![\u4e00-\u9fff]))")
_WORD_QUALIFIER = {
    "超过": "lower", "超出": "lower", "超": "lower", "突破": "lower", "破": "lower", "逾": "lower",
    "多于": "lower", "过": "lower", "以上": "lower", "之多": "lower", "多": "lower",
    "余": "lower", "接近": "upper", "将近": "upper", "逼近": "upper", "近": "upper",
    "不到": "upper", "不足": "upper", "以下": "upper", "以内": "upper", "大约": "approx",
    "约为": "approx", "约": "approx", "左右": "approx", "上下": "approx", "不少于": "lower",
    "不低于": "lower", "不超过": "upper",
}  # fmt: skip
#: Words of aim that label one figure (年度计划投资62.4亿元), not a sentence's goal.
_LABELS = frozenset({"年度计划投资", "年度投资计划", "全年安排"})
_TARGET_SENTENCE = re.compile(
    r"预计|有望|力争|(?<![已共为])争取(?![^，。；\d]{0,12}?(?:资金|债券|国债|预算内|奖补|补助|补贴|政策))|"
    r"(?<![才动发”展项点人炬进励比于])计划(?!总投资|投资|项目|的|用地|占地)|确保|将达|打造(?![了出成])|"
    r"将(?:再|进一步|累计)?(?:新增|实现|带动|形成|增加|提升|提高|扩大|突破|超过|拉动)|"
    r"(?<!钢)构建(?![了出成筑])|奋力迈向|迈向(?=[^，。；]{0,8}新台阶)|规划(?:年产|新增产能|产能)|"
    r"预期目标|(?:达产|投产|建成)后|"
    r"到(?:19|20)\d\d年|" + "|".join(sorted(_LABELS))
)
_PAST = re.compile(r"去年|上年|前年|已|由过去|比过去|较过去")
#: After a start-up, what it raised, told as done (投产后，…产能由32万吨提升至38万吨), not what it
#: will raise (将由…, 全部达产后, 预计…): matched from the start-up's word to the figure.
RAISED_SINCE = re.compile(
    r"(?![^。；]*(?:将|预计|届时|有望|可望|全部))[^。；]*由[^。；]{1,16}(?:提升|提高|增加|扩大)(?:至|到)$"
)
#: A level stepped onto (首次迈上 400 亿元台阶): passed, so a floor.
_STEP_UP = re.compile(r"(?:迈上|跨上|站上|登上|跃上|迈入|跨入)\s*$")
_STEP = re.compile(r"\s*级?台阶")
#: A result told against its goal (高于年度目标1.1个百分点, 低于预期目标1.8个百分点).
_AGAINST_GOAL = re.compile(
    r"(?:高于|低于|超过|快于|慢于|超出)(?:年度|预期|全年|计划){0,2}(?:目标|预期)(?:任务)?(?:增速)?$"
)
#: A clause that is only the growth of the amount before it (，增长6.4%).
_ITS_GROWTH = re.compile(r"[，,]?\s*(?:同比|比上年)?(?:增长|下降)\s*")
_ESTIMATED = re.compile(r"预计(?:全年)?[^，。；\d]{0,8}?(?:完成|实现)")  # 预计全年地区生产总值完成…
#: A goal's amount followed by the share of it done (年度目标任务500亿元的65.3%).
_GOAL_THEN = re.compile(r"(?:目标|计划|任务)\d[\d.]*(?:万|亿)?元的")
#: 完成年度目标的103.6%, 完成年度目标任务的102.5%: achieved
_TARGET_CLAUSE = re.compile(r"(?<![比于]计划)目标(?!的|任务的|企业|客户|市场)")
#: A clause that tells what was done (完成投资, 已实现产值): its figure is no goal.
_ACHIEVED = re.compile(r"完成|已(?:经)?(?:实现|达到|达|建成|形成|开工|竣工|投产|签约|落地)")
#: ``由目前的28%提高到40%``: the figure where a change starts from now.
_NOW_BEFORE = re.compile(r"由(?:目前|现在|当前|现有)的?$")
#: A part of a sentence after ； that opens with a time of its own (今年县财政安排…).
_TOLD_NOW = re.compile(r"(?:今年|全年|目前|去年|截至)")
#: ``距百亿目标还差23.2亿元``: the shortfall from a goal.
_SHORT_OF = re.compile(r"[距离][^，。；]{0,16}?目标[^，。；\d]{0,3}差$")
#: A clause that opens with a year and tells what was done in it (2025年全区…实现产值).
_DONE_IN = re.compile(r"(?<=[，；])((?:19|20)\d\d)年[^，。；]{0,30}?(?:实现|完成|达到)")


def _done_since_goal(doc: Doc, start: int, pos: int, now: int) -> bool:
    """Whether a clause after the sentence's last goal word, and before ``pos``, opens with a
    year gone by and what was done in it: the goal word before it set no goal for ``pos``."""
    if _DONE_IN.search(doc.text, start, pos) is None:
        return False  # most figures: no clause of a year gone by before them
    goals = _targets(doc, start, pos, now)
    after = goals[-1].end() if goals else start
    done = list(_DONE_IN.finditer(doc.text, after, pos))
    return bool(done) and int(done[-1].group(1)) < now


_GOAL_ASIDE = re.compile(r"（[^）]{1,16}）的")
_ABOUT_SHARE = re.compile(r"约占[^，。；\d]{0,12}$")


def last_years(text: str, q: Quantity) -> bool:
    """``近三年累计引进人才…``: the last three years, whole, over which what follows is summed
    (近三十年来 is nearly thirty)."""
    return (
        q.unit == "年" and text[q.start - 1 : q.start] == "近" and text[q.end : q.end + 1] != "来"
    )


def _word_before(text: str, q: Quantity) -> re.Match[str] | None:
    """The qualifying word right before ``q`` (超, 近, 约 …); none before the last years."""
    before = _BEFORE.search(text, max(0, q.start - 3), q.start)
    return None if before and before.group(1) == "近" and last_years(text, q) else before


def run(doc: Doc) -> Doc:
    assign_sentences(doc)
    text = doc.text
    plans = plan_section(doc)
    # the year written, for goals told with 到 and clauses of a year gone by
    now = time_written(doc) if "到" in text or _DONE_IN.search(text) else None
    for q in doc.quantities:
        if q.kind == "range":
            q.qualifier = "target" if _is_goal_range(doc, q.sentence, q.start) else "range"
            continue
        before = _word_before(text, q)
        if before and q.kind not in ("rank", "first"):
            q.start = before.start()
            q.qualifier = _WORD_QUALIFIER[before.group(1)]
        after = _AFTER.match(text, q.end)
        if after and q.kind not in ("rank", "first"):
            q.end = after.end()
            q.qualifier = _WORD_QUALIFIER[after.group(1)]
        if q.kind == "tier" and q.qualifier == "exact" and text[q.start - 1 : q.start] != "到":
            q.qualifier = "lower"  # 千亿县, 净增千亿, 百亿元项目: a round magnitude is a floor
        if q.kind == "front" or q.kind == "top":
            q.qualifier = "upper"
        at_most = _AT_MOST.search(text, max(0, q.start - 6), q.start) or _CEILINGS.search(
            text, max(0, q.start - 40), q.start
        )
        if q.qualifier == "exact" and at_most:
            q.qualifier = "upper"  # 最高给予300万元奖励: a ceiling; 最高300万元、500万元: each
        stepped = _STEP_UP.search(text, max(0, q.start - 3), q.start) and _STEP.match(text, q.end)
        if q.qualifier == "exact" and stepped:
            q.qualifier = "lower"  # 首次迈上400亿元台阶: a level passed
        if q.kind == "half" and text[q.start : q.start + 1] == "过":
            q.qualifier = "lower"
        near = max(0, q.start - 16)
        if (
            q.qualifier == "exact"
            and text.find("约占", near, q.start) >= 0
            and _ABOUT_SHARE.search(text, near, q.start)
        ):
            q.qualifier = "approx"  # 约占全国总产能的五分之一
        if not q.kind.startswith("table"):  # a table's columns say what is a goal, not its notes
            _aim(doc, q, q.start >= plans and not _so_far(doc, q), now)
    doc.made_by["qualifiers"] = f"{NAME}@{VERSION}"
    return doc


def _aims(doc: Doc, start: int, pos: int, now: int | None) -> list[re.Match[str]]:
    """The words of aim before ``pos``, but for a start-up after which what is told was done
    (一期项目投产后，去年实现营业收入…; …投产后，成品率由过去的92%提高到98.5%; 投产后，总产能由
    32万吨提升至38万吨)."""
    return [
        m
        for m in _targets(doc, start, pos, now)
        if not (
            m.group().endswith("后")
            and (_PAST.search(doc.text, m.end(), pos) or RAISED_SINCE.match(doc.text, m.end(), pos))
        )
    ]


def _so_far(doc: Doc, q: Quantity) -> bool:
    """Whether ``q``'s sentence opens with the part of the year gone by (前三季度，…; 1—9月，…):
    in a plan's section, what was done so far before the tasks ahead."""
    if q.sentence < 0:
        return False
    start = doc.sentences[q.sentence].start
    return _SO_FAR.match(doc.text, start) is not None


#: The part of the year gone by, opening a sentence.
_SO_FAR = re.compile(r"[ \u3000]*(?:前三季度|上半年|一季度|1[—-]\d{1,2}月|今年以来)[，,]")


def _aim(doc: Doc, q: Quantity, in_plan: bool, now: int | None) -> None:
    """Make ``q`` a target where it is aimed at: in the plan section, a capacity naming a
    project, a phase's start, a card's or an item's plan, or a goal the sentence states."""
    text, told = doc.text, q.qualifier
    planned = (
        in_plan
        or is_named_capacity(text, q.start, q.end)
        or phase_start(text, q.start, q.end) is not None
        or (q.sentence >= 0 and is_planned_line(doc, doc.sentences[q.sentence].paragraph))
    )
    if q.unit == "期" and text[q.start - 1 : q.start] == "分":
        q.qualifier = "target"  # 分两期建设: the phases planned, as most sets write them
        return
    if q.unit == "期" and not planned:
        return
    early = q.unit == "年" and text.endswith("提前", 0, q.start)  # 提前一年完成目标: how early
    early = early or GRANT_AFTER.match(text, q.end) is not None  # 后两年按30%给予奖励: terms
    if (planned or _is_target(doc, q.sentence, q.start, now)) and not early:
        q.qualifier = "target"
    elif (
        q.qualifier in ("exact", "lower")
        and q.kind not in ("rank", "first")
        and plans_in_item(doc, q)
    ):
        q.qualifier = "target"  # ——…项目，总投资26亿元，占地约380亩: what it will build
    if q.qualifier == "target" and _changed_from(text, q):
        # 投产后，年产能由30万吨提升至45万吨: 30万吨 stands now, as told (由92%左右: approx)
        q.qualifier = told if told != "target" else "exact"


_GOAL = re.compile(r"目标|力争|争取|确保")
#: The value a change starts from (由30万吨提升至45万吨, 从45天缩短到25天): as things stand.
_FROM_BASE = re.compile(r"(?:由|从)[^，。；由从]{0,14}$")
_CHANGED_TO = re.compile(r"(?:提升|提高|增加|扩大|缩短|降低|下降|减少)(?:至|到)")


def _changed_from(text: str, q: Quantity) -> bool:
    """Whether ``q`` is the value a change told with it starts from: not what is aimed at."""
    start = _FROM_BASE.search(text, max(0, q.start - 16), q.start)
    return start is not None and _CHANGED_TO.match(text, q.end) is not None


_AT_MOST = re.compile(r"最高(?:给予|奖励|补助|补贴|资助|可获|可达|可享受)?$")
#: Ceilings listed after one 最高 (分别给予最高300万元、500万元、1000万元奖励).
_CEILINGS = re.compile(r"最高\d[\d.,]*[万亿]?元(?:、\d[\d.,]*[万亿]?元)*、$")


_CAPACITY_BEFORE = re.compile(r"(?:年产(?:能)?|新建)$")
#: 年产15万吨高精度铜板带及10万吨…材料项目: the second capacity of the name too.
_SECOND_CAPACITY = re.compile(r"(?:年产(?:能)?|新建)\d[^，。；]{1,30}?(?:及|和|、)$")
#: What a capacity names: 年产1000台（套）碱性电解水制氢装备项目, 年产5GWh储能电池PACK项目,
#: 新建6万吨高性能铜箔基地, 年产10万台新能源动力总成智能工厂.
_PROJECT_AFTER = re.compile(
    r"(?:（[\u4e00-\u9fff]）)?(?:[\u4e00-\u9fffA-Za-z]{0,20}?(?:及|和|、)\d[\d.]*[万亿]?[\u4e00-\u9fffA-Za-z]{1,3}?)?"
    r"[\u4e00-\u9fffA-Za-z]{0,20}?(?:[ 　]?[A-Za-z\d]+[ 　]?[\u4e00-\u9fffA-Za-z]{0,16}?)?(?:项目|基地|工厂)"
)  # 年产20GW N型高效电池片项目, 年产8万吨尼龙 6 切片项目: a model or grade in the name


#: A phase told by what it will build (一期建设15万吨…生产线), and the plan for its start-up
#: in the clause after it (计划今年7月开工、2027年6月建成投产).
_PHASE_BUILT = re.compile(
    r"[一二三四]期(?:工程|项目)?(?:建设|新建|新增|规划建设)?(?:年产能?)?"
    r"(?:\d[\d.]*[万亿]?[\u4e00-\u9fff]{1,12}?[和及、])?$"  # …1000万件蜂窝陶瓷载体和5000吨…
)
_PLANNED_START = re.compile(r"，?(?:计划|预计|力争|拟)([^，。；]{0,24}?)(?:建成)?投产")
#: Between a phase and a plan: another phase, or what was done (一期10GW建成投产, 一期12GWh项目…开工).
_NOT_THIS_PHASE = re.compile(r"[一二三四]期|已|开工|投产")


def phase_start(text: str, start: int, end: int) -> int | None:
    """Where the start-up a phase's capacity is planned for is told (the 投产 of
    ``一期建设5万吨…生产线，计划2026年一季度投产``, ``二期10GW正在抓紧安装设备，计划今年9月
    投产``), or None: such a capacity is a goal, dated by that start-up."""
    if text.find("期", max(0, start - 30), start) < 0:
        return None  # most figures: no phase named just before
    if _PHASE_BUILT.search(text, max(0, start - 30), start) is None:
        return None
    stop = min(i for i in (text.find("；", end), text.find("。", end), end + 60) if i >= 0)
    planned = _PLANNED_START.search(text, end, stop)
    if planned is None or _NOT_THIS_PHASE.search(text, end, planned.start()):
        return None
    return planned.end(1)


_PER_YEAR_NAMES = re.compile(r"[^，。；]{0,20}?(?:项目|基地|工厂|生产线)")


#: An amount a policy grants (对…给予最高100万元奖励): the granting place's, of no period.
GRANTED = re.compile(r"对[^，。；]{2,30}?(?:分别)?给予(?:最高|一次性)?[^，。；\d]{0,4}$")
#: A span a plan sets (建设期2年, 工期12个月): how long the work will take, of no period.
PLANNED_SPAN = re.compile(r"(建设期|建设周期|工期|合作期|租期|期限)(?:为|约)?$")


def is_named_capacity(text: str, start: int, end: int) -> bool:
    """``年产120万吨芳烃一体化项目``: a capacity that names a project is what it will make."""
    if text.startswith("/年", end):  # 144万片/年第8.6代线项目: a yearly capacity naming it
        return _PER_YEAR_NAMES.match(text, end + 2) is not None
    before = _CAPACITY_BEFORE.search(text, max(0, start - 3), start) is not None or (
        text[start - 1 : start] in ("及", "和", "、")
        and _SECOND_CAPACITY.search(text, max(0, start - 36), start) is not None
    )
    return before and _PROJECT_AFTER.match(text, end) is not None


def _is_goal_range(doc: Doc, index: int, pos: int) -> bool:
    """A range set as a goal (预期目标是：增长5.5%—6%) is a target; a forecast range
    (预计…将提升50%-80%) stays a range."""
    return index >= 0 and _GOAL.search(doc.text, doc.sentences[index].start, pos) is not None


def _targets(doc: Doc, start: int, end: int, now: int | None) -> list[re.Match[str]]:
    """The goal words between ``start`` and ``end``; 到2006年 before the document's own year
    is a step of a story told (从…起步，到2006年…开园，再到如今…), not a goal, nor is a plan
    whose projects are then counted (计划投产的12个项目中)."""
    found = _TARGET_SENTENCE.finditer(doc.text, start, end)
    return [
        m
        for m in found
        if not (now and m.group().startswith("到") and int(m.group()[1:5]) < now)
        and not _PLANNED_OF.match(doc.text, m.start())
    ]


#: 今年计划投产的12个工业项目中，…已投产7个: the projects a plan listed, counted, not aimed at.
_PLANNED_OF = re.compile(r"计划[^，。；\d]{1,4}的[^，。；]{0,12}中")


_BREAK = re.compile(r"[，,；;]")


def _heading(doc: Doc, goals: list[re.Match[str]], pos: int) -> re.Match[str] | None:
    """The first goal that may head ``pos``'s sentence; a word labelling one figure covers only
    its own clause (年度计划投资62.4亿元，其中10亿元以上项目7个: 7个 is no goal)."""
    return next(
        (g for g in goals if g.group() not in _LABELS or not _BREAK.search(doc.text, g.end(), pos)),
        None,
    )


def _turned(doc: Doc, goal_end: int, pos: int, goals: list[re.Match[str]]) -> bool:
    """Whether the sentence turns from the goal ending at ``goal_end`` to what was done before
    ``pos`` (年度计划新开工项目48个，已开工43个，开工率89.6%), with no goal told after."""
    turned = _ACHIEVED.search(doc.text, goal_end, pos)
    if turned is None or not _BREAK.search(doc.text, goal_end, turned.start()):
        return False  # 力争全年完成投资50亿元: the goal's own verb
    return not any(g.start() > turned.start() for g in goals)


def _is_target(doc: Doc, index: int, pos: int, now: int | None) -> bool:
    if index < 0 or not doc.sentences:
        return False
    sentence = doc.sentences[index]
    if _NOW_BEFORE.search(doc.text, max(sentence.start, pos - 8), pos):
        return False  # 本地配套率由目前的28%提高到40%: where it stands now, not the goal
    if _AGAINST_GOAL.search(doc.text, max(sentence.start, pos - 12), pos):
        return False  # 增长6.3%，高于预期目标0.3个百分点: how far the result passed the goal
    own = doc.text.rfind("；", sentence.start, pos) + 1
    if own and _TOLD_NOW.match(doc.text, own) and not _targets(doc, own, pos, now):
        return False  # 力争…；今年县财政安排…专项资金1.2亿元: a statement of its own
    clause = clause_at(doc, sentence, pos)[0]
    done_of = _GOAL_THEN.search(doc.text, clause, pos)
    if done_of is not None and done_of.end() == pos:
        return False  # 完成年度目标320亿元的83.9%: the share of the goal done, not the goal
    if _SHORT_OF.search(doc.text, clause, pos):
        return False  # 距百亿目标还差23.2亿元: how far off it is now, not the goal
    if now and _done_since_goal(doc, sentence.start, pos, now):
        return False  # 围绕…打造…集群，2025年全区…实现产值168.5亿元: a year gone by, done
    achieved = _ACHIEVED.search(doc.text, clause, pos) and not _TARGET_CLAUSE.search(
        doc.text, clause, pos
    )  # 完成年度目标（560亿元）的104.7%: the goal in the aside is one
    if achieved and not _targets(doc, clause, pos, now):
        return False  # …年度计划投资32.7亿元，1—6月完成投资19.4亿元: done, not aimed at
    goals = _aims(doc, sentence.start, pos, now)
    first = goals[0] if goals else None
    if first is not None and _ESTIMATED.match(doc.text, first.start()):
        # 地区生产总值预计完成6386.4亿元、增长6.1%，总量继续稳居全省第2位: a year's result
        # estimated before its close covers its own clause, not what the sentence adds
        clause_start = clause_at(doc, sentence, pos)[0]
        grown = _ITS_GROWTH.fullmatch(doc.text, clause_start, pos) is not None  # …，增长6.4%
        return clause_start <= first.start() or (grown and "；" not in doc.text[first.end() : pos])
    first = _heading(doc, goals, pos)
    if first is not None and first.start() < clause_at(doc, sentence, sentence.start)[1]:
        # 全年计划…；新增…150家: a goal heading the sentence covers all of it, until it turns
        # to what was done (年度计划新开工项目48个，已开工43个，开工率89.6%)
        return not _turned(doc, first.end(), pos, goals)
    if first is not None:
        segment = doc.text.rfind("；", sentence.start, pos) + 1 or sentence.start
        for m in goals:
            if m.start() >= segment or "：" in doc.text[m.end() : m.end() + 4]:
                return True
    start, end = clause_at(doc, sentence, pos)
    for goal in _TARGET_CLAUSE.finditer(doc.text, start, end):
        aside = _GOAL_ASIDE.match(doc.text, goal.end())
        if aside is None or goal.end() <= pos < aside.end():
            return True  # 完成年度目标（620亿元）的51.4%: the goal is in the aside alone
    return False
