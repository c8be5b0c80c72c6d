"""Scoring predictions against a gold file, exactly as ``shared/eval/README.md`` defines.

A predicted fact matches a gold fact of the same document when both values, in base units
(亿 = 1e8, 万 = 1e4; % and 个百分点 stay), agree within half a unit of the gold value's last
written digit and the measures are equal; each gold fact matches at most one prediction.
Value P/R/F1 count matches; period, qualifier, subject and indicator accuracy are shares of
the matched facts (names compared without spaces and quotes, against name or aliases).
Entities are scored by name or alias; events by date and at least one shared actor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any

_STRIP = re.compile(r"[\s“”\"'‘’「」『』《》]")


def normalise_name(name: str) -> str:
    return _STRIP.sub("", name or "")


def base_factor(unit: str) -> Decimal:
    for prefix, factor in (
        ("万亿", Decimal(10) ** 12),
        ("亿", Decimal(10) ** 8),
        ("万", Decimal(10) ** 4),
    ):
        if unit.startswith(prefix):
            return factor
    return Decimal(1)


def half_digit(value: Any) -> Decimal:
    """Half a unit of the last written digit of ``value`` as the JSON file writes it."""
    text = str(value)
    if "e" in text.lower():
        text = format(Decimal(text), "f")
    decimals = len(text.split(".")[1]) if "." in text else 0
    return Decimal(5) * Decimal(10) ** (-decimals - 1)


def values_match(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    if gold.get("measure") != pred.get("measure"):
        return False
    g = Decimal(str(gold["value"])) * base_factor(gold.get("unit", ""))
    p = Decimal(str(pred["value"])) * base_factor(pred.get("unit", ""))
    tolerance = half_digit(gold["value"]) * base_factor(gold.get("unit", ""))
    return abs(g - p) <= tolerance


@dataclass
class Score:
    facts_gold: int = 0
    facts_predicted: int = 0
    matched: int = 0
    same: dict[str, int] = field(default_factory=lambda: dict.fromkeys(
        ("period", "qualifier", "subject", "indicator"), 0))  # fmt: skip
    entities_gold: int = 0
    entities_predicted: int = 0
    entities_found: int = 0
    entities_correct: int = 0
    events_gold: int = 0
    events_predicted: int = 0
    events_matched: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        p = _ratio(self.matched, self.facts_predicted)
        r = _ratio(self.matched, self.facts_gold)
        out = {"value_precision": p, "value_recall": r,
               "value_f1": 2 * p * r / (p + r) if p + r else 0.0}  # fmt: skip
        for name, count in self.same.items():
            out[f"{name}_accuracy"] = _ratio(count, self.matched)
        out["entity_precision"] = _ratio(self.entities_correct, self.entities_predicted)
        out["entity_recall"] = _ratio(self.entities_found, self.entities_gold)
        out["event_precision"] = _ratio(self.events_matched, self.events_predicted)
        out["event_recall"] = _ratio(self.events_matched, self.events_gold)
        return {k: round(v, 4) for k, v in out.items()}

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["figures"] = self.figures()
        return data


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def gold_span(text: str, fact: dict[str, Any]) -> tuple[int, int] | None:
    quote, start = fact.get("quote", ""), -1
    for _ in range(int(fact.get("occurrence", 1))):
        start = text.find(quote, start + 1)
        if start < 0:
            return None
    return start, start + len(quote)


def score_document(
    score: Score, text: str, gold: dict[str, Any], predicted: dict[str, Any]
) -> None:
    """Add one document's facts, entities and events to ``score``."""
    _score_facts(score, text, gold.get("facts", []), predicted.get("facts", []), gold["doc"])
    _score_entities(score, gold.get("entities", []), predicted.get("entities", []), gold["doc"])
    _score_events(score, gold, predicted.get("events", []))


