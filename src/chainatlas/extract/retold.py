"""Figures a headline retells: ``沪滇生物医药招商推介会签约项目18个、总投资126.8亿元`` above a
page whose body tells ``11月20日，…推介会现场集中签约项目18个，总投资126.8亿元``, and a section's
heading (``01 | 链主：一年造车18.6万辆``) over the paragraph that tells it in full.

A headline is too short to date or name its figures: the line above it (``1—11月全市…``)
or the page's date would date them, and its shorthand (营收) would name them. The body
tells the same figure in full, so the headline's figure takes the period and the name of
the measure the body's has. Its subject stays: a headline names whose figure it is at
least as well as the body does.
"""

from __future__ import annotations

from chainatlas.extract.doc import Doc, Quantity


def opening_paragraphs(doc: Doc) -> int:
    """How many paragraphs open the text before its first full sentence: the site's name,
    the headline and the date line, which retell in short what the body tells in full."""
    for index, p in enumerate(doc.paragraphs):
        if "。" in doc.text[p.start : p.end]:
            return index
    return 0


def date_from_body(doc: Doc, facts: list[Quantity]) -> None:
    """Give each figure of the opening lines and of the headings the period and the
    indicator of the first figure after it in the body with the same measure, value and
    unit."""
    heads = opening_paragraphs(doc)
    short = {i for i, p in enumerate(doc.paragraphs) if i < heads or p.kind == "heading"}
    opening = [q for q in facts if doc.sentences[q.sentence].paragraph in short]
    body = [q for q in facts if doc.sentences[q.sentence].paragraph not in short]
    for q in opening:
        same = next((b for b in body if _key(b) == _key(q) and b.start > q.start), None)
        if same is not None:
            # a table's row is dated by its caption (2025年…完成情况 above goals that a plan
            # for 2026 may repeat); its short name is still the body's
            q.period = q.period if q.kind.startswith("table") else same.period
            q.indicator = same.indicator


def _key(q: Quantity) -> tuple[object, ...]:
    return (q.measure, q.value, q.value_max, q.unit)
