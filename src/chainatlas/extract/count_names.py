"""What a count counts: the noun after it (``80 多个产业链项目``), else the noun before
(``龙头企业20余家``); a yearly capacity after 年产; the rest of a list; a team's size.
"""

from __future__ import annotations

import re

from chainatlas.extract.breakdowns import TOWN, grown_part, part_counted
from chainatlas.extract.count_changes import change_named
from chainatlas.extract.doc import Doc, Quantity
from chainatlas.extract.fairs import ATTENDED
from chainatlas.extract.figure_context import (
    BASELINE,
    Floor,
    previous_indicator,
)
from chainatlas.extract.phrases import phrase_after, phrase_before
from chainatlas.extract.units import COUNT_UNITS
from chainatlas.extract.wares import reached

#: ``一期年产50万套``, ``年产300套大功率风电主机项目``, ``具备年产5亿只的能力``: a figure
#: right after 年产 is a yearly capacity, whatever the product named after it.
_YEARLY_OUTPUT = re.compile(r"(新增|[一二三四]期)?年产$")
#: ``项目一期2万吨建成投产``: what a phase of a plant makes.
_PHASE_OUTPUT = re.compile(r"([一二三四]期)(?:工程|项目)?(?:建设|新建|规划建设)?$")
_OUTPUT_UNITS = re.compile(r"吨|GWh|GW|MW|兆瓦|千瓦|套|台|辆|只|片|件|颗|条|米|锭|顶|双|箱|瓶")
#: ``年产车载毫米波雷达200万套的生产能力``: a yearly output named with its product.
_MADE_YEARLY = re.compile(r"年产([\u4e00-\u9fff]{1,12})$")
#: ``年产30万吨椰子饮品和``: a yearly output, then 和/及 before the next product's figure.
_NEXT_OUTPUT = re.compile(
    r"年产[\d.]+[万亿千]?(?:吨|GWh|GW|套|台|辆|只|片|件|颗|条|平方米|个)[\u4e00-\u9fff]{1,12}?(?:和|及|以及|与)$"
)
_CAPACITY_AFTER = re.compile(r"的?(?:生产|产)?能力|的?产能")
#: ``25万吨铜铝新材料项目``: goods (not power, whose figure is the plant's size, nor area).
_GOODS_UNITS = re.compile(r"吨|GWh|套|台|辆|只|片|件|颗|条")
_MADE_BY_PROJECT = re.compile(r"[一-鿿]{1,10}?项目")
_POWER_UNITS = frozenset({"兆瓦", "MW", "GW", "吉瓦", "万千瓦", "千瓦"})


def capacity_name(doc: Doc, q: Quantity) -> str:
    """A yearly capacity or a phase's output, whatever the measure read it as; "" if none."""
    if q.measure not in ("count", "level"):
        return ""
    m = _YEARLY_OUTPUT.search(doc.text, max(0, q.start - 4), q.start)
    if m is not None:
        return (m.group(1) or "") + "年产能"
    if _NEXT_OUTPUT.search(doc.text, max(0, q.start - 30), q.start) is not None:
        return "年产能"  # 年产30万吨椰子饮品和2万吨椰子粉: the second is yearly too
    made = _MADE_YEARLY.search(doc.text, max(0, q.start - 16), q.start)
    if made is not None and _CAPACITY_AFTER.match(doc.text, q.end):
        return made.group(1) + "年产能"  # 形成年产车载毫米波雷达200万套的生产能力
    if doc.text.startswith("/年", q.end):
        named = phrase_before(doc.text, q.start, max(0, q.start - 12))
        return named if named.endswith("产能") else "年产能"  # 144万片/年; 甲醇产能180万吨/年
    phase = _PHASE_OUTPUT.search(doc.text, max(0, q.start - 8), q.start)
    if phase is not None and _OUTPUT_UNITS.search(q.unit):
        return phase.group(1) + "产能"
    if _MADE_BY_PROJECT.match(doc.text, q.end) and _GOODS_UNITS.search(q.unit):
        return "年产能"  # 10万吨磷酸铁锂项目: a plant is named by what it makes a year
    if _MADE_BY_PROJECT.match(doc.text, q.end) and q.unit in _POWER_UNITS:
        return "装机容量"  # 江达200兆瓦光伏储能项目: a power plant is named by its capacity
    return ""


