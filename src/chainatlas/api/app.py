"""The web application: REST API under ``/api`` and the dashboard pages, built by
:func:`create_app` from explicit settings (nothing is created at import)."""

from __future__ import annotations

import importlib

from fastapi import APIRouter, FastAPI
from fastapi.staticfiles import StaticFiles

from chainatlas import __version__
from chainatlas.api.errors import install_error_handlers
from chainatlas.settings import Settings
from chainatlas.web.cache import ResponseCache
from chainatlas.web.render import STATIC

#: API routers (modules under chainatlas.api.routes), one per resource.
API_ROUTES: tuple[str, ...] = (
    "regions",
    "schemes",
    "enterprises",
    "projects",
    "platforms",
    "facts",
    "events",
    "search",
    "overview",
    "chains",
    "checks",
    "complexity",
    "review",
)
#: Dashboard page routers (modules under chainatlas.web.pages).
WEB_PAGES: tuple[str, ...] = (
    "overview",
    "chain",
    "charts",
    "enterprises",
    "projects",
    "facts",
    "checks",
    "timeline",
    "review",
)


def _router(package: str, name: str) -> APIRouter:
    router: APIRouter = importlib.import_module(f"{package}.{name}").router
    return router


def create_app(settings: Settings, *, cache_seconds: float = 0.0) -> FastAPI:
    """Build the app for the database in ``settings``.

    ``cache_seconds`` > 0 caches GET responses that long (cleared by any write through
    this process); ``chainatlas serve`` turns it on, tests leave it off unless they test it.
    """
    app = FastAPI(
        title="Chain Atlas API",
        version=__version__,
        description="产业链图谱：区域、集群、产业链、企业、项目与有出处的事实。读取公开；写入需要令牌"
        "（Authorization: Bearer <token>，用 `chainatlas token create` 生成）。",
        openapi_url="/openapi.json",
        docs_url="/api/docs",
        redoc_url=None,
    )
    app.state.settings = settings
    install_error_handlers(app)
    for name in API_ROUTES:
        app.include_router(_router("chainatlas.api.routes", name), prefix="/api")
    for name in WEB_PAGES:
        app.include_router(_router("chainatlas.web.pages", name))
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    if cache_seconds > 0:
        app.add_middleware(ResponseCache, ttl=cache_seconds)
    return app
