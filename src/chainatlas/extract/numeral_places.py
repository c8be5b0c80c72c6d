"""Places whose names begin with a numeral (万年县, 五家渠市, 九台区, 五台县): their first
characters read as a figure and a counter (万年 "ten thousand years", 五家 "five firms").

A county's story writes its name dozens of times, mostly short (万年是世界稻作起源地之一), so
every such mention would be a spurious figure. The short name counts as the place only where
the document also writes the full name: 万年 in a text that never says 万年县 may well be
"ten thousand years".
"""

from __future__ import annotations

import re
from functools import lru_cache

from chainatlas.extract.lexicon import place_words
from chainatlas.extract.lexicon.counties import counties, short_name
from chainatlas.extract.numerals import CHINESE_DIGITS

_FIRST = frozenset(CHINESE_DIGITS) | frozenset("万亿")


@lru_cache(maxsize=1)
def _names() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every county, city and province whose name starts with a numeral
    (longest first), and each name as written -> its full name (a full name maps to itself)."""
    forms: dict[str, str] = {}
    for full in (*counties(), *place_words()):
        if full[0] not in _FIRST:
            continue
        forms[full] = full
        short = short_name(full) if full in counties() else ""
        if short:
            forms.setdefault(short, full)
    ordered = sorted(forms, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, ordered))), forms


#: How often a short name is written before it is the place though its full name is not.
_TOLD_OFTEN = 3
#: Counters a short name may end in (三元, 五台: three yuan, five machines), which a text may
#: well write three times over: the place only where its full name is written.
_COUNTERS = frozenset("元台")


def place_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every numeral-led place name in ``text`` written where its full
    name is written too, in text order."""
    pattern, forms = _names()
    present: dict[str, bool] = {}
    spans = []
    for m in pattern.finditer(text):
        full = forms[m.group()]
        if full not in present:  # 三门 three times over in a story that never says 三门县
            often = m.group()[-1] not in _COUNTERS and text.count(m.group()) >= _TOLD_OFTEN
            present[full] = full in text or often
        if present[full]:
            spans.append(m.span())
    return spans
