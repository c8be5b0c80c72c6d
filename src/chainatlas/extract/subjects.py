"""subjects_indicators@20: what each figure is about (subject) and what it measures.

The subject is the named thing before the figure in its clause that is in subject
position (not a list member, not after 在/占/高于, not the object of 位居/入选/牵手); else the
subject at the head of an earlier clause of the sentence, then of a later one; else the
topic carried from earlier sentences; else the document's main place. Industry phrases
(溧阳新能源领域, 光伏风电产业), teams (X团队) and anaphora (企业, 公司 -> the last company)
count as subjects. Indicators are read per measure, see :mod:`indicators`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import partial

from chainatlas.extract import indicators, retold
from chainatlas.extract.anaphora import anaphora, extend
from chainatlas.extract.cards import card_project
from chainatlas.extract.chain_map import chain_subject, page_chain, tells_chain
from chainatlas.extract.delegations import delegation_doing
from chainatlas.extract.doc import Doc, Mention, Quantity
from chainatlas.extract.eligible import eligible
from chainatlas.extract.fairs import attended_meeting, fair_subject, is_fair
from chainatlas.extract.figure_context import kept_figure_ends
from chainatlas.extract.filed_names import filed_name
from chainatlas.extract.heads import clause_head
from chainatlas.extract.industry_parts import (
    ITEM_MARK,
    cluster_before,
    industry_phrases,
    opening_cluster,
    sub_industries,
)
from chainatlas.extract.openings import AT_FAIR, DOINGS, NEW_VIEW, WHOLE_MEASURE, WHOLE_YEAR
from chainatlas.extract.period_rules import TABLE_KINDS
from chainatlas.extract.phrases import HEAD_JUNK
from chainatlas.extract.qualifiers import GRANTED
from chainatlas.extract.respective import respective
from chainatlas.extract.sections import profiled, section_industry, section_project
from chainatlas.extract.sectors import split_sector
from chainatlas.extract.segments import by_line, line_of_business
from chainatlas.extract.sentences import clauses_of
from chainatlas.extract.signings import signed_firm
from chainatlas.extract.speakers import quoted_speaker
from chainatlas.extract.structures import tier_structure
from chainatlas.extract.topic import main_region, title_firm
from chainatlas.extract.wholes import (
    REST_OF_LIST,
    project_holding,
    rest_of_list,
    scope_subject,
    wholes,
)

NAME = "subjects_indicators"
VERSION = "22"
COMPONENT = f"{NAME}@{VERSION}"

SUBJECT_TYPES = {"company", "platform", "park", "region", "government", "institution", "person",
                 "programme", "industry", "team", "project"}  # fmt: skip


@dataclass
class _Scope:
    """What every figure of one document shares: mention starts, the main place, and the
    subject candidates of each sentence (computed once, when first asked)."""

    starts: list[int]
    main: str | None
    figure_ends: list[int]
    sentences: dict[int, list[Mention]] = field(default_factory=dict)
    release: bool = False  # a bulletin or release: a sentence with no subject is the place's
    cluster: str | None = None  # the cluster the opening names (许昌电力装备集群), "" if none
    chain: str | None = None  # the chain a 链长制 page is about, "" if none
    firm: str | None = None  # the firm the title names, whose news this is
    told: dict[str, str] = field(default_factory=dict)  # a segment's measure -> the measure


def run(doc: Doc) -> Doc:
    facts = [q for q in doc.quantities if not q.drop and q.measure]
    if not facts:
        return doc
    scope = _Scope([m.start for m in doc.mentions], main_region(doc), kept_figure_ends(doc))
    at = doc.title_index()
    title = doc.text[doc.paragraphs[at].start : doc.paragraphs[at].end] if at >= 0 else ""
    scope.release = _RELEASE_TITLE.search(title) is not None
    topic = title_firm(doc)
    scope.firm = topic[0] if topic is not None else None
    for q in facts:
        candidates = _sentence_mentions(doc, q.sentence, scope)
        structure = tier_structure(doc, q, candidates) if q.measure == "count" else None
        if structure is None and q.subject:  # a table row that named its own subject
            q.subject_type = q.subject_type or (
                "project" if q.kind.startswith("cell") else "industry"
            )
            continue
        held = project_holding(candidates, q.start, q.end)
        if held is not None:
            fixed: tuple[str, str] | None = (held.name, "project")
        else:
            fixed = (structure, "industry") if structure else _fixed_subject(doc, q, scope, topic)
        if fixed is not None:
            q.subject, q.subject_type = fixed
            indicators.assign(doc, q, candidates, scope.figure_ends)
        else:
            _weigh(doc, q, candidates, scope, topic)
    for q in facts:
        q.indicator = filed_name(q.indicator)
        split_sector(q)
        project = card_project(doc, doc.sentences[q.sentence].paragraph)
        if project is not None and q.subject_type != "project":
            q.subject, q.subject_type = project, "project"  # 总投资：68亿元 on its card
    retold.date_from_body(doc, facts)
    doc.made_by["subjects"] = f"{NAME}@{VERSION}"
    return doc


def _fixed_subject(
    doc: Doc, q: Quantity, scope: _Scope, topic: tuple[str, str] | None
) -> tuple[str, str] | None:
    """A subject the figure's place gives, whatever the sentence names: a table's row is
    the place's (or the firm's), an amount a policy grants is the granting place's, a count
    after 全市/全省 is that whole's."""
    main = scope.main
    chain = chain_subject(doc, doc.sentences[q.sentence].start, q.start) if q.sentence >= 0 else ""
    if chain:
        return chain, "industry"  # 上游为…等环节8个; 《图谱》梳理产业链环节32个
    if q.kind in TABLE_KINDS and (topic or main) is not None:
        return topic or (main, "region")  # type: ignore[return-value]
    if main is not None and GRANTED.search(doc.text, max(0, q.start - 40), q.start):
        return main, "region"  # 对…企业给予100万元奖励: who grants
    whole = scope_subject(doc, q, scope.starts) if q.measure == "count" else None
    return (whole, "region") if whole is not None else None


