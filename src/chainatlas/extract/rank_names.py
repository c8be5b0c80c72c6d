"""What a rank places and what a duration lasts: the list (``…百强榜``) or the noun
before the rank verb, + 排名; the verb phrase after a span (``十年接续奋斗``), ``从A到B用时``
or the years of what goes on (连续…年数).
"""

from __future__ import annotations

import re

from chainatlas.extract.delegations import DAYS_SPENT
from chainatlas.extract.doc import Doc, Quantity
from chainatlas.extract.figure_context import (
    DIGIT,
    Floor,
    previous_figure,
    previous_indicator,
    shortened,
)
from chainatlas.extract.phrases import phrase_after, phrase_before, strip_scope_tail
from chainatlas.extract.qualifiers import PLANNED_SPAN, last_years

#: A field of places (全省县（市）, 13个县（市、区）, 11个设区市, 居全州): ranked by growth after one.
_PLACES_RANKED = re.compile(
    r"县|设区市|地市|地级市|市州|盟市|开发区|高新区|城市|省份|区（|区和|居全[市州省盟区]$"
)
_RANK_VERB = re.compile(r"位居|居于|位列|名列|跻身|挺进|排名|排在|荣列|列|居|排")
_LIST_WORD = re.compile(r"榜|百强|强县|强市|排行|名单|指数")
_LIST_END = re.compile(r"(?:榜|强|强企业|排行榜)$")
#: The firms of one's trade, where a firm's rank is told (居国内同行业第2位).
_PEERS = re.compile(r"(?:国内|全国|全省|省内|全球|国际)?同行业(?:中)?")
_YEAR_LEAD = re.compile(r"^(?:19|20)\d\d年度?")
_FROM_TO = re.compile(
    r"(从[^，。；,]{1,12}?到[^，。；,]{1,12}?)(?:[，,][\u4e00-\u9fff]{0,3}?)?"
    r"(?:仅|只|共)?(?:用时|历时|耗时|用了|用)(?:缩短|压缩|控制|降)?[至到在]?$"
)
#: A day or month told inside a step (从7月7日签约, 从去年4月开工): when, not which step.
_DAY_IN = re.compile(r"(?:(?:19|20)\d\d年|去年|今年|上年)?\d{1,2}月(?:\d{1,2}日)?(?:份)?")
#: ``2024年6月开工建设，2025年11月建成投产，用时17个月``: the time between two milestones.
_MILESTONE = re.compile(r"签约|开工|投产|竣工|达产|开业|落地|建成")
_TIME_TAKEN_BARE = re.compile(r"(?:仅|只|共)?(?:用时|历时|耗时|用了)$")
#: What ``第一大`` ranks among: 主导产业, 支柱产业, 出口市场 …
_RANKED_KIND = re.compile(
    r"[\u4e00-\u9fff]{1,8}?(?:产业|行业|市场|品类|经济体|企业|生产基地|基地|产区)"
)
_SCOPE_IN = re.compile(r"在[^，。；]{1,15}?[中里内间]$")
_SCOPE_MODIFIER = re.compile(r"在[^，。；]{1,20}?[中里内间]([\u4e00-\u9fff]{1,4})$")
#: What was done early (提前一年完成“十四五”规划目标), to the clause's end.
_DONE_EARLY = re.compile(r"[^，。；、\n]{2,20}(?=[，。；、\n]|$)")
#: A span named before its length (制瓷历史逾两千年, 建设周期3年).
_NAMED_SPAN = re.compile(r"(?:历史|年限|周期|时间|期限|工期)[^，。；]{0,3}$")
#: A list entered in an earlier clause, whose place the rank then gives.
_ENTERED_LIST = re.compile(
    r"(?:入围|入选|跻身|荣登|登上|上榜|进入)([^，。；\d]{2,20}?(?:榜|\d+强|百强|强县|强市|名单|排行榜))"
)


def _list_before(doc: Doc, pos: int) -> str:
    """The name of a ranking list (…百强, …500强, …榜) written right before ``pos``, without its
    year; "" where none is."""
    listed = next((m for m in doc.mentions if m.end == pos and m.type == "programme"), None)
    name = _YEAR_LEAD.sub("", listed.name) if listed is not None else ""
    return name if len(name) >= 6 and _LIST_END.search(name) else ""