_MOVED = re.compile(r"(?:提升|前进|上升|前移|跃升|下降|后退|下滑|后移)了?$")
_FROM = re.compile(r"(?:由|从(?!业|事))[^，。；由从]{0,16}$")
#: What ``三大`` counts: a kind of industry, part or place, up to its kind word.
_BIG_KIND = re.compile(
    r"[\u4e00-\u9fff]{0,6}(?:产业集群|产业链|产业园区|产业园|产业板块|产业|板块|集群|基地|环节|领域|工程|平台|方向|行业|片区|园区)"
)
_AMONG = re.compile(r"中有$|中$")
_LEVEL = re.compile(r"(?:国家|省|市|县)级(?:以上)?")
_DONE_TO_PROJECTS = re.compile(r".*?项目((?:集中|现场)?(?:签约|开工|竣工|投产|落地))")
_DONE_BEFORE = re.compile(r"(签约|开工|投产|竣工|落地|引进|招引)的\s*$")
_REST = re.compile(r"其余|其他|另有|另外")
#: ``团队已发展到50余人``: the size of a team.
_TEAM_GROWN = re.compile(r"团队(?:规模)?(?:已经?)?(?:发展|壮大|扩大|增加|增长)?(?:到|至|达)?$")
#: ``组建研发团队120余人``: a team of a kind counted where it is formed is named by its kind.
_TEAM_OF_KIND = re.compile(r"(?:研发|科研|技术|创新|攻关)团队$")
#: ``已开工24个、建成投产11个``: a milestone reached, counted; what reached it is elided.
_DONE = frozenset({"开工", "投产", "竣工", "签约", "落地", "开工建设", "建成投产", "建成"})
_DONE_COUNTED = {"个": "项目", "家": "企业"}
#: ``重点抓好以下五个方面工作``: the plan's areas of work, as a work report heads them.
#: Standards a body set (主导或参与制定国家标准、行业标准), named with the part it took.
_STANDARDS_SET = re.compile(
    r"((?:(?:主导|主持|牵头|参与)(?:或|和|及|、)?)+制(?:定|修订)[^，。；\d等]{0,16}?标准)\s*$"
)
_AREAS_OF_WORK = re.compile(r"方面(?:的)?(?:重点)?工作")
#: ``产能达到每月18亿只``: a rate's time word is not what is counted.
_PER_TIME = frozenset({"每月", "每年", "每天", "每日", "每周"})


