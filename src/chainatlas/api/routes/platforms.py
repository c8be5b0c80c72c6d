"""Platforms: R&D institutes, workstations and other carriers of innovation."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends

from chainatlas.api.deps import PageDep, SettingsDep
from chainatlas.service import entities

router = APIRouter(prefix="/platforms", tags=["platforms"])


def load_platform(key: str, settings: SettingsDep) -> dict[str, Any]:
    return entities.show_entity(settings, "platform", key)


@router.get("")
def list_platforms(
    settings: SettingsDep, page: PageDep, region: str | None = None
) -> dict[str, Any]:
    rows = entities.list_entities(
        settings, "platform", limit=page.limit + 1, offset=page.offset, region=region
    )
    return page.wrap(rows)


@router.get("/{key}")
def get_platform(platform: Annotated[dict[str, Any], Depends(load_platform)]) -> dict[str, Any]:
    return platform
