"""What a growth measures: ``规上工业增加值同比增长9.6%`` is the 规上工业增加值增速.

The noun before the verb names it, less the words that say against what it grew (比上年,
年均, 平均); a growth in per cent told by 增长 is that measure's 增速, as annotators and
readers name it; without a noun, the last amount's measure grew, or, for a division of
industry, the measure its paragraph names.
"""

from __future__ import annotations

import re

from chainatlas.extract.doc import Doc, Quantity
from chainatlas.extract.figure_context import Floor, previous_indicator, previous_stock
from chainatlas.extract.phrases import phrase_before

_GROWTH_WORD = re.compile(
    r"同比增长|增长|增速|增幅|提升|提高|上升|下降|减少|增加|回落|上涨|下跌|缩短|压缩|减产|降低|降(?=了)"
)
#: Changes of a time or an output that keep their verb in the name (生产周期缩短一半).
_NAMED_BY_VERB = ("缩短", "压缩", "减产")
#: Words between a measure and 增长 that say against what or over whom it grew, not what
#: grew (入选企业营业收入平均增长31.6%, 意向成交额…比上届增长12.4%, 传统磷肥产量则同比下降).
_GROWTH_TAIL = re.compile(r"则?(同比|[比较](?:上年|上届|上一届)|年均|同口径|平均)$|则$")


def growth_name(doc: Doc, q: Quantity, cs: int, floor: Floor) -> str:
    """What a growth measures: the noun before its verb, else the last amount's measure."""
    text = doc.text
    if q.kind == "digits":
        kept = list(_KEPT_UP.finditer(text, cs, q.start))
        at = kept[-1].start() if kept else q.start
        noun = phrase_before(text, at, floor.before(at))
        if len(noun) < 2 or noun.endswith(("产业", "集群")):
            return previous_indicator(doc, q, ("growth",)) or "增速"  # 该产业连续三年保持…
        return noun + "增速"  # 产值连续五年保持两位数增长
    words = list(_GROWTH_WORD.finditer(text, cs, q.start))
    if words:
        at = words[-1].start()
        yearly = text.endswith("年均", cs, at)  # 营业收入年均增长42.6%: a mean over years
        at -= 2 if yearly else 0
        noun = _GROWTH_TAIL.sub("", phrase_before(text, at, floor.before(at)))
        if yearly and len(noun) >= 2:
            return noun + "年均增速"
        previous = previous_indicator(doc, q, ("level", "count")) if yearly else None
        if previous:
            return previous + "年均增速"  # …增加到312.6亿元，年均增长13.2%: that amount's mean
        if noun == "环比":
            return "环比增速"  # 环比增长28.8%: against the period before
        if _SINCE.fullmatch(noun):  # 在手订单28.6亿元，较年初增长31.5%: the amount's change
            return (previous_indicator(doc, q, ("level", "count")) or "") + noun + "增长"
        if noun.startswith(("当月", "单月")) and len(noun) > 3:
            return noun[2:] + "增速"  # 当月规模以上工业增加值同比增长9.8%
        if noun in ("当月", "单月"):
            return _month_of(doc, q)
        if len(noun) >= 2:
            return _as_rate(text, words[-1], noun, q)
    previous = previous_stock(doc, q)
    if previous:
        return f"{previous}增速"
    division = q.subject_type == "industry" and (q.subject or "").endswith("业")
    return (_measure_in_paragraph(doc, q) if division else "") + "增速"


def _as_rate(text: str, word: re.Match[str], noun: str, q: Quantity) -> str:
    """``规上工业增加值同比增长9.6%``: a growth in per cent is the measure's 增速 (``增长率达到``
    keeps its word); a multiple (增长3.6倍) and other changes (提升, 下降) keep the noun."""
    if text.startswith("率", word.end()):
        return noun + "增长率"
    if word.group() in _NAMED_BY_VERB:
        return noun + word.group()  # 审批时限平均压缩60%: the time limit's cut
    if word.group() in ("上涨", "下跌") and not _RATE_NAMED.search(noun):
        return noun + "涨幅"  # 居民消费价格比上年上涨0.3%: a price's rise
    grew = word.group() in ("同比增长", "增长") and q.unit == "%" and text[q.end - 1] != "倍"
    return noun + "增速" if grew and not _RATE_NAMED.search(noun) else noun


def _measure_in_paragraph(doc: Doc, q: Quantity) -> str:
    """``分行业看，…26个行业增加值实现增长。其中，专用设备制造业增长14.8%``: a division's
    growth is of the measure its paragraph names; "" if it names none."""
    paragraph = doc.paragraphs[doc.sentences[q.sentence].paragraph]
    told = list(_GROWN_MEASURE.finditer(doc.text, paragraph.start, q.start))
    return told[-1].group() if told else ""


#: A noun that already names a rate or a change (增速, 增幅, 增长率, …率): nothing to add.
_RATE_NAMED = re.compile(r"(?:增速|增幅|增长|率)$")
_SINCE = re.compile(r"[较比](?:年初|上年末|去年底|上年底)")
_GROWN_MEASURE = re.compile(r"增加值|产值|营业收入|主营业务收入|利润总额")


_KEPT_UP = re.compile(r"(?:连续[^，。；]{1,4}?)?(?:保持|实现)")


def _month_of(doc: Doc, q: Quantity) -> str:
    """``9月当月增长9.6%``: the growth, over one month, of what the sentence told before."""
    grown = previous_indicator(doc, q, ("growth",))
    level = previous_indicator(doc, q, ("level",))
    base = grown.removesuffix("增速") if grown else level or ""
    return base + "增速" if base else "当月增速"
