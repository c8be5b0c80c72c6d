"""Members of lists: ``A、B、C等60多家企业`` and ``以A、B为龙头``. A list is found from its end
(等, 两家, N家 and a head noun), then read backwards to the punctuation before it; trades
and products listed (熔炼、压铸等…企业, 叶片、轴承等配套企业) are no firms.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from chainatlas.extract.chain_map import CHAIN_STAGE
from chainatlas.extract.lexicon import known_organisations
from chainatlas.extract.names import CJK, Found, scan_back
from chainatlas.extract.verbs import VERBS
from chainatlas.extract.wares import of_wares

_ENUM_ANCHOR = re.compile(
    r"(?:等(?!级)|两家|[二三四五六七八九十\d]+家)([^，。；]{0,14}?)"
    r"(企业(?!家)|公司|厂商|车企|整车厂|厂(?![内区房长])|集团|龙头|项目|平台|机构|研究院|院所|高校|品牌)"
)
#: What between 等 and the noun makes the list one of what the suppliers make (树脂、芯材等
#: 配套企业, 钛精矿…等上下游企业); a count or 一批 there leaves it names (瑞捷精密等83家上下游企业).
_SUPPLIERS_BY_TRADE = frozenset({"配套", "上下游", "上下游配套"})
_BROUGHT = re.compile(r"(?:引进|招引|吸引|集聚|落户|签约)了?")
_FIRM_NOUNS = frozenset({"企业", "公司", "厂商", "车企", "整车厂", "厂", "集团", "龙头", "品牌"})
_SECTORS = re.compile(
    r"(?:重点|主要|传统|新兴|基础)?(?:行业|领域|产业|方向|环节|市场|国家|地区|城市|原料|原材料|产品)"
)
#: Words between a sector and the firms' noun that leave the list one of sectors
#: (电子信息、半导体材料等领域重点企业; 铜铝导体、电工钢等原材料环节有企业9家).
_AFTER_SECTOR = re.compile(r"(?:的|中?有|内|重点)*")  # 行业领军企业 are firms, though
_LIST_CHUNK = re.compile(rf"(?:(?!等)[{CJK}A-Za-z0-9、]){{2,120}}$")
#: Ways of doing listed before 等 (通过加大研发投入、优化产品结构等方式提升公司…): no firms.
_MEANS = ("方式", "措施", "举措", "手段", "途径", "方法", "形式", "渠道", "方面")
_LEAD = re.compile(r"以([^，。；]{2,40}?)为(?:龙头|代表|核心|引领|主体|牵引)")
_CORE = ("核心", "主体", "牵引", "引领")
_ENUM_TYPE = {"平台": "platform", "机构": "platform", "研究院": "platform", "院所": "institution",
              "高校": "institution"}  # fmt: skip


def _of_sectors(m: re.Match[str], brought: bool) -> bool:
    """Whether a list ends in trades or links of a chain, not firms: 制氢、储运、加注等环节企业
    (even when brought in), 汽车、家电等行业…项目, 电解液、隔膜…等7大环节企业; but 引进了科达利、
    普莱德等一批产业项目 and 上上电缆等行业领军企业 are firms."""
    told = list(_SECTORS.finditer(m.group(1)))  # the last: 原料环节企业 is of 环节
    sectors = told[-1] if told else None
    of_sectors = sectors is not None and bool(_AFTER_SECTOR.fullmatch(m.group(1), sectors.end()))
    if of_sectors and not m.group(1).endswith("产业"):
        return True
    return bool(sectors) and (m.group(2) not in _FIRM_NOUNS or of_sectors) and not brought


def find_enumerations(text: str) -> Iterator[Found]:
    """Members of lists such as ``A、B、C等60多家企业`` and ``以A、B为龙头``.

    The list is found from its end (等, 两家, N家 and a head noun), then read backwards to
    the punctuation before it, which keeps the scan linear in the text.
    """
    for m in _ENUM_ANCHOR.finditer(text):
        if m.group(1).startswith(("、", "地", "部门", "单位", *_MEANS)):
            continue  # 长三角等地的企业家: places; 等方面支持企业: aspects; 住建等部门负责人: offices
        chunk = _list_chunk(text, m.start())
        if chunk is None:
            continue
        brought_by = _BROUGHT.search(text, max(0, m.start() - len(chunk) - 4), m.start())
        # 重点引进高多层电路板、电子化学品等项目: the kinds aimed at, none yet brought
        aimed = brought_by is not None and text.endswith("重点", 0, brought_by.start())
        brought = brought_by is not None and not aimed
        if _of_sectors(m, brought):
            continue
        if m.group(1) in _SUPPLIERS_BY_TRADE and not _names_suppliers(text, m, chunk):
            continue  # 烘干、分拣、包装、冷链等配套企业: what they supply; not 等一批配套企业
        if m.group(2) == "项目" and not brought and not _names_projects(chunk.split("、")):
            continue  # 绿氢制甲醇、绿氨等项目: the kinds of project, not their firms
        if _after_stage(text, m.start() - len(chunk)):
            continue  # 中游（整机制造）：萨克斯、长笛等整机企业172家: a stage's products
        if _kinds_only(chunk):
            continue  # 其余现代物流、跨境电商等项目13个; 牦牛肉精深加工、乳清蛋白提取等项目
        supplied = list(_SUPPLIES.finditer(chunk))
        if supplied:  # 域控制器直供一汽、比亚迪等10余家整车企业: the firms supplied
            chunk = chunk[supplied[-1].end() :]
            if len(chunk) < 2:
                continue
        items = chunk.split("、")
        if len(items) == 1 and not m.group().startswith("等"):
            continue  # 松山湖9家企业入选: the place the firms are counted in, not a firm
        if len(items) == 1 and len(items[0]) > 14:
            items = [items[0][-14:]]
        start = m.start() - len("、".join(items))
        kind = _ENUM_TYPE.get(m.group(2), "company")
        firms = m.group(2) in _FIRM_NOUNS
        yield from _items(text, start, "、".join(items), kind, firms, bool(supplied))
    for m in _LEAD.finditer(text):
        lead = m.group(1).split("等")[0]
        if lead.endswith(_PLACE_ENDS) or lead.removesuffix("企业") in _ROLES:
            continue  # 以洛阳高新区、伊滨区为核心: places, not firms; 以链主为牵引: a role
        if lead.endswith(_TRADE_ENDS + _ACTIVITY_ENDS):
            continue  # 以电子信息、智能制造2个百亿级主导产业为引领: trades, not firms
        if "、" not in lead and m.group().endswith(_CORE):
            continue  # 以储能电池为核心, 以算力为核心: what a cluster is built around, not a firm
        if "、" in lead or len(lead) <= 6:
            yield from _items(text, m.start(1), lead, "company", True)


#: Roles firms play, which a lead names no firm by (以链主为牵引, 以龙头企业为引领).
_ROLES = frozenset({"链主", "龙头", "骨干", "头部", "领军", "重点", "项目", "重大项目", ""})


def _names_suppliers(text: str, m: re.Match[str], chunk: str) -> bool:
    """Whether a list before 等配套企业 names its firms after all: one is registered (引进宁夏汉渠
    发酵科技有限公司、峡源维生素…), or they were brought in and are counted (引进盘海调味、鲜禾包装
    等配套企业19家)."""
    if any(item.endswith(("公司", "集团")) for item in chunk.split("、")):
        return True
    brought = _INTRODUCED.search(text, max(0, m.start() - len(chunk) - 4), m.start())
    return brought is not None and _COUNTED.match(text, m.end()) is not None


_INTRODUCED = re.compile(r"引进了?|招引了?")
_COUNTED = re.compile(r"\d+家|[一二三四五六七八九十]+家")


def _names_projects(items: list[str]) -> bool:
    """Whether a list before 等…项目 names projects by their firms or plants (中国移动、华为等
    …数据中心项目; 三一重工电动化装备产业园、铁建重工…基地二期等重点项目)."""
    known = known_organisations()
    return any(item in known or _PLANT_END.search(item) for item in items)


_PLANT_END = re.compile(r"(?:产业园|基地|工厂|园区)(?:[一二三四]期)?$")


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


def _after_stage(text: str, start: int) -> bool:
    """Whether a list starting at ``start`` follows a chain's stage labelled before it
    (中游（整机制造）：…, 上游环节…): the stage's products, not firms."""
    line = max(text.rfind("\n", 0, start) + 1, start - 48)  # a label is short
    return any(stage.end() == start for stage in CHAIN_STAGE.finditer(text, line, start))