def count_name(doc: Doc, q: Quantity, cs: int, floor: Floor) -> str:
    """What ``q`` counts, read from the words after it, then before it."""
    text = doc.text
    if q.unit == "期":
        return "建设期数"  # 项目分两期建设
    if ATTENDED.match(text, q.end) and q.unit in ("人", "名"):
        return "参会人数"  # 各部门负责人等120余人参加会议: how many attended
    if part := _team_or_part(text, q, cs):
        return part  # 团队已发展到50余人; 30个工业行业大类中有22个实现增长
    after = phrase_after(text, q.end)
    if after.startswith("居"):
        after = ""  # 姜山镇以12家居首: a standing, not what is counted
    moved = _MOVED.search(text, max(cs, q.start - 3), q.start) if after == "位次" else None
    if moved is not None:  # 县域经济综合实力排名前移5个位次: the places the ranking moved
        ranked = phrase_before(text, moved.start(), floor.before(moved.start()))
        return (ranked if ranked.endswith("排名") else "排名") + moved.group() + "位次"
    if done_after := _done_count(text, cs, q.start, after, q.unit):
        return done_after  # 已有5个开工建设: the projects that reached it
    done = _DONE_TO_PROJECTS.fullmatch(after)
    if done is None and after.removesuffix("中") == "项目":
        done = _DONE_BEFORE.search(text, cs, q.start)  # 集中签约的42个项目: 签约项目
    if done is not None:
        return done.group(1) + "项目"  # 16个项目集中签约: 集中签约项目
    if _REST.search(text, max(cs, q.start - 3), q.start) and after.endswith("项目"):
        return "项目数"  # 其余10个签约项目总投资41.2亿元: the rest are counted
    if reach := reached(text, cs, q.start, after):
        return reach  # 产品出口到30余个国家和地区, 销往全国28个省（区、市）
    if entering := _entering(doc, q, cs, after):
        return entering  # 5家企业入选国家级绿色工厂; 竞秀区、徐水区分别入选12家
    if _AREAS_OF_WORK.fullmatch(after):
        return "重点工作方面" if "重点" in text[cs : q.start] else "工作方面"
    kind = _BIG_KIND.match(after) if q.kind == "big" else None
    if kind is not None and kind.group() == "产业":
        return text[q.start : q.end].removesuffix("产业") + "产业"  # 三大产业协同发展: as told
    if kind is not None:
        return kind.group()  # 三大主导产业提质扩量: the kind counted, not what it does
    if after == "类" and q.kind == "big":
        return "产品大类"  # 涵盖衣架、帐篷等5大类: the kinds of product made
    if len(after) >= 2 or (after and q.kind == "big"):
        return _AMONG.sub("", after)  # 30个工业行业大类中有22个…: the field, not 中有
    standards = _STANDARDS_SET.search(text, max(cs, q.start - 30), q.start)
    if standards is not None:
        return standards.group(1)  # 主导或参与制定国家标准、行业标准11项: the work, with its kinds
    return _counted_before(doc, q, cs, floor)


#: A town the gazetteer missed, right before the bracket its count is given in.
_TOWN_BEFORE = re.compile(TOWN.pattern + "$")


def _counted_before(doc: Doc, q: Quantity, cs: int, floor: Floor) -> str:
    """What ``q`` counts, read from the words before it (龙头企业20余家, 已开工24个)."""
    text = doc.text
    start = q.start
    origin = _FROM.search(text, cs, q.start)
    if origin:
        start = origin.start()  # 规上企业由2020年末的12家增至58家: the noun before 由
    phrase = phrase_before(text, start, floor.before(start))
    if phrase in _PER_TIME:
        at = text.rfind(phrase, cs, start)
        phrase = phrase_before(text, at, floor.before(at)) if at > cs else ""
    if reached := _done_count(text, cs, start, phrase, q.unit):
        return reached
    if BASELINE.match(phrase):
        return previous_indicator(doc, q, ("count", "level")) or ""
    if _LEVEL.fullmatch(phrase):  # 省级以上研发平台48家，其中国家级5家: 国家级研发平台
        counted = previous_indicator(doc, q, ("count",)) or ""
        if len(counted) >= 2:
            renamed = _LEVEL.sub(phrase, counted, count=1)
            return renamed if renamed != counted else phrase + counted
    if changed := change_named(doc, q, phrase):
        return changed
    moved = _MOVED.search(phrase) if q.unit == "位" else None
    if moved is not None:
        return "排名" + moved.group() + "位次"  # 较上年提升4位: places gained in the ranking
    if part := _part_named(doc, q, cs, floor, phrase, start):
        return part
    if text[cs:start].strip() in _HAVING and (kind := _kind_named_before(doc, q, cs)):
        return kind  # …是专精特新企业最集中的区域，共有38家: 专精特新企业
    if len(phrase) < 2 or phrase in _NO_NOUN:
        # 新增…企业6家、累计达到37家, 过去要120名工人，现在只要30人: what the figure before counted
        previous = previous_indicator(doc, q, ("count",))
        if previous:
            return previous.removeprefix("新增")
        return _listed_item(text, floor.before(q.start), q.start)
    if phrase.startswith("生产") and len(phrase) >= 4 and phrase[2] != "性":
        return phrase[2:] + "产量"  # 全年生产金属切削机床3860台: the machines' output
    milestone = _PROJECTS_AT.search(text, cs, start)
    if milestone is not None:
        return "".join(milestone.groups("")) + "项目"  # 推介会现场签约项目5个: not where
    return _solved(doc.text, cs, start) or _added_alike(doc, q, phrase)


