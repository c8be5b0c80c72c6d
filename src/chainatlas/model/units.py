"""Units and their dimensions.

A unit belongs to exactly one dimension; conversion happens only within a dimension,
so 亿元 never turns into % by accident, and % never turns into 个百分点 (a share and a
gap in points are different things even though both are written as numbers near 10).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from chainatlas.errors import InvalidValue

# unit -> (dimension, factor to the dimension's base unit)
_UNITS: Final[dict[str, tuple[str, Decimal]]] = {
    "元": ("money", Decimal(1)),
    "万元": ("money", Decimal(10) ** 4),
    "亿元": ("money", Decimal(10) ** 8),
    "万亿元": ("money", Decimal(10) ** 12),
    "美元": ("money_usd", Decimal(1)),
    "万美元": ("money_usd", Decimal(10) ** 4),
    "亿美元": ("money_usd", Decimal(10) ** 8),
    "%": ("percent", Decimal(1)),
    "个百分点": ("points", Decimal(1)),
    "Wh": ("energy", Decimal(1)),
    "kWh": ("energy", Decimal(10) ** 3),
    "MWh": ("energy", Decimal(10) ** 6),
    "GWh": ("energy", Decimal(10) ** 9),
    "TWh": ("energy", Decimal(10) ** 12),
    "W": ("power", Decimal(1)),
    "kW": ("power", Decimal(10) ** 3),
    "MW": ("power", Decimal(10) ** 6),
    "GW": ("power", Decimal(10) ** 9),
    "平方米": ("area", Decimal(1)),
    "万平方米": ("area", Decimal(10) ** 4),
    "亿平方米": ("area", Decimal(10) ** 8),
    "亩": ("area", Decimal(2000) / Decimal(3)),
    "公顷": ("area", Decimal(10) ** 4),
    "平方公里": ("area", Decimal(10) ** 6),
    "天": ("duration", Decimal(1)),
    "日": ("duration", Decimal(1)),
    "个月": ("duration", Decimal("30.4375")),
    "年": ("duration", Decimal("365.25")),
    "辆": ("vehicles", Decimal(1)),
    "万辆": ("vehicles", Decimal(10) ** 4),
    "吨": ("mass", Decimal(1)),
    "万吨": ("mass", Decimal(10) ** 4),
    "蒸吨": ("steam", Decimal(1)),  # a boiler's steam output per hour
    "万蒸吨": ("steam", Decimal(10) ** 4),
    "倍": ("multiple", Decimal(1)),
    "轮": ("rounds", Decimal(1)),
    "位": ("rank", Decimal(1)),
}

#: Count units: each counts its own kind of thing, so 家 and 人 never convert.
COUNT_UNITS: Final[frozenset[str]] = frozenset(
    {"家", "个", "位", "名", "项", "人", "次", "条", "座", "所", "批", "件", "台", "套", "支",
     "只", "张", "场", "樘"}
)  # fmt: skip

for _u in COUNT_UNITS:
    _UNITS.setdefault(_u, (f"count:{_u}", Decimal(1)))

_ALIASES: Final[dict[str, str]] = {
    "亿": "亿元",
    "万亿": "万亿元",
    "％": "%",
    "gwh": "GWh",
    "GWH": "GWh",
    "mwh": "MWh",
    "gw": "GW",
    "百分点": "个百分点",
    "平方千米": "平方公里",
    "km2": "平方公里",
    "m2": "平方米",
    "㎡": "平方米",
    "万㎡": "万平方米",
}


def normalise_unit(unit: str) -> str:
    """Return the canonical spelling of ``unit`` or raise :class:`InvalidValue`."""
    text = unit.strip()
    text = _ALIASES.get(text, text)
    if text not in _UNITS:
        raise InvalidValue(f"unknown unit {unit!r}", code="E102")
    return text


def is_known_unit(unit: str) -> bool:
    """Whether ``unit`` (after aliasing) is one we can convert."""
    try:
        normalise_unit(unit)
    except InvalidValue:
        return False
    return True


def dimension_of(unit: str) -> str:
    """The dimension (money, percent, points, area, count:家 ...) of ``unit``."""
    return _UNITS[normalise_unit(unit)][0]


def factor_of(unit: str) -> Decimal:
    """How many base units one ``unit`` is."""
    return _UNITS[normalise_unit(unit)][1]


def known_units() -> list[str]:
    """All canonical unit spellings, for parsers and documentation."""
    return sorted(_UNITS)
