"""events@1: dated happenings with their actors.

A dated cue (2016年9月, 2021年12月29日) followed in its sentence by a verb of happening
(开园, 投产, 签约, 牵手, 入选 …) makes an event; its actors are the organisations and places
named in that stretch of text. Plans (预计2023年投产) are not events.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from chainatlas.extract.doc import Doc

NAME = "events"
VERSION = "1"

_VERB = re.compile(
    r"开园|投产|开工|签约|落户|牵手|举行|成立|揭牌|获评|荣获|入选|启动|共建|来到|提出|聚焦|跻身|"
    r"荣列|挺进|引进|发布|召开|批复|认定|落地|竣工|达产|下线|量产|开业|设立|建成|突破|实现|签署|"
    r"签订|开通|投用|揭幕|奠基|挂牌|授牌|获批"
)
_PLAN = re.compile(r"(预计|计划|力争|有望|争取|到)$")
_ACTOR_TYPES = {"company", "region", "province", "city", "park", "platform", "government",
                "institution", "person"}  # fmt: skip


def run(doc: Doc) -> Doc:
    starts = [m.start for m in doc.mentions]
    cue_index = 0
    for sentence in doc.sentences:
        if doc.paragraphs[sentence.paragraph].kind not in ("body", "heading"):
            continue
        while cue_index < len(doc.cues) and doc.cues[cue_index].start < sentence.start:
            cue_index += 1
        j = cue_index
        while j < len(doc.cues) and doc.cues[j].start < sentence.end:
            cue = doc.cues[j]
            j += 1
            if not cue.explicit or _PLAN.search(doc.text, max(0, cue.start - 2), cue.start):
                continue
            end = (
                doc.cues[j].start
                if j < len(doc.cues) and doc.cues[j].start < sentence.end
                else sentence.end
            )
            verb = _VERB.search(doc.text, cue.end, end)
            if verb is None:
                continue
            lo, hi = bisect_left(starts, sentence.start), bisect_left(starts, end)
            actors = list(dict.fromkeys(
                m.name for m in doc.mentions[lo:hi] if m.type in _ACTOR_TYPES
            ))  # fmt: skip
            if not actors:
                continue
            qs = cue.end + (1 if doc.text[cue.end : cue.end + 1] == "，" else 0)
            qe = end - (1 if doc.text[end - 1 : end] in "。！？" else 0)
            doc.events.append({"date": cue.period, "start": qs, "end": qe, "actors": actors,
                               "summary": doc.text[qs:qe][:80]})  # fmt: skip
    doc.made_by["events"] = f"{NAME}@{VERSION}"
    return doc
