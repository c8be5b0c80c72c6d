"""Figures told of in turn: ``A、B营业收入分别达到X和Y`` -- the n-th figure after 分别 is
about the n-th of the things listed before it (named mentions, or parts of a whole joined
by 、)."""

from __future__ import annotations

import re
from bisect import bisect_left

from chainatlas.extract.doc import Doc, Mention
from chainatlas.extract.industry_parts import BAD_CORE, ITEM_MARK, indicator_words

_JOINERS = frozenset({"、", "和", "与", "及", "以及"})


def respective(
    doc: Doc, cs: int, pos: int, mentions: list[Mention], figure_ends: list[int], component: str
) -> Mention | None:
    """``A、B营业收入分别达到X和Y``: the n-th figure after 分别 is about the n-th of the
    names listed together before it."""
    text = doc.text
    at = text.rfind("分别", cs, pos)
    if at < 0:
        return None
    n = bisect_left(figure_ends, pos) - bisect_left(figure_ends, at)
    for _ in range(2):  # …分别实现产值A、B和C，分别增长x、y和z: back to the list
        if text[cs:at].strip("，,；"):
            break
        cs, at = _told_before(text, cs)
    listed = [m for m in mentions if cs <= m.start and m.end <= at and m.type != "industry"]
    run: list[Mention] = []
    for m in listed:
        if run and text[run[-1].end : m.start] not in _JOINERS:
            run = []
        run.append(m)
    if len(run) >= 2:
        return run[n] if n < len(run) else None
    parts = _listed_parts(text, cs, at)  # 日用陶瓷、艺术陶瓷、先进陶瓷三大门类分别…
    if len(parts) >= 2 and n < len(parts):
        start, name = parts[n]
        return Mention(start, start + len(name), name, "industry", component)
    return None


_LIST_TAIL = re.compile(
    r"(?:[两二三四五六七八九十](?:大|个(?:[百千]亿级|[十百千]亿元级)?)|等)?(?:细分)?"
    r"(?:门类|行业|板块|产业|领域)?(?:分别)?$"  # 两个百亿级产业分别: the list's count and tier
)


def _told_before(text: str, cs: int) -> tuple[int, int]:
    """A clause that opens with 分别 goes on with the list of the 分别 before it in its
    sentence: that clause's start and that 分别; (cs, cs) when there is none."""
    near = max(0, cs - 200)
    stop = max(near - 1, text.rfind("。", near, cs), text.rfind("\n", near, cs)) + 1
    earlier = text.rfind("分别", stop, cs)
    if earlier < 0:  # 三是新材料、生物医药产业加快集聚，分别实现产值…: the clause before lists them
        before = max(stop, *(text.rfind(c, stop, cs - 1) + 1 for c in "，,；"))
        named = _NAMED_PARTS.search(text, before, cs)
        return (before, named.end()) if named is not None else (cs, cs)
    return max(stop, *(text.rfind(c, stop, earlier) + 1 for c in "，,；")), earlier


_LIST_ITEM = re.compile(r"[\u4e00-\u9fff]{2,8}")
_PLACE_FIRST = re.compile(r"[\u4e00-\u9fff]{2,3}[县市区旗](?=[\u4e00-\u9fff]{2,8}、)")
#: ``汽车零部件、铝精深加工、碳酸钙新材料产业产值``: industries listed, then what of them is
#: measured (products listed, 冰箱、空调产量, are what is measured).
INDUSTRIES_MEASURED = re.compile(r"(.+、.+?(?:产业|行业))(产值|增加值|营业收入|主营业务收入)")
#: The end of a list of parts a clause names before it goes on (…生物医药产业加快集聚).
_NAMED_PARTS = re.compile(r"[^，,；]+?、[^，,；]+?(?:产业|行业|领域|板块)")


def _listed_parts(text: str, cs: int, at: int) -> list[tuple[int, str]]:
    """The parts of a whole listed with 、 before 分别, with where each starts."""
    start = cs + 2 + (text[cs + 2 : cs + 3] == "，") if text.startswith("其中", cs) else cs
    start += 2 if ITEM_MARK.match(text, start) else 0  # 三是新材料、生物医药产业
    segment = text[start:at]
    measured = INDUSTRIES_MEASURED.fullmatch(segment)
    segment = measured.group(1) if measured else segment  # …新材料产业产值分别: the industries
    tail = _LIST_TAIL.search(segment)
    segment = segment[: tail.start()] if tail else segment
    if indicator_words().search(segment):
        return []  # 冰箱、洗衣机、空调产量分别…: the things measured, not who measures them
    place = _PLACE_FIRST.match(segment)  # 齐河县绿色化工、生物医药…: the place's industries
    out, pos = [], start + (place.end() if place else 0)
    for item in segment[place.end() if place else 0 :].split("、"):
        if not _LIST_ITEM.fullmatch(item) or BAD_CORE.search(item):
            return []
        out.append((pos, item))
        pos += len(item) + 1
    return out


#: Residents of town and country told of together (城乡居民, 城镇和农村居民).
_BOTH_RESIDENTS = re.compile(r"城乡居民|城镇和农村居民|城镇与农村居民")
_RESIDENTS = re.compile(r"(?:城乡|城镇|农村)居民")


def town_or_country(
    text: str, sentence_start: int, cs: int, pos: int, figure_ends: list[int], name: str
) -> str:
    """``城乡居民人均可支配收入分别达到39820元和16540元，分别增长5.3%和7.1%``: the first
    figure after 分别 is the town residents', the second the country residents'."""
    if _RESIDENTS.match(name) is None:
        return name
    at = text.rfind("分别", cs, pos)
    told = _BOTH_RESIDENTS.search(text, sentence_start, pos)
    if at < 0 or told is None:
        return name
    n = bisect_left(figure_ends, pos) - bisect_left(figure_ends, at)
    return ("城镇", "农村")[n] + name[2:] if n < 2 else name
