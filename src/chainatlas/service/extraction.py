"""Use cases for reading documents: extract, propose to the review queue, evaluate."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from chainatlas.extract import build_pipeline
from chainatlas.extract.evaluate import Score, evaluate
from chainatlas.extract.gold import load_gold
from chainatlas.extract.loaders import iter_documents, iter_paths, read_document
from chainatlas.extract.pipeline import Pipeline
from chainatlas.extract.results import candidates_of, results_of
from chainatlas.model.actors import Platform, Programme
from chainatlas.model.document import Document
from chainatlas.model.enterprise import Enterprise
from chainatlas.model.region import Region
from chainatlas.service.session import open_store
from chainatlas.settings import Settings
from chainatlas.store import repository
from chainatlas.store.candidates import propose

_GAZETTEER_KINDS: tuple[tuple[type[Any], str], ...] = (
    (Region, "region"),
    (Enterprise, "company"),
    (Platform, "platform"),
    (Programme, "programme"),
)


def list_paths(paths: Iterable[str | Path]) -> list[Path]:
    """The readable files named or found under the folders named."""
    return list(iter_paths(paths))


def gazetteer_from_store(settings: Settings) -> dict[str, tuple[str, str]]:
    """Names and aliases of regions, enterprises, platforms and programmes in the store."""
    store = open_store(settings)
    table: dict[str, tuple[str, str]] = {}
    with store.connect() as conn:
        for cls, kind in _GAZETTEER_KINDS:
            for obj in repository.iter_all(conn, cls):
                for name in (obj.name, *obj.aliases):
                    if len(name) >= 2:
                        table.setdefault(name, (obj.name, kind))
    return table


def extract_documents(
    paths: Iterable[str | Path], *, pipeline: Pipeline | None = None
) -> Iterator[dict[str, Any]]:
    """Results (facts, entities, events with original spans) per document, streamed."""
    pipe = pipeline or build_pipeline()
    for name, text in iter_documents(paths):
        yield results_of(pipe(name, text))


def propose_documents(
    settings: Settings,
    paths: Iterable[str | Path],
    *,
    use_gazetteer: bool = True,
    on_document: Callable[[str], None] | None = None,
) -> dict[str, int]:
    """Extract and queue candidates; the same document twice adds nothing new."""
    store = open_store(settings)
    pipe = build_pipeline(gazetteer_from_store(settings) if use_gazetteer else None)
    counts = {"documents": 0, "added": 0, "already_queued": 0}
    for name, text in iter_documents(paths):
        doc = pipe(name, text)
        key = document_key(name, text)
        with store.transaction() as conn:
            if not repository.exists(conn, Document, key):
                sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
                repository.add(conn, Document(key=key, title=_title(text, name), source=name,
                                              sha256=sha, text=text))  # fmt: skip
            added, known = propose(conn, candidates_of(doc, key))
        counts["documents"] += 1
        counts["added"] += added
        counts["already_queued"] += known
        if on_document is not None:
            on_document(name)
    return counts


def document_key(name: str, text: str) -> str:
    """A document's key: its file stem and the start of its text's hash."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]
    return f"{Path(name).stem[:60]}-{digest}"


def _title(text: str, name: str) -> str:
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first[:120] or name


def evaluate_gold(gold: Path, docs: Path) -> Score:
    """Score the standard pipeline on a gold file whose documents lie in ``docs``."""
    pipe = build_pipeline()
    return evaluate(
        load_gold(gold),
        lambda name: read_document(Path(docs) / name),
        lambda name, text: results_of(pipe(name, text)),
    )
