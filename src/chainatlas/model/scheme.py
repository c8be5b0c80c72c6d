"""Classifications, cluster structures and chain ontologies, and their nodes.

One shape serves all three: a scheme holds nodes; chain nodes are joined by directed
edges (upstream -> downstream); cluster nodes carry a tier and whether the tier has been
reached (``achieved``) or is a goal (``target``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class SchemeKind(StrEnum):
    CLASSIFICATION = "classification"  # GB/T 4754 and the like
    CLUSTER = "cluster"  # "2+2+X"
    CHAIN = "chain"  # a directed industrial chain
    LIST = "list"  # a named list, e.g. a province's strategic emerging industries


class TierStatus(StrEnum):
    ACHIEVED = "achieved"
    TARGET = "target"


@dataclass(frozen=True, kw_only=True)
class Scheme:
    key: str
    name: str
    kind: SchemeKind
    region: str | None = None
    description: str | None = None


@dataclass(frozen=True, kw_only=True)
class Node:
    """A node of a scheme. ``parent`` groups nodes (a stage holding its segments)."""

    scheme: str
    key: str
    name: str
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    stage: str | None = None  # e.g. upstream / midstream / downstream, 发/储/送/用
    order: int = 0
    tier: str | None = None  # 千亿级 / 五百亿级 / 百亿级
    tier_threshold: str | None = None  # Quantity text, e.g. "1000亿元"
    tier_status: TierStatus | None = None
    industry_codes: tuple[str, ...] = ()  # GB/T 4754-2017, e.g. ("C3841",)
    keywords: tuple[str, ...] = ()  # product words that link enterprises
    weight: float = 1.0
    description: str | None = None


@dataclass(frozen=True, kw_only=True)
class Edge:
    """A directed edge upstream -> downstream inside one scheme."""

    scheme: str
    source: str
    target: str
    kind: str = "supplies"
