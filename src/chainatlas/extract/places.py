"""Rules that find places from what surrounds them: 溧阳全市, 溧阳县域, 射洪市锂电产业.

A place that the lexicon does not know shows itself by the words after it (全市, 县域,
市委, 高新区) or as a two-character name with 市/县/区 before a verb or punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from chainatlas.extract.autonomous import find_autonomous
from chainatlas.extract.lexicon import place_words, regions
from chainatlas.extract.names import CJK, STOP_CHARS, Found, is_cjk
from chainatlas.extract.verbs import VERBS

_REGION_CONTEXT = re.compile(
    rf"([{CJK}]{{2}})(?=全市|县域|市委|市政府|县委|县政府|区委|区政府|高新区|经开区|开发区|市人民政府)"
)
_CONTEXT_AT = re.compile(
    r"(?=[全县市区高经开])(?=全市|县域|市委|市政府|县委|县政府|区委|区政府|高新区|经开区|开发区|市人民政府)"
)


def _region_contexts(text: str) -> Iterator[tuple[int, int]]:
    """The spans ``_REGION_CONTEXT.finditer`` gives, found from the context words (few)
    rather than tried at every character."""
    cities, known = place_words(), regions()
    found: list[tuple[int, int]] = []
    owned: set[str] = set()  # 稀土 of 包头稀土高新区: a park of 包头 named for what it makes
    last = 0
    for m in _CONTEXT_AT.finditer(text):
        s = m.start() - 2
        if s >= last and all("\u4e00" <= c <= "\u9fff" for c in text[s : s + 2]):
            before = (text[max(0, s - 2) : s], text[max(0, s - 3) : s])
            if (
                "city" in (cities.get(before[0]), cities.get(before[1]))
                or before[0] + "市"
                in known  # 通化医药高新区: a city whose short name is a word too
                or _told_often(text, before[1])
            ):
                owned.add(text[s : s + 2])  # 包头稀土高新区, 梅河口医药高新区: the place's park
                continue
            whole = text[s : s + 2] not in _NOT_REGION and _told_often(text, text[s - 1 : s + 2])
            found.append((s - 1 if whole else s, s + 2))
            last = s + 2
    for s, e in found:
        if text[s:e] not in owned:  # nor 落户稀土高新区, the same park named short
            yield s, e


def _told_often(text: str, name: str) -> bool:
    """``梅河口`` written three times or more, once at least where a name opens (after a
    mark or 在/访/与): a three-character place no lexicon lists, rather than 河口 after a
    stray 梅 (or 动溧阳 of 推动溧阳)."""
    if len(name) not in (3, 4) or not is_cjk(name) or text.count(name) < 3:
        return False
    k = text.find(name)
    while k >= 0:
        if k == 0 or not is_cjk(text[k - 1]) or text[k - 1] in _SHORT_COUNTY_OPENERS:
            return True
        k = text.find(name, k + 1)
    return False


#: Characters no place name holds: they end a verb or a measure word before 全市 (产值占全市).
_NOT_PLACE_CHARS = frozenset("占值入比较为到对向增均约超近共计居速率量额数幅级季型")
#: Words before 全市/开发区 … that name no place (治区, 治县: tails of 自治区开发区, 道真自治县县委).
_NOT_REGION = {"经济", "高新", "国家", "其他", "目前", "如今", "当前", "近年", "同时", "此外", "其中", "另外",
               "上下", "今后", "动员", "号召", "带领", "团结", "引导", "鼓励", "一条", "工业", "产业", "年末", "年初",
               "全年", "当年", "今年", "去年", "同期", "届时", "国内", "省内", "市内", "全国", "全省", "省级", "优先",
               "升级", "我市", "本市", "全县", "各地", "城市", "走廊", "流域", "沿海", "腹地", "盆地", "平原",
               "我县", "本县", "我区", "省市", "建设", "发展", "推动", "所在", "一个", "设立",
               "实施", "推进", "支持", "完成", "开展", "实现", "入选", "争创", "申报", "创建",
               "获评", "认定", "打造", "服务", "助力", "带动", "落实", "组织", "召开", "举办",
               "覆盖", "辐射", "对接", "走进", "来到", "重点", "主要", "技术", "科技", "投资",
               "创新", "示范", "生态", "智能", "综合", "保税", "出口", "加工", "力争", "争取", "确保",
               "预计", "计划", "目标", "代表", "感谢", "各位", "会同", "联合", "牵头", "依托", "配合",
               "协助", "提请", "根据", "按照", "经过", "报告", "以及", "高出", "高于", "低于", "快于",
               "慢于", "领先", "好于", "居于", "位居", "位列", "引领", "超过", "拉动",
               "治区", "治县", "本次", "此次", "本批", "这次", "落户", "入驻", "进驻", "扎根", "布局", "集聚",
               "聚集", "签约", "引进", "建立", "成立", "返回", "放眼", "围绕", "纵观", "环顾", "聚焦", "立足",
               "来源", "作者", "编辑", "责编", "审核", "发布", "时间", "日期"}  # fmt: skip


_CITY = re.compile(
    rf"(?:(?<![{CJK}])|(?<=[在于与和到从赴])|(?<=其中)|(?<=[东南西北部]的)|(?<=落户))"  # 在坊子区开工,
    # 与彭山区签约, 其中耀州区12家, 地处首都西北的昌平区，, 相继落户上派镇、
    rf"([{CJK}]{{2}}[市县区镇乡])(?=[，、。的实现经济全年地区综合以在与和作为是已将把按\d]|开工|签约|落地|举行|分别|举办)"
)
_NOT_CITY = {"城市", "超市", "都市", "股市", "集市", "夜市", "闹市", "省市", "郡县", "州县", "新区",
             "园区", "市区", "景区", "社区", "片区", "矿区", "街区", "校区", "产区", "辖区",
             "山区", "湾区", "发区", "上市", "县市", "开市", "面市", "入市", "退市", "楼市",
             "车市", "级市", "辖市", "厂区", "库区", "展区", "小区", "专区", "特区", "心区", "能区",
             "聚区", "验区", "行区", "载区", "范区", "税区", "业区", "技区", "开区", "贸区", "保区",
             "创区", "港区", "镇区", "试区", "点区", "地区", "成区", "城镇", "乡镇", "村镇", "重镇", "小镇",
             "古镇", "名镇", "强镇", "集镇", "坐镇", "市镇", "各镇", "心镇", "点镇", "色镇", "制镇"}  # fmt: skip
#: Words that end districts' names too (岚山区, 东港区): the district where told often.
_DISTRICT_ENDS = frozenset({"山区", "港区"})
#: A county-level city whose name ends in 城 (禹城市, 诸城市, 韩城市), not 大城市 or 新城市.
_COUNTY_CITY = re.compile(r"[^大小新老中强本我各全该一两多]城市")
_TOWN_PARTS = frozenset({"主城区", "老城区", "新城区", "中城区", "全城区"})  # parts of a town
#: A county heading a phrase (射洪市锂电产业), its short form learnt; not 南靖区位交通便利 (its
#: location, 礼泉区位优越). Found from each 市/县 (few) rather than tried at every character.
_COUNTY_END = re.compile(
    rf"[市县区镇](?=[{CJK}])(?![域城级委长场民区属直辖政府情内外]|位(?:交通|优势|条件|优越|独特|突出|明显))"
)


def _counties(text: str) -> Iterator[re.Match[str]]:
    for m in _COUNTY_END.finditer(text):
        s = m.start() - 2
        # “智”造强区看姜堰: after a closing quote, the end of a pun, no county
        if (
            s >= 0
            and is_cjk(text[s : m.start()])
            and not is_cjk(text[s - 1 : s] or "，")
            and (s == 0 or text[s - 1] not in "”’」』")
        ):
            yield _CITY.match(text, s) or _COUNTY_AT.match(text, s)  # type: ignore[misc]


_COUNTY_AT = re.compile(rf"([{CJK}]{{2}}[市县区镇])")
_CITY_END = re.compile(
    r"[市县区镇乡](?=[，、。的实现经济全年地区综合以在与和作为是已将把按\d]|开工|签约|落地|举行|分别|举办)"
)


def _cities(text: str) -> Iterator[re.Match[str]]:
    """What ``_CITY.finditer`` gives, found from each 市/县/区 (few) rather than tried at
    every character; matches cannot overlap, as each starts after a non-CJK character."""
    for m in _CITY_END.finditer(text):
        s = m.start() - 2
        if s >= 0:
            city = _CITY.match(text, s)
            if city is not None:
                yield city


#: Last characters of words before 市 that make no city (全年全市, 产业强市, 建设大市, 获批上市).
_NOT_CITY_END = frozenset("全强大本该我各每省城都超夜股上入退")
_NOT_AFTER_CITY = frozenset("场民区委长政级内外域属直辖")
_NUMERALS = frozenset("一二两三四五六七八九十几多")
_COUNTERS = frozenset("个名位家项批条")
#: Last characters of verbs of movement before 县域 (托起县域经济, 跑出县域…): no place.
_MOVES = frozenset("起出入到向至进有多")  # …and of having or of more (既有区委, 给更多县域)
_HEADLINE_PLACE = re.compile(rf"\s*([{CJK}]{{2}})[：:]")
_TIME_ENDS = frozenset("度年月季期末底初")
#: Last characters of no place: a time, a move, a counter (全省首个县域…: the first of its kind).
_NO_PLACE_END = _TIME_ENDS | _MOVES | _COUNTERS


def find_regions(text: str) -> Iterator[Found]:
    """Place names shown by what follows them (see ``_found_regions``); a county-level city
    of three or four characters found (乌兰浩特市) stands for its bare name too (走进乌兰浩特),
    and the end of it is no place of its own (浩特)."""
    found = list(_found_regions(text))
    long = {name[:-1] for _s, _e, name, _k in found if len(name) >= 4 and name[-1] == "市"}
    for s, e, name, kind in found:
        heads = (place[: len(place) - len(name)] for place in long if place.endswith(name))
        if not any(head and text.endswith(head, 0, s) for head in heads):
            yield s, e, name, kind
    for place in long:
        k = text.find(place)
        while k >= 0:
            if text[k + len(place) : k + len(place) + 1] != "市":
                yield k, k + len(place), place, "region"
            k = text.find(place, k + 1)


def _found_regions(text: str) -> Iterator[Found]:
    """Place names shown by what follows them: 溧阳**全市**, 溧阳**县域**, 溧阳**市委**,
    ``靖江市`` standing alone before a verb or punctuation, and a headline's place
    (``习水：…``)."""
    areas = {w for w, kind in place_words().items() if kind == "area"}
    for s, e in _region_contexts(text):
        name = text[s:e]
        if name[-1] in _NO_PLACE_END or name in areas or name[0] in _NUMERALS:
            continue  # 一季度全市…: a time; 东北县域: a part of the country; 一座县域…: a count
        told_again = text.find(name, e) >= 0 or text.rfind(name, 0, s) >= 0
        if (
            told_again  # 领跑全市, 补齐全市: a verb, told once, is no place
            and name not in _NOT_REGION
            and not set(name) & (STOP_CHARS | _NOT_PLACE_CHARS)
            and VERBS.fullmatch(name) is None  # 介绍经开区…, 我就介绍这些: a verb told twice
        ):
            yield s, e, name, "region"
    for matches in (_cities(text), _counties(text)):
        for m in matches:
            name = m.group(1)
            if (
                name[0] in "个家位名项批条和与及各全本我该每县市年月在于到从赴其另分"
                or (name[0] in _NUMERALS and name[1] in _COUNTERS)
                or name[1] in "全本该我"
                or VERBS.fullmatch(name[:2])  # 列全市, 指本县, 实行县领导
                or set(name) & _NOT_PLACE_CHARS
            ):
                continue
            if (
                (
                    name[1:] not in _NOT_CITY
                    or _COUNTY_CITY.fullmatch(name)
                    or (name[1:] in _DISTRICT_ENDS and _told_often(text, name))
                )
                and name not in _TOWN_PARTS
                and name[:2] not in _NOT_REGION
                and not set(name) & STOP_CHARS
            ):
                yield m.start(1), m.end(1), name, "region"
    yield from _sub_places(text)
    yield from _short_counties(text)
    yield from _three_character_cities(text)
    yield from _banners(text)
    yield from _listed_by_area(text)
    if "自治" in text:  # 桓仁满族自治县, 恩施土家族苗族自治州 (few texts name one)
        yield from find_autonomous(text)
    lead = _HEADLINE_PLACE.match(text)  # last: 晋江市 found in the text names it in full
    if lead is not None and lead.group(1) not in _NOT_REGION:
        yield lead.start(1), lead.end(1), lead.group(1), "region"


def _three_character_cities(text: str) -> Iterator[Found]:
    """County-level cities of three or four characters told often (青铜峡市, 乌兰浩特市),
    found from each 市 (few) rather than tried at every character."""
    k = text.find("市")
    while k >= 0:
        for size in (4, 3):
            name = text[max(0, k - size) : k]
            # 全年全市, 产业强市: words before 市; 1—10月武威市: the month, then the city
            words = len(name) < size or not is_cjk(name) or text[k + 1 : k + 2] in _NOT_AFTER_CITY
            # 共青城市 (共青城聚力…, 共青城的…): a city named 城 told without its 市 too (智慧城市
            # never is); such a name may open with a character phrases use (共)
            bare = name[-1:] == "城" and _told_bare(text, name)
            words = words or (name[-1:] in _NOT_CITY_END and not bare) or name[:1] in _TIME_ENDS
            odd = set(name[1:] if bare else name) & (STOP_CHARS | _NOT_PLACE_CHARS | {"市"})
            words = words or bool(odd)
            if not words and name[:2] not in _NOT_REGION and _told_often(text, name):
                yield k - size, k + 1, name + "市", "region"
                break
        k = text.find("市", k + 1)


def _told_bare(text: str, name: str) -> bool:
    """Whether ``name`` (共青城) is written at least once without the 市 after it."""
    k = text.find(name)
    while k >= 0:
        if text[k + len(name) : k + len(name) + 1] != "市":
            return True
        k = text.find(name, k + 1)
    return False


#: Characters that make ``X县`` a phrase, not a county (全县, 该县, 邻县, 贫困县 …).
_NOT_SHORT_COUNTY = frozenset(
    "全该本各我每一两二三四五六七八九十几多个市区省州郡知邻郊属附困强点示范域受请经在为余"
)
_SHORT_COUNTY_OPENERS = frozenset("在走进于与和到是赴从对")


def _short_counties(text: str) -> Iterator[Found]:
    """Counties named by one character (曹县, 沛县, 歙县): the lexicon cannot list them all,
    so one counts as a place when the document names it at least twice and once where a
    place name stands (the start of a line, after punctuation, 在/走进/与 …)."""
    seen: dict[str, list[int]] = {}
    placed: set[str] = set()
    k = text.find("县", 1)
    while k > 0:
        ch = text[k - 1]
        after = text[k + 1 : k + 2]
        if "\u4e00" <= ch <= "\u9fff" and ch not in _NOT_SHORT_COUNTY and after not in "城长委政级":
            seen.setdefault(ch, []).append(k - 1)
            before = text[k - 2 : k - 1] if k >= 2 else ""
            if not before or not is_cjk(before) or before in _SHORT_COUNTY_OPENERS:
                placed.add(ch)
        k = text.find("县", k + 1)
    for ch, starts in seen.items():
        if len(starts) >= 2 and ch in placed:
            for s in starts:
                yield s, s + 2, ch + "县", "region"


#: What may stand before a county's name: a mark, 在/走进/与 …, 的 (地处…的阿瓦提县), or the end
#: of the province, city or prefecture it lies in (怀化市会同县, 阿克苏地区阿瓦提县).
_BEFORE_COUNTY = _SHORT_COUNTY_OPENERS | frozenset("的省市州盟区")


def written_as_place(text: str, name: str) -> bool:
    """Whether ``name``, a county the division table lists, is written at least once where a
    place's name stands rather than inside words: 会同县 of 工信局会同县财政局 (together with
    the county's office), 海城市 of 沿海城市 and 新兴区 of 新兴区域 are no places."""
    k = text.find(name)
    while k >= 0:
        before, after = text[k - 1 : k] if k else "", text[k + len(name) : k + len(name) + 1]
        placed = not is_cjk(before) or before in _BEFORE_COUNTY or _after_place(text, k)
        if placed and after != "域":
            return True
        k = text.find(name, k + 1)
    return False


