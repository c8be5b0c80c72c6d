"""Figures written without a unit of their own, whose meaning comes from the phrase around
them: the three sectors' shares of output (``三次产业结构为17.0：27.7：55.3``,
``三次产业比例由…调整为9.8∶42.8∶47.4``), the ratio of urban to rural income
(``城乡居民收入比为1.78，比上年同期缩小0.03``) and a share told as so many in so many
(``全国每3辆童车就有1辆产自平乡``: a third, not two counts of bicycles).

The general pattern of :mod:`quantities` leaves numbers with no unit alone (most are codes,
years or parts of names); these phrases say what theirs are.
"""

from __future__ import annotations

import re
from decimal import Decimal

from chainatlas.extract.doc import Doc, Quantity
from chainatlas.extract.numerals import fraction_value, parse_number

_PART = r"(\d{1,2}(?:\.\d{1,2})?)"
_COLON = r"\s*[：:∶]\s*"
#: The last 为 before the numbers: 由6.1：40.0：53.9调整为5.8：41.2：53.0 gives the year's own.
_STRUCTURE = re.compile(
    rf"三次产业(?:结构|比例|构成)(?:之比)?[^。；\n]{{0,40}}?为\s*{_PART}{_COLON}{_PART}{_COLON}{_PART}"
    r"(?![\d.：:∶])"
)
#: ``由上年的1.6∶61.8∶36.6调整为…``: the structure of the year before, which the change starts from.
_PRIOR_STRUCTURE = re.compile(
    rf"三次产业(?:结构|比例|构成)(?:之比)?由(?:上年|去年)(?:同期)?的?\s*{_PART}{_COLON}{_PART}{_COLON}{_PART}"
    r"(?![\d.：:∶])"
)
SECTORS = ("第一产业", "第二产业", "第三产业")
INCOME_RATIO = "城乡居民收入比"
#: ``城乡居民收入比为1.78``, ``城乡收入比缩小至2.19``; then, in its clause, the change on a year
#: before (``比上年同期缩小0.03``).
_NARROWED = r"(?:缩小|下降|降)(?:至|到|为)"
#: A ratio's value (1.78, 1.72∶1), no figure of another kind after it.
_RATIO_VALUE = r"(\d\.\d{1,2})(?:∶1)?(?![\d.%：:∶倍])"
_INCOME_RATIO = re.compile(
    rf"城乡(?:居民)?(?:人均可支配)?收入(?:之)?比(?:为|是|达|{_NARROWED}|由(?:(?:(?:19|20)\d\d年|上年|去年)(?:同期)?的?)?)?\s*"
    + _RATIO_VALUE
)
#: ``由2020年的2.41缩小到2.23``: the ratio the change ends at, after the one it starts from.
_NARROWED_TO = re.compile(rf"{_NARROWED}\s*" + _RATIO_VALUE)
_RATIO_CHANGE = re.compile(
    r"[，,]\s*((?:比|较)(?:上年|去年)(?:同期)?(缩小|扩大|下降|减少|降低|提高|上升))\s*"
    r"(\d\.\d{1,2})(?![\d.%个])"
)
_FALLS = ("缩小", "下降", "减少", "降低")
#: The year before told bare (由上年的2.68…); 去年同期 is a time of its own, which dates the figure.
_BEFORE = ("上年的", "去年的", "上年", "去年")


_DIGITS = r"\d+(?:\.\d+)?|[一二两三四五六七八九十]+"
#: ``每3辆童车就有1辆``, ``每10条中就有4条``: M in every N, the same counter on both.
_IN_EVERY = re.compile(
    rf"每(?P<n>{_DIGITS})(?P<c>[辆条台件个家只双套把颗部])[^，。；\d]{{0,8}}?中?就有(?P<m>{_DIGITS})(?P=c)"
)


def bare_figures(doc: Doc) -> list[Quantity]:
    """The figures of every sector structure and income ratio of ``doc``; the shares in every
    N (:func:`in_every`) are asked apart, as their spans also hide the counts inside them."""
    return _sector_shares(doc) + _income_ratios(doc)


def in_every(doc: Doc) -> list[Quantity]:
    """``每3辆童车就有1辆``: M in every N is a share (M/N), quoted whole; the two counts in it
    are no figures of their own."""
    out = []
    for m in _IN_EVERY.finditer(doc.text):
        whole, part = parse_number(m.group("n")), parse_number(m.group("m"))
        if whole <= part or not whole:
            continue
        out.append(Quantity(m.start(), m.end(), fraction_value(part, whole), "分数"))
    return out


def _sector_shares(doc: Doc) -> list[Quantity]:
    """One share per sector for every structure stated, in text order; a triple that does
    not add up to a whole (100 within rounding) is no structure and gives nothing."""
    out: list[Quantity] = []
    found = [(m, "table_share") for m in _STRUCTURE.finditer(doc.text)]
    found += [(m, "prior_share") for m in _PRIOR_STRUCTURE.finditer(doc.text)]
    for m, kind in sorted(found, key=lambda pair: pair[0].start()):
        parts = [Decimal(m.group(k)) for k in (1, 2, 3)]
        if abs(parts[0] + parts[1] + parts[2] - 100) > Decimal("0.3"):
            continue
        for k, (sector, value) in enumerate(zip(SECTORS, parts, strict=True), start=1):
            q = Quantity(m.start(k), m.end(k), value, "%", kind=kind)
            q.subject, q.indicator = sector, "三次产业结构"
            out.append(q)
    return out


def _income_ratios(doc: Doc) -> list[Quantity]:
    """The urban-to-rural income ratio (a multiple, 倍) and its change on the year before,
    negative when it narrowed."""
    out: list[Quantity] = []
    for m in _INCOME_RATIO.finditer(doc.text):
        prior = m.group().endswith(_BEFORE, 0, m.start(1) - m.start())
        kind = "prior_ratio" if prior else "bare_ratio"  # 由上年的2.68缩小为2.63: a year before
        q = Quantity(m.start(1), m.end(), Decimal(m.group(1)), "倍", kind=kind)
        q.indicator = INCOME_RATIO
        out.append(q)
        to = _NARROWED_TO.match(doc.text, m.end()) if "由" in m.group() else None
        if to is not None:  # 由2020年的2.41缩小到2.23: the year's own ratio too
            q = Quantity(to.start(1), to.end(), Decimal(to.group(1)), "倍", kind="bare_ratio")
            q.indicator = INCOME_RATIO
            out.append(q)
            continue
        change = _RATIO_CHANGE.match(doc.text, m.end())
        if change is not None:
            value = Decimal(change.group(3))
            q = Quantity(change.start(3), change.end(3), -value if change.group(2) in _FALLS
                         else value, "倍", kind="bare_ratio")  # fmt: skip
            q.indicator = INCOME_RATIO + change.group(1)
            out.append(q)
    return out
