"""An ASGI factory for multi-worker uvicorn (``factory=True``): each worker builds the app
of the database named by CHAINATLAS_DATABASE_URL when it starts."""

from __future__ import annotations

import os

from fastapi import FastAPI

from chainatlas.api.app import create_app
from chainatlas.settings import Settings


def app_from_env() -> FastAPI:
    cache = float(os.environ.get("CHAINATLAS_CACHE_SECONDS", "0"))
    return create_app(Settings.from_env(), cache_seconds=cache)
