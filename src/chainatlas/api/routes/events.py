"""Events in date order: the timeline."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from chainatlas.api.deps import PageDep, SettingsDep
from chainatlas.service.listing import list_timeline

router = APIRouter(prefix="/events", tags=["events"])


@router.get("")
def list_events(settings: SettingsDep, page: PageDep, region: str | None = None) -> dict[str, Any]:
    rows = list_timeline(settings, region=region, limit=page.limit + 1, offset=page.offset)
    return page.wrap(rows)
