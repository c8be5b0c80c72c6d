"""A map from normalised-text offsets back to the original text.

Normalisation only deletes characters or swaps one character for another, so the map is
a short list of segments (one per run of kept text), searched with bisect: memory grows
with the number of edits, not with the length of the document.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass
class OffsetMap:
    """Segments ``(norm_start, orig_start)``; inside a segment offsets move together."""

    norm_starts: list[int] = field(default_factory=list)
    orig_starts: list[int] = field(default_factory=list)
    norm_length: int = 0

    def add_segment(self, norm_start: int, orig_start: int) -> None:
        self.norm_starts.append(norm_start)
        self.orig_starts.append(orig_start)

    def to_original(self, pos: int) -> int:
        """Original offset of the normalised character at ``pos``."""
        if not self.norm_starts:
            return pos
        i = bisect_right(self.norm_starts, pos) - 1
        i = max(i, 0)
        return self.orig_starts[i] + pos - self.norm_starts[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` of the normalised ``[start, end)`` (end exclusive)."""
        if end <= start:
            s = self.to_original(start)
            return s, s
        return self.to_original(start), self.to_original(end - 1) + 1

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls([0], [0], length)
