"""Years told together, figures told in turn: ``2020年至2024年，营业收入分别为A、B、C、D和E``,
``2023年、2024年、2025年，规上工业增加值分别增长x、y和z``.

The sentence names its years once, before 分别, and every figure of the run after it is of
one of them in order; read as any other sentence, all of them would take the last year
written. Only a run exactly as long as the years are many is dated this way: a run that
is shorter or longer tells of something else (每年分别…, two measures of one year).
"""

from __future__ import annotations

import re

from chainatlas.extract.doc import Doc, Quantity

#: ``2020年至2024年``, ``2020—2024年``: every year of the span, in order.
_SPAN = re.compile(r"((?:19|20)\d\d)年?(?:至|到|—|–|-|~)((?:19|20)\d\d)年")
#: ``2023年、2024年和2025年``: the years listed.
_LISTED = re.compile(r"(?:19|20)\d\d年(?:(?:、|和|及|以及)(?:19|20)\d\d年)+")
_YEAR = re.compile(r"(?:19|20)\d\d")
#: What may stand between two figures of one run.
_JOINERS = frozenset({"、", "和", "与", "及", "以及", ",", "，"})


def date_runs(doc: Doc) -> None:
    """Give each figure of a run after 分别 the year the sentence lists in its place."""
    text = doc.text
    for sentence_index, sentence in enumerate(doc.sentences):
        at = text.find("分别", sentence.start, sentence.end)
        if at < 0:
            continue
        years = _years_before(text, sentence.start, at)
        if len(years) < 2:
            continue
        while at >= 0:
            run = _run_after(doc, sentence_index, at, sentence.end)
            if len(run) == len(years):
                for q, year in zip(run, years, strict=True):
                    q.period = year
            at = text.find("分别", at + 2, sentence.end)


def _years_before(text: str, start: int, end: int) -> list[str]:
    """The years named together last before ``end``: a span's every year, or a list's."""
    found = [(m.start(), m) for m in _SPAN.finditer(text, start, end)]
    found += [(m.start(), m) for m in _LISTED.finditer(text, start, end)]
    if not found:
        return []
    _at, last = max(found, key=lambda pair: pair[0])
    if last.re is _SPAN:
        first, final = int(last.group(1)), int(last.group(2))
        return [str(y) for y in range(first, final + 1)] if 0 < final - first <= 10 else []
    return _YEAR.findall(last.group())


def _run_after(doc: Doc, sentence_index: int, at: int, end: int) -> list[Quantity]:
    """The figures after ``at`` in one run: of one unit, each joined to the one before by
    a list mark, up to the sentence's end."""
    figures = [
        q
        for q in doc.quantities
        if q.sentence == sentence_index and at < q.start < end and not q.drop and q.measure
    ]
    run: list[Quantity] = []
    for q in figures:
        if run and (q.unit != run[0].unit or doc.text[run[-1].end : q.start] not in _JOINERS):
            break
        run.append(q)
    return run
