"""Enterprise lists as vendors and statistics offices export them (CSV or Excel).

Headers are recognised by their usual Chinese names (:data:`SYNONYMS`: 企业名称 or 公司名称
or 公司全称, 注册地址 or 住所 ...), ignoring spaces and a trailing unit in brackets
(``注册资本（万元）``); a mapping file (YAML or JSON, ``{header: field}``) covers other
layouts.  Each record becomes an :class:`Enterprise`, placed in a region from its address
by a :class:`~chainatlas.ingest.address.Gazetteer` when one is given (the table's own
province/city/county cells only break ties).  :class:`EnterpriseReader` streams the rows
(an import of millions holds one batch at a time); :func:`read_enterprise_table` keeps
them all, for small pools and tests.

Keys: the 统一社会信用代码 when given, else ``stock-<code>`` for a listed company, else
``ent-`` and a hash of the name.  注册资本 is stored in 万元: ``5000万元``, ``1.2亿``,
``3000000元`` convert; a bare number is read in the header's unit, 万元 if none (the vendors'
convention); a foreign currency is left empty with a warning.  A listed company's 总股本
(shares of 1 元 par) stands in for the capital when no 注册资本 is given.  The first bad
cell stops the import with an error naming file, row and column.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Container, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from chainatlas.errors import InputError
from chainatlas.ingest.address import Gazetteer, Placement
from chainatlas.ingest.tables import Record, iter_table
from chainatlas.model.enterprise import Enterprise
from chainatlas.textfile import read_text

SYNONYMS: dict[str, tuple[str, ...]] = {
    "key": ("key", "编号", "企业编号"),
    "name": ("name", "企业名称", "公司名称", "公司全称", "企业全称", "单位名称", "名称", "纳税人名称"),
    "credit_code": ("credit_code", "统一社会信用代码", "社会信用代码", "信用代码", "统一代码"),
    "address": ("address", "注册地址", "住所", "注册地", "企业地址", "地址", "经营地址", "通信地址"),
    "industry_code": (
        "industry_code", "所属行业", "国标行业", "行业代码", "国民经济行业", "国民经济行业代码",
        "行业分类", "行业", "国标行业代码",
    ),
    "scope": ("scope", "经营范围"),
    "products": ("products", "主营产品", "主要产品", "主营业务", "产品"),
    "capital": ("capital_wan", "注册资本", "注册资金"),
    "founded": ("founded", "成立日期", "成立时间", "注册日期", "成立年份"),
    "kind": ("kind", "企业类型", "公司类型", "企业性质", "登记注册类型"),
    "tags": ("tags", "标签", "企业标签", "资质"),
    "aliases": ("aliases", "简称", "企业简称", "曾用名", "A股简称", "证券简称", "股票简称"),
    "stock_code": ("stock_code", "A股代码", "证券代码", "股票代码"),
    "shares": ("shares", "A股总股本", "总股本"),
    "board": ("board", "板块", "上市板块"),
    "province": ("province", "省份", "所属省份", "省"),
    "city": ("city", "城市", "所属城市", "地市", "市"),
    "county": ("county", "区县", "所属区县", "县区"),
    "note": ("note", "备注"),
}  # fmt: skip
FIELDS = tuple(SYNONYMS)
_BRACKETS = re.compile(r"[（(][^）)]*[）)]$")
_LIST_SPLIT = re.compile(r"[|,，;；、/]")
_CAPITAL = re.compile(r"^(?P<num>[\d,]+(?:\.\d+)?)\s*(?P<unit>亿|万|元)?(?P<rest>.*)$")
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})日?)?月?")
_CODE = re.compile(r"^([A-T])?\s*(\d{2,4})?(?=\s|$|[^\d])")
_CREDIT = re.compile(r"[0-9A-HJ-NPQRTUWXY]{18}")
_FOREIGN = ("美元", "港元", "港币", "欧元", "日元", "英镑", "新加坡元", "澳元")


#: Warnings kept word for word; beyond this many only their number is added.
MAX_WARNINGS = 1000


@dataclass(frozen=True)
class TableRecord:
    row: int
    enterprise: Enterprise  # region set from the placement when a gazetteer was given
    hints: tuple[str, ...]  # the table's province, city, county cells
    placement: Placement | None = None


class EnterpriseReader:
    """A table read one row at a time: iterating re-reads the file, so memory stays flat.

    ``columns`` and ``ignored`` are known once iteration has started; ``warnings`` collect
    as rows are read (each pass starts them afresh).  Rows are checked one by one; a key
    that repeats an earlier row is found by :func:`refuse_repeats`.
    """

    def __init__(
        self,
        path: Path,
        mapping: Mapping[str, str] | None = None,
        industries: Mapping[str, str] | None = None,
        gazetteer: Gazetteer | None = None,
    ) -> None:
        self.path, self.file = path, path.name
        self.mapping, self.industries, self.gazetteer = mapping, industries, gazetteer
        self.columns: dict[str, str] = {}  # header -> field
        self.units: dict[str, str | None] = {}  # field -> unit in its header
        self.header_of: dict[str, str] = {}  # field -> header
        self.ignored: list[str] = []  # headers no field took
        self.warnings: list[str] = []
        self.skipped_warnings = 0

    def __iter__(self) -> Iterator[TableRecord]:
        self.warnings, self.skipped_warnings = [], 0
        rows = iter_table(self.path)
        first = next(rows, None)
        if first is None:
            return
        self.columns, self.units, self.ignored = match_columns(
            list(first[1]), self.mapping, file=self.file
        )
        self.header_of = {name: header for header, name in self.columns.items()}
        for number, raw in _chain(first, rows):
            yield self._read_row(number, raw)

    def warn(self, text: str) -> None:
        if len(self.warnings) < MAX_WARNINGS:
            self.warnings.append(text)
        else:
            self.skipped_warnings += 1

    def all_warnings(self) -> list[str]:
        more = self.skipped_warnings
        return [*self.warnings, *([f"... and {more:,} more warnings"] if more else [])]

    def _read_row(self, number: int, raw: Record) -> TableRecord:
        cells = {name: v for header, name in self.columns.items() if (v := raw.get(header))}
        hints = (cells.get("province") or "", cells.get("city") or "", cells.get("county") or "")
        where = (
            None if self.gazetteer is None else self.gazetteer.place(cells.get("address"), hints)
        )
        region = None if where is None else where.region
        return TableRecord(number, read_enterprise(cells, self, number, region), hints, where)


@dataclass
class EnterpriseTable:
    file: str
    records: list[TableRecord]
    columns: dict[str, str]  # header -> field
    ignored: list[str]  # headers no field took
    warnings: list[str] = field(default_factory=list)


def read_enterprise_table(
    path: Path,
    mapping: Mapping[str, str] | None = None,
    industries: Mapping[str, str] | None = None,
    gazetteer: Gazetteer | None = None,
) -> EnterpriseTable:
    """Every row of ``path`` in memory (pools, tests); ``industries`` maps codes to keys."""
    reader = EnterpriseReader(path, mapping, industries, gazetteer)
    records = list(refuse_repeats(reader, reader.file))
    return EnterpriseTable(
        reader.file, records, reader.columns, reader.ignored, reader.all_warnings()
    )


def refuse_repeats(
    records: Iterable[TableRecord], file: str, watch: Container[str] | None = None
) -> Iterator[TableRecord]:
    """Pass records on, stopping at the first whose key an earlier row already had.

    Only keys in ``watch`` are remembered when it is given, so that a second pass looking
    for the rows behind a failed batch stays small on a million-row file.
    """
    seen: dict[str, int] = {}
    for record in records:
        key = record.enterprise.key
        if watch is None or key in watch:
            if key in seen:
                where = "统一社会信用代码" if record.enterprise.credit_code else "企业名称"
                raise InputError(
                    f"{key!r} repeats row {seen[key]}",
                    file=file, row=record.row, field=where, code="E121",
                )  # fmt: skip
            seen[key] = record.row
        yield record


def normalise_header(text: str) -> tuple[str, str | None]:
    """``注册资本（万元）`` -> (``注册资本``, ``万元``): the name and the unit in brackets."""
    compact = re.sub(r"\s+", "", text)
    match = _BRACKETS.search(compact)
    if match is None:
        return compact, None
    return compact[: match.start()], match.group(0)[1:-1]


def read_mapping(path: Path) -> dict[str, str]:
    """A ``{header: field}`` mapping file; fields must be ones this reader knows."""
    data = yaml.safe_load(read_text(path))
    if not isinstance(data, Mapping):
        raise InputError("must map column headers to field names", file=path.name)
    mapping = {str(k).strip(): str(v).strip() for k, v in data.items()}
    for header, name in mapping.items():
        target = "capital" if name == "capital_wan" else name
        if target not in SYNONYMS:
            known = ", ".join(FIELDS)
            raise InputError(f"{name!r} is not a field ({known})", file=path.name, field=header)
    return {h: ("capital" if v == "capital_wan" else v) for h, v in mapping.items()}


def match_columns(
    headers: list[str], mapping: Mapping[str, str] | None, *, file: str
) -> tuple[dict[str, str], dict[str, str | None], list[str]]:
    """Header -> field, field -> header unit, and the headers left unused."""
    lookup = {syn: name for name, syns in SYNONYMS.items() for syn in syns}
    columns: dict[str, str] = {}
    units: dict[str, str | None] = {}
    ignored: list[str] = []
    for header in headers:
        base, unit = normalise_header(header)
        name = (mapping or {}).get(header) or lookup.get(base) or lookup.get(header)
        if name is None or name in units:
            ignored.append(header)
            continue
        columns[header], units[name] = name, unit
    if "name" not in units:
        raise InputError(
            f"no column gives the enterprise name (headers: {', '.join(headers)}); "
            "name it 企业名称 or pass a mapping file",
            file=file, row=0, field="企业名称", code="E120",
        )  # fmt: skip
    return columns, units, ignored


def _chain(
    first: tuple[int, Record], rest: Iterator[tuple[int, Record]]
) -> Iterator[tuple[int, Record]]:
    yield first
    yield from rest


def read_enterprise(
    cells: Mapping[str, str], reader: EnterpriseReader, number: int, region: str | None = None
) -> Enterprise:
    """One row's cells (field -> text) as an enterprise in ``region``."""

    def fail(name: str, message: str) -> InputError:
        header = reader.header_of[name]
        return InputError(message, file=reader.file, row=number, field=header, code="E104")

    if "name" not in cells:
        raise fail("name", "the enterprise name is empty")
    name = cells["name"]
    credit = cells.get("credit_code")
    if credit is not None and not _CREDIT.fullmatch(credit.upper()):
        raise fail("credit_code", f"{credit!r} is not an 18-character 统一社会信用代码")
    capital = None
    if "capital" in cells:
        unit = reader.units.get("capital")
        capital = parse_capital(cells["capital"], unit, fail, reader.warn, number)
    elif "shares" in cells:
        capital = _shares_to_wan(cells["shares"], fail)
    stock = cells.get("stock_code")
    tags = _split(cells.get("tags"))
    if stock:
        tags = (*tags, "上市", *(_split(cells.get("board")) or ()))
    return Enterprise(
        key=cells.get("key") or enterprise_key(name, credit, stock),
        name=name,
        region=region,
        aliases=_split(cells.get("aliases")),
        credit_code=credit.upper() if credit else None,
        address=cells.get("address"),
        industry_code=_industry(cells.get("industry_code"), reader.industries, reader.warn, number),
        kind=cells.get("kind"),
        founded=parse_founded(cells["founded"], fail) if "founded" in cells else None,
        capital_wan=capital,
        products=cells.get("products"),
        scope=cells.get("scope"),
        tags=tuple(dict.fromkeys(tags)),
        note=cells.get("note"),
    )


