"""What the reader of a figure's name may look at: where the phrase before it may start
(after the last name or figure of its clause) and what the sentence measured before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from chainatlas.extract.doc import Doc, Mention, Quantity
from chainatlas.extract.phrases import phrase_before

#: ``库存周转天数由原来的90天左右缩短至不到50天``: both figures measure the noun before 由.
_SHORTENED = re.compile(
    r"(?:由|从)(?:原来的)?[^，。；由从]{0,18}?"
    r"(?:缩短|压缩|减少|降低|下降|降|增长|增加|提高|提升|扩大|增)[至到为]?"
)
DIGIT = re.compile(r"\d")
#: ``已超过去年全年的74.6万辆``: a baseline restated, measured as the figure before it.
BASELINE = re.compile(
    r"^已?(?:超过|高于|低于|相当于|是|为)(?:去年|上年|今年|\d{4}年)?(?:全年|同期|末|底)?$"
    r"|^(?:去年|上年)(?:全年|同期|末|底)?(?:为|是)?$"  # 上年同期为-3,512.46万元
)


def kept_figure_ends(doc: Doc) -> list[int]:
    """The sorted ends of the figures kept in ``doc``: a phrase never reads across one."""
    return sorted(p.end for p in doc.quantities if not p.drop)


class Floor:
    """Where a phrase ending at ``pos`` may start: after the last mention or figure.

    Every ``pos`` asked lies before the figure being read, so that figure never counts.
    """

    def __init__(self, figure_ends: list[int], cs: int, mentions: list[Mention]) -> None:
        self.mention_ends = [m.end for m in mentions if cs <= m.start and m.type != "programme"]
        self.mentions = [m for m in mentions if cs <= m.start]
        self.figure_ends = figure_ends
        self.cs = cs

    def before(self, pos: int) -> int:
        best = self.cs
        i = bisect_right(self.figure_ends, pos)
        if i and self.figure_ends[i - 1] > best:
            best = self.figure_ends[i - 1]
        for e in self.mention_ends:
            if best < e <= pos:
                best = e
        return best


def _start(q: Quantity) -> int:
    return q.start


def previous_indicator(
    doc: Doc, q: Quantity, measures: tuple[str, ...], unit: str | None = None
) -> str | None:
    """The name of the last figure of one of ``measures`` before ``q`` in its sentence."""
    p = previous_figure(doc, q, measures, unit)
    return p.indicator if p is not None else None


def previous_stock(
    doc: Doc,
    q: Quantity,
    measures: tuple[str, ...] = ("level", "count"),
    sentences: int = 0,
    change: re.Pattern[str] | None = None,
) -> str | None:
    """The name of the last figure of ``measures`` before ``q``, back to ``sentences`` sentences
    before its own, that is no change of one (各项存款余额326.48亿元，比年初增加21.36亿元，增长7.0%:
    the balance grew, not the change); ``change`` tells a change's name (by default its last
    words: 增加, 净增…)."""
    named = change.match if change is not None else _CHANGE_NAMED.search
    return next(
        (p.indicator for p in _figures_before(doc, q, sentences)
         if p.measure in measures and p.indicator and not p.drop and not named(p.indicator)),
        None,
    )  # fmt: skip


_CHANGE_NAMED = re.compile(r"(?:增加|减少|新增|净增|增加额|减少额)$")


def previous_figure(
    doc: Doc, q: Quantity, measures: tuple[str, ...], unit: str | None = None
) -> Quantity | None:
    """The last named figure of one of ``measures`` before ``q`` in its sentence."""
    return next(
        (p for p in _figures_before(doc, q, 0)
         if p.measure in measures and p.indicator and (unit is None or p.unit == unit)),
        None,
    )  # fmt: skip


_CHANGED = re.compile(r"增加|减少|净增")


def counted_before(doc: Doc, q: Quantity, sentences: int) -> str | None:
    """The name of the last count within the ``sentences`` sentences before ``q``'s: what a
    breakdown (从区域分布看，南昌高新区26家、…) divides; the whole, not its change."""
    return next(
        (p.indicator for p in _figures_before(doc, q, sentences)
         if p.measure == "count" and p.indicator and not p.drop and not _CHANGED.search(p.indicator)),
        None,
    )  # fmt: skip


#: ``这一数字增长到1036.8亿元``: words that point back at the figure told before.
_THIS_FIGURE = re.compile(r"(?:这一|这个|该|此)(?:数字|数据|数值|指标)")


def referred_indicator(doc: Doc, q: Quantity, cs: int) -> str | None:
    """The name of the figure that ``这一数字`` in ``q``'s clause points back at: the last
    named one in the same unit within the sentence before (2015年营业收入为412.5亿元；到2025年，
    这一数字增长到1036.8亿元: both are 营业收入); None where the clause points at none."""
    if _THIS_FIGURE.search(doc.text, cs, q.start) is None:
        return None
    return next(
        (p.indicator for p in _figures_before(doc, q, 1)
         if p.unit == q.unit and p.measure == q.measure and p.indicator and not p.drop),
        None,
    )  # fmt: skip


def whole_of_parts(doc: Doc, q: Quantity, sentences: int) -> str | None:
    """The name of the count that ``q``'s sentence breaks down, found by its sum: 我州32家企业
    入选… then 【分县市看】恩施市9家、利川市6家… adding up to 32. None where no count within
    ``sentences`` sentences before holds the sum of the sentence's counts in ``q``'s unit."""
    sentence = doc.sentences[q.sentence]
    first = bisect_left(doc.quantities, sentence.start, key=_start)
    last = bisect_left(doc.quantities, sentence.end, key=_start)
    parts = [p.value for p in doc.quantities[first:last] if p.unit == q.unit and not p.drop]
    total = sum(parts)
    if len(parts) < 2:
        return None
    return next(
        (p.indicator for p in _figures_before(doc, q, sentences)
         if p.sentence < q.sentence and p.unit == q.unit and p.value == total
         and p.measure == "count" and p.indicator and not p.drop),
        None,
    )  # fmt: skip


def _figures_before(doc: Doc, q: Quantity, sentences: int) -> Iterator[Quantity]:
    """The figures before ``q``, nearest first, back to ``sentences`` sentences before its own:
    quantities are in text order, so ``q`` is found by its start and the walk goes back."""
    quantities = doc.quantities
    i = bisect_left(quantities, q.start, key=_start) - 1
    while i >= 0 and q.sentence - sentences <= quantities[i].sentence <= q.sentence:
        yield quantities[i]
        i -= 1


def shortened(doc: Doc, q: Quantity, cs: int, floor: Floor) -> str:
    """The noun whose figure moved from one amount to another (由90天缩短至50天)."""
    text = doc.text
    at = max(text.rfind("由", cs, q.start), text.rfind("从", cs, q.start))
    if at < 0:
        return ""
    tail = _SHORTENED.match(text, at, q.start)
    before_end = q.end < len(text) and _SHORTENED.match(text, at, len(text)) is not None
    if tail is None and not (at < q.start and before_end):
        return ""
    noun = phrase_before(text, at, floor.before(at))
    comma = text.rfind("，", max(0, at - 8), at)
    if len(noun) < 2 and comma >= 0:
        # 一款新镜头的开发周期，已经由过去的18个月缩短到9个月: the noun heads the part before
        before = max(text.rfind(c, 0, comma) for c in "，。；：“\n") + 1
        noun = phrase_before(text, comma, before)
    return noun
