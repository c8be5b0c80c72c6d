"""Years named together before 分别 date the figures told in turn after it."""

from __future__ import annotations

from tests.extract.reading import read


def test_a_span_of_years_dates_a_run_of_amounts_one_year_each() -> None:
    got = read(
        "2020年至2024年，集群营业收入分别为241.5亿元、296.8亿元、352.3亿元、398.6亿元和431.5亿元。",
        "period",
    )
    assert [got[q] for q in ("241.5亿元", "352.3亿元", "431.5亿元")] == ["2020", "2022", "2024"]


def test_listed_years_date_a_run_of_growths_and_a_second_run_after_another_分别() -> None:
    got = read(
        "2023年、2024年、2025年，公司营业收入分别为8.62亿元、9.87亿元和11.45亿元，"
        "净利润分别为0.93亿元、1.16亿元和1.42亿元。",
        "period",
    )
    assert [got["8.62亿元"], got["11.45亿元"], got["0.93亿元"], got["1.42亿元"]] == [
        "2023", "2025", "2023", "2025",
    ]  # fmt: skip


def test_a_run_as_long_as_no_list_of_years_keeps_its_own_period() -> None:
    got = read(
        "2025年，甲、乙两园分别实现产值12.5亿元和8.3亿元，2024年分别为10.1亿元和7.2亿元。", "period"
    )
    assert got["12.5亿元"] == "2025"
