"""Places whose names begin with a numeral (万年县, 五家渠市, 九台区, 五台县): their first
characters read as a figure and a counter (万年 "ten thousand years", 五家 "five firms").

A county's story writes its name dozens of times, mostly short (万年是世界稻作起源地之一), so
every such mention would be a spurious figure. The short name counts as the place only where
the document also writes the full name: 万年 in a text that never says 万年县 may well be
"ten thousand years".
"""

from __future__ import annotations

from functools import lru_cache

from chainatlas.extract.lexicon import place_words
from chainatlas.extract.lexicon.counties import counties, short_name
from chainatlas.extract.numerals import CHINESE_DIGITS

_FIRST = frozenset(CHINESE_DIGITS) | frozenset("万亿")


@lru_cache(maxsize=1)
def _names() -> dict[str, list[tuple[str, str]]]:
    """First character -> [(name as written, full name)], longest first, for every county,
    city and province whose name starts with a numeral; a full name maps to itself."""
    table: dict[str, dict[str, str]] = {}
    for full in (*counties(), *place_words()):
        if full[0] not in _FIRST:
            continue
        forms = table.setdefault(full[0], {})
        forms[full] = full
        short = short_name(full) if full in counties() else ""
        if short:
            forms.setdefault(short, full)
    return {
        first: sorted(forms.items(), key=lambda form: len(form[0]), reverse=True)
        for first, forms in table.items()
    }


def place_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every numeral-led place name in ``text`` written where its full
    name is written too, in text order."""
    spans: list[tuple[int, int]] = []
    present: dict[str, bool] = {}
    for first, forms in _names().items():
        at = text.find(first)
        while at >= 0:
            for form, full in forms:
                if not text.startswith(form, at):
                    continue
                if full not in present:
                    present[full] = full in text
                if present[full]:
                    spans.append((at, at + len(form)))
                    break
            at = text.find(first, at + 1)
    return sorted(spans)
