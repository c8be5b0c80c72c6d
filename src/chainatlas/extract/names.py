"""Rules that find names of organisations, programmes and people in normalised text.

Each function returns ``(start, end, name, type)`` tuples; :mod:`organisations` merges
them with the gazetteer and finds every later mention of each name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from chainatlas.extract.delegations import delegation_start
from chainatlas.extract.generic_heads import GENERIC_HEAD, GENERIC_LEAD, GENERIC_PREFIX
from chainatlas.extract.lexicon import org_suffixes, place_words, regions
from chainatlas.extract.lexicon.counties import counties
from chainatlas.extract.meeting_names import (
    BRACKETED_PLACE,
    IDEOGRAPHS,
    ceremony_start,
    event_start,
)
from chainatlas.extract.sites import after_county, after_park
from chainatlas.extract.verbs import VERB_LAST, VERBS

Found = tuple[int, int, str, str]
CJK = IDEOGRAPHS


def is_cjk(chunk: str) -> bool:
    """Whether every character of ``chunk`` is an ideograph."""
    return all("\u4e00" <= c <= "\u9fff" for c in chunk)


STOP_CHARS = set(
    "，。、；：？！“”‘’（）《》【】 \n的在与和及是为了由将对向从以等被把让给到至跟同并于或较——｜|受请"
)
#: A suffix that is the start of a longer word when one of these follows it (大学生, 大学毕业).
_WORD_GOES_ON = {"社": "会", "大学": "生毕", "行": "业"}
_BOARD = re.compile(r"(?:股东|董事|监事)大?会$")
#: ``全市现代中药产业高质量发展推进大会``: a meeting of the whole place is named so.
_WHOLE_MEETING = re.compile(r"全(?:市|县|区|省|国)[\u4e00-\u9fff]{6,}")
_PHASES = ("一期", "二期", "三期", "四期")
#: Testing centres, named only when a state or a place runs them (国家…检验检测中心).
_TESTING = frozenset({"检测中心", "检验中心", "测试中心"})
_NATIONAL_LEADS = ("国家", "中国", "全国")
#: Suffixes of shared facilities whose name needs more than its kind (研发中心, 中试基地).
_SERVICES = frozenset({"研发中心", "中试基地", "公共服务平台", "服务平台", "交易中心", "直播基地",
                       "设计中心"})  # fmt: skip
#: A facility's own name: some words of its own before its kind, no rank or verb leading it.
_NAMED_SERVICE = re.compile(
    r"(?!(?:自治区|省|市|县|区)级|[设建在]|三期|二期)[\u4e00-\u9fff“”]{4,14}"
)
_SETS_UP = re.compile(r"设有|设立|搭建|共建|建设|组建|成立|打造|建成|配套")
_MAX_BEFORE = {"company": 16, "platform": 14, "institution": 12, "government": 6, "park": 8,
               "示范区": 14, "人民代表大会": 10, "调查队": 10, "人大常委会": 8, "办公室": 10,
               "管理局": 9, "管理委员会": 14, "管委会": 12}  # fmt: skip


#: Verbs that end no firm's name: before a bare 公司 they act on the firm just named.
_ACTS_ON = re.compile(
    r"(?:巩固|壮大|做强|做大|做优|助力|提升|增强|加强|帮助|鼓励|推动|带动|保持|履行|拉动|走出|享受|制约|采用|依托|影响|共享|预测|梳理|看好|研究|分析|(?<!未)来)$"
)
#: Bare words a verb can take as its object (保持公司…, 走出实验室, 享受综合保税区…).
_BARE_OBJECTS = frozenset({"公司", "实验室", "综合保税区", "保税区"})


def scan_back(text: str, end: int, limit: int) -> int:
    """Start of the name that ends at ``end``: back to punctuation, a function word or a
    verb, at most ``limit`` characters."""
    i = end
    while i > 0 and end - i < limit:
        ch = text[i - 1]
        if ch in STOP_CHARS and text[i - 2 : i] in _stop_places()[0]:
            i -= 2  # 大同经济技术开发区: a city's name that ends in 同
            continue
        if ch in STOP_CHARS and text[i - 1 : i + 1] in _stop_places()[1] and not _placed(text, i):
            i -= 1  # 广东从化经济开发区, 同心县人民政府: a place's name that opens with 从, 同
            continue
        if ch in STOP_CHARS or not (ch.isalnum() or ch in "·-"):
            break
        if ch.isdigit():
            break
        if i < end and ch in VERB_LAST and VERBS.search(text, max(0, i - 3), i):
            break
        i -= 1
    return i


@lru_cache(maxsize=1)
def _stop_places() -> tuple[frozenset[str], frozenset[str]]:
    """Two-character names of cities and counties with a function word in them: those ending in
    one (大同, 泰和, 共和县, 呼和 of 呼和浩特), which a scan back stops inside, and those opening with one (同心;
    和田 is read by ``with_clause_head``), which it stops short of."""
    cities = (name for name, kind in regions().items() if kind == "city")
    named = (*cities, *counties())  # 呼和浩特市: a longer name with one in it counts too
    short = [n[:2] for n in named if len(n) == 3 or (len(n) > 3 and n[1] in STOP_CHARS)]
    ending = {s for s in short if s[1] in STOP_CHARS} - _WORDS_NOT_PLACES
    opening = {s for s in short if s[0] in STOP_CHARS} - _WORDS_NOT_PLACES
    return frozenset(ending), frozenset(opening)


def _placed(text: str, start: int) -> bool:
    """Whether a place's own name opens at ``start`` (部门和安居经济开发区: 安居, not 和安)."""
    own = text[start : start + 2]
    return own in place_words() or any(own + end in counties() for end in ("区", "县", "市"))


