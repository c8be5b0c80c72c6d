"""Words that stand for a whole at the head of a clause.

``全市``/``我县`` stand for the document's main place, a bare ``集群`` (集群拥有国家级企业技术
中心6家) for the cluster the title or the opening sentences name, a bare ``产业链`` for the chain
its section names, and ``其余10个签约项目`` for the rest of a list, whose count and amounts are
its own; a count after 全省, or in a sentence opening 全省…中, is that whole's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from chainatlas.extract.doc import Doc, Mention, Quantity
from chainatlas.extract.industry_parts import WHOLE_PLACE, cluster_before
from chainatlas.extract.phrases import HEAD_JUNK
from chainatlas.extract.sentences import clauses_of

REST_OF_LIST = re.compile(r"(?:其余|另外|其他)\d{1,3}个[\u4e00-\u9fff]{0,4}?项目")
_BARE_CLUSTER = re.compile(r"(?:该|这一|整个)?(?:产业)?集群(?![，。、的])")
#: ``——水稻产业链。…1—11月产业链实现产值11.2亿元``: the chain the section names.
_BARE_CHAIN = re.compile(r"(?:该|这一|整条|全)?产业链(?=实现|完成|总产值|产值|营业收入|规上)")


def wholes(
    doc: Doc, index: int, main: str | None, cluster: Callable[[], str], component: str
) -> list[Mention]:
    """The words for a whole heading each clause of sentence ``index``; ``cluster`` gives
    the opening cluster's name ("" if none), asked only when a bare 集群 is found."""
    out = []
    text = doc.text
    for cs, ce in clauses_of(doc, doc.sentences[index]):
        junk = HEAD_JUNK.match(text, cs, ce)
        at = junk.end() if junk else cs
        place = WHOLE_PLACE.match(text, at, ce)
        if place is not None and main is not None:
            level = place.group()[-1]
            whole = _city_of_park(doc, main, level, at) if level in "市县" else main
            out.append(Mention(place.start(), place.end(), whole, "region", component))
        rest = REST_OF_LIST.match(text, at, ce)
        if rest is not None:
            out.append(Mention(rest.start(), rest.end(), rest.group(), "project", component))
            continue  # 其余10个签约项目总投资41.2亿元: the rest of the list
        bare = _BARE_CLUSTER.match(text, at, ce) if place is None else None
        named = cluster() if bare is not None else ""
        chain = _BARE_CHAIN.match(text, at, ce) if place is None and bare is None else None
        named = cluster_before(doc, index, "产业链") if chain is not None else named
        bare = bare or chain
        if bare is not None and named:
            out.append(Mention(bare.start(), bare.end(), named, "industry", component))
    return out


def _city_of_park(doc: Doc, main: str, level: str, pos: int) -> str:
    """The place a park's document means by 全市 or 全县: the last city (county) named before
    it (澄迈县是…工业重镇。…全县完成…), else the place whose name the park's opens with
    (哈密高新区's 全市 is 哈密); the park itself when there is none."""
    if not main.endswith(_PARK_ENDS):
        return main
    places = {m.name for m in doc.mentions if m.type in ("region", "city")}
    named = [
        m.name
        for m in doc.mentions
        if m.start < pos and m.name.endswith(level) and m.name in places and len(m.name) <= 6
    ]
    if named:
        return named[-1]
    return next((p for p in sorted(places, key=len, reverse=True) if main.startswith(p)), main)


_PARK_ENDS = ("高新区", "开发区", "经开区", "园区", "新区")


def project_holding(mentions: list[Mention], start: int, end: int) -> Mention | None:
    """``江达200兆瓦光伏储能项目``: a figure written inside a project's name is the project's
    (its capacity or size), whatever else the sentence names."""
    return next(
        (m for m in mentions
         if m.type == "project" and m.start <= start and end <= m.end
         and not REST_OF_LIST.fullmatch(m.name)),
        None,
    )  # fmt: skip


def rest_of_list(mentions: list[Mention], pos: int) -> Mention | None:
    """``其余10个签约项目``: the count inside the rest of a list is the rest's own."""
    rest = next((m for m in mentions if m.start < pos < m.end and m.type == "project"), None)
    return rest if rest is not None and REST_OF_LIST.fullmatch(rest.name) else None


#: ``全省共有…24个``: a count of the whole; not where a firm's goods or outlets reach it
#: (产品销往全国28个省, 已在全国建有网点, 产品进入全国2.3万家商超): those are the firm's.
_SCOPE_BEFORE = re.compile(
    r"(?<!销往)(?<!远销)(?<!覆盖)(?<!进入)(?<!遍布)(?<!辐射)(?<![在到])(全国|全省|全市)$"
    r"|(全国|全省)(?:共有|共|累计有?)$"
)


#: ``全省入选企业中，“链主”企业62家``: the counts of a sentence opening among a wider whole.
_AMONG_WHOLE = re.compile(r"(全国|全省)[\u4e00-\u9fff]{0,10}中[，,]")


#: ``今年全省申报企业达到512家，…共有68家企业入选``: a sentence that opens on the wider whole
#: tells its counts of that whole until it names someone (or 我市, 全县) in it.
_WHOLE_LEAD = re.compile(
    r"[\u4e00-\u9fff\d]{0,6}?(全国|全省)(?![各内外首第])(?!(?:知名|闻名|著名|领先|最大|重要)的?)"
)
_OURS = re.compile(r"全市|全县|全区|我市|我县|我区|本市|本县")


def scope_subject(doc: Doc, q: Quantity, starts: list[int]) -> str | None:
    """全省共有…24个, or a count in a sentence opening on 全省 (全省入选企业中，…; 今年全省…)
    that names no one before it."""
    m = _SCOPE_BEFORE.search(doc.text[max(0, q.start - 6) : q.start])
    if m is not None:
        return m.group(1) or m.group(2)
    start = doc.sentences[q.sentence].start
    among = _AMONG_WHOLE.match(doc.text, start)
    if among is None and q.unit != "位":  # 在全省…考核中…上升3位: the places one moved
        among = _WHOLE_LEAD.match(doc.text, start)
    if among is None or among.end() > q.start or _OURS.search(doc.text, among.end(), q.start):
        return None
    named = bisect_left(starts, q.start) - bisect_left(starts, among.end())
    return among.group(1) if named == 0 else None
