"""Whatever a document holds, extraction reads it to the end: odd runs of Chinese digits
(一百五百, 四五千, 14.5年) are no figures or rough spans, never an error that loses the rest."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tests.extract.reading import PIPELINE, read

#: Digits, units, time words, marks and the words figures stand among.
_ALPHABET = (
    "0123456789.%零〇一二两三四五六七八九十百千万亿点年月日个家位名项人元吨台套第前首超近约余多"
    "以上左右同比增长下降占比重，。；、：（）“”《》\n 全市县区企业产业集群实现产值达到规上工业"
    "个百分点GWh倍番成半分之至—-~截止底末季度旬今去明"
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, min_size=1, max_size=120))
@example("规上工业企业历时14.5年，月收入四五千元。")  # once a crash: a year check on 14.5
@example("九链千现吨、亿W超工首元、左左同成番产零十五%值")  # once a crash inside cn2an
def test_any_run_of_digits_units_and_words_is_read_without_error(text: str) -> None:
    doc = PIPELINE("t", text)
    for q in doc.facts():
        assert 0 <= q.start < q.end <= len(doc.text)


def test_digits_that_make_no_numeral_are_skipped_and_the_rest_is_read() -> None:
    got = read("投资一百五百万元，建成后年产值12亿元，历时14.5年。", "value")
    assert got["12亿元"] == Decimal(12), got
    assert "一百五百万元" not in got, got


def test_two_neighbouring_digits_are_a_rough_span() -> None:
    doc = PIPELINE("t", "当地务工人员月收入四五千元，带动七八百人就业。")
    spans = {doc.text[q.start : q.end]: (q.value, q.value_max, q.kind) for q in doc.facts()}
    assert spans["四五千元"] == (Decimal(4000), Decimal(5000), "range"), spans
    assert spans["七八百人"][:2] == (Decimal(700), Decimal(800)), spans
