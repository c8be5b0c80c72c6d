"""Enterprises, the relations among them, and their links to chain nodes."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class RelationKind(StrEnum):
    SUBSIDIARY = "subsidiary"  # parent owns child
    JOINT_VENTURE = "jv"  # parent is one of the venture's owners
    BRANCH = "branch"
    INVESTOR = "investor"


class EvidenceKind(StrEnum):
    INDUSTRY_CODE = "industry_code"
    KEYWORD = "keyword"
    SCOPE = "scope"
    DOCUMENT = "document"
    MANUAL = "manual"


class ReviewStatus(StrEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


@dataclass(frozen=True, kw_only=True)
class Enterprise:
    key: str
    name: str
    aliases: tuple[str, ...] = ()
    credit_code: str | None = None  # 统一社会信用代码
    region: str | None = None
    industry_code: str | None = None
    address: str | None = None
    kind: str | None = None  # 企业类型
    founded: str | None = None  # compact Period text
    capital_wan: str | None = None  # 注册资本, 万元, written decimal
    products: str | None = None  # 主营产品
    scope: str | None = None  # 经营范围
    tags: tuple[str, ...] = ()  # 链主, 龙头, 专精特新小巨人, 上市, TOP3 ...
    note: str | None = None


@dataclass(frozen=True, kw_only=True)
class Relation:
    """``parent`` relates to ``child``: 宁德时代 -subsidiary-> 江苏时代."""

    parent: str
    child: str
    kind: RelationKind
    share: str | None = None  # ownership share in %, written decimal


@dataclass(frozen=True, kw_only=True)
class Link:
    """An enterprise placed on a chain node (挂链) with its evidence."""

    enterprise: str
    scheme: str
    node: str
    evidence: EvidenceKind
    detail: str | None = None  # the code, keyword or text that matched
    confidence: float = 1.0
    status: ReviewStatus = ReviewStatus.ACCEPTED
    reviewer: str | None = None