def _after_place(text: str, k: int) -> bool:
    """Whether a province or city the lexicon knows ends at ``k`` (辽宁海城市)."""
    words = place_words()
    return any(text[max(0, k - n) : k] in words for n in (2, 3))


#: ``台州市黄岩区新前街道``, ``鄂尔多斯市伊金霍洛旗``: places under a city or county named
#: right after it. Found from each 市/县 followed by 区/旗/镇/乡/街道 (few), then checked:
#: the city is one the lexicon knows, or stands after punctuation or 在/于/与.
_SUB_PLACE = re.compile(rf"[市县]((?:[{CJK}]{{2,4}}?(?:区|旗|镇|乡|街道)){{1,2}})")
_SUB_END = re.compile(rf"[{CJK}]{{2,4}}?(?:街道|区|旗|镇|乡)")
_NOT_SUB = ("园区", "城区", "新区", "市区", "景区", "社区", "片区", "矿区", "产区", "辖区", "开发区",
            "高新区", "经开区", "示范区", "试验区", "保税区", "功能区", "集聚区", "核心区", "建成区")  # fmt: skip


@lru_cache(maxsize=1)
def _known_cities() -> frozenset[str]:
    return frozenset(n for n in regions() if n[-1] in "市县")


def _sub_places(text: str) -> Iterator[Found]:
    for m in _SUB_PLACE.finditer(text):
        city_end = m.start() + 1
        known = any(text[max(0, city_end - n) : city_end] in _known_cities() for n in (3, 4, 5))
        opener = text[city_end - 4 : city_end - 3] if city_end >= 4 else ""
        if not known and not (opener and (not is_cjk(opener) or opener in "在于与和到从")):
            continue
        for part in _SUB_END.finditer(text, m.start(1), m.end(1)):
            name = part.group()
            if name.endswith(_NOT_SUB) or name[:2] in _NOT_REGION:
                break
            if set(name) & (STOP_CHARS | _NOT_PLACE_CHARS):
                break
            yield part.start(), part.end(), name, "region"