def _weigh(
    doc: Doc,
    q: Quantity,
    candidates: list[Mention],
    scope: _Scope,
    topic: tuple[str, str] | None,
) -> None:
    """The subject weighed among the names of the figure's sentence, else the document's
    firm or place; and its indicator."""
    end = q.end if q.measure == "level" else -1
    if q.measure == "rank":  # 国家高新区综合评价第26位: the list ranks, it is not ranked
        candidates = [m for m in candidates if m.type != "programme"]
    subject = attended_meeting(doc, q.start, q.end, scope.starts) if q.measure == "count" else None
    subject = subject or _subject(
        doc, q.sentence, q.start, end, candidates, scope, q.measure == "count"
    )
    subject = signed_firm(doc, q, candidates, subject)
    subject = delegation_doing(doc, q) or subject  # 代表团先后走访企业16家: the delegation's
    segment = line_of_business(subject, scope.firm)
    if segment is not None:
        subject = None  # 海外市场营收58.7亿元 in a firm's news: the firm's, by segment
    paragraph = doc.sentences[q.sentence].paragraph
    subject = subject or profiled(doc, paragraph, scope.starts)
    subject = subject or section_project(doc, paragraph, scope.starts)
    subject = subject or section_industry(doc, paragraph, f"{NAME}@{VERSION}")
    chain = _page_chain(doc, scope) if subject is None or subject.type == "region" else None
    if chain is not None and not tells_chain(doc, q, chain[0], scope.main, subject is None):
        chain = None
    if chain is not None and (subject is None or subject.name == scope.main):
        q.subject, q.subject_type = chain  # a 链长制 page: 全市海洋化工产业链规上企业86家
    elif subject is None:
        q.subject, q.subject_type = topic or (scope.main, "region")
        q.confidence -= 0.2
    else:
        q.subject, q.subject_type = subject.name, subject.type
    indicators.assign(doc, q, candidates, scope.figure_ends)
    if segment is not None and q.indicator and q.measure in ("level", "growth"):
        by_line(doc, q, segment, scope.told)


