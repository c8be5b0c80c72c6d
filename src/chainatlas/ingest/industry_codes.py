"""GB/T 4754-2017 国民经济行业分类 as the classification scheme ``gbt4754``.

Nodes are keyed by the code with its section letter (``C3841``), the form the chain
ontologies and enterprise records use; ``parent`` is the enclosing class, ``stage`` the
level name (门类/大类/中类/小类).  The table needs the columns ``code`` and ``name``; with
``section`` (or ``full_code``) and ``parent`` absent the code's length gives the level and
the parent, and digit codes are left without a letter.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from chainatlas.errors import InputError
from chainatlas.model.scheme import Node, Scheme, SchemeKind
from chainatlas.textfile import read_text

SCHEME_KEY = "gbt4754"
SCHEME = Scheme(
    key=SCHEME_KEY, name="国民经济行业分类 GB/T 4754-2017", kind=SchemeKind.CLASSIFICATION
)
_LEVEL_NAMES = {1: "门类", 2: "大类", 3: "中类", 4: "小类"}


def read_industry_codes(path: Path) -> tuple[Scheme, list[Node]]:
    """The scheme and its nodes from a GB/T 4754 CSV file."""
    return SCHEME, parse_industry_codes(read_text(path), file=path.name)


def parse_industry_codes(text: str, *, file: str = "<text>") -> list[Node]:
    reader = csv.DictReader(io.StringIO(text))
    header = set(reader.fieldnames or ())
    for needed in ("code", "name"):
        if needed not in header:
            raise InputError(f"the header lacks column {needed!r}", file=file, row=0, field=needed)
    rows = list(reader)
    keys = {row["code"].strip(): full_code(row) for row in rows}
    nodes: list[Node] = []
    seen: set[str] = set()
    for number, row in enumerate(rows, start=1):
        code, name = row["code"].strip(), (row.get("name") or "").strip()
        if not code or not name:
            field = "code" if not code else "name"
            raise InputError("is empty", file=file, row=number, field=field)
        key = keys[code]
        if key in seen:
            raise InputError(f"code {code} repeats", file=file, row=number, field="code")
        seen.add(key)
        parent_code = (row.get("parent") or "").strip() or implied_parent(code)
        nodes.append(
            Node(
                scheme=SCHEME_KEY,
                key=key,
                name=name,
                parent=keys.get(parent_code) if parent_code else None,
                stage=(row.get("level_name") or "").strip() or _LEVEL_NAMES.get(code_level(code)),
                order=number,
                description=(row.get("description") or "").strip() or None,
            )
        )
    return nodes


def full_code(row: dict[str, str]) -> str:
    """``C3841`` from a row holding ``full_code``, or ``section`` and ``code``."""
    if (row.get("full_code") or "").strip():
        return row["full_code"].strip()
    code = row["code"].strip()
    section = (row.get("section") or "").strip()
    return code if code.isalpha() or not section else section + code


def code_level(code: str) -> int:
    """1 门类 (a letter), 2 大类, 3 中类, 4 小类, from the digits."""
    digits = code.lstrip("ABCDEFGHIJKLMNOPQRST")
    return 1 if not digits else len(digits)


def implied_parent(code: str) -> str | None:
    """The enclosing class when only the code is known (the letter is not derivable)."""
    digits = code.lstrip("ABCDEFGHIJKLMNOPQRST")
    letter = code[: len(code) - len(digits)]
    return letter + digits[:-1] if len(digits) > 2 else None
