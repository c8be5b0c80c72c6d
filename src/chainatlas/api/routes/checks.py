"""Derived facts (with formulas and intervals) and the consistency checks of the store."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from chainatlas.api.deps import SettingsDep
from chainatlas.service import checks

router = APIRouter(tags=["checks"])


@router.get("/checks")
def get_checks(settings: SettingsDep) -> dict[str, Any]:
    result = checks.run_checks(settings)
    result.pop("database", None)  # a URL may carry a password
    return result


@router.get("/derived")
def get_derived(settings: SettingsDep) -> dict[str, Any]:
    result = checks.run_derivations(settings)
    result.pop("database", None)
    return result
