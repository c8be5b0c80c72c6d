"""Noun phrases around a figure: what it is about and what it measures.

Scanning stops at punctuation, at verbs (实现, 拥有, 带动 …) and at a named mention, so
``溧阳“2+2+X”产业实现规上工业总产值 1287.4 亿元`` yields ``规上工业总产值`` before the figure.
"""

from __future__ import annotations

import re

from chainatlas.extract.doc import MARKS
from chainatlas.extract.lexicon import indicators

_PUNCT = set("，。；：、？！（）《》【】 \u3000\n等.") | MARKS
_BACK_VERB = re.compile(
    r"(共建|实施|安排|配套建设|探明|开通|落实|实现|完成|达到|达成|拥有|集聚了|集聚|引进|吸引|带动|推动|累计|共有|建成|形成|培育|已有|具有|"
    r"建有|具备|规划了|规划|首次|作为|通过|其中|以及|包括|对|在|有|是|为|达|(?<![出转])让|使|将|从)$"
)
#: Last characters of those verbs: only where one stands can a verb end (``$`` before a
#: final newline never counts, as a newline stops the scan first).
_BACK_VERB_LAST = frozenset(w[-1] for w in _BACK_VERB.pattern[1:-2].split("|"))
_TRIM_BEFORE = re.compile(
    r"(力争达到|力争突破|力争|争取|确保|稳定在|发展到|发展至|集聚|提高到|提升到|攀升至|攀升到|跃升至|跃升到|增长至|上升至|上升到|扩大至|扩大到|分别有|分别为|分别是|增至|增加到|可形成|预计可达|有望达到|有望达|预计达|可达|达到|(?<![雷马])达|实现|完成|约为|为|累计|共计|总计|合计|有望|预计|"
    r"将|已经|首次|(?<!平)均|分别|的|了|仅用|仅|只用|用时|历时|耗时|缩短至|缩短到|下降至|下降到|降低至|降低到|减少至|减少到|降至|降到|保持在|维持在|"
    r"提高至|提升至|已有|已|每公斤|每吨|每千瓦时|每平方米|每亩|每日|每天|每年|每月|控制在|压缩至|压缩到|缩减至|保持|按|"
    r"迈上|跃上|站上|跨上|冲刺|突破|首破|(?<=[收值模额量])首|超过|重回|重返|回到|只要|只需|仅需|仍在|仍然|依然|仍|(?<![偿归])还|常年保持在|常年|目前|(?<![现拥具所占])有|(?<![许认])可)$"
)
_LEADING = re.compile(
    r"^(?:其中|全市|全省|全国|全区|全县|全旗|全镇|全州(?=省级|国家级|规上|规模以上)|首个|首家|全年|年末|年初|年底前?|当年|届时|年内|年间?(?!度|产|均|加工|日照)|(?<![\u4e00-\u9fff])月(?:份|底|末|初)?|间(?!接|歇|隔|距)|日(?!用|化|榨|产|处理|均|照)|各(?!类|项|级)|该|其(?!他)|共(?!享|建|同|性)|另|公司|企业(?!家|开办)|"
    r"同时|此外|先后(?:组织|举办|开展)?|报告期[内末]|"
    r"—+|截[至止]|由于|因为|随着|于(?=[\u4e00-\u9fff]{3})|[ \u3000]+|我们|(?:今年)?以来|"
    r"力争|争取|计划|预计|今年|去年|明年|全力冲刺|冲刺|[上下]半年|前三季度|第?[一二三四]季度(?:单季度?)?|(?:建成|达产|投产)后|后(?=年产)|了|的|"
    r"已经|已|可(?!再生|持续|供)|现场|集中|取得|获得|[\u4e00-\u9fff]{2,6}?领域|近[一二两三四五六七八九十\d]{1,2}年(?!来)|"
    r"到(?=如今|目前|现在)|目前|如今|又|还|活动|此次|本次|这个|这一|举办|召开|列出|经评审后|全部(?=达产|建成|投产)|集群|产业园|园区|中心|基地|"
    r"项目(?=[一二三四五]期|建成|达产|投产|全部)|后(?![续期勤台端备市])|内(?=规上|规模以上)|"
    r"目标(?=新增|签约|引进|完成|建成|实现))+"
    r"(?=.)"
)
#: Time words and connectives that may stand before a clause's subject (其中, 2023年, 力争).
HEAD_JUNK = re.compile(
    r"(?:其中|我们|同时|此外|另外|目前|如今|当前|近年来|今年以来|截至目前|一直以来|多年来|"
    r"(?:截至|到)?(?:19|20)\d\d年(?:\d{1,2}月)?(?:\d{1,2}日)?|上半年|全年|年末|年底|年初|今年|去年|"
    r"前三季度|第?[一二三四]季度(?:单季度?)?|1[—-]\d{1,2}月|力争|争取|确保|预计到|预计|计划|届时|的|在|尤其是|"
    r"(?:[\u4e00-\u9fff]{0,4}?[主分]会场|本次|此次)?(?:集中)?(?:开工|签约|投产|竣工)的|"
    r"(?:另一家|又一家)?(?:产业链)?(?:链主|龙头|骨干|头部|领军|上市)(?:企业)?|[补强延固]链\s*[｜丨|]\s*)*"  # 链主企业X…; 另一家龙头X…; 延链｜X…
)
#: What ends a month's name before 月 (9月, 十月, 上月, 当月), and where a phrase opens.
_MONTH_BEFORE = frozenset(
    "0123456789０１２３４５６７８９一二三四五六七八九十正腊上下本当每个—-～~ \u3000，。；、：\n"
)
_INNER_TIME = re.compile(
    r"(?:去年|今年|上半年|全年|当年|连续多年|多年|[一二两三四五六七八九十\d]{1,2}(?:年|个月)内)(?:以来)?(?:我们)?(?!同期)"
)
#: What a plant does by the year (年缴税金, 年发电量, 年周转农产品): a rate its 年 names.
_YEARLY_RATE = re.compile(
    r"缴税|纳税|税收|发电|销售|营业收入|营收|周转|用电|用水|处理|吞吐|接待|运量|输送|供应|供气|供热"
    r"|出栏|交易|利税|节约|减排|消纳|收储|采购"
)
#: Last characters of a span of time (三个月, 30天, 15个工作日) before 内 (within it).
_TIME_UNIT_ENDS = frozenset("月天日年")
#: What ends a year's name before 年 (2025年, 今年, 近三年): that 年 is a time, not a rate's.
_YEAR_BEFORE = frozenset("0123456789一二三四五六七八九十两今去明全当上同每半本多近")
_TIME_ONLY = re.compile(r"(?:全年|同期|年末|年底|末|底)?$|.?$")
_SCOPE_TAIL = re.compile(r"(全国|全省|全市|县域|国内|省内|行业|全球)+$")
#: Another figure after the counted noun, with the words that lead to it.
_AMOUNT_AFTER = re.compile(r"(?:总投资|投资|总额|合计|共计)?[\d０-９]")
_FORWARD_STOP = re.compile(
    r"相继|陆续|先后|接连|均|都|已|正在|正|从|在|为|落户|落地|进行|实现|达|于|增幅|增速|增长|"
    r"成为|入驻|参与|通过|获得|共同|分别|等|增至|增加到|提升至|提高至|增收|保持|增长到|减少到|减少至|降至|降到|下降到|提高到|提升到|发展到|获评|获批|入选|被评为|被认定为|计划|预计|拟|"
    r"开展|举办|召开"  # 三条主导产业链开展精准招商: what is counted ends at what it does
)


