"""A place's own park told by its kind alone (县工业园区, 区工业园区, 市经济开发区).

A county's text names its park as the county's: 县工业园区1—9月实现产值…, 在县产业园区举行. No
other county is meant, so the park is the text's own county's, and its entity takes that
county's name (宁强县工业园区), as the park is called wherever it is named in full. Only where
the text's place is a county, district, city or banner of the same mark; a town's park (镇工业
集中区) names a town the text may not.
"""

from __future__ import annotations

import re

from chainatlas.extract.doc import Doc, Mention
from chainatlas.extract.lexicon.counties import short_name
from chainatlas.extract.topic import main_region

_OWN_PARK = re.compile(
    r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[在于和与及到]))(?P<mark>[县区市旗])"
    r"(?P<kind>工业园区|工业集中区|工业集聚区|产业园区|工业园|经济技术开发区|经济开发区"
    r"|高新技术产业开发区|经开区|高新区)"
)


def own_parks(doc: Doc, component: str) -> list[Mention]:
    """Each park told by its place's mark and its kind, named with the text's own place."""
    if _OWN_PARK.search(doc.text) is None:
        return []
    place = main_region(doc)
    if place is None or len(place) < 2 or "自治" in place:
        return []  # 巴马瑶族自治县: an autonomous county's park goes by names that differ
    out = []
    for m in _OWN_PARK.finditer(doc.text):
        if place[-1] == m.group("mark"):
            name, short = place + m.group("kind"), short_name(place)
            if len(short) >= 2 and short + m.group("kind") in doc.text:
                name = short + m.group("kind")  # 余庆经济开发区 where the text writes it so
            out.append(Mention(m.start(), m.end(), name, "park", component))
    return out
