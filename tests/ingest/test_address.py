"""Division codes, GB/T 4754 classes, and placing addresses in regions without guessing."""

from __future__ import annotations

import collections

import pytest

from chainatlas.errors import InputError
from chainatlas.ingest.address import Gazetteer, PlacementStatus
from chainatlas.ingest.division_codes import parse_division_codes, read_division_codes
from chainatlas.ingest.enterprise_table import read_enterprise_table
from chainatlas.ingest.industry_codes import read_industry_codes
from chainatlas.model.region import RegionLevel
from tests.conftest import require_shared

SMALL = "110000 北京市\n110105 朝阳区\n220000 吉林省\n220100 长春市\n220104 朝阳区\n220200 吉林市\n320000 江苏省\n320400 常州市\n320481 溧阳市\n429004 仙桃市\n420000 湖北省\n"


def test_division_codes_give_levels_and_parents() -> None:
    regions = {r.key: r for r in parse_division_codes(SMALL)}
    assert regions["320481"].parent == "320400" and regions["320481"].level is RegionLevel.COUNTY
    assert regions["320400"].parent == "320000" and regions["320000"].parent == "CN"
    assert regions["110105"].parent == "110000"  # municipal district straight under the province
    assert regions["429004"].parent == "420000"  # 省直辖县级行政区划


def test_bad_division_line_names_its_row() -> None:
    with pytest.raises(InputError, match="row 2, field code"):
        parse_division_codes("110000 北京市\n11010 东城区\n")


@pytest.mark.parametrize(
    ("address", "region", "status"),
    [
        ("江苏省溧阳市经济开发区天目湖工业园", "320481", PlacementStatus.COUNTY),
        ("江苏溧阳昆仑街道", "320481", PlacementStatus.COUNTY),
        ("北京市朝阳区建国路", "110105", PlacementStatus.COUNTY),
        ("吉林省吉林市经济开发区", "220200", PlacementStatus.PARTIAL),
        ("江苏省常州市北京路1号", "320400", PlacementStatus.PARTIAL),
        ("朝阳区某路5号", None, PlacementStatus.UNPLACED),
        ("高新区创业路5号", None, PlacementStatus.UNPLACED),
    ],
)
def test_addresses_walk_down_the_region_tree(
    address: str, region: str | None, status: PlacementStatus
) -> None:
    placement = Gazetteer(parse_division_codes(SMALL)).place(address)
    assert (placement.region, placement.status) == (region, status)
    if address.startswith("朝阳区"):
        assert "ambiguous" in placement.reason and "110105" in placement.reason


def test_table_hints_only_break_ties() -> None:
    gazetteer = Gazetteer(parse_division_codes(SMALL))
    assert gazetteer.place("朝阳区某路5号", ("吉林", "长春市")).region == "220104"
    assert gazetteer.place("江苏省溧阳市", ("吉林", "长春市")).region == "320481"


def test_gbt4754_table_becomes_a_scheme_keyed_with_section_letters() -> None:
    scheme, nodes = read_industry_codes(
        require_shared("data", "industry", "gbt4754_2017_codes.csv")
    )
    by_key = {n.key: n for n in nodes}
    assert scheme.key == "gbt4754" and len(nodes) == 1971
    assert by_key["C3841"].name == "锂离子电池制造" and by_key["C3841"].parent == "C384"
    assert collections.Counter(n.stage for n in nodes)["小类"] == 1381


def test_szse_list_is_placed_by_address_and_the_rest_reported() -> None:
    regions = read_division_codes(require_shared("data", "regions", "mca_codes_2024.txt"))
    gazetteer = Gazetteer(regions)
    table = read_enterprise_table(require_shared("data", "companies", "szse_a_list.csv"))
    placed = {
        r.enterprise.name: gazetteer.place(r.enterprise.address, r.hints) for r in table.records
    }
    assert placed["江苏安靠智电股份有限公司"].path == ("320000", "320400", "320481")
    assert placed["平安银行股份有限公司"].region == "440303"  # 深圳市罗湖区
    counts = collections.Counter(p.status for p in placed.values())
    assert counts[PlacementStatus.COUNTY] > 1900 and counts[PlacementStatus.PARTIAL] > 500
    # every partial placement says why it stopped: the address names no county
    partial = [p for p in placed.values() if p.status is PlacementStatus.PARTIAL]
    assert all(p.reason.startswith("address names") for p in partial)
    dongguan = placed["广东三和管桩股份有限公司"]  # 东莞/中山 have towns, not counties
    assert dongguan.region == "442000" and dongguan.status is PlacementStatus.PARTIAL
