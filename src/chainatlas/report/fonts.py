"""Finding a font that has Chinese glyphs, for charts and for the PDF.

Without one, Chinese text is drawn as empty boxes; we refuse to write such a file and say
which package provides the fonts instead.
"""

from __future__ import annotations

from contextlib import suppress
from functools import lru_cache
from pathlib import Path
from typing import Any

from chainatlas.errors import ChainAtlasError

#: Families tried in order; the first one installed is used (Debian: fonts-noto-cjk).
CJK_FAMILIES: tuple[str, ...] = (
    "Noto Sans CJK SC",
    "Noto Serif CJK SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Noto Sans CJK JP",
)


class MissingFont(ChainAtlasError):
    code = "E501"
    status = 500


def find_cjk_family() -> str:
    """The first installed family of :data:`CJK_FAMILIES`; MissingFont when none is."""
    family = _installed_cjk_family()
    if family is None:
        raise MissingFont(
            "no font with Chinese glyphs is installed (install Debian's fonts-noto-cjk, "
            f"or one of: {', '.join(CJK_FAMILIES)})"
        )
    return family


@lru_cache(maxsize=1)
def _installed_cjk_family() -> str | None:
    """The family, or None, looked up once per process (a briefing asks for every chart).

    matplotlib keeps the font list it first saw in a cache file, so fonts installed after a
    first run (apt-get install fonts-noto-cjk) stay unseen; when the cached list holds no
    CJK family, the system's fonts are scanned once more (a fraction of a second) and the
    cache is rewritten with what is found."""
    from matplotlib import font_manager

    family = _first_cjk(font_manager.fontManager)
    if family is None:
        fresh = font_manager.FontManager()
        family = _first_cjk(fresh)
        if family is not None:
            font_manager.fontManager, font_manager.findfont = fresh, fresh.findfont
            _rewrite_cache(fresh)
    return family


def _first_cjk(manager: Any) -> str | None:
    installed = {f.name for f in manager.ttflist}
    return next((family for family in CJK_FAMILIES if family in installed), None)


def _rewrite_cache(manager: Any) -> None:
    """The font list written where matplotlib reads it, so other processes see the fonts."""
    import matplotlib
    from matplotlib import font_manager

    path = (
        Path(matplotlib.get_cachedir()) / f"fontlist-v{font_manager.FontManager.__version__}.json"
    )
    with suppress(OSError):  # a read-only cache: this process has the fonts all the same
        font_manager.json_dump(manager, path)
