from __future__ import annotations

from dataclasses import replace as changed
from pathlib import Path

import pytest

from chainatlas.errors import Conflict, NotFound
from chainatlas.model.enterprise import Enterprise
from chainatlas.model.region import Region, RegionLevel
from chainatlas.service.dataset import import_dataset
from chainatlas.settings import Settings
from chainatlas.store import Store, repository
from chainatlas.store.search import search_names

FIXTURE = Path(__file__).parents[1] / "ingest" / "fixtures" / "every_entity.yaml"


@pytest.fixture
def store(settings: Settings):  # type: ignore[no-untyped-def]
    import_dataset(settings, FIXTURE)
    s = Store.open(settings.database_url)
    yield s
    s.dispose()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("子公司", ("enterprise", "child-co")),  # three characters: the index
        ("溧阳", ("region", "320481")),  # two characters: the fallback
        ("储能技术", ("platform", "inst")),  # an alias
        ("母公司股份", ("enterprise", "parent-co")),
    ],
)
def test_chinese_substrings_find_names_and_aliases(
    store: Store, query: str, expected: tuple[str, str]
) -> None:
    with store.connect() as conn:
        hits = search_names(conn, query)
    assert expected in [(h.kind, h.key) for h in hits]


@pytest.mark.parametrize("query", ["' OR 1=1 --", '"; DROP TABLE names; --', "%", "_", '时代"新'])
def test_hostile_queries_are_just_text(store: Store, query: str) -> None:
    with store.connect() as conn:
        assert search_names(conn, query) == []
        assert repository.count(conn, Enterprise) == 2


def test_search_follows_renames_and_removals(store: Store) -> None:
    with store.transaction() as conn:
        old = repository.get(conn, Enterprise, "child-co")
        repository.replace(conn, changed(old, name="江苏新名字科技有限公司", aliases=("新名字",)))
    with store.connect() as conn:
        assert [h.key for h in search_names(conn, "新名字科技")] == ["child-co"]
        assert search_names(conn, "子公司有限") == []
    with store.transaction() as conn:
        repository.add(conn, Enterprise(key="x", name="临时企业有限公司"))
        repository.remove(conn, Enterprise, "x")
    with store.connect() as conn:
        assert search_names(conn, "临时企业") == []


def test_duplicate_key_raises_conflict_and_missing_raises_not_found(store: Store) -> None:
    with pytest.raises(Conflict), store.transaction() as conn:
        repository.add(conn, Region(key="320481", name="重复", level=RegionLevel.COUNTY))
    with store.connect() as conn:
        with pytest.raises(NotFound):
            repository.get(conn, Region, "999999")
        assert repository.get(conn, Region, "320481").name == "溧阳市"


def test_a_failed_transaction_writes_nothing(store: Store) -> None:
    with pytest.raises(Conflict), store.transaction() as conn:
        repository.add(conn, Enterprise(key="new-one", name="新企业"))
        repository.add(conn, Enterprise(key="child-co", name="重复"))
    with store.connect() as conn:
        assert not repository.exists(conn, Enterprise, "new-one")
        assert search_names(conn, "新企业") == []


def test_list_filters_and_paginates(store: Store) -> None:
    with store.connect() as conn:
        regions = repository.list_all(conn, Region, parent="320481")
        assert [r.key for r in regions] == ["new-zone", "old-park"]
        assert [r.key for r in repository.list_all(conn, Region, limit=2, offset=1)] == [
            "320481",
            "CN",
        ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [("公司", {"child-co", "parent-co"}), ("子公", {"child-co"}), ("股份", {"parent-co"})],
)
def test_two_character_queries_use_the_pair_index_and_find_every_match(
    store: Store, query: str, expected: set[str]
) -> None:
    with store.connect() as conn:
        hits = search_names(conn, query, ["enterprise"])
    assert {h.key for h in hits} == expected


def test_pairs_stay_inside_runs_of_letters_and_digits() -> None:
    from chainatlas.store.bigrams import bigrams_of

    assert bigrams_of("江苏时代") == "江苏 苏时 时代"
    assert bigrams_of("A（B）CD") == "CD"


def test_upgrading_a_base_schema_database_indexes_its_names(tmp_path: Path) -> None:
    from alembic import command

    url = f"sqlite:///{tmp_path / 'old.db'}"
    old = Store.open(url)
    with old.engine.begin() as conn:
        command.upgrade(old._alembic_config(conn), "0001")
        conn.exec_driver_sql(
            "INSERT INTO regions (key, name, level, aliases) VALUES ('r', '甲县', 'county', '[]')"
        )
        conn.exec_driver_sql(
            "INSERT INTO names (kind, entity, name) VALUES ('region', 'r', '甲乙县')"
        )
    old.init()
    with old.connect() as conn:
        assert [h.key for h in search_names(conn, "乙县")] == ["r"]
    old.dispose()
