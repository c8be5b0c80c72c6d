"""审核队列: extracted candidates with their spans in context; accept, edit or reject them
with a token the person enters (the page's script calls ``/api/review``)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from chainatlas.service import review
from chainatlas.web.render import page, render, settings_of

router = APIRouter()
PER_PAGE = 50  # the pager macro steps back by 50

#: Fields a person may change in the edit form, per candidate kind, with their labels.
FORM_FIELDS: dict[str, list[tuple[str, str]]] = {
    "fact": [("subject", "主体"), ("indicator", "指标"), ("measure", "度量"), ("period", "期间"),
             ("value", "数值"), ("value_max", "上限值"), ("unit", "单位"),
             ("qualifier", "限定")],
    "entity": [("name", "名称"), ("type", "类型"), ("link_to", "关联已知主体（键）")],
    "event": [("date", "日期"), ("summary", "摘要")],
}  # fmt: skip


@page(router, "/review")
def review_page(
    request: Request,
    status: Literal["proposed", "accepted", "rejected", "all"] = "proposed",
    kind: Literal["fact", "entity", "event", "link", ""] = "",
    document: str | None = None,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Response:
    settings = settings_of(request)
    rows = review.list_in_context(
        settings,
        status=None if status == "all" else status,
        kind=kind or None,
        document=document or None,
        limit=PER_PAGE + 1,
        offset=offset,
    )
    items = rows[:PER_PAGE]
    _attach_checks(settings, items)
    data = {
        "filters": {"status": status, "kind": kind, "document": document},
        "items": items,
        "offset": offset,
        "next_offset": offset + PER_PAGE if len(rows) > PER_PAGE else None,
        "form_fields": FORM_FIELDS,
    }
    return render(request, "review.html", data, title="审核队列")


def _attach_checks(settings: Any, items: list[dict[str, Any]]) -> None:
    """Accepted fact candidates show the consistency checks that involve their fact."""
    keys = {
        i["id"]: i["payload"]["result"]["key"]
        for i in items
        if i["status"] == "accepted" and (i["payload"].get("result") or {}).get("kind") == "fact"
    }
    found = review.checks_involving(settings, list(keys.values()))
    for item in items:
        if item["id"] in keys:
            item["checks"] = found[keys[item["id"]]]
