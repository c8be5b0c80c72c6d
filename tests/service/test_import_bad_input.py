"""Bad input: one clear line naming file, row and field; the database left exactly as it was."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa

from chainatlas.errors import InputError
from chainatlas.service.dataset import import_dataset
from chainatlas.settings import Settings
from chainatlas.store.schema import metadata

FIXTURE = Path(__file__).parents[1] / "ingest" / "fixtures" / "every_entity.yaml"

ENTERPRISE_HEADER = "key,name,region,capital_wan\n"
FACT_HEADER = "key,subject_type,subject,indicator,measure,period,value,unit,source_document,source_start,source_end,source_quote\n"


def _fingerprint(settings: Settings) -> str:
    """Bytes of the SQLite file, or every row of every table on PostgreSQL."""
    url = sa.engine.make_url(settings.database_url)
    if url.get_backend_name() == "sqlite":
        assert url.database is not None
        return hashlib.sha256(Path(url.database).read_bytes()).hexdigest()
    engine = sa.create_engine(settings.database_url)
    digest = hashlib.sha256()
    with engine.connect() as conn:
        for table in metadata.sorted_tables:
            rows = sorted(repr(tuple(r)) for r in conn.execute(sa.select(table)))
            digest.update("\n".join(rows).encode())
    engine.dispose()
    return digest.hexdigest()


def _write(folder: Path, name: str, content: str | bytes) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return folder


def _fact_row(value: str = "3", unit: str = "亿元", key: str = "bad1") -> str:
    return f'{key},region,320481,output,level,2022,"{value}",{unit},doc1,0,2,xx\n'


CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "malformed number 约3亿": (
        lambda d: _write(
            d, "facts.csv", FACT_HEADER + _fact_row() + _fact_row("约3亿", key="bad2")
        ),
        r"facts\.csv, row 2, field value: .*'约3亿' is not a number",
    ),
    "malformed number 1,2.3": (
        lambda d: _write(d, "facts.csv", FACT_HEADER + _fact_row("1,2.3")),
        r"facts\.csv, row 1, field value: .*'1,2\.3' is not a number",
    ),
    "unknown unit": (
        lambda d: _write(d, "facts.csv", FACT_HEADER + _fact_row(unit="斤斤")),
        r"facts\.csv, row 1, field unit: unknown unit '斤斤'",
    ),
    "unknown region code": (
        lambda d: _write(
            d, "enterprises.csv", ENTERPRISE_HEADER + "e1,甲公司,320481,1\ne2,乙公司,999999,2\n"
        ),
        r"enterprises\.csv, row 2, field region: refers to region '999999'",
    ),
    "missing required column": (
        lambda d: _write(d, "enterprises.csv", "key,region\ne1,320481\n"),
        r"enterprises\.csv, row 1, field name: is required but missing",
    ),
    "duplicate key in file": (
        lambda d: _write(
            d, "enterprises.csv", ENTERPRISE_HEADER + "e1,甲公司,320481,1\ne1,乙公司,320481,2\n"
        ),
        r"enterprises\.csv, row 2, field key: 'e1' appears twice",
    ),
    "duplicate key against the database": (
        lambda d: _write(
            d,
            "enterprises.csv",
            ENTERPRISE_HEADER + "e1,甲公司,320481,1\nchild-co,乙公司,320481,2\n",
        ),
        r"enterprises\.csv, row 2, field key: 'child-co' is already in the database",
    ),
    "reference to a missing entity": (
        lambda d: _write(
            d,
            "links.yaml",
            "links:\n  - {enterprise: child-co, scheme: chain, node: nowhere, evidence: manual}\n",
        ),
        r"links\.yaml:links, row 1, field node: refers to node 'chain/nowhere'",
    ),
    "GBK file with a bad row": (
        lambda d: _write(
            d,
            "enterprises.csv",
            (ENTERPRISE_HEADER + "e1,甲公司,320481,1\ne2,乙公司,320481,约3亿\n").encode("gbk"),
        ),
        r"enterprises\.csv, row 2, field capital_wan: .*'约3亿'",
    ),
    "file in neither UTF-8 nor GBK": (
        lambda d: _write(d, "enterprises.csv", b"key,name\n\xff\xfe\x00\x81\x00,x\n"),
        r"enterprises\.csv: is neither UTF-8 nor GBK",
    ),
    "truncated file": (
        lambda d: _write(d, "enterprises.csv", ENTERPRISE_HEADER + 'e1,甲公司,320481,1\ne2,"乙公'),
        r"enterprises\.csv, row 2",
    ),
    "50 MB cell": (
        lambda d: _write(
            d,
            "enterprises.csv",
            ENTERPRISE_HEADER
            + "e1,甲公司,320481,1\ne2,"
            + "长" * (50 * 1024 * 1024 // 3)
            + ",320481,1\n",
        ),
        r"enterprises\.csv, row 2, field name: cell holds .* over the limit",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_is_refused_and_changes_nothing(
    settings: Settings, tmp_path: Path, case: str
) -> None:
    import_dataset(settings, FIXTURE)
    before = _fingerprint(settings)
    make, message = CASES[case]
    folder = make(tmp_path / "bad")
    with pytest.raises(InputError, match=message) as info:
        import_dataset(settings, folder)
    assert "\n" not in str(info.value)
    assert _fingerprint(settings) == before


def test_capital_must_be_a_number(tmp_path: Path, settings: Settings) -> None:
    import_dataset(settings, FIXTURE)
    folder = _write(
        tmp_path / "ok", "enterprises.csv", ENTERPRISE_HEADER + "e1,甲公司,320481,1200.5\n"
    )
    assert import_dataset(settings, folder)["enterprises"] == 1


def test_gbk_csv_imports(tmp_path: Path, settings: Settings) -> None:
    import_dataset(settings, FIXTURE)
    folder = _write(
        tmp_path / "gbk",
        "enterprises.csv",
        (ENTERPRISE_HEADER + "e1,溧阳甲公司,320481,1\n").encode("gbk"),
    )
    assert import_dataset(settings, folder)["enterprises"] == 1
