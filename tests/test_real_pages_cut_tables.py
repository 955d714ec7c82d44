"""Misreadings found by probing the standard tables of 2019-2024 reports as real pages
flatten them (cells joined by blanks, tabs or '|', one cell a line, rows cut by the
page's end).

Each fixture is made up for its test (place 云溪, numbers invented) in the layout such a
page has, and comes with a near case that still reads.
"""

from __future__ import annotations

import pytest

import govinfo_reports as gr

_HEAD = (
    "云溪县水务局2021年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2021年，本局依法做好政府信息公开工作。\n"
    "三、收到和处理政府信息公开申请情况\n"
    "申请人情况 自然人 法人或其他组织 总计\n"
    "商业企业 科研机构 社会公益组织 法律服务机构 其他\n"
    "一、本年新收政府信息公开申请数量 8 3 0 0 0 1 12\n"
    "二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2\n"
    "三、本年度办理结果 （一）予以公开 6 1 0 0 0 1 8\n"
)
_PARTIAL = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"


def _table(text: str) -> gr.Report:
    return gr.parse(text)


# --- the text ends inside a row of table 三 ---------------------------------------------


@pytest.mark.parametrize("sep", [" ", "\t", "\n", " | "])
def test_a_row_cut_by_the_end_of_the_text_reads_no_total(sep: str) -> None:
    # the page ends after three of the row's seven cells: its last printed number (0)
    # was read as the row's 总计
    text = (_HEAD + _PARTIAL + " 4 0 0\n").replace(" ", sep)
    report = _table(text)
    assert report.applications is not None
    partial = report.applications.partially_granted
    assert partial is None or partial.total is None
    assert report.applications.new_received.total == 12
    assert report.applications.granted.total == 8
    assert "table3.row_cut" in {p.code for p in report.validate()}


def test_a_whole_last_row_at_the_end_of_the_text_still_reads() -> None:
    report = _table(_HEAD + _PARTIAL + " 2 1 0 0 0 0 3\n")
    assert report.applications is not None
    assert report.applications.partially_granted is not None
    assert report.applications.partially_granted.total == 3
    assert "table3.row_cut" not in {p.code for p in report.validate()}


def test_a_short_row_before_a_heading_is_no_cut_row() -> None:
    text = (
        _HEAD
        + _PARTIAL
        + " 2 1 0 0 0 0 3\n四、结转下年度继续办理 0 0 0 0 0 0 0\n"
        + "五、存在的主要问题及改进情况\n无。\n"
    )
    report = _table(text)
    assert report.applications is not None
    assert report.applications.carried_forward is not None
    assert report.applications.carried_forward.total == 0
    assert "table3.row_cut" not in {p.code for p in report.validate()}


# --- a clause of another year alone before the count ------------------------------------

_REPORT_2023 = "云溪镇人民政府2023年政府信息公开工作年度报告\n一、总体情况\n{}\n"


def _figure_values(sentence: str) -> dict[str, int | float]:
    report = gr.parse(_REPORT_2023.format(sentence))
    return {f.kind.value: f.quantity.value for f in report.figures}


@pytest.mark.parametrize(
    "sentence",
    [
        "（三）政府信息管理情况 2022年，本镇共制定规范性文件2件，废止规范性文件1件。",
        "2022年，本镇主动公开政府信息86条。",
    ],
)
def test_a_count_after_a_clause_of_another_year_is_no_figure(sentence: str) -> None:
    # the year alone before the clause (2022年，) is not the report's (2023): read before
    # as the report's normative_documents / proactive_disclosures
    assert _figure_values(sentence) == {}


@pytest.mark.parametrize(
    ("sentence", "kind", "value"),
    [
        ("（三）政府信息管理情况 2023年，本镇共制定规范性文件2件。", "normative_documents", 2),
        ("2023年，本镇主动公开政府信息86条。", "proactive_disclosures", 86),
    ],
)
def test_a_count_after_a_clause_of_the_report_year_still_reads(
    sentence: str, kind: str, value: int
) -> None:
    assert _figure_values(sentence)[kind] == value


# --- N项内容 counts the items of the report's content ----------------------------------


def _codes_of(preamble: str) -> set[str]:
    text = "云溪镇人民政府2023年政府信息公开工作年度报告\n" + preamble + "\n一、总体情况\n"
    return {p.code for p in gr.parse(text).validate()}


def test_items_of_the_report_content_are_no_coordinated_appeals() -> None:
    # read before: figures.coordinated (复议和提起行政诉讼 share the number 5)
    preamble = (
        "本报告包括总体情况、主动公开政府信息情况、因政府信息公开工作被申请行政复议"
        "和提起行政诉讼情况、其他需要报告的事项等5项内容。"
    )
    assert "figures.coordinated" not in _codes_of(preamble)


def test_a_shared_count_of_appeals_in_items_still_warns() -> None:
    assert "figures.coordinated" in _codes_of("本年度被申请行政复议和提起行政诉讼共5项。")


def test_a_count_of_information_followed_by_neirong_still_reads() -> None:
    assert _figure_values("本年度主动公开政府信息57条内容。") == {"proactive_disclosures": 57}