def _score_facts(
    score: Score, text: str, gold: list[dict[str, Any]], pred: list[dict[str, Any]], doc: str
) -> None:
    score.facts_gold += len(gold)
    score.facts_predicted += len(pred)
    used: set[int] = set()
    pairs: dict[int, int] = {}
    spans = [gold_span(text, g) for g in gold]
    for overlap_only in (True, False):
        for gi, g in enumerate(gold):
            if gi in pairs:
                continue
            for pi, p in enumerate(pred):
                if pi in used or not values_match(g, p):
                    continue
                span = spans[gi]
                if overlap_only and not (span and p["start"] < span[1] and span[0] < p["end"]):
                    continue
                pairs[gi] = pi
                used.add(pi)
                break
    for gi, pi in pairs.items():
        _compare(score, gold[gi], pred[pi], doc)
    score.matched += len(pairs)
    for gi, g in enumerate(gold):
        if gi not in pairs:
            score.misses.append({"doc": doc, "kind": "missed", "quote": g["quote"]})
    for pi, p in enumerate(pred):
        if pi not in used:
            score.misses.append({"doc": doc, "kind": "spurious", "quote": p["quote"]})


def _compare(score: Score, g: dict[str, Any], p: dict[str, Any], doc: str) -> None:
    for key in ("period", "qualifier"):
        if str(g.get(key, "exact" if key == "qualifier" else "unknown")) == str(p.get(key)):
            score.same[key] += 1
        else:
            score.misses.append({"doc": doc, "kind": key, "quote": g["quote"],
                                 "gold": g.get(key), "predicted": p.get(key)})  # fmt: skip
    for key in ("subject", "indicator"):
        names = {normalise_name(n) for n in [g.get(key, ""), *g.get(f"{key}_aliases", [])]}
        if normalise_name(p.get(key) or "") in names:
            score.same[key] += 1
        else:
            score.misses.append({"doc": doc, "kind": key, "quote": g["quote"],
                                 "gold": g.get(key), "predicted": p.get(key)})  # fmt: skip


def _names(entity: dict[str, Any]) -> set[str]:
    return {normalise_name(n) for n in [entity["name"], *entity.get("aliases", [])]}


def _score_entities(
    score: Score, gold: list[dict[str, Any]], pred: list[dict[str, Any]], doc: str
) -> None:
    predicted = {normalise_name(p["name"]) for p in pred}
    every_gold: set[str] = set().union(*(_names(g) for g in gold)) if gold else set()
    score.entities_gold += len(gold)
    score.entities_predicted += len(predicted)
    found = [g for g in gold if _names(g) & predicted]
    score.entities_found += len(found)
    score.entities_correct += len(predicted & every_gold)
    for g in gold:
        if not _names(g) & predicted:
            score.misses.append({"doc": doc, "kind": "entity missed", "name": g["name"],
                                 "type": g.get("type")})  # fmt: skip
    for name in sorted(predicted - every_gold):
        score.misses.append({"doc": doc, "kind": "entity spurious", "name": name})


def _score_events(score: Score, gold: dict[str, Any], pred: list[dict[str, Any]]) -> None:
    canonical: dict[str, str] = {}
    for entity in gold.get("entities", []):
        for n in _names(entity):
            canonical[n] = normalise_name(entity["name"])
    events = gold.get("events", [])
    score.events_gold += len(events)
    score.events_predicted += len(pred)
    used: set[int] = set()
    doc = gold["doc"]
    for g in events:
        actors = {canonical.get(normalise_name(a), normalise_name(a)) for a in g.get("actors", [])}
        for pi, p in enumerate(pred):
            mine = {
                canonical.get(normalise_name(a), normalise_name(a)) for a in p.get("actors", [])
            }
            if pi not in used and str(p.get("date")) == str(g.get("date")) and actors & mine:
                used.add(pi)
                score.events_matched += 1
                break
        else:
            score.misses.append({"doc": doc, "kind": "event missed", "date": g.get("date"),
                                 "actors": g.get("actors", []), "quote": g.get("quote")})  # fmt: skip
    for pi, p in enumerate(pred):
        if pi not in used:
            score.misses.append({"doc": doc, "kind": "event spurious", "date": p.get("date"),
                                 "actors": p.get("actors", []), "quote": p.get("summary")})  # fmt: skip


def evaluate(gold_documents: Iterable[dict[str, Any]], read: Any, predict: Any) -> Score:
    """Score ``predict(name, text)`` (a dict of facts, entities, events) on every gold
    document; ``read(name)`` returns a document's original text."""
    score = Score()
    for gold in gold_documents:
        text = read(gold["doc"])
        score_document(score, text, gold, predict(gold["doc"], text))
    return score