_THIS_INDUSTRY = re.compile(r"该产业|该集群|这一产业|该行业")
_RELEASE_TITLE = re.compile(r"公报|简况|运行情况|月报|快报")


def _sentence_mentions(doc: Doc, index: int, scope: _Scope) -> list[Mention]:
    cache, starts = scope.sentences, scope.starts
    if index in cache:
        return cache[index]
    s = doc.sentences[index]
    lo, hi = bisect_left(starts, s.start), bisect_left(starts, s.end)
    found = [extend(doc, m) for m in doc.mentions[lo:hi] if m.type in SUBJECT_TYPES]
    # 吴凡团队 is a subject, 吴凡 alone never; a ceremony is where figures are told, not
    # what they are about (…集中签约活动举行，现场签约项目12个 is the park's)
    found = [m for m in found if m.type != "person" and not m.name.endswith(("活动", "仪式"))]
    # 县人民医院新院区建成，新增学校5所: the county's hospital, told by its office, is no topic
    found = [m for m in found if m.type != "institution" or doc.text[m.start] not in "县市区"]
    found += industry_phrases(doc, s.start, s.end, doc.mentions[lo:hi], f"{NAME}@{VERSION}")
    found += anaphora(doc, index, starts, f"{NAME}@{VERSION}", scope.firm)
    recent = partial(_recent_cluster, doc, index, scope)
    found += wholes(doc, index, scope.main, recent, COMPONENT)
    parts = sub_industries(doc, index, doc.mentions[lo:hi], f"{NAME}@{VERSION}")
    if parts:
        firm = min((m.start for m in found if m.type in _FIRM_TYPES), default=s.end)
        found += [m for m in parts if m.start < firm]  # after a firm: its line of business
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    merged: list[Mention] = []
    for m in found:
        if merged and m.start < merged[-1].end:
            continue
        merged.append(m)
    cache[index] = merged
    return merged


_FIRM_TYPES = frozenset({"company", "project", "team"})


_NO_TOPIC = frozenset({"platform", "institution"})


def _recent_cluster(doc: Doc, index: int, scope: _Scope) -> str:
    """The cluster a bare 集群 in sentence ``index`` stands for: the one named last before
    it (a section's heading), else the one the opening names."""
    return cluster_before(doc, index) or _cluster(doc, scope)


def _page_chain(doc: Doc, scope: _Scope) -> tuple[str, str] | None:
    """The chain a 链长制 page is about, worked out once per document; None on other pages."""
    if scope.chain is None:
        scope.chain = page_chain(doc, scope.main)
    return (scope.chain, "industry") if scope.chain else None


def _cluster(doc: Doc, scope: _Scope) -> str:
    """The cluster the opening names, worked out once per document."""
    if scope.cluster is None:
        scope.cluster = opening_cluster(doc)
    return scope.cluster


def _modified(doc: Doc, end: int, mentions: list[Mention]) -> Mention | None:
    """``4.3平方公里的绿色能源产业园``: an amount that modifies a named thing is about it;
    so is a tier aimed at (``打造千亿级新能源汽车产业集群``)."""
    if end > 0 and doc.text[end - 2 : end] == "亿级":
        return next((m for m in mentions if m.start == end and m.type == "industry"), None)
    if end < 0 or doc.text[end : end + 1] != "的":
        return None
    return next((m for m in mentions if m.start == end + 1 and m.type != "industry"), None)


