"""Search every name and alias (Chinese substrings)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from chainatlas.api.deps import SettingsDep
from chainatlas.service import entities

router = APIRouter(prefix="/search", tags=["search"])


@router.get("")
def search_names(
    settings: SettingsDep,
    q: Annotated[str, Query(min_length=1, max_length=100)],
    kind: Annotated[list[str] | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> dict[str, Any]:
    return {"items": entities.search(settings, q, kind, limit)}
