"""校验: derived facts with their formulas, and whether the reported figures agree."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from chainatlas.service import checks
from chainatlas.web.render import page, render, settings_of

router = APIRouter()


@page(router, "/checks")
def checks_page(request: Request) -> Response:
    result = checks.run_checks(settings_of(request))
    result.pop("database", None)  # a URL may carry a password
    return render(request, "checks.html", result, title="推算与校验")
