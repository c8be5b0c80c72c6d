"""项目: the investment pipeline, 线索 → 达产, with the time between milestones."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from chainatlas.service import chain_views, chains
from chainatlas.web.labels import STAGES
from chainatlas.web.render import page, render, settings_of

router = APIRouter()


@page(router, "/projects")
def projects_page(request: Request, region: str | None = None) -> Response:
    statuses, _ = chains.list_projects(settings_of(request), region)
    items = [chain_views.project_dict(s) for s in statuses]
    data = {"region": region, "stages": STAGES, "items": items}
    return render(request, "projects.html", data, title="项目进展")
