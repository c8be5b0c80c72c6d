"""企业: search by name, filter by chain node, tag and region; one enterprise in full."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from chainatlas.service.listing import EnterpriseFilter, describe_enterprise, list_enterprises
from chainatlas.web.render import page, render, settings_of

router = APIRouter()
PER_PAGE = 50


@page(router, "/enterprises")
def enterprises_page(
    request: Request,
    q: Annotated[str | None, Query(max_length=100)] = None,
    region: str | None = None,
    node: str | None = None,
    tag: str | None = None,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Response:
    flt = EnterpriseFilter(q=q, region=region, node=node, tag=tag)
    rows, more = list_enterprises(settings_of(request), flt, limit=PER_PAGE, offset=offset)
    data = {
        "filters": {"q": q, "region": region, "node": node, "tag": tag},
        "items": rows,
        "offset": offset,
        "next_offset": offset + PER_PAGE if more else None,
    }
    return render(request, "enterprises.html", data, title="企业")


@page(router, "/enterprises/{key}")
def enterprise_page(request: Request, key: str) -> Response:
    data = {"enterprise": describe_enterprise(settings_of(request), key)}
    return render(request, "enterprise.html", data, title=data["enterprise"]["name"])
