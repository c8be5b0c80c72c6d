"""Figures told at a fair or a conference: ``…椅业博览会开幕，现场签约项目15个`` counts what
was signed there as the fair's, since no one else is named as signing."""

from __future__ import annotations

from chainatlas.extract.doc import Doc, Mention
from chainatlas.extract.eligible import eligible

#: How the names of fairs and conferences end.
_FAIR_END = ("会", "论坛")


def fair_subject(
    doc: Doc, clauses: list[tuple[int, int]], end: int, pos: int, mentions: list[Mention]
) -> Mention | None:
    """``…椅业博览会开幕，现场签约项目15个，签约金额46.5亿元``: what is signed at a fair or a
    conference is counted as the fair's (the first named, in ``A暨B``), unless the clause
    names who signed."""
    start = clauses[0][0]
    fair = next(
        (m for m in mentions if start <= m.start and m.end <= end
         and m.type == "programme" and m.name.endswith(_FAIR_END)),
        None,
    )  # fmt: skip
    if fair is None or doc.text.find("签约", fair.end, end) < 0:
        return None
    for m in mentions:
        if fair.end <= m.start and m.end <= pos:
            cs = max(c[0] for c in clauses if c[0] <= m.start)
            if eligible(doc, m, cs):
                return None  # 在…大会上，园区集中签约…: the park signed
    return fair
