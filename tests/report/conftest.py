"""Fixtures for report tests: a store holding the bundled Liyang dataset, and the external
tools (poppler's pdftotext/pdftoppm) the PDF checks use."""

from __future__ import annotations

import shutil

import pytest

from chainatlas.settings import Settings
from tests.conftest import skip_or_fail


def require_tool(name: str) -> str:
    """Path of a command-line tool; skip without it, but fail under CI where it must exist."""
    path = shutil.which(name)
    if path is None:
        skip_or_fail(f"{name} is not installed (Debian: apt-get install -y poppler-utils)")
    return path


def require_cjk_font() -> str:
    from chainatlas.report.fonts import MissingFont, find_cjk_family

    try:
        return find_cjk_family()
    except MissingFont as exc:
        skip_or_fail(str(exc))


@pytest.fixture
def liyang(settings: Settings) -> Settings:
    from chainatlas.service.dataset import bundled_dataset_path, import_dataset

    import_dataset(settings, bundled_dataset_path())
    return settings
