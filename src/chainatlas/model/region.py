"""Places: from the country down to a park inside a zone."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class RegionLevel(StrEnum):
    COUNTRY = "country"
    MACRO = "macro"  # 长三角 and other multi-province areas
    PROVINCE = "province"
    PREFECTURE = "prefecture"
    COUNTY = "county"
    ZONE = "zone"  # development / high-tech zones
    PARK = "park"
    TOWNSHIP = "township"


@dataclass(frozen=True, kw_only=True)
class Region:
    """A region; ``key`` is the official code where there is one (``320481``)."""

    key: str
    name: str
    level: RegionLevel
    code: str | None = None  # 民政部 6-digit code, or a 统计 code for zones
    aliases: tuple[str, ...] = ()
    parent: str | None = None  # key of the enclosing region
    predecessor: str | None = None  # key of the region this one grew out of
    opened: str | None = None  # compact Period text, e.g. "2012-03"
    note: str | None = None
