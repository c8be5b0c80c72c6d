"""What the extractor proposes and a person accepts, edits or rejects."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from chainatlas.model.enterprise import ReviewStatus


class CandidateKind(StrEnum):
    FACT = "fact"
    ENTITY = "entity"
    EVENT = "event"
    LINK = "link"


@dataclass(frozen=True, kw_only=True)
class Candidate:
    """A proposal with its exact span and the component (and version) that made it."""

    kind: CandidateKind
    document: str
    start: int
    end: int
    quote: str
    component: str  # "quantities@1"
    confidence: float
    payload: dict[str, Any] = field(default_factory=dict)
    status: ReviewStatus = ReviewStatus.PROPOSED
    id: int | None = None
    reviewer: str | None = None
    reviewed_at: str | None = None
