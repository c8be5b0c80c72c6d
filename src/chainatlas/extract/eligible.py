"""Which named things can be the subject of a figure: a speaker (管委会负责人表示), who
publishes a list, the scope of a list's name, the last member of a list before its count,
the object of a verb, what a figure is compared with and a share's numerator are not.

Used by :mod:`subjects` for every candidate it weighs.
"""

from __future__ import annotations

import re

from chainatlas.extract.doc import Doc, Mention

_NOT_ACTING = re.compile(
    r"(?:有关)?负责人|表示|介绍|指出|说|告诉|透露|坦言|总数|数量|个数|"
    r"(?:副|常务副)?(?:书记|主任|局长|市长|县长|区长|厅长|部长)|新闻发言人"
)
_ANNOUNCES = re.compile(r"(?:办公厅)?(?:联合)?(?:公布|发布|印发|公示|命名)")
_NAMES_A_LIST = re.compile(r"[\u4e00-\u9fff“”]{2,20}?(?:名单|榜单|名录|排行榜)")
_FIRMS_COUNTED = re.compile(r"(两|[二三四五六七八九十\d]+)家")
_OWNERS = frozenset({"region", "park"})
_IN_SCOPE = re.compile(r"[（）\u4e00-\u9fff]{0,6}?[中内里]")
_DESCRIBES = re.compile(r"入选者|获得者|院士|专家|教授|研究员|博士|特聘")
_OBJECT_VERB = re.compile(
    r"(列|居|跻身|挺进|入选|获评|荣获|牵手|落户|引进|吸引|集聚了|位居|位列|荣列|依托|借助|依靠)“?$"
)
_NUMERATOR = re.compile(r"[\u4e00-\u9fff]{0,4}占")
#: A government's office or department, which tells the place's figures but is not their
#: subject; a park's board (管委会) stands for its park.
_OFFICE = re.compile(r"(?:局|厅|委员会|办公室|办)$")
_BOARD = re.compile(r"管理委员会$|管委会$")
#: What a plan or a policy does to the figures it sets (提出, 明确, 要求): it states them.
_STATES = re.compile(r"》?(?:还|进一步)?(?:提出|明确|要求|规定|指出|强调)")
#: What firms of a kind earn together (…中小企业2025年合计实现营业收入78.6亿元): their figure.
_EARNS = re.compile(r"[\d\s年\u4e00-\u9fff]{0,8}?(?:实现|完成|合计|上缴|营业收入|产值)")
_COMPARE = re.compile(r"占|高于|低于|快于|慢于|较|超过")


def eligible(doc: Doc, m: Mention, clause_start: int) -> bool:
    """Whether mention ``m`` can be the subject of a figure in the clause starting at
    ``clause_start``: not a speaker, a list's scope or publisher, a list member before its
    count, an object, a comparison or a numerator."""
    text = doc.text
    after = text[m.end : m.end + 3]
    if _NOT_ACTING.match(text, m.end):
        return False  # a speaker (管委会负责人表示) or a count (高新技术企业总数)
    if after[:1] in ("、", "等"):
        return False
    if m.type == "government" and _OFFICE.search(m.name) and not _BOARD.search(m.name):
        return False  # 市商务局将…力争全年外贸进出口总额突破65亿元: the place's figures, told by its office
    if m.type == "government" and _ANNOUNCES.match(text, m.end):
        return False  # 工业和信息化部公布…名单，我市9家企业入选: who lists, not who is counted
    place = m.type in ("region", "province") or (
        m.type == "government" and m.name[-1] in "省市县区"
    )
    if place and _NAMES_A_LIST.match(text, m.end):
        return False  # 广东省智能机器人骨干企业名单由…评定: the scope of a list's name
    if _FIRMS_COUNTED.match(after) and m.type not in _OWNERS:
        return False  # A、B 2家企业: a list's last member; 湘潭高新区4家企业入选: the park's
    if text[m.start - 1 : m.start] == "在" and m.type != "industry":
        return False
    if m.type == "programme" and text.startswith(("企业", "公司"), m.end):
        return False  # 新增世界500强企业客户9家: a kind of firm, not who has them
    if m.type == "programme" and m.name.endswith("企业") and not _EARNS.match(text, m.end):
        return False  # 全区省级专精特新中小企业力争突破100家: counted, not who has the count
    if m.type == "programme" and _IN_SCOPE.match(text, m.end):
        return False  # 在…百强县（市）中位列第4位: the list, not who is ranked
    if m.type == "programme" and _STATES.match(text, m.end):
        return False  # 《图谱》明确链主企业4家: the map or plan states figures, it is not counted
    if m.type in ("programme", "institution") and _DESCRIBES.match(text, m.end):
        return False  # 国家重大人才工程入选者、…博士: who the person is, not the subject
    if _OBJECT_VERB.search(text, max(clause_start, m.start - 3), m.start):
        return False
    if text.startswith("作为", clause_start):
        return False
    if m.type == "industry" and _NUMERATOR.match(text, m.end):
        return False
    before = text[clause_start : m.start]
    if _COMPARE.search(before):
        return False
    if "以" in before and "为" in text[m.end : m.end + 4]:
        return False
    return before.count("“") <= before.count("”") or m.type == "industry"
