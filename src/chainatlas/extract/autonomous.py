"""Autonomous counties, prefectures and banners (桓仁满族自治县, 恩施土家族苗族自治州): named by a
place, its peoples and 自治县/州/旗, too long for the context rules that find other places.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from chainatlas.extract.lexicon.counties import PEOPLES, counties
from chainatlas.extract.names import CJK, Found

#: An autonomous county, prefecture or banner: two characters of its place, its peoples, 自治县/州/旗.
_AUTONOMOUS = re.compile(rf"(?:(?![的是有在])[{CJK}]){{2}}(?:(?:{PEOPLES})族){{1,3}}自治[县州旗]")


def find_autonomous(text: str) -> Iterator[Found]:
    """Autonomous divisions, with a place of three or four characters the division table
    knows (阿克塞哈萨克族自治县) taken whole."""
    for m in _AUTONOMOUS.finditer(text):
        start = m.start()
        start -= next((k for k in (2, 1) if text[start - k : m.end()] in counties()), 0)
        yield start, m.end(), text[start : m.end()], "region"
