"""Rules that find names of organisations, programmes and people in normalised text.

Each function returns ``(start, end, name, type)`` tuples; :mod:`organisations` merges
them with the gazetteer and finds every later mention of each name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from chainatlas.extract.lexicon import org_suffixes, surnames

Found = tuple[int, int, str, str]

_CJK = r"\u4e00-\u9fff"
_STOP_CHARS = set(
    "，。、；：？！“”‘’（）《》【】 \n的在与和及是为了由将对向从以等被把让给到至跟同并于或——"
)
_VERBS = re.compile(
    r"(推动|引进|拥有|集聚|吸引|依托|建设|共建|成立|设立|落户|入驻|牵手|携手|联合|支持|获批|获评|"
    r"荣获|入选|包括|成为|作为|打造|投资|签约|建成|组建|布局|落地|开工|来自|聚焦|通过|其中|此外|"
    r"相继|引领|带动|培育|招引|新增|形成|启动|举行|实现|优先|升级|纳入|规划|设置|开展|"
    r"厂商|制造商|供应商|企业|龙头|领军|代表|现有|已有|共有|建有|举办|走进|来到|位于|地处)$"
)
#: Last characters of the verbs: a verb can only end where one of these stands, which
#: spares the regex search at every other character.
_VERB_LAST = frozenset(w[-1] for w in _VERBS.pattern[1:-2].split("|"))
_GENERIC_PREFIX = {
    "上市",
    "龙头",
    "骨干",
    "规上",
    "外资",
    "民营",
    "国有",
    "博士后",
    "院士",
    "研发",
    "技术",
    "企业",
    "省级",
    "国家级",
    "市级",
    "专家",
    "高校",
    "园区",
}
_GENERIC_HEAD = re.compile(
    r"^(全省|全国|全市|省级|国家级|市级|各|该|本|我|全年|今年|去年|年末|当年|其中|此外)"
)
_MAX_BEFORE = {"company": 16, "platform": 14, "institution": 12, "government": 6, "park": 8,
               "人民代表大会": 10, "调查队": 10, "人大常委会": 8}  # fmt: skip


def scan_back(text: str, end: int, limit: int) -> int:
    """Start of the name that ends at ``end``: back to punctuation, a function word or a
    verb, at most ``limit`` characters."""
    i = end
    while i > 0 and end - i < limit:
        ch = text[i - 1]
        if ch in _STOP_CHARS or not (ch.isalnum() or ch in "·-"):
            break
        if ch.isdigit():
            break
        if i < end and ch in _VERB_LAST and _VERBS.search(text, max(0, i - 3), i):
            break
        i -= 1
    return i


def find_suffixed(text: str, automaton: object) -> Iterator[Found]:
    """Names ending in an organisation suffix (有限公司, 研究院, 高新区 ...)."""
    kinds = dict(org_suffixes())
    last_end = -1
    for end_index, (suffix, _v) in automaton.iter(text):  # type: ignore[attr-defined]
        end = end_index + 1
        if end == last_end:
            continue  # 人民代表大会 found, 大会 inside it is not another name
        last_end = end
        start_suffix = end - len(suffix)
        kind = kinds[suffix]
        start = scan_back(text, start_suffix, _MAX_BEFORE.get(suffix, _MAX_BEFORE.get(kind, 12)))
        if start == start_suffix and text[start - 1 : start] == "）":
            start = _before_parenthesis(text, start, _MAX_BEFORE.get(kind, 12))
        if kind == "programme":
            start = _event_start(text, start_suffix)
        head = text[start:start_suffix]
        if len(head) < 2 or head in _GENERIC_PREFIX or _GENERIC_HEAD.match(head):
            continue
        if text[start : start + 1] in _MEASURE_WORDS and text[start - 1 : start].isdigit():
            continue  # 178个国家高新区: a class that is counted, not a name
        if kind == "company":
            start += _after_park(text[start:start_suffix])
        yield start, end, text[start:end], kind


_MEASURE_WORDS = frozenset("个家项名位座所批")
_PARK_WORDS = ("经济开发区", "开发区", "高新区", "经开区", "产业园", "工业园", "园区")


def _after_park(head: str) -> int:
    """``晋江经济开发区安踏体育用品集团``: a firm named after the park it stands in starts
    after the park's name."""
    cut = max((head.rfind(w) + len(w) for w in _PARK_WORDS if w in head), default=0)
    return cut if len(head) - cut >= 2 else 0


