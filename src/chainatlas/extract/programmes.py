"""Programmes, honours, rankings and titles named in a text: quoted names (“链长制”),
《titles》, what is 入选/获评, the lists a place is ranked in, and who awards an honour.

Each function returns ``(start, end, name, type)`` tuples like those of :mod:`names`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from chainatlas.extract.anchors import REPORT_OF
from chainatlas.extract.names import CJK, Found

_QUOTED = re.compile(r"“([^”\n]{2,30})”([活动改革行计划工程模式专项评选品牌发展总体规划]{0,6})")
_PROGRAMME_END = re.compile(r"(奖|榜|计划|工程|行动|专项|基金|品牌|评选|活动|之乡|名城)$")
_PROGRAMME_AFTER = re.compile(
    r"^(活动|改革|行动计划|行动方案|行动|计划|工程|审批模式|模式|专项|评选|品牌|[^，。；、\n]{0,4}规划)"
)
_NAMED_WITH_KIND = re.compile(r"[^，。；、\n]{0,4}规划|行动计划|行动方案")
#: What puts a quoted name on a programme or an honour (获评“中国五金工量具产业基地”); a
#: grade given (获评“优秀”等次) is no honour's name.
_PROGRAMME_BEFORE = re.compile(r"(开展|实施|推行|启动|举办|设立|设置|推出|探索|深化|获评|评为)$")
_GRADE = re.compile(r"等次|等级|档次")
#: What an honour is taken as (以入选单项冠军为新起点): no part of its name.
_AS_WHAT = re.compile(r"为(?:新的?|更高的?)?(?:起点|契机|动力|目标|抓手|标杆|榜样|新?征程)")
_TITLE = re.compile(r"《([^》\n]{2,40})》")
_HONOUR = re.compile(
    r"(?:入选(?!者|数|率|企业|的|项目|总数)|获评|荣获|被评为|被认定为|认定为|荣膺|列入)了?([^，。；！？!?\d]{4,80})"
)
_LIST = re.compile(
    r"(?:荣列|挺进|跻身|位列|入围|位居|(?<=位)、)"  # …500强第86位、河南省民营企业百强第23位
    r"([^，。；第、\n]{2,30}?(?:榜|百强县|百强企业|百强|十强|强县|排行榜|\d+强))第"
)
_RANKING = re.compile(
    rf"在\s?(?:近日|今年|本年)?(?:发布的)?((?:\d{{4}}\s?年?度?\s?)?[{CJK}“”0-9（）、]{{2,30}}?"
    r"(?:榜单|排行榜|\d+强|百强县|评价|考核|考评))(?:结果)?中"
)
#: ``云南省公布2024年度开发区综合考核评价结果``: a list published, named before its results.
_PUBLISHED = re.compile(
    rf"(?:公布|发布)了?((?:\d{{4}}年?度?)?[{CJK}“”（）、]{{2,30}}?(?:评价|考核|考评))结果"
)
#: What leads a list's name and is no part of it: who publishes it, its year, and the field
#: it ranks counted (全国178个国家高新区综合评价 is 国家高新区综合评价).
_RANKING_LEAD = re.compile(
    r"(?:.*的)?(?:科技部|科学技术部|工信部|工业和信息化部|商务部)?(?:\d{4}\s?年?度?\s?)?"
    r"(?:(?:全国|全省|全市|全区)\d+[个家](?:[\u4e00-\u9fff]{1,4}（[^）]{1,6}）)?)?"
)
_STREAK = re.compile(r"(?:实现|获得|蝉联)([^，。；“]{4,30})“[一二三四五六七八九十两\d]+连冠”")
_NATIONAL = re.compile(rf"(?:国家|省|市)[{CJK}]{{2,10}}工程(?!技术|研究|中心|师)")


#: Quoted words that name no programme: a list of short slogans, a manner (订单式, “一对一”),
#: what a trade turns to sell (由“卖原料”向“卖品牌”转变).
_SLOGAN = re.compile(
    r"[^、]{1,3}(?:、[^、]{1,3})+|[\u4e00-\u9fff]{1,3}式|卖[\u4e00-\u9fff]{1,3}|一对一|点对点|面对面|手把手"
)
_WORK_ON_CHAINS = re.compile(
    r"(?:[补强延建固优稳]链[、和及]?){2,}|[一二两三四五六七八九十]大(?:工程|行动|战略|任务|举措|攻坚|专项)"
)
#: Who or what a way of working joins (“企业+合作社+农户”, “链主+配套”, “线上+线下”): kinds, which
#: name no programme of their own, unlike “标准地+承诺制” or “链长+链主+专班”.
_MODEL_PARTS = frozenset({"企业", "公司", "龙头企业", "合作社", "农户", "基地", "村集体", "农民",
                          "链主", "配套", "链主企业", "配套企业", "园区", "基金", "线上", "线下",
                          "研发", "制造", "服务", "整机", "部件", "光伏", "储能", "治沙", "良种",
                          "饲草", "养殖", "加工", "品牌", "政府", "银行", "平台", "市场",
                          "家庭农场", "电商", "直播", "车间", "工厂", "高校", "科研院所"})  # fmt: skip


def _generic_model(inner: str) -> bool:
    """Whether a quoted name only joins kinds with + (“公司+合作社+基地+农户”)."""
    return "+" in inner and all(part in _MODEL_PARTS for part in inner.split("+"))


#: Between two honours listed (A、B, or A和B where B opens with a province like A).
_JOINED = re.compile(r"、|和(?=[\u4e00-\u9fff]{1,3}省|国家|全国)")
_BETWEEN_NAMES = re.compile(r"[、和及与到]?")


def _said_only(text: str, start: int, inner: str) -> bool:
    """Quoted words that name nothing: a slogan or a manner (“卖设计、卖品牌”, “订单式”), or a
    label a thing is taken as (作为“一号工程”; an honour held, 作为“…之乡”, stays a name)."""
    taken_as = _TAKEN_AS.search(text, max(0, start - 3), start) is not None
    return _SLOGAN.fullmatch(inner) is not None or (taken_as and not inner.endswith(_HONOURED))


#: ``授予“亳药领军企业”称号``: a title conferred.
_TITLED = re.compile(r"(?:荣誉)?称号")
#: ``把招商引资作为“一号工程”``: what a thing is taken as, a figure of speech.
_TAKEN_AS = re.compile(r"(?:作为|当作|当成|视为)$")
_HONOURED = ("之乡", "之都", "名城", "基地")  # 作为“中国自行车童车之乡”: an honour held
_CLAUSE_MARK = re.compile(r"[，。,；]")


def _keeps_kind(kind: str, inner: str) -> bool:
    """Whether a quoted name keeps the kind written after it. A reform, a drive, a scheme or a
    fund goes by its quoted name (“标准地+承诺制”审批模式, “鞋纺英才”计划, “链易贷”专项; the written
    form stays an alias), a place's product by its name (“恭城月柿”品牌), as most annotations
    name them; a plan keeps its kind (“十四五”规划, …行动方案), and so does a firm's short brand
    (“澄曦”品牌) and a reform named by one short word (“放管服”改革)."""
    return _NAMED_WITH_KIND.match(kind) is not None or (
        kind in ("品牌", "改革") and len(inner) <= 3
    )


def find_programmes(text: str) -> Iterator[Found]:
    """Programmes, honours, rankings and titles: quoted names, 《titles》, what is 入选."""
    last = -1  # where the last quoted programme ended
    for m in _QUOTED.finditer(text):
        inner, after = m.group(1), text[m.end(1) + 1 : m.end(1) + 8]
        said = "，" in inner or inner.endswith(("。", "！", "？"))
        if said or _WORK_ON_CHAINS.fullmatch(inner) or _generic_model(inner):
            continue  # “签约只是起点，落地才是关键。”: words said; “补链强链延链”工程: kinds of work
        tail = _PROGRAMME_AFTER.match(after)
        before = _PROGRAMME_BEFORE.search(text, max(0, m.start() - 2), m.start())
        # 推行“拿地即开工”“交地即交证”: a quoted name right after a programme's is one too
        listed = last >= 0 and _BETWEEN_NAMES.fullmatch(text, last, m.start()) is not None
        if tail:
            e = m.end(1) + 1 + tail.end()
            last = e
            kept = _keeps_kind(tail.group(), inner)
            yield m.start(), e, text[m.start() : e] if kept else inner, "programme"
        named = _PROGRAMME_END.search(inner) is not None and len(inner) > 2  # not “上榜”
        if _said_only(text, m.start(), inner) or _GRADE.match(text, m.end()):
            continue
        if not tail and (named or before or listed or _TITLED.match(text, m.end())):
            last = m.end()
            yield m.start(1), m.end(1), inner, "programme"
    for m in _TITLE.finditer(text):
        # 以《嘉善统计年鉴—2025》为准: a book the figures await; 《2026年半年度报告》: a firm's
        # periodic report, no programme
        if "年鉴" not in m.group(1) and not REPORT_OF.fullmatch(m.group(1).removesuffix("摘要")):
            yield m.start(1), m.end(1), m.group(1), "programme"
    yield from _honours(text)
    for pattern in (_LIST, _STREAK):
        for m in pattern.finditer(text):
            yield m.start(1), m.end(1), m.group(1), "programme"
    for m in (*_RANKING.finditer(text), *_PUBLISHED.finditer(text)):
        cut = _RANKING_LEAD.match(m.group(1))  # 中国氢能联盟发布的2024…评价: the list itself
        start = m.start(1) + (cut.end() if cut else 0)
        yield start, m.end(1), text[start : m.end(1)], "programme"
    for m in _NATIONAL.finditer(text):
        s = m.start()
        yield s, m.end(), m.group(), "programme"


def _honours(text: str) -> Iterator[Found]:
    """What is 入选, 获评 or 认定为: each honour of a list (A、B; …集群和…名单), up to where its
    heading or clause ends; not a grade given (获评优秀等次) nor an honour whose class is left
    unsaid (入选省级专精特新)."""
    for m in _HONOUR.finditer(text):
        pos = m.start(1)
        line = text.rfind("\n", 0, m.start()) + 1
        heading = _CLAUSE_MARK.search(text, line, m.start()) is None  # 公司入选…企业\n近日，…
        for item in _JOINED.split(m.group(1)):  # A、B; 河北省战略性…集群和河北省先进…名单
            quoted = item.count("“") == item.count("”") and not item.startswith("“")
            quoted = quoted and not item.endswith("”")  # 世界经济论坛“灯塔工厂”: two names
            own = item.split("\n" if heading else "\n\n")[0].rstrip().rstrip("】")  # ends a heading
            own = own.removesuffix("后").removesuffix("第")  # 入选…集群后，; 入选…百强县第87位
            own = _AS_WHAT.split(own, maxsplit=1)[0]  # 以此次入选单项冠军为新起点: the honour
            graded = _GRADE.search(own, len(own) - 2) is not None or own.endswith("专精特新")
            if (
                4 <= len(own) <= 30
                and ("“" not in own or quoted)
                and "的" not in own
                and not graded
            ):
                yield from _honour(pos, own)  # 山东省“十强”产业“雁阵形”集群: quotes inside
            pos += len(item) + 1


#: ``入选工业和信息化部第五批制造业单项冠军示范企业``: who names the honour, the batch, the honour.
_AWARDER = re.compile(r"(工业和信息化部|工信部|科技部|科学技术部|商务部|国家发展改革委|国家发展和改革委员会|"
                      r"(?:[\u4e00-\u9fff]{2,3}省)?(?:人民政府|政府|工信厅|科技厅|发展改革委))"
                      r"(?:公布的|发布的|认定的)?(?:第[一二三四五六七八九十\d]+批|\d{4}年度?)?")  # fmt: skip


def _honour(pos: int, item: str) -> Iterator[Found]:
    awarder = _AWARDER.match(item)
    if awarder is None or len(item) - awarder.end() < 4:
        yield pos, pos + len(item), item, "programme"
        return
    yield pos, pos + len(awarder.group(1)), awarder.group(1), "government"
    name = item[awarder.end() :].removesuffix("名单")
    yield pos + awarder.end(), pos + awarder.end() + len(name), name, "programme"