def enterprise_key(name: str, credit_code: str | None, stock_code: str | None) -> str:
    if credit_code:
        return credit_code.upper()
    if stock_code:
        return f"stock-{stock_code.strip()}"
    return "ent-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:16]


def parse_capital(
    text: str, header_unit: str | None, fail: Any, warn: Callable[[str], None], row: int
) -> str | None:
    """注册资本 in 万元 as a written decimal; None (with a warning) for foreign currency."""
    compact = re.sub(r"\s+", "", text)
    if any(cur in compact + (header_unit or "") for cur in _FOREIGN):
        warn(f"row {row}: 注册资本 {text!r} is not in 人民币; left empty")
        return None
    match = _CAPITAL.match(compact)
    if match is None or match.group("rest") not in ("", "人民币", "元人民币", "元", "人民币元"):
        raise fail("capital", f"{text!r} is not an amount of money")
    try:
        value = Decimal(match.group("num").replace(",", ""))
    except InvalidOperation:
        raise fail("capital", f"{text!r} is not a number") from None
    unit = match.group("unit") or _unit_word(header_unit)
    factor = {"亿": Decimal(10000), "万": Decimal(1), "元": Decimal("0.0001")}[unit]
    return _plain(value * factor)


def _unit_word(header_unit: str | None) -> str:
    if header_unit and header_unit.startswith("亿"):
        return "亿"
    if header_unit and header_unit.startswith("元"):
        return "元"
    return "万"


