"""Noun phrases around a figure: what it is about and what it measures.

Scanning stops at punctuation, at verbs (实现, 拥有, 带动 …) and at a named mention, so
``溧阳“2+2+X”产业实现规上工业总产值 1287.4 亿元`` yields ``规上工业总产值`` before the figure.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from chainatlas.extract.lexicon import build_automaton, indicators

_PUNCT = set("，。；：、？！（）《》【】 \n等")
_BACK_VERB = re.compile(
    r"(实现|完成|达到|拥有|集聚了|集聚|引进|吸引|带动|推动|累计|共有|新增|建成|形成|培育|已有|具有|"
    r"建有|规划了|规划|首次|作为|通过|其中|以及|包括|对|在|有|是|为|达|让|使|将|从)$"
)
_TRIM_BEFORE = re.compile(
    r"(预计可达|有望达到|有望达|预计达|可达|达到|达|实现|完成|约为|为|累计|共计|总计|合计|有望|预计|"
    r"将|已经|首次|均|分别|的|了|仅用|仅|只用|用时|历时|耗时)$"
)
_LEADING = re.compile(
    r"^(?:其中|全市|全省|全国|全区|全县|全年|年末|年初|当年|届时|年|各|该|其|共|另|公司|企业|同时|此外|了|的)+"
    r"(?=.)"
)
_SCOPE_TAIL = re.compile(r"(全国|全省|全市|县域|国内|省内|行业|全球)+$")
_FORWARD_STOP = re.compile(
    r"相继|陆续|先后|接连|均|都|已|正在|正|从|在|为|落户|落地|进行|实现|达|于|增幅|增速|增长|"
    r"成为|入驻|参与|通过|获得|共同|分别|等"
)


_STARTS_FIGURE = re.compile(r"^(?:近|超|约)?[\d一二三四五六七八九十两百千]+[多余]?[个家位名项人]")
_VERB_ONLY = re.compile(r"^(规划|建设|投资|引进|新建|建成|实施|推进|打造|布局)$")


@lru_cache(maxsize=1)
def _indicator_automaton() -> Any:
    return build_automaton(indicators())


def scan_back(text: str, end: int, floor: int, limit: int = 18) -> int:
    """Start of the phrase that ends at ``end``, not before ``floor``."""
    i = end
    while i > floor and end - i < limit:
        ch = text[i - 1]
        if ch in _PUNCT or ch.isdigit():
            break
        if i < end and _BACK_VERB.search(text, max(floor, i - 4), i):
            break
        i -= 1
    return i


def trim_before(text: str, end: int, floor: int) -> int:
    """Move ``end`` back over verbs and adverbs that sit between a noun and its figure."""
    while end > floor:
        m = _TRIM_BEFORE.search(text, max(floor, end - 5), end)
        if not m or m.start() == m.end():
            return end
        end = m.start()
    return end


def phrase_before(text: str, end: int, floor: int) -> str:
    """The noun phrase just before ``end`` (verbs trimmed, leading scope words removed)."""
    end = trim_before(text, end, floor)
    start = scan_back(text, end, floor)
    phrase = _LEADING.sub("", text[start:end])
    if _VERB_ONLY.match(phrase):
        phrase = ""
    return widen_to_lexicon(text, end, phrase)


def widen_to_lexicon(text: str, end: int, phrase: str) -> str:
    """Prefer a dictionary indicator ending where the phrase ends, if it is longer
    (``动力电池产业规模``: the phrase ``规模`` widens to ``产业规模``)."""
    best = phrase
    window_start = max(0, end - 14)
    for e_idx, (word, canonical) in _indicator_automaton().iter(text, window_start, end):
        if e_idx + 1 == end and len(word) > len(best):
            best = canonical if canonical == word else word
    return best


def phrase_after(text: str, start: int, limit: int = 20) -> str:
    """The noun phrase after a count (``80 多个产业链项目``, ``20余位博士研究生、博士后和工程师``)."""
    end = start
    while end < len(text) and end - start < limit and text[end] not in "，。；：？！（）\n":
        end += 1
    segment = text[start:end]
    if segment.startswith("“"):
        close = segment.find("”")
        return segment[1:close] if close > 0 else ""
    stop = _FORWARD_STOP.search(segment)
    if stop:
        segment = segment[: stop.start()]
    quote = segment.find("“")
    if quote >= 0:
        segment = segment[:quote]
    items = []
    for item in segment.split("、"):
        if not item or _STARTS_FIGURE.match(item):
            break
        items.append(item)
    segment = "、".join(items)
    if "和" in segment and re.search(r"\d", text[start:end]):
        segment = segment.split("和")[0]
    return segment.rstrip("的")


def strip_scope_tail(phrase: str) -> str:
    return _SCOPE_TAIL.sub("", phrase)
