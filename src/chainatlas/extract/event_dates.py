"""The date a cue gives the happening told beside it, which can differ from the period
it gives figures: a span of days dates the trip from its first day, 今年 dates an event by
its year, and spans such as 今年以来 or 1—10月 date no event at all."""

from __future__ import annotations

import re

from chainatlas.extract.doc import Cue

_FIRST_DAY = re.compile(r"(\d{1,2})日$")
#: The last day of a span of days (5月18日至21日): a period of the month, an event of its first.
TO_DAY = re.compile(r"[至到—~-]\d{1,2}日")


def as_event_date(text: str, raw: Cue, done: Cue) -> Cue:
    """Events are dated by a year, month or day: 去年 and 今年 date a happening by their
    year, and so do 上半年 and 一季度 (a happening within them); 今年以来, 全年 and
    1—10月 are spans that date none."""
    first = _FIRST_DAY.search(text, raw.start, raw.end) if len(done.period) == 7 else None
    if first is not None and TO_DAY.match(text, raw.end):
        # 11月6日至8日，…代表团赴深圳…: the trip happened from its first day
        day = f"{done.period}-{int(first.group(1)):02d}"
        return Cue(done.start, done.end, day, done.explicit, done.carry)
    if (
        raw is done
        or not raw.period.startswith("rel:")
        or raw.period.startswith(("rel:md", "rel:day"))
    ):
        return done
    kind = raw.period.split(":")
    if kind[1] == "lately" and text[raw.start - 1 : raw.start] != "在":
        return done  # 近日，…公布…名单: the month of the date line (在近日发布的…榜单中: its year)
    spans = kind[1] not in ("prev", "cur", "lately")
    if spans or text.startswith("今年以来", raw.start) or not done.period[:4].isdigit():
        return Cue(done.start, done.end, done.period, False, done.carry)
    month = len(kind) > 2 and kind[2].startswith("-")  # 今年3月: the month stays
    return Cue(
        done.start, done.end, done.period if month else done.period[:4], done.explicit, done.carry
    )
