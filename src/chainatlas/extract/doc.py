"""The document object every component reads and extends.

``original`` is the text as read; ``text`` is the normalised text the components work on;
``offsets`` maps spans of ``text`` back to ``original``. Components add paragraphs,
sentences, quantities, cues, mentions and the finished facts, entities and events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from chainatlas.extract.offsets import OffsetMap

#: Marks that open the items of a list (★实现产值128.6亿元; ▲ opens a caption instead).
BULLETS = frozenset("★☆●◆■•▪▶►▷▸◎◉❖")
#: The same marks as a regular expression's character class.
BULLET = f"[{''.join(sorted(BULLETS))}]"
#: Every list or caption mark: none is part of a word.
MARKS = BULLETS | frozenset("▲△○◇□—")


def past_marks(text: str, at: int) -> int:
    """Where the words of a line or clause begin after its marks (★, ▲, the dashes of ——)."""
    while text[at : at + 1] in MARKS:
        at += 1
    return at


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int
    kind: str  # body, heading, caption, byline, credit, footer


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    clauses: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class Quantity:
    """A number with its unit as found; later components fill the rest."""

    start: int  # span of the quote (number, unit and attached qualifier words)
    end: int
    value: Decimal
    unit: str
    value_max: Decimal | None = None
    kind: str = "number"  # number, rank, share_word, tier
    qualifier: str = "exact"
    measure: str | None = None
    rank_of: int | None = None
    period: str = "unknown"
    subject: str | None = None
    subject_type: str | None = None  # type of the mention the subject came from
    indicator: str | None = None
    sentence: int = -1
    confidence: float = 0.9
    drop: bool = False
    notes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Mention:
    """A named thing found in the text (organisation, region, park, person, programme)."""

    start: int
    end: int
    name: str
    type: str
    component: str
    confidence: float = 0.8


#: The kinds of mention that name a place a document can be about: a county or city, a park.
PLACE_TYPES = frozenset({"region", "city", "park"})


def inner_place(outer: Mention, after: Mention) -> bool:
    """Whether ``after`` is a place or park written right after the place ``outer``
    (上海金山, 湖州织里镇, 珲春边合区): the text means the inner one."""
    return (
        outer.type in PLACE_TYPES
        and after.start == outer.end
        and (after.type == "park" or (after.type == "region" and after.name.endswith(_UNDER)))
    )


#: How the names of places under a city end (a province or a bare word does not).
_UNDER = ("区", "县", "镇", "旗", "乡", "街道")


@dataclass(slots=True)
class Cue:
    """A time expression: a compact period, ``cumulative``, or ``none`` (每年: no period)."""

    start: int
    end: int
    period: str
    explicit: bool
    carry: bool = True  # whether later sentences inherit it
    limit: int = -1  # where it stops applying (由2020年末的12家增至58家: before 增至), -1: never
    goal: bool = False  # the year of a goal (到2027年): later figures inherit it only if targets
    asof: bool = False  # a stock's date (截至去年底): beats 拥有/现有 after it; this year's is 累计
    base: bool = False  # a comparison's base (是2020年的2.8倍): dates no multiple, carries nothing
    written: bool = False  # its year is written out (2023年), not read from 去年 or the date line
    aside: bool = False  # a past date told in passing (于2023年8月开工): no later paragraph's
    span: bool = False  # the months of a year so far (1—10月): a new paragraph keeps them


@dataclass(slots=True)
class Doc:
    name: str
    original: str
    text: str = ""
    offsets: OffsetMap = field(default_factory=OffsetMap)
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    made_by: dict[str, str] = field(default_factory=dict)  # what -> component@version

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets.span(start, end)

    def quote(self, start: int, end: int) -> str:
        s, e = self.original_span(start, end)
        return self.original[s:e]

    def facts(self) -> list[Quantity]:
        return [q for q in self.quantities if not q.drop and q.measure is not None]

    def is_item(self, paragraph: int) -> bool:
        """Whether a paragraph is an item of a list (``★实现产值128.6亿元``)."""
        start = self.paragraphs[paragraph].start
        return self.text[start : start + 1] in BULLETS

    def title_index(self) -> int:
        """The paragraph that is the title: the first heading, past a public account's
        furniture (点击蓝字 关注我们) and a web page's banner and breadcrumbs (长葛市人民政府 /
        首页 > 新闻中心), after which a short line is the title whatever it holds; -1 if the
        text opens with a body paragraph."""
        banner = False
        lines = [self.text[p.start : p.end] for p in self.paragraphs[:13]]
        for index, p in enumerate(self.paragraphs[:12]):
            line = lines[index]
            # a site's name over its path (郴州高新技术产业开发区 / 首页 > …); a firm's own site
            # is named by the firm its news is about, which stays the title
            below = lines[index + 1] if index + 1 < len(lines) else ""
            named = _PATH.match(below) is not None or _ISSUE.match(below) is not None
            site = (
                named
                and (len(line) <= 20 or line.endswith(_AUTHORITY))
                and not line.endswith(("公司", "集团"))
            )
            dated = _DATED.fullmatch(line) or _STAMPED.fullmatch(line) or _PAGE_DATE.match(line)
            meta = _PAGE_META.match(line) is not None
            if _BANNER.fullmatch(line) or _CRUMBS.match(line) or site or dated or meta:
                banner = True  # the site's name, its menu, search box and the page's path
                continue
            if p.kind == "footer":
                banner = True  # 点击蓝字 关注我们: an account's furniture over its post's title
                continue
            if p.kind == "heading":
                return index
            if banner and p.kind == "body" and len(line) <= 60 and "。" not in line:
                return index
            if p.kind not in ("footer", "caption", "credit", "byline"):
                return -1
        return -1


#: A public account's stamped line (永丰发布 2026-11-23 08:30 江西): its name, the day and time
#: it posted (any space but a line break between), then where from.
STAMPED_LINE = re.compile(r"[^。，\n]{0,20}?(?:19|20)\d\d-\d\d-\d\d[^\S\n]*\d{1,2}:\d\d")
_STAMPED = re.compile(STAMPED_LINE.pattern + r"[^。，\n]{0,8}")
#: A page's date line (发布日期：2026-09-24　浏览次数：1,087): furniture over the title.
_PAGE_DATE = re.compile(r"(?:发布日期|发布时间|成文日期)[：:]\s*(?:19|20)\d\d[-年/.]")
#: A public-information page's file card over the text (索引号：…　信息分类：…, 发布机构：…,
#: 浏览次数：962, 【字体：大 中 小】): furniture, however short.
_PAGE_META = re.compile(
    r"(?:索\s*引\s*号|信息分类|主题分类|发布机构|文\s*号|浏览次数|访问次数|点击量)\s*[：:]|【字[体号]"
)
#: A line closed by a date (娄底市统计局编　2026 年 7 月 20 日): who issued it and when.
_DATED = re.compile(r".{0,20}?(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
#: A site's name that may run long (…经济技术开发区（高栏港经济区）管理委员会) over its path.
_AUTHORITY = ("管理委员会", "人民政府", "管委会")
#: A periodical's issue line (2026 年第 6 期（总第 318 期）): the short line above names it.
_ISSUE = re.compile(r"\d{4}\s*年\s*第\s*\d{1,3}\s*期")
#: The path to a page (首页 > 政务公开 > 统计数据): the short line above it names the site.
_PATH = re.compile(
    r"首页\s*[>＞|｜]|首页[ \u3000]+[\u4e00-\u9fff]{2,8}[ \u3000]|当前位置|您的位置|您现在的位置"
)
#: A web site's name over its pages, and the path to a page.
_BANNER = re.compile(r"[\u4e00-\u9fff]{2,16}(?:人民政府|政府|管委会|管理委员会|门户网站|网)")
_CRUMBS = re.compile(
    r"首页\s*[>＞|｜]|您?当前的?位置|您的位置|您现在的位置|[【\[]?请输入|.*搜索$|.*(?:无障碍|长者模式|适老化)"
    r"|[^\s>]{1,12}\s*(?:>>|＞＞|»)"  # 人民网 >> 海南频道 >> 市县新闻: a page's path
    r"|.{0,12}\d{4}\s*年\s*第\s*\d{1,3}\s*期"  # a periodical's issue line (南方产业 2025年第3期)
    r"|.{0,30}第\s*\d{1,3}\s*版"  # a newspaper's masthead (江西日报 2025年8月14日 第06版)
    r"|.{2,30}会议文件(?:之[一二三四五六七八九十]+|[（(]\d{1,2}[）)])?$"  # …第五次会议文件（2）
    r"|.{0,4}(?:索引号|发布机构|发文机关|发文日期|成文日期|主题分类)[：:]"  # a public notice's catalogue line
    r"|.{0,40}(?:热线|电话)[：:]?\s*[\d-]{7,}"  # 【投资洛阳　共赢未来】投资服务热线：0379-…
    r"|[^|｜。，]{1,10}(?:[|｜][^|｜。，]{1,10}){3,}$"  # a site's menu: 网站首页 | 走进西峡 | …
    r"|[^>＞。，\n]{1,12}(?:[>＞][^>＞。，\n]{1,12}){2,}$"  # 每日甘肃网 > 甘肃日报 > 县域经济
    r"|(?:网站)?首页(?:[ \u3000]+[\u4e00-\u9fff]{2,8}){3,}$"  # 首页　机构概况　统计数据　…
)
