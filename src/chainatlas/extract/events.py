"""events@17: dated happenings with their actors.

A dated cue (2016年9月, 2021年12月29日, 去年, 今年3月) followed in its sentence by a verb of
happening (开园, 投产, 签约, 牵手, 入选 …) makes an event; a later clause that tells of
another honour or place in a list is another (跻身…第21位，荣列…第17位 are two). Its actors are the
organisations and places named in the sentence up to that clause, or in the clause itself
for a later one; fairs and conferences (…博览会, …推介会) are actors of what happens at
them. A sentence with no date of its own that tells of a happening right after a dated one
(2022年首次实现…。其中…托举溧阳挺进…第18位。) shares its date. Plans (预计2023年投产) are
not events, and neither are figures stated with 实现/突破/排名 unless they are a first
(首次突破) or a place in a named list (百强县中位列第4位).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Any

from chainatlas.extract.actors import (
    ACTOR_TYPES,
    HELD,
    actors_in,
    briefings,
    deliveries,
    only_lists,
    only_where,
)
from chainatlas.extract.anaphora import antecedent
from chainatlas.extract.anchors import reviewed_year
from chainatlas.extract.delegations import named_delegation
from chainatlas.extract.doc import Cue, Doc, Quantity, Sentence
from chainatlas.extract.happening import HONOUR, MILESTONE, happens, listed_year
from chainatlas.extract.provinces import sessions_province
from chainatlas.extract.retold import opening_paragraphs
from chainatlas.extract.sentences import clause_at, clauses_of
from chainatlas.extract.topic import main_region, title_firm
from chainatlas.extract.unnamed_actors import unnamed_actors

NAME = "events"
VERSION = "17"

_PLAN = re.compile(r"(预计|计划|力争|有望|争取|到|将于?|[拟定]于)$")
#: A planned step right before a date (计划明年3月开工，2028年建成投产): the next is planned too.
_NEXT_STEP = re.compile(
    r"(?:计划|预计|力争|拟|将)于?(?:明年|今年|年内|后年|(?:19|20)\d\d年)?(?:\d{1,2}月)?"
    r"(?:底|末|前)?[^，。；\d]{1,8}[，、]$"
)


@dataclass(frozen=True)
class _Scope:
    """What every happening of one document may fall back on, worked out once."""

    starts: list[int]
    main: str | None  # the place the document is about
    firm: str | None  # the firm its title names


def run(doc: Doc) -> Doc:
    firm = title_firm(doc)
    scope = _Scope([m.start for m in doc.mentions], main_region(doc), firm[0] if firm else None)
    doc.events.extend(deliveries(doc, scope.starts, scope.main))
    doc.events.extend(briefings(doc, scope.starts, scope.main))
    cue_index = 0
    last: tuple[int, str] | None = None  # (sentence index, date) of the last event
    heads = opening_paragraphs(doc)
    review = reviewed_year(doc)
    for index, sentence in enumerate(doc.sentences):
        if doc.paragraphs[sentence.paragraph].kind not in ("body", "heading"):
            continue
        if sentence.paragraph < heads and not _FIRST.search(doc.text, sentence.start, sentence.end):
            continue  # save a first (首次突破百万辆), which the body tells only as a figure
        while cue_index < len(doc.cues) and doc.cues[cue_index].start < sentence.start:
            cue_index += 1
        dated = _dated_stretches(doc, sentence, cue_index)
        if not dated and (listed := listed_year(doc.text, sentence.start, sentence.end)):
            dated = [(listed, sentence.start, sentence.end)]
        if not dated and last is not None and _follows(doc, last[0], index):
            dated = [(last[1], sentence.start, sentence.end)]
        if not dated and _SAME_DAY.match(doc.text, sentence.start):
            dated = _same_day(doc, sentence, cue_index)
        if not dated:
            dated = _dated_by_figure(doc, index, sentence)
        if not dated:
            dated = _dated_by_lead_in(doc, sentence)
        if not dated and review is not None and _reviewed_act(doc, sentence, review[1]):
            dated = [(review[0], sentence.start, sentence.end)]  # 县人民医院新院区建成投用
        for date, start, end in dated:
            for event in _happenings(doc, sentence, date, start, end, scope):
                if _ANNOUNCED.search(event["summary"]) and any(
                    e["date"] == date for e in doc.events
                ):
                    continue  # 县委书记…宣布项目开工: the ceremony told before, not another
                doc.events.append(event)
                last = (index, date)
    doc.made_by["events"] = f"{NAME}@{VERSION}"
    return doc


def _dated_stretches(doc: Doc, sentence: Sentence, first: int) -> list[tuple[str, int, int]]:
    """(date, start, end) for each dated cue of ``sentence``, up to the next cue; a cue
    after 于 (成立于2006年) dates the clause it ends."""
    out: list[tuple[str, int, int]] = []
    j = first
    while j < len(doc.cues) and doc.cues[j].start < sentence.end:
        cue: Cue = doc.cues[j]
        j += 1
        # 计划明年3月开工，2028年建成投产: the plan's next step is planned too
        next_step = _NEXT_STEP.search(doc.text, max(sentence.start, cue.start - 30), cue.start)
        plan = _PLAN.search(doc.text, max(0, cue.start - 2), cue.start)
        # 到2006年…开园 in a text of 2026 is a step gone by (its cue sets no goal)
        planned = next_step or (plan is not None and (plan.group() != "到" or cue.goal))
        if not cue.explicit or cue.goal or planned or cue.asof:
            continue  # 计划今年7月开工、2026年底投产: planned; 截至9月末…: a stock, not a happening
        if _list_year(doc.text, cue) and out:
            continue  # 10月21日，…公布2026年度…名单: the year names the list, the day dates it
        later = (  # 在建瓯市投产: a place; 8月已建成投产: a happening told as done, no stock
            c.start
            for c in doc.cues[j:]
            if not doc.text.startswith(("在建", "已建"), c.start) and not _list_year(doc.text, c)
        )
        nxt = min(next(later, sentence.end), sentence.end)
        if _DONE_ON.search(doc.text, max(sentence.start, cue.start - 4), cue.start):
            start = clause_at(doc, sentence, cue.start)[0]
            out.append((cue.period, start, cue.end))
            continue
        out.append((cue.period, cue.end, min(nxt, sentence.end)))
    return out


def _list_year(text: str, cue: Cue) -> bool:
    """``2026年度``: the year a list or an evaluation is of, part of its name (so is the
    year before a list's name: 2026年河北省…名单); ``2026年一季度重大项目集中签约仪式``: the
    quarter a ceremony is named after (a month, 2022年2月项目开工, dates the happening)."""
    return (
        text.startswith("度", cue.end)
        or text.endswith("年度", cue.start, cue.end)
        or (len(cue.period) < 7 and _NAMES_CEREMONY.match(text, cue.end) is not None)
        or _NAMES_LIST.match(text, cue.end) is not None
    )


_NAMES_CEREMONY = re.compile(r"[\u4e00-\u9fff]{0,6}?项目(?:集中)?(?:签约|开工)")
#: ``公布2026年河北省专精特新中小企业名单``: the year is the list's, part of its name; not a
#: year an entry is told in (2024年入选…名单).
_NAMES_LIST = re.compile(
    r"(?!入选|获评|被评|列入|纳入|上榜|荣获)[^，。；、\d]{2,30}?(?:名单|榜单|评价结果)"  # not 2024年入选…名单
    r"|(?:度)?(?:经济|工作|人才|科技)[^，。；、\d]{0,10}?(?:会议|大会)"  # 召开2026年经济工作会议
)


_DONE_ON = re.compile(r"(?:成立|始建|创建|创办|创立|组建|设立|落户|投产|建成|上市|开业)于$")


_YEAR = re.compile(r"((?:19|20)\d\d)(?:-\d\d)?")


def _dated_by_figure(doc: Doc, index: int, sentence: Sentence) -> list[tuple[str, int, int]]:
    """``株洲高新区在全国178个国家高新区综合评价中排名第23位`` in a report on last year: a
    place in an evaluation, or a first (首次突破百亿元), is dated by its figure's period
    when the sentence names no date of its own."""
    text = doc.text
    first_at = bisect_left(doc.quantities, sentence.start, key=_start)
    if first_at >= len(doc.quantities) or doc.quantities[first_at].sentence != index:
        return []  # no figure in the sentence (most undated ones)
    if MILESTONE.search(text, sentence.start, sentence.end) is None:
        return []
    for q in doc.quantities[first_at:]:
        if q.sentence > index:
            break
        if q.sentence != index or q.drop or q.measure is None:
            continue
        first = _FIRST.search(text, max(sentence.start, q.start - 8), q.start) is not None
        if q.measure != "rank" and not first:
            continue
        year = _YEAR.match(q.period)
        if year is not None:
            date = year.group() if year.end() == len(q.period) else year.group(1)
            return [(date, sentence.start, sentence.end)]
    return []


_FIRST = re.compile(r"首次|首个|首批|首款")
#: What a year's review tells as done that year with no date: an honour won, a work finished.
_REVIEWED_ACT = re.compile(
    r"获批|创建|获评|荣获|建成投用|建成投产|竣工|揭牌|挂牌|开园|率先|入选|成功举办"
)


def _reviewed_act(doc: Doc, sentence: Sentence, end: int) -> bool:
    """Whether ``sentence``, before the review's end, tells an honour or a finished work."""
    return (
        sentence.start < end
        and _REVIEWED_ACT.search(doc.text, sentence.start, sentence.end) is not None
    )


#: A project's step, told with no firm: 今年6月签约的年产5000吨…项目.
_PROJECT_STEP = re.compile(
    r"(?:签约|开工|投产|竣工)的[^，。；\d个]{0,6}年产[^，。；]{2,24}项目"
    r"|(?<=[月日])(?:春季|秋季)?(?:集中)?(?:签约|开工|投产|竣工)的[^，。；]{0,24}?项目"  # 今年3月签约的…项目
)
_MAIN_ACTS = re.compile(HONOUR.pattern + "|首次|首个|建市|设市")
#: A listed firm's own meeting with its investors (业绩说明会, 股东大会): held by the firm.
_FIRMS_CALL = re.compile(r"举行的?[^，。；]{0,12}(?:业绩说明会|股东大会|投资者交流会)")


def _start(q: Quantity) -> int:
    return q.start


def _dated_by_lead_in(doc: Doc, sentence: Sentence) -> list[tuple[str, int, int]]:
    """``2022年，溧阳高新区`` / ``★…被省政府推荐优先升级国家高新区``: an item of a list
    happened in the year its lead-in line names."""
    at = sentence.paragraph
    if not doc.is_item(at):
        return []
    while at > 0 and doc.is_item(at):
        at -= 1
    lead = doc.paragraphs[at]
    year = _LEAD_YEAR.match(doc.text, lead.start, lead.end)
    return [(year.group(1), sentence.start, sentence.end)] if year else []


_LEAD_YEAR = re.compile(r"((?:19|20)\d\d)年[，,]?[^。！？]{0,20}$")


#: ``同日，…公告称``, ``当天，公司与…签署…协议``, ``会上，…``: the day told before.
_SAME_DAY = re.compile(
    r"(?:同日|当天(?:上午|下午|晚上)?|当日|当晚|同一天|会上|会议上|活动上|仪式上)[，,]"
)
_DAY = re.compile(r"(?:19|20)\d\d-\d\d-\d\d")


def _same_day(doc: Doc, sentence: Sentence, first: int) -> list[tuple[str, int, int]]:
    """The last day dated before ``sentence`` (``first``: its first cue's index)."""
    for cue in reversed(doc.cues[:first]):
        if _DAY.fullmatch(cue.period) and not cue.goal:
            return [(cue.period, sentence.start, sentence.end)]
    return []


def _follows(doc: Doc, previous: int, index: int) -> bool:
    """Whether sentence ``index`` directly follows sentence ``previous`` in its paragraph."""
    return (
        previous == index - 1
        and doc.sentences[previous].paragraph == doc.sentences[index].paragraph
    )


def _happenings(
    doc: Doc, sentence: Sentence, date: str, start: int, end: int, scope: _Scope
) -> list[dict[str, Any]]:
    """The first clause of ``[start, end)`` that tells of a happening, and each later one
    that tells of another honour or place in a list (跻身…，荣列…)."""
    text = doc.text
    out: list[dict[str, Any]] = []
    for cs, ce in clauses_of(doc, sentence):
        lo, hi = max(cs, start), min(ce, end)
        if lo >= hi or not happens(text, lo, hi, (sentence.start, sentence.end)):
            continue
        honour = HONOUR.search(text, lo, hi) is not None
        if out and not honour and not _new_head(doc, lo, scope, out[-1]):
            continue  # 举办…博览会，现场签约…: one happening told in two clauses
        if out and _SAME_EVENT.search(text, lo, hi):
            continue  # …在主会场举行，东丰县、东辽县设立两个分会场同步签约: the same signing
        actors = _named_actors(doc, sentence, lo if out else sentence.start, (lo, hi), scope)
        if not actors:
            actors = (
                out[-1]["actors"]
                if out
                else unnamed_actors(doc, sentence, hi, scope.starts, scope.firm)
            )
        if (
            scope.main
            and scope.main not in actors
            and only_where(doc, actors, lo, hi, scope.starts)
        ):
            actors = [scope.main, *actors]  # 在深圳举办…推介会: who held it, not where
        fallback = scope.firm or scope.main  # a firm's own news is about the firm
        listed_only = honour and bool(actors) and only_lists(doc, actors, lo, hi, scope.starts)
        if (not actors or listed_only) and fallback and _MAIN_ACTS.search(text, lo, hi):
            # 在…百强县中位列第41位, 首次突破10亿元, ★入选自治区首批…示范区: the document's place
            actors = [fallback, *actors]
        actors = actors or _untold_actors(doc, sentence, (lo, hi, ce), scope)
        firm = scope.firm
        if firm is not None and firm not in actors and "公司" in text[sentence.start : hi]:
            actors = [firm, *actors]  # 公司…投产, in a report on the firm the title names
        if out and _entered(doc, lo, hi, out[-1], actors, scope):
            continue  # …公布…名单，我市9家企业入选: the entries of the list published
        if not actors:
            continue
        qs = lo + (1 if text[lo : lo + 1] == "，" else 0)
        qe = hi - (1 if text[hi - 1 : hi] in "。！？" else 0)
        # …9月开工建设，…产业园二期建成投用: another's happening, told in the same year
        when = date[:4] if out and not honour else date
        out.append({"date": when, "start": qs, "end": qe, "actors": actors,
                    "summary": text[qs:qe][:80]})  # fmt: skip
    return out


def _untold_actors(
    doc: Doc, sentence: Sentence, clause: tuple[int, int, int], scope: _Scope
) -> list[str]:
    """Who acted in a clause ``(lo, hi, clause end)`` that names no one: the place whose project
    a step is, the firm whose investors' meeting it is, or who acted in the sentence's happening
    just told."""
    text = doc.text
    lo, hi, ce = clause
    if scope.main and _PROJECT_STEP.search(text, lo, hi):
        return [scope.main]  # 今年6月签约的…项目: a project of the place, no firm named
    if _FIRMS_CALL.search(text, lo, ce):  # 在10月29日下午举行的三季度业绩说明会上: the firm's
        held = scope.firm or antecedent(doc, lo, scope.starts, "company", None)
        return [held] if held else []
    province = sessions_province(text, lo, hi)  # 2026年全省“两会”提出…: the province's sessions
    if province is not None:
        return [province]
    if doc.events and doc.events[-1]["start"] >= sentence.start:
        return list(doc.events[-1]["actors"])  # 今年5月签约的…项目，9月已建成投产: its next step
    return []


def _named_actors(
    doc: Doc, sentence: Sentence, told: int, clause: tuple[int, int], scope: _Scope
) -> list[str]:
    """Who acts in ``clause``, named from ``told`` on: the park a bare 高新区 points back to,
    the place whose delegation or whose own words (我区印发…) act."""
    text = doc.text
    lo, hi = clause
    actors = actors_in(doc, told, hi, scope.starts)
    if not actors and HONOUR.search(text, lo, hi):
        # 2025年，园区实现…，在全省开发区综合考核评价中位列第18位: the park's place
        subject = _subject_park(doc, sentence, lo, scope)
        actors = [subject] if subject is not None else []
    park = _BARE_PARK.match(text, lo + (text[lo : lo + 1] in "，；"))
    named = antecedent(doc, lo, scope.starts, "park", park.group()) if park else None
    if named is not None and actors and named not in actors:
        actors = [named, *actors]  # 高新区召开…大会: the park named before joins who acted
    delegation = _DELEGATION.search(text, told, hi)
    if delegation and scope.main:
        leads = (named_delegation(doc), scope.main)  # 代表团抵达上海: the place's delegation acts
        actors = [who for who in leads if who and who not in actors] + actors
    if not actors and scope.main and _OURS.match(text, lo):
        actors = [scope.main]  # 2024年3月，我区印发《…工作方案》: the place that writes
    if actors and scope.main and all(a.endswith(HELD) for a in actors):
        actors = [scope.main, *actors]  # 云阳县（浙江）招商推介会举行: the place holds it
    return actors


def _subject_park(doc: Doc, sentence: Sentence, lo: int, scope: _Scope) -> str | None:
    """The park a bare 园区 or 开发区 opening ``sentence`` (after its date) or the clause at
    ``lo`` points back to: what the sentence tells is the park's."""
    text = doc.text
    opening = _OPENING_DATE.match(text, sentence.start)
    for at in (opening.end() if opening else sentence.start, lo + (text[lo : lo + 1] in "，；")):
        park = _BARE_PARK.match(text, at)
        if park is not None:
            return antecedent(doc, at, scope.starts, "park", park.group())
    return None


#: A date opening a sentence, with its comma (2025年，).
_OPENING_DATE = re.compile(r"(?:(?:19|20)\d\d\s*年(?:度|\d{1,2}月)?|去年|今年|上年)[，,]\s*")

_DELEGATION = re.compile(r"代表团|考察团")
_SAME_EVENT = re.compile(r"分会场|主会场|同步(?:签约|开工|举行)")
#: An official opening what a ceremony of the same day holds (宣布项目开工, 致辞并宣布投产).
_ANNOUNCED = re.compile(r"宣布[^，。；]{0,4}(?:开工|投产|开幕|开园|启动)")
_BARE_PARK = re.compile(r"高新区|经开区|开发区|园区|新区")
#: A list published: what the next clause tells of its entries (入选, or a place ranked in
#: it: 赛迪顾问发布…排行榜，X位列第14位) happened the same day, one happening.
_LISTS = re.compile(r"公布|发布|名单")
_ENTERS = re.compile(r"入选|上榜|获批|获评|获认定|位列|位居|排名第|列第")
_WHOLE = re.compile(r"我市|全市|我县|全县|我区|全区|我镇|全镇|我旗|全旗")
#: A clause headed by the place writing of itself (我区印发…, 我县出台…).
_OURS = re.compile(r"[，；]?我(?:市|县|区|镇|旗|州|盟)")


def _entered(
    doc: Doc, start: int, end: int, last: dict[str, Any], actors: list[str], scope: _Scope
) -> bool:
    """Whether ``[start, end)`` tells of the entries of the list the happening ``last``
    published; if so, they join its actors (with the place, for 我市…入选)."""
    text = doc.text
    if not _LISTS.search(text, last["start"], last["end"]) or not _ENTERS.search(text, start, end):
        return False
    joined = [*actors, scope.main] if scope.main and _WHOLE.search(text, start, end) else actors
    last["actors"] += [a for a in joined if a not in last["actors"]]
    return True


def _new_head(doc: Doc, start: int, scope: _Scope, last: dict[str, Any]) -> bool:
    """``…创新中心建成投用，宝鸡综合保税区封关运行``: a clause headed by another actor tells
    of a happening of its own."""
    lead = start + (doc.text[start : start + 1] in "，、；")
    at = bisect_left(scope.starts, lead)
    head = doc.mentions[at] if at < len(scope.starts) and scope.starts[at] == lead else None
    return head is not None and head.type in ACTOR_TYPES and head.name not in last["actors"]
