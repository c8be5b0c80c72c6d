"""The day of a signing or a promotion fair, which dates what is signed at it; and the day
a list is published, which dates the entrants counted in the sections after it.

Investment-promotion news opens with a ceremony on a day (9月15日，…重点项目集中签约仪式…
举行) and goes on with what was signed there: how many projects, their investment, the
land they take, the guests. Those figures are the ceremony's and take its day, though the
paragraphs after it (a list under 【签约项目速览】, 其余13个项目总投资…) name no time of
their own, and the headline repeats them. The ceremony's figures run until a paragraph
tells a time of its own (截至8月末，…; 2024年，…); a sentence that points back at the
ceremony (会上，…; 现场，…) is the ceremony's again. What a project will do once built
(达产后, 可带动) stays a goal of no day, and what a place has built up (已集聚) is no
figure of the day. A plant started on the day (…生产线投产仪式…举行) is described as it stands
that day: its investment, floor space and automation, though the page tells when it was
signed and begun (项目于2025年4月签约，同年7月开工建设，总投资5.2亿元).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from chainatlas.extract.doc import Cue, Doc, Quantity, Sentence
from chainatlas.extract.happening import LIST_YEAR
from chainatlas.extract.period_words import settled_by_words
from chainatlas.extract.qualifiers import phase_start
from chainatlas.extract.sections import opens_item
from chainatlas.extract.sentences import clause_at

#: What is held on the day: a signing, a ground-breaking, a promotion fair or meeting.
CEREMONY = re.compile(
    r"签约|集中开工|开工仪式|推介会|招商会|招商大会|洽谈会|对接会|推进大?会|投资大会|"
    r"博览会|交易会|展览会|表彰|工作大会|投产仪式|竣工仪式"
)
#: A list published on the day (10月21日，省工信厅公布2026年度…名单，我市38家企业入选): its
#: entrants, counted in the sections after it, are the day's.
_PUBLISHED = re.compile(
    r"(?:公布|发布|公示|印发)[^。；]{0,80}?(?:名单|榜单|名录)|名单(?:公布|出炉|揭晓)|"
    r"(?:公布|发布)《[^》]{0,40}?(?:百强|排行|排名|竞争力)[^》]{0,30}》"  # 《2026…百强县研究报告》
)
_LIST_TITLE = re.compile(r"榜|名单|入选")
#: A sentence of a list's news that counts its entrants again (本次全市共有26家企业入选…).
_ENTRANTS = re.compile(r"[^，。；]{0,10}?(?:入选|上榜|榜上有名)|(?:本次|此次)")
#: Words near the start of a sentence that point back at the ceremony (会上，…; 开幕式上; 记者在现场
#: 了解到; 此次签约的项目中).
_POINTS_BACK = re.compile(
    r"[^，。；]{0,8}?(?:会上|现场|活动上|式上|活动中|(?:本次|此次)(?:签约|入驻|开工)|签约的?项目中)"
)
#: A day's period (2026-10-12), which a ceremony is held on.
DAY = re.compile(r"(?:19|20)\d\d-\d\d-\d\d")
_DAY_OR_MONTH = re.compile(r"(?:19|20)\d\d-\d\d(?:-\d\d)?")
_PLANNED = re.compile(r"计划|预计|力争|拟|将于|有望|争取")
_NAMES_BATCH = re.compile(r"(?:重大|重点)?(?:产业)?(?:项目)?(?:集中)?签约")
_BUILT_UP = re.compile(r"已|累计|拥有|集聚|现有|共有|至此|总数")
#: A sentence told of now (目前, 如今), not of the day: it dates none of its figures.
_NOW = re.compile(r"目前|如今|现阶段")
_SIGNED_LEVEL = re.compile(r"投资|外资|用地|占地|签约|成交|展览面积")
#: How long it took to the day (从第一次来考察到今天正式签约，只用了45天): the day's figure.
_TO_TODAY = re.compile(r"到今天|至今天|到今日")
#: A line of a project's card: a short label and a colon (总投资：68亿元).
_CARD_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}[：:]")
#: A planned date of a plant's milestone (预计2026年底投产), which dates no output.
_MILESTONE = re.compile(r"[底末]?(?:建成)?(?:投产|建成|开工|竣工|达产)")
#: A heading under which the day's projects, or the new base started that day, are told.
_LIST_HEADING = re.compile(r"项目|签约|入驻|新基地|新产线|生产线")
#: A plant's start-up held on the day (…生产线投产仪式…举行, …正式投产).
_STARTED = re.compile(r"投产仪式|正式投产|建成投产|投产运营|竣工投产")
#: A step of a plant's building told with its date (2025年4月开工建设, 2024年11月签约).
_STEP = re.compile(r"[底末]?(?:正式)?(?:签约|开工|动工|建成|投产|试生产|试产)")
#: How many paragraphs below the title (date line included) a ceremony may open in.
_OPENING = 4


@dataclass
class Frame:
    """A ceremony: its day, the sentence that tells it, and whether the headline names
    it. ``open`` follows the paragraphs: a paragraph with a time of its own closes it."""

    day: str
    sentence: int
    paragraph: int
    title: int  # the title paragraph when the headline names a signing, else -1
    open: bool = True
    listed: bool = False  # a list published, not a ceremony held
    started: bool = False  # a plant's start-up, whose description is the day's


def find(
    doc: Doc, by_sentence: dict[int, list[Cue]], resolve: Callable[[Cue], str | None]
) -> Frame | None:
    """The ceremony told by the first sentence near the top that has a day (``resolve``
    reads a cue's period) and a ceremony word."""
    at = doc.title_index()
    for si, sentence in enumerate(doc.sentences):
        beyond = sentence.paragraph - (max(at, 0) + _OPENING)
        if beyond > 2:
            return None
        held = CEREMONY.search(doc.text, sentence.start, sentence.end) is not None
        started = held and _STARTED.search(doc.text, sentence.start, sentence.end) is not None
        if beyond > 0 and not (started and _headed_start(doc, max(at, 0), sentence.paragraph)):
            continue  # a firm's page may set its site's name, menu and path over the title
        # a ceremony is held on a day; a list may be told published in a month (近日，…公布)
        dated = DAY if held else _DAY_OR_MONTH
        days = [p for p in map(resolve, by_sentence.get(si, ())) if p and dated.fullmatch(p)]
        if not days:
            continue
        if not held and not _PUBLISHED.search(doc.text, sentence.start, sentence.end):
            continue
        named = at >= 0 and (CEREMONY if held else _LIST_TITLE).search(
            doc.text, doc.paragraphs[at].start, doc.paragraphs[at].end
        )
        title = at if named else -1
        return Frame(_day(doc, sentence, days[0], held), si, sentence.paragraph, title,
                     listed=not held, started=started)  # fmt: skip
    return None


def _day(doc: Doc, sentence: Sentence, day: str, held: bool) -> str:
    """The ceremony's day; for a ranking told published lately (近日，…发布《2026…百强研究》),
    the year its title gives, which its ranks and counts are of, rather than the month (a
    list of a year's designations, 2026年度…名单, counts its entrants in the month told)."""
    if held or len(day) > 7:
        return day
    named = LIST_YEAR.search(doc.text, sentence.start, sentence.end)
    return named.group(1) if named is not None and named.group(1) else day


def _headed_start(doc: Doc, first: int, end: int) -> bool:
    """Whether a line among paragraphs ``[first, end)`` names a start-up (…生产线正式投产): the
    title, which a long one may leave set as a body line."""
    return any("投产" in doc.text[p.start : p.end] for p in doc.paragraphs[first:end])


def follow(frame: Frame, doc: Doc, si: int, own: list[Cue]) -> None:
    """Close the frame at a paragraph after the ceremony's that tells a time of its own
    before anything else; open it again at a heading of projects or a sentence that points
    back at the ceremony."""
    sentence = doc.sentences[si]
    if sentence.paragraph <= frame.paragraph:
        return
    paragraph = doc.paragraphs[sentence.paragraph]
    heading = paragraph.kind == "heading" and _LIST_HEADING.search(
        doc.text, paragraph.start, paragraph.end
    )
    back = (_ENTRANTS if frame.listed else _POINTS_BACK).match(
        doc.text, sentence.start, sentence.end
    )
    if (heading and not frame.listed) or back:
        frame.open = True  # 【三大链主项目】; 会上，…; 全市9家企业入选省级瞪羚企业
        return
    if (
        not frame.listed
        and sentence.start == paragraph.start
        and opens_item(doc, sentence.paragraph)
    ):
        frame.open = True  # 3．…项目: the next project signed, whatever the one before told
    # a signing's item: 是今年以来…最大的 tells no time of its own; a list's closes at any
    head_end = sentence.end if frame.listed else clause_at(doc, sentence, sentence.start)[1]
    if frame.started:
        head_end = sentence.start + 1  # a plant's page: a time opening the sentence (2025年，…)
    if any(_own_time(frame, doc, cue, sentence.start) for cue in own if cue.start < head_end):
        frame.open = False


def _own_time(frame: Frame, doc: Doc, cue: Cue, sentence_start: int) -> bool:
    """Whether ``cue`` tells a time other than the ceremony's (not a plan's date: 计划今年
    7月开工; nor, for a plant started on the day, a step of its building: 2025年4月开工建设)."""
    if not cue.explicit or cue.goal or cue.period == frame.day:
        return False
    if frame.started and _STEP.match(doc.text, cue.end):
        return False
    if _NAMES_BATCH.match(doc.text, cue.end):
        return False  # 一季度集中签约28个项目: the quarter names the batch signed on the day
    return not _PLANNED.search(doc.text, max(sentence_start, cue.start - 6), cue.start)


def period(frame: Frame, doc: Doc, q: Quantity, own: list[Cue], state: Cue | None) -> str | None:
    """The period the ceremony gives ``q``: its day for a figure of the ceremony,
    ``unknown`` for what a signed project will do once built (达产后年产值约45亿元, 预计
    2026年底投产 dating the plant's start, not its output); None where it says nothing."""
    sentence = doc.sentences[q.sentence]
    # the headline, and the line under it (58个项目总投资486.3亿元)
    under = (
        sentence.paragraph == frame.title + 1 and doc.paragraphs[frame.title + 1].kind == "heading"
    )
    in_title = frame.title >= 0 and (sentence.paragraph == frame.title or under)
    if not in_title and (q.sentence < frame.sentence or not frame.open):
        return None
    before = [c for c in own if c.start < q.start]
    if q.qualifier == "target":
        if phase_start(doc.text, q.start, q.end) is not None:
            return None  # 一期3GWh计划明年6月建成投产: dated by its planned start-up
        if not before:
            return "unknown" if state is None or state.start == 0 else None
        last = before[-1]
        return "unknown" if last.goal and _MILESTONE.match(doc.text, last.end) else None
    if q.qualifier == "range":
        return None
    if q.sentence != frame.sentence and any(
        _own_time(frame, doc, c, sentence.start) for c in before
    ):
        return None  # a time of its own: 其一期项目2023年投产后，去年实现营业收入…
    other = LIST_YEAR.search(doc.text, sentence.start, q.start) if frame.listed else None
    if other is not None and (other.group(1) or other.group(2)) != frame.day[:4]:
        return None  # …百强第96位。与此同时，在…2025年度…监测评价中…第8位: another list's year
    clause_start = clause_at(doc, sentence, q.start)[0]
    label = _CARD_LABEL.match(doc.text, sentence.start)
    if label is not None and label.end() <= q.start:
        clause_start = sentence.start  # 总投资：68亿元, a line of a project's card
    if _BUILT_UP.search(doc.text, clause_start, q.start) or _NOW.search(
        doc.text, sentence.start, q.start
    ):
        return None  # 已集聚; 目前在…建成订单基地18.6万亩，与26家合作社…: what stands now
    if settled_by_words(doc, q) is not None:
        return None  # 投产后，公司总产能由8万吨提升至13万吨: the words settle it, not the day
    if q.measure == "count" and q.unit not in ("年", "天", "个月", "期"):
        return frame.day
    if frame.started and q.measure in ("level", "share", "duration", "ratio", "gap", "growth"):
        return frame.day  # the plant as it starts: its investment, floor space, automation
    if frame.listed and (q.measure in ("share", "rank") or q.unit == "分"):
        # 汽车及零部件企业22家，占全市入选企业的57.9%; 入选数量居全市第1位; 经济实力81.27分
        return frame.day
    signed = q.measure == "level" and _SIGNED_LEVEL.search(doc.text, clause_start, q.start)
    of_signed = q.measure == "share" and "签约" in doc.text[clause_start : q.start]
    took = q.measure == "duration" and _TO_TODAY.search(doc.text, sentence.start, q.start)
    return frame.day if signed or of_signed or took else None
