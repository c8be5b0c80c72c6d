"""挂链: place enterprises on the nodes of a chain from what their records say.

Three kinds of evidence, each with a prior confidence (:class:`LinkRules`):

* the enterprise's GB/T 4754 industry code equals a node's code.  A code several nodes
  share (C3985 电子专用材料制造 covers every 锂电池材料) says less: its confidence is
  ``code_confidence / n`` for ``n`` nodes sharing it, and a coarser code (中类 C384 for a
  node's 小类 C3841) counts half;
* a node keyword in 主营产品 (``product_confidence``) or in the enterprise name
  (``name_confidence``);
* a node keyword in 经营范围 (``scope_confidence``), halved when the clause holding it only
  trades the product (销售, 批发, 进出口 ... and no 生产, 制造, 研发 ...).

Keywords are matched leftmost-longest with an Aho-Corasick automaton (Aho & Corasick 1975,
pyahocorasick ``iter_long``), so 锂电池隔膜 is a separator and not a cell.  Independent
pieces of evidence for one node combine by noisy-or, ``c = 1 - prod(1 - c_i)``; a link whose
``c`` is below ``threshold`` is ``proposed`` and waits for review, the others are
``accepted``; one below ``floor`` (a code shared by five nodes, 0.45 / 5) is dropped.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import ahocorasick

from chainatlas.model.enterprise import Enterprise, EvidenceKind, Link, ReviewStatus
from chainatlas.model.scheme import Node

#: Phrases that name no node but would otherwise match a shorter keyword inside them.
STOP_PHRASES: tuple[str, ...] = ("电池材料", "锂电池材料", "锂离子电池材料", "电池专用材料")
_LAST_BREAK = re.compile(r".*[；;。，,\n]", re.S)
_NEXT_BREAK = re.compile(r"[；;。，,\n]")
_TRADE = re.compile("销售|批发|零售|进出口|贸易|代理")
_MAKE = re.compile("制造|生产|研发|加工|开发|组装|设计")


@dataclass(frozen=True)
class LinkRules:
    """Priors for each kind of evidence and the review threshold."""

    threshold: float = 0.5
    floor: float = 0.2  # below this a link is not even proposed: it would flood the review queue
    code_confidence: float = 0.45
    product_confidence: float = 0.85
    name_confidence: float = 0.7
    scope_confidence: float = 0.45
    trade_factor: float = 0.5
    coarse_code_factor: float = 0.5


@dataclass(frozen=True, slots=True)
class Evidence:
    kind: EvidenceKind
    field: str  # the record field that carried it: industry_code, products, name, scope
    text: str  # the code or keyword that matched
    confidence: float


@dataclass(frozen=True, slots=True)
class LinkProposal:
    """One enterprise on one node, with every piece of evidence and the combined score."""

    enterprise: str
    scheme: str
    node: str
    confidence: float
    evidence: tuple[Evidence, ...]
    status: ReviewStatus

    @property
    def detail(self) -> str:
        """``field:text`` of every piece of evidence, strongest first."""
        return "; ".join(f"{e.field}:{e.text}" for e in self.evidence)

    def to_link(self) -> Link:
        best = self.evidence[0]  # ordered strongest first by Linker
        return Link(
            enterprise=self.enterprise,
            scheme=self.scheme,
            node=self.node,
            evidence=best.kind,
            detail=self.detail,
            confidence=round(self.confidence, 4),
            status=self.status,
        )


def code_digits(code: str) -> str:
    """The numeric part of a GB/T 4754 code: ``C3841`` and ``3841`` both give ``3841``."""
    return code.strip().upper().lstrip("ABCDEFGHIJKLMNOPQRST")


class Linker:
    """Matches enterprises against the nodes given; build once, call :meth:`propose` often.

    Per enterprise the cost is one automaton pass over products, name and scope joined by
    line breaks (no keyword holds one, so no match crosses fields, and a line break ends a
    clause for :func:`is_trade_clause`); the evidence for a code or a keyword in a field is
    built once and shared.
    """

    def __init__(self, nodes: Sequence[Node], rules: LinkRules | None = None) -> None:
        self.rules = rules or LinkRules()
        self._codes: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self._automaton = ahocorasick.Automaton()
        keyword_nodes: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for node in nodes:
            for code in node.industry_codes:
                self._codes[code_digits(code)].append((node.scheme, node.key))
            for word in node.keywords:
                keyword_nodes[word].append((node.scheme, node.key))
        for word, targets in keyword_nodes.items():
            self._automaton.add_word(word, (word, tuple(targets)))
        for word in STOP_PHRASES:
            if word not in keyword_nodes:
                self._automaton.add_word(word, (word, ()))
        self._automaton.make_automaton()
        self._code_cache: dict[str, tuple[tuple[tuple[str, str], Evidence], ...]] = {}
        self._word_cache: dict[tuple[str, str, bool], Evidence] = {}

    def propose(self, enterprise: Enterprise) -> list[LinkProposal]:
        """Every node the enterprise's record points to, strongest evidence first."""
        e = enterprise
        return self.propose_record(e.key, e.name, e.industry_code, e.products, e.scope)

    def propose_record(
        self,
        key: str,
        name: str | None,
        industry_code: str | None,
        products: str | None,
        scope: str | None,
    ) -> list[LinkProposal]:
        """:meth:`propose` on the five fields linking reads (no Enterprise needed)."""
        found: dict[tuple[str, str], dict[tuple[str, str], Evidence]] = {}
        if industry_code:
            for target, evidence in self._code_evidence(industry_code):
                found.setdefault(target, {})[("industry_code", evidence.text)] = evidence
        for target, evidence in self._keyword_evidence(products or "", name or "", scope or ""):
            pieces = found.setdefault(target, {})
            slot = (evidence.field, evidence.text)
            old = pieces.get(slot)
            if old is None or old.confidence < evidence.confidence:
                pieces[slot] = evidence
        proposals = []
        for target, pieces in found.items():
            proposal = self._combine(key, target, tuple(pieces.values()))
            if proposal is not None:
                proposals.append(proposal)
        return proposals

    def _combine(
        self, enterprise: str, target: tuple[str, str], evidence: tuple[Evidence, ...]
    ) -> LinkProposal | None:
        missing = 1.0
        for piece in evidence:
            missing *= 1.0 - piece.confidence
        confidence = 1.0 - missing
        if confidence < self.rules.floor:
            return None
        status = (
            ReviewStatus.ACCEPTED if confidence >= self.rules.threshold else ReviewStatus.PROPOSED
        )
        if len(evidence) > 1:
            evidence = tuple(sorted(evidence, key=_strength))
        return LinkProposal(enterprise, target[0], target[1], confidence, evidence, status)

    def _code_evidence(self, code: str) -> tuple[tuple[tuple[str, str], Evidence], ...]:
        """Evidence from an industry code, built once per distinct code."""
        cached = self._code_cache.get(code)
        if cached is None:
            cached = self._code_cache[code] = tuple(self._read_code(code))
        return cached

    def _read_code(self, code: str) -> Iterator[tuple[tuple[str, str], Evidence]]:
        digits = code_digits(code)
        if digits in self._codes:
            targets = self._codes[digits]
            share = self.rules.code_confidence / len(targets)
            for target in targets:
                yield target, Evidence(EvidenceKind.INDUSTRY_CODE, "industry_code", code, share)
            return
        if len(digits) in (2, 3):  # a 大类/中类 covering the nodes' 小类
            for node_code, targets in self._codes.items():
                if node_code.startswith(digits):
                    share = self.rules.code_confidence * self.rules.coarse_code_factor
                    for target in targets:
                        conf = share / len(targets)
                        yield (
                            target,
                            Evidence(EvidenceKind.INDUSTRY_CODE, "industry_code", code, conf),
                        )

    def _keyword_evidence(
        self, products: str, name: str, scope: str
    ) -> Iterator[tuple[tuple[str, str], Evidence]]:
        """Keywords in products, name and scope, found in one pass over the three joined."""
        text = f"{products}\n{name}\n{scope}"
        name_start = len(products) + 1
        scope_start = name_start + len(name) + 1
        for end, (word, targets) in self._automaton.iter_long(text):
            if not targets:
                continue
            start = end - len(word) + 1
            if start < name_start:
                field = "products"
                traded = False
            elif start < scope_start:
                field = "name"
                traded = False
            else:
                field = "scope"
                traded = is_trade_clause(text, start, end + 1)
            evidence = self._word_cache.get((field, word, traded))
            if evidence is None:
                evidence = self._word_evidence(field, word, traded)
            for target in targets:
                yield target, evidence

    def _word_evidence(self, field: str, word: str, traded: bool) -> Evidence:
        prior = {
            "products": self.rules.product_confidence,
            "name": self.rules.name_confidence,
            "scope": self.rules.scope_confidence,
        }[field]
        kind = EvidenceKind.SCOPE if field == "scope" else EvidenceKind.KEYWORD
        confidence = prior * self.rules.trade_factor if traded else prior
        evidence = self._word_cache[(field, word, traded)] = Evidence(kind, field, word, confidence)
        return evidence


def _strength(evidence: Evidence) -> float:
    return -evidence.confidence


def is_trade_clause(text: str, start: int, end: int) -> bool:
    """Whether the clause around ``text[start:end]`` only trades (销售) and never makes."""
    before = _LAST_BREAK.match(text, 0, start)
    after = _NEXT_BREAK.search(text, end)
    clause = text[before.end() if before else 0 : after.start() if after else len(text)]
    return _TRADE.search(clause) is not None and _MAKE.search(clause) is None
