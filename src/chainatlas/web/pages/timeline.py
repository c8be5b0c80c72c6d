"""时间线: events oldest first."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from chainatlas.service.listing import list_timeline
from chainatlas.web.render import page, render, settings_of

router = APIRouter()


@page(router, "/timeline")
def timeline_page(request: Request, region: str | None = None) -> Response:
    events = list_timeline(settings_of(request), region=region, limit=1000)
    return render(request, "timeline.html", {"region": region, "events": events}, title="时间线")
