"""The chain map of a region with its diagnosis, targets for the gaps, and the pipeline."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from chainatlas.api.deps import SettingsDep
from chainatlas.service import chain_views, chains

router = APIRouter(tags=["chains"])
RegionQuery = Annotated[str, Query(description="Region key, e.g. 320481")]


@router.get("/chains/{scheme}")
def get_chain_map(
    scheme: str, settings: SettingsDep, region: RegionQuery, include_proposed: bool = False
) -> dict[str, Any]:
    """Stages → nodes → enterprises; each node's verdict (strong/weak/missing) and reasons."""
    report = chains.build_region_chain(settings, region, scheme, include_proposed)
    return chain_views.chain_report_dict(report)


@router.get("/chains/{scheme}/targets")
def get_targets(
    scheme: str,
    settings: SettingsDep,
    region: RegionQuery,
    per_gap: Annotated[int, Query(ge=1, le=50)] = 10,
) -> dict[str, Any]:
    """Enterprises to attract for each gap, with the parts of their score."""
    _, ranked = chains.find_targets(settings, region, scheme, None, per_gap=per_gap)
    return {"region": region, "chain": scheme, "targets": chain_views.targets_dict(ranked)}


@router.get("/pipeline")
def get_pipeline(settings: SettingsDep, region: str | None = None) -> dict[str, Any]:
    """Projects with their stage and the time between milestones."""
    statuses, _ = chains.list_projects(settings, region)
    return {"items": [chain_views.project_dict(s) for s in statuses]}
