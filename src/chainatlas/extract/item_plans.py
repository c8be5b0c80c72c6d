"""What a project item of a signing or ground-breaking page says will be built.

    ——年产20万吨功能性纤维项目。由…投资建设，总投资26亿元，占地约380亩，新建车间4座……
    3．…冷链物流集散中心项目，总投资12.5亿元，建设冷库库容10万吨；

After the item's investment, its clauses tell what the project is to build (占地约380亩,
新建车间4座, 规划建筑面积12万平方米, 可带动农户2000余户): the plan signed or started that day,
a goal, however it is rounded. A clause telling what stands already (已建成, 累计, 目前) is no
plan.
"""

from __future__ import annotations

import re

from chainatlas.extract.doc import Doc, Quantity

#: The marks that open a project's item (——, ▶, ★, 3． …).
_ITEM = re.compile(r"\s*(?:——|▶|★|●|■|◆|\d{1,2}[．.、](?!\d))")
#: The investment told first (总投资26亿元, 拟投资6.8亿元).
_INVESTED = re.compile(r"(?:总|拟|计划)投资(?:约|超过|超)?\s*\d")
#: Words of a clause that tell what the project will build or bring.
_BUILDS = re.compile(
    r"建设|新建|规划|占地|用地|新增|建筑面积|年产|年加工|日处理|铺设|带动|配套建设|租用"
)
_STANDS = re.compile(r"已|累计|完成|现有|目前|拥有")


def plans_in_item(doc: Doc, q: Quantity) -> bool:
    """Whether ``q`` is a figure of what a listed project will build, told after its
    investment in the project's item."""
    if q.sentence < 0:
        return False
    at = doc.sentences[q.sentence].paragraph
    p = doc.paragraphs[at]
    text = doc.text
    if _ITEM.match(text, p.start, p.end) is None and not _under_item_line(doc, at):
        return False
    found = _INVESTED.search(text, p.start, q.start)
    if found is None:
        return False
    invested = found.start()
    clause = max(text.rfind(c, invested, q.start) for c in "，；。,") + 1
    if clause <= invested:
        return False  # the investment's own clause
    told = text[clause : q.start]
    return _BUILDS.search(told) is not None and _STANDS.search(told) is None


def _under_item_line(doc: Doc, at: int) -> bool:
    """Whether paragraph ``at`` tells the project named on the marked line above it
    (▶贵州…年产5万吨…项目 / 　　项目总投资15.6亿元，用地约320亩…)."""
    if at == 0:
        return False
    line = doc.paragraphs[at - 1]
    text = doc.text
    return (
        _ITEM.match(text, line.start, line.end) is not None
        and "。" not in text[line.start : line.end]
        and text[line.start : line.end].rstrip().endswith("项目")
    )
