"""periods@1: the time each figure refers to, with inheritance.

Time expressions (2023年上半年, 2016年9月, 2021年12月29日) and words that mean "up to now"
(累计, 目前, 如今, 近年来, N年来, 已建, 拥有, 集聚) or "no single period" (每年, 年均) are
cues. A figure takes the nearest cue before it in its sentence; a sentence without one
inherits the last cue of the sentence before it in the same paragraph. A new paragraph
inherits a dated cue from the previous one, widened from a month or day to its year (the
next paragraph tells the same year, rarely the same day); "up to now" does not cross a
paragraph, and a heading starts afresh. Targets (预计…) ignore "up to now".
"""

from __future__ import annotations

import re

from chainatlas.extract.doc import Cue, Doc

NAME = "periods"
VERSION = "1"

_HALVES = {"上半年": "H1", "下半年": "H2", "一季度": "Q1", "第一季度": "Q1", "二季度": "Q2",
           "第二季度": "Q2", "三季度": "Q3", "第三季度": "Q3", "前三季度": "Q3", "四季度": "Q4",
           "第四季度": "Q4", "1-6月": "H1", "1—6月": "H1", "1-3月": "Q1"}  # fmt: skip
_HALF_ALT = "|".join(sorted(map(re.escape, _HALVES), key=len, reverse=True))
CUE = re.compile(
    r"(?=[\d目如至截一二三四五六七八九十近多先拥集已累现在每年平])"
    rf"(?:(?P<y>(?:19|20)\d\d)年(?:度)?(?:(?P<h>{_HALF_ALT})|(?P<m>1[0-2]|0?[1-9])月"
    rf"(?:(?P<d>3[01]|[12]\d|0?[1-9])[日号])?)?"
    r"|(?P<cum>目前|如今|至今|截至目前|一直以来|近年来|多年来|多年以来"
    r"|[\d一二三四五六七八九十]+年来|先后)"
    r"|(?P<local>拥有|集聚了|已建成|累计|现有|已有|已建|在建)"
    r"|(?P<none>每年|年均|每月|平均每年))"
)


def run(doc: Doc) -> Doc:
    doc.cues = [_cue(m) for m in CUE.finditer(doc.text)]
    _assign(doc)
    doc.made_by["periods"] = f"{NAME}@{VERSION}"
    return doc


def _cue(m: re.Match[str]) -> Cue:
    if m.group("y"):
        y = m.group("y")
        if m.group("h"):
            period = y + _HALVES[m.group("h")]
        elif m.group("d"):
            period = f"{y}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"
        elif m.group("m"):
            period = f"{y}-{int(m.group('m')):02d}"
        else:
            period = y
        return Cue(m.start(), m.end(), period, True)
    if m.group("cum"):
        return Cue(m.start(), m.end(), "cumulative", False)
    if m.group("local"):
        return Cue(m.start(), m.end(), "cumulative", False, carry=False)
    return Cue(m.start(), m.end(), "unknown", False)


def widen(period: str) -> str:
    """A month or a day widened to its year (``2016-09`` -> ``2016``)."""
    return period[:4] if "-" in period else period


def _assign(doc: Doc) -> None:
    cues = doc.cues
    by_sentence: dict[int, list[Cue]] = {}
    ci = 0
    for si, sentence in enumerate(doc.sentences):
        while ci < len(cues) and cues[ci].start < sentence.start:
            ci += 1
        cj = ci
        while cj < len(cues) and cues[cj].start < sentence.end:
            cj += 1
        by_sentence[si] = cues[ci:cj]
    facts: dict[int, list[int]] = {}
    for qi, q in enumerate(doc.quantities):
        facts.setdefault(q.sentence, []).append(qi)
    state: Cue | None = None
    paragraph = -1
    for si, sentence in enumerate(doc.sentences):
        if sentence.paragraph != paragraph:
            paragraph = sentence.paragraph
            kind = doc.paragraphs[paragraph].kind
            if kind in ("caption", "footer", "credit", "byline"):
                continue
            explicit = state is not None and state.explicit and kind != "heading"
            state = Cue(0, 0, widen(state.period), True) if explicit and state else None
        own = by_sentence.get(si, [])
        for qi in facts.get(si, []):
            q = doc.quantities[qi]
            q.period = _period_for(own, state, q.start, q.qualifier == "target")
        carried = [c for c in own if c.carry]
        if carried:
            state = carried[-1]


def _period_for(own: list[Cue], state: Cue | None, pos: int, target: bool) -> str:
    for cue in reversed(own):
        if cue.start <= pos and (cue.explicit or not target):
            return cue.period
    if state is not None and (state.explicit or not target):
        return state.period
    return "unknown"