_COUNTED_TYPES = frozenset({"programme", "platform", "institution", "industry"})
_COUNTED_GAP = re.compile(
    r"(?:（[\u4e00-\u9fff]{1,4}）)?(?:累计|总数|数量)?(?:达到|达|为|有|共有|共|增至)?"
)
#: ``单项冠军企业（产品）9个、省级…412家``: an item of a list of counts, counted itself.
_LISTED_COUNT = re.compile(
    r"(?:（[\u4e00-\u9fff]{1,4}）)?[\d一二三四五六七八九十两]+[家个项名所座]、"
)


def _in_clause(
    doc: Doc, mentions: list[Mention], cs: int, pos: int, counted: bool
) -> Mention | None:
    """The last eligible mention before ``pos`` in the clause starting at ``cs``."""
    for m in reversed(mentions):
        if cs <= m.start and m.end <= pos and eligible(doc, m, cs):
            if counted and m.type in _COUNTED_TYPES and _is_counted(doc.text, m.end, pos):
                continue  # 高新技术企业1436家, 单项冠军企业（产品）9个: what is counted
            return m
    return None


def _is_counted(text: str, end: int, pos: int) -> bool:
    return bool(_COUNTED_GAP.fullmatch(text, end, pos) or _LISTED_COUNT.match(text, end))


def _subject(
    doc: Doc,
    index: int,
    pos: int,
    end: int,
    mentions: list[Mention],
    scope: _Scope,
    counted: bool = False,
) -> Mention | None:
    clauses = clauses_of(doc, doc.sentences[index])
    k = next((i for i, (s, e) in enumerate(clauses) if s <= pos < e), len(clauses) - 1)
    modified = _modified(doc, end, mentions)
    if modified is not None:
        return modified
    cs, ce = clauses[k]
    member = rest_of_list(mentions, pos) or respective(
        doc, cs, pos, mentions, scope.figure_ends, f"{NAME}@{VERSION}"
    )
    if member is not None:
        return member
    own = _in_clause(doc, mentions, cs, pos, counted) or quoted_speaker(doc, pos, scope.starts)
    if own is not None:
        return own  # the clause's own subject, or a quotation's speaker (“…我们投入…”X公司…说)
    fair = fair_subject(doc, clauses, ce, pos, mentions)
    if fair is not None:
        return fair
    if k > 0 and WHOLE_MEASURE.match(doc.text, _past_junk(doc.text, cs, pos)):
        return None  # …，信创产业营业收入突破2000亿元，国家高新技术企业突破3000家: the place's
    return _told_around(doc, index, k, clauses, mentions, scope, pos)


def _told_around(
    doc: Doc,
    index: int,
    k: int,
    clauses: list[tuple[int, int]],
    mentions: list[Mention],
    scope: _Scope,
    pos: int,
) -> Mention | None:
    """The subject of a figure whose clause ``k`` names none: the head of an earlier clause,
    of the sentence before for 其中, of a later clause that is not a happening of its own,
    else the topic the paragraph opened with, unless a new view or the whole economy opens."""
    later = [c for c in clauses[k + 1 :] if not doc.text.startswith("其中", c[0])]
    grown = _BARE_GROWTH.fullmatch(doc.text, clauses[k][0], pos) is not None
    for clause in reversed(clauses[:k]):
        head = clause_head(doc, clause, mentions)
        if head is not None:
            return head
        if grown and WHOLE_MEASURE.match(doc.text, _past_junk(doc.text, clause[0], clause[1])):
            return None  # 地区生产总值突破400亿元，年均增长7%左右: the place's measure goes on
    if doc.text.startswith("其中", clauses[0][0]):
        earlier_head = _earlierclause_head(doc, index, scope)
        if earlier_head is not None:
            return earlier_head  # 其中 divides what the sentence before was about
    for clause in later:
        head = clause_head(doc, clause, mentions)
        if (
            head is not None
            and head.type != "programme"
            and not _HAPPENED.match(doc.text, head.end)
            and not REST_OF_LIST.fullmatch(head.name)  # …89亿元；其余9个项目…: not the rest's
        ):
            return head  # …，秦创原…创新中心建成投用: the subject of its own happening only
    if WHOLE_YEAR.match(doc.text, clauses[0][0]) and not _after_item(doc, index):
        return None  # 全年新增规上工业企业121家: the place's year, not the topic before
    if NEW_VIEW.match(doc.text, clauses[0][0]):
        return None  # 从产品看，…; 受…影响，…: a new view of the whole, not the topic before
    if WHOLE_MEASURE.match(doc.text, clauses[0][0]):
        return None  # 新增规上工业企业43家: the place's firms, not the industry told before
    return _earlierclause_head(doc, index, scope)


