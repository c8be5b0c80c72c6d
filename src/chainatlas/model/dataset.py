"""A whole dataset in memory: what an import reads and an export writes."""

from __future__ import annotations

from dataclasses import dataclass, field

from chainatlas.model.actors import Honour, Person, Platform, Programme
from chainatlas.model.document import Document, Event
from chainatlas.model.enterprise import Enterprise, Link, Relation
from chainatlas.model.fact import Fact, Indicator
from chainatlas.model.project import Project
from chainatlas.model.region import Region
from chainatlas.model.scheme import Edge, Node, Scheme


@dataclass
class Dataset:
    """Collections in dependency order: later ones refer to earlier ones by key."""

    regions: list[Region] = field(default_factory=list)
    schemes: list[Scheme] = field(default_factory=list)
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    enterprises: list[Enterprise] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    platforms: list[Platform] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    honours: list[Honour] = field(default_factory=list)
    programmes: list[Programme] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {name: len(getattr(self, name)) for name in COLLECTIONS}

    def items(self, collection: str) -> list[object]:
        items: list[object] = getattr(self, collection)
        return items


COLLECTIONS: tuple[str, ...] = (
    "regions",
    "schemes",
    "nodes",
    "edges",
    "indicators",
    "documents",
    "enterprises",
    "relations",
    "links",
    "projects",
    "platforms",
    "people",
    "honours",
    "programmes",
    "facts",
    "events",
)

#: The model class each collection holds.
COLLECTION_TYPES: dict[str, type[object]] = {
    "regions": Region,
    "schemes": Scheme,
    "nodes": Node,
    "edges": Edge,
    "indicators": Indicator,
    "documents": Document,
    "enterprises": Enterprise,
    "relations": Relation,
    "links": Link,
    "projects": Project,
    "platforms": Platform,
    "people": Person,
    "honours": Honour,
    "programmes": Programme,
    "facts": Fact,
    "events": Event,
}
