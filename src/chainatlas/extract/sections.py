"""Whom a paragraph naming no one tells of, when a line of its own above it names them.

A firm's name on a line of its own (``★山东禹康生物科技有限公司（禹城市）``) heads a profile, and
so does a project's (``▶城北片区路网完善工程`` over ``总投资7.4亿元，…``);
an industry named alone after a section's number (``（一）天然气化工产业链。`` opening a
paragraph, or on a line of its own) heads that industry's section;
a numbered project line (``（一）承德钒宇新材料有限公司年产2万吨…项目（已投产）``) heads a
section that runs, past its dated milestone lines, to the next numbered heading. A reader
takes every figure under such a line, naming no one else, as that firm's or project's, and
the milestones (``2025年3月12日　签约``) as the happenings of the firm the heading names.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from chainatlas.extract.doc import Doc, Mention, past_marks
from chainatlas.extract.industry_parts import BAD_CORE

#: How far back a section's heading may stand (its milestone lines and paragraphs between).
_SECTION_REACH = 8
_NUMBERED = re.compile(r"[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、")


def profiled(doc: Doc, paragraph: int, starts: list[int]) -> Mention | None:
    """The firm whose name opens the line just above ``paragraph`` alone (★山东禹康生物科技有限公司
    (禹城市), ▶…有限公司年产3万吨…项目), or the project that line names whole (▶城北片区路网完善
    工程); None otherwise."""
    if paragraph == 0:
        return None
    line = doc.paragraphs[paragraph - 1]
    if line.end - line.start > 40 or "。" in doc.text[line.start : line.end]:
        return None
    at = bisect_left(starts, line.start)
    first = doc.mentions[at] if at < len(doc.mentions) else None
    lead = past_marks(doc.text, line.start)
    if first is None or first.start != lead:
        return None
    whole = first.type == "project" and first.end == line.end
    return first if first.type == "company" or whole else None


def section_project(doc: Doc, paragraph: int, starts: list[int]) -> Mention | None:
    """The project the nearest numbered heading above ``paragraph`` names, if that heading
    names one; None when the nearest numbered heading is about something else."""
    return _named_in_heading(doc, paragraph, starts, "project")


def section_firm(doc: Doc, paragraph: int, starts: list[int]) -> Mention | None:
    """The firm the nearest numbered heading above ``paragraph`` names: whose project the
    section's milestone lines (``2025年3月12日　签约``) tell of."""
    return _named_in_heading(doc, paragraph, starts, "company")


def _named_in_heading(doc: Doc, paragraph: int, starts: list[int], kind: str) -> Mention | None:
    heading = _section_heading(doc, paragraph)
    if heading is None:
        return None
    line = doc.paragraphs[heading]
    at = bisect_left(starts, line.start)
    while at < len(doc.mentions) and doc.mentions[at].start < line.end:
        if doc.mentions[at].type == kind:
            return doc.mentions[at]
        at += 1
    return None


def _section_heading(doc: Doc, paragraph: int) -> int | None:
    """The nearest numbered heading at or above ``paragraph``, within reach."""
    for k in range(paragraph - 1, max(-1, paragraph - _SECTION_REACH - 1), -1):
        line = doc.paragraphs[k]
        if line.kind == "heading" and _NUMBERED.match(doc.text, line.start) is not None:
            return k
    return None


def section_industry(doc: Doc, paragraph: int, component: str) -> Mention | None:
    """The industry a numbered lead names alone, at the head of ``paragraph`` (``（一）天然气
    化工产业链。2025年实现产值836.2亿元``) or as the nearest numbered heading above it."""
    own = _NUMBERED.match(doc.text, doc.paragraphs[paragraph].start) is not None
    heading = paragraph if own else _section_heading(doc, paragraph)
    if heading is None:
        return None
    line = doc.paragraphs[heading]
    mark = _NUMBERED.match(doc.text, line.start)
    if mark is None:
        return None
    stop = min((k for k in (doc.text.find(c, mark.end(), line.end) for c in "。：:") if k >= 0),
               default=line.end)  # fmt: skip
    named = _INDUSTRY_LEAD.fullmatch(doc.text, mark.end(), stop)
    if named is None or BAD_CORE.search(named.group(1)) or _NO_ONE.match(named.group(1)):
        return None  # （二）做强三大主导产业, （三）其他重点产业: no one industry
    return Mention(mark.end(), stop, named.group(), "industry", component)


#: An industry named alone: a few words and the word for an industry or a chain.
_INDUSTRY_LEAD = re.compile(r"([\u4e00-\u9fff“”]{2,14})(?:产业链|产业集群|产业|集群|板块|行业)")
_NO_ONE = re.compile(r"其他|其余|重点|主导|相关|各")


def opens_section(doc: Doc, paragraph: int) -> bool:
    """Whether ``paragraph`` opens with a section's number (（三）…, 三、…)."""
    return _NUMBERED.match(doc.text, doc.paragraphs[paragraph].start) is not None


def numbered_at(doc: Doc, at: int) -> bool:
    """Whether a section's number stands at ``at`` (…带动农户增收。（二）“菜篮子”…)."""
    return _NUMBERED.match(doc.text, at) is not None


def opens_item(doc: Doc, paragraph: int) -> bool:
    """Whether ``paragraph`` opens with an item's number: a section's, or 3．/3、 of a list."""
    start = doc.paragraphs[paragraph].start
    return opens_section(doc, paragraph) or _DIGIT_ITEM.match(doc.text, start) is not None


_DIGIT_ITEM = re.compile(r"\d{1,2}[.．、](?!\d)")
