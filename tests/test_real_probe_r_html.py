"""Reports given as HTML (r-html probe): constructed fixtures in the official 2021 format,
own numbers, in the shapes scraped pages come in."""

from __future__ import annotations

import re

import pytest

import govinfo_reports as gr
import surface_forms as sf

_COLS = ("natural_person", "commercial", "research", "social_welfare", "legal_services", "other")
_HEAD = (
    "<p>青石市东岭区人民政府2021年政府信息公开工作年度报告</p><p>一、总体情况</p>"
    "<p>2021年，东岭区人民政府主动公开政府信息1234条。</p><p>二、主动公开政府信息情况</p>"
)


def _page(values: sf.Tables) -> str:
    return sf.render_html(values, sf.Style()).replace("<html><body>", "<html><body>" + _HEAD, 1)


@pytest.mark.parametrize("between", ["", "&nbsp;", "<br>", " "])
def test_table4_cells_printed_with_a_unit_read(between: str) -> None:
    """Table 四 cells printed as 3件, 3&nbsp;件 or 3<br>件 are read without the unit (were
    all None, and every cell named ambiguous as 3或空白)."""
    values = sf.example("2021")
    page = _page(values)
    at = page.index("四、政府信息公开行政复议")
    page = page[:at] + re.sub(r"<p>(\d+)</p>", rf"<p>\1{between}件</p>", page[at:])
    report = gr.parse(page)
    assert report.appeals is not None
    assert report.appeals.cells() == values.table4
    assert not [p for p in report.validate() if p.code.startswith("table4.")]


def test_table4_spaced_cells_with_a_unit_read() -> None:
    cells = (2, 1, 0, 1, 4, 0, 1, 0, 0, 1, 0, 0, 0, 1, 1)
    text = (
        "四、政府信息公开行政复议、行政诉讼情况\n"
        "行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉\n"
        "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计\n"
        + " ".join(f"{c}件" for c in cells)
        + "\n五、存在的主要问题及改进情况\n"
    )
    tables = gr.parse_tables(text)
    assert tables.appeals is not None
    assert tables.appeals.cells() == cells


def test_table4_ends_at_a_sentence_after_it() -> None:
    """Near case: a count in the sentence after the table (共3件。) is no cell of it."""
    cells = (2, 1, 0, 1, 4, 0, 1, 0, 0, 1, 0, 0, 0, 1, 1)
    text = (
        "四、政府信息公开行政复议、行政诉讼情况\n行政复议 | 行政诉讼\n"
        "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉\n"
        + " | ".join(("结果维持", "结果纠正", "其他结果", "尚未审结", "总计") * 2)
        + "\n"
        + " | ".join(str(c) for c in cells)
        + "\n5件行政复议申请中，3件维持。\n五、存在的主要问题及改进情况\n"
    )
    tables = gr.parse_tables(text)
    assert tables.appeals is not None
    assert tables.appeals.cells() == cells


def test_html_page_shapes_read_back() -> None:
    """Page chrome, <th> headers, &nbsp; blanks, <br> in labels, nested layout tables and
    table 三 split over two <table> elements: every cell reads back."""
    values = sf.example("2021")
    page = _page(values)
    page = page.replace(
        "<html><body>",
        "<html><head><title>年度报告</title><script>var t='<table><tr><td>9</td></tr>"
        "</table>';</script><style>td{border:1px}</style></head><body><div>首页 | 政务公开"
        "</div><div>来源：区政府办 点击：321 【打印】【关闭】</div>",
        1,
    )
    page = page.replace("<p></p>", "<p>&nbsp;</p>").replace("本年收费金额", "本年收费<br>金额")
    page = page.replace("<td><p>自然人", "<th><p>自然人")
    at = page.index("（四）无法提供")
    cut = page.rfind("<tr>", 0, at)
    page = page[:cut] + '</table><p>- 3 -</p><table border="1">' + page[cut:]
    page = page.replace('<table border="1">', '<table><tr><td><table border="1">')
    page = page.replace("</table>", "</table></td></tr></table>")
    report = gr.parse(page)
    assert report.agency == "青石市东岭区人民政府"
    assert report.appeals is not None and report.appeals.cells() == values.table4
    assert report.applications is not None
    for path, counts in report.applications.rows():
        if path in values.table3 and counts is not None:
            assert (*(getattr(counts, c) for c in _COLS), counts.total) == values.table3[path], path
