"""Facts with their provenance; adding and correcting one needs an editor's token."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, status

from chainatlas.api.deps import EditorDep, PageDep, SettingsDep
from chainatlas.model.fact import FactStatus, Measure, SubjectType
from chainatlas.service import entities, facts

router = APIRouter(prefix="/facts", tags=["facts"])

FACT_EXAMPLE = {
    "key": "ly-output-2023h1",
    "subject_type": "region",
    "subject": "320481",
    "indicator": "industrial_output",
    "measure": "level",
    "period": "2023H1",
    "value": "1287.4",
    "unit": "亿元",
    "source": {"document": "doc-key", "start": 120, "end": 131, "quote": "1287.4亿元"},
}


def load_fact(key: str, settings: SettingsDep) -> dict[str, Any]:
    return entities.show_entity(settings, "fact", key)


@router.get("")
def list_facts(
    settings: SettingsDep,
    page: PageDep,
    subject_type: SubjectType | None = None,
    subject: str | None = None,
    indicator: str | None = None,
    measure: Measure | None = None,
    status: FactStatus | None = None,
) -> dict[str, Any]:
    rows = entities.list_entities(
        settings,
        "fact",
        limit=page.limit + 1,
        offset=page.offset,
        subject_type=subject_type.value if subject_type else None,
        subject=subject,
        indicator=indicator,
        measure=measure.value if measure else None,
        status=status.value if status else None,
    )
    return page.wrap(rows)


@router.get("/{key}")
def get_fact(fact: Annotated[dict[str, Any], Depends(load_fact)]) -> dict[str, Any]:
    return fact


@router.post("", status_code=status.HTTP_201_CREATED)
def create_fact(
    settings: SettingsDep,
    editor: EditorDep,
    record: Annotated[dict[str, Any], Body(examples=[FACT_EXAMPLE])],
) -> dict[str, Any]:
    return facts.create_fact(settings, record, editor)


@router.patch("/{key}")
def update_fact(
    key: str,
    settings: SettingsDep,
    editor: EditorDep,
    changes: Annotated[dict[str, Any], Body(examples=[{"note": "据统计公报更正"}])],
) -> dict[str, Any]:
    return facts.update_fact(settings, key, changes, editor)
