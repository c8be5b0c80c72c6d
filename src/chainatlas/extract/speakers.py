"""Who speaks a quotation in a report.

News quotes managers: ``“去年我们投入研发经费5800万元，今年上半年海外订单同比增长了四成。”
邵东精钢五金制品有限公司总经理王丽萍说``. The figures inside the quotation have no subject of
their own (我们); they are the firm's that the speaker answers for, named right after the
closing mark, before the speaker's title and a verb of saying; ``公司总经理…说`` there is the
firm named last before the quotation.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from chainatlas.extract.anaphora import antecedent
from chainatlas.extract.doc import Doc, Mention

_REACH = 400
_SPEAKERS = frozenset({"company", "platform", "institution", "park"})
#: What follows the speaker's body: a title, a name, then a verb of saying.
_SAID = re.compile(
    r"(?:党委)?(?:副)?(?:总经理|董事长|总裁|负责人|厂长|经理|院长|所长|主任|书记|研究员)"
    r"[\u4e00-\u9fff·]{0,4}(?:说|表示|介绍|坦言|告诉记者)"
)


def quoted_speaker(doc: Doc, pos: int, starts: list[int]) -> Mention | None:
    """The body whose officer says the quotation around ``pos``, or None when ``pos`` is
    not inside a quotation so attributed. ``starts`` are the mentions' starts."""
    text = doc.text
    opened = text.rfind("“", max(0, pos - _REACH), pos)  # a quotation runs a few sentences
    if opened < 0 or text.rfind("”", opened, pos) >= 0:
        return None
    closed = text.find("”", pos, pos + _REACH)
    if closed < 0 or text.find("“", pos, closed) >= 0:
        return None
    at = closed + 1 + (text[closed + 1 : closed + 2] in "，,")
    if text.startswith("公司", at) and _SAID.match(text, at + 2) is not None:
        firm = antecedent(doc, opened, starts, "company", None)  # “…”公司总经理黄晓彬说
        return Mention(at, at + 2, firm, "company", "speakers") if firm else None
    i = bisect_left(starts, at)
    if i == len(starts) or starts[i] != at:
        return None
    speaker = doc.mentions[i]
    if speaker.type not in _SPEAKERS or _SAID.match(text, speaker.end) is None:
        return None
    return speaker