_EVENT_STOP = frozenset("，。；：？！、“”（）《》【】\n 在于")
_ORDINAL = re.compile(r"第[一二三四五六七八九十百\d]+届")


def _event_start(text: str, end: int) -> int:
    """Start of a fair or conference name (博览会, 推介会): its words run back to punctuation
    (``中国国际轨道交通和装备制造产业博览会`` holds 和), a verb or an ordinal (第五届)."""
    i = end
    while i > 0 and end - i < 30:
        ch = text[i - 1]
        if ch in _EVENT_STOP or (
            i < end and ch in _VERB_LAST and _VERBS.search(text, max(0, i - 3), i)
        ):
            break
        i -= 1
    ordinal = _ORDINAL.match(text, i)
    return ordinal.end() if ordinal else i


def _before_parenthesis(text: str, end: int, limit: int) -> int:
    """``中创新航科技（江苏）有限公司``: a place in brackets sits inside the name."""
    opening = text.rfind("（", max(0, end - 6), end)
    if opening < 0 or not all("\u4e00" <= c <= "\u9fff" for c in text[opening + 1 : end - 1]):
        return end
    start = scan_back(text, opening, limit)
    return start if start < opening else end


_ENUM_ANCHOR = re.compile(
    r"(?:等|两家|[二三四五六七八九十\d]+家)([^，。；]{0,14}?)"
    r"(企业|公司|厂商|车企|整车厂|厂|集团|龙头|项目|平台|机构|研究院|院所|高校|品牌)"
)
_FIRM_NOUNS = frozenset({"企业", "公司", "厂商", "车企", "整车厂", "厂", "集团", "龙头", "品牌"})
_SECTORS = re.compile(r"(?:重点|主要|传统|新兴)?(?:行业|领域|产业|方向|环节|市场|国家|地区|城市)")
_LIST_CHUNK = re.compile(rf"(?:(?!等)[{_CJK}A-Za-z0-9、]){{2,120}}$")
_LEAD = re.compile(r"以([^，。；]{2,40}?)为(?:龙头|代表|核心|引领|主体|牵引)")
_ENUM_TYPE = {"平台": "platform", "机构": "platform", "研究院": "platform", "院所": "institution",
              "高校": "institution"}  # fmt: skip


def find_enumerations(text: str) -> Iterator[Found]:
    """Members of lists such as ``A、B、C等60多家企业`` and ``以A、B为龙头``.

    The list is found from its end (等, 两家, N家 and a head noun), then read backwards to
    the punctuation before it, which keeps the scan linear in the text.
    """
    for m in _ENUM_ANCHOR.finditer(text):
        if m.group(1).startswith("、"):
            continue
        if _SECTORS.match(m.group(1)) and m.group(2) not in _FIRM_NOUNS:
            continue  # 汽车、家电、光伏等行业…项目: trades; 上上电缆等行业领军企业: firms
        chunk = _list_chunk(text, m.start())
        if chunk is None:
            continue
        items = chunk.split("、")
        if len(items) == 1 and len(items[0]) > 14:
            items = [items[0][-14:]]
        start = m.start() - len("、".join(items))
        kind = _ENUM_TYPE.get(m.group(2), "company")
        yield from _items(text, start, "、".join(items), kind)
    for m in _LEAD.finditer(text):
        lead = m.group(1).split("等")[0]
        if "、" in lead or len(lead) <= 6:
            yield from _items(text, m.start(1), lead, "company")


def _list_chunk(text: str, end: int) -> str | None:
    """The run of list characters (CJK, Latin letters, digits, 、; not 等) ending at
    ``end``, at most 120 long and at least 2: what ``_LIST_CHUNK`` finds, read backwards."""
    lo = max(0, end - 120)
    if end > lo and text[end - 1] == "\n":
        end -= 1  # ``$`` also matches before a final newline
    i = end
    while i > lo:
        ch = text[i - 1]
        if not ("\u4e00" <= ch <= "\u9fff" or ch in _LIST_EXTRA) or ch == "等":
            break
        i -= 1
    return text[i:end] if end - i >= 2 else None


