"""Probe r-pdf: values read wrong on real 2019-2024 pages (standard tables as web pages and
as PDF text, and the prose around them), with fixtures of an invented town and numbers
that keep a real page's form, not its words; every fix has a near case that still reads.
"""

from __future__ import annotations

from decimal import Decimal

import govinfo_reports as gr
from govinfo_reports.model import FigureKind
from test_real_pages_towns import _report  # (a report of 云溪县青禾镇 whose 一 holds body)

K = FigureKind
_APPLY = "（二）依申请公开情况\n"


def _read(body: str, kind: FigureKind) -> list[object]:
    """The values of ``kind`` read from a 2023 report whose 一 holds ``body``."""
    return [
        f.quantity.value for f in gr.parse(_report(2023, _APPLY + body)).figures if f.kind is kind
    ]


def test_replies_checked_for_another_office_are_not_completed_here() -> None:
    # 协查…答复4件 counts another body's applications this office helped with; it was read
    # as a second applications_completed beside the office's own 38
    own = "全年办理本机关政府信息公开申请答复38件"
    assert _read(own + "。协助县政府办公室协查依申请公开答复4件。", K.APPLICATIONS_COMPLETED) == [
        38
    ]
    assert _read(own + "，按时办结率100%。", K.APPLICATIONS_COMPLETED) == [38]


def test_an_outcome_named_as_one_reason_among_others_is_no_figure() -> None:
    # 因信息不存在等原因无法提供5件 counts the whole 无法提供 class (not held, to be made,
    # still unclear), not the applications whose information was not held
    lead = "全年办理申请答复30件，其中予以公开21件，"
    assert _read(lead + "因信息不存在等原因无法提供5件。", K.APPLICATIONS_NOT_HELD) == []
    assert _read(lead + "本机关不掌握相关信息的5件。", K.APPLICATIONS_NOT_HELD) == [5]
    # (the outcome after 等 is the class itself; 等 in brackets lists its own reasons)
    assert _read(lead + "重复申请等不予处理4件。", K.APPLICATIONS_NOT_ACCEPTED) == [4]
    assert _read(lead + "不予公开（涉及国家秘密等）3件。", K.APPLICATIONS_WITHHELD) == [3]


_T4 = (
    "云溪县青禾镇2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我镇依法做好政府信息公开工作。\n"
    "四、政府信息公开行政复议、行政诉讼情况\n"
    "行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n"
    "结果 结果 其他 尚未 总计 结果 结果 其他 尚未 总计 结果 结果 其他 尚未 总计\n"
    "维持 纠正 结果 审结 维持 纠正 结果 审结 维持 纠正 结果 审结\n"
    "{cells}\n五、存在的主要问题及改进情况\n"
)


def _table4_codes(cells: str) -> list[str]:
    return [p.code for p in gr.parse(_T4.format(cells=cells)).validate() if "table4" in p.code]


def test_a_page_number_alone_on_its_line_beside_table4_is_left_out() -> None:
    # a PDF page number printed on its own line before or after table 四's row of 15
    # numbers made 16 numbers: all 15 cells None (table4.unreadable)
    for cells in (
        "6\n2 0 1 0 3 0 0 0 1 1 0 0 0 0 0",
        "2 0 1 0 3 0 0 0 1 1 0 0 0 0 0\n6",
    ):
        r = gr.parse(_T4.format(cells=cells))
        assert r.appeals is not None
        assert [r.appeals.review.upheld, r.appeals.review.total] == [2, 3]
        assert [p.code for p in r.problems if "table4" in p.code] == ["table4.number_left_out"]
    # (near case: when the 15 left do not add up, the number alone is not known to be a
    # page number: nothing is read)
    r = gr.parse(_T4.format(cells="6\n2 0 1 0 4 0 0 0 1 1 0 0 0 0 0"))
    assert r.appeals is not None and r.appeals.review.upheld is None


def test_a_table4_whose_numbers_cannot_be_cut_is_not_called_blank() -> None:
    # a PDF page number printed on its own line beside the 15 numbers (16 in all): the
    # cells are None with table4.unreadable, and table4.empty said they were blank
    assert _table4_codes("6\n2 0 1 0 4 0 0 0 1 1 0 0 0 0 0") == ["table4.unreadable"]
    # (near cases: the same numbers read; a table of blank marks is still empty)
    assert _table4_codes("2 0 1 0 3 0 0 0 1 1 0 0 0 0 0") == []
    assert "table4.empty" in _table4_codes(" ".join(["/"] * 15))


