"""organisations@22: organisations, places, programmes and people, and every mention.

Names come from a gazetteer (names and aliases from the store, when one is given), the
generic lexicons, and rules: suffixes (有限公司, 研究院, 高新区 …), enumerations
(A、B、C等…企业), quoted and titled programmes, honours (入选…), credit lines, and places
shown by their context (X全市, X县域). Each name is then found wherever it occurs, the
longest name winning where names overlap.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from functools import lru_cache
from typing import Any

from chainatlas.extract import abbreviations, names, phased, programmes
from chainatlas.extract.delegations import bare_delegations, most_named
from chainatlas.extract.doc import Doc, Mention
from chainatlas.extract.enumerations import find_enumerations
from chainatlas.extract.firm_words import written_as_named
from chainatlas.extract.heading_projects import heading_projects, priced_projects
from chainatlas.extract.inner_parks import inner_parks
from chainatlas.extract.lexicon import (
    build_automaton,
    known_organisations,
    org_suffixes,
    place_words,
)
from chainatlas.extract.lexicon.counties import called_name, counties, short_name
from chainatlas.extract.own_parks import own_parks
from chainatlas.extract.people import find_people
from chainatlas.extract.places import find_regions
from chainatlas.extract.provinces import named_in_passing
from chainatlas.extract.publishers import find_sources
from chainatlas.extract.scenic import find_scenic
from chainatlas.extract.topic import park_of_board
from chainatlas.extract.towns import find_towns

NAME = "organisations"
VERSION = "24"
COMPONENT = f"{NAME}@{VERSION}"

_ACADEMY = re.compile(r"(?:中科院|中国科学院)[\u4e00-\u9fff]{1,6}?所")
_LIST_WORDS = ("榜单", "名单")
_PRIORITY = {"gazetteer": 0, "rule": 1, "lexicon": 2}


@lru_cache(maxsize=1)
def _static_automaton() -> Any:
    words: dict[str, str] = dict(known_organisations())
    for name, kind in place_words().items():
        words.setdefault(name, "area" if kind == "area" else "region")
    for name in counties():
        words.setdefault(name, "region")
        if called := called_name(name):
            words.setdefault(called, "region")  # 阿克塞县, 化隆县: as most texts write it
    return build_automaton(words)


@lru_cache(maxsize=1)
def _suffix_automaton() -> Any:
    return build_automaton(dict(org_suffixes()))


def _county_short_form(word: str) -> list[tuple[str, str, str, str]]:
    """阿瓦提 for 阿瓦提县 written in full in the same document: the county called short (and
    景宁县 for 景宁畲族自治县), unless the short name is a city's or province's (和田 of 和田县 is
    和田地区)."""
    short = short_name(word)
    if not short or short in place_words():
        return []
    return [("rule", name, "region", word) for name in (short, called_name(word)) if name]


class Organisations:
    """The component; ``gazetteer`` maps a written name to ``(canonical name, type)``."""

    name = NAME
    version = VERSION

    def __init__(self, gazetteer: Mapping[str, tuple[str, str]] | None = None) -> None:
        self.gazetteer = dict(gazetteer or {})
        self._gazetteer_automaton = build_automaton(self.gazetteer) if self.gazetteer else None

    def __call__(self, doc: Doc) -> Doc:
        found = self._collect(doc)
        catalogue: dict[str, tuple[str, str, str]] = {}  # written -> (canonical, type, source)
        for source, name, kind, canonical in found:
            old = catalogue.get(name)
            if old is None or _PRIORITY[source] < _PRIORITY[old[2]]:
                catalogue[name] = (canonical, kind, source)
        local = {n for n, (_c, kind, _s) in catalogue.items() if kind in _PLACE_KINDS}
        for name, (canonical, kind, _source) in list(catalogue.items()):
            if kind == "company":
                for short in short_forms(name, local):
                    catalogue.setdefault(short, (canonical, kind, "rule"))
            for short, province in park_short_forms(name) if kind == "park" else ():
                if province and short in catalogue:
                    catalogue[name] = (catalogue[short][0], kind, "rule")  # 新疆石河子经开区
                elif not province and catalogue.get(short, ("", "", "rule"))[2] == "rule":
                    catalogue[short] = (canonical, kind, "rule")  # found alone, meant whole
        doc.mentions = _locate(doc.text, catalogue)
        doc.entities = _entities(
            doc,
            _committees_places(doc) + inner_parks(doc, COMPONENT) + own_parks(doc, COMPONENT),
        )
        doc.made_by["mentions"] = COMPONENT
        return doc

    def _collect(self, doc: Doc) -> list[tuple[str, str, str, str]]:
        text = doc.text
        out: list[tuple[str, str, str, str]] = []
        if self._gazetteer_automaton is not None:
            for word, (canonical, kind) in self._gazetteer_automaton.values(text):
                out.append(("gazetteer", word, kind, canonical))
        # Each word once, at its first occurrence: later ones would change no entry.
        for word, kind in dict.fromkeys(_static_automaton().values(text)):
            if not written_as_named(text, word):
                continue  # 海城市 of 沿海城市; 谷子（小米）产业链: millet, not the phone maker
            out.append(("lexicon", word, kind, word))
        rules: Iterable[names.Found] = (
            *names.find_suffixed(text, _suffix_automaton()),
            *find_enumerations(text),
            *programmes.find_programmes(text),
            *find_people(text, [(p.start, p.end, p.kind) for p in doc.paragraphs]),
            *find_regions(text),
            *find_towns(text),
            *find_scenic(text),
            *phased.find_phased_projects(text),
            *phased.find_milestone_projects(text),
            *phased.find_visited_projects(text),
            *find_sources(text),
            *((m.start(), m.end(), m.group(), "institution") for m in _ACADEMY.finditer(text)),
        )
        rules = _outermost(list(rules))
        places = {w for src, w, k, _c in out if k in ("region", "province", "city")}
        for _s, _e, name, kind in rules:
            if kind == "region":
                places.add(name)
                if len(name) == 3 and name[-1] in "市县区":
                    places.add(name[:2])
        lengths = {len(p) for p in places}
        for _s, _e, name, kind in rules:
            canonical = _canonical(name, kind)
            if kind in ("park", "government"):
                name = canonical = _from_place(name, places, lengths)
            out.append(("rule", name, kind, canonical))
            if kind == "region" and len(name) == 3 and name[-1] in "市县区":
                out.append(("rule", name[:2], kind, name))  # 射洪 for 射洪市, 黄岩 for 黄岩区
        out += [("rule", name, "project", name) for name in heading_projects(doc)]
        out += [("rule", name, "project", name) for name in priced_projects(doc)]
        for full, short, kind in abbreviations.find_abbreviations(text):
            out += [("gazetteer", full, kind, full), ("gazetteer", short, kind, full)]
        out += _party_committees(text, places) + bare_delegations(text, places)
        # last, so that a short name the rules read (邹平 of 邹平全市) keeps their reading
        out += [
            short for _src, w, _k, _c in out if w in counties() for short in _county_short_form(w)
        ]
        return out


def _canonical(name: str, kind: str) -> str:
    """The name an entry is known by: a person's without the spaces of a credit line; a
    ranking without 榜单 (中国化工园区30强榜单 is the ranking); a list of clusters being
    fostered with its 名单 (…先进制造业集群培育名单), as the sets write it."""
    if kind == "person":
        return name.replace(" ", "").replace("\u3000", "")
    if kind == "programme" and len(name) > 5 and name.endswith(_LIST_WORDS):
        return name if name.endswith("培育名单") else name[:-2]
    return name


def _outermost(found: list[names.Found]) -> list[names.Found]:
    """Without a firm's name that only begins a longer one found at the same place
    (浙江瑞泉泵业集团 in 浙江瑞泉泵业集团有限公司): the registered name is the entity."""
    longest: dict[int, int] = {}
    for start, end, _name, kind in found:
        if kind == "company":
            longest[start] = max(end, longest.get(start, end))
    return [f for f in found if f[3] != "company" or longest[f[0]] == f[1]]


_COMMITTEE = re.compile(
    r"[市县区省旗](?:委(?=书记|副书记|常委|、|和|，|的|[市县区省旗](?:人民)?政府|坚强领导|统一部署)|政协)"
)
#: What may stand before a bare 县委 and is no part of a place's name (在县委、县政府的领导下).
_BEFORE_BARE = frozenset("在由和与及对经是向把将同为受据按照跟请")


def _party_committees(text: str, places: set[str]) -> list[tuple[str, str, str, str]]:
    """``市委书记郭建平``: the party committee of the place (长葛市委, as most texts write it), named by the place
    before it (长葛市委) or, bare, by the place of that level the text names most; 市政协 is
    the place's political consultative conference (长葛市政协, as the texts write it). Found from each 市委/市政协 (few) and
    read backwards."""
    out = []
    most: dict[str, str | None] = {}
    for m in _COMMITTEE.finditer(text):
        level, at, cppcc = m.group()[0], m.start(), m.group().endswith("政协")
        place = next((text[at - k : at] for k in (4, 3, 2) if text[at - k : at] in places), None)
        start = at - len(place) if place else at
        cjk_before = "\u4e00" <= text[at - 1 : at] <= "\u9fff" and text[at - 1] not in _BEFORE_BARE
        if place is None and cjk_before and not cppcc:
            continue  # 党委, 管委, 区委 of a place not known: no committee to name
        if place is None:
            if level not in most:
                most[level] = most_named(text, places, level)
            place = most[level]
            if place is None:
                continue
        start -= 2 if text.startswith("中共", start - 2) else 0
        name = place.removesuffix(level)
        # 费县县委, as texts write a committee of a county told by one character; 环县政协
        body = f"{name}{level}政协" if cppcc else f"{place if len(place) == 2 else name}{level}委"
        out.append(("rule", text[start : m.end()], "government", body))
    return out


_LEGAL = re.compile(r"(?:股份有限公司|有限责任公司|集团有限公司|集团股份有限公司|有限公司|集团)$")
#: Words that describe a firm's trade at the end of its registered name, stripped to find
#: the short name it is known by (江苏清能新能源技术股份有限公司 -> 清能, 清能股份).
_TRADE = re.compile(
    r"(?:新能源|新材料|智能|机器人|电子|信息|网络|生物|医药|动力|能源|电池|电气|材料|实业|工业|"
    r"控股|发展|投资|体育用品|汽车|精密|制造|智造|光电|光伏|锂电|机械|装备|科技|技术|股份)$"
)


_PLACE_KINDS = frozenset({"region", "province", "city"})
_COMMON_WORDS = frozenset({"时代", "中国", "国际", "未来", "东方", "世纪", "华夏", "天地", "新星", "长江",
                           "中华", "环球", "宏大", "发展", "创新", "联合", "先进", "现代", "新兴",
                           "高新", "新型", "绿色", "智慧", "数字", "光明", "阳光", "前沿"})  # fmt: skip


def short_forms(name: str, local: Collection[str] = ()) -> list[str]:
    """Short names of a registered company name: its core after the place and the trade
    words, alone and with 股份/集团/公司, as articles write them after the first mention;
    ``local`` are places the text names (宝应 for 宝应瑞晶电子材料有限公司 -> 瑞晶)."""
    legal = _LEGAL.search(name)
    if legal is None:
        return []
    core, place = name[: legal.start()], ""
    places = place_words()
    for n in (3, 2):
        if len(core) > n + 1 and (core[:n] in places or core[:n] in local):
            core, place = core[n:], core[:n]
            break
    while (trade := _TRADE.search(core)) is not None and trade.start() >= 2:
        core = core[: trade.start()]
    if core in _COMMON_WORDS or _TRADE.fullmatch(core):
        return [place + core] if place else []  # 江苏时代, never 时代 alone
    if not 2 <= len(core) <= 4 or core in places or core == name:
        return []
    forms = [core, core + "公司"]
    if place and place not in places:
        # 宁晋晶耀新材料 / 宁晋晶耀 in a text on 宁晋: the whole stays one name, not a place
        # and a firm
        forms += [name[: legal.start()], place + core]
    if "股份" in legal.group():
        forms.append(core + "股份")
    if "集团" in legal.group():
        forms.append(core + "集团")
    return forms


def park_short_forms(name: str) -> list[tuple[str, bool]]:
    """(short name, whether a province was cut): ``临空经济区`` for 鄂州临空经济区, a park's
    own name after its city, as an article writes it once the city is known; and
    石河子经济技术开发区 for 新疆石河子经济技术开发区, the park's name after the province an
    address puts first. Never the bare kind (高新区, 工业园区), which points back by other
    means."""
    places = place_words()
    for n in (3, 2):
        if len(name) > n + 3 and name[:n] in places:
            core = name[n:]
            if places[name[:n]] == "province":  # 陕西省榆林市高新…: also without its 市
                return [(core, True), (core.replace("市", "", 1), True)]
            own = not any(core == suffix for suffix, kind in org_suffixes() if kind == "park")
            return [(core, False)] if own and core[:2] not in places else []
    return []


_BODY_ENDS = frozenset("局部委厅院会司办")


def _from_place(name: str, places: set[str], lengths: set[int]) -> str:
    """A park or office named after a place starts at that place (彰显溧阳高新区 -> 溧阳高新区);
    ``lengths`` are those of the ``places``, looked up by slice rather than one by one."""
    for i in range(max(1, len(name) - 2)):
        if any(i + n <= len(name) and name[i : i + n] in places for n in lengths):
            if name[i - 1 : i] in _BODY_ENDS:
                return name  # 国家统计局赣州调查队: an office of a body, named whole
            return name[i:]
    return name


def _locate(text: str, catalogue: dict[str, tuple[str, str, str]]) -> list[Mention]:
    """Every occurrence of every catalogued name; the longest wins where names overlap."""
    if not catalogue:
        return []
    automaton = build_automaton({k: v for k, v in catalogue.items() if len(k) >= 2})
    hits = []
    for end_index, (word, (canonical, kind, _source)) in automaton.iter(text):
        hits.append((end_index + 1 - len(word), end_index + 1, canonical, kind))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    # a ceremony's name holds the names of who holds it (2025年葛店经济技术开发区…推介会暨…
    # 签约活动), a project's the place it is built in (宿州驰宇…产业园项目): each is found
    # beside them, not instead of them
    ceremonies = [Mention(s, e, c, k, COMPONENT) for s, e, c, k in hits if _holds_names(c, k)]
    mentions: list[Mention] = []
    last_end = -1
    for s, e, canonical, kind in hits:
        if _holds_names(canonical, kind) or _names_a_ware(text, s, e):
            continue
        if s >= last_end:
            mentions.append(Mention(s, e, canonical, kind, COMPONENT))
            last_end = e
        elif mentions and e - s > mentions[-1].end - mentions[-1].start and s == mentions[-1].start:
            mentions[-1] = Mention(s, e, canonical, kind, COMPONENT)
            last_end = e
    if ceremonies:
        mentions = sorted(mentions + ceremonies, key=lambda m: (m.start, -(m.end - m.start)))
    return mentions


#: Wares named after a place, written as one word (乐东县哈密瓜产业链): no mention of the place.
_PLACE_NAMED_WARES = ("哈密瓜", "和田玉", "岫岩玉", "寿山石")


def _names_a_ware(text: str, s: int, e: int) -> bool:
    return any(text.startswith(w, s) and len(w) > e - s for w in _PLACE_NAMED_WARES)


def _holds_names(name: str, kind: str) -> bool:
    return (kind == "programme" and name.endswith(("活动", "仪式"))) or kind == "project"


def _committees_places(doc: Doc) -> list[Mention]:
    """``朔州市委常委、…``: the place whose party committee is named is a place of the text
    too, though only its committee's name tells it (an entity, no mention of its own)."""
    out = []
    for m in doc.mentions:
        written = doc.text[m.start : m.end]
        if m.type == "government" and written[-1] == "委" and written[-2:-1] in "市县区":
            place = written.removeprefix("中共")[:-1]
            if len(place) >= 3:
                out.append(Mention(m.end - 1 - len(place), m.end - 1, place, "region", COMPONENT))
        owner = _OWNER.match(written) if m.type == "government" else None
        if owner is not None:  # 主办：武平县人民政府办公室: the county of the page's own bodies
            within = _WITHIN.match(owner.group())  # 重庆市南川区人民政府: the district's
            s, e = m.start + (within.end() if within else 0), m.start + owner.end()
            if e - s <= 6 or "自治" in doc.text[s:e]:  # not 财政数据来自县 of a garbled name
                out.append(Mention(s, e, doc.text[s:e], "region", COMPONENT))
    return out


