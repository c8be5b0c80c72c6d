"""The review queue as a person uses it, in Chromium on the real server: the Liyang demo
data plus a document extracted with ``--propose``; an editor accepts a proposed fact and
then finds it on the facts pages with its source span; a viewer's token is refused."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from click.testing import CliRunner

from chainatlas.cli.main import cli
from chainatlas.service.auth import create_token
from chainatlas.settings import Settings
from tests.web.conftest import LiveServer, load_demo, screenshot

pytestmark = pytest.mark.browser

XSS = "<script>alert(1)</script><img src=x onerror=alert(2)>"
TEXT = (
    "溧阳市动力电池产业加快集聚\n"
    "2023年，溧阳市实现规上工业总产值1650.3亿元，同比增长12.5%。"
    "其中，动力电池产业产值突破800亿元。\n"
    f"{XSS}2023年5月，江苏时代新能源科技有限公司五期项目正式投产。中科海钠研究院落户溧阳高新区。\n"
)


@dataclass
class ReviewSite:
    server: LiveServer
    editor: str
    viewer: str

    @property
    def url(self) -> str:
        return self.server.url

    def candidate(self, quote: str, status: str = "all") -> dict[str, Any]:
        items = httpx.get(f"{self.url}/api/review?status={status}&limit=500").json()["items"]
        return next(c for c in items if c["quote"] == quote)  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReviewSite]:
    tmp = tmp_path_factory.mktemp("review")
    settings = Settings(database_url=f"sqlite:///{tmp / 'demo.db'}")
    load_demo(settings, tmp)
    document = tmp / "liyang-battery.txt"
    document.write_text(TEXT, encoding="utf-8")
    db = str(tmp / "demo.db")
    done = CliRunner().invoke(cli, ["--db", db, "extract", "--propose", str(document)])
    assert done.exit_code == 0 and "candidates queued" in done.output, done.output
    editor = create_token(settings, "王审核", "editor").token
    viewer = create_token(settings, "赵读者", "viewer").token
    with LiveServer(settings, "liyang") as server:
        yield ReviewSite(server, editor, viewer)


def enter_token(page: Any, token: str) -> None:
    page.fill("#token", token)
    page.click("#token-form button[type=submit]")
    assert page.locator("#token-state").inner_text().startswith("已设置令牌")


def test_an_editor_accepts_a_fact_and_finds_it_with_its_source(site: ReviewSite, page: Any) -> None:
    proposed = site.candidate("1650.3亿元", "proposed")
    page.goto(site.url + "/review?kind=fact")
    card = page.locator(f"#candidate-{proposed['id']}")
    assert card.locator("mark").inner_text() == "1650.3亿元"
    assert "实现规上工业总产值" in card.locator("blockquote").inner_text()
    shown = card.locator("dl.proposal").inner_text()
    for words in ("溧阳市", "规上工业总产值", "2023", "1650.3", "亿元", "精确"):
        assert words in shown
    assert proposed["component"] in card.locator("header").inner_text()
    enter_token(page, site.editor)
    card.locator("button[data-action=accept]").click()
    outcome = card.locator(".outcome")
    outcome.locator(".result-link").wait_for()
    assert card.locator(".state").inner_text() == "已采纳"
    assert card.locator("button[data-action=accept]").count() == 0
    assert "涉及此事实的校验" in outcome.inner_text()
    assert outcome.locator(".checks li").count() >= 1  # the 2+2+X tier thresholds vs the city total
    screenshot(page, "review")

    outcome.locator(".result-link").click()  # the fact's own page: source span and reviewer
    page.wait_for_url("**/facts/x-*")
    assert page.locator("blockquote.span mark").inner_text() == "1650.3亿元"
    assert "实现规上工业总产值" in page.locator("blockquote.span").inner_text()
    assert "王审核" in page.locator("dd.accepted").inner_text()
    key = page.url.rsplit("/", 1)[1]

    page.goto(site.url + "/facts?subject=320481&indicator=industrial_output")
    row = page.locator("#facts tr", has=page.locator(f"a[href='/facts/{key}']"))
    assert "1650.3" in row.inner_text() and "“1650.3亿元”" in row.inner_text()

    page.goto(site.url + "/review?status=accepted")
    card = page.locator(f"#candidate-{proposed['id']}")
    assert card.locator(".state").inner_text() == "已采纳"
    assert "王审核" in card.inner_text()
    assert card.locator(".checks li").count() >= 1
    assert page.js_errors == []


def test_a_viewer_token_cannot_accept(site: ReviewSite, page: Any) -> None:
    proposed = site.candidate("12.5%", "proposed")
    page.goto(site.url + "/review?kind=fact")
    card = page.locator(f"#candidate-{proposed['id']}")
    card.locator("button[data-action=accept]").click()  # no token yet
    assert "请先" in card.locator(".outcome").inner_text()
    enter_token(page, site.viewer)
    card.locator("button[data-action=accept]").click()
    card.locator(".outcome .flash.bad").filter(has_text="无权").wait_for()
    assert card.locator(".state").inner_text() == "待审核"
    page.reload()
    assert page.locator(f"#candidate-{proposed['id']} .state").inner_text() == "待审核"
    after = site.candidate("12.5%")
    assert (after["status"], after["reviewer"]) == ("proposed", None)
    assert page.js_errors == []


def test_an_edit_is_kept_and_markup_in_documents_shows_as_text(site: ReviewSite, page: Any) -> None:
    event = next(
        c
        for c in httpx.get(site.url + "/api/review?kind=event&limit=500").json()["items"]
        if "五期项目" in c["quote"]
    )
    page.goto(site.url + "/review?kind=event")
    card = page.locator(f"#candidate-{event['id']}")
    assert XSS[10:] in card.locator("blockquote").inner_text()  # the markup, as text
    assert page.locator("#candidates img").count() == 0
    enter_token(page, site.editor)
    card.locator("details.edit summary").click()
    card.locator("input[name=summary]").fill("江苏时代五期项目投产")
    with page.expect_navigation():
        card.locator(".edit-form button[type=submit]").click()
    card = page.locator(f"#candidate-{event['id']}")
    assert "江苏时代五期项目投产" in card.locator("dl.proposal").inner_text()
    assert "王审核" in card.locator("dl.proposal").inner_text()
    card.locator("button[data-action=accept]").click()
    card.locator(".outcome .flash.ok").wait_for()
    page.goto(site.url + "/timeline")
    assert "江苏时代五期项目投产" in page.locator("main").inner_text()
    assert page.js_errors == []
