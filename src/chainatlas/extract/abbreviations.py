"""Short names an article defines: ``西安阎良国家航空高技术产业基地（以下简称“航空基地”）``
names the base once in full, then writes the short name for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from chainatlas.extract.generic_heads import GENERIC_HEAD
from chainatlas.extract.names import (
    after_date,
    before_parenthesis,
    past_relation,
    scan_back,
    with_clause_head,
)
from chainatlas.extract.sites import after_county, after_park

#: ``（以下简称“航空基地”）``: the short name an article defines for the name before it.
ABBREVIATION = re.compile(
    r"[（(](?:(?:证券|股票)简称[：:][^，,；）)]{2,8}[，,；]\s*)?"  # （证券简称：润铂精密，证券代码：…
    r"(?:(?:证券|股票)代码[：:]\w{4,8}[，,；]\s*)?(?:以下)?简称[：:]?[“\"]([^”\"）)]{2,12})[”\"]"
    r"(?:[或、][“\"][^”\"）)]{1,12}[”\"])?"  # （以下简称“齐瓷材料”或“公司”）: the first is its name
    r"(?:[，,；][^）)]{0,30})?[）)]"  # （证券代码：605386，以下简称“楚味源”）: after the code
)
_KIND_BY_END = (("公司", "company"), ("集团", "company"), ("基地", "park"), ("园", "park"),
                ("区", "park"), ("院", "platform"), ("中心", "platform"), ("局", "government"),
                ("委员会", "government"), ("管委会", "government"))  # fmt: skip


def find_abbreviations(text: str) -> Iterator[tuple[str, str, str]]:
    """``西安阎良国家航空高技术产业基地（以下简称“航空基地”）``: (full name, short name, type);
    the article then writes the short name for the full one."""
    for m in ABBREVIATION.finditer(text):
        start = scan_back(text, m.start(), 24)
        if text[start - 1 : start] == "）":
            start = before_parenthesis(text, start, 24)  # 星湖新材料（玉溪）有限公司（以下简称…）
        start = with_clause_head(text, after_date(text, start))
        start = _through_short(text, start, m.group(1))
        full = text[start : m.start()]
        if len(full) < 4 or GENERIC_HEAD.match(full):
            continue
        # 甘泉堡经济技术开发区（工业区）: a park whatever its bracketed second name
        core = full[: full.rfind("（")] if full.endswith("）") and "（" in full else full
        kind = next((k for end, k in _KIND_BY_END if core.endswith(end)), "institution")
        if kind == "company":
            full = full[after_park(full) or after_county(full) :]  # 自贡高新区四川华岳…公司
            full = full[past_relation(full, 0, len(full)) :]  # 公司全资子公司…（以下简称…）
        yield full, m.group(1), kind


def _through_short(text: str, start: int, short: str) -> int:
    """``河南沁和新材料股份有限公司（以下简称“沁和新材”）``: a full name read back only to the
    和 inside it goes on through the short name's opening (沁和) and the place before it."""
    head = short[:2]
    at = text.find(head, max(0, start - 3), start + 1)
    if len(head) < 2 or text.startswith(head, start) or at < 0 or at >= start:
        return start
    return scan_back(text, at, 4)
