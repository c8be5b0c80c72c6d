"""Charts as PNG images, drawn with matplotlib in a font that has Chinese glyphs.

Each function takes plain values and returns PNG bytes; missing values are drawn as
missing (no bar, a label saying 未载), never as zero.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from chainatlas.report.briefing import Chart, Missing, Runs
from chainatlas.report.fonts import MissingFont, find_cjk_family

#: Colours for chain-node verdicts (and for maps drawn before a diagnosis exists).
VERDICT_COLOURS: dict[str, str] = {
    "strong": "#2e7d32",
    "weak": "#f9a825",
    "missing": "#c62828",
    "present": "#1565c0",
    "absent": "#9e9e9e",
}
DPI = 150


def chart_block(name: str, title: str, draw: Callable[[], bytes], caption: Runs) -> Chart | Missing:
    """The chart ``draw`` renders, or, on a machine with no Chinese font, a line saying
    which picture is left out and why: the text, tables and workbook need no font, so a
    missing one should cost the pictures only, not the whole briefing."""
    try:
        return Chart(name, title, draw(), caption)
    except MissingFont as exc:
        return Missing((f"图“{title}”未绘制：{exc}",))


@contextmanager
def _figure(width: float, height: float) -> Iterator[tuple[Any, Any]]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    family = find_cjk_family()
    with plt.rc_context({"font.family": [family, "DejaVu Sans"], "axes.unicode_minus": False}):
        fig, ax = plt.subplots(figsize=(width, height), dpi=DPI)
        try:
            yield fig, ax
        finally:
            plt.close(fig)


def _png(fig: Any) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", bbox_inches="tight", metadata={"Software": None})
    return buffer.getvalue()


def render_tier_chart(bars: Sequence[tuple[str, float | None, float]]) -> bytes:
    """Horizontal bars (name, reported scale or None, tier threshold), in 亿元."""
    with _figure(6.4, 0.5 * len(bars) + 1.2) as (fig, ax):
        names = [b[0] for b in bars][::-1]
        for y, (_, value, threshold) in enumerate(bars[::-1]):
            if value is None:
                ax.text(0, y, " 未载", va="center", color="#757575")
            else:
                ax.barh(y, value, color="#1565c0", height=0.6)
                ax.text(value, y, f" {value:g}", va="center", fontsize=8)
            ax.plot([threshold, threshold], [y - 0.4, y + 0.4], color="#c62828", lw=2)
        ax.set_yticks(range(len(names)), names)
        ax.set_xlabel("亿元")
        ax.spines[["top", "right"]].set_visible(False)
        return _png(fig)


def render_chain_map(
    stages: Sequence[tuple[str, Sequence[tuple[str, str, str]]]],
    edges: Sequence[tuple[str, str]],
) -> bytes:
    """Stages as columns, nodes (key, label, verdict) as coloured boxes, edges as arrows."""
    rows = max((len(nodes) for _, nodes in stages), default=1)
    with _figure(2.0 * max(len(stages), 1) + 0.5, 0.75 * rows + 1.2) as (fig, ax):
        where: dict[str, tuple[float, float]] = {}
        for x, (stage, nodes) in enumerate(stages):
            ax.text(x, rows, stage, ha="center", fontsize=10, weight="bold")
            for i, (key, label, verdict) in enumerate(nodes):
                y = rows - 1 - i
                where[key] = (x, y)
                colour = VERDICT_COLOURS.get(verdict, "#9e9e9e")
                ax.text(
                    x,
                    y,
                    label,
                    ha="center",
                    va="center",
                    fontsize=8,
                    color="white",
                    bbox={"boxstyle": "round,pad=0.3", "fc": colour, "ec": "none"},
                    zorder=3,
                )
        for source, target in edges:
            if source in where and target in where and where[source][0] != where[target][0]:
                (x0, y0), (x1, y1) = where[source], where[target]
                ax.annotate(
                    "",
                    xy=(x1 - 0.42, y1),
                    xytext=(x0 + 0.42, y0),
                    arrowprops={
                        "arrowstyle": "->",
                        "color": "#bdbdbd",
                        "lw": 0.6,
                        "connectionstyle": "arc3,rad=0.08",
                    },
                    zorder=1,
                )
        ax.set_xlim(-0.6, len(stages) - 0.4)
        ax.set_ylim(-0.8, rows + 0.6)
        ax.axis("off")
        _legend(ax, {v for _, nodes in stages for _, _, v in nodes})
        return _png(fig)


def _legend(ax: Any, verdicts: set[str]) -> None:
    from matplotlib.patches import Patch

    from chainatlas.model.wording import VERDICT_WORDS

    handles = [
        Patch(color=VERDICT_COLOURS[v], label=VERDICT_WORDS[v])
        for v in VERDICT_COLOURS
        if v in verdicts
    ]
    if handles:
        ax.legend(
            handles=handles,
            loc="lower center",
            ncol=len(handles),
            frameon=False,
            bbox_to_anchor=(0.5, -0.12),
            fontsize=8,
        )


def render_timeline(points: Sequence[tuple[float, str]]) -> bytes:
    """Dated labels (decimal year, label) along one axis, alternating above and below."""
    with _figure(7.5, 3.2) as (fig, ax):
        years = [p[0] for p in points]
        ax.axhline(0, color="#616161", lw=1)
        for i, (x, label) in enumerate(points):
            up = 1 if i % 2 == 0 else -1
            level = up * (0.6 + 0.5 * ((i // 2) % 3))
            ax.plot([x, x], [0, level], color="#9e9e9e", lw=0.6)
            ax.plot(x, 0, "o", color="#1565c0", ms=4)
            ax.text(x, level, label, ha="center", va="bottom" if up > 0 else "top", fontsize=7)
        if years:
            ax.set_xlim(min(years) - 0.8, max(years) + 0.8)
        ax.set_ylim(-2.4, 2.4)
        ax.get_yaxis().set_visible(False)
        ax.spines[["top", "right", "left"]].set_visible(False)
        return _png(fig)
