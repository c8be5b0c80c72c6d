"""Where the name of a meeting, a fair or a ceremony begins, read back from its last word
(…博览会, …推介会, …签约仪式): such names hold words that end other names (和, 暨, years,
places in brackets), so they are read by rules of their own.
"""

from __future__ import annotations

import re

from chainatlas.extract.verbs import VERB_LAST, VERBS

#: The ideographs, as a character class body.
IDEOGRAPHS = r"\u4e00-\u9fff"

#: ``在京宝坻籍企业家``: people from a place living in a city or province told by one character
#: (not 在长三角郏县籍…, where 在 tells where the meeting was).
_NATIVES_AWAY = re.compile(
    rf"[外京沪津渝穗深莞杭甬蓉汉榕厦苏浙粤闽鲁豫皖湘鄂赣川黔滇陕港澳台][{IDEOGRAPHS}]{{1,4}}籍"
)
_EVENT_STOP = frozenset("，。；：？！、“”（）《》【】\n 在于暨的向▲★")
BRACKETED_PLACE = re.compile(rf"（[{IDEOGRAPHS}]{{2,4}}）$")
_ORDINAL = re.compile(r"第[一二三四五六七八九十百\d]+届")
#: ``一次供需对接会``, ``两场推介会``: how often a meeting is held is not its name.
_TIMES = re.compile(r"[一二两三四五六七八九十\d]+[次场期]")


def event_start(text: str, end: int) -> int:
    """Start of a fair or conference name (博览会, 推介会): its words run back to punctuation
    (``中国国际轨道交通和装备制造产业博览会`` holds 和), a verb or an ordinal (第五届)."""
    i = end
    while i > 0 and end - i < 30:
        ch = text[i - 1]
        bracket = BRACKETED_PLACE.search(text, max(0, i - 6), i) if ch == "）" else None
        if bracket is not None:
            i = bracket.start()  # 中国（安吉）椅业博览会: the place in brackets is in the name
            continue
        done = ch == "了"  # 举行了…对接会, 召开了…座谈会: no name holds 了
        if ch == "在" and _NATIVES_AWAY.match(text, i):
            i -= 1  # 在京宝坻籍企业家座谈会: 在京 is in its name
            break
        if (
            done
            or ch in _EVENT_STOP
            or (
                i < end
                and ch in VERB_LAST
                and VERBS.search(text, max(0, i - 3), i)
                and not text.startswith("企业家", i - 2)
            )  # 企业家座谈会: people, no verb
            or _HOLDS.search(text, max(0, i - 2), i)  # 每月组织一次…对接会; 160余人参加推介会
        ):
            break
        i -= 1
    ordinal = _ORDINAL.match(text, i) or _TIMES.match(text, i)
    return ordinal.end() if ordinal else i


def ceremony_start(text: str, end: int) -> int:
    """Start of a ceremony's name (长葛市2025年第二季度再生金属产业项目集中签约暨开工活动): back to
    punctuation, through years, verbs and 暨, which such names hold."""
    i = end
    while i > 0 and end - i < 40 and text[i - 1] not in _CEREMONY_STOP:
        if _HOLDS.search(text, max(0, i - 2), i) or text[i - 1] == "在":
            break  # 合肥经开区举行…签约活动: who holds it is not in its name
        i -= 1
    return i + (text[i : i + 1] == "的")  # 当天举行的重大项目集中签约仪式: not 的


_CEREMONY_STOP = frozenset("，。；：？！、“”（）《》【】\n ▲★●■◆▶")
_HOLDS = re.compile(r"举行|举办|召开|开展|组织|出席|参加|亮相|主持|见证")
