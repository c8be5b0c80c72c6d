"""One error shape for every failure: ``{"error": {"code", "status", "message"}}``.

Our own errors carry their code and status; FastAPI's validation errors and unknown routes
are put in the same shape.  Pages of the dashboard get the same content as an HTML page.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from chainatlas.errors import ChainAtlasError
from chainatlas.web.render import render_error, wants_json


def error_body(code: str, status: int, message: str, **extra: Any) -> dict[str, Any]:
    return {"error": {"code": code, "status": status, "message": message, **extra}}


def _respond(request: Request, code: str, status: int, message: str, **extra: Any) -> Response:
    if wants_json(request):
        return JSONResponse(error_body(code, status, message, **extra), status_code=status)
    return render_error(request, status, code, message)


async def _on_ours(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ChainAtlasError)
    return _respond(request, exc.code, exc.status, exc.message)


async def _on_validation(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    fields = [
        {"field": ".".join(str(p) for p in e.get("loc", ()) if p != "body"), "message": e["msg"]}
        for e in exc.errors()
    ]
    first = fields[0] if fields else {"field": "", "message": "invalid request"}
    message = f"field {first['field']}: {first['message']}"
    return _respond(request, "E422", 422, message, fields=fields)


async def _on_http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return _respond(request, f"E{exc.status_code}", exc.status_code, str(exc.detail))


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ChainAtlasError, _on_ours)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(HTTPException, _on_http)
