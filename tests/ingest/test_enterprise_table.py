"""Enterprise tables with Chinese headers, GBK, mapping files and row/field errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from chainatlas.errors import InputError
from chainatlas.ingest.enterprise_table import read_enterprise_table, read_mapping

HEADER = "公司名称,统一社会信用代码,住所,国标行业,经营范围,主营产品,注册资本（万元）,成立日期,企业类型,标签\n"
ROW = (
    "江苏卓高新材料科技有限公司,91320481MA1MXXXX0A,江苏省溧阳市昆仑街道,C2921,"
    "锂电池隔膜的研发、生产,涂覆隔膜,5000,2016/3/8,有限责任公司,龙头|专精特新小巨人\n"
)


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "e.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_synonym_headers_read_in_any_encoding(tmp_path: Path, encoding: str) -> None:
    table = read_enterprise_table(write(tmp_path, HEADER + ROW, encoding))
    (record,) = table.records
    e = record.enterprise
    assert e.key == "91320481MA1MXXXX0A" == e.credit_code
    assert (e.name, e.address, e.industry_code) == (
        "江苏卓高新材料科技有限公司",
        "江苏省溧阳市昆仑街道",
        "C2921",
    )
    assert (e.capital_wan, e.founded, e.kind) == ("5000", "2016-03-08", "有限责任公司")
    assert e.tags == ("龙头", "专精特新小巨人")
    assert e.products == "涂覆隔膜" and e.scope is not None


def test_capital_units_convert_to_wan(tmp_path: Path) -> None:
    rows = '企业名称,注册资本\n甲公司,1.2亿元人民币\n乙公司,"3,000万元"\n丙公司,500000元\n丁公司,100万美元\n'
    table = read_enterprise_table(write(tmp_path, rows))
    assert [r.enterprise.capital_wan for r in table.records] == ["12000", "3000", "50", None]
    assert "丁" not in table.warnings[0] and "row 4" in table.warnings[0]


def test_bad_capital_names_row_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, "企业名称,注册资本\n甲公司,100\n乙公司,约3亿\n")
    with pytest.raises(InputError) as caught:
        read_enterprise_table(path)
    assert (
        "row 2" in str(caught.value)
        and "注册资本" in str(caught.value)
        and "约3亿" in str(caught.value)
    )


def test_bad_credit_code_and_duplicate_rows_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="row 1, field 统一社会信用代码"):
        read_enterprise_table(write(tmp_path, "企业名称,统一社会信用代码\n甲,123\n"))
    with pytest.raises(InputError, match=r"row 2, field 企业名称: 'ent-.*' repeats row 1"):
        read_enterprise_table(write(tmp_path, "企业名称,住所\n甲,x\n甲,y\n", name="d.csv"))


def test_unknown_layout_needs_a_mapping_file(tmp_path: Path) -> None:
    path = write(tmp_path, "NAME_CN,ADDR,BIZ\n溧阳某电池有限公司,江苏省溧阳市,动力电池制造\n")
    with pytest.raises(InputError, match="no column gives the enterprise name"):
        read_enterprise_table(path)
    mapping = write(tmp_path, "NAME_CN: name\nADDR: address\nBIZ: scope\n", name="m.yaml")
    (record,) = read_enterprise_table(path, read_mapping(mapping)).records
    assert (record.enterprise.address, record.enterprise.scope) == ("江苏省溧阳市", "动力电池制造")
    with pytest.raises(InputError, match="'nickname' is not a field"):
        read_mapping(write(tmp_path, "NAME_CN: nickname\n", name="bad.yaml"))


def test_excel_tables_read_like_csv(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["企业名称", "注册地址", "成立日期", "所属行业"])
    sheet.append(
        ["常州某锂电设备有限公司", "江苏省常州市溧阳市", "2019年5月6日", "3599 其他专用设备制造"]
    )
    path = tmp_path / "e.xlsx"
    book.save(path)
    (record,) = read_enterprise_table(path).records
    assert record.enterprise.founded == "2019-05-06"
    assert record.enterprise.industry_code == "3599"
    lookup = {"3599": "C3599", "C3599": "C3599"}
    assert read_enterprise_table(path, None, lookup).records[0].enterprise.industry_code == "C3599"


def test_listed_company_list_reads_with_tags_and_share_capital(tmp_path: Path) -> None:
    rows = '板块,公司全称,注册地址,A股代码,A股简称,A股总股本,省份,城市\n创业板,江苏安靠智电股份有限公司,江苏省溧阳市经济开发区天目湖工业园,300617,安靠智电,"167,360,156",江苏,常州市\n'
    (record,) = read_enterprise_table(write(tmp_path, rows)).records
    e = record.enterprise
    assert (e.key, e.aliases, e.capital_wan) == ("stock-300617", ("安靠智电",), "16736.0156")
    assert e.tags == ("上市", "创业板") and record.hints == ("江苏", "常州市", "")
