"""A work report's review of the plan's years (五年来，…由2020年的208.6亿元增加到286.4亿元):
where each change started is its base year, where it arrived is the year reviewed, not "up
to now", even where the later changes of the sentence leave their base year untold.
"""

from __future__ import annotations

import re

from chainatlas.extract.anchors import Anchors
from chainatlas.extract.doc import Doc, Quantity


def date_reached_ends(doc: Doc, anchors: Anchors) -> None:
    """``五年来，…由2020年的208.6亿元增加到286.4亿元`` in a work report on 2025: where a
    change over the plan's years arrived is the year reviewed, not "up to now" (目前 before
    it stays so)."""
    if anchors.report is None or not anchors.review:
        return
    for q in doc.quantities:
        reached = _REACHED.search(doc.text, max(0, q.start - 40), q.start)
        if reached is None:
            _date_later_change(doc, q, str(anchors.report))
            continue
        if _NOW_WORD.search(reached.group()):
            continue
        # the end is never the base's year (是“十三五”时期的1.5倍；…由2020年的31家增加到48家)
        if q.period in ("cumulative", reached.group(1)):
            q.period = str(anchors.report)


def _date_later_change(doc: Doc, q: Quantity, report: str) -> None:
    """``由2020年的196.8亿元增加到286.4亿元，…；陶瓷产业产值由172.4亿元增长到268.5亿元``: a later
    change of the same review told without its base year has the first one's years."""
    if q.period != "cumulative":
        return
    sentence = doc.sentences[q.sentence]
    based = _BASE_TOLD.search(doc.text, sentence.start, q.start)
    if based is None:
        return
    if doc.text.endswith(("由", "从"), based.end(), q.start):
        q.period = based.group(1)  # 由172.4亿元: the base, in the year the first one told
    elif _REACHED_BARE.search(doc.text, max(based.end(), q.start - 30), q.start):
        q.period = report  # …增长到268.5亿元: where it arrived, the year reviewed


#: ``由2020年的208.6亿元增加到`` right before a figure: the change's base, then its verb.
_REACHED = re.compile(
    r"[由从]((?:19|20)\d\d)年(?:末|底)?的[^，。；]{1,24}?(?:增加|增长|提高|提升|上升|扩大|增)[到至]$"
)
_NOW_WORD = re.compile(r"目前|如今|现在|当前")
#: The base year a review's first change told (由2020年的…).
_BASE_TOLD = re.compile(r"[由从]((?:19|20)\d\d)年(?:末|底)?的")
_REACHED_BARE = re.compile(r"[由从][^，。；年]{1,24}?(?:增加|增长|提高|提升|上升|扩大|增)[到至]$")
