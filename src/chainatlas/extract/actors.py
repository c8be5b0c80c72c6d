"""Who acts in a happening: the organisations, places and people named in a stretch of text
(and the fairs and ceremonies at which things happen), and who delivers a report on the day
its delivery line under the title tells.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from chainatlas.extract.doc import Doc

ACTOR_TYPES = frozenset(
    ("company", "region", "province", "city", "park", "platform", "government", "institution",
     "person")
)  # fmt: skip


def actors_in(doc: Doc, start: int, end: int, starts: list[int]) -> list[str]:
    """The actors named in ``[start, end)`` in text order, once each (``starts``: the mentions'
    starts, sorted)."""
    lo, hi = bisect_left(starts, start), bisect_left(starts, end)
    return list(dict.fromkeys(
        m.name for m in doc.mentions[lo:hi]
        if m.type in ACTOR_TYPES
        or (m.type == "programme" and m.name.endswith(("会", "活动", "仪式")))
    ))  # fmt: skip


_SESSION = re.compile(
    r"((?:19|20)\d\d)年(1[0-2]|0?[1-9])月(3[01]|[12]\d|0?[1-9])日在([^，。\n]{4,40}?(?:会议|大会))上"
)


def deliveries(doc: Doc, starts: list[int], main: str | None) -> list[dict[str, Any]]:
    """``——2025年1月9日在株洲市第十六届人民代表大会第五次会议上``: a report's delivery,
    written under its title, is a dated happening of its own; the government and the head
    named on the line under it deliver it (else ``main``, the place the text is about)."""
    out = []
    # under the title, which a public notice's catalogue lines may push down the page
    for k, p in enumerate(doc.paragraphs[: max(8, doc.title_index() + 5)]):
        m = _SESSION.search(doc.text, p.start, p.end)
        if m is None:
            continue
        actors = actors_in(doc, m.start(4), m.end(4), starts) or ([main] if main else [])
        if k + 1 < len(doc.paragraphs):  # 霸州市人民政府市长 赵立新: who delivers it
            under = doc.paragraphs[k + 1]
            actors += [a for a in actors_in(doc, under.start, under.end, starts)
                       if a not in actors]  # fmt: skip
        if actors:
            date = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
            out.append({"date": date, "start": m.start(), "end": m.end(), "actors": actors,
                        "summary": m.group()[:80]})  # fmt: skip
    return out
