"""Fixtures shared by the whole suite.

``shared``: the reference data in ``../shared`` beside the checkout.  Tests that need it
skip with a reason in a user's own clone, and fail under CI (``CI=true``), where it must be
present.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CHAINATLAS_SHARED", ROOT.parent / "shared"))


def require_shared(*parts: str) -> Path:
    """Path to ``../shared/<parts>``; skip (or fail under CI) when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        reason = f"reference data {path} is absent (it sits beside the checkout in CI)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return path


@pytest.fixture
def shared() -> Path:
    return require_shared()