#: What tells that a document is a banner's own (全旗, 我旗, 旗委, 旗政府, 旗统计局).
_BANNER_WORDS = re.compile(r"[全我本]旗|旗(?:委|人民政府|政府|统计局)")
#: What follows 旗 in words that are no banner (集团旗下, 旗舰, 旗帜).
_NOT_AFTER_BANNER = frozenset("下舰帜袍鼓手号杆")
#: What comes right before 旗 in words that are no banner's name: 年末全旗 (the banner
#: itself), 产业强旗 (a slogan, as 工业强县 is).
_NOT_BEFORE_BANNER = frozenset("全我本该各强")
_BANNER_OPENERS = _SHORT_COUNTY_OPENERS | frozenset("年月日")  # 在阿荣旗, 2025年阿荣旗


def _banners(text: str) -> Iterator[Found]:
    """Banners (阿荣旗, 伊金霍洛旗), the counties of Inner Mongolia, in a document that is a
    banner's own: a name of two to four characters and 旗 that opens where a name does (after
    a mark, a date or 在/与), told twice or more. Elsewhere 旗 ends words (红旗, 国旗)."""
    if _BANNER_WORDS.search(text) is None:
        return
    k = text.find("旗", 2)
    while k > 0:
        for size in (2, 3, 4):
            opener = text[k - size - 1 : k - size] if k > size else ""
            name = text[k - size : k + 1]
            if (
                is_cjk(name)
                and (not is_cjk(opener or "，") or opener in _BANNER_OPENERS)
                and name[:1] not in _NOT_SHORT_COUNTY
                and not set(name[:-1]) & (STOP_CHARS | _NOT_PLACE_CHARS)
                and text[k + 1 : k + 2] not in _NOT_AFTER_BANNER
                and text[k - 1] not in _NOT_BEFORE_BANNER
                and text.count(name) >= 2
            ):
                yield k - size, k + 1, name, "region"
                break
        k = text.find("旗", k + 1)