_ONE_LINE = (
    "第二十条第(一)项 | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 | "
    "规章 | 0 | 0 | 0 | 行政规范性文件 | 2 | 0 | 7 | "
    "第二十条第(五)项 | 信息内容 | 本年处理决定数量 | 行政许可 | 380 | "
    "第二十条第(六)项 | 信息内容 | 本年处理决定数量 | 行政处罚 | 45 | 行政强制 | 0 | "
    "第二十条第(八)项 | 信息"
)


def _table2(rows: str) -> gr.Report:
    return gr.parse(
        "云溪县青禾镇2021年政府信息公开工作年度报告\n一、总体情况\n2021年，我镇依法做好政府信息公开工作。\n"
        "二、主动公开政府信息情况\n" + rows + "\n三、收到和处理政府信息公开申请情况\n"
    )


def test_a_table2_printed_on_one_line_is_read_row_by_row() -> None:
    # a page that joined the table's lines into one (规章 | 0 | 0 | 0 | 行政规范性文件 | 2 | …),
    # cut before the fee row: each row's cells ran into the next rows, every row was
    # table2.ambiguous_row (all None), and table2.empty said the cells were blank
    r = _table2(_ONE_LINE)
    t = r.active_disclosure
    assert t is not None and t.normative_documents is not None and t.licensing is not None
    assert (t.normative_documents.made, t.normative_documents.in_force) == (2, 7)
    assert t.licensing.decisions == 380
    codes = [p.code for p in r.validate() if p.code.startswith("table2")]
    assert codes in ([], ["table2.missing_rows"])  # (a fragment of the table)
    # (near case: a row whose cells after the label are not all numbers stays unread)
    odd = _table2(_ONE_LINE.replace("| 2 | 0 | 7 |", "| 2 | 注 | 7 |"))
    assert odd.active_disclosure is not None
    assert odd.active_disclosure.normative_documents.made is None
    assert "table2.ambiguous_row" in [p.code for p in odd.problems]
    # (and a table printed with its labels and no numbers is still empty)
    blank = _ONE_LINE
    for n in ("0", "2", "7", "380", "45"):
        blank = blank.replace(f" {n} |", " |")
    assert "table2.empty" in [p.code for p in _table2(blank).validate()]


def _cut_after_two_rows(layout: str) -> gr.Report:
    """A 2021 report whose page ends after table 三's rows 一 and 二 (cells as ``layout``)."""

    def row(label: str, cells: list[int]) -> str:
        if layout == "lines":
            return label + "\n" + "".join(f"{c}\n" for c in cells)
        return label + " | " + " | ".join(map(str, cells)) + " |\n"

    return gr.parse(
        "云溪县青禾镇2021年政府信息公开工作年度报告\n一、总体情况\n2021年，我镇依法做好政府信息公开工作。\n"
        "二、主动公开政府信息情况\n第二十条第(八)项\n信息内容\n本年收费金额(单位:万元)\n"
        "行政事业性收费\n12.6\n三、收到和处理政府信息公开申请情况\n"
        "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)\n申请人情况\n自然人\n"
        "法人或其他组织\n总计\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n"
        + row("一、本年新收政府信息公开申请数量", [4, 1, 0, 0, 0, 0, 5])
        + row("二、上年结转政府信息公开申请数量", [1, 0, 0, 0, 0, 0, 1])
    )


def test_a_table3_cut_after_two_rows_is_read() -> None:
    # a page cut after table 三's rows 一 and 二, one cell a line: the table was not found
    # (three rows wanted), and the fee row took its 14 numbers (12.6 4 1 0 …): fee None
    r = _cut_after_two_rows("lines")
    assert r.applications is not None
    assert r.applications.row("new_received").total == 5
    assert r.applications.row("carried_over").total == 1
    assert r.active_disclosure is not None
    assert r.active_disclosure.fees is not None
    assert r.active_disclosure.fees.amount_wan_yuan == Decimal("12.6")
    # (near case: '|' rows, read before)
    assert _cut_after_two_rows("bars").applications.row("new_received").total == 5


def test_two_rows_named_in_prose_under_the_heading_are_no_table() -> None:
    r = gr.parse(
        "云溪县青禾镇2021年政府信息公开工作年度报告\n一、总体情况\n2021年，我镇依法做好政府信息公开工作。\n"
        "三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请数量5件，\n"
        "上年结转政府信息公开申请数量1件，均已办结。\n"
    )
    assert r.applications is None
