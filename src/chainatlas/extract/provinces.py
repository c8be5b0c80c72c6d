"""The province a county's page belongs to, for what the province does in it: a county story
opens its plans with the province's annual sessions (2026年全省“两会”提出…), which are the
province's happening of that year, though the clause names no one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from chainatlas.extract.lexicon import regions

#: The province's annual sessions setting a course (全省“两会”提出, 自治区“两会”明确).
_SESSIONS = re.compile(r"(?:全省|省|自治区|全区)[“\"]两会[”\"](?:提出|强调|明确|部署)")


def sessions_province(text: str, start: int, end: int) -> str | None:
    """The province whose annual sessions ``text[start:end]`` tells of, by its full name,
    when the page names it (the province named most); None otherwise."""
    if _SESSIONS.search(text, start, end) is None:
        return None
    counts = {full: text.count(short) for full, short in _provinces().items()}
    best = max(counts, key=lambda full: counts[full], default=None)
    return best if best is not None and counts[best] > 0 else None


@lru_cache(maxsize=1)
def province_short_names() -> tuple[str, ...]:
    """The provinces' short names (浙江, 内蒙古), which open firms' registered names."""
    return tuple(_provinces().values())


def named_in_passing(text: str, short: str) -> bool:
    """Whether a province written by its short name (广东, 上海) is only named in passing:
    a trip's goal or a firm's origin, told once or twice and never by its full name (广东省),
    which names no body of the page's own."""
    full = next((f for f, s in _provinces().items() if s == short), None)
    return full is not None and full not in text and text.count(short) < 3


@lru_cache(maxsize=1)
def _provinces() -> dict[str, str]:
    """Each province's full name -> its short name (山东省: 山东), which the full name holds, so
    a page's count of the short name counts both."""
    out: dict[str, str] = {}
    for name, kind in regions().items():
        if kind != "province" or not name.endswith(("省", "市", "自治区", "特别行政区")):
            continue
        short = re.sub(r"(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$", "", name)
        out[name] = short
    return out
