"""Names of ratios: a figure told as a multiple of an earlier one, as the part of a goal
done, or against another thing. The first two name the measure they compare from the level
told before them in the sentence, as a reader does (是2020年末的6.3倍 is of the 保有量 just
named); the last names the thing compared (单位产品能耗较老线降低18% is of 单位产品能耗)."""

from __future__ import annotations

import re

from chainatlas.extract.count_names import per_head_name
from chainatlas.extract.doc import Doc, Quantity
from chainatlas.extract.figure_context import Floor, previous_figure, previous_indicator
from chainatlas.extract.measures import CHANGED_AGAINST, COMPARED
from chainatlas.extract.phrases import phrase_before

#: ``是2020年末的6.3倍``: a multiple of the same measure at an earlier time.
_MULTIPLE_OF = re.compile(r"(是|为|相当于)([^，。；是为]{1,10}?)的$")
#: ``完成年度目标（620亿元）的51.4%``: how much of a goal was done.
_GOAL_DONE = re.compile(
    r"完成((?:年度|全年|年|半年|上半年)?[\u4e00-\u9fff]{0,4}?(?:目标|计划|预算)(?:任务)?)"
    r"(?:（[^）]{1,16}）|\d[\d.]*(?:万|亿)?元)?的\s*$"  # 完成年度目标320亿元的83.9%
)
#: ``主体工程已完成85%``: the part of the work done, with no goal named.
_WORK_DONE = re.compile(r"(?:已经?)?完成了?$")


def ratio_name(doc: Doc, q: Quantity, cs: int, floor: Floor) -> str:
    """A ratio's name when it is told per head, as the part of a goal done, as a multiple of
    an earlier figure or against another thing; "" when it is none of these."""
    named = per_head_name(doc, q, cs, floor) or goal_done_name(doc, q, cs)
    return named or multiple_name(doc, q, cs) or compared_name(doc, q, cs, floor)


def multiple_name(doc: Doc, q: Quantity, cs: int) -> str:
    """``全市新能源汽车保有量达到38.5万辆，是2020年末的6.3倍``: the level before, against
    the time named, in the words the text compares them by (保有量是2020年末的倍数); "" when
    the figure is no such multiple."""
    base = _MULTIPLE_OF.search(doc.text, cs, q.start)
    previous = previous_indicator(doc, q, ("level", "count")) if base else None
    if base is None or not previous:
        return ""
    return f"{previous}{base.group(1)}{base.group(2)}的倍数"  # 产值是2016年的倍数, as told


def goal_done_name(doc: Doc, q: Quantity, cs: int) -> str:
    """``规上工业总产值318.6亿元…，完成年度目标（620亿元）的51.4%``: the part of the goal
    for the measure told before it that was done (规上工业总产值完成年度目标比例); "" when
    the figure is not one."""
    done = _GOAL_DONE.search(doc.text, cs, q.start)
    if done is None:
        work = _WORK_DONE.search(doc.text, cs, q.start)
        if work is None or doc.text.find("占", cs, q.start) >= 0:
            return ""
        return phrase_before(doc.text, work.start(), cs) + "完成比例"  # 主体工程已完成85%
    before = previous_figure(doc, q, ("level", "count"))
    if before is not None and before.start >= done.start():
        before = previous_figure(doc, before, ("level", "count"))  # 目标320亿元: the goal's own
    measure = before.indicator or "" if before is not None else ""
    measure = "" if measure.startswith("完成") else measure  # 完成投资…，完成年度计划的76.4%
    return f"{measure}完成{done.group(1)}比例"


#: Where the base of a comparison starts (单位产品能耗较公司老线降低), or, with the base told
#: ahead (与老线相比，人均产出提高45%), the change.
_BASE_AT = re.compile(r"较|(?<!相)比")
_CHANGE_AT = re.compile(CHANGED_AGAINST)
#: The line or plant compared, written before the thing measured (新线吨纸水耗, 二期工厂人均日产量).
_COMPARED_UNIT = re.compile(
    r"^(?:新|老|原有|现有|[一二三]期)?(?:生产线|产线|线|工厂|车间|项目|装置|基地|工程|厂区)"
)


def compared_name(doc: Doc, q: Quantity, cs: int, floor: Floor) -> str:
    """``单位产品综合能耗较原有生产线降低18%``: a ratio told against another thing measures
    the thing named before the base (单位产品综合能耗), not the comparison; "" for other
    figures."""
    if COMPARED not in q.notes:
        return ""
    marks = list(_BASE_AT.finditer(doc.text, cs, q.start)) or list(
        _CHANGE_AT.finditer(doc.text, cs, q.start)
    )
    if not marks:
        return ""
    at = marks[-1].start()
    thing = _COMPARED_UNIT.sub("", phrase_before(doc.text, at, floor.before(at)))
    return thing if len(thing) >= 2 else ""


#: A score compared: with another place's or the mean (低于…平均水平), or with the year before.
_SCORE_AGAINST = re.compile(r"(?:低于|高于|高出|比上年|较上年)[^，。；\d]{0,16}$")


def score_gap_name(doc: Doc, q: Quantity, cs: int, floor: Floor) -> str:
    """``创新驱动得分低于百强县平均水平2.8分``, ``综合得分74.58分，比上年提高1.36分``: a gap
    between scores is named by the score and the comparison; "" where none is told."""
    against = _SCORE_AGAINST.search(doc.text, cs, q.start)
    if against is None:
        return ""
    at = against.start()
    score = phrase_before(doc.text, at, floor.before(at)) if at > cs else ""
    if not score.endswith("分"):
        before = previous_figure(doc, q, ("level",))
        score = before.indicator or "" if before is not None and before.unit == "分" else ""
    return score + doc.text[at : q.start].strip() if score else ""
