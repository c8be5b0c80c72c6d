"""Parks inside parks (启东高新区医疗器械产业园, 霍城工业园区纺织服装产业园).

A zone's own park is named after the zone and then by its trade. The zone stays the topic of
what the text tells (its figures are the zone's); the park within is an entity of the text by
its own name (医疗器械产业园), though no figure is its own.
"""

from __future__ import annotations

import re

from chainatlas.extract.doc import Doc, Mention

_WITHIN = re.compile(
    r"(?P<head>[\u4e00-\u9fff]{2,10}?)(?:产业园区|产业园|加工园|物流园|化工园区|化工园|产业基地)"
)
#: Words that make what follows a zone no park of its own: a count, a verb, an honour's rank
#: (入选省级特色产业园区, 在全省化工园区…中).
_NOT_OWN = re.compile(
    r"[\d一二两三四五六七八九十几多在已]|规划|建设|新建|打造|建成|入选|获评|获批|省级|国家|自治区|"
    r"全省|全市|推进|内|的|等|和|、"
)


def inner_parks(doc: Doc, component: str) -> list[Mention]:
    """The parks named right after the zone they lie in, each by its own name."""
    out = []
    for m in doc.mentions:
        if m.type != "park":
            continue
        inner = _WITHIN.match(doc.text, m.end)
        if inner is not None and _NOT_OWN.search(inner.group("head")) is None:
            out.append(Mention(inner.start(), inner.end(), inner.group(), "park", component))
    return out
