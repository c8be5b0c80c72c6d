"""Footnote numbering: one number per source, in order of first citation; formulas cite
their inputs; spans name the document and quote its words."""

from __future__ import annotations

from chainatlas.model.document import Document
from chainatlas.model.fact import Fact, FactStatus, Measure, Provenance, SubjectType
from chainatlas.model.period import Period
from chainatlas.model.qualifier import Qualifier
from chainatlas.model.quantity import Quantity
from chainatlas.report.footnotes import Footnotes

DOC = Document(key="d", title="产业强市看溧阳", authors=("陈学科", "段培华"))


def _fact(key: str, value: str, unit: str, **kw: object) -> Fact:
    base: dict[str, object] = {
        "subject_type": SubjectType.SCHEME,
        "subject": "liyang-2-2-x",
        "indicator": "industrial_output",
        "measure": Measure.LEVEL,
        "period": Period.parse("2023H1"),
        "provenance": Provenance(document="d", start=466, end=475, quote=f"{value} {unit}"),
    }
    base.update(kw)
    return Fact(key=key, quantity=Quantity.of(value, unit), **base)  # type: ignore[arg-type]


def test_a_fact_cited_twice_keeps_its_number_and_quotes_its_document() -> None:
    level = _fact("level", "1287.4", "亿元")
    notes = Footnotes([DOC], [level])
    assert notes.cite_fact(level) == 1
    assert notes.cite_fact(level) == 1
    (note,) = notes.notes()
    assert "《产业强市看溧阳》" in note.text
    assert "“1287.4 亿元”" in note.text
    assert "第466–475字" in note.text


def test_a_derived_fact_cites_its_formula_and_each_input() -> None:
    level = _fact("level", "1287.4", "亿元")
    share = _fact("share", "88.6", "%", measure=Measure.SHARE)
    total = _fact(
        "total",
        "1453.0",
        "亿元",
        subject_type=SubjectType.REGION,
        subject="320481",
        status=FactStatus.DERIVED,
        qualifier=Qualifier.APPROX,
        provenance=Provenance(formula="total = part / share", inputs=("level", "share")),
    )
    notes = Footnotes([DOC], [level, share, total])
    assert notes.cite_fact(total) == 1
    texts = [n.text for n in notes.notes()]
    assert texts[0].startswith("计算：total = part / share")
    assert "1287.4亿元（2023年上半年，注2）" in texts[0]
    assert "88.6%（2023年上半年，注3）" in texts[0]
    assert "“88.6 %”" in texts[2]
