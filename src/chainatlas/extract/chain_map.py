"""A chain map's page (《永安市石墨和石墨烯产业链图谱》): its sentences tell of the chain the
map shows (《图谱》梳理产业链环节32个、企业89家) and of the chain's stages (上游为…，包括…等环节
8个，规上企业21家), not of the map nor of the place that drew it.
"""

from __future__ import annotations

import re

from chainatlas.extract.doc import BULLET, Doc, Quantity, past_marks
from chainatlas.extract.industry_parts import NUMBERED
from chainatlas.extract.retold import opening_paragraphs

#: ``（其中，）上游为原材料…``: a stage of the chain heading the sentence.
CHAIN_STAGE = re.compile(
    rf"(?:{BULLET}[ \u3000]*)?(?:其中[，,]?)?(上游|中游|下游)(?:为|是|包括|主要|环节(?![，,])|(?:（[^）\n]{{1,30}}）)?[：:])"
)  # 上游（板片、密封垫等原材料及零部件）：企业38家, a report's line for a stage
_WHOLE = re.compile(r"全[县市区镇旗]")
#: ``《图谱》梳理…``: a chain's map heading the sentence tells of the chain.
_MAP = re.compile(r"(?:据)?《?(?:产业链)?图谱》?(?:显示|梳理|标注|按照|共)")
_MAP_NAME = re.compile(r"《?([\u4e00-\u9fff]{2,20}?产业链)(?:全景)?图谱")


def chain_subject(doc: Doc, start: int, pos: int) -> str:
    """The stage (上游) or the chain a sentence starting at ``start`` tells of, for a figure
    at ``pos``; "" if the sentence is not about a chain map's content."""
    stage = CHAIN_STAGE.match(doc.text, start, pos)
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
    return CHAIN_STAGE.match(text, at, pos)


#: ``…精细磷化工产业链``: a chain a page's title names, up to the words before its own name.
_TITLED_CHAIN = re.compile(r"([\u4e00-\u9fff]{1,16}?)产业链")
_BEFORE_CHAIN = re.compile(
    r".*(?:推进|深化|做强|做优|激活|打造|实施|推行|扎实|深入|加快|召开|我[县市区旗]|全[县市区旗]|[：】“”年])"
)
#: Titles over several chains (重点产业链, 四条产业链, 全产业链): no one chain is the page's.
_MANY_CHAINS = re.compile(r"^(?:重点|[\d一二三四五六七八九十两]*条|全|各|优势|主导)")


def page_chain(doc: Doc, main: str | None) -> str:
    """The chain a 链长制 page is about (【链长制】寿光市海洋化工产业链：…, 射阳县风电装备产业链
    “链长制”工作推进情况): its figures that name no other subject are the chain's, not the
    place's; "" for any other page."""
    title = doc.title_index()
    at = max(title, opening_paragraphs(doc) - 1)
    if at < 0 or "链长制" not in doc.text[: doc.paragraphs[at].end]:
        return ""
    order = [title] + [i for i in range(at + 1) if i != title] if title >= 0 else range(at + 1)
    for i in order:
        line = doc.text[doc.paragraphs[i].start : doc.paragraphs[i].end]
        named = {_BEFORE_CHAIN.sub("", m.group(1)) for m in _TITLED_CHAIN.finditer(line)}
        named = {n.removeprefix(main or "") for n in named if n and not _MANY_CHAINS.match(n)}
        chain = named.pop() if len(named) == 1 else ""
        if len(chain) >= 2:
            return (main or "") + chain + "产业链"
    return ""


#: What the chain's leaders and offices did or grant (走访企业86家, 最高奖励100万元, 清单项目16个):
#: the work or the policy's, told by the place, not the chain's own figures.
_CHAIN_WORK = re.compile(
    r"召开|走访|调研|协调|解决|出台|印发|兑现|奖补|补助|补贴|奖励|最高|清单|目录|措施|办法|政策|会议|调度|"
    r"专班|链长|对接|举办|组织|培训|诉求|问题|服务"
)


def tells_chain(doc: Doc, q: Quantity, chain: str, main: str | None, unnamed: bool) -> bool:
    """Whether ``q``'s sentence tells the page's chain's own figures: it names the chain (or
    names nothing, where the page is the chain's), and tells no work or grant of its leaders."""
    sentence = doc.sentences[q.sentence]
    if _CHAIN_WORK.search(doc.text, sentence.start, sentence.end) is not None:
        return False
    return unnamed or doc.text.find(chain.removeprefix(main or ""), sentence.start, q.start) >= 0
