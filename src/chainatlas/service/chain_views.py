"""Plain dictionaries of chain results, for ``--json``, the API and reports."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict
from typing import Any

from chainatlas.analysis.chain_map import Member, NodeView
from chainatlas.analysis.gaps import NodeDiagnosis
from chainatlas.analysis.pipeline import ProjectStatus, WhatIf
from chainatlas.analysis.reasons import Reason
from chainatlas.analysis.targets import Target
from chainatlas.model.wording import describe_chain_stage
from chainatlas.service.chains import ChainReport


def chain_report_dict(report: ChainReport) -> dict[str, Any]:
    """Stages -> nodes -> enterprises, and the diagnosis with its reasons."""
    verdicts = {d.node: d for d in report.diagnosis.nodes}
    return {
        "region": {"key": report.region.key, "name": report.region.name},
        "chain": report.chain_map.scheme,
        "main_path": list(report.diagnosis.main_path),
        "stages": [
            {"stage": s, "name": describe_chain_stage(s), "nodes": list(keys)}
            for s, keys in report.chain_map.stages
        ],
        "nodes": [_node_dict(v, verdicts[v.node.key]) for v in report.chain_map.nodes],
        "actions": [
            {
                "action": a.action.value,
                "action_label": {"zh": a.action.zh, "en": a.action.en},
                "node": a.node,
                "name": a.name,
                "priority": a.priority,
                "reasons": reason_dicts(a.reasons),
            }
            for a in report.diagnosis.actions
        ],
    }


def _node_dict(view: NodeView, judged: NodeDiagnosis) -> dict[str, Any]:
    return {
        "key": view.node.key,
        "name": view.node.name,
        "stage": view.node.stage,
        "stage_name": describe_chain_stage(view.node.stage),
        "verdict": judged.verdict.value,
        "verdict_label": {"zh": judged.verdict.zh, "en": judged.verdict.en},
        "reasons": reason_dicts(judged.reasons),
        "on_main_path": judged.on_main_path,
        "upstream": list(view.upstream),
        "downstream": list(view.downstream),
        "pending_review": view.pending,
        "enterprises": [_member_dict(m) for m in view.members],
    }


def _member_dict(m: Member) -> dict[str, Any]:
    return {
        "key": m.enterprise.key,
        "name": m.enterprise.name,
        "leader": m.leader,
        "tags": list(m.enterprise.tags),
        "capital_wan": m.enterprise.capital_wan,
        "presence": m.presence,
        "evidence": m.link.evidence.value,
        "detail": m.link.detail,
        "confidence": m.link.confidence,
        "facts": [
            {
                "indicator": f.indicator,
                "period": str(f.period),
                "value": str(f.quantity.value),
                "unit": f.quantity.unit,
            }
            for f in m.facts
        ],
    }


def reason_dicts(reasons: Sequence[Reason]) -> list[dict[str, Any]]:
    """Each reason as ``{"code", "zh", "en", "params"}``: pages show ``zh``, programs read
    the code and parameters."""
    return [r.as_dict() for r in reasons]


def targets_dict(ranked: Mapping[str, Sequence[Target]]) -> dict[str, Any]:
    return {
        node: [
            {
                "enterprise": t.enterprise,
                "name": t.name,
                "region": t.region,
                "action": t.action.value,
                "score": t.score,
                "parts": asdict(t.parts),
                "reasons": reason_dicts(t.reasons),
            }
            for t in targets
        ]
        for node, targets in ranked.items()
    }


def project_dict(status: ProjectStatus) -> dict[str, Any]:
    return {
        "key": status.project,
        "name": status.name,
        "stage": status.stage.value if status.stage else None,
        "label": status.label,
        "spans": [
            {
                "from": s.start.value,
                "to": s.end.value,
                "min_days": s.min_days,
                "max_days": s.max_days,
                "exact": s.exact,
                "source": s.source,
            }
            for s in status.spans
        ],
        "planned": [{"stage": m.stage.value, "date": m.date} for m in status.planned],
    }


def what_if_dict(result: WhatIf) -> dict[str, Any]:
    return {
        "project": result.project,
        "node": result.node,
        "changes": [
            {"node": c.node, "before": c.before.value, "after": c.after.value}
            for c in result.changes
        ],
        "reasons": reason_dicts(result.reasons),
        "actions_before": [f"{a.action.value} {a.node}" for a in result.before.actions],
        "actions_after": [f"{a.action.value} {a.node}" for a in result.after.actions],
    }
