"""The three sectors as subjects: ``第一产业增加值38.16亿元，增长3.9%`` is about the place's
first sector (``高明区第一产业``), and what it measures is the sector's 增加值 and its growth.

Most annotated bulletins write it so (the sector is a part of the economy, like an industry,
and its figures are that part's), and a reader comparing the three sectors looks them up by
sector. The indicator keeps the sector too (``第一产业增加值``): it is the name the bulletin's
own words give, and the one a reader searching indicators types.
"""

from __future__ import annotations

import re

from chainatlas.extract.doc import Quantity

_SECTOR = re.compile(r"(第[一二三]产业)(.*)")
#: What a bare sector's level and growth measure (第一产业38.16亿元): its value added.
_BARE = {"": "增加值", "增速": "增加值增速"}


def split_sector(q: Quantity) -> None:
    """Name the place's sector as ``q``'s subject when its indicator is the sector's."""
    if q.subject_type != "region" or not q.subject or not q.indicator:
        return
    m = _SECTOR.fullmatch(q.indicator)
    if m is None:
        return
    sector, rest = m.groups()
    q.subject = q.subject + sector
    q.subject_type = "industry"
    q.indicator = sector + _BARE.get(rest, rest)