def _part_named(doc: Doc, q: Quantity, cs: int, floor: Floor, phrase: str, start: int) -> str:
    """A place's part of what was counted, or a labelled item's (姜山镇以12家, 长岭街道（9家）,
    ●金山街道：9家); "" where ``q`` is none."""
    text = doc.text
    by = 1 if q.start > 0 and text[q.start - 1] in "以（(：:" else 0
    label = by == 1 and text[q.start - 1] in "：:"
    # ●金山街道：9家: the place is a label, before the clause the colon opens
    named = next(
        (m for m in (doc.mentions if label else floor.mentions) if m.end == q.start - by), None
    )
    if len(phrase) < 2 and named is not None and named.type in _PLACES:
        # 38家省级专精特新中小企业中，耀州区12家、…: a place's part of what was counted
        return part_counted(doc, q) or text[named.start : named.end]
    if TOWN.fullmatch(phrase) and text[start - len(phrase) - 1 : start - len(phrase)] in "，、；":
        return part_counted(doc, q) or phrase  # …，五乡镇8家: a town the gazetteer missed
    if by and named is None and (town := _TOWN_BEFORE.search(text, cs, q.start - 1)):
        return part_counted(doc, q) or town.group()  # ● 金华镇（2家）：…: the same, in a roster
    if len(phrase) < 2 and named is not None:
        return text[named.start : named.end]  # 共建产业学院两所: the counted thing is named
    # ●镁基新材料产业链：7家 under 入选企业集中在…: a part of what is counted
    return part_counted(doc, q) if label else ""


#: ``协调解决企业用地、用工等问题316个``: problems counted are named by who solved them for whom.
_SOLVED = re.compile(
    r"((?:为|帮助)(?:企业|项目)?)?(协调)?解决(企业|项目)?[^，。；：\d]{0,30}?问题\s*$"
)


def _solved(text: str, cs: int, end: int) -> str:
    """``帮助企业解决用工、融资等问题120个``: the problems solved, named by the verb and by
    whom they were solved for, not by the list of their kinds (问题 alone says nothing)."""
    m = _SOLVED.search(text, cs, end)
    return "".join(m.groups("")[:2]) + "解决" + (m.group(3) or "") + "问题" if m else ""


#: ``主会场签约项目20个``, ``本次集中开工的项目共18个``, ``全年新引进项目46个``: projects counted
#: by the milestone they reached, named from it on (where or at which meeting is the subject's);
#: the main venue and the others (主会场, 分会场) are parts of one count and stay.
_PROJECTS_AT = re.compile(
    r"([主分]会场)?(?:现场|集中|共)?((?:新)?(?:开工建设|竣工投产|建成投产|签约引进|签约|开工|竣工|投产|引进))"
    r"的?项目共?$"
)


_PLACES = frozenset({"region", "city", "park", "province"})
#: Words before a count that name nothing counted: the count is of what the one before counted.
_NO_NOUN = frozenset({"累计", "现在", "目前", "如今", "当前"})


#: A clause that is only a verb of having and the count: it counts what the clause before named.
_HAVING = frozenset({"共有", "已有", "拥有", "现有", "共计", "合计", "总计"})
_COUNTED_KIND = re.compile(r"企业|项目|平台|工厂|机构|基地|园区|团队|人才")


def _kind_named_before(doc: Doc, q: Quantity, cs: int) -> str:
    """The kind of thing the sentence named last before ``q``'s clause (浠水经济开发区是专精特新
    企业最集中的区域，共有38家): what a bare 共有 counts; "" where it named none."""
    ss = doc.sentences[q.sentence].start
    kinds = list(_COUNTED_KIND.finditer(doc.text, ss, cs))
    return phrase_before(doc.text, kinds[-1].end(), ss) if kinds else ""


