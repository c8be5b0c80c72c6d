"""R&D platforms, people, honours and programmes: the supporting cast of a cluster."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class Platform:
    """An R&D institute, lab, workstation or innovation centre."""

    key: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None  # 研究院 / 实验室 / 工作站 / 创新中心 ...
    region: str | None = None
    nodes: tuple[str, ...] = ()  # "scheme/node" keys it serves
    partners: tuple[str, ...] = ()  # names of founding institutions
    founded: str | None = None
    note: str | None = None


@dataclass(frozen=True, kw_only=True)
class Person:
    key: str
    name: str
    title: str | None = None  # 院士, 教授 ...
    affiliation: str | None = None
    region: str | None = None
    note: str | None = None


@dataclass(frozen=True, kw_only=True)
class Honour:
    """A designation or award: 四连冠, 国家高新区推荐, 百强县 ..."""

    key: str
    name: str
    recipient: str | None = None  # key of the region, enterprise or platform honoured
    recipient_type: str | None = None  # region / enterprise / platform / person
    awarder: str | None = None
    period: str | None = None
    note: str | None = None


@dataclass(frozen=True, kw_only=True)
class Programme:
    """A policy, plan or talent programme (天目湖英才榜, 十四五规划 ...)."""

    key: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None  # talent / policy / plan
    region: str | None = None
    period: str | None = None
    note: str | None = None
