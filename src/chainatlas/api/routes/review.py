"""The extraction review queue: list candidates; accept, edit or reject one with a token.

Every write needs an editor's or admin's token; the token's holder is recorded as the
reviewer (and as ``accepted_by`` of the fact an accepted candidate becomes).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body

from chainatlas.api.deps import EditorDep, PageDep, SettingsDep
from chainatlas.model.candidate import CandidateKind
from chainatlas.service import review

router = APIRouter(prefix="/review", tags=["review"])

EDIT_EXAMPLE = {"subject": "溧阳市", "indicator": "规上工业总产值", "period": "2023"}


@router.get("")
def list_candidates(
    settings: SettingsDep,
    page: PageDep,
    status: Literal["proposed", "accepted", "rejected", "all"] = "proposed",
    kind: CandidateKind | None = None,
    document: str | None = None,
) -> dict[str, Any]:
    """Candidates in id order, each with its span in context (``status`` defaults to proposed;
    ``all`` lists every status)."""
    rows = review.list_in_context(
        settings,
        status=None if status == "all" else status,
        kind=kind.value if kind else None,
        document=document,
        limit=page.limit + 1,
        offset=page.offset,
    )
    return page.wrap(rows)


@router.get("/{candidate_id}")
def get_candidate(candidate_id: int, settings: SettingsDep) -> dict[str, Any]:
    return review.show(settings, candidate_id)


@router.post("/{candidate_id}/accept")
def accept_candidate(candidate_id: int, settings: SettingsDep, editor: EditorDep) -> dict[str, Any]:
    """Accept a proposed candidate; for a fact, ``checks`` lists the checks that involve it."""
    return review.accept_checked(settings, candidate_id, editor.name)


@router.patch("/{candidate_id}")
def edit_candidate(
    candidate_id: int,
    settings: SettingsDep,
    editor: EditorDep,
    changes: Annotated[dict[str, Any], Body(examples=[EDIT_EXAMPLE])],
) -> dict[str, Any]:
    """Change proposed fields (it stays proposed); editable: see ``review.EDITABLE``."""
    return review.edit(settings, candidate_id, changes, editor.name)


@router.post("/{candidate_id}/reject")
def reject_candidate(candidate_id: int, settings: SettingsDep, editor: EditorDep) -> dict[str, Any]:
    return review.reject(settings, candidate_id, editor.name)
