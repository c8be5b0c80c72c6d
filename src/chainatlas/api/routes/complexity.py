"""Economic complexity over the store's enterprises (region × industry counts)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from chainatlas.api.deps import SettingsDep
from chainatlas.service import complexity

router = APIRouter(prefix="/complexity", tags=["complexity"])
Digits = Annotated[int | None, Query(ge=1, le=4, description="GB/T 4754 digits kept")]


@router.get("")
def get_complexity(settings: SettingsDep, digits: Digits = 2) -> dict[str, Any]:
    """ECI/COI per region and PCI per industry."""
    panel = complexity.read_panel_from_store(settings, code_digits=digits)
    return complexity.summarise(complexity.compute_results(panel))


@router.get("/opportunities/{region}")
def get_opportunities(
    region: str,
    settings: SettingsDep,
    digits: Digits = 2,
    strategy: str = "balanced-portfolio",
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> dict[str, Any]:
    """Industries to grow into, ranked with their score parts."""
    panel = complexity.read_panel_from_store(settings, code_digits=digits)
    result = complexity.latest(complexity.compute_results(panel))
    return complexity.opportunities_report(result, region, strategy, limit)
