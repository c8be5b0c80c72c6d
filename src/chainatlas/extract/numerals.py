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
    """``十`` -> 10, ``两`` -> 2, ``千`` -> 1000, ``五百`` -> 500 (cn2an does the work)."""
    if text and text[0] in "百千万亿":
        text = "一" + text
    value = cn2an.cn2an(text, "smart")
    return Decimal(str(value)).normalize() if "." in str(value) else Decimal(int(value))


def parse_number(text: str) -> Decimal:
    """Arabic or Chinese numeral, with thousands separators removed."""
    if text[:1].isdigit():
        return Decimal(text.replace(",", ""))
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
