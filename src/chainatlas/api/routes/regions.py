"""Regions: from the country down to parks; one region comes with the facts about it."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends

from chainatlas.api.deps import PageDep, SettingsDep
from chainatlas.model.region import RegionLevel
from chainatlas.service import entities

router = APIRouter(prefix="/regions", tags=["regions"])


def load_region(key: str, settings: SettingsDep) -> dict[str, Any]:
    return entities.show_entity(settings, "region", key)


@router.get("")
def list_regions(
    settings: SettingsDep,
    page: PageDep,
    parent: str | None = None,
    level: RegionLevel | None = None,
) -> dict[str, Any]:
    rows = entities.list_entities(
        settings,
        "region",
        limit=page.limit + 1,
        offset=page.offset,
        parent=parent,
        level=level.value if level else None,
    )
    return page.wrap(rows)


@router.get("/{key}")
def get_region(region: Annotated[dict[str, Any], Depends(load_region)]) -> dict[str, Any]:
    return region
