"""sentences@1: sentences (。！？) within paragraphs, and clauses (，；：) within sentences.

Quoted text (“…”, 《…》) never splits, so ``“当年开工,当年投产”`` stays one clause.
"""

from __future__ import annotations

import re

from chainatlas.extract.doc import Doc, Sentence

NAME = "sentences"
VERSION = "1"

# Runs of plain characters are consumed whole (possessively); a quote that does not close
# in time is read as a plain character, exactly as the alternation one character at a time.
_SENTENCE = re.compile(r"(?:[^。！？\n“]++|“[^”\n]{0,80}”|“)+[。！？…]*|[。！？…]+")
_CLAUSE = re.compile(r"(?:[^，；：“《]++|“[^”\n]{0,60}”|《[^》\n]{0,60}》|[“《])+")


def run(doc: Doc) -> Doc:
    for index, para in enumerate(doc.paragraphs):
        for m in _SENTENCE.finditer(doc.text, para.start, para.end):
            doc.sentences.append(Sentence(m.start(), m.end(), index))
    doc.made_by["sentences"] = f"{NAME}@{VERSION}"
    return doc


def clauses_of(doc: Doc, sentence: Sentence) -> list[tuple[int, int]]:
    """Clause spans of ``sentence`` (computed once, when a component first asks)."""
    if not sentence.clauses:
        sentence.clauses = [
            m.span() for m in _CLAUSE.finditer(doc.text, sentence.start, sentence.end)
        ] or [(sentence.start, sentence.end)]
    return sentence.clauses


def clause_at(doc: Doc, sentence: Sentence, pos: int) -> tuple[int, int]:
    """The clause of ``sentence`` holding offset ``pos``."""
    spans = clauses_of(doc, sentence)
    for s, e in spans:
        if s <= pos < e:
            return s, e
    return spans[-1]


def assign_sentences(doc: Doc) -> None:
    """Record on each quantity the index of its sentence (both lists are in text order)."""
    i = 0
    for q in doc.quantities:
        while i + 1 < len(doc.sentences) and doc.sentences[i].end <= q.start:
            i += 1
        q.sentence = i
