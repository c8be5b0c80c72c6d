"""A chain map's page (《永安市石墨和石墨烯产业链图谱》): its sentences tell of the chain the
map shows (《图谱》梳理产业链环节32个、企业89家) and of the chain's stages (上游为…，包括…等环节
8个，规上企业21家), not of the map nor of the place that drew it.
"""

from __future__ import annotations

import re

from chainatlas.extract.doc import Doc, past_marks
from chainatlas.extract.industry_parts import NUMBERED

#: ``（其中，）上游为原材料…``: a stage of the chain heading the sentence.
_CHAIN_STAGE = re.compile(
    r"(?:其中[，,]?)?(上游|中游|下游)(?:为|是|包括|主要|环节(?![，,])|(?:（[^）\n]{1,30}）)?[：:])"
)  # 上游（板片、密封垫等原材料及零部件）：企业38家, a report's line for a stage
_WHOLE = re.compile(r"全[县市区镇旗]")
#: ``《图谱》梳理…``: a chain's map heading the sentence tells of the chain.
_MAP = re.compile(r"(?:据)?《?(?:产业链)?图谱》?(?:显示|梳理|标注|按照|共)")
_MAP_NAME = re.compile(r"《?([\u4e00-\u9fff]{2,20}?产业链)(?:全景)?图谱")


def chain_subject(doc: Doc, start: int, pos: int) -> str:
    """The stage (上游) or the chain a sentence starting at ``start`` tells of, for a figure
    at ``pos``; "" if the sentence is not about a chain map's content."""
    stage = _CHAIN_STAGE.match(doc.text, start, pos)
    if stage is not None:
        return stage.group(1)
    headed = _stage_heading(doc.text, doc.text.rfind("\n", 0, start) + 1, start, pos)
    if headed is not None and _WHOLE.search(doc.text, start, pos) is None:
        # （一）上游：纺纱、织造。现有企业186家: the stage's paragraph; 全县拥有品牌386个: the place's
        return headed.group(1)
    if _MAP.match(doc.text, start, pos) is None:
        return ""
    named = _MAP_NAME.search(doc.text)
    return named.group(1) if named is not None else ""


def _stage_heading(text: str, line: int, start: int, pos: int) -> re.Match[str] | None:
    """``（一）上游：纺纱、织造及辅料。``: the stage a paragraph opens with after a list mark,
    for a sentence of it after the first (at ``start``)."""
    if line >= start:
        return None
    at = past_marks(text, line)
    numbered = NUMBERED.match(text, at)
    if numbered is None and at == line:
        return None  # a stage heading the paragraph with no mark is its first sentence's
    at = numbered.end() if numbered else at
    while text[at : at + 1] in (" ", "\u3000"):
        at += 1
    return _CHAIN_STAGE.match(text, at, pos)
