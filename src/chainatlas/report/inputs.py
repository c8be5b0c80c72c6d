"""What a briefing is assembled from: the region's data and the results of the analyses.

The service layer gathers these (the overview, the chain maps with their diagnosis and
targets, the consistency review); the report only arranges them.  Overview parts are
described by protocols so that the report does not depend on the service that makes them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from chainatlas.analysis.chain_map import ChainMap
from chainatlas.analysis.consistency import Review
from chainatlas.analysis.gaps import Diagnosis
from chainatlas.analysis.pipeline import ProjectStatus
from chainatlas.analysis.targets import Target
from chainatlas.model.dataset import Dataset
from chainatlas.model.period import Period


class FigureLike(Protocol):
    @property
    def fact(self) -> str: ...


class TierLike(Protocol):
    """One node of a cluster structure as the overview gives it."""

    @property
    def node(self) -> str: ...  # "scheme/node"
    @property
    def name(self) -> str: ...
    @property
    def tier(self) -> str | None: ...
    @property
    def threshold(self) -> str | None: ...
    @property
    def status(self) -> str | None: ...
    @property
    def size(self) -> FigureLike | None: ...


class SegmentLike(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def enterprises(self) -> Sequence[str]: ...
    @property
    def figures(self) -> Sequence[FigureLike]: ...


class StageLike(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def segments(self) -> Sequence[SegmentLike]: ...


class StagedChainLike(Protocol):
    """A chain read stage by stage (发/储/送/用) with the enterprises of each segment."""

    @property
    def scheme(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def stages(self) -> Sequence[StageLike]: ...


@dataclass(frozen=True)
class ChainInput:
    """A chain's map for the region, its diagnosis and the ranked targets per gap node."""

    chain_map: ChainMap
    diagnosis: Diagnosis
    targets: Mapping[str, Sequence[Target]] = field(default_factory=dict)


@dataclass(frozen=True)
class BriefingInputs:
    data: Dataset  # the region's slice of the store
    region: str
    period: Period | None = None
    tiers: Sequence[TierLike] = ()
    missing: Sequence[str] = ()
    chains: Sequence[ChainInput] = ()
    staged: Sequence[StagedChainLike] = ()  # chains shown by stage, without a diagnosis
    names: Mapping[str, str] = field(default_factory=dict)  # names of keys outside the slice
    statuses: Sequence[ProjectStatus] = ()
    review: Review | None = None
    generated: str = ""  # date the briefing was written, ISO