#: The county (district, city, banner) a body belongs to (武平县人民政府, 武平县工业和信息化局):
#: no other place's mark after it, and no park (经开区管委会办公室).
_OWNER = re.compile(
    r"[\u4e00-\u9fff]{2,8}?(?<![开新园])[县区市旗](?=[^县区市旗]{2,}(?:局|政府|办公室|大会)$)"
)
_WITHIN = re.compile(r"[\u4e00-\u9fff]{2,4}?[省市](?=[\u4e00-\u9fff]{2,4}[县区市旗]$)")


#: A ceremony of signing, starting or opening (…重点项目集中签约仪式, …集中开工活动): a happening
#: the events tell, with the bodies that held it as its actors, not a body or a programme.
_CEREMONY = re.compile(r"(?:签约|开工|投产|竣工|奠基|揭牌|量产)[\u4e00-\u9fff]{0,4}(?:活动|仪式)$")


_FIRM_OFFICE = re.compile(r"^(?:公司)?(?:综合|总经理)?办公室$|^(?:公司)?综合办$")


def _entities(doc: Doc, inside: list[Mention]) -> list[dict[str, Any]]:
    """One entity per canonical name that is mentioned, with the written forms as aliases;
    ``inside`` are places told only inside other names."""
    first: dict[str, Mention] = {}
    written: dict[str, set[str]] = {}
    for m in sorted(doc.mentions + inside, key=lambda m: m.start):
        first.setdefault(m.name, m)
        written.setdefault(m.name, set()).add(doc.text[m.start : m.end])
    out = []
    for canonical, m in first.items():
        if m.type == "area" or (m.type == "programme" and _CEREMONY.search(canonical)):
            continue  # 长三角, 苏南: a part of the country; a day's ceremony: what happened
        if _FIRM_OFFICE.search(canonical):
            continue  # 来源：公司综合办公室: a firm's own office, crediting its post
        if m.type in ("region", "province") and named_in_passing(doc.text, canonical):
            continue  # 赴广东开展招商: a place the page passes through, no body of its own
        kind = "government" if m.type in ("region", "province", "city") else m.type
        aliases = sorted(written[canonical] - {canonical})
        out.append({"name": canonical, "type": kind, "aliases": aliases,
                    "start": m.start, "end": m.end})  # fmt: skip
        park = park_of_board(m)
        if park is not None and park not in first:  # the park its board runs
            out.append({"name": park, "type": "park", "aliases": [],
                        "start": m.start, "end": m.start + len(park)})  # fmt: skip
    return out
