"""Finding a font that has Chinese glyphs, for charts and for the PDF.

Without one, Chinese text is drawn as empty boxes; we refuse to write such a file and say
which package provides the fonts instead.
"""

from __future__ import annotations

from functools import lru_cache

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


@lru_cache(maxsize=1)
def find_cjk_family() -> str:
    """The first installed family of :data:`CJK_FAMILIES`; MissingFont when none is."""
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    for family in CJK_FAMILIES:
        if family in installed:
            return family
    raise MissingFont(
        "no font with Chinese glyphs is installed (install Debian's fonts-noto-cjk, "
        f"or one of: {', '.join(CJK_FAMILIES)})"
    )
