"""What every section builder shares: the scope, names, footnotes and the period asked."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from chainatlas.model.fact import Fact
from chainatlas.model.period import Period
from chainatlas.model.wording import describe_fact_value
from chainatlas.report.briefing import Cited
from chainatlas.report.footnotes import Footnotes
from chainatlas.report.names import NameBook
from chainatlas.report.scope import Scope


@dataclass
class Context:
    scope: Scope
    names: NameBook
    notes: Footnotes
    period: Period | None = None
    facts: list[Fact] = field(default_factory=list)
    every: list[Fact] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_key = {f.key: f for f in self.every or self.facts}

    @classmethod
    def create(
        cls, scope: Scope, period: Period | None = None, derived: Iterable[Fact] = ()
    ) -> Context:
        extra = list(derived)
        every = [*scope.data.facts, *extra]
        notes = Footnotes(scope.data.documents, every)
        return cls(scope, NameBook(scope.data), notes, period, [*scope.facts(), *extra], every)

    def in_period(self, fact: Fact) -> bool:
        """Whether ``fact`` falls in the period asked (everything when none was asked)."""
        return self.period is None or self.period.contains(fact.period)

    def cite(self, fact: Fact, text: str | None = None) -> Cited:
        """The fact's value in words, carrying its footnote."""
        shown = describe_fact_value(fact) if text is None else text
        return Cited(shown, (self.notes.cite_fact(fact),))

    def fact(self, key: str) -> Fact | None:
        return self._by_key.get(key)

    def cite_keys(self, keys: Iterable[str]) -> tuple[int, ...]:
        """Footnotes of the facts with these keys (keys the briefing does not hold are skipped)."""
        return self.notes.cite_facts(f for k in keys if (f := self.fact(k)) is not None)

    def facts_about(self, subject: str, indicator: str | None = None) -> list[Fact]:
        return [
            f
            for f in self.facts
            if f.subject == subject and (indicator is None or f.indicator == indicator)
        ]
