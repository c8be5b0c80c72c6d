"""Place an enterprise in a province, city and county from its registered address.

The names come from imported regions only (民政部 list, bundled dataset).  An address is
read left to right; each region name found must lie strictly inside the region placed so
far, so ``广东省深圳市南山区`` walks 广东省 -> 深圳市 -> 南山区 and a later 北京路 or a
repeated 深圳市 changes nothing.  Short forms (江苏, 常州, 溧阳, 武进 for 江苏省, 常州市, 溧阳市, 武进区)
count only at the start of the address or right after another name, where they cannot
be part of a street name.  A name several regions share (朝阳区 in 北京 and in 长春) with
nothing before it to choose stops the walk and is reported as ambiguous: nothing is
guessed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

import ahocorasick

from chainatlas.model.region import Region, RegionLevel

PLACEABLE = (
    RegionLevel.PROVINCE,
    RegionLevel.PREFECTURE,
    RegionLevel.COUNTY,
    RegionLevel.ZONE,
    RegionLevel.PARK,
    RegionLevel.TOWNSHIP,
)
_PROVINCE_SUFFIX = re.compile(r"(壮族|回族|维吾尔)?自治区$|特别行政区$|省$|市$")
_PREFECTURE_SUFFIX = re.compile(r"(\S{1,6}族)+自治州$|自治州$|地区$|盟$|市$")
_COUNTY_SUFFIX = re.compile(r"市$|县$|区$")


class PlacementStatus(StrEnum):
    COUNTY = "county"  # placed at county level (or below)
    PARTIAL = "partial"  # placed in a province or prefecture only
    UNPLACED = "unplaced"


@dataclass(frozen=True)
class Placement:
    region: str | None  # the deepest region placed
    path: tuple[str, ...]  # region keys from the province down
    status: PlacementStatus
    reason: str


def short_name(region: Region) -> str | None:
    """The name without its administrative suffix, when that leaves two characters or more."""
    pattern = {
        RegionLevel.PROVINCE: _PROVINCE_SUFFIX,
        RegionLevel.PREFECTURE: _PREFECTURE_SUFFIX,
        RegionLevel.COUNTY: _COUNTY_SUFFIX,
    }.get(region.level)
    if pattern is None:
        return None
    stem = pattern.sub("", region.name)
    return stem if len(stem) >= 2 and stem != region.name else None


class Gazetteer:
    """Region names in one automaton, and each region's ancestors."""

    def __init__(self, regions: Iterable[Region]) -> None:
        self.regions = {r.key: r for r in regions}
        self._ancestors = {key: self._walk_up(key) for key in self.regions}
        names: dict[str, list[tuple[str, bool]]] = defaultdict(list)
        for region in self.regions.values():
            if region.level not in PLACEABLE:
                continue
            for name in dict.fromkeys((region.name, *region.aliases)):
                names[name].append((region.key, False))
            short = short_name(region)
            if short is not None:
                names[short].append((region.key, True))
        self._automaton = ahocorasick.Automaton()
        for name, targets in names.items():
            self._automaton.add_word(name, (name, tuple(targets)))
        self._empty = not names
        if not self._empty:
            self._automaton.make_automaton()

    def _walk_up(self, key: str) -> tuple[str, ...]:
        chain: list[str] = []
        parent = self.regions[key].parent
        while parent is not None and parent in self.regions and parent not in chain:
            chain.append(parent)
            parent = self.regions[parent].parent
        return tuple(chain)

    def is_inside(self, key: str, outer: str) -> bool:
        return outer in self._ancestors.get(key, ())

    def place(self, address: str | None, hints: Sequence[str] = ()) -> Placement:
        """Place by the address; the table's own province/city columns only break ties."""
        first = self._place_text(address or "")
        if first.status is PlacementStatus.COUNTY or not any(hints):
            return first
        second = self._place_text("".join(h for h in hints if h) + (address or ""))
        return second if len(second.path) > len(first.path) else first

    def _place_text(self, text: str) -> Placement:
        if not text.strip():
            return Placement(None, (), PlacementStatus.UNPLACED, "no address")
        if self._empty:
            return Placement(None, (), PlacementStatus.UNPLACED, "no regions imported")
        current: str | None = None
        last_end = 0
        for end, (name, targets) in self._automaton.iter_long(text):
            start = end - len(name) + 1
            adjacent = start == 0 or start == last_end
            inside = list(
                dict.fromkeys(
                    key
                    for key, is_short in targets
                    if (adjacent or not is_short)
                    and (current is None or self.is_inside(key, current))
                )
            )
            if len(inside) > 1:
                inside = _outermost(self, inside)
            if len(inside) == 1:
                current, last_end = inside[0], end + 1
            elif len(inside) > 1:
                listed = "、".join(f"{k} {self.describe(k)}" for k in sorted(inside)[:4])
                return self._result(current, f"{name} is ambiguous: {listed}")
        return self._result(current, None)

    def describe(self, key: str) -> str:
        chain = [*reversed(self._ancestors[key]), key]
        return "".join(self.regions[k].name for k in chain if self.regions[k].level in PLACEABLE)

    def _result(self, current: str | None, problem: str | None) -> Placement:
        if current is None:
            reason = problem or "no province, city or county name in the address"
            return Placement(None, (), PlacementStatus.UNPLACED, reason)
        path = tuple(
            k
            for k in (*reversed(self._ancestors[current]), current)
            if self.regions[k].level in PLACEABLE
        )
        deep = self.regions[current].level not in (RegionLevel.PROVINCE, RegionLevel.PREFECTURE)
        status = PlacementStatus.COUNTY if deep else PlacementStatus.PARTIAL
        reason = problem or f"address names {self.describe(current)}"
        return Placement(current, path, status, reason)


def _outermost(gazetteer: Gazetteer, keys: list[str]) -> list[str]:
    """Of names matching a region and its own child (吉林 = 吉林省 and 吉林市), keep the outer."""
    outer = [k for k in keys if not any(gazetteer.is_inside(k, o) for o in keys if o != k)]
    return outer if len(outer) == 1 else keys
