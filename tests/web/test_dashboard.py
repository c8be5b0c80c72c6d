"""What a person sees in the dashboard, in Chromium, on the real server."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.web.conftest import LiveServer, screenshot

pytestmark = pytest.mark.browser

PAGES = [
    ("/", "overview"),
    ("/clusters", "clusters"),
    ("/chain", "chain-map"),
    ("/charts", "charts"),
    ("/timeline", "timeline"),
    ("/enterprises", "enterprises"),
    ("/projects", "projects"),
    ("/facts", "facts"),
    ("/checks", "checks"),
]


@pytest.mark.parametrize(("path", "name"), PAGES)
def test_each_page_opens_in_chinese_without_script_errors(
    live: LiveServer, page: Any, path: str, name: str
) -> None:
    response = page.goto(live.url + path)
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == "zh-CN"
    assert page.locator("nav").inner_text().startswith("区域概览")
    page.wait_for_load_state("networkidle")
    assert page.js_errors == []
    screenshot(page, name)


def test_every_page_has_a_json_twin(live: LiveServer, page: Any) -> None:
    page.goto(live.url + "/enterprises")
    twin = page.locator("footer a.json").get_attribute("href")
    assert twin == "/enterprises.json"
    body = httpx.get(live.url + twin).json()
    assert {"items", "filters", "next_offset"} <= set(body)


def _node_with_enterprises(live: LiveServer, page: Any) -> dict[str, Any]:
    chain_url = page.url.replace(live.url, "")
    data = httpx.get(live.url + chain_url.split("?")[0] + ".json").json()
    return next(n for n in data["map"]["nodes"] if n["enterprises"])


def test_click_through_the_chain_map_to_an_enterprise(live: LiveServer, page: Any) -> None:
    page.goto(live.url + "/chain")
    page.wait_for_function("window.chainChart !== undefined")
    node = _node_with_enterprises(live, page)
    x, y = page.evaluate(
        """key => {
            const chart = window.chainChart;
            const item = chart.getOption().series[0].data.find(d => d.id === key);
            return chart.convertToPixel({seriesIndex: 0}, [item.x, item.y]);
        }""",
        node["key"],
    )
    box = page.locator("#chain-chart").bounding_box()
    page.mouse.click(box["x"] + x, box["y"] + y)
    panel = page.locator("#node-panel")
    panel.wait_for(state="visible")
    assert page.locator("#node-title").inner_text() == node["name"]
    first = node["enterprises"][0]
    panel.get_by_role("link", name=first["name"], exact=True).click()
    page.wait_for_url(f"**/enterprises/{first['key']}")
    assert page.locator("h1").inner_text() == first["name"]
    assert node["key"] in page.locator("ul.links").inner_text()
    screenshot(page, "enterprise")


def test_chain_nodes_are_coloured_by_verdict(live: LiveServer, page: Any) -> None:
    page.goto(live.url + "/chain")
    page.wait_for_function("window.chainChart !== undefined")
    colours = page.evaluate(
        "window.chainChart.getOption().series[0].data.map(d => d.itemStyle.color)"
    )
    assert colours and set(colours) <= {"#2e7d32", "#f9a825", "#c62828"}


def test_a_headline_figure_opens_its_source_span(live: LiveServer, page: Any) -> None:
    page.goto(live.url + "/")
    card = page.locator(".figure-card").first
    key = card.get_attribute("data-fact")
    card.locator("summary").click()
    quote = card.locator("blockquote").inner_text().strip("“”")
    card.get_by_role("link").click()
    page.wait_for_url(f"**/facts/{key}")
    assert page.locator("blockquote.span mark").inner_text() == quote
    screenshot(page, "fact-source")


def test_search_finds_an_enterprise_and_script_names_stay_text(live: LiveServer, page: Any) -> None:
    page.goto(live.url + "/enterprises?q=script")
    assert page.locator("#enterprises").inner_text().count("<script>alert(1)</script>") == 1
    page.get_by_role("link", name="<script>alert(1)</script>").click()
    assert page.locator("h1").inner_text() == "<script>alert(1)</script>"
    assert "<img src=x onerror=alert(2)>" in page.locator("dl.record").inner_text()
    page.goto(live.url + "/enterprises?q=' OR 1=1 --")
    assert page.locator(".empty").inner_text() == "没有符合条件的企业。"
    assert page.js_errors == []


def test_chain_map_words_stages_verdicts_and_reasons_in_chinese(
    live: LiveServer, page: Any
) -> None:
    page.goto(live.url + "/chain")
    page.wait_for_function("window.chainChart !== undefined")
    table = page.locator("#nodes").inner_text()
    for code in ("resources", "materials", "cells", "applications", "recycling", "missing"):
        assert code not in table
    for english in ("enterprise", "main path", "leader", "neighbour"):
        assert english not in table
    data = httpx.get(page.url.split("?")[0] + ".json").json()["map"]
    node = data["nodes"][0]
    first_row = page.locator("#nodes tbody tr").first.locator("td")
    assert first_row.nth(1).inner_text() == node["stage_name"] != node["stage"]
    assert first_row.nth(2).inner_text() == node["verdict_label"]["zh"]
    assert first_row.nth(3).inner_text() == "；".join(r["zh"] for r in node["reasons"])
    assert all({"code", "zh", "en", "params"} <= set(r) for r in node["reasons"])
    if data["actions"]:
        advice = page.locator("ol").first.inner_text()
        assert data["actions"][0]["reasons"][0]["zh"] in advice and " the " not in advice
    page.evaluate("key => window.showChainNode(key)", node["key"])
    reasons = page.locator("#node-reasons").inner_text()
    assert reasons.startswith(node["verdict_label"]["zh"] + "：") and "enterprise" not in reasons


def test_overview_and_facts_show_periods_in_words(live: LiveServer, page: Any) -> None:
    page.goto(live.url + "/")
    cards = page.locator(".figure-card .muted").all_inner_texts()
    assert cards and all("unknown" not in c and "cumulative" not in c for c in cards)
    assert all(not c.rsplit(" · ", 1)[-1].isascii() for c in cards)
    page.goto(live.url + "/facts")
    periods = page.locator("#facts tbody tr td:nth-child(5)").all_inner_texts()
    codes = page.locator("#facts tbody tr td:nth-child(5)").evaluate_all(
        "cells => cells.map(c => c.title)"
    )
    assert periods and len(periods) == len(codes)
    assert all(not p.isascii() for p in periods), periods
