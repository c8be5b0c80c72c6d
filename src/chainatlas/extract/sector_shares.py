"""The three sectors' shares of a region's output, as a bulletin writes them:
``三次产业结构为17.0：27.7：55.3`` (or ``三次产业比例由…调整为9.8∶42.8∶47.4``).

The three numbers carry no unit and no word each; their meaning (per cent of 地区生产总值 for
第一、第二、第三产业, in that order) comes from the phrase before them, which is why the
general pattern of :mod:`quantities` leaves them alone and this reader gives them.
"""

from __future__ import annotations

import re
from decimal import Decimal

from chainatlas.extract.doc import Doc, Quantity

_PART = r"(\d{1,2}(?:\.\d{1,2})?)"
_COLON = r"\s*[：:∶]\s*"
#: The last 为 before the numbers: 由6.1：40.0：53.9调整为5.8：41.2：53.0 gives the year's own.
_STRUCTURE = re.compile(
    rf"三次产业(?:结构|比例|构成)(?:之比)?[^。；\n]{{0,40}}?为\s*{_PART}{_COLON}{_PART}{_COLON}{_PART}"
    r"(?![\d.：:∶])"
)
SECTORS = ("第一产业", "第二产业", "第三产业")


def sector_shares(doc: Doc) -> list[Quantity]:
    """One share per sector for every structure stated in ``doc``, in text order; a triple
    that does not add up to a whole (100 within rounding) is no structure and gives nothing."""
    out: list[Quantity] = []
    for m in _STRUCTURE.finditer(doc.text):
        parts = [Decimal(m.group(k)) for k in (1, 2, 3)]
        if abs(parts[0] + parts[1] + parts[2] - 100) > Decimal("0.3"):
            continue
        for k, (sector, value) in enumerate(zip(SECTORS, parts, strict=True), start=1):
            q = Quantity(m.start(k), m.end(k), value, "%", kind="table_share")
            q.subject, q.indicator = sector, "三次产业结构"
            out.append(q)
    return out