_NEXT_ITEM_VERB = re.compile(r"、[\u4e00-\u9fff]{1,2}$")
#: An item of a list that opens with the next figure (…、2个…), or with a verb and it
#: (打造1个…全产业链、建设2个…产业园): the end of what the count before it counts.
_STARTS_FIGURE = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,2}(?=\d))?(?:近|超|约)?[\d一二三四五六七八九十两百千]+[多余]?[个家位名项人]"
)
_VERB_ONLY = re.compile(r"^(规划|建设|投资|引进|新建|建成|实施|推进|打造|布局|年产|可年产)$")


#: Words whose first character alone would read as a verb (从, 有, 在, 达, 为).
_COMPOUNDS = frozenset({"从业", "从事", "有效", "在建", "在孵", "在校", "在营", "在库", "在岗", "在册", "在研", "达产", "达标",
                        "对外", "有关", "在线", "为民", "有量", "有率", "有色", "有机", "使用", "在职", "在站", "在手",
                        "对口", "在谈", "对接"})  # fmt: skip
#: Digits inside a product's name, between two of its characters (尼龙66切片): a code, where
#: the characters around are no time, unit, rank or verb.
_CODE_IN_NAME = re.compile(
    r"(?<=[\u4e00-\u9fffA-Za-z])(?<![第约超近达为占至到于和与及共有长降增从由])\d{1,3}$"
)
_CODE_TAIL = re.compile(
    r"(?![年月日号时个家位名项人天万亿元吨台套件辆倍期批届次条座股只平米公千百十成多余强到至])"
    r"[\u4e00-\u9fff]"
)
#: A grade or a model written as letters and digits before 级/型/系列 (T700级, A320系列).
_MODEL = re.compile(r"[A-Z]{1,4}\d{1,5}$")
_RANKED = re.compile(r"(?:世界|中国|全国|全球|国内)\d{2,4}$")
_GRADE_WORDS = frozenset("级型系")
_RATED = re.compile(r"(?:万|千)?吨级|千伏|万伏")
_RATED_FIGURE = re.compile(r"\d+(?:\.\d+)?$")
_CLASS_AMOUNT = re.compile(r"(?:超过|超|过)?\d+(?:\.\d+)?$")
_CLASS_UNIT = re.compile(r"(?:万|亿)?美?元(?:以上|以下)?")


