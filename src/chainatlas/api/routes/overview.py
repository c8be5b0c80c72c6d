"""A region's overview: headline figures with their sources, tiers, chains, projects."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter

from chainatlas.api.deps import SettingsDep
from chainatlas.service.overview import build_overview

router = APIRouter(prefix="/overview", tags=["overview"])


@router.get("/{region}")
def get_overview(region: str, settings: SettingsDep) -> dict[str, Any]:
    return asdict(build_overview(settings, region))
