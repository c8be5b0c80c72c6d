"""Who a signed project's investment belongs to: ``荔浦市与浙江森野户外用品股份有限公司签约年产
300万件户外家具项目，总投资25亿元`` tells the firm's project, whose investment it is, though
the place heads the sentence.
"""

from __future__ import annotations

import re

from chainatlas.extract.doc import Doc, Mention, Quantity

#: The investment of what was just named (总投资25亿元, 计划总投资约8亿元).
_INVESTED = re.compile(r"(?:项目)?(?:计划)?(?:总投资|协议投资|投资额)(?:约|达|为|达到)?$")
#: A signing of a project with a firm, told before the investment in the sentence.
_SIGNED_WITH = re.compile(r"与([^，。；]{4,40}?)(?:正式|成功|现场)?签约[^，。；]{0,30}项目")
_PLACES = frozenset({"region", "city", "province", "government", "park"})


def signed_firm(
    doc: Doc, q: Quantity, mentions: list[Mention], subject: Mention | None
) -> Mention | None:
    """The firm a place signed a project with, for the project's investment told after it;
    ``subject`` (what the sentence otherwise gives) for any other figure."""
    if subject is None or subject.type not in _PLACES or q.measure != "level":
        return subject
    sentence = doc.sentences[q.sentence]
    if not _INVESTED.search(doc.text, max(sentence.start, q.start - 10), q.start):
        return subject
    signed = None
    for m in _SIGNED_WITH.finditer(doc.text, sentence.start, q.start):
        signed = m
    if signed is None:
        return subject
    firm = next(
        (m for m in mentions if m.type == "company" and signed.start(1) <= m.start < signed.end(1)),
        None,
    )
    return firm or subject
