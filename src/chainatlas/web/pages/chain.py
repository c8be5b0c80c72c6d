"""产业链图谱: the chain map as a graph, nodes coloured by verdict, click for enterprises."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from chainatlas.service import chain_views, chains
from chainatlas.service.listing import default_region, list_chains
from chainatlas.web.labels import VERDICT_COLOURS
from chainatlas.web.render import page, render, settings_of

router = APIRouter()


@router.get("/chain", include_in_schema=False)
def first_chain(request: Request) -> Response:
    found = list_chains(settings_of(request))
    preferred = [c["key"] for c in found if c["key"] == "power-battery"] or [
        c["key"] for c in found
    ]
    return RedirectResponse(f"/chain/{preferred[0]}" if preferred else "/", status_code=307)


@page(router, "/chain/{scheme}")
def chain_page(request: Request, scheme: str, region: str | None = None) -> Response:
    settings = settings_of(request)
    report = chains.build_region_chain(settings, region or default_region(settings), scheme)
    data = {
        "map": chain_views.chain_report_dict(report),
        "chains": list_chains(settings),
        "colours": VERDICT_COLOURS,
    }
    return render(request, "chain.html", data, title=f"{report.region.name} 产业链图谱")
