"""Amounts a policy grants: to whom, and what kind of grant, as a reader names them.

``对新落地的链主项目最高给予1000万元奖励`` grants 链主项目 at most 1000万元 of 奖励 (链主项目最高奖励);
``对新认定的国家级制造业单项冠军企业、国家级绿色工厂、省级专精特新中小企业，分别给予100万元、
50万元、10万元一次性奖励`` grants each listed kind its own amount, in turn (新认定国家级制造业单项冠军
企业一次性奖励, …). The kind of grant follows the amounts; the grantee precedes 给予.
"""

from __future__ import annotations

import re

from chainatlas.extract.doc import Doc, Quantity
from chainatlas.extract.period_words import GRANT_WORDS

#: ``对新落地的链主项目最高给予``: the grantee before the verb of granting (in the phrase).
_GRANTED = re.compile(
    r"(?:新落地的?|对)?([\u4e00-\u9fff]{2,12}?)(?:最高给予|给予最高|最高奖励|给予)"
)
#: A kind of grant: a few words and the word for what is granted (一次性奖励, 安家补贴).
_GRANT_KIND = r"([\u4e00-\u9fff]{0,4}?(?:奖励|资助|补贴|补助|扶持资金))"
#: The kind of grant after the amount (or after the list of amounts granted in turn).
_AWARD_AFTER = re.compile(rf"(?:[、和及]\d[\d.]*[万亿]?元)*的?{_GRANT_KIND}")
#: ``给予一次性奖励10万元``: the kind of grant told before its amount.
_AWARD_BEFORE = re.compile(rf"给予(?:最高)?{_GRANT_KIND}(?:最高|资金)?$")
#: ``对新认定的A、B、C，分别给予``: kinds granted in turn.
_IN_TURN = re.compile(
    r"对(?P<new>新认定|新获批|新引进|新落地)?的?(?P<items>[^，。；]{2,80}?)[，,]?分别给予$"
)


def award_name(doc: Doc, q: Quantity, cs: int, phrase: str) -> str:
    """The name of a granted amount, or "" when ``q`` is none: the grantee, 最高 when the
    text caps it, and the kind of grant."""
    award = _AWARD_AFTER.match(doc.text, q.end)
    if award is None:
        before = _AWARD_BEFORE.search(doc.text, max(cs, q.start - 16), q.start)
        if before is not None:
            return before.group(1)  # 给予一次性奖励10万元
        return _cap(doc, q)
    granted = _GRANTED.fullmatch(phrase)
    if granted is not None and granted.group(1) != "分别":
        capped = "最高" if "最高" in phrase else ""
        return granted.group(1) + capped + award.group(1)  # 链主项目最高奖励
    turn = _in_turn(doc, q, cs)
    return turn + award.group(1) if turn else ""


def _in_turn(doc: Doc, q: Quantity, cs: int) -> str:
    """The kind the n-th amount after 分别给予 is granted to: the n-th of the list before."""
    text = doc.text
    verb = text.rfind("分别给予", cs, q.start)
    if verb < 0:
        return ""
    start = max(text.rfind(c, 0, verb) for c in "。；\n") + 1
    listed = _IN_TURN.search(text, start, verb + 4)
    if listed is None:
        return ""
    n = sum(1 for p in doc.quantities if verb < p.start < q.start and not p.drop)
    items = listed.group("items").split("、")
    return (listed.group("new") or "") + items[n] if n < len(items) else ""


#: What a grant is told as (给予补助), for the cap after it.
_GRANT_WORD = re.compile(GRANT_WORDS)


def _cap(doc: Doc, q: Quantity) -> str:
    """``按设备投资额的8%给予补助，单个项目最高2000万元``: the cap of the grant told before it in
    its sentence (最高补助); "" when ``q`` is no cap."""
    text = doc.text
    if not (text.startswith("最高", q.start) or text.endswith("最高", 0, q.start)):
        return ""
    told = doc.sentences[q.sentence].start if q.sentence >= 0 else max(0, q.start - 60)
    grants = list(_GRANT_WORD.finditer(text, told, q.start))
    return "最高" + grants[-1].group() if grants else ""