def _added_alike(doc: Doc, q: Quantity, phrase: str) -> str:
    """新增“小巨人”企业3家、省级专精特新中小企业11家: a 新增 heading a list of counts reaches
    every count of it, as the reader reads them all as added."""
    at = doc.text.rfind(phrase, 0, q.start)
    if at < 1 or doc.text[at - 1] != "、" or phrase.startswith("新增"):
        return phrase
    before = next((p for p in doc.quantities if p.end == at - 1 and p.measure == "count"), None)
    added = before is not None and (before.indicator or "").startswith("新增")
    return "新增" + phrase if added else phrase


def _entering(doc: Doc, q: Quantity, cs: int, after: str) -> str:
    """A count of firms entering a list (5家企业入选国家级绿色工厂), passing an evaluation
    (214家企业通过评价) or a bare 入选/新增 before the count (分别入选12家): named after the list
    they enter; "" for any other count."""
    text = doc.text
    if after.startswith("企业") and q.unit == "家" and (honour := _selected(doc, q)):
        return honour
    if after.startswith("企业") and _PASSED.match(text, q.end):
        return "通过评价企业"
    entered = (
        _ENTERED_BEFORE.search(text, max(cs, q.start - 4), q.start) if q.unit == "家" else None
    )
    if entered is not None and (listed := _last_list(doc, q, entered.group(1) == "新增")):
        return entered.group(1) + listed
    return ""


#: ``5家企业入选国家级绿色工厂``: the firms selected and what they are selected for.
_SELECTED_AS = re.compile(
    r"(?:企业)?(?:（产品）)?(?:成功|集体)?(?:入选|上榜|榜上有名|新晋|获评|获认定为)([^，。；、\d\n]{2,24})?"
)
#: ``我市214家企业通过评价``: firms that passed an evaluation, not a list entered.
_PASSED = re.compile(r"(?:企业)?通过(?:评价|认定|评定)")
#: ``高新区入选21家``, ``我市新增7家``: a bare verb before the count of a list's entries.
_ENTERED_BEFORE = re.compile(r"(?:分别)?(入选|新增|上榜)$")
#: ``公布2025年度第一批浙江省专精特新中小企业名单``: the list the firms enter.
_LIST_NAMED = re.compile(
    r"公布(?:了)?(?:(?:19|20)\d\d年度?)?(?:第[一二三四五六七八九十\d]+批)?([^，。；\d]{2,24}?)"
    r"(?:名单|榜单|遴选结果)"
)


def _selected(doc: Doc, q: Quantity) -> str:
    """``我市56家企业入选`` after ``公布…专精特新中小企业名单``: 入选 + the list's name."""
    text = doc.text
    selected = _SELECTED_AS.match(text, q.end)
    if selected is None:
        return ""
    if selected.group(1) and not _LEVEL.fullmatch(selected.group(1)):
        return "入选" + selected.group(1)
    if selected.group(1):
        return "入选企业"  # 入选国家级、省级…名单: lists of several levels, the firms entering
    listed = _last_list(doc, q, False)  # 12家企业榜上有名 after 公布…名单: that list's
    return "入选" + listed if listed else "入选企业"


def _last_list(doc: Doc, q: Quantity, same_sentence: bool) -> str:
    """The name of the list published last before ``q``: the list whose entries a bare
    入选 counts; for 新增, which also adds to any stock, only one named in its sentence."""
    sentence = doc.sentences[q.sentence]
    start = sentence.start if same_sentence else max(0, q.start - _LIST_REACH)
    listed = list(_LIST_NAMED.finditer(doc.text, start, q.start))
    return _PROVINCIAL.sub(_level_of, listed[-1].group(1)) if listed else ""