_LIST_EXTRA = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789、")


_NOT_ITEM = re.compile(r"\d|企业$|公司$|龙头")


def _items(text: str, start: int, chunk: str, kind: str) -> Iterator[Found]:
    pos = start
    for index, item in enumerate(chunk.split("、")):
        s, e = pos, pos + len(item)
        pos = e + 1
        if index == 0:
            s = scan_back(text, e, 14)
        name = text[s:e]
        if 2 <= len(name) <= 14 and not _NOT_ITEM.search(name):
            yield s, e, name, kind


_QUOTED = re.compile(r"“([^”\n]{2,30})”([活动改革行计划工程模式专项评选品牌发展总体规划]{0,6})")
_PROGRAMME_END = re.compile(r"(奖|榜|计划|工程|行动|专项|基金|品牌|评选|活动)$")
_PROGRAMME_AFTER = re.compile(
    r"^(活动|改革|行动|计划|工程|审批模式|模式|专项|评选|品牌|.{0,4}规划)"
)
_PROGRAMME_BEFORE = re.compile(r"(开展|实施|推行|启动|举办|设立|设置|推出|探索|深化)$")
_TITLE = re.compile(r"《([^》\n]{2,40})》")
_HONOUR = re.compile(r"(?:入选|获评|荣获|被评为|被认定为|认定为|荣膺|列入)了?([^，。；\d]{4,80})")
_LIST = re.compile(
    r"(?:荣列|挺进|跻身|位列|入围)([^，。；第]{4,30}?(?:榜|百强县|百强|强县|排行榜))第"
)
_STREAK = re.compile(r"(?:实现|获得|蝉联)([^，。；“]{4,30})“[一二三四五六七八九十两\d]+连冠”")
_NATIONAL = re.compile(rf"(?:国家|省|市)[{_CJK}]{{2,10}}工程")


def find_programmes(text: str) -> Iterator[Found]:
    """Programmes, honours, rankings and titles: quoted names, 《titles》, what is 入选."""
    for m in _QUOTED.finditer(text):
        inner, after = m.group(1), text[m.end(1) + 1 : m.end(1) + 8]
        tail = _PROGRAMME_AFTER.match(after)
        before = _PROGRAMME_BEFORE.search(text, max(0, m.start() - 2), m.start())
        if tail:
            e = m.end(1) + 1 + tail.end()
            yield m.start(), e, text[m.start() : e], "programme"
        elif _PROGRAMME_END.search(inner) or before:
            yield m.start(1), m.end(1), inner, "programme"
    for m in _TITLE.finditer(text):
        yield m.start(1), m.end(1), m.group(1), "programme"
    for m in _HONOUR.finditer(text):
        pos = m.start(1)
        for item in m.group(1).split("、"):
            if 4 <= len(item) <= 30 and "“" not in item and "的" not in item:
                yield pos, pos + len(item), item, "programme"
            pos += len(item) + 1
    for pattern in (_LIST, _STREAK):
        for m in pattern.finditer(text):
            yield m.start(1), m.end(1), m.group(1), "programme"
    for m in _NATIONAL.finditer(text):
        s = m.start()
        yield s, m.end(), m.group(), "programme"


_TITLED = re.compile(
    r"(?:博士后|博士|教授|院士|研究员|专家|董事长|总经理|总裁|创始人|书记|市长|县长|区长|主任|局长)"
    rf"([{_CJK}]{{2,3}}?)(?=[，。、；：]|团队|等|表示|介绍|指出|说|$)"
)
_TEAM = re.compile(rf"([{_CJK}]{{2,3}}?)团队")
#: ``合肥日报　2024年11月20日　记者 周晓岚　通讯员 程立``: names after a role in a dateline.
_ROLES = frozenset({"记者", "通讯员", "作者", "编辑", "摄影", "实习生", "来源"})
_REPORTER = re.compile(
    rf"(?:记者|通讯员|作者|编辑|摄影|实习生)[：:\s　]*((?:[{_CJK}]{{2,3}}(?:[、\s　]+|$))+)"
)