#: Such names that are words too: 统计局会同市工信局 ("together with"), 推动和平, 面向阳光, 将军.
_WORDS_NOT_PLACES = frozenset({"会同", "和平", "向阳", "将军"})


def after_date(text: str, start: int) -> int:
    """Past the 年/月/日 of a date that a name scanned back to (2025年葛店经济技术开发区), or the
    号 of an address (友谊路12号综保区管委会)."""
    if text[start : start + 1] in ("年", "月", "日", "号") and text[start - 1 : start].isdigit():
        return start + 1 + text.startswith("年度", start)  # 2024年度省重点实验室: past 度
    return start


def with_clause_head(text: str, start: int) -> int:
    """和 at a clause's head is no conjunction but the name's first character (和林格尔新区,
    和田), which ``scan_back`` stops at; so is the 和 of a place named 和… anywhere (链主企业
    和田锦绣纺织有限公司). After a closing aside (（以下简称“北薯农业”）和黑龙江…) it joins."""
    if text[start - 1 : start] == "和" and (
        start < 2
        or not (text[start - 2].isalnum() or text[start - 2] in "）)”")
        or text[start - 1 : start + 1] in place_words()
    ):
        return start - 1
    return start


def find_suffixed(text: str, automaton: object) -> Iterator[Found]:
    """Names ending in an organisation suffix (有限公司, 研究院, 高新区 ...)."""
    kinds = dict(org_suffixes())
    last_end = -1
    for end_index, (suffix, _v) in automaton.iter(text):  # type: ignore[attr-defined]
        end = end_index + 1
        if end == last_end or (suffix.endswith("会") and text.startswith("场", end)):
            continue  # 人民代表大会 found, 大会 inside it is not another name; 分会场: a venue
        if any(suffix.endswith(k) and text[end : end + 1] in v for k, v in _WORD_GOES_ON.items()):
            continue  # 回报社会: no newspaper; 青年大学生: students; 细分行业: no bank's branch
        last_end = end
        start_suffix = end - len(suffix)
        kind = kinds[suffix]
        start = _name_start(text, start_suffix, suffix, kind)
        if kind == "government" and text[start : start + 1] in _BEFORE_OFFICE:
            start += text[start + 1 : start + 2] in _LEVELS  # 经市统计局核定: the city's office
        if kind == "institution":  # 人民网-人民日报: two outlets, the paper after the dash
            start = max(start, *(text.rfind(d, start, start_suffix) + 1 for d in "-－"))
        if _no_name(text, start, start_suffix, suffix, kind):
            continue
        if text.endswith(_PHASES, start, start_suffix):
            continue  # 检测中心二期实验室: a phase of the centre named before it, no name
        if kind == "company":
            start = _past_business_verb(text, start, start_suffix)
            having = text.startswith("有", start)
            if having and (
                _PLACE_AFTER_HAVING.match(text, start + 1)
                or text[start + 1 : start + 3] in _stop_places()[1]  # 有于都贡锦…有限公司
            ):
                start += 1  # 代表企业有恩平市华磁科技有限公司: 有 is the verb, the place opens it
            start = _through_brackets_and_links(text, start, start_suffix)
            start = past_relation(text, start, start_suffix)
            start += after_park(text[start:start_suffix]) or after_county(text[start:start_suffix])
            if text[start:start_suffix] in _BARE_HEADS and start >= 2:
                start -= 2  # 正和集团股份有限公司: 和 is part of the name here
        named_project = kind == "project" or (kind == "park" and text.startswith("项目", end))
        if named_project and text.startswith(_FIRM_WORDS, start):
            start += 2  # 公司澄宇智能制造产业园项目: the firm's project, named after 公司
        amount = _UNIT_LEFT.match(text, start) if text[start - 1 : start].isdigit() else None
        if amount is not None:
            start = amount.end()  # 规模20亿元机器人产业基金: the fund, not its size
        joint = _JOINT_DISTRICT.match(text, end) if kind == "park" else None
        end = joint.end() if joint else end
        yield start, end, text[start:end], kind


