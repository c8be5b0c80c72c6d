"""Reasons an analysis gives for a verdict, an action or a score, in Chinese and English.

A reason is built from a code and its parameters through one template per language
(:data:`TEMPLATES`), so the two texts always say the same thing and a program can read
the code and parameters instead of either text.  Lists in the parameters are joined with
``、`` in Chinese and ``, `` in English; numbers are formatted by the template.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

#: A parameter: a name, a count, a share, or a list of names.
Param = str | int | float | tuple[str, ...]

#: code -> (Chinese template, English template), ``str.format`` fields named by parameter.
TEMPLATES: dict[str, tuple[str, str]] = {
    # chain diagnosis: why a node is missing, weak or strong
    "no_members": ("本地没有企业挂在“{node}”节点", "no enterprise of the region is linked to {node}"),
    "pending_review": ("{pending}条拟挂链待审核", "{pending} proposed link(s) await review"),
    "members": ("企业{count}家：{names}{more}", "{count} enterprise(s): {names}{more}"),
    "leaders": ("有链主/龙头：{leaders}", "leader(s): {leaders}"),
    "sizable": ("有规模企业：{names}", "sizable: {names}"),
    "few_members": ("企业少于{min}家", "fewer than {min} enterprises"),
    "no_leader": ("无链主/龙头或细分领域领先企业", "no 链主/龙头 or segment leader"),
    "none_sizable": (
        "无上市企业或注册资本不低于{capital}亿元的企业",
        "none listed or with 注册资本 >= {capital}亿元",
    ),
    # chain diagnosis: why an action
    "on_main_path": ("位于主链路 {path}", "on the main path {path}"),
    "off_main_path": ("不在主链路上", "off the main path"),
    "strong_downstream": ("供给本地强势下游：{names}", "supplies strong downstream {names}"),
    "strong_upstream": ("承接本地强势上游：{names}", "takes from strong upstream {names}"),
    "no_strong_neighbour": ("本地无相邻强势节点", "no strong neighbour in the region"),
    "weak_neighbour": ("与本地薄弱节点相邻：{names}", "adjacent to the region's weak {names}"),
    # what a project would change
    "verdict_change": ("{node}：{before_zh}→{after_zh}", "{node}: {before} → {after}"),
    "resolves": ("解决{action}：{node}", "resolves {action} {node}"),
    "no_node": ("项目“{project}”未指明{chain}的节点", "project {project} names no node of {chain}"),
    "already_member": (
        "{investor}已在本地“{node}”节点，图谱不变",
        "{investor} is already on {node} in this region; the map does not change",
    ),
    "no_change": ("“{project}”加入“{node}”，各节点判定不变", "{project} adds to {node} without changing any verdict"),
    # 招商 target score parts
    "fit": ("与“{node}”匹配：{evidence_zh}", "fits {node} by {evidence}"),
    "capital": ("注册资本{capital}万元", "注册资本 {capital}万元"),
    "size_unknown": ("规模未知", "size unknown"),
    "placed": ("位于{region}", "in {region}"),
    "not_placed": ("所在地未知", "not placed"),
    "tags": ("标签：{tags}", "tags: {tags}"),
    "no_tags": ("无标签", "no tags"),
    "relatedness": (
        "本地拥有该节点相邻节点的{density:.0%}；跨链关联{bridge:.0%}",
        "region has {density:.0%} of the node's neighbours; bridge {bridge:.0%}",
    ),
}  # fmt: skip


@dataclass(frozen=True)
class Reason:
    """One reason: its code, both texts, and the parameters they were made from."""

    code: str
    zh: str
    en: str
    params: tuple[tuple[str, Param], ...] = ()

    def parameters(self) -> dict[str, Param]:
        return dict(self.params)

    def as_dict(self) -> dict[str, Any]:
        """``{"code", "zh", "en", "params"}`` for JSON (lists for tuples)."""
        params = {k: list(v) if isinstance(v, tuple) else v for k, v in self.params}
        return {"code": self.code, "zh": self.zh, "en": self.en, "params": params}

    def __str__(self) -> str:
        return self.zh


def make_reason(code: str, **params: Param) -> Reason:
    """The reason ``code`` worded from ``params`` in both languages (KeyError: no template)."""
    zh, en = TEMPLATES[code]
    return Reason(
        code,
        zh.format_map(_joined(params, "、")),
        en.format_map(_joined(params, ", ")),
        tuple(params.items()),
    )


def _joined(params: Mapping[str, Param], sep: str) -> dict[str, Any]:
    return {k: sep.join(v) if isinstance(v, tuple) else v for k, v in params.items()}


def zh_texts(reasons: tuple[Reason, ...]) -> tuple[str, ...]:
    """The Chinese texts, in order (for tables and pages)."""
    return tuple(r.zh for r in reasons)
