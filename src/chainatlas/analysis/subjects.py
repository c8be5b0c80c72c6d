"""Which subjects contain which: the part/whole structure that derivations and checks use.

Nothing here is specific to one place.  The structure comes from the data:

- a node lies in its parent node, a top-level node in its scheme, a scheme in its region;
- an enterprise, project or platform lies in its region; a region in its parent region;
- two nodes of schemes held by the *same region* that share a name or alias are the same
  industry seen from two structures (智能电网 is both a "2+2+X" cluster and the 送 stage of
  the new-energy chain), so a figure about one is a figure about the other.

A share (占全市……比重) or a growth gap (高于全市……) is taken relative to the region the
subject lies in, unless the fact's ``scope`` names another subject (``region:320400``,
``320400`` or a name such as ``常州市``); any other ``scope`` text marks a whole that the
data does not hold as a subject, which derivations keep under that scope.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from chainatlas.model.fact import Fact, SubjectType
from chainatlas.model.region import Region, RegionLevel
from chainatlas.model.scheme import Node, Scheme

#: A subject as facts name it: (subject_type, key); node keys are ``scheme/node``.
Ref = tuple[SubjectType, str]


@dataclass(frozen=True)
class SubjectGraph:
    """Parents, names and equivalents of every subject the data describes."""

    parents: Mapping[Ref, Ref] = field(default_factory=dict)
    names: Mapping[Ref, str] = field(default_factory=dict)
    levels: Mapping[Ref, RegionLevel] = field(default_factory=dict)
    equivalents: Mapping[Ref, tuple[Ref, ...]] = field(default_factory=dict)
    by_name: Mapping[str, Ref] = field(default_factory=dict)

    def ancestors(self, ref: Ref) -> list[Ref]:
        """Enclosing subjects, nearest first (cycles in bad data stop the walk)."""
        chain: list[Ref] = []
        current = self.parents.get(ref)
        while current is not None and current not in chain and current != ref:
            chain.append(current)
            current = self.parents.get(current)
        return chain

    def contains(self, outer: Ref, inner: Ref) -> bool:
        """Whether ``inner`` lies within ``outer`` (directly or through its equivalents)."""
        return any(outer in self.ancestors(r) for r in self.same_as(inner))

    def same_as(self, ref: Ref) -> tuple[Ref, ...]:
        """``ref`` and the subjects that are the same thing under another structure."""
        return (ref, *self.equivalents.get(ref, ()))

    def region_of(self, ref: Ref) -> Ref | None:
        """The nearest region a subject lies in (a region's own is itself)."""
        if ref[0] is SubjectType.REGION:
            return ref
        for parent in self.ancestors(ref):
            if parent[0] is SubjectType.REGION:
                return parent
        return None

    def name(self, ref: Ref) -> str:
        return self.names.get(ref, ref[1])

    def resolve(self, text: str) -> Ref | None:
        """A subject from ``type:key``, a bare key, or a name or alias."""
        kind, sep, key = text.partition(":")
        if sep and kind in {t.value for t in SubjectType}:
            ref = (SubjectType(kind), key)
            return ref if ref in self.names else None
        for kind_ in SubjectType:
            if (kind_, text) in self.names:
                return (kind_, text)
        return self.by_name.get(text)

    def whole_of_share(self, fact: Fact) -> tuple[Ref, str | None] | None:
        """The whole a share or gap of ``fact`` is taken of: (subject, scope)."""
        ref = subject_of(fact)
        if fact.scope:
            named = self.resolve(fact.scope)
            return (named, None) if named is not None else (ref, fact.scope)
        if ref[0] is SubjectType.REGION:
            parent = self.parents.get(ref)
            return None if parent is None else (parent, None)
        region = self.region_of(ref)
        return None if region is None else (region, None)


def subject_of(fact: Fact) -> Ref:
    return (fact.subject_type, fact.subject)


def build_subject_graph(
    regions: Iterable[Region] = (),
    schemes: Iterable[Scheme] = (),
    nodes: Iterable[Node] = (),
    located: Iterable[tuple[SubjectType, str, str | None, str]] = (),
) -> SubjectGraph:
    """Build the graph from regions, schemes, nodes and ``(type, key, region, name)``
    rows for enterprises, projects, platforms and the like."""
    parents: dict[Ref, Ref] = {}
    names: dict[Ref, str] = {}
    levels: dict[Ref, RegionLevel] = {}
    aliases: dict[Ref, tuple[str, ...]] = {}
    for region in regions:
        ref = (SubjectType.REGION, region.key)
        names[ref], aliases[ref], levels[ref] = region.name, region.aliases, region.level
        if region.parent:
            parents[ref] = (SubjectType.REGION, region.parent)
    scheme_region: dict[str, str | None] = {}
    for scheme in schemes:
        ref = (SubjectType.SCHEME, scheme.key)
        names[ref], scheme_region[scheme.key] = scheme.name, scheme.region
        if scheme.region:
            parents[ref] = (SubjectType.REGION, scheme.region)
    node_list = list(nodes)
    for node in node_list:
        ref = (SubjectType.NODE, f"{node.scheme}/{node.key}")
        names[ref], aliases[ref] = node.name, node.aliases
        above = f"{node.scheme}/{node.parent}" if node.parent else None
        parents[ref] = (SubjectType.NODE, above) if above else (SubjectType.SCHEME, node.scheme)
    for kind, key, home, name in located:
        names[(kind, key)] = name
        if home:
            parents[(kind, key)] = (SubjectType.REGION, home)
    return SubjectGraph(
        parents=parents,
        names=names,
        levels=levels,
        equivalents=_find_equivalents(node_list, scheme_region),
        by_name=_index_names(names, aliases),
    )


def _find_equivalents(
    nodes: list[Node], scheme_region: Mapping[str, str | None]
) -> dict[Ref, tuple[Ref, ...]]:
    """Nodes of different schemes of one region where one's name is the other's name or
    alias (indexed by region and text, so the cost grows with the nodes, not their pairs)."""
    by_name: dict[tuple[str, str], list[Node]] = {}
    by_any: dict[tuple[str, str], list[Node]] = {}
    for node in nodes:
        region = scheme_region.get(node.scheme)
        if region is None:
            continue
        by_name.setdefault((region, node.name), []).append(node)
        for text in {node.name, *node.aliases}:
            by_any.setdefault((region, text), []).append(node)
    found: dict[Ref, tuple[Ref, ...]] = {}
    for node in nodes:
        region = scheme_region.get(node.scheme)
        if region is None:
            continue
        others = list(by_any.get((region, node.name), []))
        for alias in node.aliases:
            others.extend(by_name.get((region, alias), []))
        refs = dict.fromkeys(_node_ref(o) for o in others if o.scheme != node.scheme)
        if refs:
            found[_node_ref(node)] = tuple(refs)
    return found


def _node_ref(node: Node) -> Ref:
    return (SubjectType.NODE, f"{node.scheme}/{node.key}")


def _index_names(
    names: Mapping[Ref, str], aliases: Mapping[Ref, tuple[str, ...]]
) -> dict[str, Ref]:
    """Name or alias -> subject, for names that point at one subject only."""
    seen: dict[str, set[Ref]] = {}
    for ref, name in names.items():
        for text in (name, *aliases.get(ref, ())):
            seen.setdefault(text, set()).add(ref)
    return {text: next(iter(refs)) for text, refs in seen.items() if len(refs) == 1}
