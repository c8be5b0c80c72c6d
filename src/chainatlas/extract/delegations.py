"""A delegation is named by its place (开化县党政代表团), not by who leads it (县长…率县党政代表团).
Told by its level alone (我县党政代表团, 县党政代表团赴长三角…), it is the text's own county's
(district's, city's), named with its place (岐山县党政代表团) as annotators and readers name it;
investment-promotion news names it so far more often than in full.
"""

from __future__ import annotations

import re

from chainatlas.extract.doc import PLACE_TYPES, Doc, Mention, Quantity

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


def named_delegation(doc: Doc) -> str | None:
    """The delegation the text names (龙州县党政代表团), which a bare 代表团 points back to."""
    return next((m.name for m in doc.mentions if m.name.endswith(_DELEGATION_NAMES)), None)


_DELEGATION_NAMES = ("代表团", "考察团")


#: Who leads a delegation, told before it (县长杜晓峰率县党政代表团): no part of its name.
_LEADS = re.compile(r".*(?:率领|带领|率)")


def delegation_start(text: str, start: int, start_suffix: int) -> int:
    """``开化县党政代表团``: a delegation is named by its place alone; one told by a bare 县 or
    after who leads it (…率县党政代表团) has no name of its own here (``start_suffix``)."""
    led = _LEADS.match(text, start, start_suffix)
    start = led.end() if led is not None else start
    head = text[start:start_suffix]
    return start if len(head) >= 2 and head[-1] in "县区市旗" else start_suffix


#: ``代表团先后走访企业16家``: the delegation told by its kind alone, heading what it did.
_ITS_DOING = re.compile(
    r"(?:^|[，,；。])\s*(?:[\u4e00-\u9fff]{0,8}?[，,])?(?:代表团|考察团)(?:一行)?(?:先后|共|还|累计|此行)?"
)


#: How a trip's days are told (五天时间里, 4天内), before what its party did in them.
DAYS_SPENT = r"(?:时间)?[里内中]"
_DAYS_OF = re.compile(DAYS_SPENT + r"?[，,]\s*(?:代表团|考察团)")


def delegation_doing(doc: Doc, q: Quantity) -> Mention | None:
    """The delegation named last before ``q`` when ``q``'s sentence tells what a bare 代表团
    did (4天时间里，代表团先后走访企业16家、召开座谈会5场): what it did is its own; None
    where the sentence tells no such doing or no delegation was named."""
    sentence = doc.sentences[q.sentence]
    if doc.text.find("团", sentence.start, sentence.end) < 0:
        return None  # most sentences: no delegation in sight, no search
    days = q.unit == "天" and _DAYS_OF.match(doc.text, q.end) is not None  # 4天时间里，代表团…
    if not days and _ITS_DOING.search(doc.text, sentence.start, q.start) is None:
        return _led_out(doc, q, sentence.start)
    named = [m for m in doc.mentions if m.end <= q.start and m.name.endswith(_DELEGATION_NAMES)]
    return named[-1] if named and len(named[-1].name) > 3 else None


#: ``…率平利县党政代表团赴浙江杭州、义乌…``: the delegation sent out to where it goes.
_GOES = re.compile(r"(?:一行)?(?:赴|前往|到)")


def _led_out(doc: Doc, q: Quantity, start: int) -> Mention | None:
    """The delegation a sentence sends out (…率县党政代表团赴上海、苏州…，先后走访企业16家):
    its figures after it are what it did, unless a name other than the places it goes to
    comes between (a firm visited has figures of its own)."""
    named = [m for m in doc.mentions if start <= m.start and m.end <= q.start]
    sent = [i for i, m in enumerate(named) if m.name.endswith(_DELEGATION_NAMES)]
    if not sent or len(named[sent[-1]].name) <= 3:
        return None
    led = named[sent[-1]]
    if _GOES.match(doc.text, led.end) is None:
        return None
    return led if all(m.type in PLACE_TYPES for m in named[sent[-1] + 1 :]) else None