def _name_start(text: str, start_suffix: int, suffix: str, kind: str) -> int:
    """Where the name ending in ``suffix`` (at ``start_suffix``) begins."""
    limit = _MAX_BEFORE.get(suffix, _MAX_BEFORE.get(kind, 12))
    if suffix == "人民政府" and text.endswith(_AUTONOMOUS_ENDS, 0, start_suffix):
        limit = 14  # 察布查尔锡伯自治县人民政府: an autonomous county's long name
    start = scan_back(text, start_suffix, limit)
    if suffix == "党政代表团":
        return delegation_start(text, start, start_suffix)
    start = _whole_park(text, start, start_suffix, limit) if kind == "park" else start
    if start == start_suffix and text[start - 1 : start] == "）":
        start = before_parenthesis(text, start, _MAX_BEFORE.get(kind, 12))
    if kind == "programme" and suffix.endswith("会"):
        start = event_start(text, start_suffix)
    elif kind == "programme" and suffix.endswith(("活动", "仪式")):
        start = ceremony_start(text, start_suffix)
    start = with_clause_head(text, after_date(text, start))
    if kind in ("platform", "institution"):
        start = max(start, text.rfind("暨", start, start_suffix) + 1)  # …仪式暨X研究中心: X
        given = _GIVEN_BY.search(text, start, start_suffix)  # 郓城获中国纺织工业联合会授予
        start = given.end() if given is not None else start  # 获 is a verb, the body's name follows
    if kind in ("institution", "government") and text[start - 1 : start] in ("和", "与"):
        joined = _NATIONAL_AND.search(text, max(0, start - 10), start - 1)
        start = joined.start() if joined is not None else start  # 中国石油和化学工业联合会
    if start_suffix - start > _CITING.get(text[start : start + 1], len(text)):
        start += 1  # 据中国汽车工业协会统计; 经国务院批准: the source, not its 据
    return _own_part(text, start, start_suffix, suffix)


#: The ends of autonomous places' names, which run longer than others.
_AUTONOMOUS_ENDS = ("自治县", "自治州", "自治旗")


def _whole_park(text: str, start: int, end: int, limit: int) -> int:
    """``贡嘎县高原特色农产品加工产业园`` cut off at the limit: named whole from its county,
    through no other park (not 西吉县工业园区马铃薯…产业园)."""
    if end - start < limit:
        return start
    longer = scan_back(text, end, 2 * limit)
    whole = end - longer < 2 * limit and _COUNTY_PARK.match(text, longer, end) is not None
    return longer if whole else start


_COUNTY_PARK = re.compile(r"(?!.*(?:园区|开发区|高新区|产业园))[\u4e00-\u9fff]{1,4}?[县区旗]")
#: How long a source cited after 据 or 经 must be for the word to be no part of it (经开区…).
_CITING = {"据": 1, "经": 3}


def _place_led(head: str) -> bool:
    """Whether ``head`` opens with a place the lexicon knows (本溪…, not 本市…)."""
    known = regions()
    return any(head[:n] in known or head[:n] + "市" in known for n in (2, 3))


#: Kinds whose name cannot end in a verb (签约落户高新区, 每年吸引大学: a verb before a bare
#: word).
_VERB_ENDS_NO_NAME = frozenset({"government", "park", "institution"})


#: A time before a bare word for a place (第四季度经开区, 今年园区): no name.
_TIME_HEAD = re.compile(
    r"第?[一二三四]季度|[上下]半年|前三季度|今年|去年|明年|全年|年内|(?:19|20)\d\d年|\d{1,2}月(?:份)?"
)
#: Words before 市/县/区 that leave it the place's own office (数据来自市财政局, 会同县科技局).
#: A verb of being given an honour, before the national body that gives it.
_GIVEN_BY = re.compile(r".*(?:获|经|由)(?=中国|全国|中华|国家)")
_BEFORE_OFFICE = frozenset("自由和与及同经向据从受请过")
#: The level a bare office opens with (市统计局, 省人民政府).
_LEVELS = frozenset("省市县区旗")


