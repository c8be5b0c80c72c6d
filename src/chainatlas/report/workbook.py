"""Writing sheets to an Excel workbook the way offices exchange them: Chinese headers in a
frozen, filtered first row, column widths fitted to the text, numbers as numbers with
formats that keep their written precision."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

Value = str | int | float | Decimal | None
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
MAX_WIDTH = 60
MIN_WIDTH = 6


@dataclass(frozen=True)
class Sheet:
    """A named table; ``formats`` maps a column index to an Excel number format."""

    name: str
    headers: tuple[str, ...]
    rows: Sequence[Sequence[Value]]
    formats: dict[int, str] = field(default_factory=dict)


def decimal_format(value: Decimal) -> str:
    """A format showing the digits as written: 57.0 -> 0.0, 1287.4 -> #,##0.0, 1050 -> #,##0."""
    exponent = value.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return "#,##0" + ("." + "0" * places if places else "")


def _width(value: Any) -> int:
    """Display width: CJK characters take two columns."""
    text = "" if value is None else str(value)
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _fill(ws: Worksheet, sheet: Sheet) -> None:
    ws.append(list(sheet.headers))
    for row in sheet.rows:
        ws.append(list(row))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    for column, fmt in sheet.formats.items():
        for (cell,) in ws.iter_rows(min_row=2, min_col=column + 1, max_col=column + 1):
            cell.number_format = fmt
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, Decimal) and cell.number_format == "General":
                cell.number_format = decimal_format(cell.value)


def _fit(ws: Worksheet, sheet: Sheet) -> None:
    for index, header in enumerate(sheet.headers):
        longest = max([_width(header), *(_width(r[index]) for r in sheet.rows[:500])])
        width = min(max(longest + 2, MIN_WIDTH), MAX_WIDTH)
        ws.column_dimensions[get_column_letter(index + 1)].width = width
        if longest > MAX_WIDTH:
            for (cell,) in ws.iter_rows(min_row=2, min_col=index + 1, max_col=index + 1):
                cell.alignment = Alignment(wrap_text=True, vertical="top")


def write_workbook(sheets: Sequence[Sheet], path: Path) -> Path:
    """Write ``sheets`` in order to ``path`` (.xlsx)."""
    book = Workbook()
    if book.active is not None:
        book.remove(book.active)
    for sheet in sheets:
        ws = book.create_sheet(sheet.name)
        _fill(ws, sheet)
        _fit(ws, sheet)
        ws.freeze_panes = "A2"
        if sheet.rows:
            ws.auto_filter.ref = ws.dimensions
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path
