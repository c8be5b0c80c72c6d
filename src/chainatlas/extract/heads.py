"""The subject heading a clause: a name after nothing but time words and list marks
(★光伏新能源产业实现…, 1.河南恒辉…有限公司…), or what a place builds with a partner
(由A与B共建的C揭牌运行, A与B共建C，累计…), or the team the whole clause describes.
Subjects read earlier and later clauses' heads when a figure's own clause names none.
"""

from __future__ import annotations

import re

from chainatlas.extract.abbreviations import ABBREVIATION
from chainatlas.extract.doc import Doc, Mention, past_marks
from chainatlas.extract.eligible import eligible
from chainatlas.extract.industry_parts import NUMBERED, WHOLE_PLACE
from chainatlas.extract.phrases import HEAD_JUNK


def clause_head(doc: Doc, clause: tuple[int, int], mentions: list[Mention]) -> Mention | None:
    """The subject heading ``clause``: an eligible mention after nothing but time words, or
    the team the whole clause describes (…首席科学家周立新带领的菌种研发团队)."""
    cs, ce = clause
    team = next((m for m in mentions if cs <= m.start and m.type == "team"), None)
    if team is not None and not doc.text[team.end : ce].strip("，,。；;"):
        return team
    for k, m in enumerate(mentions):
        if cs <= m.start < ce:
            numbered = NUMBERED.match(doc.text, cs)
            # ★光伏新能源产业实现…; 1.河南恒辉…有限公司年产30万吨…项目，总投资…
            lead = numbered.end() if numbered else past_marks(doc.text, cs)
            lead += doc.text[lead : lead + 1] == " "  # ● 超高清视频显示产业…
            junk = HEAD_JUNK.fullmatch(doc.text, lead, m.start)
            built = _CO_BUILT.match(doc.text, m.end)
            if doc.text[lead : m.start] == "由" and built is not None:
                junk = built  # 由A与B共建的C揭牌运行: C's
            if not junk or not eligible(doc, m, cs):
                return None
            if m.type == "programme" and m.name.endswith(_DESIGNATED):
                return None  # 国家级专精特新“小巨人”企业达到50家，…: what is counted, no subject
            if built is not None:
                made = next((a for a in mentions[k + 1 :] if a.start == built.end()), None)
                whole = made is not None and (
                    built.group().endswith("的") or doc.text[made.end : made.end + 1] in "，,"
                )  # A与B共建C，累计…: C's; 共建C、D等平台11家: the list is A's doing
                return made if made is not None and whole else m
            for after in mentions[k + 1 : k + 3]:
                renamed = ABBREVIATION.fullmatch(doc.text, m.end, after.start)
                if after.type == "industry" and renamed:
                    return after  # X开发区（以下简称“X开区”）集成电路产业实现…
                if (
                    after.type == "industry"
                    and after.start == m.end
                    and WHOLE_PLACE.fullmatch(doc.text, m.start, m.end)
                ):
                    return after  # 全市先进陶瓷产值增长28.6%，增速高于…: the part goes on
            return m
    return None


#: How designations of firms, clusters and plants end: a clause they head counts them.
_DESIGNATED = ("企业", "集群", "工厂", "示范基地", "中心")
#: ``A与B共建的C揭牌运行，首批引进研发团队8个``: what follows is C's, not A's.
_CO_BUILT = re.compile(r"(?:与|和|联合)[^，。；]{2,24}?(?:共建|合建|共同组建|联合组建)的?")
