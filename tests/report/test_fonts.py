"""Finding a Chinese font when matplotlib's cached font list predates its installation."""

from __future__ import annotations

from pathlib import Path

import matplotlib
import pytest
from matplotlib import font_manager

from chainatlas.report import fonts
from tests.report.conftest import require_cjk_font


def test_fonts_installed_after_a_first_run_are_found_by_scanning_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    require_cjk_font()  # the machine has them; the cached list below does not
    stale = font_manager.FontManager()
    stale.ttflist = [f for f in stale.ttflist if f.name not in fonts.CJK_FAMILIES]
    monkeypatch.setattr(font_manager, "fontManager", stale)
    monkeypatch.setattr(font_manager, "findfont", stale.findfont)
    monkeypatch.setattr(matplotlib, "get_cachedir", lambda: str(tmp_path))
    fonts._installed_cjk_family.cache_clear()
    try:
        assert fonts.find_cjk_family() in fonts.CJK_FAMILIES
        assert font_manager.fontManager is not stale
        assert list(tmp_path.glob("fontlist-v*.json")), "the cache is rewritten"
    finally:
        fonts._installed_cjk_family.cache_clear()
