"""What is made and the stages of making it: a list of them before 等…企业 or 等一批项目 tells
what kind of firms or projects are meant (引进引线框架、键合丝、塑封料等配套企业; 带动熔炼、压铸、
机加工等上下游配套企业; 光学镜头、图像传感器封装等一批项目), not their names.
"""

from __future__ import annotations

import re

from chainatlas.extract.lexicon import place_words

_PRODUCT_ENDS = frozenset(
    "料板架丝备片筒承液膜箔器材线管剂机件柜池芯头药械璃组栓兰索缆带阀泵轮荷瓶盖箱埚胚辊缸塞签矿渣锭"
)
#: Products named by a word rather than a last character (水下机器人, 钛制品; not 品 alone,
#: which ends 达利食品).
_PRODUCT_WORDS = ("机器人", "制品")
#: Stages of making (带动熔炼、压铸、机加工等上下游配套企业, 建成铝合金熔铸、轧制等6个中试平台):
#: the kinds of supplier or platform, not their names. Words that also end firms' names
#: (XX物流, XX设计) count only when they stand alone.
_PROCESS_ENDS = ("熔炼", "冶炼", "熔铸", "压铸", "铸造", "锻造", "冲压", "焊接", "注塑", "涂装", "电镀",
                 "热处理", "表面处理", "轧制", "挤压", "机加工", "精加工", "封装", "总装")  # fmt: skip
_PROCESSES = frozenset({"加工", "制造", "组装", "装配", "研发", "设计", "封装", "测试", "检测", "仓储",
                        "物流", "运输", "销售", "回收", "包装", "冷链", "印刷", "提取",
                        # and trades (化工、冶金等用能企业): the kind of firm, not its name
                        "化工", "冶金", "钢铁", "建材", "有色", "电力", "纺织", "机械", "电子", "医药",
                        "食品", "交通", "能源", "航空", "航天", "汽车", "机床", "船舶", "光伏",
                        "家电", "服装", "农机", "石化", "造纸"})  # fmt: skip


def of_wares(parts: list[str], firms: bool) -> bool:
    """Whether the members of a list are products or stages of making rather than names;
    ``firms`` when the list counts firms (永兴材料、江特电机等企业 ends in 料 and 机 but names)."""
    if len(parts) >= 3 and _one_family(parts):
        return True  # 富硒茶、富硒魔芋、富硒饮品等食品企业: one family of products
    stages = sum(p in _PROCESSES or p.endswith(_PROCESS_ENDS) for p in parts)
    if len(parts) >= 2 and 3 * stages >= 2 * len(parts):
        return True
    things = stages + sum(
        (p[-1:] in _PRODUCT_ENDS or p.endswith(_PRODUCT_WORDS))
        and not (p in _PROCESSES or p.endswith(_PROCESS_ENDS))
        for p in parts
    )
    if len(parts) >= 3:
        return 3 * things >= 2 * len(parts)  # 镜片、镜筒、模造玻璃、图像传感器封装等上下游企业
    return len(parts) == 2 and things == 2 and not firms


def _one_family(parts: list[str]) -> bool:
    """Whether every member opens with the same two characters, none a place's or the
    nation's (中国…): kinds of one product (富硒茶、富硒魔芋), not firms."""
    head = parts[1][:2]  # the first may carry the words before the list (园区集聚富硒茶)
    if len(head) < 2 or head in _NATIONAL or head in place_words() or head not in parts[0]:
        return False
    return all(len(p) > 2 and p.startswith(head) for p in parts[1:])


_NATIONAL = frozenset({"中国", "中华", "国家", "全国"})
#: A sentence listing products' output (全年主要工业产品产量中，铝材168.3万吨，…; 分产品看，…).
_OUTPUTS_LISTED = re.compile(
    r"[^，。；]{0,12}(?:产品产量|分产品|主要产品)(?:中|方面|看|来看)?[，：:]"
)


def listed_output(text: str, sentence: int, pos: int, name: str, unit: str) -> str:
    """A product listed among outputs (主要工业产品产量中，铝材168.3万吨) is measured by its
    output (铝材产量; 生产氧化铝386万吨 is 氧化铝产量), or by its sales where the list tells
    sales (销量); any other ``name`` is kept."""
    listed = _OUTPUTS_LISTED.match(text, sentence, pos) is not None
    if (
        not listed
        or unit.endswith(("元", "%"))
        or name.endswith(("量", "产值", "产能"))
        or not name
    ):
        return name
    sold = text.find("销量", sentence, pos) >= 0  # 分产品看，…铜箔销量8.6万吨，其中锂电铜箔6.1万吨
    return name.removeprefix("生产") + ("销量" if sold else "产量")


#: Verbs of selling far, before a count of where a maker's goods reach.
_SOLD_TO = re.compile(r"出口|销往|远销|销售到|畅销")
_REACHED = {
    "国家和地区": "出口国家和地区",
    "国家": "出口国家",  # 产品出口德国、墨西哥等15个国家
    "省": "销往省份",
    "省份": "销往省份",
    "省区市": "销往省份",
}


def reached(text: str, start: int, end: int, after: str) -> str:
    """Where a maker's goods reach, counted (产品出口到30余个国家和地区, 销往全国28个省（区、市）),
    named by what the count is of; "" where ``after`` is no such place or nothing is sold."""
    return _REACHED.get(after, "") if _SOLD_TO.search(text, start, end) else ""
