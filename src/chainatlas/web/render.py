"""Rendering pages: one Jinja2 environment (autoescaped), and a JSON twin for every page.

A page handler returns its data as a dict; ``/enterprises`` renders it as HTML and
``/enterprises.json`` returns the same dict as JSON (datasette's habit), so what a person
sees and what a program reads never drift apart.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from chainatlas.settings import Settings
from chainatlas.web import labels

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(enabled_extensions=("html",), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["labels"] = labels
    env.filters["label"] = labels.label
    env.filters["period"] = labels.period
    env.filters["pagequery"] = page_query
    return env


def page_query(params: Any, offset: int) -> str:
    """The current query string with ``offset`` replaced (for the pager links)."""
    items = [(k, v) for k, v in params.multi_items() if k != "offset"]
    return urlencode([*items, ("offset", str(offset))])


def settings_of(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path.endswith(".json")


def json_twin(request: Request) -> str:
    path = request.url.path.rstrip("/") or "/index"
    query = f"?{request.url.query}" if request.url.query else ""
    return f"{path}.json{query}"


def render(request: Request, template: str, data: dict[str, Any], *, title: str) -> Response:
    """HTML from ``template`` or, on the ``.json`` twin, ``data`` itself."""
    if wants_json(request):
        return JSONResponse(jsonable_encoder(data))
    html = (
        environment()
        .get_template(template)
        .render(request=request, title=title, json_url=json_twin(request), **data)
    )
    return HTMLResponse(html)


def render_error(request: Request, status: int, code: str, message: str) -> Response:
    html = (
        environment()
        .get_template("error.html")
        .render(
            request=request,
            title="出错了",
            status=status,
            code=code,
            message=message,
            json_url=None,
        )
    )
    return HTMLResponse(html, status_code=status)


def page(router: APIRouter, path: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register ``func`` at ``path`` (HTML) and at its ``.json`` twin (registered first, so
    that ``/x/{key}`` does not swallow ``/x/{key}.json``)."""

    def register(func: Callable[..., Any]) -> Callable[..., Any]:
        twin = (path.rstrip("/") or "/index") + ".json"
        router.add_api_route(twin, func, methods=["GET"], include_in_schema=False)
        router.add_api_route(
            path, func, methods=["GET"], response_class=HTMLResponse, include_in_schema=False
        )
        return func

    return register