def rank_name(doc: Doc, q: Quantity, cs: int, floor: Floor) -> str:
    """The list or the measure ``q`` ranks in, + 排名."""
    text = doc.text
    if text[q.end - 1 : q.end] in "大一":
        kind = _RANKED_KIND.match(text, q.end)
        if kind is not None:
            return kind.group() + "排名"  # 成为全市第一大主导产业: a rank among its kind
    listed = _list_before(doc, q.start)
    if listed:
        return listed + "排名"  # 位列中国有色金属企业营业收入500强第86位: that list's
    verbs = list(_RANK_VERB.finditer(text, cs, q.start))
    if verbs:
        verb = verbs[-1]
        if between := _ranked_among(text[verb.end() : q.start]):
            return between
        scope = _SCOPE_IN.search(text, cs, verb.start())
        modifier = _SCOPE_MODIFIER.search(text, cs, verb.start())
        if scope is None and modifier is not None and verb.group() == "排名":
            return modifier.group(1) + "排名"  # 在…集群中综合排名第2位
        at = scope.start() if scope else verb.start()
        noun = phrase_before(text, at, floor.before(at))
        if scope is not None and noun in ("增速", "增幅"):
            inner = text[scope.start() + 1 : scope.end() - 1]
            if 2 <= len(inner) <= 12 and not DIGIT.search(inner):
                return inner + "排名"  # 在国产工业机器人品牌中排名第4位
        if noun in ("增速", "增幅"):
            previous = previous_indicator(doc, q, ("growth",))
            if previous:
                return previous.removesuffix("增速") + "增速排名"
    else:
        noun = strip_scope_tail(phrase_before(text, q.start, floor.before(q.start)))
    if len(noun) < 2:
        sentence = doc.sentences[q.sentence]
        entered = list(_ENTERED_LIST.finditer(text, sentence.start, cs))
        if entered:
            return entered[-1].group(1) + "排名"  # 入围中国企业500强，位列第186位
        figure = previous_figure(doc, q, ("level", "count", "share", "growth"))
        previous = figure.indicator if figure is not None else None
        moved = previous is not None and previous.endswith("位次")  # 提升4位 is no ranking
        grown = figure is not None and figure.measure == "growth"
        if grown and previous and _PLACES_RANKED.search(text, cs, q.start):
            # 增加值增长9.6%，居全省县（市）第15位: places are ranked by their growth (a firm
            # growing 两成 排名第3位 among firms is ranked by its amount)
            return previous.removesuffix("增速") + "增速排名"
        if previous and not moved:
            # 入选数量较上年增加9家，位居全省第8位: the amount is ranked, not its change
            return _CHANGE_TAIL.sub("", previous.removesuffix("增速")) + "排名"
        return "排名"
    return noun if noun.endswith("排名") else noun + "排名"


def _ranked_among(between: str) -> str:
    """The ranking the words between its verb and the rank name: a list (位列…百强榜第3位) or
    a firm's trade (国内市场占有率约18%，位居国内同行业第2位); "" for any other words."""
    if _LIST_WORD.search(between) and not DIGIT.search(between):
        return between.lstrip("于在") + "排名"
    return "行业排名" if _PEERS.fullmatch(between) else ""


#: How an amount changed, after its name (较上年增加, 比上年末净增): no part of what is ranked.
_CHANGE_TAIL = re.compile(r"(?:[较比](?:上年|去年|上年末|年初)(?:同期)?)?(?:净增|新增|增加|减少)$")