def _no_name(text: str, start: int, start_suffix: int, suffix: str, kind: str) -> bool:
    """Whether the words before a suffix make no name: too short or generic, a kind of
    thing, a relation, a verb's object, or a class counted."""
    head = text[start:start_suffix]
    meeting = kind == "programme" and suffix.endswith("会") and _WHOLE_MEETING.match(head)
    office = (
        kind in ("government", "institution")  # 县商务局, 县人民医院: the place's own
        and head in ("市", "县", "区", "旗")
        and (not text[start - 1 : start].isalnum() or text[start - 1 : start] in _BEFORE_OFFICE)
    )
    if kind == "project" and text[start - 1 : start].isdigit():
        return True  # 220千伏专用变电站: a kind of plant by its size, cut from its figure
    if kind == "programme" and _BOARD.search(text, start, start_suffix + len(suffix)):
        return True  # 第三次临时股东大会: a firm's own meeting, no name of its own
    if kind == "programme" and head.endswith(("提请", "提交", "报请")):
        return True  # 计划草案提请大会审议: the meeting a report goes to, named nowhere here
    if _TIME_HEAD.fullmatch(head):
        return True  # 第四季度经开区有哪些工作安排: a time, then the park the text is about
    if (len(head) < 2 and not office) or head in GENERIC_PREFIX:
        return True  # 市商务局 stays: the office of the place the text is about
    if GENERIC_LEAD.sub("", head) in GENERIC_PREFIX:
        return True  # 园区院士工作站, 新建院士工作站: a kind of station, not one named
    generic = GENERIC_HEAD.match(head) is not None and not _place_led(head)  # 本溪高新区
    if (generic and not meeting) or (kind == "project" and _KIND_OF_SITE.fullmatch(head)):
        return True  # 面向大型储能电站、新能源电站: a kind of plant, not a plant
    if suffix in _TESTING and not (head.startswith(_NATIONAL_LEADS) or _place_led(head)):
        return True  # 配套建设检测中心, 整机检测中心: a kind of lab; 国家…检验检测中心 is one
    if suffix in _SERVICES and (
        _SETS_UP.search(head)
        or not (
            head.startswith(_NATIONAL_LEADS) or _place_led(head) or _NAMED_SERVICE.fullmatch(head)
        )
    ):
        return True  # 电商直播基地, 自治区级工业设计中心: a kind; 达拉特氢能装备中试基地 is one
    if text[start_suffix - 1 : start_suffix] == "占":
        return True  # 新材料产业产值占开发区…的45.6%: a share of the park, no name
    if text[start - 1 : start + 1] in ("等地", "以上"):
        return True  # 桂平、平南等地家居产业园区; 省级以上企业技术中心: a class
    if suffix == "公司" and (
        head.endswith("子") or _ABOUT_SHARES.search(head) or _NO_FIRM_END.search(head)
    ):
        return True  # 公司全资子公司, 不超过本次发行前公司总股本: a relation, not a name
    acts = suffix in _BARE_OBJECTS and _ACTS_ON.search(head)
    if VERBS.fullmatch(head) or acts or (kind in _VERB_ENDS_NO_NAME and VERBS.search(head)):
        return True  # 签约落户高新区, 进一步巩固公司, 累计获得科技城: a verb before a bare word
    # 178个国家高新区: a class that is counted, not a name
    return text[start : start + 1] in _MEASURE_WORDS and text[start - 1 : start].isdigit()


def past_relation(text: str, start: int, end: int) -> int:
    """``公司全资子公司扬电储能科技（江苏）有限公司``, ``控股股东扬中扬电投资集团有限公司``:
    the name starts after the word for how the firm stands to the one before it."""
    last = max((m.end() for m in _RELATION.finditer(text, start, end)), default=start)
    return last if end - last >= 4 else start


_ABOUT_SHARES = re.compile(r"不超过|不低于|本次|发行|前$")
#: ``第三季度公司…``, ``净利润均创公司上市以来新高``, ``报告期内公司``: a time or a verb before
#: 公司, no name.
#: The words for the firm a text is about, before the name of its project.
_FIRM_WORDS = ("公司", "企业")
_NO_FIRM_END = re.compile(
    r"(?:季度|单季|年度|半年|月|均创|创|均为|后|着|了|预计|预期|估计|认为|表示|期内)$|^(?:这|该|其)"
    r"|(?:开发区|园区|高新区|经开区|经济区|工业区|新区|[区县市镇乡])$"  # 在舞钢经济技术开发区公司新厂区, 在下陆区公司新厂区: the place, then the firm
)
_RELATION = re.compile(
    r"全资子公司|控股子公司|子公司|孙公司|控股股东|实际控制人|股东|母公司"
    r"|项目方?(?=[\u4e00-\u9fff]{4})"  # 园区配套项目佳木斯恒拓…有限公司: no firm's own words
)


