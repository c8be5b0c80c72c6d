"""事实: facts with filters, and one fact with its source span or formula."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from chainatlas.service import entities
from chainatlas.service.provenance import explain_fact
from chainatlas.web.render import page, render, settings_of

router = APIRouter()
PER_PAGE = 100


@page(router, "/facts")
def facts_page(
    request: Request,
    subject: str | None = None,
    indicator: str | None = None,
    status: str | None = None,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Response:
    rows = entities.list_entities(
        settings_of(request),
        "fact",
        limit=PER_PAGE + 1,
        offset=offset,
        subject=subject,
        indicator=indicator,
        status=status,
    )
    data = {
        "filters": {"subject": subject, "indicator": indicator, "status": status},
        "items": rows[:PER_PAGE],
        "offset": offset,
        "next_offset": offset + PER_PAGE if len(rows) > PER_PAGE else None,
    }
    return render(request, "facts.html", data, title="事实")


@page(router, "/facts/{key}")
def fact_page(request: Request, key: str) -> Response:
    data = explain_fact(settings_of(request), key)
    return render(request, "fact.html", data, title=f"事实 {key}")
