"""区域概览 and 集群结构: headline figures each opening its source, and the tiers."""

from __future__ import annotations

from dataclasses import asdict

from fastapi import APIRouter, Request
from fastapi.responses import Response

from chainatlas.service.listing import default_region
from chainatlas.service.overview import build_overview
from chainatlas.web.render import page, render, settings_of

router = APIRouter()


@page(router, "/")
def overview_page(request: Request, region: str | None = None) -> Response:
    settings = settings_of(request)
    view = asdict(build_overview(settings, region or default_region(settings)))
    return render(request, "overview.html", {"overview": view}, title=f"{view['name']} 区域概览")


@page(router, "/clusters")
def clusters_page(request: Request, region: str | None = None) -> Response:
    settings = settings_of(request)
    view = build_overview(settings, region or default_region(settings))
    data = {
        "region": view.region,
        "name": view.name,
        "clusters": [asdict(t) for t in view.clusters],
    }
    return render(request, "clusters.html", data, title=f"{view.name} 产业集群结构")