def _own_part(text: str, start: int, end: int, suffix: str) -> int:
    """Where a name's own part starts in ``text[start:end]``: after the district that names a
    subdistrict (黄岩区新前街道) and after the academician who heads a station
    (中国工程院院士孙立国院士工作站 is 孙立国院士工作站)."""
    head = text[start:end]
    if suffix == "街道":
        return start + max(head.rfind(c) for c in "区县市") + 1
    titled = head.rfind("院士", 0, len(head) - 2) if head.endswith("院士") else -1
    return start + titled + 2 if titled >= 0 else start


_MEASURE_WORDS = frozenset("个家项名位座所批")
_PLACE_AFTER_HAVING = re.compile(
    r"[\u4e00-\u9fff]{1,4}?[省市县区]|广东|广西|浙江|江苏|福建|山东|山西|河南|河北|湖南|湖北|安徽|江西|四川"
    r"|陕西|甘肃|青海|云南|贵州|重庆|天津|北京|上海|辽宁|吉林|黑龙江|内蒙古|新疆|宁夏|西藏|海南"
)
#: ``中国石油和化学工业联合会``: a national body whose name joins two trades with 和.
_NATIONAL_AND = re.compile(r"(?<![\u4e00-\u9fff])(?:中国|全国)[\u4e00-\u9fff]{2,6}$")
_KIND_OF_SITE = re.compile(
    r"(?:多个|一批|若干|各类)?(?:大型|中型|小型|新能源|独立|集中式|分布式|工商业|户用|新型|共享|储能)*"
)
_JOINT_DISTRICT = re.compile(r"[·・][\u4e00-\u9fff]{1,3}[区县]")  # 黄石经济技术开发区·铁山区


_NATION = frozenset({"中国", "中华"})  # a registered name may start with these too
_BARE_HEADS = frozenset({"集团", "集团股份", "股份", "控股"})
_UNIT_LEFT = re.compile(r"(?:万亿|亿|万)?元")


def _through_brackets_and_links(text: str, start: int, end: int) -> int:
    """A firm's name goes on through ``（集团）`` and through 和 or 同 between a place and the
    rest of its name (中国北方稀土（集团）高技术…, 包头天和磁材…, 厦门同翔…), which
    ``scan_back`` stops at."""
    before = text[start - 1 : start]
    if before == "）":
        bracket = BRACKETED_PLACE.search(text, max(0, start - 6), start)
        # a bracket inside a name follows its first part; 1．（签约）洛阳天衡… is a tag before it
        if bracket is not None and _CJK_CHAR.match(text, bracket.start() - 1):
            return scan_back(text, bracket.start(), 12)
    if before in "和与及同" and start >= 3 and not _place_led(text[start : start + 3]):
        # (深圳和东莞精锐…有限公司: two places, the firm after the second)
        head = scan_back(text, start - 1, 6)  # what stands before 和 (厦门同翔…: 同)
        places = place_words()
        for k in range(head, start - 2):
            pair, triple = text[k : k + 2], text[k : k + 3]
            if pair in _NATION or pair in places or triple in places:
                return k  # 包头 + 天和: a place, then a name that holds 和
    return start


def _past_business_verb(text: str, start: int, start_suffix: int) -> int:
    """``界首高新区投资发展有限公司``: a firm's name may hold a verb (投资) before the bare words
    of its business (发展); the name goes on before it."""
    if text[start:start_suffix] not in _BUSINESS_WORDS:
        return start
    verb = VERBS.search(text, max(0, start - 3), start)
    return scan_back(text, verb.start(), 12) if verb is not None and verb.end() == start else start


_BUSINESS_WORDS = frozenset({"发展", "建设", "开发", "控股", "实业", "运营", "管理", "集团"})


_CJK_CHAR = re.compile(rf"[{CJK}]")


def before_parenthesis(text: str, end: int, limit: int) -> int:
    """``中创新航科技（江苏）有限公司``: a place in brackets sits inside the name."""
    opening = text.rfind("（", max(0, end - 6), end)
    if opening < 0 or not all("\u4e00" <= c <= "\u9fff" for c in text[opening + 1 : end - 1]):
        return end
    start = scan_back(text, opening, limit)
    return start if start < opening else end
