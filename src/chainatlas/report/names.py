"""Chinese names for the keys a briefing mentions, looked up in the whole dataset."""

from __future__ import annotations

from collections.abc import Mapping

from chainatlas.analysis.derivation_rules import EXCLUDING
from chainatlas.model.dataset import Dataset
from chainatlas.model.fact import Fact, SubjectType


class NameBook:
    """Key -> name for every kind of subject; unknown keys come back as themselves."""

    def __init__(self, data: Dataset) -> None:
        self.regions = {r.key: r.name for r in data.regions}
        self.schemes = {s.key: s.name for s in data.schemes}
        self.nodes = {f"{n.scheme}/{n.key}": n.name for n in data.nodes}
        self.indicators = {i.key: i.name for i in data.indicators}
        self.enterprises = {e.key: e.name for e in data.enterprises}
        self.projects = {p.key: p.name for p in data.projects}
        self.others = {
            **{p.key: p.name for p in data.platforms},
            **{p.key: p.name for p in data.people},
            **{p.key: p.name for p in data.programmes},
        }

    def add(self, names: Mapping[str, str]) -> None:
        """Names of keys the dataset does not hold (actors outside the region)."""
        for key, name in names.items():
            self.others.setdefault(key, name)

    def subject(self, fact: Fact) -> str:
        table = {
            SubjectType.REGION: self.regions,
            SubjectType.SCHEME: self.schemes,
            SubjectType.NODE: self.nodes,
            SubjectType.ENTERPRISE: self.enterprises,
            SubjectType.PROJECT: self.projects,
        }.get(fact.subject_type, self.others)
        name = table.get(fact.subject, fact.subject)
        if fact.scope and fact.scope.startswith(EXCLUDING):
            rest = fact.scope[len(EXCLUDING) :]
            name += f"（不含{self.any(rest)}）"
        elif fact.scope and fact.scope != fact.subject:
            name += f"（{self.regions.get(fact.scope, fact.scope)}范围）"
        return name

    def any(self, ref: str) -> str:
        """A name for a reference written ``key``, ``kind:key`` or ``scheme/node``."""
        key = ref.split(":", 1)[-1]
        for table in (self.regions, self.schemes, self.nodes, self.enterprises, self.projects):
            if key in table:
                return table[key]
        return ref

    def indicator(self, key: str) -> str:
        return self.indicators.get(key, key)

    def region(self, key: str | None) -> str:
        return self.regions.get(key, key) if key else "未载"

    def enterprise(self, key: str | None) -> str:
        return self.enterprises.get(key, key) if key else "未载"

    def node(self, scheme: str | None, key: str | None) -> str:
        if not (scheme and key):
            return "未载"
        return self.nodes.get(f"{scheme}/{key}", key)

    def actor(self, key: str) -> str:
        """An event actor: a key of any kind, or already a name."""
        for table in (self.regions, self.enterprises, self.projects, self.others):
            if key in table:
                return table[key]
        return key
