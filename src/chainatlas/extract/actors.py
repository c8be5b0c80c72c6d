"""Who acts in a happening: the organisations, places and people named in a stretch of text
(and the fairs and ceremonies at which things happen), who delivers a report on the day
its delivery line under the title tells, who holds a press conference on the day its
transcript's head gives, and whether those named are only where a happening took place or the
list it entered.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from chainatlas.extract.doc import Doc
from chainatlas.extract.happening import HONOUR

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
            date = _day(m)
            out.append({"date": date, "start": m.start(), "end": m.end(), "actors": actors,
                        "summary": m.group()[:80]})  # fmt: skip
    return out


#: A press conference's time line in its transcript's head (发布会时间：2026年10月28日上午10:00).
_BRIEFING_TIME = re.compile(
    r"(?:发布会)?时[ \u3000]*间[：:][ \u3000]*((?:19|20)\d\d)年(1[0-2]|0?[1-9])月(3[01]|[12]\d|0?[1-9])日"
)
#: The lines after it that still belong to the head (地点：…, 发布人：…, 市统计局局长 黄丽娟,
#: 主持人：…): short and without a full stop, which the first speech has.
_HEAD_LINE = re.compile(r"[^。！？]{2,60}$")


def briefings(doc: Doc, starts: list[int], main: str | None) -> list[dict[str, Any]]:
    """``发布会时间：2026年10月28日上午10:00`` under a 新闻发布会 title: the conference is a
    dated happening of its own, held by the office its page names as source and by the
    speakers and host its head lists (else ``main``)."""
    head = doc.paragraphs[: max(8, doc.title_index() + 5)]
    if not any("发布会" in doc.text[p.start : p.end] for p in head[:6]):
        return []
    for k, p in enumerate(head):
        m = _BRIEFING_TIME.match(doc.text, p.start, p.end)
        if m is None:
            continue
        end = p.end
        for below in doc.paragraphs[k + 1 : k + 12]:
            line = doc.text[below.start : below.end].strip(" \u3000")
            if not _HEAD_LINE.match(line):
                break
            end = below.end
        source = next((q for q in head[:k] if "来源" in doc.text[q.start : q.end]), None)
        actors = actors_in(doc, source.start, source.end, starts) if source is not None else []
        actors += [a for a in actors_in(doc, p.start, end, starts) if a not in actors]
        if main and main not in actors:
            actors.append(main)
        date = _day(m)
        return [{"date": date, "start": p.start, "end": p.end, "actors": actors,
                 "summary": doc.text[p.start : p.end][:80]}]  # fmt: skip
    return []


def _day(m: re.Match[str]) -> str:
    """The ISO day of a match whose groups 1–3 are a year, month and day (2026年1月9日)."""
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"


#: The last words of a meeting's, a fair's or a ceremony's name.
HELD = ("会", "活动", "仪式", "论坛")


def only_where(doc: Doc, actors: list[str], start: int, end: int, starts: list[int]) -> bool:
    """Whether ``actors`` name only where a happening took place (在深圳, 于巴宜区) and the
    happening itself (…推介会), not who held it."""
    lo, hi = bisect_left(starts, start), bisect_left(starts, end)
    venues = {
        m.name for m in doc.mentions[lo:hi] if doc.text[m.start - 1 : m.start] in ("在", "于")
    }
    return bool(actors) and bool(venues) and all(a in venues or a.endswith(HELD) for a in actors)


def only_lists(doc: Doc, actors: list[str], start: int, end: int, starts: list[int]) -> bool:
    """Whether every actor of ``[start, end)`` is the list or programme entered (★入选…示范区):
    who entered it is told elsewhere."""
    lo, hi = bisect_left(starts, start), bisect_left(starts, end)
    entered = {h.end() for h in HONOUR.finditer(doc.text, start, end)}
    listed = {m.name for m in doc.mentions[lo:hi] if m.type == "programme" or m.start in entered}
    return all(a in listed for a in actors)
