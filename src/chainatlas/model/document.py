"""Documents facts are read from, and dated events."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class Document:
    key: str
    title: str
    publisher: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None  # compact Period text, or the inferred window
    source: str | None = None  # file name or URL it was read from
    sha256: str | None = None  # of the text the spans index into
    gaps: tuple[str, ...] = ()  # what is missing, e.g. images the text names
    text: str | None = None  # kept for extracted documents, omitted for bundled ones


@dataclass(frozen=True, kw_only=True)
class Event:
    key: str
    date: str  # compact Period text: its grain is the date's precision
    summary: str
    actors: tuple[str, ...] = ()  # entity keys or names
    region: str | None = None
    document: str | None = None
    start: int | None = None
    end: int | None = None
    quote: str | None = None
