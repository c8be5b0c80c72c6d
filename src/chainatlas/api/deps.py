"""Dependencies shared by the routers: settings, pagination, the writer's token."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Header, Query, Request

from chainatlas.service.auth import Principal, Role, authenticate
from chainatlas.settings import Settings

MAX_LIMIT = 500


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(get_settings)]


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int

    def wrap(self, items: list[Any], has_more: bool | None = None) -> dict[str, Any]:
        """A page of results; ``next_offset`` is null on the last page."""
        more = len(items) > self.limit if has_more is None else has_more
        shown = items[: self.limit]
        return {
            "items": shown,
            "limit": self.limit,
            "offset": self.offset,
            "next_offset": self.offset + self.limit if more else None,
        }


def get_page(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page")] = 50,
    offset: Annotated[int, Query(ge=0, description="Items to skip")] = 0,
) -> Page:
    return Page(limit, offset)


PageDep = Annotated[Page, Depends(get_page)]


def _bearer(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, token = authorization.partition(" ")
    return token.strip() if scheme.lower() == "bearer" else None


def get_editor(
    settings: SettingsDep,
    authorization: Annotated[str | None, Header(description="Bearer <token>")] = None,
) -> Principal:
    """The token holder, who must be an editor or admin (401 without, 403 if a viewer)."""
    return authenticate(settings, _bearer(authorization), Role.EDITOR)


EditorDep = Annotated[Principal, Depends(get_editor)]