def duration_name(doc: Doc, q: Quantity, cs: int, floor: Floor) -> str:
    """What lasted as long as ``q`` says."""
    text = doc.text
    held = _HELD_FOR.match(text, q.end) if text.endswith("为期", cs, q.start) else None
    if held is not None:  # 开展为期4天的“…”产业链招商活动: how many days it ran
        return ("招商活动" if "招商" in held.group() else held.group(1)) + "天数"
    if q.unit == "天" and _DAYS_OF_TRIP.match(text, q.end):  # 五天时间里，代表团…: the trip's days
        return "招商活动天数" if "招商" in text else "活动天数"
    if text.endswith("提前", cs, q.start):  # 提前一年完成“十四五”规划目标: how early
        done = _DONE_EARLY.match(text, q.end)
        return "提前" + (done.group() if done else "") + "年数"
    ss = doc.sentences[q.sentence].start
    before = _FROM_TO.search(text, ss, q.start)
    if before:
        return _DAY_IN.sub("", before.group(1)) + "用时"  # 从7月7日签约到开工: 从签约到开工
    if _TIME_TAKEN_BARE.search(text, cs, q.start):
        steps = [m.group() for m in _MILESTONE.finditer(text, ss, q.start)]
        if len(steps) >= 2 and steps[0] != steps[-1]:
            return steps[0] + "到" + steps[-1] + "用时"
    moved = shortened(doc, q, cs, floor)  # 从签约到开工平均用时由…压缩至45天: 用时 was cut off
    if len(moved) >= 2:
        return moved.removesuffix("平均") + "用时" if moved.endswith("平均") else moved
    planned = PLANNED_SPAN.search(text, cs, q.start)
    if planned is not None:
        return planned.group(1)  # 建设期2年
    if last_years(text, q):
        return text[q.start - 1 : q.end]  # 近三年累计引进人才…: named by the span itself
    named = _NAMED_SPAN.search(text, cs, q.start)
    if q.unit == "年" and named is None and "连续" not in text[cs : q.start]:
        return _years_of_work(doc, q, floor) or "发展年限"  # 十年来接续奋斗: how long it grew
    start = q.end + (1 if text[q.end : q.end + 1] == "来" else 0)
    if run := _run_name(text, q, cs, start):
        return run
    after = phrase_after(text, start)
    if after.startswith("内") and len(after) > 2:  # 确保签约项目6个月内开工建设: a time limit
        return after[1:].removesuffix("率").removesuffix("建设") + "时限"
    if after in _BUILT and _TOOK.search(text, max(cs, q.start - 3), q.start):
        return "建设周期"  # 2024年9月开工建设，历时18个月建成投产: how long it was built
    if len(after) >= 2:
        return after
    noun = phrase_before(text, q.start, floor.before(q.start))
    taken = _TIME_TAKEN.search(text, cs, q.start)
    if noun and taken is not None and not noun.endswith("用时"):
        return noun + "用时"  # 项目审批平均用时压缩至15个工作日: how long it takes
    return noun


def _run_name(text: str, q: Quantity, cs: int, start: int) -> str:
    """What ran as long as a figure after 连续 says; "" where no run is told."""
    if not text.endswith("连续", cs, q.start):
        return ""
    told = _RUNNING_TOLD.match(text, start)
    if told is not None and _STANDING.search(told.group()):
        return "连续年数"  # 连续八年位居全国县（市）首位: the run; the standing is its own rank
    if told is not None:
        return "连续" + told.group() + "年数"  # 连续两年获评“优秀”等次
    return "连续年数" if q.unit == "年" else ""  # 连续三年保持20%以上增长: a figure of its own


_BUILT = frozenset({"建成投产", "建成", "投产", "竣工投产", "竣工", "建成运营"})
_TOOK = re.compile(r"(?:历时|用时|仅用|只用|耗时|仅|用)了?$")
_TIME_TAKEN = re.compile(r"用时(?:压缩|缩短|减少|控制)?(?:至|到|在|为)?$")


_DAYS_OF_TRIP = re.compile(DAYS_SPENT + "[，,]")
#: ``为期4天的…招商活动``: what ran for the days told.
_HELD_FOR = re.compile(r"的[^，。；]{0,30}?(活动|考察|培训|调研)")
#: ``实施“火洲英才”计划，三年来…``: the span is the programme's, told just before it.
_CARRIED_OUT = re.compile(r"实施[^。；]{0,14}?[，,]?$")
#: ``三年来，全区累计引进各类人才2.1万名``: the span is that of bringing people in.
_TALENT_BROUGHT = re.compile(r"[^。；]{0,24}?引进[^。；]{0,16}?人才")


def _years_of_work(doc: Doc, q: Quantity, floor: Floor) -> str:
    """What a span of years (三年来) measures when the sentence says what was done in it:
    carrying out a programme told just before (链长制实施三年来: 链长制实施年限), or bringing in
    people; empty where the sentence tells neither (十年来接续奋斗 is how long it grew)."""
    text = doc.text
    ss = doc.sentences[q.sentence].start
    carried = _CARRIED_OUT.search(text, max(ss, q.start - 16), q.start)
    if carried is not None:
        if carried.start() == q.start - 2:  # 链长制实施三年来: the thing carried out heads it
            return phrase_before(text, carried.start(), floor.before(carried.start())) + "实施年限"
        return "实施年限"
    if _TALENT_BROUGHT.match(text, q.end):
        return "人才引进年限"
    return ""


#: What has gone on for years after 连续N年, up to the clause's end.
_STANDING = re.compile(r"居|列|排名")
_RUNNING_TOLD = re.compile(r"[\u4e00-\u9fff（）“”A-Za-z\d]{2,16}(?=[，。；、]|$)")