#: Trade flows named by their partner (对美国出口, 对“一带一路”沿线国家出口额).
_TRADE_END = re.compile(r"[出进]口(?:额|总额)?$")
_ASIDE_END = re.compile(r"（(?!不含|含|不包括|包括)[\u4e00-\u9fff]{1,4}）$")


def scan_back(text: str, end: int, floor: int, limit: int = 24) -> int:
    """Start of the phrase that ends at ``end``, not before ``floor``; an amount naming
    a class (``10亿元以上项目``, ``产值超10亿元企业``) stays inside the phrase."""
    i = end
    while i > floor and end - i < limit:
        ch = text[i - 1]
        if ch == "）" and i == end:
            aside = _ASIDE_END.search(text, max(floor, i - 6), i)
            if aside is not None:
                i = aside.start()  # 制造业单项冠军企业（产品）9个: an aside ends the name
                continue
        if ch.isdigit() and (inside := _digits_in_name(text, i, end, floor)) is not None:
            i = inside
            continue
        if ch in _PUNCT or ch.isdigit():
            break
        verb = None
        if i < end and ch in _BACK_VERB_LAST:
            verb = _BACK_VERB.search(text, max(floor, i - 4), i)
        if verb and verb.group(1) == "建成" and text.startswith("区", i):
            verb = None  # 建成区面积6.8平方公里: the built-up area, a noun
        if verb and not (len(verb.group(1)) == 1 and text[i - 1 : i + 1] in _COMPOUNDS):
            if ch == "对" and _TRADE_END.search(text, i, end):
                i -= 1  # 对美国出口: trade with a partner is named with its 对
            break
        i -= 1
    return i


def _digits_in_name(text: str, i: int, end: int, floor: int) -> int | None:
    """Where a name that takes in the digit before ``i`` starts (an amount naming a class,
    a grade, a code, a ranking, a rating), or None where the digit ends the name."""
    if _CLASS_UNIT.match(text, i):
        amount = _CLASS_AMOUNT.search(text, max(floor, i - 12), i)
        if amount and amount.start() >= floor:
            return amount.start()
    if "A" <= text[i : i + 1] <= "Z":
        return i - 1  # 6N高纯铜, 5G基站: a grade or generation named with its digit
    if i < end:
        code = _CODE_IN_NAME.search(text, max(floor, i - 4), i)
        if code is not None and _CODE_TAIL.match(text, i) and code.start() > floor:
            return code.start()  # 尼龙66切片, 5G基站: a code inside a product's name
    if text.startswith("强", i):
        ranked = _RANKED.search(text, max(floor, i - 8), i)
        if ranked is not None:
            return ranked.start()  # 世界500强企业客户: firms of a ranking, named with it
    if _RATED.match(text, i):
        rated = _RATED_FIGURE.search(text, max(floor, i - 6), i)
        if rated is not None:
            return rated.start()  # 220千伏变电站, 5万吨级码头泊位: a class named by its rating
    if text[i : i + 1] in _GRADE_WORDS:
        model = _MODEL.search(text, max(floor, i - 8), i)
        if model is not None:
            return model.start()  # T700级碳纤维, A320系列: a grade or a model by its code
    return None


