"""What is an entity of a text and what is only a word about one. Each test fails if its
rule is taken out."""

from __future__ import annotations

from chainatlas.extract import build_pipeline

PIPELINE = build_pipeline()


def test_专精特新_alone_describes_firms_and_names_no_programme() -> None:
    doc = PIPELINE("t", "全市组织专精特新企业融资对接活动16场，新增省级专精特新中小企业12家。")
    names = {e["name"] for e in doc.entities}
    assert "专精特新" not in names, names
    assert "省级专精特新中小企业" in names, names