#: A supplier's verb inside a list's run (产品配套长安汽车、赛力斯等): the firms begin after it.
_SUPPLIES = re.compile(r"直供|供货|供应给|配套给|配套|进入|打入")
_PLACE_ENDS = ("区", "园", "县", "市", "镇", "街道", "基地")
_TRADE_ENDS = ("产业", "集群", "行业", "领域", "板块", "赛道", "产业链")
#: Work a plant or a trade does (光热发电, 牦牛肉精深加工, 乳清蛋白提取): a kind, not a firm.
_ACTIVITY_ENDS = ("发电", "加工", "制造", "开采", "养殖", "种植", "提取", "冶炼", "回收", "利用")


def _kinds_only(chunk: str) -> bool:
    """Whether a list names kinds, not firms: the rest (其余…) or the work each does."""
    items = chunk.split("、")
    return chunk.startswith(("其余", "其他")) or all(i.endswith(_ACTIVITY_ENDS) for i in items)


_LIST_EXTRA = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789、")


_NOT_ITEM = re.compile(
    r"\d|企业$|公司$|龙头|第$|^(?:已有|现有|共有|拥有|新增|累计|引进|集聚|首期|[一二三]期)$"
    r"|^(?:我|全|本|该)(?:市|县|区|省|镇)$"  # 我市56家企业入选: the place's firms, no name
)


def _items(
    text: str, start: int, chunk: str, kind: str, firms: bool, cut: bool = False
) -> Iterator[Found]:
    """The names of a list's members; the first is read back to where its name starts, but
    not over the supplier's verb that ``cut`` the list (产品配套长安汽车)."""
    if of_wares(chunk.split("、"), firms):
        return  # 引线框架、键合丝、塑封料等配套企业; 熔炼、压铸等…企业: what they make, not firms
    pos = start
    for index, item in enumerate(chunk.split("、")):
        s, e = pos, pos + len(item)
        pos = e + 1
        if index == 0:
            s = max(scan_back(text, e, 14), start) if cut else scan_back(text, e, 14)
        name = text[s:e]
        if text[s - 1 : s].isdigit():
            continue  # 年产3万吨等静压特种石墨项目: 等 inside a product's name, after an amount
        if 2 <= len(name) <= 14 and not _NOT_ITEM.search(name) and not VERBS.search(name):
            yield s, e, name, kind  # not 目前已获得 (3家整车企业定点)
