"""Investment projects and their milestones (线索 -> 洽谈 -> 签约 -> 开工 -> 投产 -> 达产)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Stage(StrEnum):
    LEAD = "lead"  # 线索
    NEGOTIATING = "negotiating"  # 洽谈
    SIGNED = "signed"  # 签约
    STARTED = "started"  # 开工
    PRODUCING = "producing"  # 投产 / 下线
    FULL = "full"  # 达产


STAGE_ORDER: tuple[Stage, ...] = tuple(Stage)

STAGE_LABELS: dict[Stage, str] = {
    Stage.LEAD: "线索",
    Stage.NEGOTIATING: "洽谈",
    Stage.SIGNED: "签约",
    Stage.STARTED: "开工",
    Stage.PRODUCING: "投产",
    Stage.FULL: "达产",
}


@dataclass(frozen=True, kw_only=True)
class Milestone:
    stage: Stage
    date: str | None = None  # compact Period text; None when only the order is known
    expected: bool = False  # a planned date, not one that happened
    fact: str | None = None  # key of the fact or event that reports it


@dataclass(frozen=True, kw_only=True)
class Project:
    key: str
    name: str
    investor: str | None = None  # enterprise key
    region: str | None = None
    scheme: str | None = None
    node: str | None = None
    investment: str | None = None  # Quantity text, e.g. "100亿元"
    capacity: str | None = None  # Quantity text, e.g. "40GWh"
    stage: Stage | None = None
    milestones: tuple[Milestone, ...] = ()
    note: str | None = None
