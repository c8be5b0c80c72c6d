"""Projects named by a line of their own: a heading (``一、年产5GWh储能变流器及系统集成项目``)
or the first words of an item (``——县城乡供水一体化工程。总投资6.3亿元``), whose section or
item then tells of that project; and projects named where their sum is told (``；LED封装项目
总投资5.4亿元``), which no suffix of a plant or a capacity names.
"""

from __future__ import annotations

import re

from chainatlas.extract.doc import BULLET, Doc


def heading_projects(doc: Doc) -> list[str]:
    """``一、年产5GWh储能变流器及系统集成项目``: a heading that is a project's name; the
    section under it tells of that project (项目总投资12.46亿元)."""
    out = []
    for p in doc.paragraphs:
        line = doc.text[p.start : p.end]
        if p.kind != "heading":
            # ``1．宿州驰宇…产业园项目。由…投资建设``: an item whose first words are the name
            lead = _ITEM_NUMBER.match(line)
            stops = [k for k in (line.find(c, 0, 48) for c in "。，：；") if k >= 0]
            if lead is None or not stops:
                continue
            stop = min(stops)  # 2．西吉六盘山肉牛屠宰及精深加工项目，总投资6.2亿元
            line = line[:stop]
        line = _ITEM_NUMBER.sub("", line).strip()
        line = _STATUS_ASIDE.sub("", line)  # …项目（已投产）: where it stands is no part of it
        line = _WORK_TAG.sub("", line)  # 延链｜车载显示模组项目: the kind of work is no part of it
        firm = _REGISTERED_FIRM.match(line)
        line = line[firm.end() :] if firm is not None else line  # the firm is named apart
        # ——县城乡供水一体化工程。总投资…; not ——…项目完成主体工程, a project's stage
        works = line.endswith("工程") and not _DOES.match(line) and "项目" not in line
        if (
            6 <= len(line) <= 40
            and (line.endswith("项目") or works)
            and not _NOT_ONE_PROJECT.search(line)
        ):
            out.append(line)
    return out


#: A verb opening an item, which makes its 工程 a programme carried out (实施…提升工程).
_DOES = re.compile(r"实施|推进|开展|启动|推动|加快|深化|打造|建设|完善")
#: A tag heading an item of a chain's list (补链｜, 强链丨, 延链|).
_WORK_TAG = re.compile(r"^[补强延固建]链\s*[｜丨|]\s*")
_ITEM_NUMBER = re.compile(
    rf"^(?:{BULLET}|——?|[一二三四五六七八九十]{{1,3}}、|"
    r"[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、])"
)
_STATUS_ASIDE = re.compile(r"[（(](?:已|在建|待|正在|拟|计划)[^）)]{0,8}[)）]$")
_REGISTERED_FIRM = re.compile(r"[^，。；、\s]{2,30}?(?:股份有限公司|有限责任公司|有限公司)")
#: Headings over many projects (重点项目, 签约项目情况), not the name of one.
_NOT_ONE_PROJECT = re.compile(
    r"[，。；：:、]|重点|重大|签约|开工|情况|一览|推进|投资\d|亿元建设"  # …投资18.6亿元建设…项目: a clause
    r"|^(?:新|已)?(?:竣工|投产|建成|在建|续建|储备)"  # （三）竣工投产项目: projects at a step
)


#: ``；冷链物流智能调度平台项目总投资3.2亿元``: a clause opening on a project's name and its sum.
_PRICED = re.compile(
    r"(?:^|(?<=[，。；：:\n]))(?:其中[，,]?|此外[，,]?)?([\u4e00-\u9fffA-Za-z]{3,28}?项目)总投资"
)
#: Words that open a class of projects or one told before (该项目, 工业项目), or that make the
#: words a clause about projects (确保今年新引进项目, 占产业项目) or a firm's (…公司…项目).
_NOT_A_NAME = re.compile(
    r"^(?:该|本|此|这|各|其余|其他|另有|全部|所有|工业|产业|总|单个|每个|上述)"
    r"|的|公司|确保|力争|计划|占|引进|储备|新增|招引"
)


def priced_projects(doc: Doc) -> list[str]:
    """``；LED封装项目总投资5.4亿元``: a project named at the opening of a clause, right before
    its total investment; not a class (工业项目总投资…), one told before (该项目总投资…), a
    clause about projects (确保今年新引进项目总投资…) or a firm's project named with the firm."""
    out = []
    for m in _PRICED.finditer(doc.text):
        name = m.group(1)
        if not _NOT_A_NAME.search(name) and not _NOT_ONE_PROJECT.search(name):
            out.append(name)
    return out
