"""Footnote numbering: each source is numbered once, in order of first citation.

A reported figure points to its document span (title and quoted words); a derived figure
to its formula and, through their own footnotes, to its inputs; an imported figure to its
file and row.  Citing the same fact twice gives the same number.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from chainatlas.model.document import Document, Event
from chainatlas.model.fact import Fact, Provenance
from chainatlas.model.wording import describe_period, describe_quantity
from chainatlas.report.briefing import Footnote


class Footnotes:
    """The footnote list of one briefing, filled while its sections are assembled."""

    def __init__(self, documents: Iterable[Document], facts: Iterable[Fact]) -> None:
        self._documents: Mapping[str, Document] = {d.key: d for d in documents}
        self._facts: Mapping[str, Fact] = {f.key: f for f in facts}
        self._numbers: dict[tuple[str, str], int] = {}
        self._notes: list[Footnote] = []

    def cite_fact(self, fact: Fact) -> int:
        """The footnote of ``fact``'s provenance (inputs of a formula are cited too)."""
        found = self._numbers.get(("fact", fact.key))
        if found is not None:
            return found
        number = self._reserve(("fact", fact.key))
        source = fact.provenance
        if source.formula is not None:
            self._fill(number, self._formula_text(source), "formula")
        elif source.document is not None:
            self._fill(number, self._span_text(source, fact.note), "document")
        else:
            self._fill(number, f"导入文件 {source.file} 第{source.row}行。", "file")
        return number

    def cite_facts(self, facts: Iterable[Fact]) -> tuple[int, ...]:
        return tuple(dict.fromkeys(self.cite_fact(f) for f in facts))

    def cite_event(self, event: Event) -> tuple[int, ...]:
        """An event's date and words come from its document span, when it has one."""
        if event.document is None:
            return ()
        key = ("event", event.key)
        if key not in self._numbers:
            span = Provenance(
                document=event.document, start=event.start, end=event.end, quote=event.quote
            )
            self._fill(self._reserve(key), self._span_text(span, None), "document")
        return (self._numbers[key],)

    def cite_formula(self, formula: str, inputs: Sequence[Fact] = ()) -> int:
        """A figure the briefing computes itself (a count, a sum), with what it used."""
        source = Provenance(formula=formula, inputs=tuple(f.key for f in inputs))
        key = ("formula", f"{formula}|{','.join(source.inputs)}")
        if key in self._numbers:
            return self._numbers[key]
        number = self._reserve(key)
        self._fill(number, self._formula_text(source), "formula")
        return number

    def cite_record(self, text: str) -> int:
        """A figure read from a dataset record rather than a document (e.g. a link list)."""
        key = ("record", text)
        if key not in self._numbers:
            self._fill(self._reserve(key), text, "record")
        return self._numbers[key]

    def notes(self) -> tuple[Footnote, ...]:
        return tuple(self._notes)

    def _reserve(self, key: tuple[str, str]) -> int:
        number = len(self._notes) + 1
        self._numbers[key] = number
        self._notes.append(Footnote(number, "", ""))
        return number

    def _fill(self, number: int, text: str, kind: str) -> None:
        self._notes[number - 1] = Footnote(number, text, kind)

    def _span_text(self, source: Provenance, note: str | None) -> str:
        doc = self._documents.get(source.document or "")
        title = f"《{doc.title}》" if doc else f"文档 {source.document}"
        byline = _byline(doc) if doc else ""
        where = f"，第{source.start}–{source.end}字" if source.start is not None else ""
        quote = f"：“{source.quote}”" if source.quote else ""
        remark = f" 说明：{note}" if note else ""
        review = f"（{source.accepted_by} 审核）" if source.accepted_by else ""
        return f"{title}{byline}{quote}{where}。{remark}{review}".strip()

    def _formula_text(self, source: Provenance) -> str:
        parts = []
        for key in source.inputs:
            fact = self._facts.get(key)
            if fact is None:
                parts.append(f"{key}（未在库中）")
                continue
            number = self.cite_fact(fact)
            value = describe_quantity(fact.quantity, fact.qualifier)
            parts.append(f"{value}（{describe_period(fact.period)}，注{number}）")
        inputs = "；输入：" + "，".join(parts) if parts else ""
        return f"计算：{source.formula}{inputs}。"


def _byline(doc: Document) -> str:
    who = "、".join(doc.authors)
    bits = [b for b in (who, doc.publisher, doc.date) if b]
    return f"（{'，'.join(bits)}）" if bits else ""
