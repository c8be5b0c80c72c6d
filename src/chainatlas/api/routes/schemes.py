"""Schemes (classifications, cluster structures, chains) and their nodes."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends

from chainatlas.api.deps import PageDep, SettingsDep
from chainatlas.model.scheme import SchemeKind
from chainatlas.service import entities

router = APIRouter(tags=["schemes"])


def load_scheme(scheme: str, settings: SettingsDep) -> dict[str, Any]:
    return entities.show_entity(settings, "scheme", scheme)


def load_node(scheme: str, key: str, settings: SettingsDep) -> dict[str, Any]:
    return entities.show_entity(settings, "node", f"{scheme}/{key}")


SchemeDep = Annotated[dict[str, Any], Depends(load_scheme)]


@router.get("/schemes")
def list_schemes(
    settings: SettingsDep, page: PageDep, kind: SchemeKind | None = None
) -> dict[str, Any]:
    rows = entities.list_entities(
        settings,
        "scheme",
        limit=page.limit + 1,
        offset=page.offset,
        kind=kind.value if kind else None,
    )
    return page.wrap(rows)


@router.get("/schemes/{scheme}")
def get_scheme(scheme: SchemeDep) -> dict[str, Any]:
    return scheme


@router.get("/schemes/{scheme}/nodes")
def list_nodes(
    scheme: SchemeDep, settings: SettingsDep, page: PageDep, parent: str | None = None
) -> dict[str, Any]:
    rows = entities.list_entities(
        settings,
        "node",
        limit=page.limit + 1,
        offset=page.offset,
        scheme=scheme["key"],
        parent=parent,
    )
    return page.wrap(rows)


@router.get("/schemes/{scheme}/nodes/{key}")
def get_node(node: Annotated[dict[str, Any], Depends(load_node)]) -> dict[str, Any]:
    return node
