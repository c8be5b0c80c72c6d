"""A press conference's transcript as a government site posts it: the conference itself is a
dated happening, held by the office that posts it and by the speakers its head lists."""

from __future__ import annotations

from tests.extract.reading import PIPELINE

_HEAD = (
    "临澧县人民政府\n首页 > 新闻中心 > 新闻发布会\n"
    "临澧县2026年前三季度经济运行情况新闻发布会\n"
    "发布时间：2026-10-30 16:20　　来源：临澧县人民政府新闻办公室　　浏览次数：812\n\n"
    "发布会时间：2026年10月29日（星期四）上午10:00\n地点：县政府新闻发布厅\n"
    "发布人：县统计局局长　周明辉\n　　　　临澧经济开发区管委会副主任　罗建华\n"
    "主持人：县委宣传部副部长　唐晓燕\n\n"
    "主持人（唐晓燕）：各位记者朋友，大家上午好！今天我们邀请县统计局介绍前三季度经济运行情况。\n"
)


def test_a_press_conference_is_dated_by_its_time_line_and_held_by_its_head() -> None:
    events = [e for e in PIPELINE("t", _HEAD).events if e["date"] == "2026-10-29"]
    assert len(events) == 1, events
    actors = events[0]["actors"]
    assert "临澧县人民政府新闻办公室" in actors and "周明辉" in actors, actors
    assert "唐晓燕" in actors, actors


def test_a_time_line_under_another_title_makes_no_press_conference() -> None:
    text = _HEAD.replace("新闻发布会", "工作调度会").replace("发布会时间", "时间")
    assert not [e for e in PIPELINE("t", text).events if e["date"] == "2026-10-29"]
