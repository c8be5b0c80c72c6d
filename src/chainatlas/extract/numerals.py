"""Written numbers to decimals: Arabic (``1,050``, ``1287.4``) and Chinese (``十余``,
``五百``, ``两``) numerals, magnitudes (万, 亿) and fractions (``1/3``, ``三分之一``)."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

import cn2an

MAGNITUDES: dict[str, Decimal] = {
    "万亿": Decimal(10) ** 12,
    "千万": Decimal(10) ** 7,
    "百万": Decimal(10) ** 6,
    "十万": Decimal(10) ** 5,
    "亿": Decimal(10) ** 8,
    "万": Decimal(10) ** 4,
}
CHINESE_DIGITS = "零〇一二两三四五六七八九十百千"


@lru_cache(maxsize=4096)
def parse_chinese(text: str) -> Decimal:
    """``十`` -> 10, ``两`` -> 2, ``千`` -> 1000, ``五百`` -> 500 (cn2an does the work);
    ValueError for digits that make no numeral."""
    if text and text[0] in "百千万亿":
        text = "一" + text
    try:
        value = cn2an.cn2an(text, "smart")
    except (ValueError, KeyError) as exc:  # 一百五百, 五五: digits that make no numeral
        raise ValueError(f"not a Chinese numeral: {text}") from exc
    return Decimal(str(value)).normalize() if "." in str(value) else Decimal(int(value))


#: Two neighbouring digits told together for a rough span (四五千, 三四十, 七八百).
_NEIGHBOURS = "一二三四五六七八九"


def chinese_span(text: str) -> tuple[Decimal, Decimal] | None:
    """``四五千`` -> (4000, 5000), ``三四十`` -> (30, 40): a rough span written with two
    neighbouring digits, which no numeral parser reads; None for any other numeral."""
    text = text.replace("两", "二")  # 两三万袋, 一两个月: 两 is 二 in a span too
    low, high = _NEIGHBOURS.find(text[:1]), _NEIGHBOURS.find(text[1:2])
    if len(text) > 3 or low < 0 or high != low + 1 or (text[2:] and text[2] not in "十百千"):
        return None
    scale = _PLACE_VALUES.get(text[2:], Decimal(1))
    return Decimal(low + 1) * scale, Decimal(high + 1) * scale


_PLACE_VALUES = {"十": Decimal(10), "百": Decimal(100), "千": Decimal(1000)}


def parse_number(text: str) -> Decimal:
    """Arabic or Chinese numeral, with thousands separators removed."""
    if text[:1].isdigit():
        return Decimal(text.replace(",", "").replace(" ", ""))
    return parse_chinese(text)


def split_magnitude(text: str) -> tuple[str, Decimal]:
    """``3万`` -> (``3``, 10^4); ``千亿`` -> (``千``, 10^8); ``亿`` -> (``一``, 10^8)."""
    for mag in ("万亿", "亿", "万"):
        if text.endswith(mag) and len(text) > len(mag):
            head = text[: -len(mag)]
            if head and head[-1] in "十百千" and not head[:1].isdigit():
                return head, MAGNITUDES[mag]
            return head, MAGNITUDES[mag]
        if text == mag:
            return "一", MAGNITUDES[mag]
    return text, Decimal(1)


def fraction_value(numerator: Decimal, denominator: Decimal) -> Decimal:
    """A fraction as a decimal with four places (1/3 -> 0.3333), as the gold set writes it."""
    return (numerator / denominator).quantize(Decimal("0.0001"))
