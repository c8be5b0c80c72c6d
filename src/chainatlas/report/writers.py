"""Writing a briefing as Markdown (with its chart images beside it), HTML (images
embedded) or PDF (WeasyPrint, CJK fonts required)."""

from __future__ import annotations

import base64
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from chainatlas.errors import ChainAtlasError
from chainatlas.report.briefing import Briefing
from chainatlas.report.fonts import find_cjk_family

FORMATS: tuple[str, ...] = ("md", "html", "pdf")


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("chainatlas.report", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html.j2",)),
        trim_blocks=False,
        lstrip_blocks=False,
        keep_trailing_newline=True,
    )
    env.filters["cell"] = lambda text: str(text).replace("|", "\\|").replace("\n", " ")
    return env


def _stylesheet() -> str:
    env = _environment()
    assert env.loader is not None
    source, _, _ = env.loader.get_source(env, "briefing.css")
    return source


def render_html(briefing: Briefing) -> str:
    """A self-contained HTML page: charts embedded as data URIs, styles inline."""
    images = {
        c.name: "data:image/png;base64," + base64.b64encode(c.png).decode("ascii")
        for c in briefing.charts
    }
    template = _environment().get_template("briefing.html.j2")
    return template.render(b=briefing, images=images, css=_stylesheet())


def render_markdown(briefing: Briefing, image_dir: str) -> str:
    """Markdown with footnotes ``[^n]``; charts referenced as ``image_dir/<name>.png``."""
    images = {c.name: f"{image_dir}/{c.name}.png" for c in briefing.charts}
    return _environment().get_template("briefing.md.j2").render(b=briefing, images=images)


def write_markdown(briefing: Briefing, path: Path) -> list[Path]:
    """The Markdown file and, in ``<stem>_files/``, one PNG per chart."""
    folder = path.parent / f"{path.stem}_files"
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for chart in briefing.charts:
        image = folder / f"{chart.name}.png"
        image.write_bytes(chart.png)
        written.append(image)
    path.write_text(render_markdown(briefing, folder.name), encoding="utf-8")
    return [path, *written]


def write_html(briefing: Briefing, path: Path) -> list[Path]:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(briefing), encoding="utf-8")
    return [path]


class MissingPdfEngine(ChainAtlasError):
    """WeasyPrint or the system libraries it loads are not installed."""

    code = "E502"
    status = 500


def write_pdf(briefing: Briefing, path: Path) -> list[Path]:
    """A PDF in a CJK font; refuses (MissingFont) rather than draw empty boxes."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as exc:  # WeasyPrint loads Pango when imported
        raise MissingPdfEngine(
            f"PDF output needs WeasyPrint and Pango ({exc}); on Debian: "
            "apt-get install libpango-1.0-0 libpangoft2-1.0-0"
        ) from None
    find_cjk_family()
    path.parent.mkdir(parents=True, exist_ok=True)
    HTML(string=render_html(briefing), base_url=str(path.parent)).write_pdf(str(path))
    return [path]


def write_briefing_file(briefing: Briefing, fmt: str, path: Path) -> list[Path]:
    """Write ``briefing`` as ``fmt`` (md, html or pdf) to ``path``; returns files written."""
    writers = {"md": write_markdown, "html": write_html, "pdf": write_pdf}
    return writers[fmt](briefing, path)
