"""A delegation told by its level alone (我县党政代表团, 县党政代表团赴长三角…): the text's own
county's (district's, city's) delegation, named as annotators and readers name it, with its place
(岐山县党政代表团). Investment-promotion news names it so far more often than in full.
"""

from __future__ import annotations

import re

#: 我县/本区/县 before 党政代表团, the place left out.
_BARE = re.compile(r"(?:[我本])?([县区市旗])党政代表团")


def most_named(text: str, places: set[str], level: str) -> str | None:
    """The place of ``level`` (县, 区, 市 …) the text names most, by its short form (岐山 of
    岐山县; a county of one character, 费县, by its whole name); None if it names none."""
    of_level = [p for p in places if p.endswith(level) and len(p) >= 2]
    return max(of_level, key=lambda p: (text.count(p[:-1] if len(p) > 2 else p), p), default=None)


def bare_delegations(text: str, places: set[str]) -> list[tuple[str, str, str, str]]:
    """``我县党政代表团`` -> the rule reading (surface, kind, canonical name) of the delegation of
    the place of that level the text names most."""
    out = []
    for m in _BARE.finditer(text):
        cjk_before = "\u4e00" <= text[m.start() - 1 : m.start()] <= "\u9fff"
        if (
            not m.group().startswith(("我", "本"))
            and cjk_before
            and text[m.start() - 1] not in "率领"
        ):
            continue  # 开化县党政代表团: named in full, found by its suffix
        place = most_named(text, places, m.group(1))
        if place is not None:
            out.append(("rule", m.group(), "government", place + "党政代表团"))
    return out
