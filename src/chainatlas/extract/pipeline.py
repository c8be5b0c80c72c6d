"""The extraction pipeline: small named, versioned components run in order on a Doc.

Each component is a callable taking and returning the :class:`Doc`; it declares what it
needs and what it adds, and records itself in ``doc.made_by`` on what it produced.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from chainatlas.extract import (
    events,
    measures,
    normalise,
    periods,
    qualifiers,
    quantities,
    sentences,
    subjects,
)
from chainatlas.extract.doc import Doc
from chainatlas.extract.organisations import Organisations


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    needs: tuple[str, ...]
    adds: tuple[str, ...]
    run: Callable[[Doc], Doc]

    @property
    def label(self) -> str:
        return f"{self.name}@{self.version}"


class Pipeline:
    """Components in order; ``pipeline(name, text)`` returns the finished Doc."""

    def __init__(self, components: list[Component]) -> None:
        have: set[str] = {"original"}
        for c in components:
            missing = set(c.needs) - have
            if missing:
                raise ValueError(
                    f"{c.label} needs {sorted(missing)} which no earlier component adds"
                )
            have |= set(c.adds)
        self.components = components

    def __call__(self, name: str, text: str) -> Doc:
        doc = Doc(name=name, original=text)
        for component in self.components:
            doc = component.run(doc)
        return doc

    @property
    def labels(self) -> list[str]:
        return [c.label for c in self.components]


def build_pipeline(gazetteer: Mapping[str, tuple[str, str]] | None = None) -> Pipeline:
    """The standard pipeline; ``gazetteer`` maps names and aliases to (canonical, type)."""
    orgs = Organisations(gazetteer)
    return Pipeline([
        Component(normalise.NAME, normalise.VERSION, ("original",), ("text", "paragraphs"), normalise.run),
        Component(sentences.NAME, sentences.VERSION, ("text", "paragraphs"), ("sentences",), sentences.run),
        Component(quantities.NAME, quantities.VERSION, ("sentences",), ("quantities",), quantities.run),
        Component(qualifiers.NAME, qualifiers.VERSION, ("quantities",), ("qualifiers",), qualifiers.run),
        Component(measures.NAME, measures.VERSION, ("qualifiers",), ("measures",), measures.run),
        Component(periods.NAME, periods.VERSION, ("measures",), ("periods", "cues"), periods.run),
        Component(orgs.name, orgs.version, ("sentences",), ("mentions", "entities"), orgs),
        Component(subjects.NAME, subjects.VERSION, ("mentions", "periods"), ("subjects",), subjects.run),
        Component(events.NAME, events.VERSION, ("mentions", "cues"), ("events",), events.run),
    ])  # fmt: skip
