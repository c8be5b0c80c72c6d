"""Firms whose short names are also words: 小米 (millet), 美的 (最美的乡村), 吉利 (lucky), 联想
(to call to mind). A county's farm page writes 小米 thirty times and never means the phone
maker, so such a name is a firm in a document only where it is written as one somewhere:
before a word of a firm (小米集团, 美的空调) or listed next to another firm the lexicon knows
(华为、小米等企业). A county's name in the lexicon is asked the same question of places here
(:func:`written_as_named`), so that the lexicon's reader asks once for either.
"""

from __future__ import annotations

import re
from functools import lru_cache

from chainatlas.extract.lexicon import known_organisations
from chainatlas.extract.lexicon.counties import counties
from chainatlas.extract.places import written_as_place

#: The lexicon's firms whose names are everyday words too.
WORDLIKE = frozenset({"小米", "美的", "吉利", "联想", "紫光"})
#: What follows a firm's short name: its kind, its business, its brand's goods.
_FIRM_AFTER = re.compile(r"集团|公司|控股|股份|科技|汽车|手机|电器|空调|家电|生态链|工厂|智能")


def written_as_named(text: str, word: str) -> bool:
    """Whether a lexicon's word that is also a phrase (a county's name, a firm's) stands in
    ``text`` as the name at least once."""
    if word in counties():
        return written_as_place(text, word)
    return word not in WORDLIKE or _written_as_firm(text, word, _firms())


@lru_cache(maxsize=1)
def _firms() -> frozenset[str]:
    return frozenset(w for w, kind in known_organisations().items() if kind == "company")


def _written_as_firm(text: str, word: str, firms: frozenset[str]) -> bool:
    """Whether ``word`` stands as a firm's name at least once in ``text``."""
    k = text.find(word)
    while k >= 0:
        end = k + len(word)
        if _FIRM_AFTER.match(text, end):
            return True
        if text.startswith("、", end) and any(text.startswith(f, end + 1) for f in firms):
            return True
        if text[k - 1 : k] == "、" and any(text.endswith(f, 0, k - 1) for f in firms):
            return True
        k = text.find(word, end)
    return False