#: ``分区域看，独山子区…增长8.2%，克拉玛依区增长5.6%`` (or a heading 【分县市看】): a breakdown by
#: place, each place first in its clause (its counts count what the whole told before counted).
BY_AREA = re.compile(
    r"(?m)(?:分|从|按)(?:区域|地区|县区|区县|县（[市区新、]+）|县市区?|旗县市?|园区|乡镇(?:（街道）)?"
    r"|镇街|镇（街道?）)(?:分布)?(?:看|来看)(?:[，,：:]|】|$)"
)
_AREA_ITEM = re.compile(  # 分县市看，五县市保持增长: a count, no place; 省外市场: no city
    rf"(?<=[，,、；：:])(?![一二两三四五六七八九十各全多])([{CJK}]{{2,4}}?[区县旗市])"
    rf"(?![{''.join(_NOT_AFTER_CITY)}])(?=[{CJK}]{{0,12}}?(?:增长|下降|\d))"
)


def _listed_by_area(text: str) -> Iterator[Found]:
    """The places a breakdown by area lists, each heading its clause."""
    for lead in BY_AREA.finditer(text):
        end = text.find("。", lead.end()) % (len(text) + 1)  # to the sentence's end, or the text's
        for m in _AREA_ITEM.finditer(text, lead.end() - 1, end):
            name = m.group(1)
            if name[:2] not in _NOT_REGION and not set(name) & (STOP_CHARS | _NOT_PLACE_CHARS):
                yield m.start(1), m.end(1), name, "region"
