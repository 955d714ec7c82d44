"""Cases found by running the library on report pages (2010-2024) it had never seen, read
deep into their sections on applications and appeals (probe r-apps of stop 17): each test
is a constructed fixture in the official format, with its own wording and numbers, of a
value a page was read wrong (or a false alarm), and a near case that must still read."""

from __future__ import annotations

import pytest

import govinfo_reports as gr

_BODY = "一、总体情况\n(一)依申请公开\n本年度共收到政府信息公开申请4件,均已按时答复。\n"


# --- a breadcrumb naming only the kind of body (街道办事处) ------------------------------------


@pytest.mark.parametrize(
    ("head", "agency"),
    [
        # the page's trail names the column 街道办事处…年度报告: a kind of body, no name
        (
            "首页 > 政务公开 > 年报 > 2020 > 街道办事处政府信息公开工作年度报告\n"
            "2020年青禾路街道政府信息公开工作年度报告\n",
            "青禾路街道",
        ),
        # the same with 镇人民政府 as the column
        (
            "首页 > 政务公开 > 年报 > 2020 > 镇人民政府政府信息公开工作年度报告\n"
            "2020年白石镇政府信息公开工作年度报告\n",
            "白石镇",
        ),
        # near case: a breadcrumb that names the body with its place still names it
        (
            "首页 > 政务公开 > 年报 > 青禾路街道办事处政府信息公开工作年度报告\n"
            "2020年政府信息公开工作年度报告\n",
            "青禾路街道办事处",
        ),
    ],
)
def test_a_kind_of_body_without_its_place_is_no_name(head: str, agency: str) -> None:
    assert gr.parse(head + _BODY).agency == agency
