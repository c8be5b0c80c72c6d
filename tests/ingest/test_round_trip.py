"""Import -> export -> import gives back exactly what went in."""

from __future__ import annotations

from pathlib import Path

import pytest

from chainatlas.ingest.dataset_reader import read_dataset
from chainatlas.ingest.dataset_writer import write_dataset
from chainatlas.model.dataset import COLLECTIONS
from chainatlas.service.dataset import export_dataset, import_dataset
from chainatlas.settings import Settings

FIXTURE = Path(__file__).with_name("fixtures") / "every_entity.yaml"


def test_fixture_uses_every_entity_type() -> None:
    data = read_dataset(FIXTURE)
    assert all(data.counts()[c] > 0 for c in COLLECTIONS)


def test_import_export_import_is_lossless(settings: Settings, tmp_path: Path) -> None:
    original = read_dataset(FIXTURE)
    import_dataset(settings, FIXTURE)
    out = tmp_path / "export"
    export_dataset(settings, out)
    again = read_dataset(out)
    for collection in COLLECTIONS:
        key = repr
        assert sorted(map(key, again.items(collection))) == sorted(
            map(key, original.items(collection))
        ), collection


@pytest.mark.parametrize("threshold", [1, 1000])
def test_writer_round_trips_through_yaml_and_csv(tmp_path: Path, threshold: int) -> None:
    original = read_dataset(FIXTURE)
    write_dataset(original, tmp_path, table_threshold=threshold)
    assert (tmp_path / "facts.csv").exists() == (threshold == 1)
    again = read_dataset(tmp_path)
    for collection in COLLECTIONS:
        assert sorted(map(repr, again.items(collection))) == sorted(
            map(repr, original.items(collection))
        )


def test_gbk_and_utf8_files_read_the_same(tmp_path: Path) -> None:
    text = FIXTURE.read_text(encoding="utf-8")
    (tmp_path / "gbk").mkdir()
    (tmp_path / "gbk" / "dataset.yaml").write_bytes(text.encode("gbk"))
    (tmp_path / "bom").mkdir()
    (tmp_path / "bom" / "dataset.yaml").write_bytes(text.encode("utf-8-sig"))
    base = read_dataset(FIXTURE)
    assert read_dataset(tmp_path / "gbk") == base
    assert read_dataset(tmp_path / "bom") == base
