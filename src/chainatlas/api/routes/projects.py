"""Investment projects and their milestones (线索 → 洽谈 → 签约 → 开工 → 投产 → 达产)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends

from chainatlas.api.deps import PageDep, SettingsDep
from chainatlas.model.project import Stage
from chainatlas.service import entities

router = APIRouter(prefix="/projects", tags=["projects"])


def load_project(key: str, settings: SettingsDep) -> dict[str, Any]:
    return entities.show_entity(settings, "project", key)


@router.get("")
def list_projects(
    settings: SettingsDep,
    page: PageDep,
    stage: Stage | None = None,
    region: str | None = None,
    investor: str | None = None,
) -> dict[str, Any]:
    rows = entities.list_entities(
        settings,
        "project",
        limit=page.limit + 1,
        offset=page.offset,
        stage=stage.value if stage else None,
        region=region,
        investor=investor,
    )
    return page.wrap(rows)


@router.get("/{key}")
def get_project(project: Annotated[dict[str, Any], Depends(load_project)]) -> dict[str, Any]:
    return project