def trim_before(text: str, end: int, floor: int) -> int:
    """Move ``end`` back over verbs and adverbs that sit between a noun and its figure."""
    while end > floor:
        m = _TRIM_BEFORE.search(text, max(floor, end - 5), end)
        if not m or m.start() == m.end():
            return end
        end = m.start()
    return end


_COUNTERS = frozenset("个家所座项名位批条")
_AGO = re.compile(r"[一二两三四五六七八九十\d]{1,2}年前的?")
#: What ends the first half of a term written with 的 (扣除非经常性损益后的净利润,
#: 归属于上市公司股东的净利润, 经营活动产生的现金流量净额): a report's fixed names.
_TERMS_WITH_OF = ("后", "股东", "产生", "配套")


def phrase_before(text: str, end: int, floor: int) -> str:
    """The noun phrase just before ``end`` (verbs trimmed, leading scope words removed)."""
    end = trim_before(text, end, floor)
    start = scan_back(text, end, floor)
    if text[start - 1 : start].isdigit() and text[start : start + 1] in _COUNTERS:
        start += 1  # 全国178家国家级高新区…中排名: the field's counter, no part of the name
    phrase = _LEADING.sub("", text[start:end]).replace("每年可", "每年")
    if text.startswith("月", start) and start and text[start - 1] not in _MONTH_BEFORE:
        # 已有月柿加工企业126家: 月 opens a word (月柿, 月饼), not the end of a month
        phrase = "月" + _LEADING.sub("", text[start + 1 : end])
    if _AGO.fullmatch(phrase):
        return ""  # 从十年前的不足20亿元到突破百亿: a time, no measure
    if phrase == "就业" and text.endswith("带动", 0, start):
        phrase = "带动就业"  # 可带动就业800人: the jobs a project brings, as annotators name them
    phrase = _yearly(text, start, end, phrase)
    if phrase.startswith("改扩建") and text.endswith("新建、", 0, start):
        phrase = "新建、" + phrase  # 新建、改扩建中小学5所: both kinds of building, as written
    if phrase.startswith("内") and text[start - 1 : start] in _TIME_UNIT_ENDS:
        phrase = phrase[1:]  # 签约项目三个月内开工率达到60%: the rate, within its time
    of = phrase.rfind("的")
    if of > 0 and len(phrase) - of > 3 and not phrase.endswith(_TERMS_WITH_OF, 0, of):
        phrase = phrase[of + 1 :]  # 领域所需的钛合金板片进口依赖度: the noun after 的
    if phrase.find("各类") > 0 and "各级各类" not in phrase:
        phrase = phrase.replace("各类", "")  # 兑现各类奖补资金 -> 兑现奖补资金
    head = next((h for h in _PRODUCT_HEADS if phrase.startswith(h)), "")
    if head and len(phrase) > len(head) + 2 and not phrase.endswith("企业"):
        phrase = phrase[len(head) :]  # 主导产品推土机国内市场占有率: the product's own share
    served = _SERVED.search(phrase, 2) if text.endswith(("为", "帮助"), 0, start) else None
    if served is not None:
        phrase = phrase[served.start() :]  # 为链上企业发放贷款: the service, not whom it served
    inner = _INNER_TIME.search(phrase)
    if inner and inner.start() > 0 and not _TIME_ONLY.match(phrase, inner.end()):
        phrase = phrase[inner.end() :]  # 龙头企业去年营业收入: the time word is not the measure
    if _VERB_ONLY.match(phrase) and not (
        phrase == "投资" and text[max(0, start - 2) : start] == "完成"
    ):
        phrase = ""  # 完成投资: the amount invested, a noun here
    # A statistical industry's name (…加工业, …制造业) ends the floor: a dictionary word may
    # not start inside it (加工业增加值 is that industry's 增加值, not 工业增加值).
    statistical = text[floor - 1 : floor] == "业" and text[floor - 2 : floor] != "产业"
    return strip_holder(widen_to_lexicon(text, end, phrase, floor if statistical else 0))


