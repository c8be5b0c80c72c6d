"""A project's card on a signing or ground-breaking page::

    项目名称：京蒙智算中心项目
    签约企业：内蒙古京蒙算力科技有限公司
    总投资：68亿元
    建设内容：建设2万个标准机架及配套变电站，分三期建设…

Each line is a label and its value; the first names the project, and every figure on the
card is that project's. What the 建设内容 line says will be built is a goal, not a figure
of the day the card was signed.
"""

from __future__ import annotations

import re

from chainatlas.extract.doc import Doc

#: How many lines a card runs to after its name (签约企业, 总投资, 建设内容, 签约地点, …).
_CARD_LINES = 6
_NAME = re.compile(r"项目名称[：:]\s*([^\n]{4,60}?)\s*$")
_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}[：:]")
_PLANNED = re.compile(r"(?:建设内容|建设规模|主要建设内容)[：:]")


def card_project(doc: Doc, paragraph: int) -> str | None:
    """The project whose card holds ``paragraph``, or None if it is no card line."""
    for k in range(paragraph, max(-1, paragraph - _CARD_LINES - 1), -1):
        p = doc.paragraphs[k]
        named = _NAME.match(doc.text, p.start, p.end)
        if named is not None:
            return named.group(1)
        if _LABEL.match(doc.text, p.start, p.end) is None:
            return None  # a line of prose: the card, if any, ended above it
    return None


def is_planned_line(doc: Doc, paragraph: int) -> bool:
    """Whether ``paragraph`` is the line of a card telling what will be built."""
    p = doc.paragraphs[paragraph]
    return _PLANNED.match(doc.text, p.start, p.end) is not None and (
        card_project(doc, paragraph) is not None
    )