def find_people(text: str, paragraphs: list[tuple[int, int, str]]) -> Iterator[Found]:
    """People in credit lines (记者：吴 蓝 管晨晨), bylines, after titles, before 团队."""
    names = surnames()
    for start, end, _kind in paragraphs[:6]:
        if end - start <= 80 and text.find("。", start, end) < 0:
            for m in _REPORTER.finditer(text, start, end):
                for found in _credit_names(text, m.start(1), m.end(1)):
                    if found[2] not in _ROLES:
                        yield found
    for start, end, kind in paragraphs:
        if kind == "credit":
            colon = text.find("：", start, end)
            yield from _credit_names(text, colon + 1, end)
        elif kind == "byline":
            yield from _credit_names(text, start, end)
    for m in _TITLED.finditer(text):
        name = m.group(1)
        if name[0] in names:
            yield m.start(1), m.end(1), name, "person"
    for s, e in _teams(text):
        if text[s] in names:
            yield s, e, text[s:e], "person"


def _teams(text: str) -> Iterator[tuple[int, int]]:
    """Spans of two or three CJK characters before 团队, as ``_TEAM.finditer`` gives
    them, found from each 团队 rather than tried at every character."""
    last = 0
    k = text.find("团队")
    while k >= 0:
        for s in (k - 3, k - 2):
            if s >= last and all("\u4e00" <= c <= "\u9fff" for c in text[s:k]):
                yield s, k
                last = k + 2
                break
        k = text.find("团队", k + 2)


def _credit_names(text: str, start: int, end: int) -> Iterator[Found]:
    """Split a credit line; two one-character tokens are one padded name (``钱 韬``)."""
    tokens = [(m.start(), m.end()) for m in re.finditer(rf"[{_CJK}]+", text[start:end])]
    i = 0
    while i < len(tokens):
        s, e = tokens[i]
        if e - s == 1 and i + 1 < len(tokens) and tokens[i + 1][1] - tokens[i + 1][0] == 1:
            _s2, e2 = tokens[i + 1]
            yield start + s, start + e2, text[start + s : start + e2], "person"
            i += 2
            continue
        if 2 <= e - s <= 4:
            yield start + s, start + e, text[start + s : start + e], "person"
        i += 1


_REGION_CONTEXT = re.compile(
    rf"([{_CJK}]{{2}})(?=全市|县域|市委|市政府|县委|县政府|区委|区政府|高新区|经开区|开发区|市人民政府)"
)
_CONTEXT_AT = re.compile(
    r"(?=[全县市区高经开])(?=全市|县域|市委|市政府|县委|县政府|区委|区政府|高新区|经开区|开发区|市人民政府)"
)


def _region_contexts(text: str) -> Iterator[tuple[int, int]]:
    """The spans ``_REGION_CONTEXT.finditer`` gives, found from the context words (few)
    rather than tried at every character."""
    last = 0
    for m in _CONTEXT_AT.finditer(text):
        s = m.start() - 2
        if s >= last and all("\u4e00" <= c <= "\u9fff" for c in text[s : s + 2]):
            yield s, s + 2
            last = s + 2


#: Characters no place name holds: they end a verb or a measure word before 全市 (产值占全市).
_NOT_PLACE_CHARS = frozenset("占值入比较达为到对向增均约超近共计")
_NOT_REGION = {"经济", "高新", "国家", "工业", "产业", "年末", "年初", "全年", "当年", "今年", "去年", "同期", "届时", "国内", "省内", "市内", "全国", "全省", "省级", "优先", "升级", "我市", "本市", "全县", "各地", "城市",
               "我县", "本县", "我区", "省市", "建设", "发展", "推动", "所在", "一个", "设立",
               "实施", "推进", "支持", "完成", "开展", "实现", "入选", "争创", "申报", "创建",
               "获评", "认定", "打造", "服务", "助力", "带动", "落实", "组织", "召开", "举办",
               "覆盖", "辐射", "对接", "走进", "来到", "重点", "主要", "技术", "科技", "投资",
               "创新", "示范", "生态", "智能", "综合", "保税", "出口", "加工"}  # fmt: skip


