"""The bundled Liyang dataset holds everything the two seed articles state.

It is loaded through the normal reader and compared with ``../shared/eval/seeds_gold.json``:
every gold fact, entity and event date must be present, and every span must cut the gold
quote out of the seed text.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from chainatlas.ingest.dataset_reader import read_dataset
from chainatlas.model.dataset import Dataset
from chainatlas.model.fact import Fact, Measure
from chainatlas.model.qualifier import Qualifier
from chainatlas.model.quantity import Quantity
from chainatlas.model.scheme import TierStatus
from chainatlas.service.dataset import bundled_dataset_path, import_dataset
from chainatlas.settings import Settings
from tests.conftest import require_shared

OWN_SCHEMES = ("liyang-2-2-x", "new-energy-chain", "jiangsu-sei-2023")
#: The model has no 分数 unit; the gold set's fractions are held as percentages.
FRACTION_UNIT = "分数"


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return read_dataset(bundled_dataset_path("liyang"))


@pytest.fixture(scope="module")
def gold() -> list[dict[str, Any]]:
    path = require_shared("eval", "seeds_gold.json")
    docs: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["documents"]
    return docs


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    folder = require_shared("seeds")
    return {p.stem: p.read_bytes().decode("utf-8") for p in sorted(folder.glob("*.txt"))}


def _nth(text: str, quote: str, occurrence: int) -> int:
    pos = -1
    for _ in range(occurrence):
        pos = text.find(quote, pos + 1)
        if pos < 0:
            return -1
    return pos


def _gold_quantity(item: dict[str, Any]) -> tuple[Decimal, str]:
    value = Decimal(str(item["value"]))
    if item["unit"] == FRACTION_UNIT:
        return value * 100, "%"
    return value, item["unit"]


def _matches(fact: Fact, item: dict[str, Any], doc: str, text: str) -> bool:
    value, unit = _gold_quantity(item)
    span = fact.provenance
    start = _nth(text, item["quote"], item.get("occurrence", 1))
    return (
        span.document == doc
        and span.start == start
        and span.end == start + len(item["quote"])
        and text[start : span.end] == item["quote"] == span.quote
        and fact.quantity.value == value
        and fact.quantity.unit == unit
        and fact.measure is Measure(item["measure"])
        and str(fact.period) == item["period"]
        and fact.qualifier is Qualifier(item["qualifier"])
        and fact.rank_of == item.get("rank_of")
        and fact.quantity.value_max == _optional_decimal(item.get("value_max"))
    )


def _optional_decimal(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def test_every_gold_fact_has_a_fact_with_the_same_figure_and_span(
    dataset: Dataset, gold: list[dict[str, Any]], texts: dict[str, str]
) -> None:
    missing = []
    for doc in gold:
        stem = Path(doc["doc"]).stem
        for item in doc["facts"]:
            if not any(_matches(f, item, stem, texts[stem]) for f in dataset.facts):
                missing.append(f"{stem}: {item['quote']!r} ({item['indicator']})")
    assert not missing, "gold facts without a matching fact:\n" + "\n".join(missing)


def test_each_gold_fact_is_matched_by_its_own_fact(
    dataset: Dataset, gold: list[dict[str, Any]], texts: dict[str, str]
) -> None:
    gold_count = sum(len(doc["facts"]) for doc in gold)
    matched = {
        f.key
        for doc in gold
        for item in doc["facts"]
        for f in dataset.facts
        if _matches(f, item, Path(doc["doc"]).stem, texts[Path(doc["doc"]).stem])
    }
    assert len(matched) == gold_count


def test_every_span_cuts_its_quote_from_a_document_whose_hash_is_recorded(
    dataset: Dataset, texts: dict[str, str]
) -> None:
    documents = {d.key: d for d in dataset.documents}
    for doc in documents.values():
        assert doc.text is None
        assert doc.source is not None
        text = texts[Path(doc.source).stem]
        assert doc.sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()
    spans = [(f.key, f.provenance) for f in dataset.facts]
    spans += [(e.key, e) for e in dataset.events]
    for key, span in spans:
        assert span.document in documents, key
        assert span.start is not None and span.end is not None, key
        assert texts[span.document][span.start : span.end] == span.quote, key


def _names(items: Iterable[Any]) -> set[str]:
    out: set[str] = set()
    for item in items:
        out.add(item.name)
        out.update(getattr(item, "aliases", ()))
    return out


def _names_by_type(data: Dataset) -> dict[str, set[str]]:
    """Where each gold entity type is held. Bodies without a record of their own
    (governments, institutes, media) are named by the records that refer to them."""
    referred = {d.publisher for d in data.documents if d.publisher}
    referred |= {p.affiliation for p in data.people if p.affiliation}
    referred |= {h.awarder for h in data.honours if h.awarder}
    referred |= {name for p in data.platforms for name in p.partners}
    referred |= {a for e in data.events for a in e.actors}
    regions = _names(data.regions)
    return {
        "company": _names(data.enterprises),
        "platform": _names(data.platforms),
        "person": {p.name for p in data.people},
        "programme": _names(data.programmes),
        "park": regions,
        "government": regions | referred,
        "institution": referred,
    }


def test_every_gold_entity_is_present_by_name_or_alias(
    dataset: Dataset, gold: list[dict[str, Any]]
) -> None:
    held = _names_by_type(dataset)
    missing = [
        f"{e['type']} {e['name']}"
        for doc in gold
        for e in doc["entities"]
        if not ({e["name"], *e["aliases"]} & held[e["type"]])
    ]
    assert not missing, "gold entities not in the dataset: " + ", ".join(missing)


def _actor_names(data: Dataset, actors: Iterable[str]) -> set[str]:
    records: dict[str, Any] = {}
    for collection in ("regions", "enterprises", "platforms", "people", "programmes"):
        records.update({r.key: r for r in getattr(data, collection)})
    names: set[str] = set()
    for actor in actors:
        names.add(actor)
        if actor in records:
            names |= _names([records[actor]])
    return names


def test_every_gold_event_date_is_present_with_a_shared_actor(
    dataset: Dataset, gold: list[dict[str, Any]]
) -> None:
    missing = []
    for doc in gold:
        stem = Path(doc["doc"]).stem
        for event in doc["events"]:
            found = any(
                e.document == stem
                and e.date == event["date"]
                and _actor_names(dataset, e.actors) & set(event["actors"])
                for e in dataset.events
            )
            if not found:
                missing.append(f"{event['date']} {event['quote']}")
    assert not missing, "gold events not in the dataset: " + ", ".join(missing)


def _size_facts(data: Dataset, node: str) -> list[Fact]:
    """City-wide, reported size figures of a cluster node, in money."""
    return [
        f
        for f in data.facts
        if f.subject == node
        and f.scope is None
        and f.measure is Measure.LEVEL
        and f.qualifier is not Qualifier.TARGET
        and f.indicator in ("industry_scale", "industrial_output")
        and f.quantity.dimension == "money"
    ]


def test_a_cluster_tier_is_achieved_exactly_when_a_fact_reaches_its_floor(
    dataset: Dataset,
) -> None:
    tiers = [n for n in dataset.nodes if n.scheme == "liyang-2-2-x"]
    assert {n.tier for n in tiers} == {"千亿级", "五百亿级", "百亿级"}
    for node in tiers:
        assert node.tier_threshold is not None and node.tier_status is not None
        floor = _quantity(node.tier_threshold).base_value()
        reached = [
            f
            for f in _size_facts(dataset, f"{node.scheme}/{node.key}")
            if f.quantity.base_value() >= floor
        ]
        achieved = node.tier_status is TierStatus.ACHIEVED
        assert achieved == bool(reached), node.key
    achieved_keys = {n.key for n in tiers if n.tier_status is TierStatus.ACHIEVED}
    assert achieved_keys == {"power-battery", "smart-grid"}


def _quantity(text: str) -> Quantity:
    number = text.rstrip("亿元")
    return Quantity.of(number, text[len(number) :])


def test_own_schemes_use_only_codes_of_the_standard(dataset: Dataset) -> None:
    table = require_shared("data", "industry", "gbt4754_2017_codes.csv")
    with table.open(encoding="utf-8") as fh:
        codes = {row["full_code"] for row in csv.DictReader(fh)}
    used = {c for n in dataset.nodes if n.scheme in OWN_SCHEMES for c in n.industry_codes}
    assert used and used <= codes, used - codes


def test_group_and_venture_relations_are_recorded(dataset: Dataset) -> None:
    by_name = {e.name: e.key for e in dataset.enterprises}
    relations = {(r.parent, r.child, r.kind.value) for r in dataset.relations}
    catl, jiangsu, venture = (
        by_name["宁德时代"],
        by_name["江苏时代新能源科技有限公司"],
        by_name["上汽时代"],
    )
    assert (catl, jiangsu, "subsidiary") in relations
    assert {(by_name["上汽集团"], venture, "jv"), (catl, venture, "jv")} <= relations


def test_city_and_zone_figures_name_different_subjects(dataset: Dataset) -> None:
    facts = {f.key: f for f in dataset.facts}
    assert facts["000-provincial-rd-institutions"].subject == "320481"
    assert facts["004-htz-provincial-rd-institutions"].subject == "liyang-htz"
    zone_scale = facts["004-htz-power-battery-scale"]
    assert zone_scale.scope == "liyang-htz"


def test_bundled_dataset_imports_into_a_fresh_database(tmp_path: Path, dataset: Dataset) -> None:
    settings = Settings.from_env(str(tmp_path / "liyang.db"))
    counts = import_dataset(settings, bundled_dataset_path("liyang"))
    assert counts == dataset.counts()
    assert counts["facts"] >= 64
