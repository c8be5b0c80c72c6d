"""A place's part of a count: 从区域分布看，…甲镇9家、乙镇8家 counts what the whole counted
(入选企业), not the place, which is the figure's subject.
"""

from __future__ import annotations

import re

from chainatlas.extract.doc import BULLET, Doc, Quantity, Sentence
from chainatlas.extract.figure_context import counted_before, previous_indicator, whole_of_parts
from chainatlas.extract.places import BY_AREA


def _broken_down(doc: Doc, sentence: int) -> bool:
    """Whether a sentence breaks a figure down by place: it opens 分区域看，… or follows a
    heading that does (【分县市看】 / 一、分乡镇（街道）看)."""
    text, start = doc.text, doc.sentences[sentence].start
    if BY_AREA.match(text, start):
        return True
    if sentence == 0:
        return False
    head = doc.sentences[sentence - 1]
    return head.end - head.start <= 24 and BY_AREA.search(text, head.start, head.end) is not None


def part_counted(doc: Doc, q: Quantity) -> str:
    """What a place's count in a breakdown counts: the whole named at the breakdown's head
    (从入选企业分布看，…; 本次入选的9家企业中，…), the count before it in the sentence, or the
    count the breakdown divides; "" where none is told."""
    named = _topic(doc, q)
    if named:
        return named
    previous = previous_indicator(doc, q, ("count",))
    if previous:
        return previous
    if _broken_down(doc, q.sentence):
        return whole_of_parts(doc, q, 4) or counted_before(doc, q, 2) or ""
    return ""


#: A town's name as the phrase before a count, where no mention was found for it.
TOWN = re.compile(r"[\u4e00-\u9fff]{1,4}(?:镇|乡|街道)")
#: The head of a breakdown that names what it divides: 从(新)入选企业分布看, 本次入选的9家企业中,
#: 27家省级专精特新中小企业中, 本次入选的28家企业分布在…, 入选企业集中在….
_TOPIC = re.compile(
    r"(?:分|从)(?:区域|地区|乡镇|镇街)(?:分布)?(?:看|来看)[，,](?:此次|本次|本批|今年)?"
    r"([^，。；\d]{0,10}?(?:企业|项目))(?=覆盖|分布|主要|集中|涉及)"
    r"|从([^，。；：\d]{2,16}?)(?:的)?(?:区域|地区|乡镇|镇街|镇（街道）)?(?:分布|所在区域)(?:情况)?(?:看|来看)"
    r"|(?:此次|本次|本批|今年)?((?:新)?入选|新认定|新入库)?的?(?:\d+家)?([^，。；：\d]{0,14}?企业)"
    r"(?:中[，,]|(?=分布在|集中在))"
    r"|((?:新)?入选|新认定|上榜)(?:企业)?名单|((?:新)?入选)\d+家"
)
_TOPIC_NOT = re.compile(r"^(?:区域|地区|县|区|乡|镇|旗|盟|园区|行业|产业|累计|全|企业$)")


def _topic(doc: Doc, q: Quantity) -> str:
    """The whole a breakdown's head names, in ``q``'s sentence before it or, where the
    sentence opens with 其中, in the sentence before, or over a list of marked items."""
    text, sentence = doc.text, doc.sentences[q.sentence]
    spans = [(sentence.start, q.start)]
    if text.startswith("其中", sentence.start) and q.sentence > 0:
        spans.append((doc.sentences[q.sentence - 1].start, doc.sentences[q.sentence - 1].end))
    items_head = _list_head(doc, q.sentence)
    if items_head is not None:
        spans.append((items_head.start, sentence.start))  # with the items' own headings
    for start, end in spans:
        for head in reversed(list(_TOPIC.finditer(text, start, end))):
            listed = head.group(5) or head.group(6)
            named = head.group(1) or head.group(2) or (head.group(3) or "") + (head.group(4) or "")
            named = named or (listed + "企业" if listed else "")
            named = named.removeprefix("此次").removeprefix("本次").removeprefix("本批")
            if len(named) >= 2 and _TOPIC_NOT.match(named) is None:
                return named
    return ""


_MARK = re.compile(rf"[ \u3000]*(?:{BULLET}|▲)")


def _list_head(doc: Doc, index: int) -> Sentence | None:
    """The sentence a list of marked items (● 栏杆街道4家；● 顺河街道3家) hangs from: the last
    one before the items that is no item itself; None where sentence ``index`` is no item."""
    if _MARK.match(doc.text, doc.sentences[index].start) is None:
        return None
    for k in range(index - 1, max(-1, index - 12), -1):
        if _MARK.match(doc.text, doc.sentences[k].start) is None:
            return doc.sentences[k]
    return None


#: ``30个工业行业大类中有22个``, ``31个行业大类中，有24个``: a part of a field counted before.
_FIELD = re.compile(r"\d+个[\u4e00-\u9fff]{2,10}中[，,]?有$")
_GROWN = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:实现|保持)?增长")


def grown_part(text: str, q: Quantity) -> str:
    """The part of a field of industries that grew (30个工业行业大类中有22个增加值保持增长), as
    a bulletin's reader files it whatever grew (增加值, 产值): 增长行业; firms counted by what of
    theirs grew are filed by it (产值增长企业); "" for any other part.
    The field may stand in the clause before (…大类中，有24个…)."""
    field = _FIELD.search(text, max(0, q.start - 18), q.start)
    if field is not None and _GROWN.match(text, q.end):
        return "增长行业"
    firms = _FIRMS_GROWN.match(text, q.end)  # 17家企业产值实现同比增长: 产值增长企业
    return firms.group(1) + "增长企业" if firms is not None else ""


#: Firms counted by what of theirs grew (17家企业产值实现同比增长, 30户企业增加值保持增长).
_FIRMS_GROWN = re.compile(r"企业(产值|增加值|营业收入|利润总额|利润)(?:实现|保持)?(?:同比)?增长")