_SOURCE = re.compile(r"来源[：:]([\u4e00-\u9fffA-Za-z]{2,12})")


def find_sources(text: str) -> Iterator[Found]:
    """The publisher named in a footer (转载请注明来源：常州发布)."""
    for m in _SOURCE.finditer(text):
        yield m.start(1), m.end(1), m.group(1), "institution"


_CITY = re.compile(
    rf"(?<![{_CJK}])([{_CJK}]{{2}}[市县区])(?=[，、。的实现经济全年地区综合以在与和作为是已将把按])"
)
_NOT_CITY = {"城市", "超市", "都市", "股市", "集市", "夜市", "闹市", "省市", "郡县", "州县", "新区",
             "园区", "城区", "市区", "景区", "社区", "片区", "矿区", "街区", "校区", "产区", "辖区",
             "山区", "湾区", "发区", "上市", "县市", "开市", "面市", "入市", "退市", "楼市",
             "车市", "级市", "辖市"}  # fmt: skip
#: A county-level city or county heading a phrase (射洪市锂电产业): two characters and 市/县
#: after punctuation, before any word; the short form (射洪) is learnt from it. Found from
#: each 市/县 (few) rather than tried at every character.
_COUNTY_END = re.compile(rf"[市县](?=[{_CJK}])(?![域城级委长场民区属直辖政府情])")


def _counties(text: str) -> Iterator[re.Match[str]]:
    for m in _COUNTY_END.finditer(text):
        s = m.start() - 2
        if s >= 0 and _is_cjk(text[s : m.start()]) and not _is_cjk(text[s - 1 : s] or "，"):
            yield _CITY.match(text, s) or _COUNTY_AT.match(text, s)  # type: ignore[misc]


_COUNTY_AT = re.compile(rf"([{_CJK}]{{2}}[市县])")
_CITY_END = re.compile(r"[市县区](?=[，、。的实现经济全年地区综合以在与和作为是已将把按])")


def _cities(text: str) -> Iterator[re.Match[str]]:
    """What ``_CITY.finditer`` gives, found from each 市/县/区 (few) rather than tried at
    every character; matches cannot overlap, as each starts after a non-CJK character."""
    for m in _CITY_END.finditer(text):
        s = m.start() - 2
        if s >= 0:
            city = _CITY.match(text, s)
            if city is not None:
                yield city


def _is_cjk(chunk: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in chunk)


def find_regions(text: str) -> Iterator[Found]:
    """Place names shown by what follows them: 溧阳**全市**, 溧阳**县域**, 溧阳**市委**,
    and ``靖江市`` standing alone before a verb or punctuation."""
    for s, e in _region_contexts(text):
        name = text[s:e]
        if name not in _NOT_REGION and not set(name) & (_STOP_CHARS | _NOT_PLACE_CHARS):
            yield s, e, name, "region"
    for matches in (_cities(text), _counties(text)):
        for m in matches:
            name = m.group(1)
            if name[0] in "个家位名项和与及各全本我该每县市" or set(name) & _NOT_PLACE_CHARS:
                continue
            if (
                name[1:] not in _NOT_CITY
                and name[:2] not in _NOT_REGION
                and not set(name) & _STOP_CHARS
            ):
                yield m.start(1), m.end(1), name, "region"


_PHASE = re.compile(r"期(?=[\u4e00-\u9fff]{0,8}?项目)")
_PHASE_NUMBER = re.compile(r"(?:[一二三四五六七八九十]|\d{1,2})$")


def find_phased_projects(text: str) -> Iterator[Found]:
    """The builder of a phased project (``永祥新能源二期高纯晶硅项目``, ``福鼎时代二期项目``),
    found from each 期 (few) rather than tried at every numeral."""
    for m in _PHASE.finditer(text):
        number = _PHASE_NUMBER.search(text, max(0, m.start() - 2), m.start())
        if number is None:
            continue
        start = scan_back(text, number.start(), 10)
        name = text[start : number.start()]
        if _VERBS.search(name) or set(name) & set("区在项"):
            continue
        if 2 <= len(name) <= 10 and not _GENERIC_HEAD.match(name):
            yield start, m.start(), name, "company"