def _shares_to_wan(text: str, fail: Any) -> str:
    try:
        return _plain(Decimal(text.replace(",", "").strip()) / Decimal(10000))
    except InvalidOperation:
        raise fail("shares", f"{text!r} is not a number of shares") from None


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text


def parse_founded(text: str, fail: Any) -> str:
    """``2010-01-05``, ``2010/1/5``, ``2010年1月5日``, ``2010-01`` or ``2010`` as period text."""
    match = _DATE.match(text.strip())
    if match is None:
        if re.fullmatch(r"\d{4}", text.strip()):
            return text.strip()
        raise fail("founded", f"{text!r} is not a date")
    year, month, day = (int(g) if g else None for g in match.groups())
    if month is None or not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        raise fail("founded", f"{text!r} is not a date")
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def _split(text: str | None) -> tuple[str, ...]:
    if not text:
        return ()
    return tuple(p.strip() for p in _LIST_SPLIT.split(text) if p.strip() and p.strip() != "-")


def _industry(
    text: str | None, industries: Mapping[str, str] | None, warn: Callable[[str], None], row: int
) -> str | None:
    """A GB/T 4754 key (``C3841``) from a code, a ``C38 电气机械…`` cell or a class name."""
    if not text:
        return None
    cell = text.strip()
    match = _CODE.match(cell)
    code = None
    if match and (match.group(1) or match.group(2)):
        code = (match.group(1) or "") + (match.group(2) or "")
    if industries is None:
        return code or cell
    for probe in (code, code and code.lstrip("ABCDEFGHIJKLMNOPQRST"), cell, _tail(cell)):
        if probe and probe in industries:
            return industries[probe]
    warn(f"row {row}: 所属行业 {cell!r} is not a GB/T 4754-2017 code or class")
    return code


def _tail(cell: str) -> str:
    return cell.split(maxsplit=1)[-1]
