"""Lines that are a label and its value (总投资：68亿元) or that a measure opens
(●规上工业总产值：年度目标86亿元，上半年完成43.26亿元，…): the label names the figures.
"""

from __future__ import annotations

import re

#: A line that is a label and its value (总投资：68亿元, 年产值：约60亿元): the label names it.
_LINE_LABEL = re.compile(r"([\u4e00-\u9fff]{2,8})[：:]\s*(?:约|超|近)?")
_NO_LABEL = frozenset({"其中", "备注", "注", "来源", "地址", "电话", "签约地点", "建设地点",
                       "项目名称", "签约企业", "建设单位", "项目单位"})  # fmt: skip


#: A line opened by the measure it tells (●规上工业总产值：年度目标86亿元，上半年完成43.26亿元，…).
_LEAD_LABEL = re.compile(r"[●■◆▶★\s]*([\u4e00-\u9fff]{2,12})[：:]")
#: What a figure of such a line is called when only its stage is told (上半年完成, 年度目标).
_STAGE_ONLY = re.compile(
    r"(?:上半年|前三季度|全年|1[—-]\d{1,2}月|今年以来)?(?:完成)?(?:年度目标)?"
    r"(增速|完成年度目标比例|降幅)?"
)


def of_label_line(text: str, start: int, name: str) -> str:
    """A figure named only by its stage (上半年增速, 年度目标) in a line the measure opens is that
    measure's (规上工业总产值增速, 规上工业总产值)."""
    label = _LEAD_LABEL.match(text, start)
    stage = _STAGE_ONLY.fullmatch(name)
    if label is None or stage is None or not _names_measure(label.group(1)):
        return name
    return label.group(1) + (stage.group(1) or "")


def _names_measure(label: str) -> bool:
    """Whether a line's label names a measure (总投资：), not a place or body heading a
    headline (银川经开区：十年磨一“机”) nor a note."""
    return label not in _NO_LABEL and label[-1] not in "区市县镇园司局"


def line_label(text: str, start: int, pos: int) -> str:
    """The label of a line read up to the figure at ``pos`` (总投资：68亿元: 总投资), or ""."""
    label = _LINE_LABEL.fullmatch(text, start, pos)
    return label.group(1) if label is not None and _names_measure(label.group(1)) else ""
