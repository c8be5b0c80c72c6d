"""The 民政部 administrative-division list (``code name`` per line) as regions.

The code says the level and the parent: ``xx0000`` is a province, ``xxyy00`` a
prefecture, anything else a county whose parent is ``xxyy00`` when the list holds it and
the province otherwise (the 省直辖县级行政区划 such as 仙桃市 429004 or 济源市 419001).
"""

from __future__ import annotations

import re
from pathlib import Path

from chainatlas.errors import InputError
from chainatlas.model.region import Region, RegionLevel
from chainatlas.textfile import read_text

_LINE = re.compile(r"^\s*(\d{6})[\s,，\t]+(\S.*?)\s*$")


def read_division_codes(path: Path, *, country: str | None = "CN") -> list[Region]:
    """Regions from a division-code file; provinces get ``country`` as parent."""
    return parse_division_codes(read_text(path), file=path.name, country=country)


def parse_division_codes(
    text: str, *, file: str = "<text>", country: str | None = "CN"
) -> list[Region]:
    """Parse ``code name`` lines (blank lines and ``#`` comments skipped) into regions."""
    rows: list[tuple[int, str, str]] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _LINE.match(line)
        if match is None:
            raise InputError(
                f"expected '<6-digit code> <name>', got {line.strip()!r}",
                file=file,
                row=number,
                field="code",
            )
        code, name = match.group(1), match.group(2)
        if code in seen:
            raise InputError(
                f"code {code} repeats row {seen[code]}", file=file, row=number, field="code"
            )
        seen[code] = number
        rows.append((number, code, name))
    return [_region(code, name, seen, country) for _, code, name in rows]


def division_level(code: str) -> RegionLevel:
    if code.endswith("0000"):
        return RegionLevel.PROVINCE
    if code.endswith("00"):
        return RegionLevel.PREFECTURE
    return RegionLevel.COUNTY


def _region(code: str, name: str, known: dict[str, int], country: str | None) -> Region:
    level = division_level(code)
    parent: str | None
    if level is RegionLevel.PROVINCE:
        parent = country
    elif level is RegionLevel.PREFECTURE or code[:4] + "00" not in known:
        parent = code[:2] + "0000" if code[:2] + "0000" in known else None
    else:
        parent = code[:4] + "00"
    return Region(key=code, name=name, level=level, code=code, parent=parent)
