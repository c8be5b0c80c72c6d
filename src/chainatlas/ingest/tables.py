"""CSV and Excel tables as rows of strings, with their row numbers kept for errors."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from chainatlas.errors import InputError
from chainatlas.textfile import detect_encoding

csv.field_size_limit(sys.maxsize)

#: Cells longer than this are refused: no real field is this long, a broken file is.
MAX_CELL_CHARS = 1_000_000

Record = dict[str, str | None]


def iter_table(path: Path) -> Iterator[tuple[int, Record]]:
    """Rows of a CSV or XLSX file as (1-based data row, {header: cell}), empty cells None."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        yield from _iter_csv(path)
    elif suffix in (".xlsx", ".xlsm"):
        yield from _iter_xlsx(path)
    else:
        raise InputError(f"unsupported table type {suffix!r}", file=path.name, code="E112")


def _clean_header(headers: list[str], file: str) -> list[str]:
    cleaned = [h.strip().lstrip("\ufeff") for h in headers]
    seen: set[str] = set()
    for h in cleaned:
        if h in seen:
            raise InputError(
                f"column {h!r} appears twice in the header", file=file, row=0, code="E113"
            )
        seen.add(h)
    return cleaned


def _check_cells(cells: list[str], header: list[str], file: str, row: int) -> None:
    """Refuse a row with an oversized cell, naming the cell's column."""
    for field, value in zip(header, cells, strict=False):
        if len(value) > MAX_CELL_CHARS:
            raise InputError(
                f"cell holds {len(value):,} characters, over the limit of {MAX_CELL_CHARS:,}",
                file=file,
                row=row,
                field=field,
                code="E114",
            )


def _iter_csv(path: Path) -> Iterator[tuple[int, Record]]:
    encoding = detect_encoding(path)
    with path.open(encoding=encoding, newline="") as fh:
        yield from _iter_csv_rows(path, csv.reader(fh, strict=True))


def _iter_csv_rows(path: Path, reader: Any) -> Iterator[tuple[int, Record]]:
    name = path.name
    try:
        header = _clean_header(next(reader), name)
    except StopIteration:
        raise InputError("is empty (no header row)", file=name, code="E115") from None
    width = len(header)
    number = 0
    try:
        for number, cells in enumerate(reader, start=1):
            if len(cells) != width:
                if not any(c.strip() for c in cells):
                    continue
                raise InputError(
                    f"has {len(cells)} cells where the header has {width} "
                    "(truncated or misquoted line?)",
                    file=name,
                    row=number,
                    code="E116",
                )
            if max(map(len, cells)) > MAX_CELL_CHARS:
                _check_cells(cells, header, name, number)
            values = [c.strip() or None for c in cells]
            if any(values):
                yield number, dict(zip(header, values, strict=True))
    except csv.Error as exc:
        raise InputError(
            f"is not valid CSV: {exc}", file=path.name, row=number + 1, code="E117"
        ) from None


def _iter_xlsx(path: Path) -> Iterator[tuple[int, Record]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for broken files
        raise InputError(
            f"is not a readable Excel file ({exc})", file=path.name, code="E118"
        ) from None
    try:
        rows = book.worksheets[0].iter_rows(values_only=True)
        first = next(rows, None)
        if first is None:
            raise InputError("is empty (no header row)", file=path.name, code="E115")
        header = _clean_header(["" if c is None else str(c) for c in first], path.name)
        for number, cells in enumerate(rows, start=1):
            values = ["" if c is None else _excel_text(c) for c in cells]
            if not any(v.strip() for v in values):
                continue
            values += [""] * (len(header) - len(values))
            _check_cells(values, header, path.name, number)
            yield number, {h: v.strip() or None for h, v in zip(header, values, strict=False) if h}
    finally:
        book.close()


def _excel_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return str(value.isoformat())[:10]
    return str(value)
