"""The real server (uvicorn in a thread, on a free port) over a demo database, and Debian's
Chromium driven by Playwright.  Chromium is never downloaded: without it the browser tests
skip, except under CI, where they fail."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from chainatlas.errors import ChainAtlasError
from chainatlas.settings import Settings
from tests.conftest import skip_or_fail

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "ingest" / "fixtures" / "every_entity.yaml"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
XSS_DATA = """
enterprises:
  - {key: zz-xss, name: "<script>alert(1)</script>", aliases: ["<img src=x onerror=alert(2)>"], tags: ["<b>粗体</b>"]}
"""


def chromium_path() -> str:
    path = os.environ.get("CHAINATLAS_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        skip_or_fail(f"Chromium not found at {path} (apt-get install chromium)")
    return path


def load_demo(settings: Settings, tmp: Path) -> str:
    """The bundled Liyang data when it imports, else the small every-entity fixture."""
    from chainatlas.service.dataset import bundled_dataset_path, import_dataset

    try:
        import_dataset(settings, bundled_dataset_path("liyang"))
        name = "liyang"
    except ChainAtlasError:
        import_dataset(settings, FIXTURE)
        name = "fixture"
    extra = tmp / "xss.yaml"
    extra.write_text(XSS_DATA, encoding="utf-8")
    import_dataset(settings, extra)
    return name


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    def __init__(self, settings: Settings, dataset: str) -> None:
        import uvicorn

        from chainatlas.api.app import create_app

        self.settings = settings
        self.dataset = dataset
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            create_app(settings), host="127.0.0.1", port=self.port, log_level="warning"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    tmp = tmp_path_factory.mktemp("web")
    settings = Settings(database_url=f"sqlite:///{tmp / 'demo.db'}")
    dataset = load_demo(settings, tmp)
    with LiveServer(settings, dataset) as server:
        yield server


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    path = chromium_path()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(15000)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("dialog", lambda dialog: errors.append(f"dialog: {dialog.message}"))
    page.js_errors = errors
    try:
        yield page
    finally:
        context.close()


def screenshot(page: Any, name: str) -> None:
    """Save a screenshot where CHAINATLAS_SCREENSHOTS points (docs/screenshots when making docs)."""
    folder = os.environ.get("CHAINATLAS_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)
