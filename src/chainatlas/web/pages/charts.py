"""增长与占比: a region's reported levels, growth rates and shares over time."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from chainatlas.service import entities
from chainatlas.service.listing import default_region
from chainatlas.web.render import page, render, settings_of

router = APIRouter()
MEASURES = ("level", "growth", "share")


def _series(facts: list[dict[str, object]], measure: str) -> dict[str, list[list[object]]]:
    """Indicator -> [[period, value, fact key], ...] in period order."""
    out: dict[str, list[list[object]]] = {}
    for f in facts:
        if f["measure"] == measure:
            out.setdefault(str(f["indicator"]), []).append(
                [f["period"], float(str(f["value"])), f["key"]]
            )
    return {k: sorted(v, key=lambda p: str(p[0])) for k, v in out.items()}


@page(router, "/charts")
def charts_page(request: Request, region: str | None = None) -> Response:
    settings = settings_of(request)
    key = region or default_region(settings)
    facts = entities.list_entities(settings, "fact", limit=2000, subject_type="region", subject=key)
    data = {"region": key, "series": {m: _series(facts, m) for m in MEASURES}}
    return render(request, "charts.html", data, title="增长与占比")
