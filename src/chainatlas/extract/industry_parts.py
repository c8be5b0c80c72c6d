"""Industries and parts of the economy as subjects: phrases named by a suffix (光伏风电产业,
溧阳新能源领域), the cluster a document opens with, and the parts that head a clause
(``全市先进陶瓷产值增长28.6%`` is about 先进陶瓷, ``电气机械和器材制造业增长36.5%`` about that
industry, not about the place).

Used by :mod:`subjects` as subject candidates beside the named mentions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from chainatlas.extract.abbreviations import ABBREVIATION
from chainatlas.extract.doc import MARKS, Doc, Mention, past_marks
from chainatlas.extract.lexicon import indicators as lexicon_indicators
from chainatlas.extract.phrases import HEAD_JUNK
from chainatlas.extract.sentences import clauses_of

#: Words that cannot be the core of an industry's name: numbers, verbs of policy, comparisons.
BAD_CORE = re.compile(
    r"^(?!五金)[\d一二两三四五六七八九十百千万亿第]|占|新建|新增|落实|配套|到|再(?!生)|向|围绕|拥有|持续|推动|发展|建设|打造|筑造|聚焦|"
    r"加快|形成|成为|实现|引进|带动|支持|培育|壮大|做大|做强|构建|完善|布局|抢抓|聚力|通过|建成|已有|集聚|"
    r"完成|签约|增速|比|召开|举办|举行|发布|推出|联合|组织|开展|启动|梳理|瞄准|针对|紧盯|盯紧|锚定|紧扣|着眼|着力|^分$|分别|^按|"
    r"实施|采用|坚持|建立|出台|制定|培训|培养|输送|服务|发放|惠及|面向|覆盖|深耕|专注|从事|主攻|"
    r"编制|绘制|承接|吸引|对接|入选|上榜|获评|入围|位居|位列|居于|提出|推进|深入|提升|建有|设有|组建|安排|落户|做优|做精|做特|(?<!家)居(?!民)|"
    r"[补强延固优建稳]链|"  # 在补链环节，…项目签约: a kind of work on the chain, no part of it
    r"设立|设置|用于|^[但而并且又虽]"  # 县财政设立钛产业发展专项资金; 但精深加工环节仍然偏弱
)
_SUFFIX = re.compile(r"产业集群|产业体系|产业链|产业|领域|集群|板块|环节")
#: Industries listed and then named together by their count (A、B、C三大主导产业).
_GROUP = re.compile(
    r"(?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8}?"
    r"(?P<name>[两二三四五六七八九十]大[\u4e00-\u9fff]{0,4}?(?:产业链|产业集群|产业|集群|板块))"
)
_CHAIN_ACTS = re.compile(
    r"[^\u4e00-\u9fff]|实现|完成|达到|营业|产值|规模|总产|增加|主营|年营|合计|共"
)
#: 产业大脑, 集群名单, 产业化基地: things of an industry, not its name.
_NOT_AFTER_SUFFIX = frozenset("园链学院研基联协工政创项大名化")
#: Measures after an industry's name that open like one of those things (产业研发投入强度).
_MEASURES_AFTER = frozenset({"研发", "创新", "工业", "大类", "增加", "投资"})
_PHRASE_STOP = set("，。；：、？！（）《》的在是为了以和与对从等将把被 \n") | MARKS
#: Industries named together by their count alone (四大主导产业, 五条重点产业链, 三大行业).
_COUNTED_GROUP = re.compile(
    r"[一二两三四五六七八九十\d]{1,2}(?:[大条](?:主导|重点|特色|支柱|优势|新兴)?|个(?:主导|重点|特色|支柱|优势|新兴))"
)
_EACH = re.compile(r"[，,]?(?:分别|各自|中|的)")
_GENERIC_CORE = {"各", "全社会各", "相关", "该", "这些", "这一", "此", "这个", "重点", "主导", "特色", "新兴", "传统", "优势", "首位",
                 "支柱", "重大", "战略性新兴", "未来", "实体", "细分", "上下游", "全市", "多个",
                 "各细分", "其他", "更多", "县", "区", "市", "镇"}  # fmt: skip
WHOLE_PLACE = re.compile(
    r"全市|全县|全区|全镇|全旗|全盟|全州|我市|我县|我区|我镇|我旗|我盟|我州|本市|本县|本区|本旗|本盟|本州"
)
_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")


#: What a part of an industry earns or makes: ``其中，运动鞋服产值…`` is about 运动鞋服, but
#: ``其中，动力电池出货量…`` is the industry's output of one product.
_VALUE_WORDS = re.compile(r"产值|营业收入|营收|主营业务收入|增加值|应税销售|利润|税收")


#: The role an industry plays, before its name (首位产业绿色光电实现营业收入…): the name follows.
_ROLE = re.compile(r"(?:首位|主导|支柱|特色|优势|龙头)产业(?=[\u4e00-\u9fff]{2})")


@lru_cache(maxsize=1)
def indicator_words() -> re.Pattern[str]:
    words = sorted(lexicon_indicators(), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


def sub_industries(doc: Doc, index: int, mentions: list[Mention], component: str) -> list[Mention]:
    """``其中，运动鞋服产值2104.3亿元``: the words heading a clause before an indicator of value
    name the part of the economy the figures are about (``全市先进陶瓷产值增长28.6%``); so do
    a statistical industry heading a clause before its change (``电气机械和器材制造业增长36.5%``)
    and the words heading each part after a semicolon."""
    text, out = doc.text, []
    starts = {m.start for m in mentions}
    clauses = clauses_of(doc, doc.sentences[index])
    for k, (cs, ce) in enumerate(clauses):
        numbered = NUMBERED.match(text, cs) if k == 0 else None
        at = numbered.end() if numbered else cs  # （一）煤炭开采和洗选业完成产值…: past the number
        if text.startswith("其中", cs):
            at = cs + 2 + (text[cs + 2 : cs + 3] in "，：")
            if at >= ce and k + 1 < len(clauses):
                at, ce = clauses[k + 1]  # 其中 stands alone before the comma
        junk = HEAD_JUNK.match(text, at, ce)
        at = junk.end() if junk else at
        whole = WHOLE_PLACE.match(text, at)
        at = whole.end() if whole else at
        if at in starts:
            continue
        role = _ROLE.match(text, at, ce)  # 首位产业绿色光电: the mention holds the role
        span = at
        led = _LED_BY.match(text, at, ce) or role
        at = led.end() if led else at  # 以矿山装备为主的专用设备制造业: the industry itself
        held = _value_holder(text, at, ce) or ""
        name = _ASIDE_IN.sub(
            "", held
        )  # 潮流玩具（IP衍生品）业务实现营业收入…: the line of business
        if name and (_industry_like(name) or _is_statistical(name)):
            out.append(Mention(span if role else at, at + len(held), name, "industry", component))
    return out


_ASIDE_IN = re.compile(r"（[^（）。；]{1,30}）")
_LED_BY = re.compile(r"以[^，。；]{1,10}?为(?:主|代表|龙头|主导)的")
#: Heads that hold a value but are not a part of the economy: the place's whole industry,
#: firms and parks in general, or the thing a figure is compared with.
_NOT_INDUSTRY = re.compile(
    r"^(?:规上|规模以上|全部|工业|企业|公司|集团|园区|项目|其|该|本|各|这|此|主要|重点|全|我|上年|去年|同期|高于|低于|快于|慢于|较|比|相当于|拉动|带动|拖累)|"
    r"(?:企业|公司|集团|(?:县域|地方|新型|传统|园区|民营|国有)工业|产业|全市|全县|全区|同期|累计|当年"
    r"|合计|平均|人均|业总)$|"
    r"[年月季期后时届]|"  # a time or a stage, not a part: 前十一个月, 达产后年
    r"^(?:农业|林业|牧业|渔业|畜牧业|种植业)$"  # 渔业产值32.15亿元: the place's, as bulletins say
)
_STATISTICAL_INDUSTRY = re.compile(
    r"(?:[\u4e00-\u9fff]{2,10}|[\u4e00-\u9fff、]{4,20})"
    r"(?:制造业|加工业|供应业|开采业|采选业|服务业|建筑业|制品业|洗选业|复制业|制鞋业|修理业|服饰业)"
    r"(?=增长|下降|增加值)"
    r"|(?:采矿业|制造业|纺织业)(?=增长|下降|增加值)"
    # a county's own trades named alike (挂锁五金业增长6.3%), not 工业, 企业, 产业, 行业
    r"|[\u4e00-\u9fff]{2,6}(?<![工企产行就事商物创农])业(?=增长|下降)"
)


#: Kinds of firm a bulletin splits industry by (分经济类型看，国有控股企业增加值增长3.1%).
_OWNERSHIP = re.compile(
    r"(?:国有控股|国有|集体|股份制|股份合作|外商及港澳台商投资|外商投资|港澳台商投资|私营|民营|"
    r"非公有制|大中型|大型|中型|小型|小微型?)企业(?=增长|下降|增加值)"
)


def _is_statistical(name: str) -> bool:
    """``电力、热力、燃气及水生产和供应业``: a statistical industry, named with its 、; or a
    kind of firm (股份制企业)."""
    m = _STATISTICAL_INDUSTRY.match(name + "增长") or _OWNERSHIP.match(name + "增长")
    return m is not None and m.end() == len(name)


def _industry_like(name: str) -> bool:
    longest = 16 if name.endswith("业") else 12  # 有色金属冶炼和压延加工业
    return (
        2 <= len(name) <= longest
        and _CJK_ONLY.fullmatch(name) is not None
        and not BAD_CORE.search(name)
        and not _NOT_INDUSTRY.search(name)
    )


_EARNS = re.compile(r"(?:累计)?(?:实现|完成|达到)$|(?:规上|规模以上)(?:工业)?$")  # 袜业集群规上产值


#: How or where the figure came about, between the holder and its verb (在行业下行中).
_ADVERBIAL = re.compile(r"(?:在|受|随着|依托|借助)[^，。；]{1,12}?(?:中|下|里|影响|带动)$")
_PER_UNIT = re.compile(r"(?:亩均|人均|户均|平均|单位|万元)$")  # 万元产值能耗: per 10,000 yuan
_KIND_OF_VALUE = re.compile(r"(?:综合|全口径)$")
#: A park named by its kind alone points back to the park named before; no industry.
_BARE_PARKS = frozenset({"产业园", "工业园", "园区", "产业园区", "工业园区", "开发区", "高新区"})


def _value_holder(text: str, at: int, end: int) -> str | None:
    """The words from ``at`` up to an indicator of value, or a statistical industry."""
    value = _VALUE_WORDS.search(text, at, end)
    if value is None and text.find("业", at, end) < 0:
        return None  # most clauses: neither a value nor an industry's name
    word = indicator_words().search(text, at, value.end()) if value is not None else None
    if word is not None and word.start() > at and _VALUE_WORDS.match(text, word.start()):
        holder = _EARNS.sub("", text[at : word.start()])  # 中药饮片实现营业收入…
        holder = _PER_UNIT.sub("", holder)  # 产业园亩均税收: per mu of the park, the park's
        holder = _KIND_OF_VALUE.sub("", holder)  # 咖啡产业综合产值: the industry's, whole
        holder = _ADVERBIAL.sub("", holder)  # 焦化产业在行业下行中实现产值…: the industry
        return None if holder in _BARE_PARKS else holder
    m = _STATISTICAL_INDUSTRY.match(text, at, end) or _OWNERSHIP.match(text, at, end)
    return m.group() if m else None


def industry_phrases(
    doc: Doc, start: int, end: int, mentions: list[Mention], component: str
) -> list[Mention]:
    """Industries named by a suffix (光伏风电产业, 溧阳新能源领域, 新能源汽车产业集群), read back
    from the suffix to punctuation, a place or a time word."""
    text = doc.text
    ends = {m.end: m for m in mentions if m.type in ("region", "province", "city", "park")}
    out = _groups(text, start, end, component) if text.find("、", start, end) >= 0 else []
    for hit in _SUFFIX.finditer(text, start, end):
        if _a_thing(text, hit):
            continue  # 产业园, 产业学院, 产业基金; 产业链企业1500家: things, not the industry
        i = _phrase_start(text, start, hit.start(), ends)
        core = text[i : hit.start()]
        limited = hit.start() - i >= 14 and i not in ends and text[i - 1 : i] not in _PHRASE_STOP
        # 四大主导产业合计…: the group; not 三大板块分别…, each in turn
        counted = _COUNTED_GROUP.fullmatch(core) is not None and not _EACH.match(text, hit.end())
        if limited or len(core) > 12 or (BAD_CORE.search(core) and not counted):
            continue
        after_time = text[i : i + 1] == "年" and text[i - 1 : i].isdigit()
        if after_time:
            i += 2 if text.startswith("年度", i) else 1  # 到2025年晶硅光伏产业…, 2025年度…
            core = text[i : hit.start()]
        whole = WHOLE_PLACE.match(text, i)
        if whole and whole.end() < hit.start():
            i = whole.end()
        junk = HEAD_JUNK.match(text, i, hit.start())
        if junk and junk.end() > i and i not in ends:
            i = junk.end()
            whole = WHOLE_PLACE.match(text, i)
            if whole and whole.end() < hit.start():
                i = whole.end()  # 年末全市稀土新材料及应用产业
            core = text[i : hit.start()]
            after_time = True
        place_end = i if i in ends else -1
        if i in ends:
            i = ends[i].start
        whole_chain = (
            core == "全" and hit.group() == "产业链"
        )  # 全产业链产值: no name, the one before's
        if not core or core in _GENERIC_CORE or core.endswith("级") or whole_chain:
            continue
        after_whole = bool(whole and whole.end() == i)
        span_start = whole.start() if whole and after_whole else i
        opened = after_whole or after_time or i in (m.start for m in mentions)
        short = _opening(text, start, i, opened)
        name = "" if short is None else short + _named(text, i, place_end, hit)
        if name and not name.startswith(_VERB_LEADS):  # 低于全省钒钛产业…: a whole compared to
            out.append(Mention(span_start, hit.end(), name, "industry", component))
    return out


#: Words that open a phrase naming what a figure is compared with or how it came, not an
#: industry of its own (占全市…业, 高于全市…产业增速, 累计引育纺织领域, 实现农产品加工业产值).
_VERB_LEADS = ("占", "低于", "高于", "快于", "慢于", "累计", "完成", "实现")


def _groups(text: str, start: int, end: int, component: str) -> list[Mention]:
    """``天然气化工、新材料…五大重点产业链``: industries listed and named together by their
    count are the group, unless a verb or a preposition leads the list (围绕A、B三大产业)."""
    return [
        Mention(g.start(), g.end(), g.group("name"), "industry", component)
        for g in _GROUP.finditer(text, start, end)
        if not BAD_CORE.search(text, g.start(), g.start("name"))
        and not BAD_CORE.search(text, max(start, g.start() - 2), g.start())
    ]


def _a_thing(text: str, hit: re.Match[str]) -> bool:
    """Whether the suffix at ``hit`` names a thing of the industry (产业园, 产业学院, 产业基金)
    or the firms of a chain counted (产业链企业1500家), not the industry; a measure opening like
    a thing (产业研发投入强度) leaves it the industry."""
    after = text[hit.end() : hit.end() + 2]
    if after[:1] in _NOT_AFTER_SUFFIX and after not in _MEASURES_AFTER:
        return True
    return hit.group() == "产业链" and not _CHAIN_ACTS.match(text, hit.end())


def _named(text: str, start: int, place_end: int, hit: re.Match[str]) -> str:
    """``中山力争智能家居产业``: the place and the industry, without the words between, and
    the suffix as the industry is named by it."""
    end = hit.start()
    if place_end < 0:
        named = text[start:end]
    else:
        junk = HEAD_JUNK.match(text, place_end, end)
        named = text[start:place_end] + text[junk.end() if junk else place_end : end]
    if hit.group() in _SAME_AS:
        # 工程机械领域 is 工程机械产业; 全市牛产业领域 is 牛产业, not 牛产业产业
        return named if named.endswith("业") else named + _SAME_AS[hit.group()]
    if hit.group() == "产业链" and named.endswith("产业全"):
        return named[:-1]  # 全市牛产业全产业链产值: the industry's, whole
    return named + hit.group()


#: Words for an industry that name it as its ``产业``: 工程机械领域 is 工程机械产业.
_SAME_AS = {"领域": "产业"}


def _opening(text: str, start: int, i: int, opened: bool) -> str | None:
    """None if what stands before ``i`` cannot open an industry's name; else the park's
    short name to put before it (``（以下简称“天水经开区”）集成电路产业``), or ""."""
    prefix = text[max(start, i - 1) : i]
    if prefix and prefix in "）)":
        short = next(
            (m for m in ABBREVIATION.finditer(text, max(start, i - 48), i) if m.end() == i), None
        )
        if short is not None:
            return short.group(1)
    tier = text[i - 2 : i] == "亿级"
    if prefix == " ":
        prefix = text[max(start, i - 2) : i - 1]  # ● 超高清视频显示产业: a mark, then a space
    listed = _ORDINAL.fullmatch(text, max(start, i - 2), i) is not None  # 二是智能制造产业
    return "" if i <= start or opened or tier or listed or prefix in _OPENERS else None


_ASIDE = re.compile(r"(?<=[\u4e00-\u9fff])（[\u4e00-\u9fff]{1,4}）$")
#: What may stand right before an industry's name: punctuation and list marks (★光伏…产业).
_OPENERS = frozenset("，；：的在") | MARKS


def _phrase_start(text: str, start: int, end: int, ends: dict[int, Mention]) -> int:
    """Where an industry's name that ends at ``end`` begins: back to punctuation, a digit
    (but not inside ``2+2+X``), a place's end or 14 characters."""
    i = end
    while i > start and end - i < 14 and i not in ends:
        ch = text[i - 1]
        aside = _ASIDE.search(text, max(start, i - 6), i) if ch == "）" else None
        if aside is not None:
            i = aside.start()  # 电动（园林）工具产业: a word in brackets inside the name
            continue
        if ch in _PHRASE_STOP or (ch.isdigit() and "+" not in text[i - 2 : i + 1]):
            break
        if ch == "级" and text[i - 2 : i - 1] == "亿":
            break  # 打造千亿级新能源汽车产业集群: the tier is aimed at, the name follows
        i -= 1
    ordinal = _ORDINAL.match(text, i, end)
    return ordinal.end() if ordinal is not None else i  # 二是智能制造产业: the list's mark


