"""A firm's lines of business in its own news: ``电子级玻纤纱及电子布实现营业收入9.86亿元``.

A line heading a clause (a product, a market, 海外业务) is what the figure is about: the line
of the firm whose news it is, named with the short name the article defines for the firm
(犹川新材电子级玻纤纱及电子布), as the later annotated sets write it. What is measured stays
what the text says of it (营业收入, 营业收入增速), so that the line's revenue is never read as
the firm's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from chainatlas.extract.abbreviations import find_abbreviations
from chainatlas.extract.doc import Doc, Mention, Quantity

_INDUSTRY_END = re.compile(r"(?:产业|业|集群|领域|板块|产业链|业务)$")


def line_of_business(subject: Mention | None, firm: str | None) -> str | None:
    """The line ``subject`` names in the news of ``firm`` (电驱动总成, 海外市场), or None
    where the text is no firm's or the subject is an industry, not a line."""
    if firm is None or subject is None or subject.type != "industry":
        return None
    return None if _INDUSTRY_END.search(subject.name) else subject.name


def by_line(doc: Doc, q: Quantity, line: str, told: dict[str, str]) -> None:
    """Make ``q`` a figure of the firm's ``line``. ``told`` maps what was measured before
    (A、B分别实现营业收入X、Y: Y is B's 营业收入, not B's A营业收入 read from X)."""
    indicator = q.indicator or ""
    measured = told.get(indicator, indicator).removeprefix(line)
    measured = measured[2:] if measured[:2] in line else measured  # 海外市场 + 海外营收: once
    told[line + measured] = measured
    q.subject, q.subject_type = short_name(doc, q.subject or "") + line, "industry"
    q.indicator = measured


def short_name(doc: Doc, name: str) -> str:
    """The short name the article defines for ``name`` (（以下简称“犹川新材”）), else ``name``."""
    return _defined(doc.text).get(name, name)


@lru_cache(maxsize=1)
def _defined(text: str) -> dict[str, str]:
    """Each full name's short name as the text first defines it: read once per text, not
    once per line of business."""
    out: dict[str, str] = {}
    for full, short, _kind in find_abbreviations(text):
        out.setdefault(full, short)
    return out
