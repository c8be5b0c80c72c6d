"""Projects named by how they are told: the builders of phased projects
(``永祥新能源二期高纯晶硅项目``, ``福鼎时代二期项目`` name the firm that builds each phase
before the phase's number), and a project named after the milestone it reached
(``分会场开工的东门糖厂技改项目``) or after the amount it invests (``总投资18亿元的年产30万吨再生铝
项目``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from chainatlas.extract.generic_heads import GENERIC_HEAD
from chainatlas.extract.names import Found, scan_back
from chainatlas.extract.verbs import VERBS

_PHASE = re.compile(r"期(?=[\u4e00-\u9fff]{0,8}?项目)")
_PHASE_NUMBER = re.compile(r"(?:[一二三四五六七八九十]|\d{1,2})$")
#: Words of pushing work on (全力推进二期项目, 推进碳纤维二期项目): what follows is no builder.
_PUSHING = re.compile(r"推进|加快|推动|实施")
#: How the name of a firm's works ends, which no firm's name does.
_WORKS_END = re.compile(r"(?:智能化|精制|精深加工|加工|生产线|扩建|技改|改造|扩能|提质)$")


#: Words for a firm that name none (公司一期项目: the phase of the firm named before; 双方就二期
#: 项目达成一致: both sides of a talk).
_BARE_FIRM = frozenset({"公司", "企业", "集团", "工厂", "该公司", "该企业", "双方", "双方就"})


def find_phased_projects(text: str) -> Iterator[Found]:
    """The builder of a phased project (``永祥新能源二期高纯晶硅项目``, ``福鼎时代二期项目``),
    found from each 期 (few) rather than tried at every numeral."""
    for m in _PHASE.finditer(text):
        number = _PHASE_NUMBER.search(text, max(0, m.start() - 2), m.start())
        if number is None:
            continue
        start = scan_back(text, number.start(), 10)
        name = text[start : number.start()]
        if (
            VERBS.search(name)
            or _PUSHING.search(name)
            or set(name) & set("区在项")
            or text[start - 1 : start].isdigit()
        ):
            continue  # 年产30万吨高端饮用水二期项目: a product after its amount, no builder
        if _WORKS_END.search(name):
            continue  # 滇韵茶业智能化精制二期项目: a firm's works by what they do, no firm
        if 2 <= len(name) <= 10 and not GENERIC_HEAD.match(name) and name not in _BARE_FIRM:
            yield start, m.start(), name, "company"


def _project_name(stops: str) -> str:
    """A project's name as a group: 4 to 40 characters of one clause up to 项目, not a phase
    (…项目一期) or a numbered one; ``stops`` are the characters it may not hold."""
    return rf"((?:(?![{stops}])[^\n]){{4,40}}?项目)(?![一二三四五六七八九十\d])"


#: ``主会场开工的广西甘源…有限公司年产5万吨糖基生物制造项目``: the project that reached it.
_AFTER_MILESTONE = re.compile(
    r"(?<!新)(?:开工|签约|投产|竣工|落地|揭牌)的" + _project_name("，。；：、的")
)


#: ``总投资18亿元的年产30万吨再生铝项目``: the project that invests it.
_AFTER_AMOUNT = re.compile(
    r"投资(?:约|超|近|超过)?\d+(?:\.\d+)?(?:亿|万)(?:元|美元)的" + _project_name("，。；：、的")
)


#: ``观摩团察看了江达200兆瓦光伏储能项目``, ``来到…阴极铜项目建设现场``: the project visited.
_VISITED = re.compile(
    r"(?:察看了?|观摩(?![团会组点])了?|来到|走进|考察(?![团组])了?|调研(?![组团])了?|视察了?)(?!了)"
    + _project_name("，。；：、的和")
)
#: A park or place written before the project it holds (昌都经济开发区西藏藏东铜业…项目).
_HELD_IN = re.compile(
    r"[\u4e00-\u9fff]{2,10}?(?:经济技术开发区|经济开发区|开发区|高新区|产业园区|工业园区|园区)"
)


#: ``洛门蔬菜冷链物流园项目总投资9.6亿元``, ``在…风光储一体化项目现场``: a project opening a
#: sentence before its figures, or the site a tour stood at.
_OPENING = re.compile(
    r"(?:(?<=[。\n])|^|(?<=在))((?:(?![，。；：、的在])[^\n]){4,40}?项目)"
    r"(?=总投资|计划总投资|投资|(?:建设)?现场|由[^，。]{2,30}投资)",
    re.MULTILINE,
)


def find_visited_projects(text: str) -> Iterator[Found]:
    """A project a tour visited (观摩团察看了X项目, 在X项目现场) or a sentence opens with before its
    investment (X项目总投资9.6亿元): the sentences after it tell of it (该项目总投资68亿元); the park
    it stands in, written before its name, is no part of it."""
    for m in (*_VISITED.finditer(text), *_OPENING.finditer(text)):
        start, name = m.start(1), m.group(1)
        if m.re is _OPENING and (_FIRM_INSIDE.search(name) or name[0] in "该这此其本"):
            continue  # …有限公司（以下简称…）年产…项目, 该生产线项目: named elsewhere, or back
        held = _HELD_IN.match(name)
        if held is not None and len(name) - held.end() >= 6:
            start, name = start + held.end(), name[held.end() :]
        if not _MANY.search(name):
            yield start, m.end(1), name, "project"


def find_milestone_projects(text: str) -> Iterator[Found]:
    """A project named after the milestone it reached (…开工的X项目) or the amount it invests
    (总投资18亿元的X项目), found from each 的 after them (few); projects of a kind (重点项目,
    10个项目) name no one project."""
    for pattern in (_AFTER_MILESTONE, _AFTER_AMOUNT):
        for m in pattern.finditer(text):
            name = m.group(1)
            if _MANY.search(name):
                continue
            if pattern is _AFTER_AMOUNT and _FIRM_INSIDE.search(name):
                continue  # …投资50亿元的安徽晶越…有限公司（以下简称…）…项目: the firm's rules name it
            yield m.start(1), m.end(1), name, "project"


_FIRM_INSIDE = re.compile(r"公司|集团|[（“]")


_MANY = re.compile(
    r"^(?:\d|[一二三四五六七八九十两]+[个批])|重点|重大|[个批类]项目|其他|其余|\d+个|中有"
)
