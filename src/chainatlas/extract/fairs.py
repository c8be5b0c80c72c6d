"""Figures told at a fair or a conference: ``…椅业博览会开幕，现场签约项目15个`` counts what
was signed there as the fair's, since no one else is named as signing; ``…等120余人参加会议``
counts who attended it."""

from __future__ import annotations

import re
from bisect import bisect_left

from chainatlas.extract.doc import Doc, Mention
from chainatlas.extract.eligible import eligible

#: How the names of fairs and conferences end.
_FAIR_END = ("会", "论坛")


def is_fair(m: Mention) -> bool:
    """Whether ``m`` names a fair or a conference (…招商推介会, …发展论坛)."""
    return m.type == "programme" and m.name.endswith(_FAIR_END)


def fair_subject(
    doc: Doc, clauses: list[tuple[int, int]], end: int, pos: int, mentions: list[Mention]
) -> Mention | None:
    """``…椅业博览会开幕，现场签约项目15个，签约金额46.5亿元``: what is signed at a fair or a
    conference is counted as the fair's (the first named, in ``A暨B``), unless the clause
    names who signed."""
    start = clauses[0][0]
    fair = next(
        (m for m in mentions if start <= m.start and m.end <= end and is_fair(m)),
        None,
    )  # fmt: skip
    if fair is None or doc.text.find("签约", fair.end, end) < 0:
        return None
    if _TALLIED.match(doc.text, fair.end):
        return None  # 走访企业14家，举办专场推介会1场，…签约项目9个: a trip's doings, tallied
    for m in mentions:
        if fair.end <= m.start and m.end <= pos:
            cs = max(c[0] for c in clauses if c[0] <= m.start)
            if eligible(doc, m, cs):
                return None  # 在…大会上，园区集中签约…: the park signed
    return fair


#: A meeting counted among a trip's doings (举办专场招商推介会1场).
_TALLIED = re.compile(r"\s*[\d一二两三四五六七八九十]+场")
#: What follows a count of the people who attended (120余人参加会议, 200余人参会).
ATTENDED = re.compile(r"(?:余|多)?(?:人|名)?(?:参加|出席|参会|与会|到会)")
#: How far back the meeting attended may be named.
_MEETING_REACH = 400


def attended_meeting(doc: Doc, start: int, end: int, starts: list[int]) -> Mention | None:
    """The meeting or fair a count of attendants (``…等120余人参加会议``) is about: the one
    last named before it, within reach."""
    if not ATTENDED.match(doc.text, end):
        return None
    for k in range(bisect_left(starts, start) - 1, -1, -1):
        m = doc.mentions[k]
        if m.start < start - _MEETING_REACH:
            break
        if m.type == "programme" and m.name.endswith(_FAIR_END):
            return m
    return None