#: The marks of a list told in sentences (一是…；二是…), no part of the name after them.
#: The mark of an item of a list told in sentences (一是…；二是…).
ITEM_MARK = re.compile(r"[一二三四五六七八九十]是")
#: The number of an item of a list (1. / 2、/ （3）/ ④) and a status tag after it
#: (1．（签约）…): the item's head follows them.
NUMBERED = re.compile(
    r"(?:\d{1,2}[.．、]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[①-⑳]|[一二三四五六七八九十]{1,3}、"
    r"|" + ITEM_MARK.pattern + ")"
    r"(?:[（(](?:签约|开工|投产|竣工|在建|新建|续建|拟建)[)）])?"
)
_ORDINAL = re.compile(ITEM_MARK.pattern + r"|首先|其次|再次|最后")


def opening_cluster(doc: Doc) -> str:
    """The cluster the opening sentences name (许昌电力装备集群), or \"\"."""
    for sentence in doc.sentences[:6]:
        for m in industry_phrases(doc, sentence.start, sentence.end, [], ""):
            if m.name.endswith("集群") and len(m.name) > 4:
                return m.name
    return ""


_ITEM_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、]")


def cluster_before(doc: Doc, index: int, ending: str = "集群") -> str:
    """The cluster (or chain: ``ending``) named last before sentence ``index``, in its
    paragraph or the two before it (``二、新材料产业集群：…`` / ``2025年，集群实现营业收入…``;
    ``——水稻产业链。…产业链实现产值…``), or ""."""
    paragraph = doc.sentences[index].paragraph
    for k in range(index - 1, max(-1, index - 8), -1):
        sentence = doc.sentences[k]
        if sentence.paragraph < paragraph - 2:
            break
        item = _ITEM_NUMBER.match(doc.text, sentence.start, sentence.end)
        start = item.end() if item else sentence.start  # 二、新材料产业集群：…
        places = [m for m in doc.mentions if start <= m.start < sentence.end]  # 上杭…集群
        start = past_marks(doc.text, start)
        named = [
            m.name
            for m in industry_phrases(doc, start, sentence.end, places, "")
            if m.name.endswith(ending)
            and len(m.name) > 4
            and (ending == "集群" or m.start == start)  # a chain heads its section: ——水稻产业链。
        ]
        if named:
            return named[-1]
    return ""