#: A clause that only goes on with the measure told before it (，年均增长, ，总数达到).
_BARE_GROWTH = re.compile(
    r"[，,；]?\s*(?:(?:同比|比上年|年均)?(?:增长|下降)|总数达到|总数|总量达到)\s*"
)
_HAPPENED = re.compile(
    r"(?:同时|同日|也|还)?(?:正式|顺利|成功|已)?(?:建成投用|投用|揭牌|成立|开工|投产|落户|开园|挂牌|启用|封关)"
)


def _after_item(doc: Doc, index: int) -> bool:
    """Whether the sentence before ``index``, in its paragraph, is an item of a list told in
    sentences (一是电子信息产业规模跃上新台阶。全年实现产值…): its topic goes on."""
    if index == 0 or doc.sentences[index - 1].paragraph != doc.sentences[index].paragraph:
        return False
    return ITEM_MARK.match(doc.text, doc.sentences[index - 1].start) is not None


def _past_junk(text: str, cs: int, pos: int) -> int:
    """Where a clause's words begin after the time words and connectives heading it."""
    junk = HEAD_JUNK.match(text, cs, pos)
    return junk.end() if junk else cs


def _earlierclause_head(doc: Doc, index: int, scope: _Scope) -> Mention | None:
    """The subject heading a clause of an earlier sentence of the same paragraph."""
    paragraph, opens = doc.sentences[index].paragraph, doc.sentences[index].start
    for back in range(index - 1, max(-1, index - 8), -1):
        if doc.sentences[back].paragraph != paragraph:
            if not doc.is_item(paragraph):
                break  # a new paragraph opens a new topic; its place is the document's
            paragraph = doc.sentences[back].paragraph  # ★ items read on from their lead-in
            if doc.is_item(paragraph):
                continue  # …but another item's topic is its own
        earlier = _sentence_mentions(doc, back, scope)
        clauses = clauses_of(doc, doc.sentences[back])
        if doc.text.startswith("其中", clauses[0][0]):
            continue  # a part of what came before it: the topic lies further back
        opening = next((c for c in clauses if any(c[0] <= m.start < c[1] for m in earlier)), None)
        head = clause_head(doc, opening, earlier) if opening is not None else None
        if head is not None and head.type == "industry" and scope.release:
            here = doc.sentences[index]
            if not _THIS_INDUSTRY.search(doc.text, here.start, here.end):
                return None  # a release's sentences each name their own part, else the place
        if head is not None and REST_OF_LIST.fullmatch(head.name):
            return None  # 其余13个项目…。签约项目全部达产后…: the rest is no topic
        at_fair = AT_FAIR.match(doc.text, doc.sentences[index].start) is not None
        if head is not None and (head.type in _NO_TOPIC or (is_fair(head) and not at_fair)):
            return None  # …中心建成投用。全市新增…6家: a platform (or fair) told of is no topic
        if head is not None and head.type == "company" and DOINGS.match(doc.text, opens):
            return None  # …鲁齐铝业…投产。实施技改项目68个: the place's doing, not the firm's
        if head is not None:
            return head  # the topic the sentence opens with, not one named in passing
    return None
