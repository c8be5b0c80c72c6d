"""Enterprises: search by name, filter by chain node, tag and region."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from chainatlas.api.deps import PageDep, SettingsDep
from chainatlas.service.listing import EnterpriseFilter, describe_enterprise, list_enterprises

router = APIRouter(prefix="/enterprises", tags=["enterprises"])


def load_enterprise(key: str, settings: SettingsDep) -> dict[str, Any]:
    return describe_enterprise(settings, key)


@router.get("")
def search_enterprises(
    settings: SettingsDep,
    page: PageDep,
    q: Annotated[str | None, Query(max_length=100, description="Name or alias contains")] = None,
    region: str | None = None,
    node: Annotated[str | None, Query(description="Chain node as scheme/node")] = None,
    tag: Annotated[str | None, Query(description="链主, 龙头, 专精特新小巨人 ...")] = None,
) -> dict[str, Any]:
    flt = EnterpriseFilter(q=q, region=region, node=node, tag=tag)
    rows, more = list_enterprises(settings, flt, limit=page.limit, offset=page.offset)
    return page.wrap(rows, more)


@router.get("/{key}")
def get_enterprise(
    enterprise: Annotated[dict[str, Any], Depends(load_enterprise)],
) -> dict[str, Any]:
    return enterprise
