"""The structure a place's tiers are counted in: ``2个五百亿级产业集群…构建起“2+3”现代产业
体系``, ``提出“一主两翼”发展路径：做强1个三百亿级…主导产业``.

A county's story names its industries by tier and then (or first) the shape they make, in
quotes; a count of tiers (1个百亿级, 3个五十亿级) is that shape's, not one industry's nor the
park's that hosts them.
"""

from __future__ import annotations

import re

from chainatlas.extract.doc import PLACE_TYPES, Doc, Mention, Quantity
from chainatlas.extract.quantities import TIER_AFTER

#: A quoted shape (“2+3+X”, “一主两翼”, “一核两翼”) and the words naming what it shapes.
_SHAPE = re.compile(
    r"“((?:[\dXxNn]+\+)+[\dXxNn]+|一[主核带][一二两三四五六七八九十多][辅翼特强新链区园带极])”\n?"
    r"([\u4e00-\u9fff]{0,6}?(?:体系|布局|格局|路径|思路|集群)|产业)"
)
#: How far from a tier count its structure may be named (one long sentence either way).
_REACH = 120
#: How far a shape's name may run on past its paragraph's end (“1+3”\n现代产业体系 in a PDF).
_WRAPPED = 8


def tier_structure(doc: Doc, q: Quantity, candidates: list[Mention]) -> str | None:
    """The structure a tier count (``q``: 2个五百亿级) is counted in: an industry named with a
    shape among the sentence's ``candidates``, else a quoted shape named near it, with the
    place written before it (阿瓦提“一主两辅”产业布局); None when ``q`` counts no tiers."""
    if not doc.text.startswith("级", q.end - 1) and not TIER_AFTER.match(doc.text, q.end):
        return None
    shape = next((m for m in candidates if m.type == "industry" and "+" in m.name), None)
    if shape is not None:
        return shape.name
    paragraph = doc.paragraphs[doc.sentences[q.sentence].paragraph]
    found = _nearest_shape(doc.text, q.start, paragraph.start, paragraph.end + _WRAPPED)
    found = found or _nearest_shape(doc.text, q.start, 0, len(doc.text))
    if found is None:
        return None
    place = next(
        (
            doc.text[m.start : m.end]
            for m in reversed(doc.mentions)
            if m.end <= found.start() and m.type in PLACE_TYPES and found.start() - m.end <= 4
        ),
        "",
    )
    return place + found.group().replace("\n", "")


def _nearest_shape(text: str, pos: int, lo: int, hi: int) -> re.Match[str] | None:
    """The quoted shape nearest ``pos`` within its sentence or the next (a wrapped line),
    inside ``text[lo:hi]``: its paragraph first, not a heading's above."""
    start = max(lo, text.rfind("。", max(0, pos - _REACH), pos) + 1 or pos - _REACH)
    end = text.find("。", pos)
    end = min(end + 1 if end >= 0 else len(text), pos + _REACH, hi)
    matches = list(_SHAPE.finditer(text, start, end))
    return min(matches, key=lambda m: abs(m.start() - pos)) if matches else None