#: A province's own list (浙江省专精特新中小企业名单) is a list of its level, as counts name it.
_PROVINCIAL = re.compile(
    r"^(?:(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州"
    r"|云南|陕西|甘肃|青海)(省)|(?:内蒙古|广西壮族|西藏|宁夏回族|新疆维吾尔|广西|宁夏|新疆)(自治区))"
)


def _level_of(m: re.Match[str]) -> str:
    return (m.group(1) or m.group(2)) + "级"


#: How far back a bare 入选 looks for the list it counts entries of.
_LIST_REACH = 1200


def _team_or_part(text: str, q: Quantity, cs: int) -> str:
    """A team's size (团队已发展到50余人), or the part of a field that grew (30个工业行业
    大类中有22个增加值保持增长); "" for any other count."""
    if q.unit in ("人", "位", "名") and _TEAM_GROWN.search(text, max(cs, q.start - 9), q.start):
        kind = _TEAM_OF_KIND.search(text, max(cs, q.start - 4), q.start)
        return kind.group() if kind is not None else "团队人数"
    return grown_part(text, q)


def _done_count(text: str, cs: int, end: int, phrase: str, unit: str) -> str:
    """``已开工24个``, ``已有5个开工建设``: the projects (or firms) that reached a milestone, by
    its short name (开工建设 -> 开工, 建成投产 -> 投产), 已 kept as written."""
    if phrase not in _DONE or unit not in _DONE_COUNTED:
        return ""
    at = text.rfind(phrase, cs, end)  # none where the milestone is told after the count
    told = text[at - 1 : at] if at > 0 else text[max(cs, end - 3) : end]
    already = "已" if "已" in told else ""
    return already + phrase.removeprefix("建成").removesuffix("建设") + _DONE_COUNTED[unit]


_ITEM = re.compile(r"[\u4e00-\u9fff“”（）]{2,24}")


def _listed_item(text: str, floor: int, end: int) -> str:
    """``…企业19家、国家级制造业单项冠军企业（产品）3个``: the item of a list, brackets and
    quotes included, that the phrase reader stops inside."""
    start = max(floor, text.rfind("、", floor, end) + 1)
    item = _ITEM.fullmatch(text, start, end)
    return item.group() if item else ""


def per_head_name(doc: Doc, q: Quantity, cs: int, floor: Floor) -> str:
    """``每万人高价值发明专利拥有量7.2件``: a count per head (a ratio) is named by its count's
    words, from the 每 on (not 年末全市每万人…); "" for any other ratio."""
    if q.unit not in COUNT_UNITS:
        return ""
    name = count_name(doc, q, cs, floor)
    if "每" in name:
        return name[name.find("每") :]
    at = doc.text.rfind("每", cs, q.start)  # 每千常住人口执业（助理）医师3.12人: the whole rate
    head = _PER_TAIL.sub("", doc.text[at : q.start]).replace("拥有", "") if at >= 0 else ""
    return head if len(head) > 4 and "，" not in head else name


#: Verbs and hedges between a rate's 每… and its figure (每万锭用工只要18人).
_PER_TAIL = re.compile(r"(?:达到|达|为|只要|只需|仅|约|近|有|是)+\s*$")


_BROUGHT_IN = re.compile(r"(?:累计)?新?引进了?$")


def brought_in(text: str, cs: int, pos: int, noun: str) -> str:
    """``新引进各类人才1.26万名``: people brought in are counted as such (新引进各类人才), not
    as everyone of the kind (各类人才)."""
    at = text.rfind(noun, cs, pos)
    verb = _BROUGHT_IN.search(text, max(cs, at - 5), at) if at >= 0 else None
    return verb.group().replace("了", "") + noun if verb is not None else noun


def driven(text: str, cs: int, pos: int, name: str) -> str:
    """``带动农户3200余户``: those a firm draws along are counted with 带动 (whom it drives)."""
    at = text.rfind("带动" + name, cs, pos) if name and not name.startswith("带动") else -1
    return "带动" + name if at >= 0 else name
