"""Who acted in a happening whose clause names no one: the firm a bare 项目 or 该公司 points
back to, the firm of a project's item or of a numbered section, or who acted in the line before in
a timeline.
"""

from __future__ import annotations

import re

from chainatlas.extract.actors import actors_in
from chainatlas.extract.anaphora import antecedent
from chainatlas.extract.doc import BULLET, BULLETS, Doc, Sentence
from chainatlas.extract.sections import section_firm
from chainatlas.extract.sentences import clauses_of


def unnamed_actors(
    doc: Doc, sentence: Sentence, end: int, starts: list[int], firm: str | None
) -> list[str]:
    """Who acted in a clause that names no one and follows no happening of its sentence: the
    firm a project word points to (项目一期建成投产), the firm of the numbered section
    (2025年3月12日　签约), or who acted in the line before, in a timeline."""
    pointed = _pointed(doc, sentence, end, starts, firm)
    if pointed:
        return pointed
    item = _item_head(doc, sentence)
    if item is not None:
        named = actors_in(doc, item[0], item[1], starts)
        if named:
            return (
                named  # ——雍城化工年产5万吨…项目。总投资4.6亿元，今年8月建成投产: the item's firm
            )
    lead = _bullets_lead(doc, sentence.paragraph)
    if lead is not None:
        named = actors_in(doc, lead[0], lead[1], starts)
        if named:
            return named  # 2025年，旅顺经济开发区…产业集群 / ★入选…: the line the bullets go on
    headed = section_firm(doc, sentence.paragraph, starts)
    return [headed.name] if headed is not None else _timeline_actors(doc, sentence.paragraph)


#: A project's item opening its paragraph: a mark, maybe a tag (【强链】), the project's name.
_ITEM_HEAD = re.compile(
    rf"[ \u3000]*(?:——|{BULLET})[ \u3000]*(?:【[^】]{{1,6}}】)?[^。；]{{4,60}}项目。"
)


def _item_head(doc: Doc, sentence: Sentence) -> tuple[int, int] | None:
    """The span of the item heading ``sentence``'s paragraph, when the sentence comes after
    it in the item (——…项目。总投资…，今年8月建成投产); None for any other sentence."""
    p = doc.paragraphs[sentence.paragraph]
    head = _ITEM_HEAD.match(doc.text, p.start, p.end)
    return (p.start, head.end()) if head is not None and sentence.start >= head.end() else None


def _bullets_lead(doc: Doc, paragraph: int) -> tuple[int, int] | None:
    """The span of the short line a run of ★ bullets goes on from (2025年，旅顺经济开发区…产业集群
    / ★实现…; ★入选…), when ``paragraph`` is one of the bullets; None otherwise."""
    first = paragraph
    while (
        first >= 0
        and doc.text[doc.paragraphs[first].start : doc.paragraphs[first].start + 1] in BULLETS
    ):
        first -= 1
    if first == paragraph or first < 0:
        return None
    lead = doc.paragraphs[first]
    short = lead.end - lead.start <= 40 and not doc.text.endswith("。", lead.start, lead.end)
    return (lead.start, lead.end) if short else None


def _timeline_actors(doc: Doc, paragraph: int) -> list[str]:
    """``2024年9月　北垦农机与佳木斯高新区签订投资协议`` / ``2025年4月　项目一期开工建设``: the
    lines of a project's timeline, each opening with its date, go on with who acted in the
    line before."""
    first = paragraph
    while first > 0 and _TIMELINE_LINE.match(doc.text, doc.paragraphs[first - 1].start):
        first -= 1
    if first == paragraph or not _TIMELINE_LINE.match(doc.text, doc.paragraphs[paragraph].start):
        return []
    last = doc.events[-1] if doc.events else None
    return list(last["actors"]) if last and last["start"] >= doc.paragraphs[first].start else []


#: A line of a timeline: its date, then a space, then what happened.
_TIMELINE_LINE = re.compile(r"(?:19|20)\d\d年\d{1,2}月(?:\d{1,2}日)?[ \u3000]")
_PROJECT_HEAD = re.compile(
    r"(?:该|这个)?项目|[一二三四五六]期|(?:该|这家)?公司|(?:该|这家)企业|企业(?=[^，。；]{2,30}项目)"
    r"|这家(?=[^，。；]{2,12}的(?:企业|公司))"  # 这家2009年成立的企业
    r"|(?:该|这条(?:[^，。；]{1,16}的)?)(?:生产线|产线)"  # 这条总投资3.6亿元的生产线: the firm's line
)


def _pointed(
    doc: Doc, sentence: Sentence, end: int, starts: list[int], title_firm: str | None
) -> list[str]:
    """``2023年9月，项目一期10GWh建成投产``, ``该公司入选…名单``: a project named by 项目
    alone is the one the firm last named (within two paragraphs) is building; 该公司 is
    that firm; in a firm's own news, with no firm named before, the firm the title names."""
    text = doc.text
    heads = [
        cs for cs, _ce in clauses_of(doc, sentence) if cs < end and _PROJECT_HEAD.match(text, cs)
    ]
    firm = antecedent(doc, heads[0], starts, "company", None) if heads else None
    firm = firm or (title_firm if heads else None)  # in a firm's own news, its project
    return [firm] if firm is not None else []