#: Words a product is told after (主导产品推土机…), no part of what is measured.
_PRODUCT_HEADS = ("主导产品", "核心产品", "拳头产品")
#: What is done for someone (为链上企业发放贷款, 为企业提供中试服务, 为产业输送技能人才).
_SERVED = re.compile(r"发放|提供|兑现|争取|协调|输送|办理|解决|减免|节约|培训|招聘|降低|节省")


def _yearly(text: str, start: int, end: int, phrase: str) -> str:
    """``达产后年缴税金6亿元``: a yearly rate keeps the 年 the scope words took off it; a
    year's 年 (2025年缴税金, 今年发电量) stays off."""
    rate = text.startswith("年", start) and text[start + 1 : end] == phrase
    if rate and _YEARLY_RATE.match(phrase) and text[start - 1 : start] not in _YEAR_BEFORE:
        return "年" + phrase
    return phrase


def coordinated_before(text: str, end: int, floor: int) -> str:
    """The nouns listed just before ``end`` (``正极材料、负极材料和电解液产能``): the phrase
    before it, read on back over each 、 of the list."""
    end = trim_before(text, end, floor)
    start = scan_back(text, end, floor)
    while start - 1 > floor and text[start - 1] == "、":
        start = scan_back(text, start - 1, floor)
    return _LEADING.sub("", text[start:end])


def widen_to_lexicon(text: str, end: int, phrase: str, floor: int = 0) -> str:
    """Prefer a dictionary indicator ending where the phrase ends, if it is longer
    (``动力电池产业规模``: the phrase ``规模`` widens to ``产业规模``)."""
    table = indicators()
    for length in range(min(14, end - floor), len(phrase), -1):
        word = text[end - length : end]
        if word in table:
            return word  # the longest of at most 14 words ending at ``end``
    return phrase


_HOLDER = re.compile(
    r"^[\u4e00-\u9fff]{1,12}?(?:企业|产业|公司|集群|行业|项目|制造业|加工业|服务业)(?=.)"
)
_ACTION = re.compile(r"(?:新建|新增|兑现|完成|引进|实施|建成|培育)[\u4e00-\u9fff]{2}")


def strip_holder(phrase: str) -> str:
    """``光伏产业产值`` -> ``产值``, ``锂电企业研发投入`` -> ``研发投入``, ``入园企业兑现各类
    扶持资金`` -> ``兑现各类扶持资金``: who holds an indicator or does what it counts is the
    subject, not part of the indicator."""
    holder = _HOLDER.match(phrase)
    if holder and phrase not in indicators():
        rest = phrase[holder.end() :]
        if rest in indicators() or _ACTION.match(rest):
            return rest
    return phrase


_DIGIT = re.compile(r"\d")


def phrase_after(text: str, start: int, limit: int = 24) -> str:
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
    amount = _AMOUNT_AFTER.search(segment)
    if amount:
        # 28个项目总投资213.3亿元: 项目; 1个全产业链、建设2个…: the verb of the next item out
        segment = _NEXT_ITEM_VERB.sub("", segment[: amount.start()])
    segment = segment.removesuffix("第")  # 12个自治区级以上开发区第1位: the field ranked
    quote = segment.find("“")
    if quote >= 0:
        segment = segment[:quote]
    items = []
    for item in segment.split("、"):
        if not item or _STARTS_FIGURE.match(item):
            break
        items.append(item)
    segment = "、".join(items)
    if "和" in segment and _DIGIT.search(text, start, end):
        segment = segment.split("和")[0]
    return segment.rstrip("的")


def strip_scope_tail(phrase: str) -> str:
    return _SCOPE_TAIL.sub("", phrase)
