"""Towns and townships (王江泾镇, 黄各庄镇, 书洋镇, 鲁塘镇).

A town's name leaves no way to tell it from the words before it, except where a place's name
stands: after a mark or 在 / 从 / 来自 / 位于, and before punctuation, a figure, or what a
town has or does (企业, 村, 境内, 获评, 入选). A stem of two or three characters after a verb
that puts something in a place (落户鲁塘镇, 在书洋镇建设, 选址巨屿镇) is a town whatever follows,
and so is each of a list of towns. Found from each 镇 / 乡 (few) rather than at every
character.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from chainatlas.extract.names import CJK, Found, is_cjk

_END = re.compile(
    r"(?:镇|乡(?!村振兴))(?=[，、。；的（(：:\d等]|企业|村|境内|获评|入选|现有|共有|建成|成功)"
)
_OPENERS = ("来自", "位于", "落户", "在", "从", "于", "与", "和", "及", "赴")
_STEM = re.compile(rf"[{CJK}]{{3}}")
#: Characters no town's name opens with or holds: counts, pronouns, verbs (成为平乡, 选择宁乡),
#: and the words 城镇, 重镇, 等镇 (城镇和乡, 工业重镇, 锡场等镇).
_NOT_FIRST = frozenset("各全该本我每两个一二三四五六七八九十在从于与和及是其成选为也")
_NOT_INSIDE = frozenset("和等为城重返故老乡了")


def find_towns(text: str) -> Iterator[Found]:
    """Towns whose names have two or three characters before 镇 or 乡, where a place's name
    stands."""
    yield from _placed_towns(text)
    yield from _listed_towns(text)
    for m in _END.finditer(text):
        start = m.start() - 3
        stem = text[start : m.start()] if start >= 0 else ""
        if not _STEM.fullmatch(stem) or stem[0] in _NOT_FIRST or set(stem[1:]) & _NOT_INSIDE:
            continue
        if stem[-1] in _SLOGAN_LAST and m.group() == "镇":
            continue  # 工业强镇、生态美镇: a slogan's words
        if stem.endswith("家") and m.group() == "乡":
            continue  # 回到家乡: home, no township (汤家河镇, 胡家坨镇 hold 家)
        before = text[max(0, start - 2) : start]
        if not before or not is_cjk(before[-1]) or before.endswith(_OPENERS):
            yield start, m.end(), stem + m.group(), "region"


#: Words that put something in a place named next (落户鲁塘镇, 家住乌丹镇的).
_PLACED_AT = ("在", "落户", "选址", "位于", "家住", "地处", "来自", "赴", "走进", "来到", "前往")
_TOWN = re.compile(r"(?:镇|乡(?!村))")
#: What opens the words after such a verb that are no town's name (在周边乡镇, 所在地椰林镇,
#: 在主产乡, 在以下镇).
_NOT_LEAD = frozenset("的地这那周主以此该某")
#: Marks that open a list's item, which a town may head (●钜桥镇：5家).
_ITEM_MARKS = frozenset("●▶■◆★")
#: Words for kinds of town a plan names (重点镇、中心镇, 建制镇), not towns.
_KIND_STEMS = frozenset({"中心", "重点", "特色", "建制", "示范", "卫星", "专业"})
#: Second characters of words for kinds of town, not names (特色小镇, 工业强镇, 城乡).
_KIND_SECOND = _NOT_INSIDE | frozenset("小大强名")


def _placed_towns(text: str) -> Iterator[Found]:
    """Towns of two or three characters and 镇 or 乡 right after a verb that places something
    (在书洋镇建设民宿集群, 高纯石墨项目落户鲁塘镇, 投产仪式在野马川镇新厂区举行), or right after
    the county that holds it (右玉县右卫镇), or heading a marked item (●钜桥镇：5家)."""
    for m in _TOWN.finditer(text):
        for size in (2, 3):
            start = m.start() - size
            stem = text[start : m.start()] if start >= 0 else ""
            if not is_cjk(stem) or len(stem) < size or stem[0] in _NOT_FIRST | _NOT_LEAD:
                continue
            if set(stem[1:]) & _KIND_SECOND or stem in _KIND_STEMS:
                continue
            marked = text[max(0, start - 3) : start].rstrip(" \u3000")[-1:] in _ITEM_MARKS
            placed = text.endswith(_PLACED_AT, max(0, start - 2), start)
            if placed or marked or _under_county(text, start):
                yield start, m.end(), stem + m.group(), "region"
                break


def _under_county(text: str, start: int) -> bool:
    """Whether a county, district or banner's name ends right before ``start`` (三穗县台烈镇,
    浑江区红土崖镇): a town is told after the place that holds it."""
    return (
        start >= 3
        and text[start - 1] in "县区旗"
        and is_cjk(text[start - 3 : start - 1])
        and text[start - 2 : start] not in _AREA_WORDS
        and text[start] not in "至到所"  # 城区至岭南镇, 全区所有乡镇: no town's name
    )


#: Words for parts of a place that end in 区 and are no county (园区, 景区).
_AREA_WORDS = frozenset({"市区", "园区", "景区", "社区", "片区", "新区", "辖区", "矿区",
                         "产区", "校区", "厂区", "库区", "展区", "小区", "地区"})  # fmt: skip


#: Towns listed together (韩山镇、胡集镇、扎下镇各新增2家, 象河乡、铜山乡依托…).
_LISTED = re.compile(rf"[{CJK}]{{2,3}}(?:镇|乡(?!村))(?:[、和及][{CJK}]{{2,3}}(?:镇|乡(?!村)))+")
_LIST_MARK = re.compile(r"[、和及]")
#: Last characters of a slogan's word before 镇 (生态美镇、文旅兴镇、工业强镇), not a town's.
_SLOGAN_LAST = frozenset("美兴立活富强")
#: Characters no listed town's stem holds past its first: kinds of town, and 镇 / 乡 / 家
#: themselves (天宁镇两镇, 建家乡).
_NOT_IN_LISTED = _KIND_SECOND | frozenset("镇乡家")


#: A listed town named for a walled town (荫城镇, 东京城镇), not a kind of town (小城镇).
_LISTED_CITY_TOWN = re.compile(
    rf"[^{''.join(sorted(_NOT_FIRST | _NOT_LEAD | _KIND_SECOND))}]{{1,2}}城"
)


def _listed_towns(text: str) -> Iterator[Found]:
    """Each town of a list of towns: an item after the list's mark is the whole of what stands
    between the marks; the first only where the list opens the clause."""
    for m in _LISTED.finditer(text):
        pos, listed = m.start(), m.group()
        if _LIST_MARK.match(listed):  # 开发区和胡村镇、范村镇: the mark joins the list on
            pos, listed = pos + 1, listed[1:]
        opens = pos == 0 or not is_cjk(text[pos - 1]) or _LIST_MARK.match(text, pos - 1)
        items = _LIST_MARK.split(listed)
        if min(len(item) for item in items) < 3:
            continue  # 和平镇、…: a mark inside a name leaves the list unread
        for k, item in enumerate(items):
            stem = item[:-1]
            slogan = len(stem) == 3 and stem[-1] in _SLOGAN_LAST
            kind = stem[0] in _NOT_FIRST | _NOT_LEAD or bool(set(stem[1:]) & _NOT_IN_LISTED)
            kind = (kind and not _LISTED_CITY_TOWN.fullmatch(stem)) or stem in _KIND_STEMS
            if (k or opens) and not kind and not slogan:
                yield pos, pos + len(item), item, "region"
            pos += len(item) + 1
