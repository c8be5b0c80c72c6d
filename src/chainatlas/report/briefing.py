"""The briefing as data: sections of blocks whose numbers carry footnote numbers.

Templates only lay this out; every decision about what a figure says and where it comes
from is made while the briefing is assembled, so Markdown, HTML and PDF say the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Cited:
    """A run of text and the footnotes that back it (empty for plain words)."""

    text: str
    notes: tuple[int, ...] = ()


#: A paragraph is a sequence of runs, so a sentence can cite each of its numbers.
Runs = tuple[Cited, ...]


@dataclass(frozen=True)
class Paragraph:
    runs: Runs
    kind: str = "paragraph"


@dataclass(frozen=True)
class Bullets:
    items: tuple[Runs, ...]
    kind: str = "bullets"


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[Cited, ...], ...]
    caption: str = ""
    kind: str = "table"


@dataclass(frozen=True)
class Chart:
    """A chart rendered to PNG; ``name`` is its file stem when written beside Markdown."""

    name: str
    title: str
    png: bytes
    caption: Runs = ()
    kind: str = "chart"


@dataclass(frozen=True)
class Missing:
    """Data the sources name but do not give, said plainly instead of filled in."""

    items: tuple[str, ...]
    kind: str = "missing"


Block = Paragraph | Bullets | Table | Chart | Missing


@dataclass(frozen=True)
class Section:
    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Footnote:
    number: int
    text: str
    kind: str  # document / formula / file / record


@dataclass(frozen=True)
class Briefing:
    title: str
    subtitle: str
    region: str
    period: str | None
    sections: tuple[Section, ...]
    footnotes: tuple[Footnote, ...]
    sources: tuple[str, ...] = field(default=())

    @property
    def charts(self) -> tuple[Chart, ...]:
        return tuple(b for s in self.sections for b in s.blocks if isinstance(b, Chart))
